"""What a figure counts (issue 18, round 27): a 的 phrase with no noun that holds a figure itself,
a quoted name before a noun with a modifying verb between, a total after a 是 clause, and a range
as one figure as printed. Sentences written for these tests, not taken from ../shared."""

from __future__ import annotations

import pytest

from evaluation import subject_probes
from tests.transforms.figures import subject as _subject


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        # a 的 phrase that is a bound (holds a figure) counts the whole named before it
        ("在全县287个村中，集体经济收入20万元以上的有96个。", "96个", "村"),
        ("在这480户脱贫户里，人均年收入2万元以上的有310户。", "310户", "脱贫户"),
        ("全市共有养老机构64家，床位100张以上的有21家。", "21家", "养老机构"),
        ("全县建成村级综合服务站213个，其中面积300平方米以上的有76个。", "76个", "村级综合服务站"),
        # a quoted name before a noun, a modifying verb between
        ("全市已建成“四好农村路”示范乡镇18个。", "18个", "“四好农村路”示范乡镇"),
        ("全县“红色网格”示范社区达到32个。", "32个", "“红色网格”示范社区"),
        ("今年新增“15分钟生活圈”便民网点230个。", "230个", "“15分钟生活圈”便民网点"),
        # a total after a 是 clause counts the people it names
        ("巡逻队队员多数是退休民警，共有18人。", "18人", "退休民警"),
        ("服务队的成员大部分是本村妇女，共有23名。", "23名", "本村妇女"),
        # 组织 before an event is a dummy verb
        ("村里每年组织培训8场次。", "8场次", "培训"),
    ],
)
def test_subject_of_a_figure(sentence: str, figure: str, subject: str) -> None:
    assert subject_probes.stated_rule(subject, _subject(sentence, figure))


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        ("全乡54个自然村里，通了自来水的有49个。", "49个", "通了自来水"),  # no figure inside: the part
        ("“三资清理”收回集体土地300亩。", "300亩", "集体土地"),  # the clause's own verb after a quote
        ("去年社区共收到“12345热线”工单1260件。", "1260件", "工单"),  # a service number's quote stays out
    ],
)
def test_guards_hold(sentence: str, figure: str, subject: str) -> None:
    assert subject_probes.stated_rule(subject, _subject(sentence, figure))


def test_a_range_is_one_figure_to_the_probe_tool() -> None:
    match = subject_probes.stated_rule
    assert (
        subject_probes.verdict("每场活动吸引150至200名居民参加。", "150至200名", "居民", match)[0] == "right"
    )
    assert subject_probes.verdict("每亩增收800至1000元。", "800至1000元", "居民", match)[0] == "wrong"
    assert subject_probes.verdict("会议持续了2个多小时。", "2个多小时", "!", match)[0] == "kept out"
