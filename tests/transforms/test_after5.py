"""Headlines printed after their bodies on narrow pages (session 24, after5): a headline line under
the byline closing the text it names (`_closes_a_signed_text`), and the subtitle of a headline whose
title the column wrapped or that has a kicker (`_set_apart` through `_headline_parts`). The text is
written for these tests."""

from transforms.articles import Unit, _closes_a_signed_text, _headline_parts
from transforms.lines import Line

ABOVE = [
    "青石镇把全镇划成四十个微",
    "网格，每个网格配一名网格",
    "员，网格员每天走访住户，",
    "把矛盾纠纷化解在网格里。",
]
BELOW = [
    "入冬以来，滨河街道组织志",
    "愿者走进独居老人家中，检",
    "修取暖设备、清理屋前积雪",
    "，送去棉被和米面。",
]


def _lines(texts: list[str]) -> list[Line]:
    out, at = [], 0
    for t in texts:
        out.append(Line(t, range(at, at + len(t))))
        at += len(t) + 2  # a blank line after every line
    return out


def _signed(head: str, byline_label: str = "byline", conf: float = 0.8) -> bool:
    texts = [*ABOVE, "作者：李明", head, *BELOW]
    labels = ["body"] * len(ABOVE) + [byline_label, "body"] + ["body"] * len(BELOW)
    confs = [1.0] * len(texts)
    k = len(ABOVE) + 1
    confs[k] = conf
    return _closes_a_signed_text(_lines(texts), labels, confs, k)


def test_a_line_under_a_closing_byline_naming_the_text_above_is_its_headline() -> None:
    assert _signed("青石镇：微网格里化解矛盾，网格员走访")


def test_the_model_sure_of_the_line_keeps_it_text() -> None:
    assert not _signed("青石镇：微网格里化解矛盾，网格员走访", conf=0.95)


def test_a_line_under_a_dateline_opens_a_text() -> None:
    assert not _signed("青石镇：微网格里化解矛盾，网格员走访", byline_label="dateline")


def test_a_line_naming_the_text_below_is_not_the_signed_texts_headline() -> None:
    assert not _signed("滨河街道志愿者为独居老人送暖")


def test_a_line_with_two_clause_marks_is_a_sentence() -> None:
    assert not _signed("青石镇，微网格，网格员走访化解矛盾")


def _unit(kicker: list[str], texts: list[str]) -> Unit:
    page = "\n\n".join([*kicker, *texts]) + "\n"
    title = []
    for t in texts:
        at = page.index(t)
        title.append(Line(t, range(at, at + len(t))))
    return Unit(kicker=list(kicker), title=title, lines=list(title), page=page)


def test_a_headline_with_a_kicker_gets_its_set_apart_subtitle() -> None:
    u = _unit(["基层新探索"], ["青石镇织密基层治理微网格", "网格员走访化解矛盾纠纷"])
    assert _headline_parts(u) == ("基层新探索", "青石镇织密基层治理微网格", "网格员走访化解矛盾纠纷")


def test_a_line_under_the_tail_of_a_wrapped_title_is_its_subtitle() -> None:
    u = _unit([], ["青石镇织密微网格 网格员走访化", "解矛盾", "滨河街道青石镇"])
    assert _headline_parts(u) == (None, "青石镇织密微网格 网格员走访化解矛盾", "滨河街道青石镇")


def test_a_short_last_line_of_a_wrapped_title_stays_in_it() -> None:
    u = _unit([], ["青石镇织密微网格 网格员走访化", "解矛盾纠纷"])
    assert _headline_parts(u)[2] is None


def _under_signature(head: list[str], conf: float = 0.8, glued: bool = False) -> int:
    from transforms.articles import _run_under_a_signature

    above = [*ABOVE[:-1], ABOVE[-1] + "（李明）"] if glued else [*ABOVE, "（李明）"]
    texts = [*above, *head, *BELOW]
    labels = ["body"] * len(texts)
    if not glued:
        labels[len(ABOVE)] = "byline_end"
    confs = [1.0] * len(above) + [conf] * len(head) + [1.0] * len(BELOW)
    return _run_under_a_signature(_lines(texts), labels, confs, len(above))


def test_doubted_lines_under_a_signed_text_over_sure_text_are_a_headline() -> None:
    assert _under_signature(["滨河街道志愿者", "入户送温暖"]) == 2
    assert _under_signature(["滨河街道志愿者入户送温暖"], glued=True) == 1


def test_lines_the_model_is_sure_of_or_a_dispatch_stay_text() -> None:
    assert _under_signature(["滨河街道志愿者", "入户送温暖"], conf=0.95) == 0
    assert _under_signature(["本报讯 滨河街道志愿者"]) == 0
