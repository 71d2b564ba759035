"""`jiceng search` of two builds on one index, in one process: median latency and the same hits.

    git show <commit>:jiceng/search.py > /tmp/old_search.py
    python benchmarks/search_compare.py /tmp/old_search.py [--warehouse FILE] [--passes 6]

Each pass runs the 20 `bench.SEARCH_QUERIES` and the HARD_QUERIES once each through `search` (query
cut, ranking, bodies, snippets), on a fresh read-only connection as each build's `jiceng search`
opens it (the old build: DuckDB's defaults; this one: `jiceng.search.connect`), as
`bench.search_latency` does; the builds alternate which goes first. Every pass must give the same hits
(ids and snippets; scores within 1e-12) as the first, or the script stops. HARD_QUERIES are queries of two to five
terms each held by a third to 95% of the synthetic index's articles. Then the ranking alone
(`_best_scores`, the best 50) for HARD_QUERIES, where old and new must give the same 50 articles with
scores within 1e-12 (a sum of several terms may come out an ulp apart from one run to the next in
either build). Prints, per pass, medians of wall and CPU time (this process, DuckDB's threads
included) and the load average before it (the machine is shared); at the end, per build and class
(SEARCH_QUERIES, HARD_QUERIES), the median and 95th percentile of every query's wall and CPU time
over the passes, and each hard query's median.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import SEARCH_QUERIES  # noqa: E402

import jiceng.search as new  # noqa: E402

HARD_QUERIES = (
    "党建引领 基层治理 议事会", "红色物业 加装电梯 网格员", "四方汇 党建引领", "上海 四方汇", "网格员 议事会",
    "红色物业 加装电梯 网格员 议事会", "党建引领 基层治理 议事会 四方汇",
)  # fmt: skip


def load_old(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("old_search", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_search"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def opened(module: ModuleType, warehouse: Path) -> duckdb.DuckDBPyConnection:
    if hasattr(module, "connect"):
        return module.connect(warehouse)
    return duckdb.connect(str(warehouse), read_only=True)


def timed(run) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = run()
    return out, (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


CLASSES = {"bench": SEARCH_QUERIES, "hard": HARD_QUERIES}


def search_pass(module: ModuleType, warehouse: Path) -> tuple[list[float], list[float], dict]:
    con = opened(module, warehouse)
    walls, cpus, hits = [], [], {}
    for q in SEARCH_QUERIES + HARD_QUERIES:
        found, wall, cpu = timed(
            lambda q=q: module.search(con, module.query_terms(q), words=module.query_words(q))
        )
        hits[q] = [(h.article_id, h.score, h.snippet) for h in found]
        walls.append(wall), cpus.append(cpu)
    con.close()
    return walls, cpus, hits


def ranking_pass(module: ModuleType, warehouse: Path) -> tuple[list[float], list[float], dict]:
    walls, cpus, best = [], [], {}
    for q in HARD_QUERIES:
        con = opened(module, warehouse)
        best[q], wall, cpu = timed(lambda q=q, con=con: module._best_scores(con, module.query_terms(q), 50))
        walls.append(wall), cpus.append(cpu)
        con.close()
    return walls, cpus, best


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def same_hits(a: dict[str, list[tuple]], b: dict[str, list[tuple]]) -> bool:
    """The same articles and snippets for each query, scores within 1e-12."""
    return a.keys() == b.keys() and all(
        [(i, s) for i, _, s in a[q]] == [(i, s) for i, _, s in b[q]]
        and all(abs(x[1] - y[1]) < 1e-12 for x, y in zip(a[q], b[q], strict=True))
        for q in a
    )


def same_best(a: dict[int, float], b: dict[int, float]) -> bool:
    return a.keys() == b.keys() and all(abs(a[d] - b[d]) < 1e-12 for d in a)


def loadavg() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("old", type=Path, help="the old build's jiceng/search.py")
    parser.add_argument("--warehouse", type=Path, default=Path("/tmp/search1g/synth_new/synthetic.duckdb"))
    parser.add_argument("--passes", type=int, default=6)
    args = parser.parse_args()
    builds = {"old": load_old(args.old), "new": new}
    new.query_terms("预热")  # rjieba's dictionary, loaded before the clock as in bench.search_latency
    reference, ranked, per_query = None, {}, {(n, q): [] for n in builds for q in HARD_QUERIES}
    searched = {(n, q): [] for n in builds for q in SEARCH_QUERIES + HARD_QUERIES}
    searched_cpu = {(n, q): [] for n in builds for q in SEARCH_QUERIES + HARD_QUERIES}
    for p in range(args.passes):
        for name in builds if p % 2 == 0 else reversed(builds):
            load = loadavg()
            walls, cpus, hits = search_pass(builds[name], args.warehouse)
            assert same_hits(hits, reference := reference or hits), f"{name}: other hits than the first pass"
            r_walls, r_cpus, best = ranking_pass(builds[name], args.warehouse)
            assert all(same_best(best[q], ranked.setdefault(q, best[q])) for q in HARD_QUERIES), name
            for q, wall in zip(HARD_QUERIES, r_walls, strict=True):
                per_query[(name, q)].append(wall)
            for q, wall, cpu in zip(SEARCH_QUERIES + HARD_QUERIES, walls, cpus, strict=True):
                searched[(name, q)].append(wall)
                searched_cpu[(name, q)].append(cpu)
            print(f"pass {p} {name}: search median {statistics.median(walls):.1f} ms wall "
                  f"{statistics.median(cpus):.1f} ms CPU (slowest {max(walls):.1f}); hard rankings median "
                  f"{statistics.median(r_walls):.0f} ms wall {statistics.median(r_cpus):.0f} CPU; load {load}",
                  flush=True)  # fmt: skip
    for label, queries in CLASSES.items():
        for n in builds:
            walls = [w for q in queries for w in searched[(n, q)]]
            cpus = [c for q in queries for c in searched_cpu[(n, q)]]
            worst = max(statistics.median(searched[(n, q)]) for q in queries)
            print(f"{label} queries, {n}: search wall median {statistics.median(walls):.1f} ms, "
                  f"p95 {percentile(walls, 0.95):.1f} ms, slowest query's median {worst:.1f} ms; "
                  f"CPU median {statistics.median(cpus):.1f} ms, p95 {percentile(cpus, 0.95):.1f} ms")  # fmt: skip
    for q in HARD_QUERIES:
        ranking = (f"{n} {statistics.median(per_query[(n, q)]):.0f} ms" for n in builds)
        search = (f"{n} {statistics.median(searched[(n, q)]):.0f} ms" for n in builds)
        print(f"{q}: ranking median (wall) " + ", ".join(ranking) + "; search " + ", ".join(search))
    print(
        "every pass: the same hits (ids, scores, snippets) for every query, the same best 50 for the hard ones"
    )


if __name__ == "__main__":
    main()
