"""The page simulator: deterministic by seed, a label for every line, and gold that the page really
holds (each body snippet printed once, each headline's characters on its title lines, each author's
name on the page). Reads ../shared/reports; skips where it is absent."""

from __future__ import annotations

import random
import re

import pytest

from evaluation import reports, simulate

pytestmark = pytest.mark.skipif(
    not reports.available(),
    reason=f"the shared reports are not at {reports.REPORTS} (they live beside the repo)",
)


def _norm(text: str) -> str:
    return re.sub(r"[\s“”「」\"'‘’：:，,·、。()（）—\-]+", "", text)


@pytest.fixture(scope="module")
def pages() -> list[simulate.SimPage]:
    return simulate.pages("dev", 2 * len(simulate.FAMILIES), seed=7)


def test_the_same_seed_gives_the_same_page() -> None:
    pool = reports.load("dev")
    a, b = simulate.simulate(pool, 11), simulate.simulate(pool, 11)
    assert (a.raw, a.labels, a.gold) == (b.raw, b.labels, b.gold)
    assert simulate.simulate(pool, 12).raw != a.raw


def test_every_family_is_laid_out_with_a_label_per_line(pages) -> None:
    assert {p.family for p in pages} == set(simulate.FAMILIES)
    for p in pages:
        assert len(p.text.split("\n")) == len(p.labels)
        assert set(p.labels) <= set(simulate.LABELS)
        assert "title" in p.labels and "body" in p.labels


def test_the_gold_is_what_the_page_prints(pages) -> None:
    for p in pages:
        page = _norm(p.text)
        lines = p.text.split("\n")
        heads = _norm("".join(line for line, label in zip(lines, p.labels, strict=True) if label == "title"))
        for article in p.gold["articles"]:
            assert page.count(_norm(article["body_contains"])) == 1, (p.name, article["body_contains"])
            assert set(_norm(article["title"])) <= set(heads.replace("#", "")), (p.name, article["title"])
            for name in article["authors"]:
                assert name in page, (p.name, name)


def test_the_bytes_decode_to_the_text(pages) -> None:
    encodings = ("utf-8", "utf-16", "gb18030", "big5")
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


def test_a_block_cut_into_a_sentence_keeps_the_text_and_the_widths() -> None:
    page = simulate._Page(simulate._params("narrow_dense_block", random.Random(1)), random.Random(1))
    lines = [
        ("甲乙丙丁戊己庚辛", "body"),
        ("", "blank"),
        ("壬癸子丑寅卯辰巳", "body"),
        ("午未申酉。", "body"),
    ]
    page.lines = list(lines)
    at = simulate._cut_before(page, 1, random.Random(3))
    texts = [t for t, _ in page.lines]
    assert "".join(texts) == "".join(t for t, _ in lines)  # not a character lost or added
    assert len(texts[0]) < 8 and at == 1  # the line over the block stops short
    assert len(texts[2]) == 8  # the line under it keeps its width; the paragraph's last takes the rest
