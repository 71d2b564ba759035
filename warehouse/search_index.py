"""The full-text index over articles: BM25 over the rjieba terms of each article's headline,
subtitle and body, in DuckDB's `fts` layout (schema `fts_main_dim_article`), kept current batch by
batch.

The terms are the ones staging already counts for the keywords (`transforms.keywords.term_counts`
over the simplified kicker, title, subtitle and body: content terms of two characters or more,
initiative names whole), so indexing costs no second segmentation. DuckDB's own tokeniser does not
split Chinese, so the schema is made by `create_fts_index` (the tables `docs`, `dict`, `stats` and
the macro `match_bm25`, with whitespace as the only separator, no stemmer and no stop words) and then
filled here with the jieba terms.

fts keeps one row per term occurrence (`terms`); a query then counts a term's occurrences and joins
every hit with `docs` for its length, which took ~2 s a query on an index of the 1 GB benchmark's
size (benchmarks/RESULTS.md). Here the index holds `postings` instead: one row per term and article
with the count (tf) and the article's length, so BM25 needs no join, and `terms` is a view giving the
fts layout back (fts's `match_bm25` still scores the same). A search reads only the row groups that
hold its terms when `postings` is in term order: each batch appends its rows in term order, and when
the rows appended since the last compaction pass a share of the table (`COMPACT_SHARE`), the table
is written again in one term order (`compact`), so a batch pays little and a term's postings stay
in a few contiguous runs. Within a term, rows are ordered by `impact` (highest first): BM25's
term-frequency part at a reference average length (`stats.impact_avgdl`, set again by each
compaction) in 255 steps, so `jiceng search` reads a common term's best postings first and bounds the
score of the rest (its ranking stays exact). `docs.article_row` is the article's row in dim_article
(rowid), so `jiceng search` fetches its candidates' text by position, not by scanning the ids.

Each published batch appends its articles (`sql/search_index_fill.sql`), in the batch's transaction:
the index is always exactly the published articles. A warehouse of an earlier build gets its index
once, from its articles' text segmented as staging does (`backfill`); one with the occurrence layout
of the first index build has it converted in SQL (`migrate`), and one whose postings have no impacts
gets them by one compaction (`add_impacts`).

The extension is loaded only by the writer, from the pinned wheel `duckdb-extension-fts`
(`INSTALL '<path in the wheel>'; LOAD fts`): nothing downloads. Readers need it only to call
`match_bm25`; `search_articles`, `search_terms` and `search_best` (`sql/search.sql`) are plain SQL
over the tables.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import polars as pl

from warehouse.store import scalar, sql_text

SCHEMA = "fts_main_dim_article"
BACKFILL_ARTICLES = 5000  # articles segmented and indexed per step when an older warehouse is indexed
# `postings` is written again in term order when the rows appended since it last was exceed this share
# of it (and COMPACT_MIN_ROWS): each row is rewritten about 1 / COMPACT_SHARE times as the index grows,
# and a search reads at most this share more rows out of order (benchmarks/RESULTS.md for the choice).
COMPACT_SHARE = 0.5
COMPACT_MIN_ROWS = 2_000_000
# Seconds spent adding batches to the index in this process, batches added, and the seconds of them
# spent compacting: the flow logs them at the end of a run (read by benchmarks/bench.py).
spent = {"seconds": 0.0, "batches": 0, "compact_seconds": 0.0}


def fts_extension() -> Path:
    """The fts extension binary inside the pinned `duckdb-extension-fts` wheel, for this DuckDB."""
    import duckdb_extension_fts

    root = Path(duckdb_extension_fts.__file__).parent / "extensions"
    path = root / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if not path.is_file():
        raise RuntimeError(
            f"the fts extension for DuckDB {duckdb.__version__} is not at {path}: install "
            f"duckdb-extension-fts=={duckdb.__version__} (pinned in requirements.lock)"
        )
    return path


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """INSTALL the extension from the wheel's file (no download) and LOAD it."""
    path = str(fts_extension()).replace("'", "''")
    con.execute(f"install '{path}'")
    con.execute("load fts")


def _has_table(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    # no bound parameters: binding one makes DuckDB's client import pandas (check_published calls
    # this on every run, benchmarks/RESULTS.md)
    sql = f"select count(*) from duckdb_tables() where schema_name = '{SCHEMA}' and table_name = '{table}'"
    return bool(scalar(con, sql))


def exists(con: duckdb.DuckDBPyConnection) -> bool:
    """The index is there in its current layout (a warehouse without it, with the occurrence layout
    of the first build or with postings without impacts, is brought up to date by the next run that
    writes)."""
    return _has_table(con, "postings") and _has_impacts(con)


def _has_impacts(con: duckdb.DuckDBPyConnection) -> bool:
    sql = f"""select count(*) from duckdb_columns()
              where schema_name = '{SCHEMA}' and table_name = 'postings' and column_name = 'impact'"""
    return bool(scalar(con, sql))


def ensure_index(con: duckdb.DuckDBPyConnection) -> None:
    """Create the index if the warehouse has none (indexing the articles it already holds), convert
    one of the occurrence layout, then (again) the search macros."""
    if _has_table(con, "terms"):
        migrate(con)
    elif not _has_table(con, "postings"):
        _create(con)
        backfill(con)
    elif not _has_impacts(con):
        add_impacts(con)
    con.execute(sql_text("search"))


def _create(con: duckdb.DuckDBPyConnection) -> None:
    """fts's tables and macros, emptied (whatever `create_fts_index` tokenised of the titles with
    DuckDB's tokeniser, no use for Chinese, goes), with `postings` in place of fts's `terms`."""
    load_fts(con)
    con.execute(
        "pragma create_fts_index('dim_article', 'article_id', 'title', stemmer = 'none', "
        r"stopwords = 'none', ignore = '\s+', strip_accents = 0, lower = 0, overwrite = 1)"
    )
    for table in ("docs", "dict"):  # made again empty, not deleted from: docs' rowids must start at 0
        con.execute(f"create table {SCHEMA}.{table}_empty as select * from {SCHEMA}.{table} limit 0")
        con.execute(f"drop table {SCHEMA}.{table}")
        con.execute(f"alter table {SCHEMA}.{table}_empty rename to {table}")
    con.execute(f"drop table {SCHEMA}.terms")
    con.execute(f"update {SCHEMA}.stats set num_docs = 0, avgdl = 0")
    con.execute(f"update {SCHEMA}.fields set field = 'terms'")
    con.execute(sql_text("search_index"))  # postings, docs.article_row, stats.sorted_postings, comments
    con.execute(sql_text("search_index_impact"))
    con.execute(sql_text("search_index_postings"))


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """The occurrence layout (fts's `terms` table, one row per occurrence) to `postings`, in one
    transaction: tf counted, lengths copied from docs, each article's row found in dim_article; then
    the postings' impacts, in a second."""
    con.execute("begin")
    try:
        con.execute(f"alter table {SCHEMA}.terms rename to occurrences")
        # docs in docid order, so that a document's rowid is its docid (comments come next)
        con.execute(f"create table {SCHEMA}.docs_ordered as select * from {SCHEMA}.docs order by docid")
        con.execute(f"drop table {SCHEMA}.docs")
        con.execute(f"alter table {SCHEMA}.docs_ordered rename to docs")
        con.execute(sql_text("search_index"))
        con.execute(sql_text("search_index_migrate"))
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")
    add_impacts(
        con
    )  # its own transaction (DuckDB commits no update of a table altered twice in one); the view


def add_impacts(con: duckdb.DuckDBPyConnection) -> None:
    """An index of postings without impacts (the build before them) gets them, in one transaction:
    the postings are written again in term and impact order (a compaction)."""
    con.execute("begin")
    try:
        con.execute(sql_text("search_index_impact"))
        compact(con)
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def index_terms(
    con: duckdb.DuckDBPyConnection, term: pl.DataFrame, article_ids: pl.Series | None = None
) -> None:
    """Add the articles whose terms (`transforms.schemas.TERM`: article_id, term, tf) are given.
    `article_ids`: every row the batch has just appended to dim_article, in the order appended (their
    row numbers follow the table's rows before them); None finds each article's row by its id.
    The caller holds the transaction, with the batch's other rows."""
    if term.is_empty():
        return
    started = time.perf_counter()
    batch_rows = _batch_rows(con, term, article_ids)  # noqa: F841 - read by the fill's SQL
    con.execute(sql_text("search_index_fill"))
    if _unsorted_rows(con) > max(COMPACT_MIN_ROWS, COMPACT_SHARE * _sorted_rows(con)):
        compacting = time.perf_counter()
        compact(con)
        spent["compact_seconds"] += time.perf_counter() - compacting
    spent["seconds"] += time.perf_counter() - started
    spent["batches"] += 1


def _batch_rows(
    con: duckdb.DuckDBPyConnection, term: pl.DataFrame, article_ids: pl.Series | None
) -> pl.DataFrame:
    """(article_id, article_row) of the batch's articles. Rows appended in this transaction have
    no final rowid yet, so an appended article's row is the number of rows before the batch plus
    its place in the batch (dim_article is only ever appended to); `search` checks the id it finds."""
    if article_ids is None:
        ids = term.select("article_id").unique()  # noqa: F841 - read by DuckDB
        return con.execute(
            "select article_id, rowid as article_row from dim_article where article_id in (select article_id from ids)"
        ).pl()
    before = scalar(con, "select count(*) from dim_article") - len(article_ids)
    return pl.DataFrame(
        {
            "article_id": article_ids,
            "article_row": pl.int_range(before, before + len(article_ids), eager=True),
        }
    )


def _unsorted_rows(con: duckdb.DuckDBPyConnection) -> int:
    return scalar(con, f"select count(*) from {SCHEMA}.postings") - _sorted_rows(con)


def _sorted_rows(con: duckdb.DuckDBPyConnection) -> int:
    return scalar(con, f"select sorted_postings from {SCHEMA}.stats")


def compact(con: duckdb.DuckDBPyConnection) -> None:
    """Write `postings` again in one term and impact order, the impacts at today's average length
    (in the caller's transaction)."""
    con.execute(sql_text("search_index_compact"))
    con.execute(sql_text("search_index_postings"))


def backfill(con: duckdb.DuckDBPyConnection) -> int:
    """Index the articles that have no document in the index (a warehouse of an earlier build),
    their terms counted as staging counts them, a few thousand at a time, then put the postings in
    one term order. The number indexed."""
    from transforms.page import article_terms

    done, last = 0, ""
    while True:
        rows = con.execute(
            f"""select a.article_id, a.kicker, a.title, a.subtitle, a.body from dim_article a
                anti join {SCHEMA}.docs d on d.name = a.article_id
                where a.kind <> 'orphan_headline' and a.article_id > $last
                order by a.article_id limit {BACKFILL_ARTICLES}""",
            {"last": last},
        ).fetchall()
        if not rows:
            if done:
                compact(con)
            return done
        term = pl.DataFrame(
            [(r[0], t, n) for r in rows for t, n in article_terms(*r[1:]).items()],
            schema={"article_id": pl.String, "term": pl.String, "tf": pl.Int32},
            orient="row",
        )
        index_terms(con, term)
        done, last = done + len(rows), rows[-1][0]
