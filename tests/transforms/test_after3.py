"""A report's own subhead after its first paragraphs, whose text under it goes on with the report, is
no headline printed after a report (`_cut_off_report` in `_heads_after_reports`); a short report
followed by another one keeps its headline after it. Text written for these tests."""

from tests.transforms.printed import text_lines
from transforms.articles import _cut_off_report, _heads_after_reports

# The first part of a report on 青石村's river patrol (short), a subhead echoing it, then the report
# going on: a neighbouring town's method first (a fresh-looking start), then 青石村's patrol again.
FIRST_PART = """今年以来，青石村组织党员和村民轮流巡河，每天
清理河道垃圾，劝阻在河边洗衣倒水的行为。巡河
队员老周说，过去没人愿意管的河道，如今天天有
人走、有人看，青石村的河道有人管了。"""
SUBHEAD = "青石村河道有人管"
GOES_ON = """一支小分队专程到邻近的白沙镇取经，去年冬天
他们学来了分段包干的办法：每人认下一段，写上
名字立在岸边，谁的那段出了问题一看便知。白沙镇的
干部还讲了怎样记台账、怎样排班次、怎样请专家
来讲课，小分队一一记在本子上，回来后挨家挨户
地讲给乡亲们听，不少年轻人听了主动报名加入，
白沙镇的做法很快在这里扎下了根，冬去春来，
沿岸的柳树也绿了，傍晚散步的人多了起来。
如今青石村的党员和村民轮流巡河，每天清理河道
垃圾，劝阻在河边洗衣倒水的行为，巡河队员老周
说，青石村的河道有人管了，河水一天比一天清。"""
# Another report (柳岸街道's canteen), under a short one.
OTHER = """近日，柳岸街道第一家社区老年食堂开门迎客，
六十岁以上的老人凭卡就餐可享受八折优惠，
街道还安排志愿者为行动不便的老人送餐到
家，老人们吃上了热乎饭。"""


def test_a_subhead_after_a_short_first_part_stays_text() -> None:
    lines = text_lines("\n".join([FIRST_PART, SUBHEAD, GOES_ON]))
    got = _heads_after_reports(lines, ["body"] * len(lines), [0.9] * len(lines))
    assert got == ["body"] * len(lines)


def test_the_first_part_is_cut_off_by_the_subhead() -> None:
    lines = text_lines("\n".join([FIRST_PART, SUBHEAD, GOES_ON]))
    assert _cut_off_report(lines, ["body"] * len(lines), lines[:4], 5)


def test_a_short_report_over_another_one_is_whole() -> None:
    lines = text_lines("\n".join([FIRST_PART, SUBHEAD, OTHER]))
    assert not _cut_off_report(lines, ["body"] * len(lines), lines[:4], 5)


def test_a_long_report_is_whole_whatever_follows() -> None:
    lines = text_lines("\n".join([FIRST_PART, FIRST_PART, FIRST_PART, FIRST_PART, SUBHEAD, GOES_ON]))
    assert not _cut_off_report(lines, ["body"] * len(lines), lines[:16], 17)
