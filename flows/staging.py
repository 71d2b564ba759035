"""Staging a batch of files: each file read again (checked against the hash it was planned with)
and turned into frames by the pure per-file transform. Plain functions, no Prefect: they run in this
process, in a pool of worker processes on this machine's cores, or on a Dask cluster."""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial

import polars as pl

from flows.inbox import Candidate, Skip, Unread, read_each, read_same
from transforms.page import StagedPage, concat_frames, failed_page, packed_frames, stage_page, unpacked

# A pool pays for itself only on larger batches (each worker imports the dictionaries once).
POOL_MIN_FILES = 16
# Files a worker stages before it builds their frames and sends them back: frames are built in the
# workers, in parallel, and the main process only concatenates a few dozen per batch.
CHUNK_FILES = 25
# A worker's young-generation collection threshold (Python's default: 700 allocations). Staging
# allocates millions of short-lived tuples and strings and makes next to no reference cycles. With
# the dictionaries frozen and this threshold, the workers' CPU for 10 MB end to end was 11.8-12.5 s
# instead of 12.6-13.1 s (alternating runs); one process staging 1 MB ran 1.3% fewer instructions
# (callgrind). Small, but on every page.
WORKER_GC_THRESHOLD = 50_000
# Written for the warm-up: a made-up paragraph that touches every dictionary (places, initiatives,
# metrics, segmentation, bylines), so each worker loads them once, before the collector freezes them.
_WARM_UP = "浙江省杭州市青禾街道推行“红色物业”，网格员走访居民1200户。（记者 林一）\n"
# The frame of a batch's files that were planned but could not be read again when staged (vanished,
# changed, a read past its time limit): path, reason and whether to tell the operator. They have no
# rows anywhere and are planned again by the next run.
UNREAD = "unread"
UNREAD_SCHEMA = pl.Schema({"path": pl.String, "why": pl.String, "notable": pl.Boolean})


def stage_file(candidate: Candidate, sha: str, read_limit: float | None = None) -> StagedPage | Skip:
    """One file's frames; a Skip with the reason when it cannot be read as planned (changed,
    vanished, a read past `read_limit` seconds)."""
    try:
        raw: bytes | Unread = read_same(candidate, sha, read_limit)
    except Unread as unread:
        raw = unread
    return _staged(candidate.path, raw)


def _staged(path: str, raw: bytes | Unread) -> StagedPage | Skip:
    if isinstance(raw, Unread):
        return raw.skip(path)
    try:
        return stage_page(path, raw)
    except Exception as exc:  # noqa: BLE001 - one bad page must never sink the run
        return failed_page(path, raw, f"the page could not be processed ({type(exc).__name__}: {exc})")


def stage_chunk(
    chunk: list[tuple[Candidate, str]], read_limit: float | None = None
) -> dict[str, pl.DataFrame]:
    """The frames of the files of a chunk (those still as planned), packed as a worker sends them
    (`transforms.page.packed_frames`), and the UNREAD frame of the others. Should one file's rows
    not fit the frames, that file alone is held back with the reason; the others are kept."""
    staged = [_staged(c.path, raw) for (c, _), raw in zip(chunk, read_each(chunk, read_limit), strict=True)]
    pages = [p for p in staged if isinstance(p, StagedPage)]
    try:
        frames = packed_frames(pages)
    except Exception:  # noqa: BLE001 - find the page at fault, one at a time
        frames = concat_frames([_frames_or_failed(p, chunk, read_limit) for p in pages])
    unread = [tuple(p) for p in staged if isinstance(p, Skip)]
    return {**frames, UNREAD: pl.DataFrame(unread, schema=UNREAD_SCHEMA, orient="row")}


def _frames_or_failed(
    page: StagedPage, chunk: list[tuple[Candidate, str]], read_limit: float | None
) -> dict[str, pl.DataFrame]:
    try:
        return packed_frames([page])
    except Exception as exc:  # noqa: BLE001
        path = page.rows["file"][0][1]
        problem = f"the page's rows could not be stored ({type(exc).__name__}: {exc})"
        return packed_frames([failed_page(path, _raw(chunk, path, read_limit), problem)])


def _raw(chunk: list[tuple[Candidate, str]], path: str, read_limit: float | None) -> bytes:
    """The bytes of the chunk's file at `path` as planned, or none (read again only for the
    dim_file row of a page held back: its hash and size)."""
    try:
        return next((read_same(c, sha, read_limit) for c, sha in chunk if c.path == path), b"")
    except Unread:
        return b""


def stage_files(
    batch: list[tuple[Candidate, str]], pool: Executor | None, read_limit: float | None = None
) -> dict[str, pl.DataFrame]:
    """The frames of a batch, in the order of its files, and the UNREAD frame of the files left
    out (changed, vanished or stalled since they were planned)."""
    if pool is None or len(batch) < POOL_MIN_FILES:
        parts = [stage_chunk(batch, read_limit)]
    else:
        chunks = [batch[i : i + CHUNK_FILES] for i in range(0, len(batch), CHUNK_FILES)]
        parts = list(pool.map(partial(stage_chunk, read_limit=read_limit), chunks))
    return {**unpacked(concat_frames(parts)), UNREAD: pl.concat([p[UNREAD] for p in parts])}


def prepare_worker() -> None:
    """Run once in each staging worker: load the dictionaries, move everything alive into the
    collector's permanent generation (`gc.freeze`: never scanned again) and collect the young
    generation less often."""
    stage_page("warm-up.txt", _WARM_UP.encode("utf-8"))
    gc.collect()
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])


@contextmanager
def worker_pool(workers: int) -> Iterator[Executor | None]:
    """A process pool of `workers` (spawned: no threads inherited), its workers started at once, or
    None for one worker."""
    if workers <= 1:
        yield None
        return
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("spawn"), initializer=prepare_worker
    ) as pool:
        # A pool starts a worker when work arrives and none is idle: one trivial call per worker
        # starts them all now, and they load their dictionaries while the caller goes on.
        for _ in range(workers):
            pool.submit(int)
        try:
            yield pool
        except BaseException:
            # The run stopped (an error, its time limit): the chunks not yet begun are dropped, so
            # leaving the pool waits only for the few being staged (each read has its time limit).
            pool.shutdown(wait=False, cancel_futures=True)
            raise
