"""Deciding that nothing is new with 10,000 files (or FILES) already loaded, in-process (no Prefect
start-up).

    PYTHONPATH=. python benchmarks/noop_10k.py [FILES]

Writes FILES small pages under /tmp/jiceng-noop-FILES (once), records them as loaded, then times the
scan and the plan of a run over them (the `find-new-files` task)."""

import os
import pathlib
import sys
import time

from flows import inbox
from flows.tasks import plan_files
from warehouse import publish as P
from warehouse.store import writable_copy

FILES = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
root = pathlib.Path(f"/tmp/jiceng-noop-{FILES}/inbox")
root.mkdir(parents=True, exist_ok=True)
if len(list(root.rglob("*.txt"))) < FILES:
    for i in range(FILES):
        d = root / f"{2020 + i % 5}" / f"{i % 12 + 1:02d}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"p{i:05d}.txt").write_text(f"本报讯 第{i}页", encoding="utf-8")
    old = time.time() - 3600
    for p in root.rglob("*.txt"):
        os.utime(p, (old, old))
wh = root.parent / "w.duckdb"
wh.unlink(missing_ok=True)
with writable_copy(wh) as con:
    cands, _ = inbox.scan(root, 2)
    hashed = [(c, inbox.sha256_of(c)) for c in cands]
    P.remember_seen(con, hashed)
    import polars as pl

    f = pl.DataFrame(
        {
            "file_id": [s[:16] for _, s in hashed],
            "path": [c.path for c, _ in hashed],
            "sha": [s for _, s in hashed],
        }
    )
    con.execute(
        "insert into dim_file (file_id, path, file_name, sha256, size_bytes, first_seen_at, run_id, status) select file_id, path, path, sha, 1, now()::timestamp, 'r', 'loaded' from f"
    )
with writable_copy(wh) as con:
    t = time.perf_counter()
    plan = plan_files(con, root, 2, retry=False)
    dt = time.perf_counter() - t
print(
    f"{len(plan.skipped) + len(plan.hashed)} files, new {len(plan.new)}, skipped {len(plan.skipped)}: decided in {dt:.3f} s"
)
