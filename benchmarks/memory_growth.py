"""Where the ingest process's memory grows: one batch gated (and with --publish, published) again and
again, the process's RSS and Python's own allocations (tracemalloc) printed after each round.

    PYTHONPATH=. python benchmarks/memory_growth.py [--mb 100] [--rounds 16] [--publish] [--trim]

Flat RSS with --publish off and growing RSS with it on, Python's allocations flat in both, points at
native memory that comes with publishing (DuckDB), not at Python objects. --trim calls glibc's
malloc_trim(0) after each round, to tell freed-but-kept heap from memory still in use.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import os
import sys
import tempfile
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from make_corpus import ensure_corpus  # noqa: E402


def rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/status") as status:
        kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return kb / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=100, help="corpus whose first batch is used")
    ap.add_argument("--rounds", type=int, default=16)
    ap.add_argument("--publish", action="store_true", help="publish the batch each round too")
    ap.add_argument("--trim", action="store_true", help="malloc_trim(0) after each round")
    args = ap.parse_args()

    from expectations.gate import Gate
    from jiceng.settings import Settings
    from transforms.page import batch_frames, stage_page
    from warehouse import publish as records
    from warehouse.store import writable_copy

    cfg = Settings()
    corpus, _ = ensure_corpus(args.mb)
    files = sorted(corpus.rglob("*.txt"))[: cfg.batch_files]
    pages = [stage_page(str(f), f.read_bytes()) for f in files]
    with (
        tempfile.TemporaryDirectory() as tmp,
        writable_copy(Path(tmp) / "w.duckdb", cfg.duckdb_memory) as con,
    ):
        checker = Gate(*records.reference_ids(con))
        gc.collect()
        gc.freeze()
        tracemalloc.start()
        print("round  rss MB  python MB")
        for n in range(args.rounds):
            frames = batch_frames(pages)
            verdicts, results = checker.validate(frames)
            if args.publish:
                records.publish_batch(con, "memory", frames, verdicts, results)
            del frames, verdicts, results
            gc.collect()
            if args.trim:
                ctypes.CDLL("libc.so.6").malloc_trim(0)
            print(f"{n:5}  {rss_mb():6.0f}  {tracemalloc.get_traced_memory()[0] / 2**20:9.0f}", flush=True)


if __name__ == "__main__":
    main()
