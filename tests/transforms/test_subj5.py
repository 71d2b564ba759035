"""Subjects of figures in constructions the round-24 rules read (issue 18, branch subj5): sentences
written for these tests, not taken from ../shared nor from the tuning or held-out files."""

from __future__ import annotations

import pytest

from tests.transforms.subject_cases import subject_of
from transforms.metrics import extract_metrics


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        # a count that is the topic of a clause going on to a figure in another unit: its things
        # own what that figure measures (集体经济收入), so the count counts the owner
        ("全乡有12个村村级集体经济收入超过30万元。", "12个", "村"),
        ("全区有40个社区居民满意度超过96%。", "40个", "社区"),
        ("全县8个项目总投资达到3亿元。", "8个", "项目"),
        # a note ends the name before it; a 的 after the noun makes the next count its part
        ("全镇18个王家屯(社区)常住人口超过2万人。", "18个", "王家屯(社区)"),
        ("全镇18个村(社区)的40支巡逻队伍已组建。", "18个", "村(社区)"),
        # not a figure in the same unit, which counts the same things or others like them
        ("社区为每栋楼配备了1名专职楼长和2名兼职楼长。", "1名", "专职楼长"),
        # a count of people in apposition after a clause: the people that clause names
        ("这个村的留守老人不少，约260人。", "约260人", "留守老人"),
        ("全村有低保户，共35户。", "35户", "低保户"),
        ("小区的租户占到了住户的四成，约900人。", "约900人", "租户"),
        # a word after a level is a noun (村级组织), and a verb before a head of money or a
        # standard stays in the name (建设资金, 补助标准)
        ("全县村级组织活动经费今年达到900万元。", "900万元", "村级组织活动经费"),
        ("全区村级组织阵地建设资金共计2600万元。", "2600万元", "组织阵地建设资金"),
        # people who went somewhere to do something are counted, not the place
        ("全县有在职党员到居住地报到5600余名。", "5600余名", "在职党员"),
        # 日均 before a verbal noun makes it the verb: its object is what is counted
        ("镇卫生院日均接诊病人90余人次。", "90余人次", "病人"),
        # a short modifier before the 的 of a noun of two characters tells it apart
        ("持卡老人可享受8折理发的优惠。", "8折", "理发的优惠"),
        # a note of a list in brackets is part of the name
        ("全市15个县（市、区）均已建成退役军人服务站。", "15个", "县（市、区）"),
        # 人口 after a verb heads a measure, as 人数 does
        ("全市城市社区平均管理人口约6000人。", "约6000人", "社区平均管理人口"),
        # a count of people right after a verb's object, a verb after: the object is counted
        ("全镇共抽调业务骨干40人组建服务专班。", "40人", "业务骨干"),
        # what a thing is compared with (高于…) is not what the figure after counts
        ("全镇农民收入增速高于全县平均水平，今年达到9.1%。", "9.1%", "农民收入增速"),
        # a long name ends at an adverb that opens what the thing does, as at a clause mark, and
        # a figure inside the relative clause before its 的 counts it
        ("县里投资8000万元建设的县级全民健身活动中心已建成开放。", "8000万元", "全民健身活动中心"),
        # a count of people after verbs alone counts the people named before those verbs
        ("镇里今年组织农民外出培训2600人次。", "2600人次", "农民"),
        # a verb between its object and the head of a name is inside the name (改造项目开工率,
        # 化解中心), which is longer than a phrase; a lead verb with no object before is the clause's
        ("全市老旧街区改造项目完工率为100%。", "100%", "改造项目完工率"),
        ("全县共建成人居环境提升示范村45个。", "45个", "环境提升示范村"),
        ("街道开展活动60场。", "60场", "活动"),
    ],
)
def test_subject(sentence: str, figure: str, subject: str) -> None:
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "张大妈今年81岁，在老街住了50多年。",
        "新建的活动中心共4层，就在5号楼旁边。",
        "他已经连续12年担任网格员。",
    ],
)
def test_no_figure(sentence: str) -> None:
    """Ages, floors, door numbers and spans of time are no figures, around the new rules too."""
    assert extract_metrics(sentence) == []
