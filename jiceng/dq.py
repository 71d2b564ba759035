"""`jiceng dq`: the last run's held-back files and failed expectations, readable at a glance."""

from __future__ import annotations

from pathlib import Path

import duckdb


def show(warehouse: Path) -> int:
    if not warehouse.exists():
        print(f"no warehouse at {warehouse}: run `jiceng ingest` first")
        return 1
    con = duckdb.connect(str(warehouse), read_only=True)
    run = con.execute("""select run_id, started_at, files_seen, files_loaded, files_quarantined, files_skipped,
                         files_duplicate, report_path from dq_run order by started_at desc limit 1""").fetchone()
    if not run:
        print("no run recorded yet")
        return 0
    print(
        f"last run {run[0]} at {run[1]:%Y-%m-%d %H:%M} UTC: seen {run[2]}, loaded {run[3]}, "
        f"held back {run[4]}, skipped {run[5]}, duplicate {run[6]}\nreport: {run[7]}"
    )
    held = con.execute(
        """select path, reason from dim_file where run_id = ? and status = 'quarantined'
                          order by path""",
        [run[0]],
    ).fetchall()
    print(f"\nheld back ({len(held)}):" if held else "\nnothing held back")
    for path, reason in held:
        print(f"  {path}\n      {reason}")
    warns = con.execute(
        """select f.path, r.observed from dq_result r join dim_file f using (file_id)
                           where r.run_id = ? and not r.success and r.severity = 'warning' order by 1""",
        [run[0]],
    ).fetchall()
    if warns:
        print(f"\nwarnings ({len(warns)}):")
        for path, observed in warns:
            print(f"  {path}: {observed}")
    return 0
