"""Two reports run together with no lead's formula opening the second: a short line naming a new
place between them is the second's headline (`_heads_between_reports`, `_named_head`), and a
headline cut in two at its space that found no body heads the text right under it
(`_split_heads_over_headless`). Text written for these tests."""

from tests.transforms.printed import lines, text_lines
from transforms.articles import Piece, Unit, _heads_between_reports, _split_heads_over_headless
from transforms.lines import Line

# Report A (南寨镇's points shop) ends; report B (柳湾村's river patrol) opens with no lead's formula.
ABOVE = """南寨镇把积分超市开进了村里，村民参加环境整治、志愿服务都能攒下积分，换回油盐酱醋等日用品。
南寨镇还把积分和评先评优挂钩，好人好事登上光荣榜，村里风气越来越好。"""
HEAD_B = "柳湾村巡河队守护一江清水"
BELOW = """清晨的柳湾村，薄雾还没散尽，巡河队员老周已经沿着河堤走了两里地，手里的长杆捞起漂在水面上的塑料袋。
柳湾村巡河队成立三年，二十多名队员轮流上岗，一江清水成了村民最骄傲的风景。"""
# A line of the same shape naming no place: a subhead's (its section's point, not its report's place).
SUBHEAD = "巡河队员早出晚归 守护一江清水"
BELOW_SAME = """清晨的积分超市门口，村民排起了队，新上架的货品让积分能换的东西更多了，村民换购热情一天比一天高。
超市管理员说，积分超市添新货以后，来换购的村民比上个月多了一倍。"""


def _labelled(head: str, below: str) -> tuple[list[Line], list[str], list[float]]:
    printed = text_lines("\n".join([ABOVE, head, below]))
    return printed, ["body"] * len(printed), [0.9] * len(printed)


def test_a_place_naming_line_over_a_report_with_no_lead_formula_is_its_headline() -> None:
    printed, labels, conf = _labelled(HEAD_B, BELOW)
    got = _heads_between_reports(printed, labels, conf)
    assert got[[x.text for x in printed].index(HEAD_B)] == "title"
    assert got.count("title") == 1


def test_a_subhead_naming_no_place_stays_text() -> None:
    printed, labels, conf = _labelled(SUBHEAD, BELOW)
    assert "title" not in _heads_between_reports(printed, labels, conf)


def test_a_line_with_a_comma_stays_text() -> None:
    printed, labels, conf = _labelled("柳湾村巡河队，守护一江清水", BELOW)
    assert "title" not in _heads_between_reports(printed, labels, conf)


def test_a_narrow_column_line_that_fills_the_column_stays_text() -> None:
    """In a narrow column a text line is as long as a headline: it fills the column and runs on."""
    narrow = [
        "南寨镇把积分超市开进了村里，村",
        "民换回油盐酱醋等日用品，风气好。",
        "柳湾村巡河队守护一江清水已三年",
        "清晨的柳湾村，薄雾还没散尽，巡",
        "河队员老周沿河堤捞起塑料袋，柳",
        "湾村巡河队的二十多名队员轮流守",
        "护一江清水，成了村里的风景线。",
    ]
    printed = lines(*narrow)
    assert "title" not in _heads_between_reports(printed, ["body"] * len(printed), [0.9] * len(printed))


def _split_page(text_b: str) -> tuple[list[Unit], list[Piece], list]:
    """Report A headed; report B's headline cut at its space into two parts; B's text headless."""
    head_a, head_b = "南寨镇积分超市开进村", "柳湾村：巡河队上岗 守护一江清水"
    page = "\n".join([head_a, ABOVE, head_b, text_b])
    whole = Unit(title=[Line(head_b, range(len(head_b)))], page=page)
    cut = head_b.index(" ")
    parts = [
        Unit(title=[Line(t, range(len(t)))], page=page, part_of=whole)
        for t in (head_b[:cut], head_b[cut + 1 :])
    ]
    units = [Unit(title=[Line(head_a, range(len(head_a)))], page=page), *parts]
    pieces = [Piece(lines=text_lines(ABOVE)), Piece(lines=text_lines(text_b))]
    order: list[Piece | Unit] = [units[0], pieces[0], parts[0], parts[1], pieces[1]]
    for k, x in enumerate(order):
        x.pos = k
    return units, pieces, order


def test_a_headline_cut_at_its_space_heads_the_headless_text_under_it() -> None:
    units, pieces, order = _split_page(BELOW)
    assert _split_heads_over_headless(units, pieces, order, {0: 0}) == [(1, 1)]


def test_a_cut_headline_whose_words_are_not_below_heads_nothing() -> None:
    units, pieces, order = _split_page(BELOW_SAME)
    assert _split_heads_over_headless(units, pieces, order, {0: 0}) == []


def test_a_cut_headline_over_a_headed_text_heads_nothing() -> None:
    units, pieces, order = _split_page(BELOW)
    assert _split_heads_over_headless(units, pieces, order, {0: 0, 1: 1}) == []


def test_a_cut_headline_over_a_quotations_rest_heads_nothing() -> None:
    """Text under the headline that closes a quotation it never opened goes on from elsewhere."""
    units, pieces, order = _split_page("老周说心里踏实多了。”" + BELOW)
    assert _split_heads_over_headless(units, pieces, order, {0: 0}) == []
