"""The data-quality report: one self-contained HTML page per run (inline styles, no scripts, no
network), every value from the data escaped. Held-back files come first, with their reasons.

We write this page ourselves instead of GX Data Docs: Data Docs render data values unescaped (a page
holding `<script>` would run when the report is opened) and load their styles from CDNs."""

from __future__ import annotations

import html
from pathlib import Path

import duckdb

_STYLE = """body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}
th{background:#f3f3f3}.quarantined{background:#fde8e8}.duplicate{background:#fff6dd}.loaded{background:#eaf7ea}
.warning{color:#8a5a00}.critical{color:#b00020;font-weight:600}.summary span{margin-right:1.5rem}"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _table(headers: list[str], rows: list[tuple], row_class: int | None = None) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join(
        f"<tr class='{_e(r[row_class]) if row_class is not None else ''}'>"
        + "".join(f"<td>{_e(v)}</td>" for v in r)
        + "</tr>"
        for r in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>" if rows else "<p>None.</p>"


# Rows per table on the page: held-back files and critical failures come first, so a person sees
# those in full; the rest of a long run (a 1 GB backfill has 106,273 files and hundreds of thousands
# of warnings) is counted, not listed, and is in dim_file and dq_result. Listing it all made a page of
# tens of MB and raised the ingest process's memory by ~500 MB at the end of a 1 GB run.
MAX_ROWS = 1000


def write(con: duckdb.DuckDBPyConnection, run_id: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    run = con.execute(
        """select started_at, files_seen, files_loaded, files_quarantined, files_skipped,
                         files_duplicate from dq_run where run_id = ?""",
        [run_id],
    ).fetchone()
    n_files = con.execute("select count(*) from dim_file where run_id = ?", [run_id]).fetchone()[0]  # type: ignore[index]
    files = con.execute(
        """select status, path, reason, encoding, articles from dim_file where run_id = ?
                           order by status = 'loaded', path limit ?""",
        [run_id, MAX_ROWS],
    ).fetchall()
    by_check = con.execute(
        """select severity, suite, expectation, count(*) as failures, count(distinct file_id) as files
           from dq_result where run_id = ? and not success group by all order by severity, failures desc""",
        [run_id],
    ).fetchall()
    failed = con.execute(
        """select f.path, r.severity, r.suite, r.column_name, r.observed, r.expectation
                            from dq_result r join dim_file f using (file_id) where r.run_id = ? and not r.success
                            order by r.severity, f.path limit ?""",
        [run_id, MAX_ROWS],
    ).fetchall()
    n_failed = sum(row[3] for row in by_check)
    summary = "".join(
        f"<span>{_e(k)}: <b>{_e(v)}</b></span>"
        for k, v in zip(
            ("seen", "loaded", "quarantined", "skipped", "duplicate"), (run or (None,) * 6)[1:], strict=True
        )
    )
    page = (
        f"<!doctype html><html lang='zh'><head><meta charset='utf-8'><title>Jiceng data quality {_e(run_id)}</title>"
        f"<style>{_STYLE}</style></head><body><h1>Data quality — run {_e(run_id)}</h1>"
        f"<p class='summary'>{summary}</p>"
        "<p>Great Expectations Data Docs of the last batch: <a href='gx/index.html'>gx/index.html</a></p>"
        "<h2>Files in this run (held back first)</h2>"
        + _table(["status", "file", "reason", "encoding", "articles"], files, row_class=0)
        + _more(len(files), n_files, "files", "dim_file", run_id)
        + "<h2>Failed expectations by check</h2>"
        + _table(["severity", "suite", "expectation", "failures", "files"], by_check, row_class=0)
        + "<h2>Failed expectations (critical first)</h2>"
        + _table(["file", "severity", "suite", "column", "what was seen", "expectation"], failed, row_class=1)
        + _more(len(failed), n_failed, "failures", "dq_result", run_id)
        + "</body></html>"
    )
    out = folder / f"dq-{run_id}.html"
    out.write_text(page, encoding="utf-8")
    (folder / "index.html").write_text(page, encoding="utf-8")
    return out


def _more(shown: int, total: int, what: str, table: str, run_id: str) -> str:
    if shown >= total:
        return ""
    return (
        f"<p>The first {shown:,} of {total:,} {_e(what)}; every one is in <code>{_e(table)}</code> "
        f"(<code>where run_id = '{_e(run_id)}'</code>).</p>"
    )
