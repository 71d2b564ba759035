"""Staging a batch of files: each file read again (checked against the hash it was planned with)
and turned into frames by the pure per-file transform. Plain functions, no Prefect: they run in this
process, in a pool of worker processes on this machine's cores, or on a Dask cluster."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager

from flows.inbox import Candidate, read_same
from transforms.page import StagedPage, failed_page, stage_page

# A pool pays for itself only on larger batches (each worker imports the dictionaries once).
POOL_MIN_FILES = 16


def stage_file(candidate: Candidate, sha: str) -> StagedPage | None:
    """One file's frames; None when the file changed or vanished since it was planned."""
    raw = read_same(candidate, sha)
    if raw is None:
        return None
    try:
        return stage_page(candidate.path, raw)
    except Exception as exc:  # noqa: BLE001 - one bad page must never sink the run
        return failed_page(
            candidate.path, raw, f"the page could not be processed ({type(exc).__name__}: {exc})"
        )


def _stage_pair(pair: tuple[Candidate, str]) -> StagedPage | None:
    return stage_file(*pair)


def stage_files(batch: list[tuple[Candidate, str]], pool: Executor | None) -> list[StagedPage]:
    if pool is None or len(batch) < POOL_MIN_FILES:
        pages = [stage_file(c, sha) for c, sha in batch]
    else:
        pages = list(pool.map(_stage_pair, batch, chunksize=4))
    return [p for p in pages if p is not None]


@contextmanager
def worker_pool(workers: int) -> Iterator[Executor | None]:
    """A process pool of `workers` (spawned: no threads inherited), or None for one worker."""
    if workers <= 1:
        yield None
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool
