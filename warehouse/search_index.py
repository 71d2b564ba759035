"""The full-text index over articles: DuckDB's `fts` index (schema `fts_main_dim_article`) on the
rjieba terms of each article's headline, subtitle and body, kept current batch by batch.

The terms are the ones staging already counts for the keywords (`transforms.keywords.term_counts`
over the simplified kicker, title, subtitle and body: content terms of two characters or more,
initiative names whole), so indexing costs no second segmentation. DuckDB's own tokeniser does not
split Chinese, so the index is made by `create_fts_index` (which makes the tables `docs`, `terms`,
`dict`, `stats` and the macro `match_bm25`, with whitespace as the only separator, no stemmer and no
stop words) and then filled here with the jieba terms, in the same layout the extension writes:
`terms` one row per occurrence, `dict` each term with its document frequency, `stats` the number
of documents and their average length.

An fts index is a set of tables written once by `create_fts_index` from the table as it stands; it
is not updated when the table changes, and making it again every run would re-read every article. Instead each published batch appends its
articles (`sql/search_index_fill.sql`), in the batch's transaction: the index is always exactly the
published articles. A warehouse of an earlier build gets its index once, from its articles' text
segmented as staging does (`backfill`).

The extension is loaded only by the writer, from the pinned wheel `duckdb-extension-fts`
(`INSTALL '<path in the wheel>'; LOAD fts`): nothing downloads. Readers need it only to call
`match_bm25`; `search_articles` and `search_terms` (`sql/search.sql`) are plain SQL over the tables.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import polars as pl

from warehouse.store import scalar, sql_text

SCHEMA = "fts_main_dim_article"
BACKFILL_ARTICLES = 5000  # articles segmented and indexed per step when an older warehouse is indexed
# Seconds spent adding batches to the index in this process, and batches added: the flow logs them at
# the end of a run (what the index costs a run, read by benchmarks/bench.py).
spent = {"seconds": 0.0, "batches": 0}


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


def exists(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(
        scalar(
            con,
            f"select count(*) from duckdb_tables() where schema_name = '{SCHEMA}' and table_name = 'terms'",
        )
    )


def ensure_index(con: duckdb.DuckDBPyConnection) -> None:
    """Create the index if the warehouse has none (indexing the articles it already holds), then
    (again) the search macros."""
    if not exists(con):
        _create(con)
        backfill(con)
    con.execute(sql_text("search"))


def _create(con: duckdb.DuckDBPyConnection) -> None:
    """fts's tables and macros, emptied: whatever `create_fts_index` tokenised of the titles
    (DuckDB's tokeniser, no use for Chinese) is replaced by jieba terms."""
    load_fts(con)
    con.execute(
        "pragma create_fts_index('dim_article', 'article_id', 'title', stemmer = 'none', "
        r"stopwords = 'none', ignore = '\s+', strip_accents = 0, lower = 0, overwrite = 1)"
    )
    for table in ("docs", "terms", "dict"):
        con.execute(f"delete from {SCHEMA}.{table}")
    con.execute(f"update {SCHEMA}.stats set num_docs = 0, avgdl = 0")
    con.execute(f"update {SCHEMA}.fields set field = 'terms'")
    con.execute(sql_text("search_index"))  # comments on the index's tables


def index_terms(con: duckdb.DuckDBPyConnection, term: pl.DataFrame) -> None:
    """Add the articles whose terms (`transforms.schemas.TERM`: article_id, term, tf) are given.
    The caller holds the transaction, with the batch's other rows."""
    if term.is_empty():
        return
    started = time.perf_counter()
    con.execute(sql_text("search_index_fill"))
    spent["seconds"] += time.perf_counter() - started
    spent["batches"] += 1


def backfill(con: duckdb.DuckDBPyConnection) -> int:
    """Index the articles that have no document in the index (a warehouse of an earlier build),
    their terms counted as staging counts them, a few thousand at a time. The number indexed."""
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
            return done
        term = pl.DataFrame(
            [(r[0], t, n) for r in rows for t, n in article_terms(*r[1:]).items()],
            schema={"article_id": pl.String, "term": pl.String, "tf": pl.Int32},
            orient="row",
        )
        index_terms(con, term)
        done, last = done + len(rows), rows[-1][0]
