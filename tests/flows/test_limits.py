"""Odd files and stuck reads, without the flow: a named pipe, a socket or a device in the inbox is
never opened; a file swapped for a pipe after the scan is refused without blocking; a read that
blocks is given up at its time limit, and the next read works; the run's deadline."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows import inbox
from flows.inbox import Candidate, Unread, plan, read, scan
from flows.limits import Deadline, ReadTimedOut, RunTimedOut, within

PAGE = "# 社区议事厅开进小区\n本报讯 某街道今年建成议事厅4个，协商解决停车等事项120件。\n".encode()


def _old(path: Path) -> None:
    then = time.time() - 3600
    os.utime(path, (then, then), follow_symlinks=False)


@pytest.fixture
def odd_inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_bytes(PAGE)
    os.mkfifo(folder / "pipe.txt")
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(folder / "sock.txt"))
    (folder / "link_to_pipe.txt").symlink_to(folder / "pipe.txt")
    for path in folder.iterdir():
        _old(path)
    return folder


def test_only_regular_files_are_candidates_and_the_others_say_what_they_are(odd_inbox: Path) -> None:
    found, skipped = scan(odd_inbox, settle_seconds=2)
    assert [Path(c.path).name for c in found] == ["good.txt"]
    why = {Path(s.path).name: (s.why, s.notable) for s in skipped}
    assert why["pipe.txt"] == ("a named pipe (FIFO), not a regular file: never opened", True)
    assert why["sock.txt"] == ("a Unix socket, not a regular file: never opened", True)
    assert why["link_to_pipe.txt"][0] == "symbolic link: never followed"


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_in_the_inbox_is_never_opened(tmp_path: Path) -> None:
    os.mknod(tmp_path / "null.txt", 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    _old(tmp_path / "null.txt")
    found, skipped = scan(tmp_path, settle_seconds=2)
    assert not found
    assert skipped[0].why == "a character device, not a regular file: never opened"


def test_a_file_swapped_for_a_pipe_after_the_scan_is_refused_without_blocking(tmp_path: Path) -> None:
    """The race the scan cannot see: a regular file at scan time, a pipe with no writer at read time.
    Opened without blocking and checked before any read, it is refused at once (a plain open of
    that pipe would wait for a writer for ever: the time limit here would say so)."""
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE)
    _old(page)
    (candidate,), _ = scan(tmp_path, settle_seconds=2)
    page.unlink()
    os.mkfifo(page)
    with pytest.raises(Unread, match="a named pipe \\(FIFO\\), not a regular file: never opened"):
        read(candidate, limit=20)


def test_a_file_replaced_by_a_link_vanished_or_changed_is_not_read(tmp_path: Path) -> None:
    pages = {name: tmp_path / f"{name}.txt" for name in ("link", "gone", "changed")}
    for page in pages.values():
        page.write_bytes(PAGE)
        _old(page)
    found, _ = scan(tmp_path, settle_seconds=2)
    by = {Path(c.path).stem: c for c in found}
    pages["link"].unlink()
    pages["link"].symlink_to(pages["changed"])
    pages["gone"].unlink()
    pages["changed"].write_bytes(PAGE + PAGE)
    reasons = {}
    for name, candidate in by.items():
        with pytest.raises(Unread) as caught:
            read(candidate, limit=20)
        reasons[name] = caught.value.why
    assert reasons["link"].startswith("could not be read")  # O_NOFOLLOW: never followed
    assert reasons["gone"].startswith("vanished")
    assert reasons["changed"].startswith("changed while being read")


@pytest.fixture
def stalled_pipe(tmp_path: Path):
    """A pipe that a helper process holds open for writing and never writes to: a read of it blocks
    (as a read of a file on a hung mount does) until the helper ends."""
    fifo = tmp_path / "stalled.fifo"
    os.mkfifo(fifo)
    code = f"import time; f = open({str(fifo)!r}, 'wb'); time.sleep(600)"
    writer = subprocess.Popen([sys.executable, "-c", code])
    try:
        yield fifo
    finally:
        writer.kill()
        writer.wait()


def test_a_read_that_blocks_is_given_up_at_its_limit_and_the_next_read_works(
    tmp_path: Path, stalled_pipe: Path, monkeypatch
) -> None:
    """A regular file whose read never returns: the file's open is pointed at the stalled pipe. The
    read is given up with the reason in words; the reader thread stays stuck, a fresh one serves the
    next read."""
    page, stalled = tmp_path / "page.txt", tmp_path / "stalled.txt"
    for path in (page, stalled):
        path.write_bytes(PAGE)
        _old(path)
    found, _ = scan(tmp_path, settle_seconds=2)
    by = {Path(c.path).name: c for c in found}

    def hung_open(path: str) -> int:
        return os.open(stalled_pipe if path.endswith("stalled.txt") else path, os.O_RDONLY)

    monkeypatch.setattr(inbox, "_open_regular", hung_open)
    with pytest.raises(Unread, match="the read did not finish within 0.5 s \\(JICENG_READ_TIMEOUT\\)"):
        read(by["stalled.txt"], limit=0.5)
    assert read(by["page.txt"], limit=20) == PAGE
    planned = plan(found, {c.path for c in found}, {}, read_limit=0.5)
    assert [Path(c.path).name for c, _ in planned.new] == ["page.txt"]
    assert [(Path(s.path).name, s.notable) for s in planned.skipped] == [("stalled.txt", True)]


def test_within_hands_back_results_and_errors_and_gives_up_on_time() -> None:
    assert within(5, sum, [1, 2, 3]) == 6
    with pytest.raises(ZeroDivisionError):
        within(5, lambda: 1 / 0)
    with pytest.raises(ReadTimedOut):
        within(0.2, time.sleep, 3)
    assert within(5, len, "abc") == 3  # served by a fresh thread while the first still sleeps
    assert within(None, len, "ab") == 2  # no limit: run in the caller's thread


def test_the_deadline_says_what_the_run_was_doing_and_caps_reads() -> None:
    deadline = Deadline(3600)
    deadline.check("planning")
    assert deadline.cap(30) == 30
    assert deadline.cap(None) <= 3600
    deadline.allow(0)
    assert deadline.cap(30) == 0
    with pytest.raises(RunTimedOut, match="time limit of 0 s \\(JICENG_RUN_TIMEOUT\\) while staging pages"):
        deadline.check("staging pages")
    unlimited = Deadline(None)
    unlimited.check("anything")
    assert unlimited.cap(30) == 30 and unlimited.remaining() is None


def test_the_automatic_run_limit_grows_with_the_new_pages_and_the_warehouse(monkeypatch) -> None:
    from jiceng.settings import AUTO_RUN_BASE_SECONDS, Settings

    monkeypatch.delenv("JICENG_RUN_TIMEOUT", raising=False)
    auto = Settings()
    assert auto.run_limit(0, 0) == AUTO_RUN_BASE_SECONDS
    assert auto.run_limit(100_000_000, 0) == AUTO_RUN_BASE_SECONDS + 1000
    assert auto.run_limit(0, 3_400_000_000) == pytest.approx(AUTO_RUN_BASE_SECONDS + 102)
    monkeypatch.setenv("JICENG_RUN_TIMEOUT", "90")
    assert Settings().run_limit(10**9, 10**10) == 90
    monkeypatch.setenv("JICENG_RUN_TIMEOUT", "0")
    assert Settings().run_limit(10**9, 10**10) is None


def test_a_plan_past_the_run_deadline_stops_before_reading(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE)
    candidate = Candidate(str(page), page.stat().st_size, page.stat().st_mtime_ns)
    with pytest.raises(RunTimedOut, match="reading the new files to hash them"):
        plan([candidate], {candidate.path}, {}, Deadline(0), read_limit=5)


def test_many_reads_handed_over_together_each_keep_their_own_limit() -> None:
    """The second item stalls: it alone is given up, the items after it are done by a fresh thread;
    a run's deadline passing while they are read stops them all."""
    from flows.limits import each_within

    def work(item: float) -> float:
        if item < 0:
            raise ValueError("negative")
        time.sleep(item)
        return item

    out = each_within(0.3, work, [0.0, 5.0, -1.0, 0.01])
    assert out[0] == (True, 0.0) and out[3] == (True, 0.01)
    assert not out[1][0] and isinstance(out[1][1], ReadTimedOut)
    assert not out[2][0] and isinstance(out[2][1], ValueError)
    assert each_within(None, work, [0.0]) == [(True, 0.0)]
    with pytest.raises(RunTimedOut, match="while reading files"):
        each_within(10, work, [0.0, 5.0], Deadline(0.3))
