"""Subjects of figures on phrasing the dev reports were not tuned on (round 26, branch subj7):
figures in brackets, fronted objects, comparisons with a year or 与…相比, sums after a clause of
what was done. Each case is a sentence written for the test, the figure as printed and the subject
a reader annotates, matched by the shared scorer's rule where it is there (else by equality)."""

from __future__ import annotations

import pytest

from evaluation import subject_probes
from tests.transforms.figures import subject
from transforms.metrics import extract_metrics

MATCH = subject_probes.matcher()


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # a figure alone in brackets counts the name before them
        ("乡里成立了道德评议会（共14个），评议事项70项。", "14个", "道德评议会"),
        ("改建“百姓书屋”（6处）和篮球场（2个）。", "6处", "百姓书屋"),
        ("改建“百姓书屋”（6处）和篮球场（2个）。", "2个", "篮球场"),
        # the topic of the sentence is the object a count after its verb leaves empty
        ("这些隐患，安全员本月已排除了52处。", "52处", "隐患"),
        ("入户道路，今年已硬化6.4公里。", "6.4公里", "入户道路"),
        # a comparison counts what the figure before counts
        ("群众安全感达97.1%，较上年提高2.3个百分点。", "2.3个百分点", "群众安全感"),
        ("全县办件量达9万件，与去年同期相比增长了15%。", "15%", "办件量"),
        ("全区参保人数较2021年末增加了3万人。", "3万人", "参保人数"),
        # a clause of a link and a figure after a clause of what was done sums up the noun before
        ("全村符合条件的低收入户，已全部纳入帮扶，共计230户。", "230户", "低收入户"),
        # the verb of the clause before again, tagged a noun (办理)
        ("街道为居民办理电子社保卡，目前已办理2600余张。", "2600余张", "电子社保卡"),
        # a stock grown (扩充到) is the thing the clause before names
        ("这支服务队，目前已扩充到64人。", "64人", "服务队"),
        # both figures of a change clause count the topic before it
        ("全镇垃圾分类覆盖率，从两年前的40%提高到了93%。", "93%", "垃圾分类覆盖率"),
        # a sum setting a standard counts what is handed out at it
        ("按照每户每年400元的标准发放取暖补贴。", "400元", "取暖补贴"),
        # clauses of what was done after a colon count the label
        ("老旧管网改造：已完工17处，已验收12处。", "12处", "老旧管网"),
        # a measure alone in brackets after its name
        ("全镇公众安全感（98.1%）位居全县前列。", "98.1%", "公众安全感"),
        # a clause of adverbs and 在 says what the clause before amounts to
        ("每年的维修费用，大约在12万元左右。", "12万元", "维修费用"),
    ],
)
def test_subject(sentence: str, figure: str, expected: str) -> None:
    got = subject(sentence, figure)
    assert got is not None and MATCH(expected, got), got


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("某街道的一个小区建于2008年,有900多户2600多人,物业问题较多。", "900多户"),
        ("镇里的党员志愿者有70多人。", "70多人"),
    ],
)
def test_unchanged(sentence: str, figure: str) -> None:
    """Guards: a year the building dates from is no comparison; a verb of having is no fronting."""
    got = subject(sentence, figure)
    assert got in (None, "党员志愿者"), got


def test_word_ending_in_a_qualifier() -> None:
    """签约 is signed, not 约 (about) before the figure: the figure is read from its number."""
    found = [
        m for m in extract_metrics("今年全村已签约家庭医生服务860户，签约210户。") if "210" in m.raw_text
    ]
    assert [(m.raw_text, m.qualifier) for m in found] == [("210户", None)]
