"""`jiceng`: the command line (see `jiceng --help`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jiceng.settings import Settings

HELP = """Jiceng: newspaper pages about grassroots governance -> a DuckDB warehouse, every load gated
on data-quality checks. Pages are plain-text files (*.txt, any of UTF-8, UTF-16, GB18030, Big5)
dropped into the inbox; a run loads only content it has not seen before."""


def _parser() -> argparse.ArgumentParser:
    cfg = Settings()
    p = argparse.ArgumentParser(prog="jiceng", description=HELP)
    sub = p.add_subparsers(dest="command", required=True)
    ing = sub.add_parser("ingest", help="run the ingest flow once over the inbox")
    ing.add_argument(
        "--inbox",
        type=Path,
        default=cfg.inbox,
        help=f"folder of pages, searched recursively (default {cfg.inbox}, or $JICENG_INBOX)",
    )
    ing.add_argument(
        "--warehouse",
        type=Path,
        default=cfg.warehouse,
        help=f"DuckDB file (default {cfg.warehouse}, or $JICENG_WAREHOUSE)",
    )
    ing.add_argument(
        "--reports",
        type=Path,
        default=cfg.reports,
        help=f"folder for data-quality reports (default {cfg.reports})",
    )
    srv = sub.add_parser(
        "serve", help="run the ingest flow on a cron schedule (starts a local Prefect server)"
    )
    srv.add_argument("--cron", default="*/15 * * * *", help='cron schedule (default "*/15 * * * *")')
    srv.add_argument(
        "--port", type=int, default=None, help="port of the local Prefect server (default: a free one)"
    )
    retry = sub.add_parser("retry", help="re-validate held-back files (after the rules or the code changed)")
    rep = sub.add_parser("report", help="write the analyst's HTML report (offline, one file)")
    rep.add_argument("--out", type=Path, default=Path("warehouse/report.html"))
    for p_ in (srv, retry, rep):
        p_.add_argument("--warehouse", type=Path, default=cfg.warehouse)
    for p_ in (srv, retry):
        p_.add_argument("--inbox", type=Path, default=cfg.inbox)
        p_.add_argument("--reports", type=Path, default=cfg.reports)
    dq = sub.add_parser("dq", help="show the last run's held-back files and failed expectations")
    dq.add_argument("--warehouse", type=Path, default=cfg.warehouse)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command in ("ingest", "retry"):
        return _ingest(args, retry=args.command == "retry")
    if args.command == "serve":
        from jiceng.serve import serve

        return serve(args.cron, args.inbox, args.warehouse, args.reports, args.port)
    if args.command == "report":
        from jiceng.report import write_report

        print(f"report: {write_report(args.warehouse, args.out)}")
        return 0
    if args.command == "dq":
        from jiceng.dq import show

        return show(args.warehouse)
    return 2


def _ingest(args: argparse.Namespace, retry: bool = False) -> int:
    from flows.ingest import ingest
    from warehouse.store import WarehouseBusy

    try:
        s = ingest(
            inbox=str(args.inbox), warehouse=str(args.warehouse), reports=str(args.reports), retry=retry
        )
    except WarehouseBusy as busy:
        print(f"jiceng: {busy}", file=sys.stderr)
        return 3
    print(
        f"files seen {s['seen']}: loaded {s['loaded']}, quarantined {s['quarantined']}, "
        f"duplicate {s['duplicate']}, skipped (already loaded or not ready) {s['skipped']}\n"
        f"articles {s['articles']}, metrics {s['metrics']}\n"
        f"warehouse: {args.warehouse}\ndata-quality report: {s['report']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
