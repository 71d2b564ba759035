"""`jiceng serve`: the ingest flow on a cron schedule.

Cron schedules need a Prefect server (the embedded API cannot schedule). Unless PREFECT_API_URL is
set, `serve` starts `prefect server start` on loopback itself (UI included, runs kept in
$PREFECT_HOME), points this process at it and stops it on exit. Runs never overlap: the runner takes
one run at a time (`limit=1`), and the warehouse lock turns away any other writer.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:  # noqa: S310 - loopback only
            return response.status == 200
    except OSError:
        return False


@contextmanager
def local_server(port: int | None = None, timeout: float = 120.0):
    """A Prefect server on 127.0.0.1 for the duration of the block; yields its API URL."""
    port = port or _free_port()
    url = f"http://127.0.0.1:{port}/api"
    cmd = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + timeout
        while not _healthy(url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the local Prefect server did not start on port {port}")
            time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()


def serve(cron: str, inbox: Path, warehouse: Path, reports: Path, port: int | None = None) -> int:
    if os.environ.get("PREFECT_API_URL"):
        return _serve(cron, inbox, warehouse, reports)
    with local_server(port) as url:
        os.environ["PREFECT_API_URL"] = url
        print(f"Prefect server and UI: {url.removesuffix('/api')}  (stopped when this command exits)")
        return _serve(cron, inbox, warehouse, reports)


def _serve(cron: str, inbox: Path, warehouse: Path, reports: Path) -> int:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.ingest import ingest

    params = {"inbox": str(inbox), "warehouse": str(warehouse), "reports": str(reports)}
    with temporary_settings(updates={PREFECT_API_URL: os.environ["PREFECT_API_URL"]}):
        ingest.serve(name="jiceng-ingest", cron=cron, parameters=params, limit=1, pause_on_shutdown=False)
    return 0
