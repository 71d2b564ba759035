"""What a figure counts (issue 18, round 28). Sentences written for these tests, not taken from
../shared."""

from __future__ import annotations

import pytest

from evaluation import subject_probes
from tests.transforms.figures import subject as _subject


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        # a verb of having after a count says what the things have, no kind of them
        ("该街道19个社区共有楼栋长620名。", "19个", "社区"),
        ("全县126个行政村现有党员9800名。", "126个", "行政村"),
    ],
)
def test_subject_of_a_figure(sentence: str, figure: str, subject: str) -> None:
    assert subject_probes.stated_rule(subject, _subject(sentence, figure))


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        ("全市建成12个矛盾纠纷调解中心。", "12个", "矛盾纠纷调解中心"),  # a lead verb still names a kind
    ],
)
def test_guards(sentence: str, figure: str, subject: str) -> None:
    assert subject_probes.stated_rule(subject, _subject(sentence, figure))


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        # 和 joins names when it is a word of its own, not the 及 of 普及 or the 与 of 参与
        ("全县农村集中供水率和自来水普及率分别达到96%、92%。", "96%", "农村集中供水率"),
        ("全县农村集中供水率和自来水普及率分别达到96%、92%。", "92%", "自来水普及率"),
        # a clause of a time word, adverbs and a link goes on with what the figure before counts
        ("去年全村人均收入只有4000多元，今年已超过1.3万元。", "1.3万元", "人均收入"),
    ],
)
def test_goes_on_from_before(sentence: str, figure: str, subject: str) -> None:
    assert subject_probes.stated_rule(subject, _subject(sentence, figure))


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        # a forecast clause goes on with what the figure before counts
        ("村里的集体收入去年为21万元，今年预计突破40万元。", "40万元", "集体收入"),
        # a fund named by a verb and 金 (the tagger cuts 供养 金)
        ("全年共为特困人员发放供养金1260万元。", "1260万元", "供养金"),
    ],
)
def test_forecast_and_fund(sentence: str, figure: str, subject: str) -> None:
    assert subject_probes.stated_rule(subject, _subject(sentence, figure))


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        # people counted before a quoted name: the quote and the noun of people after it
        ("全市有1.9万名“两新”组织党员。", "1.9万名", "“两新”组织党员"),
        # 减至 links a change as 降至 does
        ("镇区的占道经营点位由126个减至9个。", "126个", "占道经营点位"),
    ],
)
def test_quote_and_change(sentence: str, figure: str, subject: str) -> None:
    assert subject_probes.stated_rule(subject, _subject(sentence, figure))


def test_a_place_after_a_quote_keeps_its_verb_out() -> None:
    assert _subject("全区15个“邻里之家”用于议事。", "15个") == "邻里之家"


def test_a_lead_verbs_object_is_named() -> None:
    sentence = "全县累计扶持创业1860人，带动就业5100余人。"
    assert _subject(sentence, "5100余人") == "就业"
    assert _subject("今年共受理诉求4500件，办结4380件。", "4380件") == "诉求"  # guard: only done


def test_a_count_before_a_change_names_nothing_after_it() -> None:
    assert _subject("巡逻队已由最初的12人壮大到430人。", "12人") == "巡逻队"


def test_people_counted_after_an_object_then_what_they_do() -> None:
    assert _subject("合作社带动周边农户1900余户发展特色种植。", "1900余户") == "农户"


def test_whom_a_deed_reached() -> None:
    sentence = "镇里为困难群众发放慰问金20万元，惠及600余户。"
    assert _subject(sentence, "600余户") == "困难群众"
    assert _subject("社区定期举办健康讲座，已累计惠及1200余人。", "1200余人") is None  # guard: no one named


def test_people_listed_after_a_count_of_people() -> None:
    assert _subject("服务队由36名医生、护士组成。", "36名") == "医生、护士"
    assert _subject("全县有15个党群服务站、文化广场。", "15个") == "党群服务站"  # guard: which is unsure


def test_a_count_then_what_it_did() -> None:
    assert _subject("全镇的12个社区中，有10个设立了儿童之家。", "10个") == "社区"
    assert _subject("这个有着6000多名居民的社区，只有9名社区工作者。", "6000多名") == "居民"


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        ("今年，全县农村居民人均可支配收入预计可达1.9万元。", "1.9万元", "人均可支配收入"),
        ("村集体收入有望突破50万元。", "50万元", "村集体收入"),
    ],
)
def test_a_forecast_before_a_figure(sentence: str, figure: str, subject: str) -> None:
    assert subject_probes.stated_rule(subject, _subject(sentence, figure))
