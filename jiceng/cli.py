"""`jiceng`: the command line (see `jiceng --help`)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from jiceng.settings import Settings, out_of_memory_advice

HELP = """Jiceng: newspaper pages about grassroots governance -> a DuckDB warehouse, every load gated
on data-quality checks. Pages are plain-text files (*.txt, any of UTF-8, UTF-16, GB18030, Big5)
dropped into the inbox; a run loads only content it has not seen before."""


def _run_options(p: argparse.ArgumentParser, cfg: Settings) -> None:
    p.add_argument(
        "--inbox",
        type=Path,
        default=cfg.inbox,
        help=f"folder of pages, searched recursively (default {cfg.inbox}, or $JICENG_INBOX)",
    )
    p.add_argument(
        "--warehouse",
        type=Path,
        default=cfg.warehouse,
        help=f"DuckDB file (default {cfg.warehouse}, or $JICENG_WAREHOUSE)",
    )
    p.add_argument(
        "--reports",
        type=Path,
        default=cfg.reports,
        help=f"folder for data-quality reports (default {cfg.reports}, or $JICENG_REPORTS)",
    )
    p.add_argument(
        "--workers", type=int, default=cfg.workers, help=f"processes staging pages (default {cfg.workers})"
    )
    p.add_argument(
        "--runner",
        choices=("local", "dask"),
        default="local",
        help="local: a process pool on this machine; dask: one task per file on a Dask cluster",
    )
    p.add_argument(
        "--dask-address", default=None, help="scheduler of an existing Dask cluster (default: a local one)"
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar and only warnings in the log")


def _parser() -> argparse.ArgumentParser:
    cfg = Settings()
    p = argparse.ArgumentParser(prog="jiceng", description=HELP)
    sub = p.add_subparsers(dest="command", required=True)
    _run_options(sub.add_parser("ingest", help="run the ingest flow once over the inbox"), cfg)
    _run_options(
        sub.add_parser("retry", help="ingest again, validating held-back files anew (after a rule change)"),
        cfg,
    )
    srv = sub.add_parser(
        "serve", help="run the ingest flow on a cron schedule (starts a local Prefect server)"
    )
    _run_options(srv, cfg)
    srv.add_argument("--cron", default="*/15 * * * *", help='cron schedule (default "*/15 * * * *")')
    srv.add_argument(
        "--port", type=int, default=None, help="port of the local Prefect server (default: a free one)"
    )
    rep = sub.add_parser("report", help="write the analyst's HTML report (one offline file)")
    rep.add_argument("--warehouse", type=Path, default=cfg.warehouse)
    rep.add_argument("--out", type=Path, default=Path("warehouse/report.html"))
    dq = sub.add_parser("dq", help="show the last run's held-back files and warnings")
    dq.add_argument("--warehouse", type=Path, default=cfg.warehouse)
    _search_options(sub.add_parser("search", help="ranked articles for a query (full-text, BM25)"), cfg)
    return p


def _search_options(p: argparse.ArgumentParser, cfg: Settings) -> None:
    p.add_argument("query", help="words to look for, e.g. 加装电梯 or '上海 加装电梯'")
    p.add_argument("--warehouse", type=Path, default=cfg.warehouse)
    p.add_argument("--province", help="only articles about this province (e.g. 上海, 浙江省)")
    p.add_argument("--city", help="only articles about this city (e.g. 杭州)")
    p.add_argument("--since", help="only articles published in or after this month (YYYY-MM)")
    p.add_argument("--until", help="only articles published in or before this month (YYYY-MM)")
    p.add_argument("--limit", type=int, default=10, help="at most this many articles (default 10)")
    p.add_argument("--json", action="store_true", help="a JSON list instead of text")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if getattr(args, "quiet", False):
        os.environ.update(JICENG_QUIET="1", PREFECT_LOGGING_LEVEL="WARNING")
    if getattr(args, "workers", None):
        os.environ["JICENG_WORKERS"] = str(args.workers)
    if args.command in ("ingest", "retry"):
        return _ingest(args, retry=args.command == "retry")
    if args.command == "serve":
        from jiceng.serve import serve

        return serve(args.cron, args.inbox, args.warehouse, args.reports, args.port)
    if args.command == "search":
        from jiceng.search import run

        return run(
            args.query,
            args.warehouse,
            args.province,
            args.city,
            args.since,
            args.until,
            args.limit,
            args.json,
        )
    if args.command == "report":
        from jiceng.report import write_report

        print(f"report: {write_report(args.warehouse, args.out)}")
        return 0
    from jiceng.dq import show

    return show(args.warehouse)


def _ingest(args: argparse.Namespace, retry: bool = False) -> int:
    import duckdb

    from flows.ingest import ingest
    from flows.limits import RunTimedOut
    from flows.runners import task_runner
    from warehouse.store import DiskFull, WarehouseBusy

    flow = ingest
    if args.runner == "dask":
        flow = ingest.with_options(task_runner=task_runner("dask", args.workers, args.dask_address))
    try:
        s = flow(
            inbox=str(args.inbox),
            warehouse=str(args.warehouse),
            reports=str(args.reports),
            retry=retry,
            on_cluster=args.runner == "dask",
        )
    except WarehouseBusy as busy:
        print(f"jiceng: {busy}", file=sys.stderr)
        return 3
    except duckdb.OutOfMemoryException as oom:
        advice = out_of_memory_advice(Settings().duckdb_memory)
        print(f"jiceng: {advice}\nDuckDB: {str(oom).splitlines()[0]}", file=sys.stderr)
        return 4
    except DiskFull as full:
        print(f"jiceng: {full}", file=sys.stderr)
        return 5
    except RunTimedOut as late:
        print(f"jiceng: {late}", file=sys.stderr)
        return 6
    print(
        f"files seen {s['seen']}: loaded {s['loaded']}, quarantined {s['quarantined']}, "
        f"duplicate {s['duplicate']}, skipped (already loaded or not ready) {s['skipped']}\n"
        f"articles {s['articles']}, metrics {s['metrics']}\n"
        f"warehouse: {args.warehouse}\n"
        + (
            f"data-quality report: {s['report']}"
            if s["report"]
            else "nothing new: the warehouse was not touched"
        )
    )
    not_read = s.get("not_read", [])
    for path, why in not_read[:50]:
        print(f"not read: {path}: {why}")
    if len(not_read) > 50:
        print(f"not read: {len(not_read) - 50} more, each in the flow's log")
    return 0


if __name__ == "__main__":
    sys.exit(main())
