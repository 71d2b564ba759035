"""The third blind page generator (evaluation.simulate_blind3): the same seed gives the same pages and
another seed others, every family lays out pages, each gold body snippet is printed once on the page
and inside exactly one story's body as laid out, every gold headline's characters and every author
are on the page, pages decode in their encodings, and the gold round-trips: a perfect segmenter (the
generator's own line owners) publishing the gold's facts scores full marks. Reads ../shared/reports;
skips where it is absent."""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import pytest

from evaluation import reports
from evaluation import simulate_blind3 as blind3
from tests.evaluation.perfect import SCORER, create_tables, publish_facts, scored_total

pytestmark = pytest.mark.skipif(
    not reports.available(),
    reason=f"the shared reports are not at {reports.REPORTS} (they live beside the repo)",
)


@pytest.fixture(scope="module")
def pages() -> list[blind3.Page]:
    return blind3.pages("dev", 8 * len(blind3.FAMILIES), seed=77)


def test_the_same_seed_gives_the_same_pages_and_another_seed_others(pages) -> None:
    again = blind3.pages("dev", len(pages), seed=77)
    assert [(p.name, p.text, p.gold, p.encoding) for p in pages] == [
        (p.name, p.text, p.gold, p.encoding) for p in again
    ]
    other = blind3.pages("dev", len(pages), seed=78)
    assert [p.text for p in other] != [p.text for p in pages]


def test_every_family_lays_out_pages_with_gold_articles(pages) -> None:
    assert {p.family for p in pages} == set(blind3.FAMILIES)
    for family in blind3.FAMILIES:
        assert sum(len(p.gold["articles"]) for p in pages if p.family == family) >= 10, family


def test_a_family_can_be_asked_for_alone() -> None:
    only = blind3.pages("dev", 3, seed=5, families=("md_cut",))
    assert {p.family for p in only} == {"md_cut"}


def test_each_body_snippet_is_printed_once_inside_one_story(pages) -> None:
    for page in pages:
        bodies = {s.title: blind3.norm("".join(s.printed_body)) for s in page.stories}
        page_text = blind3.norm(page.text)
        for article in page.gold["articles"]:
            snippet = article["body_contains"]
            assert snippet == blind3.norm(snippet) and len(snippet) >= 10  # the scorer's norm keeps it
            assert [t for t, body in bodies.items() if snippet in body] == [article["title"]], (
                page.name,
                snippet,
            )
            assert page_text.count(snippet) == 1, (page.name, snippet)


def test_headlines_authors_and_teasers_are_on_the_page(pages) -> None:
    for page in pages:
        flat = blind3.norm(page.text)
        for article in page.gold["articles"]:
            # a doubled, spaced or wrapped headline still prints every character of it
            assert set(blind3.norm(article["title"])) <= set(flat), (page.name, article["title"])
            for name in article["authors"]:  # a name may be spaced out
                assert blind3.norm(name) in flat, (page.name, name)
            assert all(m["unit"] for m in article["metrics"])
        for orphan in page.gold["orphan_titles"]:
            assert set(blind3.norm(orphan)) <= set(flat)
            assert orphan not in [a["title"] for a in page.gold["articles"]]


def test_pages_decode_in_their_encodings(pages, tmp_path) -> None:
    blind3.write(tmp_path, pages)
    assert {p.encoding for p in pages} - {"utf-8"}, "some page should use another encoding"
    for page in pages:
        data = (tmp_path / "pages" / page.name).read_bytes()
        assert data.decode(page.encoding) == page.text
        assert (tmp_path / "gold" / page.family / page.name.replace(".txt", ".json")).is_file()


def test_a_perfect_segmenter_scores_full_marks(pages, tmp_path: Path) -> None:
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is not at {SCORER}")
    blind3.write(tmp_path, pages)
    warehouse = tmp_path / "perfect.duckdb"
    _perfect_warehouse(pages, warehouse)
    total = scored_total(warehouse, tmp_path / "gold" / "all")
    assert "titles F1 1.00 attach 100% region 100% authors 100% metrics R 100% qualifier 100%" in total, total
    assert "metrics P 100%" in total, total


def test_wrap_breaks_mid_number_and_keeps_closing_marks_on_their_line() -> None:
    lines = blind3.wrap("共有住宅楼18栋，安置群众1272户。", 6, random.Random(1), jitter=0.0)
    assert "".join(lines) == "共有住宅楼18栋，安置群众1272户。"
    assert not any(line.startswith(("，", "。")) for line in lines)
    assert lines[0] == "共有住宅楼18" and lines[1].startswith("栋")  # digits take half a cell


def test_doubled_glyphs_print_each_run_and_mark_twice() -> None:
    out = blind3.doubled("小区：治理 新篇", random.Random(3))
    assert out.count("：") == 2 and out.count(" ") == 1
    assert len(blind3.norm(out)) == 2 * len(blind3.norm("小区：治理 新篇"))


def _perfect_warehouse(pages: list[blind3.Page], path: Path) -> None:
    """The contract tables the scorer reads, holding what a perfect segmenter would cut from each page:
    every gold article's body lines by the generator's owners, its gold headline and facts."""
    con = duckdb.connect(str(path))
    create_tables(con)
    for p in pages:
        con.execute("insert into dim_file values (?, ?, ?)", [p.name, p.name, "/pages/" + p.name])
        titled = {s.title: i for i, s in enumerate(p.stories)}
        for seq, gold in enumerate(p.gold["articles"]):
            aid = f"{p.name}#{seq}"
            body = blind3.owned_body(p.lines, titled[gold["title"]])
            con.execute(
                "insert into dim_article values (?, ?, ?, ?, ?, ?, ?, ?)",
                [aid, p.name, seq, gold["title"], None, None, body, aid],
            )
            publish_facts(con, aid, gold)
    con.close()
