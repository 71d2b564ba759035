"""The eighth blind page generator (evaluation.simulate_blind8): deterministic by seed, every family
lays out pages with gold, each body snippet is printed once inside one story, the layout effects it
claims show up, its helpers do what they say on text written here, and the gold round-trips: a
perfect segmenter (the generator's own line owners) publishing the gold's facts scores full marks.
Page tests read ../shared/reports and skip where it is absent; the helper tests need nothing."""

from __future__ import annotations

import random
import re
from pathlib import Path

import duckdb
import pytest

from evaluation import reports
from evaluation import simulate_blind8 as blind8
from tests.evaluation import blind_checks as checks
from tests.evaluation.perfect import SCORER, create_tables, publish_facts, scored_total

needs_reports = pytest.mark.skipif(
    not reports.available(),
    reason=f"the shared reports are not at {reports.REPORTS} (they live beside the repo)",
)


@pytest.fixture(scope="module")
def pages() -> list[blind8.Page]:
    return blind8.pages("dev", 8 * len(blind8.FAMILIES), seed=41)


def test_a_fake_bold_headline_draws_each_run_and_mark_twice() -> None:
    assert blind8.doubled("河湾村：小院议事") == "河湾村河湾村：：小院议事小院议事"


def test_a_spaced_line_keeps_closing_marks_on_their_glyph() -> None:
    assert blind8.spaced("打通末梢，") == "打 通 末 梢，"


def test_ascii_marks_turn_full_width_but_figures_keep_theirs() -> None:
    assert blind8.full_width("共1,200户,时间11:30;好(多)!") == "共1,200户，时间11:30；好（多）！"


def test_wrap_hangs_closing_marks_and_counts_ascii_as_half() -> None:
    lines = blind8.wrap("村里的议事会开了三次，问题都解决了。", 5)
    assert "".join(lines) == "村里的议事会开了三次，问题都解决了。"
    assert not any(x[0] in "，。" for x in lines)
    assert blind8.wrap("共1200户人", 4) == ["共1200户", "人"]
    assert blind8.wrap("一段不折的长话", 0) == ["一段不折的长话"]


def test_a_site_title_splits_into_column_name_and_headline() -> None:
    assert blind8.split_title("乡村观察|东坡村的小院议事") == ("乡村观察", "东坡村的小院议事")
    assert blind8.split_title("【走基层】东坡村的小院议事") == ("走基层", "东坡村的小院议事")
    assert blind8.split_title("东坡村的小院议事") == (None, "东坡村的小院议事")


def test_every_byline_form_prints_the_names_it_credits() -> None:
    report = {
        "title": "东坡社区的小院议事",
        "body": "正文第一段。\n正文第二段。",
        "authors": ["苏雨晴", "马远"],
    }
    report["byline"] = "记者 苏雨晴 马远"
    forms = ("paren", "media", "square", "black", "dateline", "dateline_after", "reported", "wen", "zuozhe")
    seen = set()
    for form in (*forms, "dot", "own"):
        for seed in range(4):
            s = blind8.story_of(report, random.Random(3), 0.0, 0.0)
            c = blind8.credit(s, random.Random(seed), (form,))
            printed = blind8.norm(" ".join([*c.before, c.lead, *c.after, c.tail]))
            assert s.named == ["苏雨晴", "马远"]
            assert all(n in printed for n in s.named), (form, printed)
            seen |= {
                k
                for k, v in (("before", c.before), ("lead", c.lead), ("after", c.after), ("tail", c.tail))
                if v
            }
    assert seen == {"before", "lead", "after", "tail"}


@needs_reports
def test_the_same_seed_gives_the_same_pages_and_another_seed_others(pages) -> None:
    checks.same_seed_same_pages(blind8, pages)


@needs_reports
def test_every_family_lays_out_pages_with_gold_articles(pages) -> None:
    checks.every_family_has_gold(blind8, pages)


@needs_reports
def test_pages_come_from_the_split_asked_for() -> None:
    checks.from_the_split(blind8)


@needs_reports
def test_each_body_snippet_is_printed_once_inside_one_story(pages) -> None:
    checks.snippets_once_inside_one_story(blind8, pages)


@needs_reports
def test_headlines_and_authors_are_on_the_page(pages) -> None:
    checks.headlines_and_authors_printed(blind8, pages)


@needs_reports
def test_pages_decode_in_their_encodings_and_write_their_gold(pages, tmp_path) -> None:
    checks.written_in_their_encodings(blind8, pages, tmp_path)


@needs_reports
def test_the_layout_effects_show_up(pages) -> None:
    text = "\n".join(p.text for p in pages)
    kinds = {kd for p in pages for _, _, kd in p.lines}
    assert {"title", "kicker", "subtitle", "byline", "body", "subhead", "repeat", "caption", "mark"} <= kinds
    assert {"orphan", "cont", "label", "fragment"} <= kinds
    assert re.search(r"^ ?■ ?记者", text, re.M) and re.search(r"^□", text, re.M)
    assert re.search(r"^# ", text, re.M) and re.search(r"^## ", text, re.M) and "——" in text and " 摄" in text
    assert "上接" in text and "下转" in text and "本报讯" in text and "文/" in text
    assert re.search(r"([\u4e00-\u9fff]{2,})\1：：", text)  # a doubled headline
    assert re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", text)  # spaced out
    assert re.search(r"^　　", text, re.M)  # full-width indents
    assert any("\r\n" in p.text for p in pages)
    assert {"gb18030", "utf-8", "utf-8-sig", "big5"} <= {p.encoding for p in pages}
    assert any(s.trad for p in pages for s in p.stories) and any(s.ascii for p in pages for s in p.stories)
    assert any(
        p.text.count("\n\n") > len(p.text.splitlines()) // 3 for p in pages
    )  # a blank after every line
    assert any("\n\n" not in p.text.replace("\r", "") for p in pages)  # no blank line at all
    assert any(p.gold["orphan_titles"] for p in pages)


@needs_reports
def test_headlines_are_placed_before_and_after_their_bodies(pages) -> None:
    places = set()
    for p in pages:
        for i in range(len(p.stories)):
            rows = [kd for _, o, kd in p.lines if o == i and kd in ("title", "body")]
            if "title" in rows and "body" in rows:
                places.add("before" if rows.index("title") < rows.index("body") else "after")
    assert places == {"before", "after"}


@needs_reports
def test_a_perfect_segmenter_scores_full_marks(pages, tmp_path: Path) -> None:
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is not at {SCORER}")
    blind8.write(tmp_path, pages)
    warehouse = tmp_path / "perfect.duckdb"
    con = duckdb.connect(str(warehouse))
    create_tables(con)
    for p in pages:
        con.execute("insert into dim_file values (?, ?, ?)", [p.name, p.name, "/pages/" + p.name])
        index = {s.title: i for i, s in enumerate(p.stories) if s.in_gold}
        for seq, gold in enumerate(p.gold["articles"]):
            aid = f"{p.name}#{seq}"
            body = blind8.owned_body(p.lines, index[gold["title"]])
            con.execute(
                "insert into dim_article values (?, ?, ?, ?, ?, ?, ?, ?)",
                [aid, p.name, seq, gold["title"], gold.get("subtitle"), None, body, aid],
            )
            publish_facts(con, aid, gold)
    con.close()
    total = scored_total(warehouse, tmp_path / "gold" / "all")
    assert "titles F1 1.00 attach 100% region 100% authors 100% metrics R 100% qualifier 100%" in total, total
