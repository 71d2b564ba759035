"""The template simulator (evaluation.simulate_template): the sample pages parse into skeletons whose
articles are where their gold says, a seed gives the same page, every family is laid out, and the gold
round-trips: a perfect segmenter (the generator's own line owners) publishing the gold's facts scores
1.00 / 100% with the shared scorer. Reads ../shared (samples, gold, reports, scorer) at run time and
skips those tests where it is absent; the parser's own cases are written here."""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import pytest

from evaluation import reports
from evaluation import simulate_template as tpl
from evaluation.simulate import LABELS
from tests.evaluation.perfect import SCORER, create_tables, publish_facts, scored_total

needs_shared = pytest.mark.skipif(
    not (reports.available() and any(tpl.SAMPLES.glob("*.txt"))),
    reason=f"the shared reports and sample pages are not under {reports.SHARED} (they live beside the repo)",
)


@pytest.fixture(scope="module")
def pages() -> list[tpl.SimPage]:
    return tpl.pages("dev", 5 * len(tpl.FAMILIES), seed=41)


@needs_shared
def test_every_sample_parses_into_its_articles() -> None:
    for sk in tpl.skeletons():
        bodies = {s.art for s in sk.slots if s.kind == "body"}
        titled = {
            a for s in sk.slots if s.kind in ("title", "side") for a in (s.art, s.other) if a is not None
        }
        assert bodies == titled == set(range(sk.articles)), sk.name
        for art in bodies:  # the body runs of an article cover all of it, in order
            shares = [(s.start, s.end) for s in sk.slots if s.kind == "body" and s.art == art]
            assert shares[0][0] == 0 and shares[-1][1] == pytest.approx(1.0), sk.name
            assert all(a[1] == pytest.approx(b[0]) for a, b in zip(shares, shares[1:], strict=False)), sk.name


def test_a_sample_without_its_headline_or_snippet_is_refused_by_name() -> None:
    gold = {"articles": [{"title": "某地某事", "authors": [], "body_contains": "正文片段"}]}
    with pytest.raises(tpl.SampleError, match="x.txt: the headline"):
        tpl.parse("第一行\n正文片段在此。\n".encode(), gold, "x.txt")
    gold["articles"][0]["title"] = "第一行"
    gold["articles"][0]["body_contains"] = "不在页上"
    with pytest.raises(tpl.SampleError, match="x.txt: the body snippet"):
        tpl.parse("第一行\n正文片段在此。\n".encode(), gold, "x.txt")


def test_doubled_headlines_and_two_to_a_line_are_read() -> None:
    gold = {
        "articles": [
            {"title": "甲地：做成一件事", "authors": ["张三"], "body_contains": "甲地的正文"},
            {"title": "乙地办好另一件事", "authors": [], "body_contains": "乙地的正文"},
        ]
    }
    page = "□ 张三\n甲地的正文写在这里。\n乙地乙地办好办好另一件事另一件事 甲地甲地：：\n做成一件事做成一件事\n乙地的正文写在这里。\n"
    sk = tpl.parse(page.encode(), gold, "y.txt")
    side = [s for s in sk.slots if s.kind == "side"]
    assert side and (side[0].art, side[0].other, side[0].lines, side[0].doubled) == (1, 0, 2, True)
    assert [s.template for s in sk.slots if s.kind == "byline"] == [("□ ", " ", "")]


@needs_shared
def test_the_same_seed_gives_the_same_page() -> None:
    pool = reports.load("dev")
    for family in tpl.FAMILIES:
        a, b = tpl.simulate(pool, 9, family), tpl.simulate(pool, 9, family)
        assert (a.raw, a.labels, a.gold) == (b.raw, b.labels, b.gold)
        assert tpl.simulate(pool, 10, family).raw != a.raw


@needs_shared
def test_a_pool_smaller_than_the_skeleton_fills_what_it_can() -> None:
    pool = [r for r in reports.load("dev") if r["title"]][:2]
    for family in tpl.FAMILIES:
        for seed in range(4):
            page = tpl.simulate(pool, seed, family)
            assert 1 <= len(page.gold["articles"]) <= 2
            assert {o for o in page.owners if o is not None} <= {0, 1}


@needs_shared
def test_every_family_is_laid_out_and_labelled(pages) -> None:
    assert {p.family for p in pages} == set(tpl.FAMILIES)
    for p in pages:
        lines = p.text.split("\n")
        assert len(lines) == len(p.labels) == len(p.owners)
        assert set(p.labels) <= set(LABELS) and "title" in p.labels and "body" in p.labels
        assert all(
            (label == "blank") == (not line.strip()) for line, label in zip(lines, p.labels, strict=True)
        )
        assert p.raw.decode("utf-8").replace("\r\n", "\n") == p.text


@needs_shared
def test_the_line_model_can_train_on_the_pages(pages) -> None:
    """The pages, labels and gold have the form `evaluation.train_lines` reads from the main generator."""
    from evaluation.train_lines import sequence
    from transforms import line_labels

    for p in pages[:6]:
        items, ys = sequence(p.text, p.labels, p.gold)
        assert len(items) == len(ys) and set(ys) <= set(line_labels.LABELS)
        assert "title" in ys and "body" in ys, p.name


@needs_shared
def test_widths_follow_the_sample_within_thirty_percent(pages) -> None:
    """A narrow sample's pages print narrow columns: most body lines within ±30 % (and jitter) of it."""
    narrow = {sk.family: _column(sk) for sk in tpl.skeletons() if 0 < _column(sk) < 30}
    assert narrow, "no sample page prints narrow columns"
    for p in pages:
        if p.family in narrow:
            widths = [
                tpl.width(x) for x, label in zip(p.text.split("\n"), p.labels, strict=True) if label == "body"
            ]
            inside = [w for w in widths if 0.6 * narrow[p.family] <= w <= 1.4 * narrow[p.family] + 2]
            assert len(inside) >= 0.6 * len(widths), p.name


def _column(sk: tpl.Skeleton) -> float:
    widths = [s.style.width for s in sk.slots if s.kind == "body" and s.style]
    return sorted(widths)[len(widths) // 2]


@needs_shared
def test_the_gold_is_printed_in_its_article(pages) -> None:
    for p in pages:
        page = tpl.norm(p.text)
        for i, article in enumerate(p.gold["articles"]):
            body = tpl.norm(
                "".join(x for x, o, label in _owned(p) if o == i and label in ("body", "dateline"))
            )
            assert tpl.norm(article["body_contains"]) in body, (p.name, i)
            assert page.count(tpl.norm(article["body_contains"])) == 1, (p.name, i)
            assert all(tpl.norm(name) in page for name in article["authors"]), p.name
            assert tpl.norm(article["title"]) in _once(p), (p.name, article["title"])


def _owned(p: tpl.SimPage) -> list[tuple[str, int | None, str]]:
    return list(zip(p.text.split("\n"), p.owners, p.labels, strict=True))


def _once(p: tpl.SimPage) -> str:
    """The page's headline lines, normalised, each doubled line printed once."""
    lines = [tpl.norm(x) for x, _, label in _owned(p) if label == "title"]
    return "".join(tpl.undoubled(x) or x for x in lines)


@needs_shared
def test_a_perfect_segmenter_scores_full_marks(pages, tmp_path: Path) -> None:
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is not at {SCORER}")
    tpl.write(tmp_path, pages)
    warehouse = tmp_path / "perfect.duckdb"
    _perfect_warehouse(pages, warehouse)
    total = scored_total(warehouse, tmp_path / "gold" / "all")
    assert "titles F1 1.00 attach 100% region 100% authors 100% metrics R 100% qualifier 100%" in total, total
    assert "metrics P 100%" in total, total


def test_doubled_headlines_print_every_run_twice_and_spaces_once() -> None:
    title = "某某县：数字赋能“小网格” 激活治理新动力"
    for seed in range(5):
        text = tpl.doubled(title, random.Random(seed))
        assert "：：" in text and "““" in text and " " in text and "  " not in text
        assert tpl.undoubled(tpl.norm(text)) == tpl.norm(title)


def test_wrapping_keeps_closing_marks_on_their_line() -> None:
    rows = tpl.wrap("一二三四五，六七八九十", lambda: 5, random.Random(0))
    assert rows == ["一二三四五，", "六七八九十"]
    assert tpl.wrap("共有12345户居民", lambda: 4, random.Random(0)) == ["共有12345", "户居民"]


def _perfect_warehouse(pages: list[tpl.SimPage], path: Path) -> None:
    """The contract tables the scorer reads, holding what a perfect segmenter would cut from each page:
    every article's body lines by the generator's owners, its gold headline and facts."""
    con = duckdb.connect(str(path))
    create_tables(con)
    for p in pages:
        con.execute("insert into dim_file values (?, ?, ?)", [p.name, p.name, "/pages/" + p.name])
        for seq, gold in enumerate(p.gold["articles"]):
            aid = f"{p.name}#{seq}"
            body = "\n".join(x for x, o, label in _owned(p) if o == seq and label in ("body", "dateline"))
            con.execute(
                "insert into dim_article values (?, ?, ?, ?, ?, ?, ?, ?)",
                [aid, p.name, seq, gold["title"], None, None, body, aid],
            )
            publish_facts(con, aid, gold)
    con.close()
