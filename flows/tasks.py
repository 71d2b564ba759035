"""Prefect tasks: thin wrappers that give each stage retries, logs and a place in the UI.
One task per file (staging) or per batch (gate, publish); never per article or row."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import polars as pl
from prefect import task
from prefect.cache_policies import NONE

from flows import inbox, staging
from transforms.page import StagedPage, batch_frames
from warehouse import publish as records
from warehouse import search_index

if TYPE_CHECKING:  # Great Expectations is imported only by runs that validate (see flows.ingest._write)
    from prefect import Task
    from prefect.client.schemas import TaskRun
    from prefect.states import State

    from expectations.gate import Gate, Verdict


@task(name="find-new-files", retries=2, retry_delay_seconds=[1, 5], cache_policy=NONE)
def find_new_files(
    con: duckdb.DuckDBPyConnection, folder: Path, settle_seconds: float, retry: bool
) -> inbox.Plan:
    return plan_files(con, folder, settle_seconds, retry)


@task(name="check-for-new-files", retries=2, retry_delay_seconds=[1, 5], cache_policy=NONE)
def check_published(warehouse: Path, folder: Path, settle_seconds: float, retry: bool) -> inbox.Plan | None:
    """The plan against the published warehouse, opened read-only beside any analyst's reader: a run
    with nothing new then never copies the warehouse nor starts workers. None when the file cannot
    be read that way (absent, from an older schema or one without the search index, or held by a writer outside Jiceng); the run then
    plans inside its copy."""
    if not warehouse.exists():
        return None
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.Error:
        return None
    try:
        if not search_index.exists(con):  # from a build before the search index: the run makes it
            return None
        return plan_files(con, folder, settle_seconds, retry)
    except duckdb.Error:
        return None
    finally:
        con.close()


def plan_files(
    con: duckdb.DuckDBPyConnection, folder: Path, settle_seconds: float, retry: bool
) -> inbox.Plan:
    with inbox.collector_paused():
        candidates, skipped = inbox.scan(folder, settle_seconds)
        changed = records.changed_paths(con, candidates, include_quarantined=not retry)
        # The decided contents are read only when some file is to be hashed (a duplicate is told by them).
        known = records.known_contents(con, include_quarantined=not retry) if changed else {}
        plan = inbox.plan(candidates, changed, known)
    plan.skipped[:0] = skipped
    return plan


@task(name="stage-page", cache_policy=NONE)
def stage(candidate: inbox.Candidate, sha: str) -> StagedPage | None:
    """One file: the unit of work sent to a Dask cluster (`--runner dask`)."""
    return staging.stage_file(candidate, sha)


@task(name="stage-batch", cache_policy=NONE)
def stage_batch(batch: list[tuple[inbox.Candidate, str]], pool: Executor | None) -> dict[str, pl.DataFrame]:
    """A batch of files, on this machine's cores through a process pool: the batch's frames."""
    return staging.stage_files(batch, pool)


def staged_batches(
    batches: Iterable[list[tuple[inbox.Candidate, str]]], pool: Executor | None, on_cluster: bool
) -> Iterator[dict[str, pl.DataFrame]]:
    """The staged frames of each batch, in order. With a pool of workers, the next batch is queued on
    the workers before this one is handed over, so they stage it while the caller gates and
    publishes this one and never wait for the caller: two batches in memory at most, the one in
    hand and the one being staged. On a cluster, each batch's files are one task each on the flow's
    task runner."""
    if on_cluster:
        for batch in batches:
            pages = stage.map([c for c, _ in batch], [sha for _, sha in batch]).result()
            yield batch_frames([p for p in pages if p is not None])
        return
    if pool is None:  # staging runs in this process: nothing to overlap with
        for batch in batches:
            yield stage_batch(batch, pool)
        return
    pending: list = []  # submitted, not yet handed over: at most two
    try:
        for batch in batches:
            pending.append(stage_batch.submit(batch, pool))
            if len(pending) == 2:
                yield pending.pop(0).result()
        while pending:
            yield pending.pop(0).result()
    finally:
        for future in pending:  # the caller stopped early (an error): let the staging finish first
            future.wait()


@task(name="gate", cache_policy=NONE)
def gate(checker: Gate, frames: dict[str, pl.DataFrame]) -> tuple[list[Verdict], pl.DataFrame]:
    return checker.validate(frames)


def _unless_out_of_memory(task: Task[..., Any], task_run: TaskRun, state: State) -> bool:
    """Retry a failed publish, but not one that ran out of DuckDB's memory: it would again, and the
    command line then says which setting to raise (jiceng/cli.py). Prefect builds the Failed state
    of a task that raised with the exception as its data (prefect/task_engine.py, 3.8.8)."""
    return not isinstance(state.data, duckdb.OutOfMemoryException)


@task(name="publish", retries=1, retry_condition_fn=_unless_out_of_memory, cache_policy=NONE)
def publish(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    frames: dict[str, pl.DataFrame],
    verdicts: list[Verdict],
    results: pl.DataFrame,
) -> dict[str, int]:
    return records.publish_batch(con, run_id, frames, verdicts, results)
