"""benchmarks/split_speed.py's fingerprints: any field of any article, or a page's warnings,
changes a page's fingerprint; the comparison names the pages that changed or went missing. All
text here is written for these tests."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from transforms.articles import Article
from transforms.bylines import Author

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from split_speed import compare, fingerprint  # noqa: E402


def _article() -> Article:
    return Article(
        kind="article",
        title="河西区推进老旧小区改造",
        subtitle=None,
        kicker=None,
        byline="记者 王明",
        dateline=None,
        body="河西区今年推进老旧小区改造。",
        offsets=range(20, 34),
        authors=[Author("王明", "记者")],
        confidence=0.75,
    )


def test_every_field_counts_in_a_fingerprint() -> None:
    a = _article()
    base = fingerprint([a], [])
    assert fingerprint([_article()], []) == base
    changed = [
        dataclasses.replace(a, offsets=[*range(20, 33), 40]),
        dataclasses.replace(a, confidence=0.7500000001),
        dataclasses.replace(a, authors=[Author("王明", "作者")]),
        dataclasses.replace(a, lead_in=1),
        dataclasses.replace(a, subtitle=""),
    ]
    assert all(fingerprint([c], []) != base for c in changed)
    assert fingerprint([a], ["一个警告"]) != base
    assert fingerprint([a, a], []) != base


def test_an_offsets_range_and_its_list_fingerprint_alike() -> None:
    a = _article()
    assert fingerprint([a], []) == fingerprint([dataclasses.replace(a, offsets=list(a.offsets))], [])


def test_compare_names_changed_and_missing_pages() -> None:
    saved = {"a": "1", "b": "2", "c": "3"}
    assert compare(saved, dict(saved)) == []
    assert compare(saved, {"a": "1", "b": "9", "d": "4"}) == ["b", "c", "d"]
