"""The second blind page generator (evaluation.simulate_blind2): the same seed gives the same pages,
every family lays out pages, each gold body snippet is printed inside exactly one gold article's body
as laid out (and once on the page), every gold headline's characters are on the page, and each page's
bytes decode in its encoding. Reads ../shared/reports; skips where it is absent."""

from __future__ import annotations

import pytest

from evaluation import reports
from evaluation import simulate_blind2 as blind2

pytestmark = pytest.mark.skipif(
    not reports.available(),
    reason=f"the shared reports are not at {reports.REPORTS} (they live beside the repo)",
)


@pytest.fixture(scope="module")
def pages() -> list[blind2.Page]:
    return blind2.pages("dev", 10 * len(blind2.FAMILIES), seed=77)


def test_the_same_seed_gives_the_same_pages(pages) -> None:
    again = blind2.pages("dev", len(pages), seed=77)
    assert [(p.name, p.text, p.gold, p.encoding) for p in pages] == [
        (p.name, p.text, p.gold, p.encoding) for p in again
    ]
    other = blind2.pages("dev", len(pages), seed=78)
    assert [p.text for p in other] != [p.text for p in pages]


def test_every_family_lays_out_pages_with_gold_articles(pages) -> None:
    assert {p.family for p in pages} == set(blind2.FAMILIES)
    for family in blind2.FAMILIES:
        assert sum(len(p.gold["articles"]) for p in pages if p.family == family) >= 10


def test_a_family_can_be_asked_for_alone() -> None:
    only = blind2.pages("dev", 3, seed=5, families=("markdown",))
    assert {p.family for p in only} == {"markdown"}


def test_each_body_snippet_lies_in_exactly_one_gold_article_as_laid_out(pages) -> None:
    for page in pages:
        bodies = {s.title: blind2.norm("".join(s.printed_body)) for s in page.stories}
        page_text = blind2.norm(page.text)
        for article in page.gold["articles"]:
            snippet = blind2.norm(article["body_contains"])
            assert len(snippet) >= 10
            holders = [t for t, body in bodies.items() if snippet in body]
            assert holders == [article["title"]], (page.name, snippet)
            assert page_text.count(snippet) == 1, (page.name, snippet)


def test_headlines_authors_and_figures_are_on_the_page(pages) -> None:
    for page in pages:
        flat = blind2.norm(page.text)
        for article in page.gold["articles"]:
            # a doubled or wrapped headline still prints every character of it
            assert set(blind2.norm(article["title"])) <= set(flat), (page.name, article["title"])
            for name in article["authors"]:  # a name may be spaced out or wrapped over two lines
                assert blind2.norm(name) in flat, (page.name, name)
            assert all(m["unit"] for m in article["metrics"])
        for orphan in page.gold["orphan_titles"]:
            assert set(blind2.norm(orphan)) <= set(flat)
            assert orphan not in [a["title"] for a in page.gold["articles"]]


def test_pages_decode_in_their_encodings(pages, tmp_path) -> None:
    blind2.write(tmp_path, pages)
    assert {p.encoding for p in pages} - {"utf-8"}, "some page should use another encoding"
    for page in pages:
        data = (tmp_path / "pages" / page.name).read_bytes()
        assert data.decode(page.encoding) == page.text
        assert (tmp_path / "gold" / page.family / page.name.replace(".txt", ".json")).is_file()


def test_wrap_breaks_mid_word_and_keeps_every_character() -> None:
    import random

    lines = blind2.wrap("共有商住房18栋，计划安置群众1272户。", 6, random.Random(1), kinsoku=True)
    assert "".join(lines) == "共有商住房18栋，计划安置群众1272户。"
    assert all(not line.startswith(("，", "。")) for line in lines)
    # digits take half a cell: the number ends one line and its unit opens the next
    assert lines[0] == "共有商住房18" and lines[1].startswith("栋")


def test_doubled_glyphs_print_each_run_twice() -> None:
    import random

    out = blind2.doubled("小区：治理", random.Random(3))
    assert out.count("：") == 2 and len(out) == 2 * len("小区：治理")
