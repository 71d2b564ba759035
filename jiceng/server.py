"""The local Prefect server `jiceng serve` starts: on loopback, its UI pointed at its own port, its
database in the warehouse's serve folder (so the UI shows this warehouse's runs and no others), its
output in `server.log` there, and gone when the process that started it dies, even by SIGKILL."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Settings a machine-wide Prefect setup may hold that would point the server elsewhere: its
# database, its UI's API address, a profile holding either.
_NOT_INHERITED = (
    "PREFECT_API_URL",
    "PREFECT_UI_URL",
    "PREFECT_UI_API_URL",
    "PREFECT_API_DATABASE_CONNECTION_URL",
    "PREFECT_PROFILES_PATH",
    "PREFECT_PROFILE",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(home: Path, port: int) -> dict[str, str]:
    """The server's environment: Prefect's own settings for where its API, UI and database are."""
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if k not in _NOT_INHERITED}
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_API_HOST="127.0.0.1",
        PREFECT_SERVER_API_PORT=str(port),
        PREFECT_SERVER_UI_API_URL=api,
        PREFECT_SERVER_DATABASE_CONNECTION_URL=f"sqlite+aiosqlite:///{home / 'prefect.db'}",
    )
    return env


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:  # noqa: S310 - loopback only
            return response.status == 200
    except OSError:
        return False


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: the server gets SIGTERM when `jiceng serve` dies, so a killed serve leaves no server
    holding the port and the database."""
    import ctypes

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


@contextmanager
def local_server(home: Path, port: int | None = None, timeout: float = 120.0) -> Iterator[str]:
    """A Prefect server on 127.0.0.1 for the duration of the block; yields its API URL."""
    home = home.resolve()
    home.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    url = f"http://127.0.0.1:{port}/api"
    cmd = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    with open(home / "server.log", "ab") as log:
        server = subprocess.Popen(
            cmd,
            env=server_env(home, port),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches `serve`, which stops the server in order
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,  # noqa: PLW1509
        )
    try:
        deadline = time.monotonic() + timeout
        while not _healthy(url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"the local Prefect server did not start on port {port}: see {home / 'server.log'}"
                )
            time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
