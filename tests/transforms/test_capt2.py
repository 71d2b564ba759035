"""A photo's caption set between two paragraphs of one report: the text under it goes on with the
text over it (`articles._captions_between`, `articles._text_over_caption`). Pages written for the test."""

from __future__ import annotations

from transforms.articles import Piece, _bodies, _captions_between, split_articles
from transforms.bylines import Author
from transforms.lines import Line

HEAD = ["2024年12月18日 星期三", "", "青石镇：小网格织密服务网", "", "本报讯（记者 王晓东）"]
LEAD = "青石镇今年把全镇划成四十二个网格，每个网格配一名专职网格员，群众家门口的急事难事在网格里就能解决，全镇信访量同比下降三成。"
REST = [
    "选好配强队伍，建立值守制度。该镇按照就近就便的原则，从退休干部和党员中选出网格员二百余名，每月集中培训一次，定期走访独居老人，记录需求清单并跟踪办理。",
    "用好数字平台，做到事事有回音。网格员发现的问题通过手机上报，镇综治中心分派到部门，限时办结后由群众评价，去年共办理各类事项一千二百余件。",
    "下一步，该镇将继续完善网格运行机制，让基层治理更有温度。",
]
CAPTION = "图为社区志愿者在小区内巡查。 本报记者 张三 摄"


def _wrap(text: str, width: int = 20) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def _page(between: list[str]) -> str:
    lines = [*HEAD, *_wrap(LEAD), *between]
    for paragraph in REST:
        lines += _wrap(paragraph)
    return "\n".join(lines) + "\n"


def _texts(page: str) -> list[tuple[str, str | None, str]]:
    return [(a.kind, a.title, a.body) for a in split_articles(page)[0]]


def test_text_under_a_caption_after_the_lead_goes_on_with_the_report() -> None:
    """The section under the caption shares few words with the lead alone: still the same report."""
    arts = _texts(_page(["", CAPTION, ""]))
    reports = [a for a in arts if a[0] == "article"]
    assert len(reports) == 1
    assert reports[0][1] == "青石镇：小网格织密服务网"
    assert "建立值守制度" in reports[0][2] and "更有温度" in reports[0][2]
    assert "巡查" not in reports[0][2]  # the caption is a photo piece of its own
    assert any(kind == "photo" and "巡查" in body for kind, _, body in arts)


def test_a_dispatch_under_a_caption_opens_another_report() -> None:
    arts = _texts(_page(["", CAPTION, "", "新华社北京12月17日电（记者 赵一）"]))
    assert len([a for a in arts if a[0] == "article"]) == 2


def _piece(kind: str, *texts: str, **kw: object) -> Piece:
    return Piece(lines=[Line(t, range(len(t))) for t in texts], kind=kind, **kw)  # type: ignore[arg-type]


def test_a_headless_piece_past_a_lone_caption_continues_the_text_over_it() -> None:
    above = _piece("article", "青石镇今年把全镇划成四十二个网格，", "群众的急事难事在网格里就能解决。")
    photo = _piece("photo", "工作人员走访居民。", closed=True)
    rest = _piece("article", "街道整合商铺楼宇和物业用房等资源，", "首批挂牌十五个服务点。")
    bodies, _ = _bodies([], [above, photo, rest], [above, photo, rest], {})
    assert [b.pieces for b in bodies] == [[above, rest], [photo]]


def test_a_piece_a_dateline_opens_past_a_caption_stays_apart() -> None:
    above = _piece("article", "青石镇今年把全镇划成四十二个网格，", "群众的急事难事在网格里就能解决。")
    photo = _piece("photo", "工作人员走访居民。", closed=True)
    rest = _piece("article", "街道整合商铺楼宇和物业用房等资源，", "首批挂牌十五个服务点。", opens=True)
    bodies, _ = _bodies([], [above, photo, rest], [above, photo, rest], {})
    assert len(bodies) == 3


def test_a_text_a_byline_closed_does_not_take_the_piece_past_a_caption() -> None:
    above = _piece("article", "群众的急事难事在网格里就能解决。", closed=True)
    above.ends.append(Author("王晓东", "记者"))
    photo = _piece("photo", "工作人员走访居民。", closed=True)
    rest = _piece("article", "街道整合商铺楼宇和物业用房等资源，", "首批挂牌十五个服务点。")
    bodies, _ = _bodies([], [above, photo, rest], [above, photo, rest], {})
    assert len(bodies) == 3


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, range(len(t))) for t in texts]


def test_text_the_model_read_as_caption_under_a_credited_caption_is_text() -> None:
    """A credit ends its caption: the lines under it that run on past one short sentence are the
    report's text, and the caption is set inside it."""
    texts = [*_wrap(LEAD), CAPTION, *_wrap(REST[0])]
    labels = ["body"] * len(_wrap(LEAD)) + ["body"] + ["caption"] * len(_wrap(REST[0]))
    out = _captions_between(_lines(texts), labels)
    assert out[len(_wrap(LEAD))] == "inset"
    assert set(out[len(_wrap(LEAD)) + 1 :]) == {"body"}


def test_a_short_caption_under_a_credited_caption_stays_a_caption() -> None:
    texts = [*_wrap(LEAD), CAPTION, "村民在活动中心参加培训。"]
    labels = ["body"] * len(_wrap(LEAD)) + ["body", "caption"]
    assert _captions_between(_lines(texts), labels)[-1] == "caption"
