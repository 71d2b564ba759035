"""What a figure counts (fact_metric.subject, issue 18) when the thing counted is a compound name
the tagger cuts (a short noun before a verb, a noun before 总, a lead verb before an act): sentences
written for these tests, not taken from ../shared."""

from __future__ import annotations

import pytest

from tests.transforms.subject_cases import subject_of


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("该区已建成新时代文明实践站点156个。", "156个", "文明实践站点"),
        ("全县新设文明实践站点40个。", "40个", "文明实践站点"),
    ],
)
def test_a_short_noun_before_the_verb_of_a_name_is_kept(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("全县农村公路总里程达到5300公里。", "5300公里", "农村公路总里程"),
        ("全县公路总里程3400公里。", "3400公里", "公路总里程"),
    ],
)
def test_the_noun_before_a_total_names_whose_total(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("全市城镇新增就业4.2万人。", "4.2万人", "新增就业"),
        ("全县农村新增就业1800人。", "1800人", "新增就业"),
    ],
)
def test_a_lead_verb_before_an_act_is_part_of_its_name(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("在全镇32个行政村中，集体经济收入超过20万元的已有19个。", "19个", "行政村"),
        ("全县有养老机构40家，床位100张以上的就有12家。", "12家", "养老机构"),
    ],
)
def test_a_bounded_part_before_an_adverb_of_having_counts_the_whole(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("党员志愿者，是社区治理的生力军，目前全区已有2.3万名。", "2.3万名", "党员志愿者"),
        ("这支队伍，成立三年来不断壮大，现有120名。", "120名", "队伍"),
    ],
)
def test_a_count_had_with_nothing_named_counts_the_sentence_topic(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("全镇人均GDP达到6.8万元。", "6.8万元", "人均GDP"),
        ("全区GDP增长6.1%。", "6.1%", "GDP"),
    ],
)
def test_a_latin_abbreviation_names_a_measure(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("“一站式”服务大厅设置综合窗口8个。", "8个", "综合窗口"),
        ("“网格+警格”机制化解矛盾纠纷900余起。", "900余起", "矛盾纠纷"),
        ("“小马扎”宣讲团开展宣讲160场。", "160场", "宣讲"),
    ],
)
def test_a_quoted_body_acting_leaves_its_object_counted(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("全县建成便民服务站（点）298个。", "298个", "便民服务站（点）"),
        ("全县设立村（社区）便民服务站（点）298个。", "298个", "便民服务站（点）"),
    ],
)
def test_a_character_before_a_bracketed_note_ends_the_name(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("figure", "subject"),
    [("40%", "社区党员"), ("45%", "居民代表"), ("15%", "物业人员")],
)
def test_shares_listed_after_respective_go_with_the_names_in_order(figure, subject):
    sentence = "社区党员、居民代表、物业人员分别占议事会成员的40%、45%和15%。"
    assert subject_of(sentence, figure) == subject
