"""The checks every blind page generator passes (`evaluation.simulate_blind4`, `simulate_blind5`), the
generator module passed in: each generator's test file runs them on its own pages."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from evaluation import reports


def same_seed_same_pages(gen: ModuleType, pages: list) -> None:
    again = gen.pages("dev", len(pages), seed=41)
    assert [(p.name, p.text, p.gold, p.encoding) for p in pages] == [
        (p.name, p.text, p.gold, p.encoding) for p in again
    ]
    other = gen.pages("dev", len(pages), seed=42)
    assert [p.text for p in other] != [p.text for p in pages]


def every_family_has_gold(gen: ModuleType, pages: list) -> None:
    assert {p.family for p in pages} == set(gen.FAMILIES)
    for family in gen.FAMILIES:
        assert sum(len(p.gold["articles"]) for p in pages if p.family == family) >= 10, family


def from_the_split(gen: ModuleType) -> None:
    dev_titles = {r["title"] for r in reports.load("dev")}
    for p in gen.pages("dev", 5, seed=3):
        assert all(s.report["title"] in dev_titles for s in p.stories)


def snippets_once_inside_one_story(gen: ModuleType, pages: list) -> None:
    for page in pages:
        flat = gen.norm(page.text)
        for article in page.gold["articles"]:
            snippet = article["body_contains"]
            assert snippet == gen.norm(snippet) and len(snippet) >= 12
            assert flat.count(snippet) == 1, (page.name, snippet)
            owners = [
                j for j in range(len(page.stories)) if snippet in gen.norm(gen.owned_body(page.lines, j))
            ]
            assert len(owners) == 1 and page.stories[owners[0]].title == article["title"], (
                page.name,
                snippet,
            )


def headlines_and_authors_printed(gen: ModuleType, pages: list) -> None:
    for page in pages:
        flat = gen.norm(page.text)
        for article in page.gold["articles"]:
            assert set(gen.norm(article["title"])) <= set(flat), (page.name, article["title"])
            for name in article["authors"]:  # a two-character name may be spaced out
                assert gen.norm(name) in flat, (page.name, name)


def written_in_their_encodings(gen: ModuleType, pages: list, out: Path) -> None:
    gen.write(out, pages)
    for page in pages:
        assert (out / "pages" / page.name).read_bytes().decode(page.encoding) == page.text
        assert (out / "gold" / page.family / page.name.replace(".txt", ".json")).is_file()
