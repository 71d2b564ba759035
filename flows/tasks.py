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
from flows.limits import Deadline, ReadTimedOut, RunTimedOut, within
from transforms.page import StagedPage, batch_frames
from warehouse import publish as records
from warehouse import search_index
from warehouse.store import disk_full

if TYPE_CHECKING:  # Great Expectations is imported only by runs that validate (see flows.ingest._write)
    from prefect import Task
    from prefect.client.schemas import TaskRun
    from prefect.states import State

    from expectations.gate import Gate, Verdict


def _unless_timed_out(task: Task[..., Any], task_run: TaskRun, state: State) -> bool:
    """Retry a failed task, but not one that stopped at the run's time limit."""
    return not isinstance(state.data, RunTimedOut)


@task(
    name="find-new-files",
    retries=2,
    retry_delay_seconds=[1, 5],
    retry_condition_fn=_unless_timed_out,
    cache_policy=NONE,
)
def find_new_files(
    con: duckdb.DuckDBPyConnection,
    folder: Path,
    settle_seconds: float,
    retry: bool,
    deadline: Deadline | None = None,
    read_limit: float | None = None,
) -> inbox.Plan:
    return plan_files(con, folder, settle_seconds, retry, deadline, read_limit)


@task(
    name="check-for-new-files",
    retries=2,
    retry_delay_seconds=[1, 5],
    retry_condition_fn=_unless_timed_out,
    cache_policy=NONE,
)
def check_published(
    warehouse: Path,
    folder: Path,
    settle_seconds: float,
    retry: bool,
    deadline: Deadline | None = None,
    read_limit: float | None = None,
) -> inbox.Plan | None:
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
        return plan_files(con, folder, settle_seconds, retry, deadline, read_limit)
    except duckdb.Error:
        return None
    finally:
        con.close()


def plan_files(
    con: duckdb.DuckDBPyConnection,
    folder: Path,
    settle_seconds: float,
    retry: bool,
    deadline: Deadline | None = None,
    read_limit: float | None = None,
) -> inbox.Plan:
    """The plan of a run: `deadline` bounds it (the listing too, which a hung mount could stall),
    `read_limit` each file's read."""
    with inbox.collector_paused():
        candidates, skipped = _listing(folder, settle_seconds, deadline)
        changed = records.changed_paths(con, candidates, include_quarantined=not retry)
        # The decided contents are read only when some file is to be hashed (a duplicate is told by them).
        known = records.known_contents(con, include_quarantined=not retry) if changed else {}
        plan = inbox.plan(candidates, changed, known, deadline, read_limit)
    plan.skipped[:0] = skipped
    return plan


def _listing(
    folder: Path, settle_seconds: float, deadline: Deadline | None
) -> tuple[list[inbox.Candidate], list[inbox.Skip]]:
    if deadline is None or deadline.remaining() is None:
        return inbox.scan(folder, settle_seconds)
    deadline.check(f"about to list the inbox {folder}")
    try:
        return within(deadline.cap(None), inbox.scan, folder, settle_seconds)
    except ReadTimedOut:
        raise RunTimedOut(deadline.message(f"listing the inbox {folder}")) from None


@task(name="stage-page", cache_policy=NONE)
def stage(candidate: inbox.Candidate, sha: str, read_limit: float | None = None) -> StagedPage | inbox.Skip:
    """One file: the unit of work sent to a Dask cluster (`--runner dask`)."""
    return staging.stage_file(candidate, sha, read_limit)


@task(name="stage-batch", cache_policy=NONE)
def stage_batch(
    batch: list[tuple[inbox.Candidate, str]], pool: Executor | None, read_limit: float | None = None
) -> dict[str, pl.DataFrame]:
    """A batch of files, on this machine's cores through a process pool: the batch's frames."""
    return staging.stage_files(batch, pool, read_limit)


def staged_batches(
    batches: Iterable[list[tuple[inbox.Candidate, str]]],
    pool: Executor | None,
    on_cluster: bool,
    deadline: Deadline,
    read_limit: float | None = None,
) -> Iterator[dict[str, pl.DataFrame]]:
    """The staged frames of each batch, in order (with the UNREAD frame of the files that could not
    be read as planned). With a pool of workers, the next batch is queued on the workers before this
    one is handed over, so they stage it while the caller gates and publishes this one and never
    wait for the caller: two batches in memory at most, the one in hand and the one being staged.
    On a cluster, each batch's files are one task each on the flow's task runner. Each batch is
    waited for until the run's deadline at most (RunTimedOut)."""
    if on_cluster:
        for batch in batches:
            pages = _result(stage.map([c for c, _ in batch], [sha for _, sha in batch], read_limit), deadline)
            unread = [tuple(p) for p in pages if isinstance(p, inbox.Skip)]
            yield {
                **batch_frames([p for p in pages if isinstance(p, StagedPage)]),
                staging.UNREAD: pl.DataFrame(unread, schema=staging.UNREAD_SCHEMA, orient="row"),
            }
        return
    if pool is None:  # staging runs in this process: nothing to overlap with
        for batch in batches:
            deadline.check("staging pages")
            yield stage_batch(batch, pool, read_limit)
        return
    pending: list = []  # submitted, not yet handed over: at most two
    try:
        for batch in batches:
            pending.append(stage_batch.submit(batch, pool, read_limit))
            if len(pending) == 2:
                yield _result(pending.pop(0), deadline)
        while pending:
            yield _result(pending.pop(0), deadline)
    finally:
        # The caller stopped early (an error): let the staging finish first, or the deadline pass.
        for future in pending:
            future.wait(deadline.cap(None))


def _result(future: Any, deadline: Deadline) -> Any:
    """A submitted task's result, waited for until the run's deadline at most."""
    try:
        return future.result(timeout=deadline.cap(None))
    except TimeoutError:
        left = deadline.remaining()
        if left is not None and left <= 0:
            raise RunTimedOut(deadline.message("staging pages")) from None
        raise


@task(name="gate", cache_policy=NONE)
def gate(checker: Gate, frames: dict[str, pl.DataFrame]) -> tuple[list[Verdict], pl.DataFrame]:
    return checker.validate(frames)


def _worth_retrying(task: Task[..., Any], task_run: TaskRun, state: State) -> bool:
    """Retry a failed publish, but not one that ran out of DuckDB's memory or of disk space, nor one
    past the run's time limit: it would fail again, and the command line then says what to do
    (jiceng/cli.py). Prefect builds the Failed state of a task that raised with the exception as
    its data (prefect/task_engine.py, 3.8.8)."""
    return not (
        isinstance(state.data, duckdb.OutOfMemoryException | RunTimedOut)
        or (isinstance(state.data, BaseException) and disk_full(state.data))
    )


@task(name="publish", retries=1, retry_condition_fn=_worth_retrying, cache_policy=NONE)
def publish(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    frames: dict[str, pl.DataFrame],
    verdicts: list[Verdict],
    results: pl.DataFrame,
) -> dict[str, int]:
    return records.publish_batch(con, run_id, frames, verdicts, results)
