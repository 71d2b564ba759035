"""A byline printed right under a headline that follows its own body, with another story's headline
under the byline (`articles.bylines_under_trailing_heads`): the names sign the story above, not the
text under the next headline. Text written for these tests."""

from transforms import articles
from transforms.articles import Piece, Unit, split_articles
from transforms.bylines import Author
from transforms.lines import Line

BODY_A = (
    "本报讯 青石镇今年在各村推行“积分超市”，村民参加环境整治、志愿服务、调解纠纷都能攒积分，"
    "积分可以在超市里换米面油和日用品。镇里还把积分情况每月张榜公布，全镇参与的农户已有三千多户，"
    "村里的垃圾乱堆、柴草乱放少了，邻里之间的矛盾也少了，青石镇的村容村貌焕然一新。"
)
HEAD_A = ["青石镇：", "积分超市换来文明新风"]
BYLINE = "□ 周明远 沈若溪"
HEAD_B = "柳河社区议事会让老旧小区装上电梯"
BODY_B = (
    "新华社长春5月8日电（记者韩立新）柳河社区的老旧小区没有电梯，老人上下楼很不方便。"
    "社区召开议事会，请居民、物业和施工方坐在一起商量费用分摊和施工时间，"
    "两年来柳河社区的老旧小区已经装上十二部电梯，老人们下楼遛弯方便多了。"
)


def _page() -> str:
    return "\n".join([BODY_A, "", *HEAD_A, BYLINE, "", HEAD_B, BODY_B, ""])


def _authors(title_part: str) -> list[str]:
    got, _ = split_articles(_page())
    found = [a for a in got if a.title and title_part in a.title]
    assert found, [a.title for a in got]
    return [x.name for x in found[0].authors]


def test_the_byline_under_a_trailing_headline_signs_its_story() -> None:
    assert {"周明远", "沈若溪"} <= set(_authors("积分超市"))


def test_the_next_story_keeps_only_its_own_names() -> None:
    names = _authors("柳河社区")
    assert "周明远" not in names and "沈若溪" not in names


def _line(page: str, text: str) -> Line:
    at = page.index(text)
    return Line(text, list(range(at, at + len(text))))


def _order(page: str, signed: bool) -> tuple[list[Unit], list[Piece], list]:
    above = Piece(lines=[_line(page, "上文")], opens=True)
    if signed:
        above.take("（王五）", [Author("王五", "记者")], 1.0, closing=True)
    upper = Unit(title=[_line(page, "甲标题")], lines=[_line(page, "甲标题")], page=page)
    lower = Unit(title=[_line(page, "乙标题")], lines=[_line(page, "乙标题")], page=page)
    under = Piece(lines=[_line(page, "下文")], opens=True)
    under.take("□ 张三", [Author("张三", "作者")], 0.9)
    order = articles._numbered([above, upper, lower, under])
    return [upper, lower], [above, under], order


def test_the_byline_moves_up_only_to_an_unsigned_story() -> None:
    page = "上文\n甲标题\n□ 张三\n乙标题\n下文\n"
    units, pieces, order = _order(page, signed=False)
    articles.bylines_under_trailing_heads(units, pieces, order, {0: 0, 1: 1})
    assert [a.name for a in pieces[0].authors] == ["张三"] and pieces[0].bylines == ["□ 张三"]
    assert pieces[1].authors == [] and pieces[1].bylines == []
    units, pieces, order = _order(page, signed=True)
    articles.bylines_under_trailing_heads(units, pieces, order, {0: 0, 1: 1})
    assert [a.name for a in pieces[1].authors] == ["张三"]  # the story above is signed: left alone


def test_a_byline_printed_under_the_lower_headline_stays() -> None:
    page = "上文\n甲标题\n乙标题\n□ 张三\n下文\n"
    units, pieces, order = _order(page, signed=False)
    articles.bylines_under_trailing_heads(units, pieces, order, {0: 0, 1: 1})
    assert [a.name for a in pieces[1].authors] == ["张三"] and pieces[0].authors == []


def test_a_headline_over_the_text_under_it_lends_nothing() -> None:
    page = "上文\n甲标题\n□ 张三\n乙标题\n下文\n"
    units, pieces, order = _order(page, signed=False)
    articles.bylines_under_trailing_heads(units, pieces, order, {0: 1})  # the upper heads the text under
    assert [a.name for a in pieces[1].authors] == ["张三"] and pieces[0].authors == []


UPPER = [
    "青石镇今年在各村推行积分超市，",
    "青石镇村民参加环境整治能攒积分，",
    "积分可以在青石镇超市换米面油。",
    "青石镇的村容村貌焕然一新。",
]
LOWER = [
    "柳河社区召开议事会商量装电梯，",
    "柳河社区居民和物业坐在一起商量，",
    "两年来柳河社区老旧小区装上电梯，",
    "柳河社区的老人下楼遛弯方便多了。",
]


def _cut_page(trailing: bool) -> tuple[list[Unit], list[Piece], dict[int, int]]:
    """One piece holding two texts run together, headed by the upper text's headline (printed under
    the piece when `trailing`, else over it), and the lower text's headline an orphan far above."""
    body = Piece(lines=[Line(t, []) for t in UPPER + LOWER], opens=True)
    head = Unit(title=[Line("青石镇积分超市换米面油", [])])
    orphan = Unit(title=[Line("柳河社区议事会商量装电梯", [])])
    other = Piece(lines=[Line("东湖街道今年新修三条道路，方便居民出行。", [])], opens=True)
    order = [orphan, other, head, body] if not trailing else [orphan, other, body, head]
    articles._numbered(order)
    return [head, orphan], [body, other], {0: 0}


def test_an_orphan_cuts_the_tail_off_a_body_headed_from_above() -> None:
    units, pieces, got = _cut_page(trailing=False)
    cut = articles.orphan_cut(units, pieces, got)
    assert cut is not None and cut[0] is pieces[0] and cut[1] == len(UPPER)


def test_no_orphan_cuts_a_body_off_its_trailing_headline() -> None:
    units, pieces, got = _cut_page(trailing=True)
    assert articles.orphan_cut(units, pieces, got) is None


def test_a_block_of_headlines_under_the_body_still_lets_the_orphan_cut() -> None:
    units, pieces, got = _cut_page(trailing=True)
    orphan, other, body, head = sorted([*units, *pieces], key=lambda x: x.pos)
    articles._numbered([other, body, head, orphan])  # the orphan stacked right under the headline
    cut = articles.orphan_cut(units, pieces, got)
    assert cut is not None and cut[1] == len(UPPER)
