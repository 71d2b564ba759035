"""evaluation/search.py: the queries it asks and how it tells an article carries a report."""

from __future__ import annotations

from evaluation.search import normalized, place, probes, topic_word

REPORT = {
    "id": "x",
    "title": "某县推行网格化治理",
    "body": "某县推行網格化治理，网格员每天入户走访，收集群众意见一百余条，网格员队伍不断壮大。",
    "province": "甲省",
    "city": "乙市",
    "county": None,
}


def test_the_place_is_the_most_specific_one_annotated():
    assert place(REPORT) == "乙市"
    assert place({**REPORT, "county": "丙县"}) == "丙县"
    assert place({"province": None, "city": None, "county": None}) is None


def test_the_topic_word_is_the_governance_term_used_most():
    assert topic_word(REPORT) == "网格员"
    assert topic_word({**REPORT, "title": "无关", "body": "今天天气很好。"}) is None


def test_probes_are_pieces_of_the_normalized_body_found_in_a_laid_out_copy():
    pieces = probes(REPORT)
    assert len(pieces) == 3 and all(len(p) == 16 for p in pieces)
    laid_out = normalized(
        "某县推行網格化治理，\n网格员每天入户走访，收集群众意见\n一百余条，网格员队伍不断壮大。"
    )
    assert all(p in laid_out for p in pieces)  # line breaks, punctuation and script do not matter
    assert not any(p in normalized("另一篇文章的正文，毫不相干。") for p in pieces)
