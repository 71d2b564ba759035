"""The third page simulator (evaluation.simulate_third): deterministic by seed, every family laid out,
bytes that decode to the text, and gold that round-trips: a perfect segmenter (the generator's own line
owners) publishing the gold's facts scores 1.00 / 100% with the shared scorer, so every headline,
body snippet and orphan is where the gold says. Reads ../shared/reports and the shared scorer; skips
where they are absent."""

from __future__ import annotations

import random
import re
from pathlib import Path

import duckdb
import pytest

from evaluation import reports
from evaluation import simulate_third as third
from tests.evaluation.perfect import SCORER, publish_facts, scored_total

pytestmark = pytest.mark.skipif(
    not reports.available(),
    reason=f"the shared reports are not at {reports.REPORTS} (they live beside the repo)",
)


@pytest.fixture(scope="module")
def pages() -> list[third.SimPage]:
    return third.pages("dev", 4 * len(third.FAMILIES), seed=33)


def test_the_same_seed_gives_the_same_page() -> None:
    pool = [r for r in reports.load("dev") if r["title"]]
    for family in third.FAMILIES:
        a, b = third.simulate(pool, 9, family), third.simulate(pool, 9, family)
        assert (a.raw, a.labels, a.gold) == (b.raw, b.labels, b.gold)
        assert third.simulate(pool, 10, family).raw != a.raw


def test_every_family_is_laid_out(pages) -> None:
    families = set(third.FAMILIES) if third.traditional_available() else set(third.FAMILIES) - {"traditional"}
    assert {p.family for p in pages} == families
    for p in pages:
        assert len(p.text.split("\n")) == len(p.lines)
        assert set(p.labels) <= set(third.ROLES)
        assert "title" in p.labels and "body" in p.labels
        assert all(
            (label == "blank") == (not line.strip())
            for line, label in zip(p.text.split("\n"), p.labels, strict=True)
        )


def test_the_bytes_decode_to_the_text(pages) -> None:
    from transforms.decoding import decode

    for p in pages:
        assert decode(p.raw).text == p.text.lstrip("\ufeff"), p.name


def test_the_gold_is_printed(pages) -> None:
    """Names, figures' units and initiative names are on the page, in the owning article's lines."""
    for p in pages:
        page = third.norm(p.text)
        for i, article in enumerate(p.gold["articles"]):
            body = third.norm(
                "".join(line.text for line in p.lines if line.owner == i and line.role == "body")
            )
            assert article["body_contains"] and article["body_contains"] in body, (p.name, i)
            assert all(third.norm(name) in page for name in article["authors"]), (p.name, article["authors"])
            assert all(third.norm(x) in body for x in article["initiatives"]), (
                p.name,
                article["initiatives"],
            )
            assert all(m["unit"] in body or m["unit"] == "%" for m in article["metrics"]), p.name


def test_a_perfect_segmenter_scores_full_marks(pages, tmp_path: Path) -> None:
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is not at {SCORER}")
    third.write(tmp_path, pages)
    warehouse = tmp_path / "perfect.duckdb"
    _perfect_warehouse(pages, warehouse)
    total = scored_total(warehouse, tmp_path / "gold" / "all")
    assert "titles F1 1.00 attach 100% region 100% authors 100% metrics R 100% qualifier 100%" in total, total
    assert "initiatives R 100% negatives-FP 0 orphan-attached 0" in total, total
    assert "metrics P 100%" in total, total


def test_doubled_headlines_print_every_run_twice() -> None:
    title = "某某县：数字赋能“小网格” 激活治理新动力"
    text = third.doubled(title, random.Random(3))
    assert "：：" in text and "““" in text and "””" in text
    assert set(text) == set(title) and len(text) == 2 * len(title) - title.count(" ")


def test_wrapping_and_figures_cut_from_units() -> None:
    assert third.wrap("一二三四五六七八九十", 5) == ["一二三四五", "六七八九十"]
    assert third.wrap("共1435户住户", 5) == ["共1435户住", "户"]
    assert third.wrap("一二三四五，六七", 5) == ["一二三四五，", "六七"]
    always = random.Random(0)
    assert third.split_units(["累计投入52.7亿", "元，较上年"], always, 1.0) == [
        "累计投入52.7",
        "亿元，较上年",
    ]


def test_headline_parts_split_kickers_and_join_colon_subtitles() -> None:
    assert third.headline_parts({"title": "栏目名 | 某地办成一件事", "subtitle": None}) == (
        "栏目名",
        "某地办成一件事",
        None,
    )
    assert third.headline_parts({"title": "某村“小超市”:", "subtitle": "兑出新风尚"})[1:] == (
        "某村“小超市”:兑出新风尚",
        None,
    )
    assert reports.chinese_count("三十六") == 36 and reports.chinese_count("两万") == 20000


def _perfect_warehouse(pages: list[third.SimPage], path: Path) -> None:
    """The contract tables the scorer reads, holding what a perfect segmenter would cut from each page
    (headlines, kickers, subtitles and bodies by the generator's line owners) and the gold's facts."""
    con = duckdb.connect(str(path))
    con.execute("create table dim_file (file_id varchar, file_name varchar, path varchar)")
    con.execute(
        "create table dim_article (article_id varchar, file_id varchar, seq int, title varchar,"
        " subtitle varchar, kicker varchar, body varchar, primary_region_id varchar)"
    )
    con.execute("create table dim_region (region_id varchar, province varchar, city varchar, county varchar)")
    con.execute("create table dim_author (author_id varchar, name varchar)")
    con.execute("create table bridge_article_author (article_id varchar, author_id varchar)")
    con.execute(
        "create table fact_metric (article_id varchar, value double, unit varchar, qualifier varchar,"
        " subject varchar, raw_text varchar)"
    )
    con.execute("create table dim_initiative (initiative_id varchar, name varchar)")
    con.execute("create table fact_article_initiative (article_id varchar, initiative_id varchar)")
    for p in pages:
        con.execute("insert into dim_file values (?, ?, ?)", [p.name, p.name, "/pages/" + p.name])
        for seq, (owner, article) in enumerate(_cut(p)):
            aid = f"{p.name}#{seq}"
            con.execute(
                "insert into dim_article values (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    aid,
                    p.name,
                    seq,
                    article["title"],
                    article["subtitle"],
                    article["kicker"],
                    article["body"],
                    aid,
                ],
            )
            if owner < 0:
                continue
            publish_facts(con, aid, p.gold["articles"][owner])
    con.close()


def _cut(p: third.SimPage) -> list[tuple[int, dict]]:
    """(owner, article) per owner in page order; -1 gathers the orphan headlines, one article each."""
    arts: dict[int, dict] = {}
    orphans = []
    for line in p.lines:
        for owner, clean in line.heads:
            if owner == -1:
                orphans.append((-1, {"title": clean, "subtitle": None, "kicker": None, "body": ""}))
            else:
                _article(arts, owner)["title"] += re.sub(r"^#+\s*", "", clean)
        if line.owner is not None and line.owner >= 0 and line.role in ("body", "kicker", "subtitle"):
            field = {"body": "body", "kicker": "kicker", "subtitle": "subtitle"}[line.role]
            _article(arts, line.owner)[field] += line.text + ("\n" if field == "body" else "")
    return sorted(arts.items()) + orphans


def _article(arts: dict[int, dict], owner: int) -> dict:
    return arts.setdefault(owner, {"title": "", "subtitle": "", "kicker": "", "body": ""})
