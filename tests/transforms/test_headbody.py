"""A headline printed between two reports' bodies run together (`_heads_between_reports` reads it
as a headline when the line model read it as text; `_lead_pairs` gives it the report under it), on
text written for these tests."""

from tests.transforms.printed import text_lines, two_reports
from transforms.articles import Piece, Unit, _heads_between_reports, _lead_pairs
from transforms.lines import Line

# Report A (南寨镇's points shop) ends; report B's headline; report B (梅兰社区's lifts) opens like a lead.
ABOVE = """南寨镇把积分超市开进了村里，村民参加环境整治、
志愿服务都能攒下积分，换回油盐酱醋等日用品。
南寨镇还把积分和评先评优挂钩，好人好事登上光
荣榜，村里风气越来越好。"""
HEAD_B = "梅兰社区老楼装上电梯 老人下楼不再一步一歇"
BELOW = """近日，梅兰社区最后一部加装电梯正式投入使用，老
楼里的老人们出门下楼再也不用一步一歇了，住在
六楼的王阿姨说，现在买菜回家方便多了。
梅兰社区党委书记介绍，加装电梯由居民协商出资，
社区全程帮助协调施工和后续维护。"""
# The same line as a subhead inside report A: the text under it goes on with 南寨镇's points shop.
BELOW_SAME = """近日，南寨镇积分超市又添了新货架，村民攒下的积
分能换的东西更多了，南寨镇的干部说，积分超市
让村民更愿意参与村里事，好人好事登上光荣榜。"""
SUBHEAD = "积分超市里的新货架 村民攒积分换日用品"


def _labelled(head: str, below: str) -> tuple[list[Line], list[str], list[float]]:
    lines = text_lines("\n".join([ABOVE, head, below]))
    return lines, ["body"] * len(lines), [0.9] * len(lines)


def test_a_headline_read_as_text_between_two_reports_is_a_headline() -> None:
    lines, labels, conf = _labelled(HEAD_B, BELOW)
    k = next(i for i, x in enumerate(lines) if x.text == HEAD_B)
    got = _heads_between_reports(lines, labels, conf)
    assert got[k] == "title"
    assert got.count("title") == 1


def test_a_subhead_inside_one_report_stays_text() -> None:
    lines, labels, conf = _labelled(SUBHEAD, BELOW_SAME)
    assert "title" not in _heads_between_reports(lines, labels, conf)


def test_a_line_under_which_no_lead_opens_stays_text() -> None:
    lines, labels, conf = _labelled(HEAD_B, BELOW.replace("近日，", "", 1))
    assert "title" not in _heads_between_reports(lines, labels, conf)


def _page(head: str, below: str) -> tuple[list[Unit], list[Piece], list]:
    return two_reports("南寨镇积分超市开进村", ABOVE, head, below)


def test_a_headline_left_out_between_two_reports_heads_the_lead_under_it() -> None:
    units, pieces, order = _page(HEAD_B, BELOW)
    assert _lead_pairs(units, pieces, order, {0: 0}) == [(1, 1)]


def test_a_subhead_left_out_inside_one_report_heads_nothing() -> None:
    units, pieces, order = _page(SUBHEAD, BELOW_SAME)
    assert _lead_pairs(units, pieces, order, {0: 0}) == []


def test_a_headline_whose_words_are_the_text_above_heads_nothing() -> None:
    units, pieces, order = _page("南寨镇积分超市 好人好事登上光荣榜", BELOW)
    assert _lead_pairs(units, pieces, order, {0: 0}) == []
