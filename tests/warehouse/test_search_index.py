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


# The first build's ranking macro, over its occurrence table (fts's `terms`, one row per occurrence):
# a warehouse written by that build holds it until its next run converts the index.
OCCURRENCE_SEARCH_TERMS = f"""
create or replace macro search_terms(query_terms) as table
with wanted as (
    select d.termid, log((s.num_docs - d.df + 0.5::double) / (d.df + 0.5::double) + 1) as idf
    from {SCHEMA}.dict as d cross join {SCHEMA}.stats as s
    where d.term in (select unnest(query_terms))
),
postings as (
    select docid, termid, count(*)::double as tf from {SCHEMA}.terms
    where termid in (select termid from wanted) group by docid, termid
),
scored as (
    select p.docid,
        sum(w.idf * p.tf * 2.2::double / (p.tf + 1.2::double * (0.25::double + 0.75::double * d.len / s.avgdl)))
            as score
    from postings as p inner join wanted as w on w.termid = p.termid
    inner join {SCHEMA}.docs as d on d.docid = p.docid cross join {SCHEMA}.stats as s
    group by p.docid
)
select d.name as article_id, s.score from scored as s inner join {SCHEMA}.docs as d on d.docid = s.docid
"""
QUERIES = (["红色物业"], ["红色物业", "小区", "议事"], ["平顶山", "物业"], ["加装电梯", "上海"], ["社区"])


def _to_occurrence_layout(path: Path) -> None:
    """Turn a warehouse's index back into the first build's layout: the occurrence table, no
    postings, no article rows, its search_terms macro only."""
    con = duckdb.connect(str(path))
    con.execute(f"""create table {SCHEMA}.occurrences as
                    select docid, 0::bigint as fieldid, termid
                    from (select docid, termid, unnest(range(tf)) from {SCHEMA}.postings) order by termid, docid""")
    con.execute(f"drop view {SCHEMA}.terms")
    con.execute(f"drop table {SCHEMA}.postings")
    con.execute(f"alter table {SCHEMA}.occurrences rename to terms")
    con.execute(f"alter table {SCHEMA}.docs drop column article_row")
    # that build appended docs in no particular order
    con.execute(f"create table {SCHEMA}.docs_shuffled as select * from {SCHEMA}.docs order by docid desc")
    con.execute(f"drop table {SCHEMA}.docs")
    con.execute(f"alter table {SCHEMA}.docs_shuffled rename to docs")
    con.execute(f"alter table {SCHEMA}.stats drop column sorted_postings")
    con.execute(f"alter table {SCHEMA}.stats drop column impact_avgdl")
    con.execute("drop macro table search_articles")
    con.execute("drop macro table search_best")
    con.execute("drop macro table search_terms")
    con.execute("drop macro table search_scores")
    con.execute(OCCURRENCE_SEARCH_TERMS)
    con.close()


def _rankings(path: Path) -> list[list[tuple[str, float]]]:
    con = duckdb.connect(str(path), read_only=True)
    sql = "select article_id, score from search_terms($t) order by score desc, article_id"
    out = [con.execute(sql, {"t": terms}).fetchall() for terms in QUERIES]
    con.close()
    return out


def _same_ranking(a: list[list[tuple[str, float]]], b: list[list[tuple[str, float]]]) -> bool:
    return all(
        [x for x, _ in ra] == [y for y, _ in rb]
        and all(abs(s - t) < 1e-9 for (_, s), (_, t) in zip(ra, rb, strict=True))
        for ra, rb in zip(a, b, strict=True)
    )


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
    test_each_document_knows_its_articles_row(rebuilt)
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


def test_each_document_knows_its_articles_row(con):
    """docs.article_row is the article's rowid in dim_article, and a document's own rowid is its
    docid (jiceng search fetches both by position)."""
    wrong = con.execute(
        f"""select count(*) from {SCHEMA}.docs d left join dim_article a on a.rowid = d.article_row
            where a.article_id is distinct from d.name"""
    ).fetchone()[0]
    misplaced = con.execute(f"select count(*) from {SCHEMA}.docs where rowid <> docid").fetchone()[0]
    assert wrong == misplaced == 0 and con.execute(f"select count(*) from {SCHEMA}.docs").fetchone()[0] > 0


def test_postings_hold_each_term_once_an_article_with_its_count_and_the_articles_length(con):
    bad = con.execute(
        f"""select count(*) from {SCHEMA}.postings p join {SCHEMA}.docs d using (docid)
            where p.len <> d.len or p.tf < 1"""
    ).fetchone()[0]
    pairs, distinct = con.execute(
        f"select count(*), count(distinct (termid, docid)) from {SCHEMA}.postings"
    ).fetchone()
    assert bad == 0 and pairs == distinct > 0


def _in_term_order(con: duckdb.DuckDBPyConnection) -> bool:
    """The table's rows, as stored, are ordered by term, then impact (highest first), then article."""
    rows = con.execute(f"select termid, -impact, docid from {SCHEMA}.postings order by rowid").fetchall()
    return rows == sorted(rows)


def test_compacting_after_every_batch_keeps_the_index_and_puts_it_in_term_order(
    warehouse, tmp_path, monkeypatch
):
    monkeypatch.setattr(search_index, "COMPACT_MIN_ROWS", 0)
    monkeypatch.setattr(search_index, "COMPACT_SHARE", 0.0)
    pages = [
        stage_page(str(p.relative_to(DEMO_INBOX.parent)), p.read_bytes())
        for p in sorted(DEMO_INBOX.rglob("*.txt"))
    ]
    split = tmp_path / "compacted.duckdb"
    for half in (pages[: len(pages) // 2], pages[len(pages) // 2 :]):
        with writable_copy(split) as con:
            publish.facts(con, batch_frames(half))
    compacted = duckdb.connect(str(split), read_only=True)
    once = duckdb.connect(str(warehouse), read_only=True)
    assert _index_state(compacted) == _index_state(once)
    assert _in_term_order(compacted)
    assert (
        compacted.execute(f"select sorted_postings from {SCHEMA}.stats").fetchone()[0]
        == (compacted.execute(f"select count(*) from {SCHEMA}.postings").fetchone()[0])
    )
    compacted.close(), once.close()
    assert _same_ranking(_rankings(split), _rankings(warehouse))


def _upgraded_by_a_write(
    old: Path, warehouse: Path, terms: list[str]
) -> tuple[duckdb.DuckDBPyConnection, duckdb.DuckDBPyConnection, list]:
    """A warehouse whose index an older build wrote: searched as it is (its hits), then written once;
    returns it and the current build's warehouse, read-only, and the hits before the write, after
    checking the write brought its index to the current build's state."""
    from jiceng.search import search

    reader = duckdb.connect(str(old), read_only=True)
    assert not search_index.exists(reader)
    hits_before = search(reader, terms, words=["红色物业"])
    reader.close()
    with writable_copy(old):
        pass
    after = duckdb.connect(str(old), read_only=True)
    made = duckdb.connect(str(warehouse), read_only=True)
    assert search_index.exists(after) and _index_state(after) == _index_state(made)
    return after, made, hits_before


def test_an_index_of_the_occurrence_layout_is_converted_on_the_next_write_with_the_same_ranking(
    warehouse, tmp_path
):
    """A warehouse indexed by the first build: `jiceng search` reads it as it is, and the next
    write converts it to postings; every query ranks the same articles with the same scores."""
    from jiceng.search import search

    old = tmp_path / "occurrences.duckdb"
    old.write_bytes(warehouse.read_bytes())
    _to_occurrence_layout(old)
    before = _rankings(old)
    after, made, hits_before = _upgraded_by_a_write(old, warehouse, ["红色物业", "小区"])
    assert after.execute(f"select count(*) from duckdb_tables() where schema_name = '{SCHEMA}' and table_name in ('terms', 'occurrences')").fetchone()[0] == 0  # fmt: skip
    test_each_document_knows_its_articles_row(after)
    assert search(after, ["红色物业", "小区"], words=["红色物业"]) == hits_before and hits_before
    after.close(), made.close()
    assert _same_ranking(_rankings(old), before) and any(len(r) >= 3 for r in before)


def test_postings_without_impacts_get_them_on_the_next_write_with_the_same_ranking(
    warehouse, tmp_path, monkeypatch
):
    """A warehouse indexed by the build before impacts: `jiceng search` reads it as it is (every
    posting scored), and the next write computes the impacts (one compaction); same hits after."""
    from jiceng.search import search

    monkeypatch.setattr("jiceng.search.HEAD_POSTINGS", 1)
    old = tmp_path / "no_impacts.duckdb"
    old.write_bytes(warehouse.read_bytes())
    con = duckdb.connect(str(old))
    con.execute(
        f"create or replace table {SCHEMA}.postings_plain as select termid, docid, tf, len from {SCHEMA}.postings"
    )
    con.execute(f"drop view {SCHEMA}.terms")
    con.execute(f"drop table {SCHEMA}.postings")
    con.execute(f"alter table {SCHEMA}.postings_plain rename to postings")
    con.execute(f"alter table {SCHEMA}.stats drop column impact_avgdl")
    con.close()
    after, made, hits_before = _upgraded_by_a_write(old, warehouse, ["红色物业", "小区", "社区"])
    assert _in_term_order(after)
    assert search(after, ["红色物业", "小区", "社区"], words=["红色物业"]) == hits_before and hits_before
    after.close(), made.close()


@pytest.mark.parametrize("pool", [1, 2, 3, 5, 50])
@pytest.mark.parametrize("head_postings", [1000, 3, 1])
def test_jiceng_searchs_ranking_is_the_best_of_search_terms(con, pool, head_postings, monkeypatch):
    """jiceng search's few statements (jiceng.search._best) give the first `pool` rows of
    search_terms ordered by score and id, with the same scores, and search_best holds them, whether
    the terms' postings are read whole or from their highest impacts down."""
    from jiceng.search import _best

    monkeypatch.setattr("jiceng.search.HEAD_POSTINGS", head_postings)
    for terms in (*QUERIES, ["红色物业", "社区"], ["红色物业", "小区", "社区"]):
        ours = _best(con, list(terms), pool)
        full = con.execute(
            "select article_id, score from search_terms($t) order by score desc, article_id limit $n",
            {"t": list(terms), "n": pool},
        ).fetchall()
        assert [a for a, _, _ in ours] == [a for a, _ in full]
        assert all(abs(s - t) < 1e-9 for (_, s, _), (_, t) in zip(ours, full, strict=True))
        macro = {a for (a,) in con.execute("select article_id from search_best($t, $n)", {"t": list(terms), "n": pool}).fetchall()}  # fmt: skip
        assert {a for a, _, _ in ours} <= macro


def test_the_highest_impacts_settle_the_best_where_the_bounds_allow(con, monkeypatch):
    """Reading each term's best postings answers (exactly: the test above) when the bounds of the
    postings left unread fall below the best partial scores, and declines (None) when they cannot:
    a pool larger than the articles read, or no term with more postings than a head."""
    from jiceng.search import _WANTED, _top_by_impact

    monkeypatch.setattr("jiceng.search.HEAD_POSTINGS", 1)
    answered = []
    for terms in (*QUERIES, ["红色物业", "社区"], ["红色物业", "小区", "社区"]):
        wanted = con.execute(_WANTED, {"terms": list(terms)}).fetchall()
        answered.append(_top_by_impact(con, wanted, 1) is not None)
        assert _top_by_impact(con, wanted, wanted[0][4]) is None
    assert any(answered)
    monkeypatch.setattr("jiceng.search.HEAD_POSTINGS", 1000)
    assert _top_by_impact(con, con.execute(_WANTED, {"terms": ["社区"]}).fetchall(), 1) is None


def _tied_index(path: Path) -> duckdb.DuckDBPyConnection:
    """An index of 100 articles of ten terms each holding 小区治理: 10 five times, 20 three times (all
    tied: same count, same length), 70 once; each article's other terms are 填充."""
    import polars as pl

    from warehouse.store import ensure_schema

    tf = [5] * 10 + [3] * 20 + [1] * 70
    ids = [f"tie-{i:03d}" for i in range(len(tf))]
    con = duckdb.connect(str(path))
    ensure_schema(con)
    con.execute("begin")
    con.execute("""insert into dim_file (file_id, path, file_name, sha256, size_bytes, first_seen_at, run_id, status)
                   values ('tie', 'tie.txt', 'tie.txt', 'tie', 0, now(), 'test', 'loaded')""")
    for n, aid in enumerate(ids, start=1):
        con.execute(f"""insert into dim_article (article_id, file_id, seq, kind, title, body, char_count)
                        values ('{aid}', 'tie', {n}, 'article', '小区治理', '小区治理', 4)""")
    term = pl.DataFrame(
        {
            "article_id": ids + ids,
            "term": ["小区治理"] * len(ids) + ["填充"] * len(ids),
            "tf": tf + [10 - t for t in tf],
        },
        schema={"article_id": pl.String, "term": pl.String, "tf": pl.Int32},
    )
    search_index.index_terms(con, term, pl.Series(ids))
    con.execute("commit")
    return con


def test_articles_tying_with_the_pools_last_are_all_taken_from_the_heads(tmp_path, monkeypatch):
    """Where the highest impacts settle the best and articles tie with the last of them, every tied
    article comes from the heads, with the scores search_terms gives (no rescoring of every posting)."""
    from jiceng.search import _WANTED, _best, _top_by_impact

    con = _tied_index(tmp_path / "tied.duckdb")
    monkeypatch.setattr("jiceng.search.HEAD_POSTINGS", 30)
    wanted = con.execute(_WANTED.replace("$terms", "['小区治理']")).fetchall()
    from_heads = _top_by_impact(con, wanted, 15)
    assert from_heads is not None and len(from_heads) == 30 and from_heads[14][1] == from_heads[15][1]
    monkeypatch.setattr("jiceng.search.MAX_CANDIDATES", 29)  # more to complete than allowed: declined
    assert _top_by_impact(con, wanted, 15) is None
    for head_postings, most in ((30, 30), (30, 29), (1000, 30)):  # from the heads; every posting scored
        monkeypatch.setattr("jiceng.search.HEAD_POSTINGS", head_postings)
        monkeypatch.setattr("jiceng.search.MAX_CANDIDATES", most)
        ours = _best(con, ["小区治理"], 15)
        full = con.execute(
            "select article_id, score from search_terms(['小区治理']) order by score desc, article_id limit 15"
        ).fetchall()
        assert [(a, s) for a, s, _ in ours] == full
    con.close()


def test_each_postings_impact_is_bm25s_term_frequency_part_in_255_steps(con):
    """Each impact is BM25's term-frequency part at stats.impact_avgdl in 255 steps, rounded down
    (the bound jiceng search relies on)."""
    rows = con.execute(f"select impact, tf, len from {SCHEMA}.postings").fetchall()
    (reference,) = con.execute(f"select impact_avgdl from {SCHEMA}.stats").fetchone()
    assert rows and reference > 0
    for impact, tf, length in rows:
        part = tf / (tf + 1.2 * (0.25 + 0.75 * length / reference))
        assert impact / 255 <= part + 1e-12 and part < (impact + 1) / 255


def test_every_table_view_and_column_of_the_index_is_commented(con):
    bare = con.execute(
        f"""select table_name || '.' || column_name from duckdb_columns()
            where schema_name = '{SCHEMA}' and (comment is null or comment = '')
            union all select table_name from duckdb_tables() where schema_name = '{SCHEMA}' and comment is null
            union all select view_name from duckdb_views() where schema_name = '{SCHEMA}' and comment is null"""
    ).fetchall()
    assert bare == []
