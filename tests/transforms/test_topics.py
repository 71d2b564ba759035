"""The governance taxonomy and topic scoring on tiny texts written for these tests."""

import random
import re

import polars as pl

from transforms.topics import (
    THRESHOLD,
    TOPIC_SCHEMA,
    cue_index,
    score_topics,
    taxonomy,
    topic_frame,
    trie_pattern,
)


def test_topic_frame_schema_and_keys():
    frame = topic_frame()
    assert frame.schema == TOPIC_SCHEMA
    assert frame.height >= 12
    assert frame["topic_id"].is_unique().all()
    assert all(re.fullmatch(r"[a-z][a-z_]*", t) for t in frame["topic_id"])
    assert frame.select(pl.all().is_null().any()).row(0) == (False, False, False, False)


def test_every_topic_has_positive_cues():
    for topic in taxonomy():
        assert topic["cues"] and all(w > 0 for w in topic["cues"].values()), topic["id"]


def test_grid_text_scores_grid_governance_first():
    text = "街道把辖区划成四十个网格，每个网格配一名网格员，网格员每天巡查，发现问题随时上报。"
    scores = score_topics(text)
    assert scores[0][0] == "grid_governance"
    assert all(0 < s <= 1 for _, s in scores)
    assert [s for _, s in scores] == sorted((s for _, s in scores), reverse=True)


def test_several_topics_in_one_text():
    text = "小区成立业委会，物业公司改选；志愿者为独居老人送餐，养老服务走进家门口。"
    topics = dict(score_topics(text))
    assert {"property_management", "elderly_child_care"} <= set(topics)
    assert all(s >= THRESHOLD for s in topics.values())


def test_text_about_nothing_governance_related_scores_no_topic():
    text = "周末下了一场小雨，我们在家包饺子，猫咪趴在窗台上看雨，晚上一起看了一部老电影。"
    assert score_topics(text) == []


def test_a_single_passing_cue_is_not_a_topic():
    assert score_topics("他说这次旅行很安全。") == []


def test_longest_cue_wins():
    pattern, _ = cue_index()
    assert pattern.findall("党群服务中心") == ["党群服务中心"]


def test_scoring_a_long_text_is_bounded_and_keeps_its_topics():
    """Speed is measured by `make bench`; here a long repetitive text scores like its one sentence."""
    sentence = "网格员走访小区，调解矛盾纠纷，物业服务提质。"
    one, many = score_topics(sentence * 20), score_topics(sentence * 5000)
    assert [t for t, _ in many] == [t for t, _ in one] and all(0 < s <= 1 for _, s in many)


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))))


def test_the_cue_trie_finds_what_the_alternation_of_the_cues_finds():
    """`trie_pattern` is the alternation of the words longest first, read as a trie: the same
    matches on texts made of the cues' pieces, where a longer cue starts and does not complete."""
    cues = list(cue_index()[1])
    trie, plain = cue_index()[0], _alternation(cues)
    pieces = [c[i:j] for c in cues for i in range(len(c)) for j in range(i + 1, len(c) + 1)] + list("的了，")
    rng = random.Random(18)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(5000)]
    assert all(trie.findall(t) == plain.findall(t) for t in texts)
    assert any(len(plain.findall(t)) > 1 for t in texts)


def test_a_trie_prefers_the_longest_word_and_falls_back_to_a_shorter_one():
    words = ["文明", "文明实践", "文明实践站", "文化", "明"]
    trie = re.compile(trie_pattern(words))
    for text in ("文明实践站", "文明实践所", "文明实", "文化文明明", "新时代文明实践中心"):
        assert trie.findall(text) == _alternation(words).findall(text)
    assert trie.findall("文明实践所") == ["文明实践"]
