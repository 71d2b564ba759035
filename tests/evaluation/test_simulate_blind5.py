"""The fifth blind page generator (evaluation.simulate_blind5): the same seed gives the same pages and
another seed others, every family lays out pages, each gold body snippet is printed once on the page and
inside one story's body, and the gold round-trips: a perfect segmenter (the generator's own line owners)
publishing the gold's facts scores full marks. Reads ../shared/reports; skips where it is absent."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from evaluation import reports
from evaluation import simulate_blind5 as blind5
from tests.evaluation import blind_checks as checks
from tests.evaluation.perfect import SCORER, create_tables, publish_facts, scored_total

pytestmark = pytest.mark.skipif(
    not reports.available(),
    reason=f"the shared reports are not at {reports.REPORTS} (they live beside the repo)",
)


@pytest.fixture(scope="module")
def pages() -> list[blind5.Page]:
    return blind5.pages("dev", 6 * len(blind5.FAMILIES), seed=41)


def test_the_same_seed_gives_the_same_pages_and_another_seed_others(pages) -> None:
    checks.same_seed_same_pages(blind5, pages)


def test_every_family_lays_out_pages_with_gold_articles(pages) -> None:
    checks.every_family_has_gold(blind5, pages)


def test_pages_come_from_the_split_asked_for() -> None:
    checks.from_the_split(blind5)


def test_each_body_snippet_is_printed_once_inside_one_story(pages) -> None:
    checks.snippets_once_inside_one_story(blind5, pages)


def test_headlines_and_authors_are_on_the_page(pages) -> None:
    checks.headlines_and_authors_printed(blind5, pages)


def test_pages_decode_in_their_encodings_and_write_their_gold(pages, tmp_path) -> None:
    checks.written_in_their_encodings(blind5, pages, tmp_path)


def test_the_layout_effects_show_up() -> None:
    many = blind5.pages("dev", 40, seed=7)
    text = "".join(p.text for p in many)
    assert "\r\n" in text  # CRLF pages
    assert "：：" in text or "““" in text  # fake-bold headlines
    assert "（下转" in text and "（上接" in text  # jump marks
    assert "■记者" in text and "□ " in text and "# " in text
    assert any(p.gold["orphan_titles"] for p in many)  # teasers
    assert any(not s.in_gold for p in many for s in p.stories)  # a continuation without its headline
    assert blind5.doubled("小区：治理 新篇") == "小区小区：：治理治理 新篇新篇"
    assert blind5.wrap("共有住宅楼18栋，安置群众1272户。", 6)[1].startswith("栋")
    assert blind5.wrap("居民共计1272户", 5) == ["居民共计1272", "户"]  # a figure is not cut
    assert blind5.DISPATCH.match("本报讯（记者 甲乙）") and blind5.DISPATCH.match("某市3月2日电（丙丁）")
    assert not blind5.DISPATCH.match("记者 甲乙 通讯员 丙丁")  # a plain byline, not a dispatch


def test_a_headline_wrapped_anywhere_keeps_its_quotes_with_their_words(pages) -> None:
    heads = [t for p in pages for t, _, kind in p.lines if kind == "head"]
    assert heads and not [t for t in heads if t[0] in blind5.CLOSING or t[-1] in blind5.OPENING]
    assert blind5.settled("小区“红色”物业", 3) == 4 and blind5.settled("小区“红色”物业", 5) == 6


def test_headlines_are_placed_both_before_and_after_their_bodies_on_one_page() -> None:
    """mixed_trail lets each story pick: some page holds a headline above its body and another below."""

    def places(p: blind5.Page) -> set[str]:
        out = set()
        for i in range(len(p.stories)):
            kinds = [kd for _, o, kd in p.lines if o == i and kd in ("head", "body")]
            if kinds:
                out.add("before" if kinds[0] == "head" else "after")
        return out

    trail = blind5.pages("dev", 30, seed=11, families=("mixed_trail",))
    assert any(places(p) == {"before", "after"} for p in trail)


def test_a_perfect_segmenter_scores_full_marks(pages, tmp_path: Path) -> None:
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is not at {SCORER}")
    blind5.write(tmp_path, pages)
    warehouse = tmp_path / "perfect.duckdb"
    con = duckdb.connect(str(warehouse))
    create_tables(con)
    for p in pages:
        con.execute("insert into dim_file values (?, ?, ?)", [p.name, p.name, "/pages/" + p.name])
        index = {s.title: i for i, s in enumerate(p.stories)}
        for seq, gold in enumerate(p.gold["articles"]):
            aid = f"{p.name}#{seq}"
            body = blind5.owned_body(p.lines, index[gold["title"]])
            con.execute(
                "insert into dim_article values (?, ?, ?, ?, ?, ?, ?, ?)",
                [aid, p.name, seq, gold["title"], None, None, body, aid],
            )
            publish_facts(con, aid, gold)
    con.close()
    total = scored_total(warehouse, tmp_path / "gold" / "all")
    assert "titles F1 1.00 attach 100% region 100% authors 100% metrics R 100% qualifier 100%" in total, total
