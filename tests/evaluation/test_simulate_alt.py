"""The second page simulator (evaluation.simulate_alt): deterministic by seed, a label for every line,
gold that the page really prints (each body snippet once, each headline's characters on its title lines,
each author's name and each metric's figure on the page), bytes that decode to the text. Reads
../shared/reports; skips where it is absent."""

from __future__ import annotations

import re

import pytest

from evaluation import reports
from evaluation import simulate_alt as alt

pytestmark = pytest.mark.skipif(
    not reports.available(),
    reason=f"the shared reports are not at {reports.REPORTS} (they live beside the repo)",
)


def _norm(text: str) -> str:
    return re.sub(r"[\s“”「」\"'‘’：:，,·、。()（）—\-]+", "", text)


@pytest.fixture(scope="module")
def pages() -> list[alt.SimPage]:
    return alt.pages("dev", 3 * len(alt.FAMILIES), seed=21)


def test_the_same_seed_gives_the_same_page() -> None:
    pool = [r for r in reports.load("dev") if r["title"]]
    a, b = alt.simulate(pool, 5), alt.simulate(pool, 5)
    assert (a.raw, a.labels, a.gold) == (b.raw, b.labels, b.gold)
    assert alt.simulate(pool, 6).raw != a.raw


def test_every_family_is_laid_out_with_a_label_per_line(pages) -> None:
    assert {p.family for p in pages} == set(alt.FAMILIES)
    for p in pages:
        lines = p.text.split("\n")
        assert len(lines) == len(p.labels)
        assert set(p.labels) <= set(alt.LABELS)
        assert "title" in p.labels
        assert {"body", "caption"} & set(p.labels)
        assert all(
            (label == "blank") == (not line.strip()) for line, label in zip(lines, p.labels, strict=True)
        )


def test_the_gold_is_what_the_page_prints(pages) -> None:
    for p in pages:
        page = _norm(p.text)
        lines = p.text.split("\n")
        heads = _norm("".join(line for line, label in zip(lines, p.labels, strict=True) if label == "title"))
        assert p.gold["file"] == p.name and p.gold["articles"], p.name
        for article in p.gold["articles"]:
            assert page.count(_norm(article["body_contains"])) == 1, (p.name, article["body_contains"])
            assert set(_norm(article["title"])) <= set(heads.replace("#", "")), (p.name, article["title"])
            assert article["complete"] is True
            for name in article["authors"]:
                assert name in page, (p.name, name)
            for metric in article["metrics"]:
                assert "value" in metric and "unit" in metric and "qualifier" in metric
        for title in p.gold["orphan_titles"]:
            assert _norm(title) in heads


def test_doubled_headlines_split_runs_at_punctuation() -> None:
    import random

    text = alt.doubled("某某县：数字赋能“小网格”", random.Random(0))
    assert "：：" in text and "““" in text and "””" in text
    assert text.replace("：：", "：").replace("““", "“").replace("””", "”") != text
    assert set(text) == set("某某县：数字赋能“小网格”")


def test_wrapping_counts_digits_half_wide() -> None:
    assert alt.wrap("一二三四五六七八九十", 5) == ["一二三四五", "六七八九十"]
    assert alt.wrap("共1435户住户", 5) == ["共1435户住", "户"]
    assert alt.wrap("一二三四五，六七", 5) == ["一二三四五，", "六七"]


def test_the_bytes_decode_to_the_text(pages) -> None:
    encodings = ("utf-8", "utf-16", "gb18030")
    for p in pages:
        decoded = [
            p.raw.decode(e).lstrip("\ufeff").replace("\r\n", "\n") for e in encodings if _decodes(p.raw, e)
        ]
        assert p.text in decoded, p.name


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
