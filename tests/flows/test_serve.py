"""`jiceng serve` with a real Prefect server, as an operator meets it: the first cron run loads a
file and shows in the UI at the printed address; runs that died are marked Crashed.

Each test starts its own server on a free port and stops every process it started. The first test
waits once for a cron minute to begin (up to 60 s); the others start their run through the API at
once, under a yearly schedule that does not fire."""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

from tests.conftest import DEMO_INBOX

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium")
NEVER_SOON = "0 0 1 1 *"


def _loaded(warehouse: Path) -> int:
    if not warehouse.exists():
        return 0
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
        return con.execute("select count(*) from dim_file where status = 'loaded'").fetchone()[0]
    except duckdb.Error:
        return 0


def _api(url: str, body: dict | None = None, method: str | None = None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as response:  # noqa: S310 - loopback only
        return json.loads(response.read() or b"null")


def _wait_for(what: str, probe, timeout: float = 240.0, every: float = 2.0):
    """Polls `probe` until it returns something truthy; fails with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if found := probe():
                return found
        except OSError:
            pass
        time.sleep(every)
    pytest.fail(f"gave up waiting for {what}")


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    page = next(p for p in sorted(DEMO_INBOX.rglob("*.txt")) if "broken" not in p.name)
    shutil.copy2(page, inbox / page.name)
    return inbox


@contextmanager
def _serving(
    tmp_path: Path, wh: Path, cron: str, tag: str, **env: str
) -> Iterator[tuple[subprocess.Popen, Path]]:
    """`jiceng serve` in its own process group; yields the process and its output file. Stopped
    (SIGTERM, then SIGKILL) at the end unless the test killed it."""
    out = tmp_path / f"serve-{tag}.out"
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), PREFECT_HOME=str(tmp_path / "machine"), **env)
    if "PREFECT_API_URL" not in env:
        full_env.pop("PREFECT_API_URL", None)
    cmd = [
        sys.executable, "-m", "jiceng.cli", "serve", "--cron", cron, "--inbox", str(tmp_path / "inbox"),
        "--warehouse", str(wh), "--reports", str(tmp_path / "r"),
    ]  # fmt: skip
    with open(out, "wb") as sink:
        proc = subprocess.Popen(
            cmd, env=full_env, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        yield proc, out
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def _served_url(proc: subprocess.Popen, out: Path) -> str:
    def printed() -> str | None:
        assert proc.poll() is None, out.read_text(errors="replace")
        m = re.search(r"Prefect server and UI: (http://127\.0\.0\.1:\d+)", out.read_text(errors="replace"))
        return m.group(1) if m else None

    return _wait_for("the server's address", printed, timeout=180)


def _runs(base: str, *states: str) -> list[dict]:
    flt = {"flow_runs": {"state": {"type": {"any_": list(states)}}}} if states else {}
    return _api(f"{base}/api/flow_runs/filter", flt)


def _start_a_run(base: str, out: Path) -> str:
    """A run of the served deployment, created now instead of at the next cron time."""
    _wait_for("the deployment to be served", lambda: "being served" in out.read_text(errors="replace"))
    deployment = _api(f"{base}/api/deployments/name/jiceng-ingest/jiceng-ingest")
    # A busy server may answer 503, or too late, having made the run: asked again under one key.
    create = f"{base}/api/deployments/{deployment['id']}/create_flow_run"
    body = {"idempotency_key": uuid.uuid4().hex}
    return _wait_for("a run to be created", lambda: _api(create, body)["id"], timeout=90)


def _run_process(serve_pid: int) -> int:
    """The process the runner started for the run: its child running multiprocessing's spawn_main."""
    tasks = Path(f"/proc/{serve_pid}/task").iterdir()
    children = [pid for task in tasks for pid in (task / "children").read_text().split()]
    for pid in map(int, children):
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        if b"spawn_main" in cmdline:
            return pid
    raise AssertionError(f"no run process among the children of {serve_pid}: {children}")


def _pause(base: str) -> None:
    deployment = _api(f"{base}/api/deployments/name/jiceng-ingest/jiceng-ingest")
    schedule = deployment["schedules"][0]["id"]
    _api(f"{base}/api/deployments/{deployment['id']}/schedules/{schedule}", {"active": False}, "PATCH")


def _state(base: str, run_id: str) -> dict:
    return _api(f"{base}/api/flow_runs/{run_id}")["state"]


@contextmanager
def _warehouse_held(wh: Path) -> Iterator[None]:
    """Holds the warehouse's run lock, so a served run (JICENG_LOCK_WAIT) waits in the Running state."""
    wh.parent.mkdir(parents=True, exist_ok=True)
    with open(wh.with_name(wh.name + ".lock"), "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _chromium(tmp_path: Path, url: str, *what: str) -> list[str]:
    cmd = [
        CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'chromium'}", "--window-size=1280,800", "--virtual-time-budget=20000",
        *what, url,
    ]  # fmt: skip
    return [subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False).stdout]


def test_the_first_cron_run_loads_a_file_and_shows_in_the_ui_at_the_served_port(tmp_path) -> None:
    _inbox(tmp_path)
    wh = tmp_path / "w" / "w.duckdb"
    with _serving(tmp_path, wh, "* * * * *", "ui") as (proc, out):
        base = _served_url(proc, out)
        assert _api(f"{base}/ui-settings")["api_url"] == f"{base}/api"
        # One cron wait (up to a minute), then the run itself.
        done = _wait_for("the first scheduled run", lambda: _runs(base, "COMPLETED", "FAILED", "CRASHED"))
        assert [(r["state_type"], r["auto_scheduled"]) for r in done] == [("COMPLETED", True)]
        assert _loaded(wh) == 1
        # The server's database is the warehouse's, not the machine's.
        assert (tmp_path / "w" / "w.duckdb.prefect" / "prefect.db").exists()
        assert not (tmp_path / "machine" / "prefect.db").exists()
        if not CHROMIUM:
            pytest.skip(
                "chromium not installed (apt-get install chromium fonts-noto-cjk): the UI page was not loaded"
            )
        ui = _api(f"{base}/ui-settings")
        runs_page = base + (ui.get(f"{ui['default_ui']}_base_url") or "/").rstrip("/") + "/runs"
        png = tmp_path / "runs.png"
        _chromium(tmp_path, runs_page, f"--screenshot={png}")
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        (dom,) = _chromium(tmp_path, runs_page, "--dump-dom")
        assert done[0]["name"] in dom
        assert "Can't connect to Server API" not in dom


def test_a_run_left_running_by_a_killed_serve_is_marked_crashed_when_serve_starts_again(tmp_path) -> None:
    _inbox(tmp_path)
    wh = tmp_path / "w" / "w.duckdb"
    with _warehouse_held(wh):
        with _serving(tmp_path, wh, NEVER_SOON, "killed", JICENG_LOCK_WAIT="600") as (proc, out):
            base = _served_url(proc, out)
            # A run's own process killed: the runner, still alive, marks it.
            first = _start_a_run(base, out)
            _wait_for("the run to start", lambda: _state(base, first)["type"] == "RUNNING")
            os.kill(_run_process(proc.pid), signal.SIGKILL)
            state = _wait_for("the runner", lambda: (s := _state(base, first))["type"] != "RUNNING" and s)
            assert state["type"] == "CRASHED"
            # Then serve itself killed with its next run.
            run_id = _start_a_run(base, out)
            _wait_for("the run to start", lambda: _state(base, run_id)["type"] == "RUNNING")
            _wait_for("the pause", lambda: _pause(base) or True, timeout=90)  # the UI's schedule switch
            os.killpg(proc.pid, signal.SIGKILL)  # serve, its runner and the run, as a power cut would
            proc.wait()
            # The server goes with them (it would otherwise hold the port and the database).
            _wait_for("the server to stop", lambda: not _healthy(base), timeout=60, every=1)
        with _serving(tmp_path, wh, NEVER_SOON, "again") as (proc, out):
            base = _served_url(proc, out)
            state = _wait_for(
                "the run to be marked", lambda: (s := _state(base, run_id))["type"] != "RUNNING" and s
            )
            assert state["type"] == "CRASHED"
            # serve says what it found once it has looked at the schedule too, after marking the run
            said = _wait_for(
                "serve to say the schedule paused before the restart stays paused",
                lambda: (t := out.read_text(errors="replace")) and "stays paused" in t and t,
            )
            assert "marked Crashed" in said
            # The schedule paused before the restart is still paused after it.
            served = _api(f"{base}/api/deployments/name/jiceng-ingest/jiceng-ingest")
            assert [s["active"] for s in served["schedules"]] == [False]


def test_a_run_that_stops_sending_heartbeats_is_marked_crashed_by_a_server_that_lives_on(tmp_path) -> None:
    """Serving against a server of one's own (PREFECT_API_URL): the run's process and its runner are
    killed, the server is not. Takes three missed heartbeats (90 s) and the automation's next look."""
    from jiceng.server import local_server

    _inbox(tmp_path)
    wh = tmp_path / "w" / "w.duckdb"
    with local_server(tmp_path / "own-server") as api, _warehouse_held(wh):
        base = api.removesuffix("/api")
        with _serving(tmp_path, wh, NEVER_SOON, "external", JICENG_LOCK_WAIT="600", PREFECT_API_URL=api) as (
            proc,
            out,
        ):
            run_id = _start_a_run(base, out)
            _wait_for("the run to start", lambda: _state(base, run_id)["type"] == "RUNNING")
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        assert _state(base, run_id)["type"] == "RUNNING"
        state = _wait_for(
            "the automation",
            lambda: (s := _state(base, run_id))["type"] != "RUNNING" and s,
            timeout=300,
            every=5,
        )
        assert state["type"] == "CRASHED"
        assert "no heartbeat" in state["message"]


def _healthy(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/api/health", timeout=2) as response:  # noqa: S310 - loopback only
            return response.status == 200
    except OSError:
        return False
