"""What the time limit on reads costs per file: the benchmark corpus's pages hashed (as planning
does: `inbox.plan`) and read again (as staging does: `inbox.read_each`, chunks of 25 files), in the
calling thread (no limit) and through the reader thread with the limit a run uses, all handed over
together (`flows.limits.each_within`, what a run does) or one hand-over per file
(`flows.limits.within`), alternating, page cache warm.

    PYTHONPATH=. python benchmarks/read_overhead.py [MB] [ROUNDS]

Uses benchmarks/corpus/<MB>mb (make it with `python benchmarks/make_corpus.py --mb MB`)."""

import sys
import time
from pathlib import Path

from flows import inbox

MB = sys.argv[1] if len(sys.argv) > 1 else "100"
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
pages = Path(__file__).parent / "corpus" / f"{MB}mb" / "pages"
candidates, _ = inbox.scan(pages, 0)
shas = [inbox.sha256_of(c) for c in candidates]  # warms the page cache
print(f"{len(candidates)} files, {sum(c.size for c in candidates) / 1e6:.1f} MB")


planned = list(zip(candidates, shas, strict=True))
paths = {c.path for c in candidates}


def timed(what: str, how: str) -> float:
    limit = None if how == "none" else 30.0
    started = time.perf_counter()
    if what == "hash" and how == "each":
        for c in candidates:
            inbox.sha256_of(c, limit)
    elif what == "hash":
        inbox.plan(candidates, paths, {}, read_limit=limit)
    elif how == "each":
        for c, sha in planned:
            inbox.read_same(c, sha, limit)
    else:
        for i in range(0, len(planned), 25):
            inbox.read_each(planned[i : i + 25], limit)
    return time.perf_counter() - started


for what in ("hash", "read"):
    times: dict[str, list[float]] = {"none": [], "batched": [], "each": []}
    for _ in range(ROUNDS):
        for how, runs in times.items():
            runs.append(timed(what, how))
    best = min(times["none"])
    print(
        f"{what}: "
        + "; ".join(
            f"{how} {', '.join(f'{t:.3f}' for t in runs)} s"
            + ("" if how == "none" else f" ({(min(runs) - best) / len(candidates) * 1e6:+.1f} us a file)")
            for how, runs in times.items()
        )
    )
