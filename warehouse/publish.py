"""Publish a validated batch into the warehouse copy in one transaction, so a batch's rows arrive
together or not at all; a held-back file gets only its dim_file row and dq_result rows."""

from __future__ import annotations

import duckdb
import polars as pl

from warehouse.search_index import index_terms
from warehouse.store import sql_text


def _decided(include_quarantined: bool) -> str:
    """The statuses of decided contents as a SQL list: a literal, not a parameter (binding any
    parameter makes DuckDB's Python client import pandas, see `changed_paths`)."""
    return "('loaded', 'quarantined')" if include_quarantined else "('loaded')"


def known_contents(
    con: duckdb.DuckDBPyConnection, include_quarantined: bool = True
) -> dict[str, tuple[str, str, str]]:
    """sha256 -> (file_id, path, status) of every content the warehouse has decided on (held-back
    contents left out when they are to be validated again)."""
    rows = con.execute(
        f"select sha256, file_id, path, status from dim_file where status in {_decided(include_quarantined)}"
    ).fetchall()
    return {sha: (fid, path, status) for sha, fid, path, status in rows}


def file_rows(con: duckdb.DuckDBPyConnection, files: pl.DataFrame, verdicts: list, run_id: str) -> None:
    """A dim_file row per file of the batch, with the gate's verdict and reason."""
    decided = pl.DataFrame(
        {
            "file_id": [v.file_id for v in verdicts],
            "status": [v.status for v in verdicts],
            "reason": [v.reason for v in verdicts],
        },
        schema={"file_id": pl.String, "status": pl.String, "reason": pl.String},
    )
    f = files.join(decided, on="file_id", how="left")  # noqa: F841 - read by DuckDB
    # A file decided before (held back, now validated again) is replaced and keeps its first_seen_at.
    # A delete and a plain insert, not `insert or replace`: over the 1 GB benchmark's warehouse that
    # took 0.16-0.24 s a batch of 500 new files, the delete and insert 0.03-0.06 s (benchmarks/
    # RESULTS.md, seventh session).
    earlier = con.execute(  # noqa: F841 - read by DuckDB
        "delete from dim_file d using f where d.file_id = f.file_id returning d.file_id, d.first_seen_at"
    ).pl()
    con.execute(
        """insert into dim_file
           select file_id, path, file_name, sha256, size_bytes, encoding,
                  coalesce(e.first_seen_at, now()::timestamp),
                  case when status = 'loaded' then now()::timestamp end, $run_id, status, reason,
                  repairs, warnings, cjk_ratio, articles, null, page_text
           from f left join earlier e using (file_id)""",
        {"run_id": run_id},
    )
    con.execute(
        """update dim_file d set superseded_by = f.file_id from f
           where d.path = f.path and d.file_id <> f.file_id and d.status = 'loaded' and f.status = 'loaded'"""
    )


def facts(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame]) -> None:
    """Insert the rows of loaded files (the caller holds the transaction), then their keywords."""
    art, met, au = frames["article"], frames["metric"], frames["author"]  # noqa: F841 - read by DuckDB
    ini, reg, term, top = frames["initiative"], frames["region_mention"], frames["term"], frames["topic"]  # noqa: F841
    con.execute("""insert into dim_article select article_id, file_id, seq, kind, kicker, title, subtitle,
                   byline, dateline, publish_date_key, body, char_count, primary_region_id, page_start, page_end,
                   warnings, confidence, label_confidence, match_margin from art""")
    con.execute("insert or ignore into dim_author select distinct author_id, name from au")
    con.execute("insert into bridge_article_author select distinct article_id, author_id, role from au")
    con.execute("""insert or ignore into dim_initiative
                   select initiative_id, any_value(name), mode(kind) from ini group by initiative_id""")
    con.execute("""update dim_initiative d set kind = i.kind from (select initiative_id, mode(kind) kind from ini
                   group by 1) i where d.initiative_id = i.initiative_id and d.kind is null""")
    con.execute("insert into fact_article_initiative select article_id, initiative_id, mentions from ini")
    localities = frames["region"].unique("region_id", keep="first", maintain_order=True)  # noqa: F841
    con.execute("""insert or ignore into dim_region select region_id, name, full_name, level, parent_id,
                   province, city, county, resolved_by from localities""")
    con.execute("insert into fact_region_mention select article_id, region_id, mentions from reg")
    # A batch's metrics go in by region: a query for one region then reads one run of rows a batch,
    # not a few rows of every vector, and skips the row groups whose min/max leave it out (a median
    # county's metrics at 1 GB: 88 ms against 166-175 ms; benchmarks/RESULTS.md).
    con.execute("""insert into fact_metric select metric_id, article_id, region_id, subject, value, unit,
                   qualifier, raw_text, sentence, char_start, char_end, page_start, page_end from met
                   order by region_id nulls last, metric_id""")
    con.execute("insert into fact_article_topic select article_id, topic_id, score from top")
    con.execute(sql_text("fact_keyword_fill"))
    index_terms(con, term, art.get_column("article_id"))  # its rows follow dim_article's, in this order


def dq_rows(con: duckdb.DuckDBPyConnection, run_id: str, results: pl.DataFrame) -> None:
    res = results.with_columns(pl.lit(run_id).alias("run_id"))  # noqa: F841
    con.execute("""insert into dq_result select run_id, file_id, suite, expectation, column_name, severity, success,
                   observed from res""")


# A scanned file as file_seen keeps it: the fields of flows.inbox.Candidate, in its order.
_FILE_STATE = {"path": pl.String, "size_bytes": pl.Int64, "mtime_ns": pl.Int64}


def changed_paths(
    con: duckdb.DuckDBPyConnection, candidates: list, include_quarantined: bool = True
) -> set[str]:
    """Paths of the candidates (`flows.inbox.Candidate`) that are not unchanged since the last run:
    never seen, seen with another size or mtime, or whose content the warehouse has not decided on
    (held back and to be validated again).

    The decided files' (path, size, mtime) come into Python as plain tuples and the candidates are
    looked up among them. Handing the candidates to DuckDB as a frame instead imports pandas and
    pyarrow on the first scan (0.37 s), which a scheduled run with nothing new paid every time; over
    106,273 loaded files this takes 0.17 s against 0.49 s (benchmarks/RESULTS.md, seventh session),
    and ~20 MB for as long as it runs. No query parameter either: binding one imports pandas too."""
    if not candidates:
        return set()
    decided = set(
        con.execute(
            f"""select s.path, s.size_bytes, s.mtime_ns from file_seen s
                semi join dim_file d on d.sha256 = s.sha256 and d.status in {_decided(include_quarantined)}"""
        ).fetchall()
    )
    return {c.path for c in candidates if (c.path, c.size, c.mtime_ns) not in decided}


def remember_seen(con: duckdb.DuckDBPyConnection, hashed: list) -> None:  # list[(Candidate, sha256)]
    """Size, mtime and hash of every file read, so an unchanged file is not read again (one insert)."""
    if not hashed:
        return
    seen = pl.DataFrame(  # noqa: F841 - read by DuckDB
        [(*c, sha) for c, sha in hashed], schema={**_FILE_STATE, "sha256": pl.String}, orient="row"
    )
    con.execute("insert or replace into file_seen select * from seen")


def publish_batch(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    frames: dict[str, pl.DataFrame],
    verdicts: list,
    results: pl.DataFrame,
) -> dict[str, int]:
    """One transaction for the batch (its staged frames, see transforms.page.batch_frames): the facts
    of the files that passed, a dim_file row for every file (loaded or quarantined, with its reason),
    every dq_result row. All or nothing."""
    loaded_ids = pl.Series([v.file_id for v in verdicts if v.status == "loaded"], dtype=pl.String)
    loaded = {name: f.filter(pl.col("file_id").is_in(loaded_ids)) for name, f in frames.items()}
    con.execute("begin")
    try:
        if loaded_ids.len():
            facts(con, loaded)
        file_rows(con, frames["file"], verdicts, run_id)
        dq_rows(con, run_id, results)
    except BaseException:
        con.execute("rollback")  # nothing of the batch is published; the task may retry it whole
        raise
    con.execute("commit")
    return {
        "loaded": loaded_ids.len(),
        "quarantined": len(verdicts) - loaded_ids.len(),
        "articles": loaded["article"].filter(pl.col("kind") != "orphan_headline").height,
        "metrics": loaded["metric"].height,
    }


def duplicate_rows(con: duckdb.DuckDBPyConnection, run_id: str, duplicates: list) -> None:
    """A copy of already-loaded content under another name: a dim_file row saying so, nothing else.
    One insert for all of them: a moved archive makes every file a duplicate, and a row at a time
    took minutes over 100,000 files."""
    if not duplicates:
        return
    from transforms.page import short_id

    dup = pl.DataFrame(  # noqa: F841 - read by DuckDB
        [
            (
                short_id(sha, cand.path),
                cand.path,
                cand.path.rsplit("/", 1)[-1],
                sha,
                cand.size,
                f"same content as {first_path}, already processed",
            )
            for cand, sha, first_path in duplicates
        ],
        schema={
            "file_id": pl.String,
            "path": pl.String,
            "file_name": pl.String,
            "sha256": pl.String,
            "size_bytes": pl.Int64,
            "reason": pl.String,
        },
        orient="row",
    )
    con.execute(
        """insert or ignore into dim_file (file_id, path, file_name, sha256, size_bytes, first_seen_at, run_id,
               status, reason)
           select file_id, path, file_name, sha256, size_bytes, now()::timestamp, $run_id, 'duplicate', reason
           from dup""",
        {"run_id": run_id},
    )


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, flow_run_id: str | None) -> None:
    con.execute(
        "insert into dq_run (run_id, flow_run_id, started_at) values (?, ?, now()::timestamp)",
        [run_id, flow_run_id],
    )


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, summary: dict, report_path: str) -> None:
    con.execute(
        """update dq_run set finished_at = now()::timestamp, files_seen = ?, files_loaded = ?, files_quarantined = ?,
               files_skipped = ?, files_duplicate = ?, success = true, report_path = ? where run_id = ?""",
        [
            summary["seen"],
            summary["loaded"],
            summary["quarantined"],
            summary["skipped"],
            summary["duplicate"],
            report_path,
            run_id,
        ],
    )


def reference_ids(con: duckdb.DuckDBPyConnection) -> tuple[list[str], list[str]]:
    regions = [r for (r,) in con.execute("select region_id from dim_region").fetchall()]
    topics = [t for (t,) in con.execute("select topic_id from dim_topic").fetchall()]
    return regions, topics
