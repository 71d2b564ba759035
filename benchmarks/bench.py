"""Throughput, memory and latency of Jiceng on a generated corpus (issue 7).

    python benchmarks/bench.py [--mb 10] [--out benchmarks/RESULTS.md] [--profile]

Generates (or reuses) `benchmarks/corpus/<mb>mb/`, then measures, in this order:
1. start-up: `jiceng ingest` over an empty inbox (Prefect's ephemeral server and the imports);
2. end to end: `jiceng ingest` over the corpus into a fresh warehouse (wall time, peak RSS);
3. a second `jiceng ingest` over the same corpus (nothing new), and a start-up over the empty inbox's
   own warehouse again (the nothing-new path with no file: the start-up taken off step 3's time),
   three such pairs, the median pair reported;
   CPU seconds of each process of the tree (ingest, staging workers, Prefect's server) for step 2;
4. the stages in-process, without Prefect: scan+read+hash, decode, repair+segment, extract, gate
   (batches of JICENG_BATCH_FILES pages), publish (into a warehouse copy), swap;
5. bare segmentation of the same page text: rjieba (all of it) and jieba (a subsample, extrapolated);
6. five analyst queries on the loaded warehouse, opened read_only (median of 5); twenty full-text
   searches (median), the seconds the search index took in runs 2 and 3 (the flow's log) and its size;
7. with --profile: pyinstrument over the in-process staging, top functions of our code.
The results replace this size's section of RESULTS.md (other sizes' sections are kept).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "benchmarks"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from make_corpus import SEED, ensure_corpus, generate, harvest, source_files  # noqa: E402

MB = 1_000_000
JIEBA_SAMPLE_CHARS = 1_500_000  # jieba.lcut runs ~1 MB of text per few seconds: cap and extrapolate
ENV = {"PYTHONPATH": str(ROOT), "JICENG_SETTLE_SECONDS": "0", "PYTHONUNBUFFERED": "1"}
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
PSS_STEP_MB = 16.0  # the tree's PSS is read again once its RSS has grown this much (TreeSampler)
PSS_EVERY = 1.0  # ... and at least this often (seconds)


# ---------------------------------------------------------------- the ingest subprocess


@dataclass
class Run:
    seconds: float
    max_rss_mb: float  # the largest single process (the kernel's ru_maxrss)
    tree_rss_mb: float  # the whole tree at its peak: the ingest process and its workers, RSS summed
    tree_pss_mb: float  # the same with shared pages shared out: the tree's physical footprint
    cpu: dict[str, float]  # CPU seconds by role (ingest process, staging workers, Prefect server)
    summary: str
    publishes: list[float] = field(default_factory=list)  # seconds of each progress publish (the log)
    flow_seconds: float | None = None  # "Beginning flow run" to "Finished in state" (see flow_span)
    steal_seconds: float = 0.0  # CPU time the hypervisor gave to other guests during the run (all cores)
    index_seconds: float | None = None  # adding the run's batches to the search index (the flow's log)


def tree_pids(root: int) -> set[int]:
    """A process and all its descendants, from /proc (Linux)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [c for c, p in parents.items() if p == pid and c not in tree]
        tree.update(kids)
        frontier.extend(kids)
    return tree


def tree_rss_mb(tree: set[int]) -> float:
    """RSS summed from /proc/PID/statm (a few µs per process). RSS counts a shared library's pages
    once per process that maps them (polars, duckdb and jieba are loaded by every worker)."""
    pages = 0
    for pid in tree:
        try:
            pages += int(Path(f"/proc/{pid}/statm").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            continue
    return pages * PAGE_BYTES / 2**20


def tree_pss_mb(tree: set[int]) -> float:
    """PSS summed from /proc/PID/smaps_rollup: shared pages shared out, so the sum is the tree's
    real footprint. The kernel walks the process's page tables for it: ~20 ms of CPU for a process
    of 1 GB, charged to the reader."""
    pss = 0
    for pid in tree:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        if m := re.search(r"^Pss:\s+(\d+) kB", rollup, re.MULTILINE):
            pss += int(m.group(1))
    return pss / 1024


def steal_seconds() -> float:
    """The machine's CPU steal so far (/proc/stat: time a virtual CPU waited for the host), summed
    over its cores: when it grows during a run, the run's wall time says less about the code."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
    return int(fields[8]) / os.sysconf("SC_CLK_TCK") if len(fields) > 8 else 0.0


def cpu_seconds(pid: int) -> tuple[str, float] | None:
    """(role, user + system CPU seconds so far) of one process: the ingest process itself, a staging
    worker, Prefect's server, or other (the pool's resource tracker)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except (OSError, IndexError):
        return None
    ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of proc(5))
    if "jiceng.cli" in cmdline:
        role = "ingest process"
    elif "multiprocessing-fork" in cmdline:
        role = "staging workers"
    elif "prefect.server" in cmdline or "uvicorn" in cmdline:
        role = "Prefect server"
    else:
        role = "other"
    return role, ticks / os.sysconf("SC_CLK_TCK")


class TreeSampler(threading.Thread):
    """Samples the tree of `pid` every `every` seconds until stopped: the peaks of its memory, and
    each process's CPU time as last seen (a process's total, as it only grows).

    RSS is read at every sample (cheap). PSS costs ~20 ms of CPU per GB-sized process: read for the
    whole tree at every sample, as the benchmark did up to the sixth session, it took ~16 s of CPU
    through a 100 MB run on this 2-core machine. It is read when the tree's RSS has grown by
    PSS_STEP_MB since the last reading, and at least every PSS_EVERY seconds: the tree's PSS grows
    only as its pages do, so a peak is missed by about PSS_STEP_MB at most."""

    def __init__(self, pid: int, every: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.every, self.peak_rss, self.peak_pss = pid, every, 0.0, 0.0
        self.samples = self.pss_readings = 0
        self.cpu: dict[int, tuple[str, float]] = {}
        self.done = threading.Event()

    def run(self) -> None:
        last_rss, last_time = float("-inf"), float("-inf")
        while not self.done.wait(self.every):
            tree = tree_pids(self.pid)
            rss, now = tree_rss_mb(tree), time.monotonic()
            self.samples += 1
            self.peak_rss = max(self.peak_rss, rss)
            if rss >= last_rss + PSS_STEP_MB or now - last_time >= PSS_EVERY:
                self.peak_pss = max(self.peak_pss, tree_pss_mb(tree))
                self.pss_readings += 1
                last_rss, last_time = rss, now
            for pid in tree:
                if seen := cpu_seconds(pid):  # a zombie has no command line: keep the role seen first
                    self.cpu[pid] = (self.cpu[pid][0] if pid in self.cpu else seen[0], seen[1])

    def cpu_by_role(self) -> dict[str, float]:
        totals: dict[str, float] = defaultdict(float)
        for role, seconds in self.cpu.values():
            totals[role] += seconds
        return dict(totals)


def ingest_command(inbox: Path, warehouse: Path, reports: Path) -> list[str]:
    return [sys.executable, "-m", "jiceng.cli", "ingest", "--inbox", str(inbox),
            "--warehouse", str(warehouse), "--reports", str(reports)]  # fmt: skip


# What flows.ingest logs after each progress publish: "... held back so far; 12.3 s)".
PROGRESS_LOGGED = re.compile(r"progress published \(.*?; ([0-9.]+) s\)")
# ... and once a run, what adding its batches to the full-text index took: "search index: 1.23 s over 4 batches".
INDEX_LOGGED = re.compile(r"search index: ([0-9.]+) s over (\d+) batches")
FLOW_LOGGED = re.compile(
    r"^(\d\d):(\d\d):(\d\d\.\d+) \| \w+ +\| Flow run '[^']*' - (Beginning flow run|Finished in state)", re.M
)


def flow_span(log: str) -> float | None:
    """Seconds from Prefect's "Beginning flow run" line to the flow's "Finished in state" line: the
    run itself, without the API server's start-up and stop, whose seconds vary from run to run by
    more than a run with nothing new takes. None when either line is missing."""
    stamps = {kind: 3600 * int(h) + 60 * int(m) + float(sec) for h, m, sec, kind in FLOW_LOGGED.findall(log)}
    if len(stamps) < 2:
        return None
    return (stamps["Finished in state"] - stamps["Beginning flow run"]) % 86400  # across midnight


def run_ingest(inbox: Path, warehouse: Path, reports: Path) -> Run:
    """One `jiceng ingest` subprocess: wall time and the peak RSS of its process tree. The child is
    reaped with os.wait4, which returns its own rusage (max RSS of it and its reaped children)."""
    env = {**os.environ, **ENV}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start, stolen = time.perf_counter(), steal_seconds()
        proc = subprocess.Popen(
            ingest_command(inbox, warehouse, reports), cwd=ROOT, env=env, stdout=out, stderr=err
        )
        sampler = TreeSampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds, stolen = time.perf_counter() - start, steal_seconds() - stolen
        sampler.done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise RuntimeError(f"ingest exited {proc.returncode}:\n{stdout}\n{stderr[-3000:]}")
    summary = " ".join(stdout.strip().splitlines()[:2])
    publishes = [float(s) for s in PROGRESS_LOGGED.findall(stdout + stderr)]
    indexed = INDEX_LOGGED.search(stdout + stderr)
    return Run(
        seconds,
        usage.ru_maxrss / 1024,
        sampler.peak_rss,
        sampler.peak_pss,
        sampler.cpu_by_role(),
        summary,
        publishes,
        flow_span(stdout + stderr),
        stolen,
        float(indexed.group(1)) if indexed else None,
    )


NEW_PAGES_MB = 0.1  # about ten pages
# A run with nothing new is measured as pairs: it, then the empty inbox's start-up. One pair's
# difference swings by a second or more with the Prefect server's start-up and with Prefect's exit,
# which waits for its heartbeat thread's one-second sleep to end (0-1 s); the median pair is reported.
NOOP_PAIRS = 3


def noop_differences(runs: dict[str, Run]) -> list[float]:
    """Each pair's nothing-new run less its empty run, in seconds, in the order they ran."""
    return [runs[f"again{n}"].seconds - runs[f"startup_noop{n}"].seconds for n in range(1, NOOP_PAIRS + 1)]


def _median_pair(runs: dict[str, Run]) -> tuple[Run, Run]:
    """The pair whose difference is the median one."""
    diffs = noop_differences(runs)
    n = sorted(range(NOOP_PAIRS), key=diffs.__getitem__)[NOOP_PAIRS // 2] + 1
    return runs[f"again{n}"], runs[f"startup_noop{n}"]


def end_to_end(corpus: Path, work: Path) -> dict[str, Run]:
    (work / "empty").mkdir()
    runs = {"startup": run_ingest(work / "empty", work / "empty.duckdb", work / "reports")}
    runs["first"] = run_ingest(corpus, work / "jiceng.duckdb", work / "reports")
    for n in range(1, NOOP_PAIRS + 1):
        runs[f"again{n}"] = run_ingest(corpus, work / "jiceng.duckdb", work / "reports")
        # The same empty inbox over the warehouse the first start-up made: the nothing-new path with
        # no file at all, the start-up to take off the run just before it (the first start-up also
        # creates the warehouse, writes a report and builds Data Docs).
        runs[f"startup_noop{n}"] = run_ingest(work / "empty", work / "empty.duckdb", work / "reports")
    runs["again"], runs["startup_noop"] = _median_pair(runs)
    # The scheduled run of a normal day: a few new pages over the loaded corpus (another seed, so new
    # contents). It pays the fixed costs of writing: the copy of the whole warehouse, the workers,
    # the gate, the final checkpoint and swap.
    generate(work / "new", NEW_PAGES_MB, harvest(source_files()), seed=SEED + 1)
    runs["few_new"] = run_ingest(work / "new", work / "jiceng.duckdb", work / "reports")
    return runs


# ---------------------------------------------------------------- stages in-process


@dataclass
class Stages:
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    texts: list[str] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    loaded: int = 0
    quarantined: int = 0


@contextmanager
def clock(acc: dict[str, float], key: str):  # noqa: ANN201
    start = time.perf_counter()
    try:
        yield
    finally:
        acc[key] += time.perf_counter() - start


def timed(fn, acc: dict[str, float], key: str):  # noqa: ANN001, ANN201
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        with clock(acc, key):
            return fn(*args, **kwargs)

    return wrapper


def with_bytes(batch: list) -> list[tuple]:
    """(Candidate, bytes) pairs: the plan holds either the bytes or the sha256 (then the file is read
    again, as the flow does when it stages a batch)."""
    from flows import inbox

    def raw(c, x):  # noqa: ANN001, ANN202
        if isinstance(x, bytes):
            return x
        return (inbox.read_same(c, x) if hasattr(inbox, "read_same") else inbox.read(c)) or b""

    return [(c, raw(c, x)) for c, x in batch]


def stage_all(batch: list, acc: dict[str, float]) -> list:
    """stage_page per file, as the stage task does; decode and split_articles timed inside it."""
    import transforms.page as page

    with (
        mock.patch.object(page, "decode", timed(page.decode, acc, "decode")),
        mock.patch.object(page, "split_articles", timed(page.split_articles, acc, "repair+segment")),
        clock(acc, "stage"),
    ):
        return [_stage_one(page, c.path, raw) for c, raw in batch]


def _stage_one(page, path: str, raw: bytes):  # noqa: ANN001, ANN202
    try:
        return page.stage_page(path, raw)
    except Exception as exc:  # noqa: BLE001 - as flows.tasks.stage
        return page.failed_page(path, raw, f"the page could not be processed ({type(exc).__name__}: {exc})")


def in_process(corpus: Path, work: Path, batch_files: int) -> Stages:
    from expectations.gate import Gate
    from flows import inbox
    from transforms.page import batch_frames
    from warehouse import publish as records
    from warehouse.store import writable_copy

    st = Stages()
    acc = st.seconds
    with clock(acc, "scan+read+hash"):
        candidates, _ = inbox.scan(corpus, 0)
        plan = inbox.plan(candidates, {c.path for c in candidates}, {})
    st.files = len(plan.new)
    copy = writable_copy(work / "inproc.duckdb")
    with clock(acc, "open copy"):
        con = copy.__enter__()
        records.start_run(con, "bench", None)
        with clock(acc, "gate"):
            checker = Gate(*records.reference_ids(con), docs_dir=work / "inproc-reports" / "gx")
    from flows.progress import batched
    from jiceng.settings import Settings

    limit = Settings().batch_bytes  # JICENG_BATCH_MB, as the flow reads it
    for planned in batched(plan.new, batch_files, lambda p: p[0].size, limit):
        with clock(acc, "scan+read+hash"):
            batch = with_bytes(planned)
        st.bytes += sum(len(raw) for _, raw in batch)
        pages = stage_all(batch, acc)
        with clock(acc, "batch frames"):
            frames = batch_frames(pages)
        st.texts += [t or "" for t in frames["file"]["page_text"]]
        with clock(acc, "gate"):
            verdicts, results = checker.validate(frames)
        with clock(acc, "publish"):
            counts = records.publish_batch(con, "bench", frames, verdicts, results)
        st.loaded, st.quarantined = st.loaded + counts["loaded"], st.quarantined + counts["quarantined"]
    with clock(acc, "gate"):
        checker.close()  # the run's Data Docs
    with clock(acc, "checkpoint+swap"):
        copy.__exit__(None, None, None)
    acc["extract"] = acc.pop("stage") - acc["decode"] - acc["repair+segment"]
    return st


# ---------------------------------------------------------------- bare segmentation


def bare_rjieba(texts: list[str]) -> float:
    import rjieba

    rjieba.cut("党建引领基层治理", hmm=True)  # load the dictionary outside the clock
    start = time.perf_counter()
    for t in texts:
        rjieba.cut(t, hmm=True)
    return time.perf_counter() - start


def bare_jieba(texts: list[str]) -> tuple[float, float]:
    """(seconds for all the text, share actually measured); extrapolated by characters."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    total = sum(len(t) for t in texts)
    sample, chars = [], 0
    for t in texts[:: max(1, round(total / JIEBA_SAMPLE_CHARS))]:  # every k-th page: a spread sample
        sample.append(t)
        chars += len(t)
    start = time.perf_counter()
    for t in sample:
        jieba.lcut(t)
    elapsed = time.perf_counter() - start
    share = chars / total if total else 1.0
    return elapsed / share, share


# ---------------------------------------------------------------- analyst queries

QUERIES = {
    "initiatives by province": """
        select r.province, i.name, count(*) articles
        from fact_article_initiative f join dim_initiative i using (initiative_id)
        join dim_article a using (article_id) left join dim_region r on r.region_id = a.primary_region_id
        group by all order by articles desc limit 50""",
    "metrics of the busiest district": """
        select r.full_name, m.subject, m.value, m.unit, m.qualifier, m.sentence
        from fact_metric m join dim_region r using (region_id) where m.region_id = $busiest
        order by m.unit, m.value""",
    "metrics of a median district": """
        select r.full_name, m.subject, m.value, m.unit, m.qualifier, m.sentence
        from fact_metric m join dim_region r using (region_id) where m.region_id = $median
        order by m.unit, m.value""",
    "articles per month": """
        select d.year, d.month, count(*) articles from dim_article a
        join dim_date d on d.date_key = a.publish_date_key where a.kind <> 'orphan_headline'
        group by all order by all""",
    "held-back files": "select path, reason from dim_file where status = 'quarantined' order by path",
    "top keywords": """
        select term, count(*) articles, round(sum(weight), 3) weight from fact_keyword
        where rank <= 3 group by term order by articles desc limit 20""",
}


COUNTIES_BY_METRICS = """
    select m.region_id from fact_metric m join dim_region r using (region_id)
    where r.level = 'county' group by 1 order by count(*) desc, 1"""


def districts(con) -> dict[str, str | None]:  # noqa: ANN001
    """The county with most metrics (the worst case: on the generated corpus a tenth of all
    metrics) and the median county among those with any (what an analyst typically opens)."""
    ranked = [region_id for (region_id,) in con.execute(COUNTIES_BY_METRICS).fetchall()]
    return {"busiest": ranked[0] if ranked else None, "median": ranked[len(ranked) // 2] if ranked else None}


def analyst_queries(warehouse: Path, repeats: int = 5) -> dict[str, tuple[float, float, int]]:
    """name -> (median ms, first ms, rows)."""
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    params = districts(con)
    out = {}
    for name, sql in QUERIES.items():
        args = {k: v for k, v in params.items() if f"${k}" in sql} or None
        times, rows = [], 0
        for _ in range(repeats):
            start = time.perf_counter()
            rows = con.execute(sql, args).to_arrow_table().num_rows  # as a notebook or BI tool reads it
            times.append((time.perf_counter() - start) * 1000)
        out[name] = (statistics.median(times), times[0], rows)
    con.close()
    return out


# ---------------------------------------------------------------- full-text search

# Twenty queries an analyst might type over the benchmark's pages (recombined from the demo and sample
# pages): names, topic words (some in most articles: the worst case), places with a topic.
SEARCH_QUERIES = (
    "红色物业", "加装电梯", "网格员", "议事会", "党建引领 基层治理", "四方汇", "上海 加装电梯",
    "成都 红色物业", "平顶山 物业", "杭州 议事", "邻里议事会", "共享议事厅", "小区党支部", "老旧小区 改造",
    "矛盾纠纷 调解", "志愿服务队", "积分超市", "天心管家", "湛河区 网格化治理", "乡村振兴 集体经济",
)  # fmt: skip


def search_latency(warehouse: Path) -> dict[str, tuple[float, float, float, float]]:
    """`jiceng search`'s work for each of SEARCH_QUERIES once (query cut by rjieba, ranked, the 10 best
    fetched with their snippets) and the SQL macro search_articles (ids and scores of the 10 best), on
    a fresh read-only connection (jiceng search's own, one thread; DuckDB's defaults for the macro):
    name -> (median ms, slowest ms, first ms, median CPU ms). Each query
    reads its own blocks of the file (as a `jiceng search` process does); the first also pays for
    opening the tables (rjieba's dictionary is loaded before the clock). CPU time (this process's
    threads, DuckDB's included) is beside the wall time because the machine is shared."""
    import duckdb

    from jiceng.search import connect, query_terms, query_words, search

    query_terms("预热")  # rjieba's dictionary and the governance terms, loaded once per process
    out = {}
    for name, opened, run in (
        ("jiceng search (10 hits with snippets)", connect,  # as `jiceng search` opens it
         lambda con, q: search(con, query_terms(q), words=query_words(q))),
        ("search_articles macro (10 best ids)", lambda w: duckdb.connect(str(w), read_only=True),
         lambda con, q: con.execute("select * from search_articles($q) order by score desc limit 10",
                                    {"q": q}).fetchall()),
    ):  # fmt: skip
        con = opened(warehouse)
        times, cpu = [], []
        for q in SEARCH_QUERIES:
            start, start_cpu = time.perf_counter(), time.process_time()
            run(con, q)
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        con.close()
        out[name] = (statistics.median(times), max(times), times[0], statistics.median(cpu))
    return out


def index_size(warehouse: Path, work: Path) -> tuple[float, float]:
    """(MB the search index takes in the warehouse file, the file's MB): DuckDB's used blocks in a copy
    of the file, before and after dropping the index's schema and checkpointing."""
    import shutil

    import duckdb

    copy = work / "without_index.duckdb"
    shutil.copyfile(warehouse, copy)
    con = duckdb.connect(str(copy))
    size = "select used_blocks * block_size / 1e6 from pragma_database_size()"
    before = con.execute(size).fetchone()[0]  # type: ignore[index]
    con.execute("drop schema fts_main_dim_article cascade")
    con.execute("checkpoint")
    after = con.execute(size).fetchone()[0]  # type: ignore[index]
    con.close()
    copy.unlink()
    return before - after, before


# ---------------------------------------------------------------- profile


def profile_staging(corpus: Path, top: int = 15) -> tuple[float, list[tuple[str, float, float]]]:
    """pyinstrument over stage_page for every file: (total seconds, [(file:function, cum s, self s)])."""
    from pyinstrument import Profiler

    from flows import inbox

    candidates, _ = inbox.scan(corpus, 0)
    batch = [(c, inbox.read(c) or b"") for c in candidates]
    profiler = Profiler(interval=0.001)
    profiler.start()
    stage_all(batch, defaultdict(float))
    return _ranked(profiler.stop(), top)


def profile_batch(
    corpus: Path, batch_files: int, top: int = 12
) -> tuple[float, list[tuple[str, float, float]]]:
    """pyinstrument over the gate and publish of the first batch (staged outside the profile)."""
    from pyinstrument import Profiler

    from expectations.gate import Gate
    from flows import inbox
    from transforms.page import batch_frames
    from warehouse import publish as records
    from warehouse.store import writable_copy

    candidates, _ = inbox.scan(corpus, 0)
    pages = stage_all([(c, inbox.read(c) or b"") for c in candidates[:batch_files]], defaultdict(float))
    with (
        tempfile.TemporaryDirectory(prefix="jiceng-prof-") as tmp,
        writable_copy(Path(tmp) / "p.duckdb") as con,
    ):
        checker = Gate(*records.reference_ids(con), docs_dir=Path(tmp) / "gx")
        checker.validate(batch_frames(pages[:1]))  # GX import and first use outside the profile
        profiler = Profiler(interval=0.001)
        profiler.start()
        frames = batch_frames(pages)
        verdicts, results = checker.validate(frames)
        records.publish_batch(con, "profile", frames, verdicts, results)
        return _ranked(profiler.stop(), top)


def _ranked(session, top: int) -> tuple[float, list[tuple[str, float, float]]]:  # noqa: ANN001
    cumulative, own = defaultdict(float), defaultdict(float)
    _walk(session.root_frame(), frozenset(), cumulative, own)
    ranked = sorted(cumulative.items(), key=lambda kv: -kv[1])[:top]
    return session.duration, [(k, v, own[k]) for k, v in ranked]


def _ours(frame) -> str | None:  # noqa: ANN001
    path = frame.file_path or ""
    if not path.startswith(str(ROOT)) or "/benchmarks/" in path or frame.function.startswith("<"):
        return None
    return f"{Path(path).relative_to(ROOT)}:{frame.function}"


def _walk(frame, above: frozenset, cumulative: dict, own: dict) -> None:  # noqa: ANN001
    """Cumulative time per function of our code, counted once per call stack (recursion-safe)."""
    key = _ours(frame)
    if key and key not in above:
        cumulative[key] += frame.time
    if key:
        own[key] += frame.total_self_time
        above = above | {key}
    for child in frame.children:
        _walk(child, above, cumulative, own)


# ---------------------------------------------------------------- report


def machine() -> list[tuple[str, str]]:
    cpu = next(
        (ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
         if ln.startswith("model name")), platform.processor() or "?",
    )  # fmt: skip
    mem = next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal"))
    ram_gb = int(mem.split()[1]) / 1024 / 1024
    return [
        ("CPU", cpu),
        ("nproc", str(os.cpu_count())),
        ("RAM", f"{ram_gb:.1f} GiB"),
        ("Python", platform.python_version()),
        ("OS", platform.platform()),
    ]


def ok(value: float, limit: float, below: bool = True) -> str:
    return "yes" if (value <= limit if below else value >= limit) else "**no**"


def cpu_line(runs: dict[str, Run]) -> str:
    """Where the CPU of the first run went, and how busy the cores were beyond start-up."""
    first, startup = runs["first"], runs["startup"]
    parts = [
        f"{role} {sec:.1f} s" for role, sec in sorted(first.cpu.items(), key=lambda x: -x[1]) if sec >= 0.05
    ]
    beyond = sum(first.cpu.values()) - sum(startup.cpu.values())
    busy = beyond / max(first.seconds - startup.seconds, 1e-9)
    return (
        "; ".join(parts) + f"; beyond start-up {beyond:.1f} CPU s, {busy:.2f} of {os.cpu_count()} cores busy"
    )


def _indexed(run: Run, seconds: float) -> str:
    if run.index_seconds is None:
        return "not logged"
    return f"{run.index_seconds:.2f} s of {seconds:.1f} s beyond start-up ({run.index_seconds / seconds:.1%})"


def _span(run: Run) -> str:
    return "not logged" if run.flow_seconds is None else f"{run.flow_seconds:.2f} s"


def size_section(
    mb: float, info: dict, runs: dict[str, Run], st: Stages | None, seg: dict, queries: dict
) -> str:
    startup = runs["startup"].seconds
    pipeline = runs["first"].seconds - startup
    again = runs["again"].seconds - runs["startup_noop"].seconds
    mbs = info["bytes"] / MB / pipeline
    inproc = sum(st.seconds.values()) if st else float("nan")
    searches, search_mb = queries.pop("search"), queries.pop("index_mb")
    gate_share = st.seconds["gate"] / inproc if st else float("nan")
    rows = [
        ("Corpus", f"{info['files']} files, {info['bytes'] / MB:.1f} MB, {seg['chars'] / 1e6:.2f} M chars "
                   f"({runs['first'].summary.split(' articles')[0]})", "", ""),
        ("Start-up (ingest over an empty inbox: into a new warehouse; over that warehouse again)",
         f"{startup:.1f} s; {runs['startup_noop'].seconds:.1f} s", "", ""),
        ("End to end, first run (wall)", f"{runs['first'].seconds:.1f} s", "", ""),
        ("End to end beyond start-up", f"{pipeline:.1f} s = **{mbs:.2f} MB/s**", ">= 5 MB/s (at 100 MB)", ok(mbs, 5, False)),
        ("Peak memory of the ingest process tree, PSS summed (RSS sampled every 0.1 s, PSS when it grew 16 MB and every 1 s)",
         f"{runs['first'].tree_pss_mb:.0f} MB", "<= 1.5 GB at 1 GB, flat", ok(runs["first"].tree_pss_mb, 1536)),
        ("Peak RSS of the tree, summed (shared libraries counted once per process)",
         f"{runs['first'].tree_rss_mb:.0f} MB", "", ""),
        ("Peak RSS of the largest single process", f"{runs['first'].max_rss_mb:.0f} MB", "", ""),
        (f"Second run, nothing new (wall; the median of {NOOP_PAIRS} pairs, each beside a run over the empty inbox)",
         f"{runs['again'].seconds:.1f} s, beyond its pair's start-up {again:.2f} s"
         + ("" if again > 0 else " (faster than the empty run: within start-up noise)")
         + f" (every pair: {', '.join(f'{d:.2f}' for d in noop_differences(runs))} s)", "< 2 s beyond start-up",
         ok(again, 2)),
        ("Second run, nothing new, inside the flow (Prefect's 'Beginning flow run' to 'Finished in state'; the empty run's)",
         f"{_span(runs['again'])}; {_span(runs['startup_noop'])}", "", ""),
        ("Peak memory of the tree (PSS), second run", f"{runs['again'].tree_pss_mb:.0f} MB", "", ""),
        ("Third run, a few new pages over the loaded corpus (wall; beyond the first start-up)",
         f"{runs['few_new'].seconds:.1f} s; {runs['few_new'].seconds - startup:.1f} s "
         f"({runs['few_new'].summary.split(' articles')[0]})", "", ""),
        ("CPU time of the first run by process (sampled every 0.1 s; start-up included)", cpu_line(runs), "", ""),
        ("CPU steal during the first run (the host ran other guests: a wall time inflated by it says less about the code)",
         f"{runs['first'].steal_seconds:.1f} CPU s", "", ""),
        (f"Progress publishes of the first run (JICENG_PUBLISH_EVERY={os.environ.get('JICENG_PUBLISH_EVERY', '120, the default')})",
         f"{len(runs['first'].publishes)}, {sum(runs['first'].publishes):.1f} s in all", "", ""),
        ("Search index: adding the first run's batches (full load; the flow's log)", _indexed(runs["first"], pipeline), "", ""),
        ("Search index: adding the third run's nine pages", _indexed(runs["few_new"], runs["few_new"].seconds - startup), "", ""),
        ("Search index: its size in the warehouse file (used blocks, with and without it)",
         f"{search_mb[0]:.0f} MB of {search_mb[1]:.0f} MB ({search_mb[0] / search_mb[1]:.0%})", "", ""),
        ("Bare rjieba over all page text", f"{seg['rjieba']:.2f} s", "", ""),
        ("Pipeline / bare rjieba", f"{pipeline / seg['rjieba']:.1f}x"
         + (f" (in-process stages: {inproc / seg['rjieba']:.1f}x)" if st else ""),
         "<= 3x", ok(pipeline / seg["rjieba"], 3)),
        (f"Bare jieba (measured on {seg['jieba_share']:.1%} of the text, extrapolated)", f"{seg['jieba']:.1f} s", "", ""),
        ("Pipeline / bare jieba", f"{pipeline / seg['jieba']:.1f}x", "", ""),
        ("Gate share of in-process time", f"{gate_share:.1%}" if st else "not measured (--end-to-end-only)",
         "<= 15%", ok(gate_share, 0.15) if st else ""),
    ]  # fmt: skip
    table = ["| Measure | Value | Goal | Met |", "|---|---|---|---|"]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    stages = ["| Stage (in-process, no Prefect) | Seconds | Share | MB/s |", "|---|---|---|---|"]
    for k, v in st.seconds.items() if st else []:
        share = f"{v / inproc:.1%}"
        stages.append(f"| {k} | {v:.2f} | {share} | {st.bytes / MB / v:.1f} |" if v else f"| {k} | 0 | | |")
    stages.append(
        f"| **total** | **{inproc:.2f}** | 100% | {st.bytes / MB / inproc:.2f} |"
        if st
        else "| not measured (--end-to-end-only) | | | |"
    )
    q = ["| Analyst query (read_only) | Median of 5 | First | Rows | < 200 ms |", "|---|---|---|---|---|"]
    q += [f"| {k} | {m:.1f} ms | {f:.1f} ms | {n} | {ok(m, 200)} |" for k, (m, f, n) in queries.items()]
    q += [
        "",
        f"| Full-text search (read_only; {len(SEARCH_QUERIES)} queries, `SEARCH_QUERIES`) | Median | Slowest | First | < 100 ms |",
        "|---|---|---|---|---|",
    ]
    q += [
        f"| {k} | {m:.1f} ms ({c:.0f} ms CPU) | {w:.1f} ms | {f:.1f} ms | {ok(m, 100)} |"
        for k, (m, w, f, c) in searches.items()
    ]
    cmd = f"python benchmarks/bench.py --mb {mb:g}" + ("" if st else " --end-to-end-only")
    return "\n".join(
        [f"## {mb:g} MB", "", f"Command: `{cmd}` (run {time.strftime('%Y-%m-%d %H:%M')}); each ingest is "
         f"`PYTHONPATH=. JICENG_SETTLE_SECONDS=0 {Path(sys.executable).name} -m jiceng.cli ingest --inbox "
         f"benchmarks/corpus/{mb:g}mb/pages --warehouse TMP/jiceng.duckdb --reports TMP/reports`.", "",
         *table, "", *stages, "", *q, ""]
    )  # fmt: skip


def profile_section(mb: float, batch_files: int, staging: tuple, batch: tuple) -> str:
    def table(duration: float, top: list[tuple[str, float, float]]) -> list[str]:
        rows = ["| Function | Cumulative | Share | Self |", "|---|---|---|---|"]
        return rows + [f"| `{k}` | {c:.2f} s | {c / duration:.0%} | {s:.2f} s |" for k, c, s in top]

    return "\n".join([
        "## Where the time goes (profile)", "",
        f"`python benchmarks/bench.py --mb {mb:g} --profile-only` (also part of `--profile`) runs pyinstrument "
        "(1 ms sampling) in-process, without Prefect. Top functions of our code by cumulative time (a "
        "function's time includes what it calls; recursion counted once; Self = time in its own lines, "
        "including C calls such as DuckDB's execute).", "",
        f"### Staging: `transforms.page.stage_page` over every file of the {mb:g} MB corpus ({staging[0]:.1f} s)", "",
        *table(*staging), "",
        f"### Gate and publish of the first batch ({batch_files} files, {batch[0]:.1f} s; GX import outside)", "",
        *table(*batch), "",
    ])  # fmt: skip


def header() -> str:
    lines = ["# Benchmark results", "", "Written by `benchmarks/bench.py` (see benchmarks/README.md for what each "
             "number means). MB = 10^6 bytes of raw page files.", "", "| Machine | |", "|---|---|"]  # fmt: skip
    lines += [f"| {k} | {v} |" for k, v in machine()]
    return "\n".join(lines + [""])


def update_results(out: Path, sections: dict[str, str]) -> None:
    """Replace the named sections (kept between markers), keep the others, rewrite the header."""
    old = out.read_text(encoding="utf-8") if out.exists() else ""
    found = dict(re.findall(r"<!-- begin (\S+) -->\n(.*?)<!-- end \1 -->", old, flags=re.S))
    found.update(sections)
    order = sorted(found, key=lambda k: (k == "profile", float(k[:-2]) if k.endswith("mb") else 0))
    body = [f"<!-- begin {k} -->\n{found[k]}<!-- end {k} -->" for k in order]
    out.write_text("\n\n".join([header(), *body]) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- main


def warehouse_texts(warehouse: Path) -> list[str]:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return [
            t for (t,) in con.execute("select page_text from dim_file where page_text is not null").fetchall()
        ]
    finally:
        con.close()


def measure(mb: float, batch_files: int, stages: bool = True) -> tuple[dict, dict, Stages | None, dict, dict]:
    corpus, info = ensure_corpus(mb)
    print(f"corpus {corpus}: {info['files']} files, {info['bytes'] / MB:.1f} MB", flush=True)
    with tempfile.TemporaryDirectory(prefix="jiceng-bench-") as tmp:
        work = Path(tmp)
        runs = end_to_end(corpus, work)
        print(
            {
                k: (
                    round(r.seconds, 1),
                    round(r.tree_pss_mb),
                    round(r.tree_rss_mb),
                    round(r.max_rss_mb),
                    r.summary,
                )
                for k, r in runs.items()
            },
            flush=True,
        )
        queries = analyst_queries(work / "jiceng.duckdb")
        print(f"queries {queries}", flush=True)
        queries["search"] = search_latency(work / "jiceng.duckdb")
        queries["index_mb"] = index_size(work / "jiceng.duckdb", work)
        print(f"search {queries['search']}, index {queries['index_mb']}", flush=True)
        st = in_process(corpus, work, batch_files) if stages else None
        print(f"stages {dict(st.seconds) if st else 'not measured'}", flush=True)
        texts = st.texts if st else warehouse_texts(work / "jiceng.duckdb")
    seg: dict = {"rjieba": bare_rjieba(texts), "chars": sum(map(len, texts))}
    seg["jieba"], seg["jieba_share"] = bare_jieba(texts)
    print(f"segmentation {seg}", flush=True)
    return info, runs, st, seg, queries


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10, help="corpus size in MB (10^6 bytes)")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    ap.add_argument("--profile", action="store_true", help="also profile the staging (pyinstrument)")
    ap.add_argument("--profile-only", action="store_true", help="only the profile section")
    ap.add_argument(
        "--end-to-end-only",
        action="store_true",
        help="skip the in-process stage timings (for 1 GB: they would take as long again)",
    )
    args = ap.parse_args()
    from jiceng.settings import Settings

    batch = Settings().batch_files  # JICENG_BATCH_FILES, as the flow reads it
    sections = {}
    if not args.profile_only:
        sections[f"{args.mb:g}mb"] = size_section(args.mb, *measure(args.mb, batch, not args.end_to_end_only))
    if args.profile or args.profile_only:
        corpus, _ = ensure_corpus(args.mb)
        sections["profile"] = profile_section(
            args.mb, batch, profile_staging(corpus), profile_batch(corpus, batch)
        )
    update_results(args.out, sections)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
