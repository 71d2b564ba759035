"""Subjects where rjieba's tags of governance words misled the rules (issue 18, branch subj2):
sentences written for these tests, not taken from ../shared."""

from __future__ import annotations

import pytest

from tests.transforms.subject_cases import subject_of
from transforms.metrics import RETAGS, _tagged


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("两条高速在镇里设有出口，出行更方便了。", "两条", "高速"),
        ("目前，县直单位共有76个。", "76个", "县直单位"),
        ("全区信访总量下降12%，重复信访下降30%。", "30%", "重复信访"),
        ("目前，全县建档立卡贫困户共有2100户。", "2100户", "建档立卡贫困户"),
    ],
)
def test_a_governance_word_the_tagger_misreads_stays_in_the_subject(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


def test_the_retag_table_changes_the_tag_the_rules_read():
    words = {w[2]: w[3] for w in _tagged("两条高速", 0, 4)}
    assert RETAGS["高速"] == "n"
    assert words["高速"] == "n"


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("目前，全镇共有就业帮扶车间9个。", "9个", "就业帮扶车间"),
        ("全县新建就业帮扶车间16个。", "16个", "就业帮扶车间"),
    ],
)
def test_verbs_in_a_row_before_a_noun_name_a_kind_of_it(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


def test_a_verb_after_its_object_still_leaves_the_object():
    assert subject_of("全村新栽种核桃树2000株。", "2000株") == "核桃树"


def test_a_word_the_tagger_cuts_in_pieces_is_joined_back():
    words = [w[2] for w in _tagged("解决急难愁盼问题", 0, 8)]
    assert "急难愁盼" in words
    assert subject_of("今年共解决群众急难愁盼问题86个。", "86个") == "急难愁盼问题"


def test_pieces_apart_are_not_joined():
    assert "急难愁盼" not in [w[2] for w in _tagged("急难 愁盼", 0, 5)]


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("全县共有矛盾纠纷调解中心15个。", "15个", "调解中心"),
        ("全县建成个人调解工作室37个。", "37个", "调解工作室"),
        ("该镇土地流转面积达3000亩。", "3000亩", "流转面积"),
    ],
)
def test_a_lead_verb_that_names_a_kind_stays_before_a_bodys_head(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject
