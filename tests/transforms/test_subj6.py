"""Subjects of figures on phrasing the dev reports were not tuned on (round 25, branch subj6): each
case is a sentence written for the test, the figure as printed and the subject a reader annotates."""

from __future__ import annotations

import pytest

from evaluation import subject_probes
from tests.transforms.figures import subject


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a change from a figure in Chinese numerals is no part of the subject
        ("群众对调解工作的满意率由过去的不足七成上升到96%。", "96%", "满意率"),
        # a comparison alone counts what the figure before counts
        ("该镇自来水普及率达到97.2%，比全县平均水平高出4个百分点。", "4个百分点", "自来水普及率"),
        ("全村参保人员达2100人，比邻村多出300人。", "300人", "参保人员"),
        # a sum after a beneficiary's verb and its object counts the object
        ("志愿者们为留守儿童筹集助学金3.2万元。", "3.2万元", "助学金"),
        # a number with no unit glued to a noun names a service line
        ("今年以来，全区12319热线工单同比减少17%。", "17%", "12319热线工单"),
        # a quoted name of more than four characters opening the phrase before
        ("社区全年开展“邻里互助日”活动48场。", "48场", "“邻里互助日”活动"),
        # a share head keeps the 的 phrase, with the verb of those who did it
        ("全镇加入合作社的农户比例从21%提高到64%。", "64%", "加入合作社的农户比例"),
        ("辖区企业中，建立工会的占比达到91%。", "91%", "建立工会的占比"),
        # a sum given at a rate is named by the giving verb
        ("镇里对评为“文明家庭”的农户每户奖励300元。", "300元", "奖励"),
        # a verb between a quoted name and a body's head is inside the name
        ("全镇共有“银发先锋”宣讲队伍12支。", "12支", "“银发先锋”宣讲队伍"),
        # a relative clause opening with a verb keeps its nouns with a short head after 的
        ("被评为卫生示范户的家庭已有215户。", "215户", "卫生示范户的家庭"),
        # a count's phrase closed by 之一 is a name whole, its verb too
        ("该社区是全省8个入选社区之一。", "8个", "入选社区"),
        # a bracket of units alone after a figure names nothing
        ("全市登记备案的志愿服务组织有860家（个）。", "860家", "志愿服务组织"),
        # a count of people glued after a count in another unit counts the members
        ("全镇共有“平安卫士”巡防队伍14支300余人。", "300余人", "“平安卫士”巡防队伍"),
        # pairs of a noun and its count without a comma: the noun after is the next figure's
        ("全村共有网格9个楼栋长48名。", "9个", "网格"),
        ("全村共有网格9个楼栋长48名。", "48名", "楼栋长"),
        # a 的 phrase with no noun before 有 or 占 names the part counted
        ("全村网格员中，45岁以下的有23名。", "23名", "45岁以下"),
        # what must not change
        ("全村外出务工人员达1600人，比去年增加了200人。", "200人", "外出务工人员"),
        ("全年共发放养老服务补贴460万元。", "460万元", "养老服务补贴"),
        ("街道累计投入资金2600万元。", "2600万元", "资金"),
        ("该乡辖6个村民小组320户1200人。", "320户", "村民小组"),
        ("全村党员中，女党员有41名。", "41名", "女党员"),
    ],
)
def test_subject(sentence: str, figure: str, expected: str) -> None:
    assert subject(sentence, figure) == expected


def test_scope_alone_is_no_subject() -> None:
    assert subject("全镇有418户签订了垃圾分类承诺书。", "418户") is None


def test_not_a_metric_is_kept_out() -> None:
    equal = lambda gold, got: gold == got  # noqa: E731
    verdict = subject_probes.verdict("家住5号楼的张大爷今年81岁。", "81岁", "!", equal)
    assert verdict == ("kept out", None)
    assert subject_probes.verdict("全村共有党员52名。", "52名", "!", equal)[0] == "false metric"


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("村里今年新装太阳能路灯180盏。", "180盏", "太阳能路灯"),
        ("全年发放创业贷款460笔。", "460笔", "创业贷款"),
        ("农家书屋新添图书1500余本。", "1500余本", "图书"),
        ("镇里为缺水村打了机井7口。", "7口", "机井"),
        ("街道举办网格员培训班6期。", "6期", "网格员培训班"),
    ],
)
def test_units_of_counted_things(sentence: str, figure: str, expected: str) -> None:
    got = subject(sentence, figure)  # found at all: the unit is read (新添图书 is in the scorer's margin)
    assert got is not None and expected in got and len(got) <= len(expected) + 4
