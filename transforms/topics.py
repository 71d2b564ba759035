"""Governance topics of one article (dim_topic / fact_article_topic).

The taxonomy is data: ``data/topics.toml`` lists each topic with weighted cue terms. Scoring is one
pass of a compiled regex over the text (all cues, longest first), summing each cue's weight into
every topic it cues. The raw sum is turned into a density, weight per 1000 characters (texts
shorter than ``MIN_CHARS`` count as ``MIN_CHARS`` long, so a short note is not inflated), and then
into a score in (0, 1): ``1 - exp(-density / SCALE)``.

A topic is reported when its score reaches ``THRESHOLD`` and at least ``MIN_HITS`` cue occurrences
support it: one passing word (安全, 项目) never makes a topic.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import polars as pl

DATA = Path(__file__).parent / "data"
MIN_CHARS = 300
SCALE = 10.0
THRESHOLD = 0.2
MIN_HITS = 2
TOPIC_SCHEMA = pl.Schema(
    {"topic_id": pl.String, "name": pl.String, "name_en": pl.String, "description": pl.String}
)


@cache
def taxonomy() -> tuple[dict, ...]:
    with (DATA / "topics.toml").open("rb") as handle:
        return tuple(tomllib.load(handle)["topic"])


@cache
def cue_index() -> tuple[re.Pattern[str], dict[str, list[tuple[str, float]]]]:
    """The one regex of all cues and, per cue, the (topic_id, weight) pairs it adds to."""
    index: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for topic in taxonomy():
        for cue, weight in topic["cues"].items():
            index[cue].append((topic["id"], float(weight)))
    return re.compile(trie_pattern(index)), dict(index)


def trie_pattern(words) -> str:  # noqa: ANN001 - any iterable of strings
    """The regex of the alternation of ``words`` longest first (at each place the longest word
    that starts there), as a trie: words that share a beginning share its test, so each place is
    read once, not once per word that starts with its character (`findall` 1.4x faster over the
    bench corpus's articles; the same matches, `tests/transforms/test_topics.py`)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(trie)


def _branches(node: dict) -> str:
    """A node's pattern: each child with what follows it, longest first because a quantifier is
    greedy and a failed child gives way to ending here (the shorter word)."""
    ends = "" in node
    children = sorted(c for c in node if c)
    if not children:
        return ""
    if all(node[c].keys() <= {""} for c in children) and len(children) > 1:
        body = "[" + "".join(map(re.escape, children)) + "]"  # one character ends every word
        return body + "?" if ends else body
    alternatives = [re.escape(c) + _branches(node[c]) for c in children]
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if ends else body


def topic_frame() -> pl.DataFrame:
    """dim_topic: one row per topic of the taxonomy."""
    rows = [(t["id"], t["name"], t["name_en"], t["description"]) for t in taxonomy()]
    return pl.DataFrame(rows, schema=TOPIC_SCHEMA, orient="row")


def cue_weights(text: str) -> tuple[dict[str, float], dict[str, int]]:
    """Summed cue weight and number of cue occurrences per topic."""
    pattern, index = cue_index()
    weights: dict[str, float] = defaultdict(float)
    hits: dict[str, int] = defaultdict(int)
    # A Python step per distinct cue, not per match. The sums are exactly those of adding match by
    # match: the taxonomy's weights are multiples of 0.5, which binary floats add without rounding.
    for cue, n in Counter(pattern.findall(text)).items():
        for topic_id, weight in index[cue]:
            weights[topic_id] += weight * n
            hits[topic_id] += n
    return weights, hits


def score_topics(text: str) -> list[tuple[str, float]]:
    """(topic_id, score) for topics at or above THRESHOLD with MIN_HITS cues, highest score first."""
    weights, hits = cue_weights(text)
    length = max(len(text), MIN_CHARS)
    scores = {t: 1 - math.exp(-w * 1000 / length / SCALE) for t, w in weights.items()}
    kept = [(t, round(s, 4)) for t, s in scores.items() if s >= THRESHOLD and hits[t] >= MIN_HITS]
    return sorted(kept, key=lambda ts: (-ts[1], ts[0]))
