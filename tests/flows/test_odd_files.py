"""The real flow over an inbox of odd files beside good pages: a named pipe, a Unix socket, a link to
the pipe and a file whose read never returns. The run completes, the good pages load as they load
alone, each odd file is reported with its reason, and the stalled file loads on the next run. A run
past its time limit stops cleanly: nothing more published, the lock released, the next run normal."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import DEMO_INBOX

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
# Written for this test: a short page of our own, new to the warehouse.
STALLED_PAGE = (
    "# 楼道议事会开到家门口\n本报讯 青禾街道今年在12个小区设立楼道议事会，收集居民意见380条，"
    "已办结356条。\n（记者 林一）\n"
)
ARTICLES = """select f.file_name, a.seq, a.title, a.body from dim_article a join dim_file f using (file_id)
              where f.file_name <> 'stalled.txt' order by 1, 2"""


def _old(folder: Path) -> None:
    then = time.time() - 3600
    for path in folder.rglob("*"):
        os.utime(path, (then, then), follow_symlinks=False)


def _rows(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def odd_runs(tmp_path_factory, prefect_harness):
    from flows import inbox as inbox_module
    from flows.ingest import ingest

    tmp = tmp_path_factory.mktemp("odd")
    folder = tmp / "inbox"
    shutil.copytree(DEMO_INBOX, folder)
    os.mkfifo(folder / "pipe.txt")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(folder / "sock.txt"))
    (folder / "link_to_pipe.txt").symlink_to(folder / "pipe.txt")
    (folder / "stalled.txt").write_text(STALLED_PAGE, encoding="utf-8")
    _old(folder)
    # A regular file whose read never returns, as on a hung mount: its open is pointed at a pipe that
    # a helper process holds open for writing and never writes to.
    fifo = tmp / "never_written.fifo"
    os.mkfifo(fifo)
    code = f"import time; f = open({str(fifo)!r}, 'wb'); time.sleep(900)"
    writer = subprocess.Popen([sys.executable, "-c", code])
    real_open = inbox_module._open_regular

    def hung_open(path: str) -> int:
        return os.open(fifo, os.O_RDONLY) if path.endswith("stalled.txt") else real_open(path)

    wh, reports = tmp / "w.duckdb", str(tmp / "r")
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(inbox_module, "_open_regular", hung_open)
            mp.setenv("JICENG_READ_TIMEOUT", "1")
            first = ingest(inbox=str(folder), warehouse=str(wh), reports=reports)
    finally:
        writer.kill()
        writer.wait()
    articles = _rows(wh, ARTICLES)
    second = ingest(inbox=str(folder), warehouse=str(wh), reports=reports)
    alone = tmp / "alone"
    shutil.copytree(DEMO_INBOX, alone / "inbox")
    ingest(inbox=str(alone / "inbox"), warehouse=str(alone / "w.duckdb"), reports=str(alone / "r"))
    listener.close()
    return {
        "first": first,
        "second": second,
        "articles": articles,
        "alone": _rows(alone / "w.duckdb", ARTICLES),
        "warehouse": wh,
        "inbox": folder,
    }


def test_the_run_completes_and_the_good_pages_load_as_they_load_alone(odd_runs) -> None:
    assert (odd_runs["first"]["loaded"], odd_runs["first"]["quarantined"]) == (6, 1)
    assert odd_runs["articles"] == odd_runs["alone"]
    assert len(odd_runs["articles"]) > 6


def test_each_odd_file_is_reported_with_its_reason(odd_runs) -> None:
    why = {Path(path).name: reason for path, reason in odd_runs["first"]["not_read"]}
    assert why["pipe.txt"] == "a named pipe (FIFO), not a regular file: never opened"
    assert why["sock.txt"] == "a Unix socket, not a regular file: never opened"
    assert why["stalled.txt"].startswith("the read did not finish within 1 s (JICENG_READ_TIMEOUT)")
    assert "link_to_pipe.txt" not in why  # a link: never followed, a routine skip
    statuses = dict(_rows(odd_runs["warehouse"], "select file_name, status from dim_file"))
    assert not {"pipe.txt", "sock.txt", "link_to_pipe.txt"} & set(statuses)


def test_the_stalled_file_is_tried_again_and_loads_on_the_next_run(odd_runs) -> None:
    second = odd_runs["second"]
    assert (second["loaded"], second["quarantined"]) == (1, 0)
    assert sorted(Path(p).name for p, _ in second["not_read"]) == ["pipe.txt", "sock.txt"]
    rows = _rows(odd_runs["warehouse"], "select status from dim_file where file_name = 'stalled.txt'")
    assert rows == [("loaded",)]


def _new_page(folder: Path, n: int) -> None:
    (folder / f"new{n}.txt").write_text(STALLED_PAGE.replace("12个", f"{n + 20}个"), encoding="utf-8")
    _old(folder)


def test_a_run_past_its_limit_stops_publishes_nothing_and_frees_the_lock(
    odd_runs, tmp_path, monkeypatch
) -> None:
    """The limit passes after the warehouse was copied (planning is left unlimited here): the run
    ends in Prefect's TimedOut state (Failed) with the message, the published file is as it was, no
    copy is left, the lock is free and the next run loads the page."""
    from flows.ingest import ingest
    from jiceng.settings import Settings
    from warehouse.store import run_lock

    wh, folder = tmp_path / "w.duckdb", tmp_path / "inbox"
    shutil.copy2(odd_runs["warehouse"], wh)
    folder.mkdir()
    _new_page(folder, 1)
    before = wh.read_bytes()
    monkeypatch.setattr(
        Settings, "run_limit", lambda self, new, size: None if (new, size) == (0, 0) else 1e-6
    )
    state = ingest(inbox=str(folder), warehouse=str(wh), reports=str(tmp_path / "r"), return_state=True)
    assert state.is_failed() and state.name == "TimedOut"
    assert "passed its time limit" in state.message and "while staging pages" in state.message
    assert wh.read_bytes() == before
    assert sorted(p.name for p in tmp_path.glob("w.duckdb*")) == ["w.duckdb", "w.duckdb.lock"]
    with run_lock(wh):  # not held: a second writer would be turned away at once
        pass
    monkeypatch.undo()
    after = ingest(inbox=str(folder), warehouse=str(wh), reports=str(tmp_path / "r"))
    assert after["loaded"] == 1


def test_the_command_line_says_the_run_passed_its_limit_and_exits_6(tmp_path) -> None:
    from warehouse.store import run_lock, writable_copy

    wh, folder = tmp_path / "w.duckdb", tmp_path / "inbox"
    with writable_copy(wh):
        pass
    before = wh.read_bytes()
    folder.mkdir()
    _new_page(folder, 2)
    command = [sys.executable, "-m", "jiceng.cli", "ingest", "--quiet", "--inbox", str(folder)]
    done = subprocess.run(
        [*command, "--warehouse", str(wh), "--reports", str(tmp_path / "r")],
        cwd=tmp_path,
        env=dict(os.environ, PYTHONPATH=str(ROOT), JICENG_RUN_TIMEOUT="0.000001"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 6, done.stderr[-3000:]
    assert "jiceng: the run passed its time limit of 1e-06 s (JICENG_RUN_TIMEOUT)" in done.stderr
    assert "Traceback" not in done.stderr
    assert wh.read_bytes() == before
    with run_lock(wh):
        pass


def test_a_file_that_vanishes_between_planning_and_staging_loads_when_it_is_back(
    odd_runs, tmp_path, monkeypatch
) -> None:
    """Planned (hashed and remembered in file_seen), then gone when its batch is staged: the run goes
    on without it, and once it is back, the next run reads it again and loads it."""
    from flows import staging
    from flows.ingest import ingest

    wh, folder = tmp_path / "w.duckdb", tmp_path / "inbox"
    shutil.copy2(odd_runs["warehouse"], wh)
    folder.mkdir()
    _new_page(folder, 3)
    _new_page(folder, 4)
    page = folder / "new3.txt"
    saved, stat = page.read_bytes(), page.stat()
    real_read_each = staging.read_each

    def vanishing(planned, limit):  # noqa: ANN001
        page.unlink(missing_ok=True)
        return real_read_each(planned, limit)

    monkeypatch.setattr(staging, "read_each", vanishing)
    first = ingest(inbox=str(folder), warehouse=str(wh), reports=str(tmp_path / "r"))
    monkeypatch.undo()
    assert (first["loaded"], first["quarantined"]) == (1, 0)
    page.write_bytes(saved)
    os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # back exactly as it was planned
    second = ingest(inbox=str(folder), warehouse=str(wh), reports=str(tmp_path / "r"))
    assert second["loaded"] == 1
    rows = _rows(wh, "select file_name, status from dim_file where file_name like 'new_.txt' order by 1")
    assert rows == [("new3.txt", "loaded"), ("new4.txt", "loaded")]
