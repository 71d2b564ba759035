"""A gathered block of headlines read by columns (`_by_columns`): a word wrapped down a column is
read with jieba's dictionary alone (`_dictionary_wrap`, `_column_wraps`), and a block's line may open
new headlines right of those going on (`_placements`); two headlines side by side over their bodies
run together are cut apart where one names its part plainly and the other only leans to its own
(`_lopsided`). All text here is written for these tests."""

from __future__ import annotations

from transforms import articles
from transforms.articles import (
    _column_trials,
    _column_wraps,
    _dictionary_wrap,
    _lopsided,
    _placements,
    _row_cuts,
)
from transforms.lines import Line


def _line(text: str) -> Line:
    return Line(text, range(len(text)))


def test_only_a_dictionary_word_runs_over_a_column_break() -> None:
    assert _dictionary_wrap("青石县：党建引领基", "层治理见成效")  # 基层
    assert not _dictionary_wrap("梅林镇“积分银行”聚力办", "层治理见成效")  # jieba's guess `办层`
    assert not _dictionary_wrap("渠边种下致富路", "个新村")  # `路个`


def test_a_word_wrapped_down_the_left_column_is_read_there() -> None:
    lines = [_line(t) for t in ("青石县：党建引领基", "梅林镇“积分银行”聚力办", "层治理见成效", "成事")]
    assert _column_wraps(lines, [range(0, 2), range(2, 4)], None) == {2: {0}, 3: {1}}  # 基层, 办成


def test_a_line_opens_headlines_only_under_headlines_that_all_ended() -> None:
    placed = set(_placements(2, [0, 1]))
    assert placed == {(0, 1), (None, None)}
    assert set(_placements(1, [0])) == {(0,)}  # under one headline: the reading order cuts a stack


def test_a_headline_opens_under_columns_that_ended() -> None:
    # `青石县：积分超市激活  梅林镇推行网格化管理` / `乡村治理新动能  再出发` / `开在田头的表彰会`
    lines = [
        _line(t)
        for t in (
            "青石县：积分超市激活",
            "梅林镇推行网格化管理",
            "乡村治理新动能",
            "再出发",
            "开在田头的表彰会",
        )
    ]
    cuts = [_row_cuts(lines, r) for r in (range(0, 2), range(2, 4), range(4, 5))]
    trials = set(_column_trials(cuts))
    assert ((0, 2), (1, 3), (4,)) in trials
    assert ((0, 2, 4), (1, 3)) in trials  # the first goes on, the second ended


def test_a_plain_headline_beside_a_weak_one_cuts_their_bodies() -> None:
    assert _lopsided((0.29, 0.74), (0.12, 0.64))
    assert not _lopsided((0.64, 0.92), (0.04, 0.92))  # the weak one names both parts: it heads both
    assert not _lopsided((0.1, 0.9), (0.05, 0.8))  # too few of its words anywhere
    assert not _lopsided((0.4, 0.5), (0.1, 0.3))  # neither names its part plainly


LOPSIDED_PAGE = """邻里同心暖意浓 青石县梅林镇“积分银行”开张迎来首批储户

入夜以后，桂花巷老楼的楼道不再漆黑一片。志愿者挨家挨户上门，
把坏了多年的灯泡一一换新，还在拐角处贴上了醒目的提示。
住在五楼的老人说，过去晚上下楼买药要摸着扶手走，如今
一按开关就亮，桂花巷的邻里也常来串门，心里跟着敞亮了。

桂花巷的住户商量好，往后每月检查一次，哪盏灯坏了就在群里
说一声，谁有空谁来修，不让桂花巷再有一盏灯黑下去。

青石县梅林镇“积分银行”日前正式开张，村民参加环境整治、
互帮互助等活动都能攒下积分，凭积分可在梅林镇积分银行
兑换米面油等生活用品。梅林镇党委负责人介绍，积分银行
开张首月，全镇已有六百多户村民成为首批储户。

在梅林镇下溪村，村民把自家门前屋后收拾干净，评上“洁净
户”就能在积分银行记上十分。青石县将在全县推广梅林镇积分
银行的做法。
"""


def test_two_headlines_side_by_side_get_their_own_bodies() -> None:
    arts, _ = articles.split_articles(LOPSIDED_PAGE)
    titled = {a.title: a.body for a in arts if a.title}
    assert "邻里同心暖意浓" in titled, list(titled)
    assert "青石县梅林镇“积分银行”开张迎来首批储户" in titled
    assert "灯泡" in titled["邻里同心暖意浓"] and "积分" not in titled["邻里同心暖意浓"]
    assert titled["青石县梅林镇“积分银行”开张迎来首批储户"].startswith("青石县梅林镇")


def test_a_short_tail_under_a_blank_line_may_end_the_headline_above() -> None:
    above = articles.Unit(title=[_line("梅林镇召开“积分银行”亮点")])
    tail = articles.Unit(title=[_line("工作交流会")])
    whole = articles.Unit(title=[_line("青石县桂花巷老楼楼道亮了")])
    assert articles._tail_below([above, tail], (0, 1, 2), 1)
    assert not articles._tail_below([above, whole], (0, 1, 2), 1)  # a headline of its own
