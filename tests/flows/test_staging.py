"""Staging in a process pool gives exactly what staging in-process gives; a file that changed
since it was planned is left for the next run."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from pathlib import Path

from flows.inbox import Candidate
from flows.staging import CHUNK_FILES, POOL_MIN_FILES, UNREAD, WORKER_GC_THRESHOLD, stage_files, worker_pool

PAGE = "# 社区议事厅开进小区\n本报讯 某街道今年建成议事厅{n}个，协商解决停车、加装电梯等事项{m}件。\n（韩予川）\n"


def _batch(folder: Path, n: int) -> list[tuple[Candidate, str]]:
    out = []
    for i in range(n):
        path = folder / f"p{i:02d}.txt"
        raw = PAGE.format(n=i + 2, m=100 + i).encode("utf-8")
        path.write_bytes(raw)
        st = os.stat(path)
        out.append((Candidate(str(path), st.st_size, st.st_mtime_ns), hashlib.sha256(raw).hexdigest()))
    return out


def test_a_process_pool_stages_exactly_like_one_process(tmp_path) -> None:
    batch = _batch(tmp_path, max(POOL_MIN_FILES, CHUNK_FILES) + 7)  # several chunks
    alone = stage_files(batch, None)
    with worker_pool(2) as pool:
        pooled = stage_files(batch, pool)
    assert pooled["file"]["file_id"].to_list() == alone["file"]["file_id"].to_list()
    assert pooled["file"].height == len(batch)
    for name, frame in alone.items():
        assert frame.equals(pooled[name]), name


def test_a_page_whose_rows_do_not_fit_is_held_back_alone(tmp_path, monkeypatch) -> None:
    """A term count beyond Int32 makes the chunk's frames fail to build: that page comes back as a
    failed page with the reason, the others with all their rows."""
    from flows import staging
    from transforms.page import StagedPage
    from transforms.page import stage_page as real

    batch = _batch(tmp_path, 3)
    bad = batch[1][0].path

    def stage_page(path: str, raw: bytes) -> StagedPage:
        page = real(path, raw)
        if path == bad:
            a, f, terms, counts = page.rows["term"][0]
            page.rows["term"][0] = (a, f, terms, [2**40] * len(counts))
        return page

    monkeypatch.setattr(staging, "stage_page", stage_page)
    frames = stage_files(batch, None)
    files = frames["file"]
    assert files["path"].to_list() == [c.path for c, _ in batch]
    reason = files.filter(files["path"] == bad)["decode_error"].item()
    assert reason.startswith("the page's rows could not be stored")
    good = set(files.filter(files["path"] != bad)["file_id"])
    assert set(frames["term"]["file_id"]) == good
    assert set(frames["article"]["file_id"]) == good


def test_a_file_changed_after_planning_is_not_staged(tmp_path) -> None:
    batch = _batch(tmp_path, 2)
    Path(batch[0][0].path).write_text("changed meanwhile", encoding="utf-8")
    frames = stage_files(batch, None)
    assert frames["file"]["path"].to_list() == [batch[1][0].path]
    assert frames[UNREAD]["path"].to_list() == [batch[0][0].path]


def test_files_that_vanish_or_stall_after_planning_are_left_out_with_their_reason(
    tmp_path, monkeypatch
) -> None:
    """Staged in this process: a file deleted after planning, and one whose read never returns
    (its open pointed at a pipe no one writes to), come back in the UNREAD frame, the rest staged."""
    import subprocess
    import sys

    from flows import inbox

    batch = _batch(tmp_path, POOL_MIN_FILES + 2)
    gone, stalled = batch[0][0].path, batch[1][0].path
    os.unlink(gone)
    fifo = tmp_path / "stalled.fifo"
    os.mkfifo(fifo)
    writer = subprocess.Popen(
        [sys.executable, "-c", f"import time; f = open({str(fifo)!r}, 'wb'); time.sleep(600)"]
    )
    real_open = inbox._open_regular
    monkeypatch.setattr(
        inbox, "_open_regular", lambda p: os.open(fifo, os.O_RDONLY) if p == stalled else real_open(p)
    )
    try:
        frames = stage_files(batch, None, read_limit=0.5)
    finally:
        writer.kill()
        writer.wait()
    assert frames["file"]["path"].to_list() == [c.path for c, _ in batch[2:]]
    why = dict(zip(frames[UNREAD]["path"], frames[UNREAD]["why"], strict=True))
    assert why[gone].startswith("vanished before it could be read")
    assert why[stalled].startswith("the read did not finish within 0.5 s")
    assert frames[UNREAD].filter(frames[UNREAD]["path"] == stalled)["notable"].item() is True


def _worker_gc_state() -> tuple[tuple[int, int, int], int, bool]:
    import gc

    from transforms import regions
    from transforms.keywords import segmenter

    loaded = segmenter.cache_info().currsize == 1 and regions._lexicon.cache_info().currsize == 1
    return gc.get_threshold(), gc.get_freeze_count(), loaded


def test_each_worker_loads_the_dictionaries_then_freezes_them(tmp_path) -> None:
    """The pool's initializer: dictionaries loaded before any page, frozen out of the collector's
    scans, young generation collected less often. (The in-process path keeps Python's defaults.)"""
    with worker_pool(2) as pool:
        threshold, frozen, loaded = pool.submit(_worker_gc_state).result()
    assert loaded
    assert threshold[0] == WORKER_GC_THRESHOLD
    assert frozen > 10_000  # the dictionaries' objects, at least


def test_the_workers_start_before_any_work_is_sent() -> None:
    """They load their dictionaries while the run imports Great Expectations (flows/ingest.py)."""
    before = set(multiprocessing.active_children())
    with worker_pool(2):
        started = set(multiprocessing.active_children()) - before
        assert len(started) == 2
