"""The blind page simulator (evaluation.simulate_blind), written from the sample pages alone: its gold
round-trips (each body snippet is printed once on the page and inside its own story's printed body
only, every headline character, author name, figure and initiative is on the page), every family is
laid out, and the same seed gives the same pages. Reads ../shared/reports; skips where it is absent."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from evaluation import reports
from evaluation import simulate_blind as blind

pytestmark = pytest.mark.skipif(
    not reports.available(),
    reason=f"the shared reports are not at {reports.REPORTS} (they live beside the repo)",
)


@pytest.fixture(scope="module")
def pages() -> list[blind.Page]:
    return blind.pages("dev", 8 * len(blind.FAMILIES), seed=41)


def test_the_same_seed_gives_the_same_pages(pages) -> None:
    again = blind.pages("dev", len(pages), seed=41)
    assert [(p.name, p.text, p.gold) for p in pages] == [(p.name, p.text, p.gold) for p in again]
    other = blind.pages("dev", len(pages), seed=42)
    assert [p.text for p in other] != [p.text for p in pages]


def test_every_family_is_laid_out_and_only_titled_reports(pages) -> None:
    assert {p.family for p in pages} == set(blind.FAMILIES)
    assert all(p.gold["articles"] and all(a["title"] for a in p.gold["articles"]) for p in pages)


def test_every_body_snippet_is_on_the_page_once_and_in_its_own_story_only(pages) -> None:
    for p in pages:
        page = blind.norm(p.text)
        bodies = {s.title: blind.norm("".join(s.paragraphs)) for s in p.stories}
        for article in p.gold["articles"]:
            snippet = blind.norm(article["body_contains"])
            assert len(snippet) >= 8 and page.count(snippet) == 1, (p.name, article["body_contains"])
            holders = [title for title, body in bodies.items() if snippet in body]
            assert holders == [article["title"]], (p.name, article["title"], holders)


def test_what_the_gold_names_is_printed(pages) -> None:
    """Headline characters (doubled or wrapped, in order or not), author names, figures as printed
    and initiative names are all on the page."""
    for p in pages:
        page = blind.norm(p.text)
        for article in p.gold["articles"]:
            assert set(blind.norm(article["title"])) <= set(page), (p.name, article["title"])
            assert all(blind.norm(name) in page for name in article["authors"]), (p.name, article["authors"])
            assert all(blind.norm(name) in page for name in article["initiatives"]), p.name
        assert all(year in p.text for year in p.gold["not_metrics"]), p.name


def test_metrics_are_only_those_whose_text_survives() -> None:
    report = {
        "title": "某县办成一件事",
        "subtitle": None,
        "byline": None,
        "authors": [],
        "body": "全县建成驿站12个，服务群众3000余人次。",
        "province": "某省",
        "city": None,
        "county": None,
        "metrics": [
            {"value": 12, "unit": "个", "qualifier": None, "text": "12个", "subject": "驿站"},
            {"value": 50, "unit": "户", "qualifier": None, "text": "50户", "subject": None},
            {"value": 4, "unit": "个", "qualifier": None, "text": "四个", "subject": None},
        ],
    }
    story = blind.story_of(report, random.Random(1), wide=True)
    assert blind.surviving_metrics(story) == [
        {"value": 12, "unit": "个", "qualifier": None, "subject": "驿站"}
    ]


def test_doubled_headlines_print_every_run_twice() -> None:
    title = "某某县：数字赋能“小网格” 激活治理新动力"
    text = blind.doubled(title, random.Random(3))
    assert "：：" in text and "““" in text and text != title
    assert sorted(text.replace(" ", "")) == sorted(2 * title.replace(" ", ""))


def test_the_headline_block_sets_two_headlines_side_by_side() -> None:
    stories = [
        blind.Story({}, f"某地{i}：办成第{i}件事", None, None, [], ["正文"], False, None) for i in range(1, 5)
    ]
    side_by_side = 0
    for seed in range(30):
        block = blind.headline_block(stories, random.Random(seed))
        side_by_side += any(line.count("：") and " " in line for line in block)
    assert side_by_side > 0


def test_write_puts_each_gold_beside_its_family(pages, tmp_path: Path) -> None:
    blind.write(tmp_path, pages[:3])
    for p in pages[:3]:
        gold = json.loads((tmp_path / "gold" / p.family / p.name.replace(".txt", ".json")).read_text())
        assert gold["file"] == p.name and (tmp_path / "pages" / p.name).read_text(encoding="utf-8") == p.text
        assert (tmp_path / "gold" / "all" / p.name.replace(".txt", ".json")).is_file()
