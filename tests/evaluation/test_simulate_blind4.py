"""The fourth blind page generator (evaluation.simulate_blind4): the same seed gives the same pages and
another seed others, every family lays out pages, each gold body snippet is printed once on the page and
inside one story's body, and the gold round-trips: a perfect segmenter (the generator's own line owners)
publishing the gold's facts scores full marks. Reads ../shared/reports; skips where it is absent."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from evaluation import reports
from evaluation import simulate_blind4 as blind4
from tests.evaluation import blind_checks as checks
from tests.evaluation.perfect import SCORER, create_tables, publish_facts, scored_total

pytestmark = pytest.mark.skipif(
    not reports.available(),
    reason=f"the shared reports are not at {reports.REPORTS} (they live beside the repo)",
)


@pytest.fixture(scope="module")
def pages() -> list[blind4.Page]:
    return blind4.pages("dev", 6 * len(blind4.FAMILIES), seed=41)


def test_the_same_seed_gives_the_same_pages_and_another_seed_others(pages) -> None:
    checks.same_seed_same_pages(blind4, pages)


def test_every_family_lays_out_pages_with_gold_articles(pages) -> None:
    checks.every_family_has_gold(blind4, pages)


def test_pages_come_from_the_split_asked_for() -> None:
    checks.from_the_split(blind4)


def test_each_body_snippet_is_printed_once_inside_one_story(pages) -> None:
    checks.snippets_once_inside_one_story(blind4, pages)


def test_headlines_and_authors_are_on_the_page(pages) -> None:
    checks.headlines_and_authors_printed(blind4, pages)


def test_pages_decode_in_their_encodings_and_write_their_gold(pages, tmp_path) -> None:
    checks.written_in_their_encodings(blind4, pages, tmp_path)


def test_extraction_effects_show_up() -> None:
    many = blind4.pages("dev", 40, seed=7)
    text = "".join(p.text for p in many)
    assert "\r\n" in text  # CRLF pages
    assert any(blind4.doubled("标题：新") in p.text or "：：" in p.text for p in many)  # fake-bold headlines
    assert "（下转" in text or "(下转" in text  # jump marks
    assert any(p.gold["orphan_titles"] for p in many)  # teasers
    assert blind4.doubled("小区：治理 新篇") == "小区小区：：治理治理 新篇新篇"
    assert blind4.wrap("共有住宅楼18栋，安置群众1272户。", 6)[1].startswith("栋")


def test_a_perfect_segmenter_scores_full_marks(pages, tmp_path: Path) -> None:
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is not at {SCORER}")
    blind4.write(tmp_path, pages)
    warehouse = tmp_path / "perfect.duckdb"
    con = duckdb.connect(str(warehouse))
    create_tables(con)
    for p in pages:
        con.execute("insert into dim_file values (?, ?, ?)", [p.name, p.name, "/pages/" + p.name])
        index = {s.title: i for i, s in enumerate(p.stories)}
        for seq, gold in enumerate(p.gold["articles"]):
            aid = f"{p.name}#{seq}"
            body = blind4.owned_body(p.lines, index[gold["title"]])
            con.execute(
                "insert into dim_article values (?, ?, ?, ?, ?, ?, ?, ?)",
                [aid, p.name, seq, gold["title"], None, None, body, aid],
            )
            publish_facts(con, aid, gold)
    con.close()
    total = scored_total(warehouse, tmp_path / "gold" / "all")
    assert "titles F1 1.00 attach 100% region 100% authors 100% metrics R 100% qualifier 100%" in total, total


def test_a_headline_over_several_narrow_columns_wrapped_once_is_one_headline() -> None:
    """A headline set wider than the page's 11-character columns and wrapped once at its own measure
    is one headline's run (`transforms.articles._over_columns`), though its first line is no column wide."""
    from transforms import articles, line_features

    def column(text: str) -> list[str]:
        return blind4.wrap(text, 11)

    above = column(
        "本报讯 近日，临河县东湾镇组织网格员开展入户走访，收集群众意见建议一百余条，逐条建立台账并限期办结。"
    )
    below = column(
        "加装电梯，是北岭街道老旧小区居民最盼的事。楼栋议事会让居民围坐一起商量加装电梯、整治停车等难题。"
    )
    text = "\n".join([*above, "", "北岭街道“楼栋议事会”让老旧小区", "加装电梯不再难", "", *below]) + "\n"
    _, lines = articles.printed_lines(text)
    width = line_features.column_width([x.text for x in lines])
    k = next(i for i, x in enumerate(lines) if x.text.startswith("北岭街道"))
    assert width == 11
    assert articles._headline_run(lines, k, width) == [k, k + 1]
    assert not articles._over_columns(lines[k].text, [k, k + 1], 30)  # a wide page's line says nothing
