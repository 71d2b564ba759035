"""Headlines the line model read as text on a page printing a blank line after every line: a wrapped
headline printed after its body (`_run_closes_the_text_above`), a headline's wrap under its first
line (`_spaced_wrap_read_as_text`), and a figure the wrap cut (`_clean_break`). The text is written
for these tests."""

from transforms.articles import _clean_break, _run_closes_the_text_above, _spaced_wrap_read_as_text
from transforms.lines import Line

ABOVE = [
    "入冬以来，清溪镇组织党员",
    "志愿者走进独居老人家中，",
    "检修取暖设备、清理屋前积",
    "雪，为独居老人送去棉被和",
    "米面，老人们连声道谢。",
]
BELOW = [
    "河口村的新路通车那天，村",
    "里的货车第一次开到了果园",
    "门口，果农们算起了运费账",
    "：往年一趟要多花二十元。",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, range(len(t))) for t in texts]


def _run(head: list[str], conf: float = 0.6, above: list[str] = ABOVE) -> int:
    texts = [*above, *head, *BELOW]
    labels = ["body"] * len(texts)
    confs = [1.0] * len(above) + [conf] * len(head) + [1.0] * len(BELOW)
    return _run_closes_the_text_above(_lines(texts), labels, confs, len(above))


def test_an_unsure_wrapped_headline_closing_the_text_above_is_one() -> None:
    assert _run(["清溪镇党员志愿者为独居老", "人送暖"]) == 2


def test_a_run_the_model_is_sure_of_stays_text() -> None:
    assert _run(["清溪镇党员志愿者为独居老", "人送暖"], conf=0.95) == 0


def test_a_run_holding_two_clauses_is_a_sentence() -> None:
    assert _run(["清溪镇党员志愿者，为独居", "老人，送暖"]) == 0


def test_a_run_printing_the_text_above_again_is_a_pull_quote() -> None:
    assert _run(["入冬以来，清溪镇组织党员", "志愿者入户"]) == 0


def test_a_run_whose_words_are_the_text_below_is_left_to_the_model() -> None:
    assert _run(["河口村新路通到果园门", "口"]) == 0


def _spaced(texts: list[str]) -> str:
    return "\n\n".join(texts) + "\n"


def _wrap(head: str, wrap: str, after: list[str], spaced: bool = True) -> bool:
    texts = ["治理新篇", head, wrap, *after]
    labels = ["kicker", "title", "body"] + ["body"] * len(after)
    conf = [1.0, 1.0, 0.8] + [1.0] * len(after)
    page = _spaced(texts) if spaced else "\n".join(texts) + "\n"
    return _spaced_wrap_read_as_text(_lines(texts), labels, conf, 1, page, width=12)


def test_a_short_line_under_a_full_headline_line_is_its_wrap() -> None:
    assert _wrap("清溪镇党员志愿者为独居老人", "送去冬日温暖", BELOW)


def test_a_line_filling_the_column_is_the_text() -> None:
    assert not _wrap("清溪镇党员志愿者为独居老人", "河口村的新路通车那天村里", BELOW)


def test_a_short_line_over_another_short_one_may_be_a_subhead() -> None:
    assert not _wrap("清溪镇党员志愿者为独居老人", "送去冬日温暖", ["新路通到家门口", *BELOW])


def test_on_a_page_that_shows_its_wraps_the_model_is_trusted() -> None:
    assert not _wrap("清溪镇党员志愿者为独居老人", "送去冬日温暖", BELOW, spaced=False)


def test_a_figure_the_wrap_cut_is_no_clean_break() -> None:
    assert not _clean_break("清溪镇改造接近尾声，523", "25户居民喜迁新居")
    assert _clean_break("清溪镇老旧小区改造接近尾声", "五百户居民喜迁新居")
