"""A full disk says so: checked before the copy where the free space is plainly too small, and
noticed wherever a write finds no room (the copy, DuckDB's writes and checkpoints); a message in
words with the room a run needs and the room there is, exit code 5, the warehouse as it was. On a
small tmpfs, mounted where the tests run as root (skipped with the reason elsewhere)."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests.conftest import DEMO_INBOX
from warehouse.store import DiskFull, disk_full, writable_copy

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def small_disk(tmp_path: Path, request) -> Iterator[Path]:
    """A tmpfs of `request.param` (e.g. "4m") mounted at a folder of tmp_path, unmounted after."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem (tmpfs) needs root; these tests run where they are root")
    folder = tmp_path / "small"
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={request.param}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode:
        pytest.skip(f"could not mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _empty_warehouse(path: Path) -> bytes:
    with writable_copy(path):  # the schema and the static dimensions, ~2.3 MB
        pass
    return path.read_bytes()


def test_errors_that_mean_a_full_disk_are_told_from_others() -> None:
    assert disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert disk_full(OSError(errno.EDQUOT, "Disk quota exceeded"))
    assert disk_full(
        duckdb.IOException('Checkpoint failed … Could not write file "w.next": No space left on device')
    )
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("a task failed") from inner
    except RuntimeError as outer:
        assert disk_full(outer)
    assert not disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not disk_full(duckdb.IOException("Could not read file"))
    assert not disk_full(None)


@pytest.mark.parametrize("small_disk", ["4m"], indirect=True)
def test_no_room_for_the_copy_is_said_before_it_is_made(small_disk: Path) -> None:
    wh = small_disk / "w.duckdb"
    before = _empty_warehouse(wh)  # 2.3 MB of 4 MB: the copy cannot fit
    with pytest.raises(DiskFull) as caught, writable_copy(wh, new_bytes=50_000):
        pytest.fail("the run must not start")
    message = str(caught.value)
    assert message.startswith(f"the disk holding the warehouse ({small_disk}) has no room for this run")
    assert "MB free" in message and "a copy of the whole warehouse (2." in message
    assert wh.read_bytes() == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["w.duckdb"]


@pytest.mark.slow
@pytest.mark.parametrize("small_disk", ["5m"], indirect=True)
def test_a_run_that_fills_the_disk_says_so_exits_5_and_leaves_the_warehouse_as_it_was(
    small_disk: Path, tmp_path: Path
) -> None:
    """Room for the copy, none for what the run writes into it: DuckDB's write fails mid-run."""
    wh = small_disk / "w.duckdb"
    before = _empty_warehouse(wh)
    command = [sys.executable, "-m", "jiceng.cli", "ingest", "--quiet", "--inbox", str(DEMO_INBOX)]
    done = subprocess.run(
        [*command, "--warehouse", str(wh), "--reports", str(tmp_path / "r")],
        cwd=tmp_path,
        env=dict(os.environ, PYTHONPATH=str(ROOT), JICENG_SETTLE_SECONDS="0"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 5, done.stderr[-3000:]
    assert f"jiceng: the disk holding the warehouse ({small_disk}) has no room for this run" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert (
        "stopped: the disk holding the warehouse" in done.stdout + done.stderr
    )  # the flow's log, as under serve
    assert wh.read_bytes() == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["w.duckdb", "w.duckdb.lock"]
