"""Subjects of figures in constructions the round-22 rules read (issue 18, branch subj3): sentences
written for these tests, not taken from ../shared nor from the held-out files."""

from __future__ import annotations

import pytest

from tests.transforms.subject_cases import subject_of


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        # a count that becomes another names no thing by the verb after it
        ("村里的专业合作社由最初的3家发展到现在的17家。", "3家", "专业合作社"),
        # a word of kind (公共) opens a name, so the verb after it is inside the name
        ("小区新增公共停车泊位45个。", "45个", "公共停车泊位"),
        # 较 (compared with) ends the subject before it, whether the tagger glues it or not
        ("全镇刑事案件较去年下降27%。", "27%", "刑事案件"),
        # an act that names a thing (活动) after a short quoted name is the subject, with the name
        ("街道开展“敲门行动”活动12场。", "12场", "“敲门行动”活动"),
        # a figure inside a clause a 的 alone closes counts the noun after the 的
        ("区里投资800万元的养老服务中心已投入使用。", "800万元", "养老服务中心"),
        # a percentage before a verb and its object is a share of the object
        ("全市街道100%建立了综合执法队伍。", "100%", "综合执法队伍"),
        # 有 links the noun before to the figure, however the tagger reads that noun
        ("全区受理的涉及噪音扰民的投诉有320件。", "320件", "投诉"),
        # a figure after 有 alone is a part of what the frame before names
        ("全县村党组织书记中，有78%具有大专以上学历。", "78%", "村党组织书记"),
        # after a preposition's object the clause's verb ends the noun after the figure
        ("社区从5个维度考核网格员工作。", "5个", "维度"),
        # a verbal noun right after the name of a body is what the body does
        ("合作社养殖山羊800只。", "800只", "山羊"),
        # a change after a linking verb and 了 counts what the figure before counts
        ("全县旅游收入达到12亿元，同比增长了16%。", "16%", "旅游收入"),
        # a multiple is of the clause before 是…的
        ("村集体收入是五年前的3倍。", "3倍", "村集体收入"),
    ],
)
def test_the_subject_is_the_thing_counted(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "inside"),
    [
        ("全区民生诉求按期办结率达到97%。", "97%", "按期办结率"),  # the adverb is part of the rate
        ("社区的群众满意度测评得分为95分。", "95分", "满意度测评得分"),  # what was measured of what
        ("全村农民平均月收入提高到4100元。", "4100元", "平均月收入"),  # the mean of a figure per month
        ("今年全区盗窃案件的发案数同比下降了23%。", "23%", "盗窃案件的发案数"),  # a count of what
        ("全年为小微企业减免税费860万元。", "860万元", "税费"),  # 费 split off by the tagger
    ],
)
def test_the_subject_keeps_the_words_that_say_what_is_measured(sentence, figure, inside):
    got = subject_of(sentence, figure)
    assert got is not None and inside in got


def test_an_adverb_before_a_figure_is_no_subject():
    assert subject_of("超市里的商品种类繁多，足足30多种。", "30多种") != "足足"


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("县里确定的10项民生工程已完成了8项。", "8项", "民生工程"),  # 项 is the unit of the count before
        ("街道为困难家庭送去的慰问金和慰问品折合3万元。", "3万元", "慰问金和慰问品"),  # 和 joins, 折合 links
        ("全县5G网络覆盖率达到95%。", "95%", "5G网络覆盖率"),  # a code glued to a word is one word
        ("辖区内有4A级景区3家。", "3家", "4A级景区"),
    ],
)
def test_the_words_the_tagger_cuts_or_glues_are_read_as_printed(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject
