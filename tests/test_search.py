"""`jiceng search` (jiceng/search.py) over a warehouse built from the demo inbox."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jiceng.cli import main
from jiceng.search import QueryError, month_range, query_terms, snippet
from tests.warehouse.test_queries import build_demo_warehouse

JSON_KEYS = [
    "article_id",
    "score",
    "title",
    "region_id",
    "province",
    "city",
    "county",
    "publish_date",
    "file_path",
    "page_start",
    "page_end",
    "snippet",
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    return build_demo_warehouse(tmp_path_factory.mktemp("wh") / "demo.duckdb")


def _search(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["search", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_name_finds_the_articles_that_print_it_best_first(warehouse, capsys):
    code, out, _ = _search(capsys, "红色物业", "--warehouse", str(warehouse), "--json")
    hits = json.loads(out)
    assert code == 0 and len(hits) >= 2
    assert list(hits[0]) == JSON_KEYS
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert all("【红色物业】" in h["snippet"] for h in hits[:2])
    # the page offsets point at the body in dim_file.page_text
    assert all(h["page_end"] > h["page_start"] >= 0 and h["file_path"].endswith(".txt") for h in hits)


def test_text_output_shows_headline_place_file_and_marked_snippet(warehouse, capsys):
    code, out, _ = _search(capsys, "红色物业", "--warehouse", str(warehouse), "--limit", "1")
    assert code == 0
    first, where, text = out.splitlines()[:3]
    assert first.startswith("1. ") and "score" in first
    assert ".txt (page " in where and "【红色物业】" in text


def test_place_filters_and_month_filters_narrow_the_hits(warehouse, capsys):
    _, out, _ = _search(capsys, "红色物业", "--warehouse", str(warehouse), "--json", "--province", "河南")
    assert [h["province"] for h in json.loads(out)] == ["河南省"]
    _, out, _ = _search(capsys, "红色物业", "--warehouse", str(warehouse), "--json", "--city", "成都")
    assert [h["city"] for h in json.loads(out)] == ["成都市"]
    _, out, _ = _search(capsys, "红色物业", "--warehouse", str(warehouse), "--json", "--since", "2024-12")
    dated = json.loads(out)
    assert dated and all(h["publish_date"] >= "2024-12-01" for h in dated)
    code, out, _ = _search(capsys, "红色物业", "--warehouse", str(warehouse), "--until", "2000-01")
    assert code == 0 and "no article matches" in out and "filters" in out


def test_a_query_with_no_hit_says_so(warehouse, capsys):
    code, out, _ = _search(capsys, "量子计算机", "--warehouse", str(warehouse))
    assert code == 0 and out.startswith("no article matches '量子计算机'")
    code, out, _ = _search(capsys, "量子计算机", "--warehouse", str(warehouse), "--json")
    assert code == 0 and json.loads(out) == []


@pytest.mark.parametrize("query", ["", "   ", "的", "，。！", "123", "x" * 300])
def test_an_empty_or_absurd_query_exits_2_with_a_message(warehouse, capsys, query):
    code, out, err = _search(capsys, query, "--warehouse", str(warehouse))
    assert code == 2 and out == "" and err.startswith("jiceng search: ")


@pytest.mark.parametrize("option", [["--since", "2024-13"], ["--until", "24-01"], ["--limit", "0"]])
def test_bad_options_exit_2(warehouse, capsys, option):
    code, _, err = _search(capsys, "红色物业", "--warehouse", str(warehouse), *option)
    assert code == 2 and err.startswith("jiceng search: ")


def test_a_missing_warehouse_exits_2(tmp_path, capsys):
    code, _, err = _search(capsys, "红色物业", "--warehouse", str(tmp_path / "none.duckdb"))
    assert code == 2 and "jiceng ingest" in err


def test_query_terms_keep_words_as_typed_and_rjieba_terms_in_simplified_script():
    terms = query_terms("“紅色物業” 上海市加装电梯")
    assert terms[0] == "红色物业" and "上海市加装电梯" in terms and "加装" in terms or "加装电梯" in terms
    assert "上海" in query_terms("上海市 电梯")  # a division's name also without its suffix
    with pytest.raises(QueryError):
        query_terms(" 的 了 ")


def test_month_range_is_inclusive_of_both_months():
    assert month_range("2024-06", "2024-12") == (20240601, 20250101)
    assert month_range(None, None) == (None, None)


def test_snippet_marks_every_term_in_the_window_and_cuts_from_the_printed_text():
    body = "前言" * 60 + "社區推行紅色物業，紅色物業進小區。" + "後記" * 60
    text = snippet(body, ["红色物业", "小区"], width=40)
    assert text.startswith("…") and text.endswith("…")
    assert text.count("【紅色物業】") == 2 and "【小區】" in text
    assert snippet("短文", ["没有"]) == "短文"


def test_a_search_process_imports_neither_pandas_nor_polars(warehouse):
    """Binding a query parameter makes DuckDB's Python client import pandas (~1 s of a search), so
    does pyarrow's conversion to numpy, and warehouse.search_index imports polars: a `jiceng search`
    process needs none of them, on either ranking path."""
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from jiceng.search import run; "
        f"run('红色物业 小区', Path({str(warehouse)!r}), province='河南', limit=3); run('红色物业', Path({str(warehouse)!r})); "
        "import jiceng.search as s; s.DENSE_MIN_POSTINGS, s.LEADING_SHARE = 0, 2.0; "  # the numpy path too
        f"run('红色物业 小区', Path({str(warehouse)!r})); "
        "print(sorted(m for m in ('pandas', 'polars') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_query_values_written_as_literals_read_back_the_same(warehouse):
    """The literals jiceng search writes in place of parameters: quotes doubled, doubles exact."""
    import duckdb

    from jiceng.search import _query

    values = {"s": "它's “四方汇”", "d": 0.1 + 0.2, "n": None, "l": ["a'b", "c"], "i": [3, 1]}
    con = duckdb.connect(str(warehouse), read_only=True)
    assert _query(con, "select $s, $d, $n, $l, $i", values) == [tuple(values.values())]
    con.close()


DENSE_QUERIES = (
    ["红色物业"],
    ["红色物业", "小区", "议事"],
    ["平顶山", "物业"],
    ["加装电梯", "上海"],
    ["社区", "小区", "治理"],
)


@pytest.mark.parametrize("pool", [1, 3, 50])
def test_every_posting_scored_in_numpy_gives_the_best_of_search_terms(warehouse, monkeypatch, pool):
    """The numpy path (jiceng.search._top_dense: every posting read as numpy columns, one bincount)
    gives the first `pool` rows of search_terms by score and id, with the same scores."""
    import duckdb

    import jiceng.search as search

    monkeypatch.setattr(search, "DENSE_MIN_POSTINGS", 0)
    monkeypatch.setattr(search, "LEADING_SHARE", 2.0)  # no term leads: the heads are never read
    dense_runs = []
    top_dense = search._top_dense
    monkeypatch.setattr(search, "_top_dense", lambda *a: dense_runs.append(a) or top_dense(*a))
    con = duckdb.connect(str(warehouse), read_only=True)
    for terms in DENSE_QUERIES:
        ours = search._best(con, list(terms), pool)
        full = con.execute(
            "select article_id, score from search_terms($t) order by score desc, article_id limit $n",
            {"t": list(terms), "n": pool},
        ).fetchall()
        assert [a for a, _, _ in ours] == [a for a, _ in full] and full
        assert all(abs(s - t) < 1e-9 for (_, s, _), (_, t) in zip(ours, full, strict=True))
    con.close()
    assert len(dense_runs) == len(DENSE_QUERIES)


def test_articles_tying_with_the_pools_last_are_all_weighed_by_the_numpy_path(tmp_path, monkeypatch):
    """Twenty articles tie for places 11-30: every one of them is weighed, as ORDER BY score, id does."""
    import jiceng.search as search
    from tests.warehouse.test_search_index import _tied_index

    con = _tied_index(tmp_path / "tied.duckdb")
    monkeypatch.setattr(search, "DENSE_MIN_POSTINGS", 0)
    monkeypatch.setattr(search, "LEADING_SHARE", 2.0)
    wanted = con.execute(search._WANTED.replace("$terms", "['小区治理']")).fetchall()
    top = search._top_dense(con, wanted, 15)
    assert len(top) == 30 and top[14][1] == top[15][1] == top[29][1] > top[0][1] / 2
    ours = search._best(con, ["小区治理"], 15)
    full = con.execute(
        "select article_id, score from search_terms(['小区治理']) order by score desc, article_id limit 15"
    ).fetchall()
    assert [(a, s) for a, s, _ in ours] == full
    con.close()


def test_the_heads_are_read_only_where_one_term_holds_most_postings():
    from jiceng.search import _one_term_leads

    assert _one_term_leads([(1, 0.1, 160.0, 700_000, 9)])
    assert _one_term_leads([(1, 0.1, 160.0, 700_000, 9), (2, 1.0, 160.0, 100_000, 9)])
    assert not _one_term_leads([(1, 0.1, 160.0, 500_000, 9), (2, 0.2, 160.0, 400_000, 9)])
