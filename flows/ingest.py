"""The ingest flow, top to bottom: find new files (against the published warehouse, read-only: a run
with nothing new stops there and touches nothing) -> stage each batch of pages on the workers
(decode, repair, split, extract; the next batch while this one is checked) -> validate the batch ->
publish it in one transaction -> record the run and write the data-quality report. The writing
happens in a copy of the warehouse that replaces the published file only when the run completes
(see warehouse/store.py). Every read of a file has a time limit and the run has one of its own
(flows/limits.py): a run past it stops between two steps, and a run out of memory or disk space
says so (`_said_when_stopped`)."""

from __future__ import annotations

import contextlib
import gc
import importlib
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import polars as pl
from prefect import flow, get_run_logger
from prefect.runtime import flow_run
from prefect.states import Failed

from expectations import report
from flows.inbox import Candidate, Plan, Skip
from flows.limits import Deadline, RunTimedOut
from flows.progress import Progress, batched
from flows.staging import POOL_MIN_FILES, UNREAD, WORKER_GC_THRESHOLD, worker_pool
from flows.tasks import check_published, find_new_files, gate, publish, staged_batches
from jiceng.settings import Settings, out_of_memory_advice
from warehouse import publish as records
from warehouse import search_index
from warehouse.store import (
    DiskFull,
    discard_leftovers,
    disk_full,
    disk_full_advice,
    publish_progress,
    run_lock,
    writable_copy,
)

if TYPE_CHECKING:  # imported by the runs that validate (see _write)
    from expectations.gate import Gate


@flow(name="jiceng-ingest")
def ingest(
    inbox: str | None = None,
    warehouse: str | None = None,
    reports: str | None = None,
    retry: bool = False,
    on_cluster: bool = False,
) -> dict:
    """One run over the inbox. `retry`: held-back files are validated again (after a rule change).
    `on_cluster`: files are staged one task each on the flow's task runner (Dask), not in a local pool."""
    cfg = Settings()
    wh, folder, out = Path(warehouse or cfg.warehouse), Path(inbox or cfg.inbox), Path(reports or cfg.reports)
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]
    try:
        with run_lock(wh, cfg.lock_wait_seconds), _said_when_stopped(run_id, wh, cfg) as plans:
            deadline = Deadline(cfg.run_limit(0, 0))  # for planning; `_write` extends an "auto" one
            plan = check_published(wh, folder, cfg.settle_seconds, retry, deadline, cfg.read_timeout)
            plans.append(plan)
            if plan is not None and plan.writes_nothing:
                discard_leftovers(wh)
                summary = _nothing_new(plan, run_id)
                _tell_unread(run_id, summary["not_read"])
                get_run_logger().info(
                    "run %s: nothing new, the warehouse was not touched: %s", run_id, summary
                )
                return summary
            summary = _write(wh, folder, out, run_id, plan, retry, on_cluster, cfg, deadline)
    except DiskFull as full:
        # A Failed state returned, not the error raised: Prefect then logs no traceback, only the
        # message, and the caller still gets DiskFull (State.result raises the state's data).
        return Failed(message=f"run {run_id} stopped: {full}", data=full)  # type: ignore[return-value]
    get_run_logger().info("run %s: %s", run_id, summary)
    return summary


@contextmanager
def _said_when_stopped(run_id: str, wh: Path, cfg: Settings) -> Iterator[list[Plan | None]]:
    """A run stopped by a full disk, DuckDB's memory or its own time limit says so in words in the
    flow's log (all that a run under `jiceng serve` shows; the command line says it again and exits
    with its own code, jiceng/cli.py). A full disk is raised as DiskFull, whatever noticed it. The
    caller appends its plan to the list it is given, for the size of the new pages."""
    plans: list[Plan | None] = []
    try:
        yield plans
    except Exception as exc:
        log = get_run_logger()
        if disk_full(exc):
            advice = str(exc) if isinstance(exc, DiskFull) else disk_full_advice(wh, _new_bytes(plans))
            log.error("run %s stopped: %s", run_id, advice)
            if isinstance(exc, DiskFull):
                raise
            raise DiskFull(advice) from exc
        if isinstance(exc, duckdb.OutOfMemoryException):
            log.error("run %s stopped: %s", run_id, out_of_memory_advice(cfg.duckdb_memory))
        elif isinstance(exc, RunTimedOut):
            log.error("run %s stopped: %s", run_id, exc)
        raise


def _new_bytes(plans: list[Plan | None]) -> int | None:
    plan = plans[-1] if plans else None
    return None if plan is None else sum(c.size for c, _ in plan.new)


def _tell_unread(run_id: str, unread: list[tuple[str, str]]) -> None:
    """A warning in the flow's log for each file not read for a reason worth telling (an odd file, a
    read past its time limit)."""
    for path, why in unread:
        get_run_logger().warning("run %s: not read: %s: %s", run_id, path, why)


@contextmanager
def _collect_per_batch() -> Iterator[None]:
    """Great Expectations leaves each batch's frames in reference cycles, which Python's collector
    reaches only now and then: memory grew by ~80 MB a batch between its passes. So the loop collects
    once per batch, made cheap by freezing what is alive before it (imports, dictionaries, the GX
    context: a pass costs ~0.3 s otherwise, ~3 ms frozen). Unfrozen after the run, as `jiceng serve`
    runs many in one process.

    Files staged in this process (no worker pool: one worker, or a batch too small for one) are split
    here too: the young generation is collected as seldom as in a pool's workers (WORKER_GC_THRESHOLD;
    at Python's 700 the collector took 9-14% of repair+segment, ~2% so). The per-batch collection
    bounds what waits for it, and the thresholds are put back after the run with the freeze."""
    gc.collect()
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(max(WORKER_GC_THRESHOLD, thresholds[0]), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _import_soon(module: str) -> threading.Thread:
    """Start importing `module` on a thread and return at once. A run that writes imports Great
    Expectations (~3.5 s of CPU) after copying the warehouse (the kernel's CPU: 1.5-8 s for 3.4 GB),
    one after the other on a machine with two cores; begun first, the import runs beside the copy.
    Whoever imports the module next waits for this import to finish (Python locks each module while
    it is imported). An error is left to that import to raise, where the flow handles it."""

    def load() -> None:
        with contextlib.suppress(Exception):
            importlib.import_module(module)

    thread = threading.Thread(target=load, name=f"import {module}", daemon=True)
    thread.start()
    return thread


def _size(planned: tuple[Candidate, str]) -> int:
    return planned[0].size


def _pooled(batches: list[list[tuple[Candidate, str]]], on_cluster: bool) -> bool:
    """Whether the run stages on a pool of local workers: not on a cluster, nor when no batch is
    large enough for the pool to be used (flows.staging.stage_files)."""
    return not on_cluster and any(len(batch) >= POOL_MIN_FILES for batch in batches)


def _load(
    con: duckdb.DuckDBPyConnection,
    wh: Path,
    run_id: str,
    staged: Iterator[dict[str, pl.DataFrame]],
    checker: Gate,
    progress: Progress,
    publish_every_seconds: float,
    deadline: Deadline,
    unread: list[Skip],
) -> dict[str, int]:
    """Gate and publish each staged batch; publish the copy now and then. Counts of what loaded; the
    files that could not be read when staged are added to `unread`."""
    totals = {"loaded": 0, "quarantined": 0, "articles": 0, "metrics": 0}
    for frames in staged:
        unread.extend(Skip(*row) for row in frames.pop(UNREAD).iter_rows())
        if frames["file"].is_empty():  # every file of the batch changed or vanished since planned
            continue
        deadline.check("validating a batch")
        verdicts, results = gate(checker, frames)
        deadline.check("about to publish a batch")
        for key, n in publish(con, run_id, frames, verdicts, results).items():
            totals[key] += n
        del frames, verdicts, results
        gc.collect()
        if progress.due(publish_every_seconds):
            deadline.check("about to publish the run's progress")
            started = time.monotonic()
            publish_progress(con, wh)
            took = time.monotonic() - started
            progress.published(took)
            get_run_logger().info(
                "run %s: progress published (%d files loaded, %d held back so far; %.1f s)",
                run_id,
                totals["loaded"],
                totals["quarantined"],
                took,
            )
    return totals


def _nothing_new(plan: Plan, run_id: str) -> dict:
    seen = len(plan.skipped)
    return dict.fromkeys(("loaded", "quarantined", "articles", "metrics", "duplicate"), 0) | {
        "seen": seen,
        "skipped": seen,
        "not_read": _notable(plan.skipped),
        "run_id": run_id,
        "report": None,
    }


def _notable(skips: list[Skip]) -> list[tuple[str, str]]:
    """(path, reason) of the files not read for a reason worth telling the operator."""
    return [(s.path, s.why) for s in skips if s.notable]


def _write(
    wh: Path,
    folder: Path,
    out: Path,
    run_id: str,
    plan: Plan | None,
    retry: bool,
    on_cluster: bool,
    cfg: Settings,
    deadline: Deadline,
) -> dict:
    """The run proper, in a copy of the warehouse swapped in at the end."""
    new_bytes = 0 if plan is None else sum(c.size for c, _ in plan.new)
    wh_bytes = wh.stat().st_size if wh.exists() else 0
    deadline.allow(cfg.run_limit(new_bytes, wh_bytes))
    _import_soon("expectations.gate")
    unread: list[Skip] = []
    not_read: list[tuple[str, str]] = []
    index_before = (search_index.spent["seconds"], search_index.spent["batches"])
    with writable_copy(wh, cfg.duckdb_memory, new_bytes) as con:
        records.start_run(con, run_id, flow_run.get_id())
        if plan is None:
            plan = find_new_files(con, folder, cfg.settle_seconds, retry, deadline, cfg.read_timeout)
            deadline.allow(cfg.run_limit(sum(c.size for c, _ in plan.new), wh_bytes))
        records.duplicate_rows(con, run_id, plan.duplicates)
        records.remember_seen(con, plan.hashed)
        progress = Progress(len(plan.new), quiet=cfg.quiet)
        batches = list(batched(plan.new, cfg.batch_files, _size, cfg.batch_bytes))
        # Great Expectations is imported here, not at the top, so a run with nothing new never pays
        # for it (~3.5 s, ~170 MB); its import began beside the copy (_import_soon) and the workers
        # start first, loading their dictionaries while it finishes.
        with worker_pool(cfg.workers if _pooled(batches, on_cluster) else 1) as pool:
            from expectations.gate import Gate

            with Gate(*records.reference_ids(con), docs_dir=out / "gx") as checker, _collect_per_batch():
                staged = staged_batches(
                    progress.batches(batches), pool, on_cluster, deadline, cfg.read_timeout
                )
                totals = _load(
                    con, wh, run_id, staged, checker, progress, cfg.publish_every_seconds, deadline, unread
                )
        deadline.check("about to publish the run")
        summary = {
            **totals,
            # a file hashed and then found already loaded is in both lists: count it once
            "seen": len({c.path for c, _ in plan.hashed}.union(s.path for s in plan.skipped)),
            "skipped": len(plan.skipped) + len(unread),
            "duplicate": len(plan.duplicates),
            "not_read": not_read,
            "run_id": run_id,
        }
        not_read.extend(_notable(plan.skipped + unread))
        _tell_unread(run_id, not_read)
        get_run_logger().info(
            "run %s: search index: %.2f s over %d batches",
            run_id,
            search_index.spent["seconds"] - index_before[0],
            search_index.spent["batches"] - index_before[1],
        )
        records.finish_run(con, run_id, summary, str(out / f"dq-{run_id}.html"))
        summary["report"] = str(report.write(con, run_id, out))
    return summary
