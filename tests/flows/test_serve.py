"""`jiceng serve` with a real Prefect server: a cron run fires and loads a file."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import DEMO_INBOX

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def _loaded(warehouse: Path) -> int:
    if not warehouse.exists():
        return 0
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
        return con.execute("select count(*) from dim_file where status = 'loaded'").fetchone()[0]
    except duckdb.Error:
        return 0


def test_a_cron_run_fires_and_loads_a_file(tmp_path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    page = next(p for p in sorted(DEMO_INBOX.rglob("*.txt")) if "broken" not in p.name)
    shutil.copy2(page, inbox / page.name)
    wh = tmp_path / "w.duckdb"
    env = dict(os.environ, PYTHONPATH=str(ROOT), PREFECT_HOME=str(tmp_path / "prefect"))
    env.pop("PREFECT_API_URL", None)
    cmd = [
        sys.executable,
        "-m",
        "jiceng.cli",
        "serve",
        "--cron",
        "* * * * *",
        "--inbox",
        str(inbox),
        "--warehouse",
        str(wh),
        "--reports",
        str(tmp_path / "r"),
    ]
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 240
        while _loaded(wh) == 0 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(3)
        assert _loaded(wh) == 1
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
