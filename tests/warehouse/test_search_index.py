"""The full-text index (warehouse/search_index.py, sql/search*.sql): the fts layout filled with the
staged terms batch by batch, scored as fts's own match_bm25 scores, readable with no extension."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.warehouse.test_queries import DEMO_INBOX, build_demo_warehouse
from transforms.page import batch_frames, stage_page
from warehouse import publish, search_index
from warehouse.store import writable_copy

SCHEMA = search_index.SCHEMA


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    return build_demo_warehouse(tmp_path_factory.mktemp("wh") / "demo.duckdb")


@pytest.fixture(scope="module")
def con(warehouse):
    connection = duckdb.connect(str(warehouse), read_only=True)
    yield connection
    connection.close()


def _index_state(con: duckdb.DuckDBPyConnection) -> tuple:
    """The index as a whole, independent of docid and termid numbering."""
    docs = con.execute(f"select name, len from {SCHEMA}.docs order by name").fetchall()
    terms = con.execute(f"select term, df from {SCHEMA}.dict order by term").fetchall()
    postings = con.execute(
        f"""select d.name, k.term, count(*) from {SCHEMA}.terms t join {SCHEMA}.docs d using (docid)
            join {SCHEMA}.dict k using (termid) group by all order by all"""
    ).fetchall()
    stats = con.execute(f"select num_docs, round(avgdl, 9) from {SCHEMA}.stats").fetchall()
    return docs, terms, postings, stats


def test_every_article_with_terms_is_indexed_with_its_staged_terms(con):
    articles = con.execute(
        "select count(*) from dim_article where kind <> 'orphan_headline' and char_count > 0"
    ).fetchone()[0]
    docs, terms, postings, stats = _index_state(con)
    assert len(docs) == articles > 0
    assert stats == [(len(docs), round(sum(n for _, n in docs) / len(docs), 9))]
    counts = dict(((d, t), n) for d, t, n in postings)
    assert counts[("b7fec40bda660e8a-001", "红色物业")] >= 2  # 红色物业进小区: title and body
    # each term's df is the number of articles holding it
    df = {}
    for _doc, t, _ in postings:
        df[t] = df.get(t, 0) + 1
    assert dict(terms) == df


def test_articles_are_indexed_with_their_place_names_in_full_and_short(con):
    """The place's names are terms of the article: 平顶山 finds an article about 卫东区 of 平顶山市."""
    terms = {
        t
        for (t,) in con.execute(
            f"""select k.term from {SCHEMA}.terms t join {SCHEMA}.docs d using (docid)
                join {SCHEMA}.dict k using (termid) where d.name = 'b7fec40bda660e8a-001'"""
        ).fetchall()
    }
    assert {"河南省", "河南", "平顶山市", "平顶山", "卫东区", "卫东"} <= terms


def test_scores_are_fts_match_bm25_scores(warehouse, tmp_path):
    """search_terms scores as the fts extension's own macro over the same index."""
    con = duckdb.connect(str(warehouse), read_only=True)
    search_index.load_fts(con)
    ours = dict(
        con.execute("select article_id, score from search_terms(['红色物业', '小区', '议事'])").fetchall()
    )
    theirs = dict(
        con.execute(
            f"""select article_id, {SCHEMA}.match_bm25(article_id, '红色物业 小区 议事') as s
                from dim_article where s is not null"""
        ).fetchall()
    )
    con.close()
    assert ours.keys() == theirs.keys() and len(ours) >= 3
    assert all(abs(ours[k] - theirs[k]) < 1e-9 for k in ours)


def test_an_index_built_batch_by_batch_equals_one_built_at_once(warehouse, tmp_path):
    pages = [
        stage_page(str(p.relative_to(DEMO_INBOX.parent)), p.read_bytes())
        for p in sorted(DEMO_INBOX.rglob("*.txt"))
    ]
    split = tmp_path / "split.duckdb"
    for half in (pages[: len(pages) // 2], pages[len(pages) // 2 :]):
        with writable_copy(split) as con:
            publish.facts(con, batch_frames(half))
    once = duckdb.connect(str(warehouse), read_only=True)
    twice = duckdb.connect(str(split), read_only=True)
    assert _index_state(twice) == _index_state(once)
    once.close(), twice.close()


def test_a_warehouse_without_the_index_gets_it_from_its_articles(warehouse, tmp_path):
    """An earlier build's warehouse: the next write builds the index from the stored text, the same
    index as staging would have made."""
    old = tmp_path / "old.duckdb"
    old.write_bytes(warehouse.read_bytes())
    con = duckdb.connect(str(old))
    con.execute(f"drop schema {SCHEMA} cascade")
    con.execute("drop macro table search_articles")
    con.execute("drop macro table search_terms")
    con.close()
    with writable_copy(old):
        pass
    rebuilt = duckdb.connect(str(old), read_only=True)
    made = duckdb.connect(str(warehouse), read_only=True)
    assert _index_state(rebuilt) == _index_state(made)
    rebuilt.close(), made.close()


def test_a_reader_needs_no_extension_for_search_articles(warehouse):
    """A fresh process, extension autoloading off: the macros are plain SQL."""
    code = f"""
import duckdb
con = duckdb.connect({str(warehouse)!r}, read_only=True,
                     config={{"autoload_known_extensions": False, "autoinstall_known_extensions": False}})
print(con.execute("select a.title from search_articles('红色物业') s join dim_article a using (article_id)"
                  " order by s.score desc limit 1").fetchone()[0])
print(con.execute("select count(*) from duckdb_extensions() where loaded and extension_name = 'fts'").fetchone()[0])
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    title, fts_loaded = out.splitlines()
    assert "红色物业" in title and fts_loaded == "0"


def test_search_articles_cuts_a_query_against_the_index_vocabulary(con):
    def terms(query: str) -> list[str]:
        sql = """select article_id from search_articles($q) order by score desc, article_id"""
        return [a for (a,) in con.execute(sql, {"q": query}).fetchall()]

    assert terms("红色物业") == terms("  红色物业 ")
    # a word that is no term is cut into the longest terms inside it
    assert terms("平顶山红色物业") == [a for (a,) in con.execute(
        "select article_id from search_terms(['平顶山', '红色物业']) order by score desc, article_id").fetchall()]  # fmt: skip
    assert terms("没有这样的词语") == []
    assert terms("") == []
