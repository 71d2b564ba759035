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
    dq = sub.add_parser("dq", help="show the last run's held-back files and failed expectations")
    dq.add_argument("--warehouse", type=Path, default=cfg.warehouse)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "ingest":
        return _ingest(args)
    if args.command == "dq":
        from jiceng.dq import show

        return show(args.warehouse)
    return 2


def _ingest(args: argparse.Namespace) -> int:
    from flows.ingest import ingest
    from warehouse.store import WarehouseBusy

    try:
        s = ingest(inbox=str(args.inbox), warehouse=str(args.warehouse), reports=str(args.reports))
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
