"""`jiceng serve`: the ingest flow on a cron schedule.

Cron schedules need a Prefect server (the embedded API cannot schedule). Unless PREFECT_API_URL is
set, `serve` starts `prefect server start` on loopback itself (`jiceng.server`): its UI at the
printed address, its database (runs, their logs, the schedule) in the warehouse's serve folder
(`<warehouse>.prefect`, or $JICENG_SERVE_HOME), and stops it on exit. Runs never overlap: the runner
takes one run at a time (`limit=1`), and the warehouse lock turns away any other writer. Runs that
died are marked Crashed (`jiceng.crashed_runs`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from jiceng.settings import Settings


def serve(cron: str, inbox: Path, warehouse: Path, reports: Path, port: int | None = None) -> int:
    cfg = Settings()
    # Read by the runner and handed to each run's process, which sends its heartbeats this often.
    os.environ["PREFECT_FLOWS_HEARTBEAT_FREQUENCY"] = str(cfg.heartbeat_seconds)
    if os.environ.get("PREFECT_API_URL"):
        return _serve(cron, inbox, warehouse, reports, cfg.heartbeat_seconds, own_server=False)
    from jiceng.server import local_server

    home = cfg.serve_home(warehouse).resolve()
    # This process and the runs it starts keep Prefect's local files with the server's database.
    os.environ["PREFECT_HOME"] = str(home)
    with local_server(home, port) as url:
        os.environ["PREFECT_API_URL"] = url
        print(
            f"Prefect server and UI: {url.removesuffix('/api')}  (stopped when this command exits)\n"
            f"its runs, their logs and the schedule are kept in {home}",
            flush=True,
        )
        return _serve(cron, inbox, warehouse, reports, cfg.heartbeat_seconds, own_server=True)


def _serve(
    cron: str, inbox: Path, warehouse: Path, reports: Path, heartbeat_seconds: int, own_server: bool
) -> int:
    from prefect.client.orchestration import get_client
    from prefect.schedules import Cron
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.ingest import ingest
    from jiceng.crashed_runs import crash_unfinished, drop_missed, ensure_heartbeat_automation

    params = {"inbox": str(inbox), "warehouse": str(warehouse), "reports": str(reports)}
    with temporary_settings(updates={PREFECT_API_URL: os.environ["PREFECT_API_URL"]}):
        with get_client(sync_client=True) as client:
            if own_server:
                why = "jiceng serve stopped (killed, or the machine restarted) before this run finished"
                for name in crash_unfinished(client, why):
                    print(f"run {name} was left unfinished by the last jiceng serve: marked Crashed")
            if dropped := drop_missed(client):
                print(
                    f"{dropped} runs scheduled before this start were dropped (the schedule makes new ones)"
                )
            ensure_heartbeat_automation(client, heartbeat_seconds)
            paused, active = _pause_kept(client)
        if paused or not active:
            print("the schedule was paused in the UI and stays paused: resume it there", flush=True)
        ingest.serve(
            name="jiceng-ingest",
            schedule=Cron(cron, active=active),
            paused=paused,
            parameters=params,
            limit=1,
            pause_on_shutdown=False,
        )
    return 0


def _pause_kept(client: Any) -> tuple[bool, bool]:
    """(deployment paused, schedule active) as the operator left them in the UI, so a restart of
    `serve` does not resume what they paused (Prefect's serve would make a new, active schedule)."""
    from prefect.exceptions import ObjectNotFound

    try:
        served = client.read_deployment_by_name("jiceng-ingest/jiceng-ingest")
    except ObjectNotFound:
        return False, True
    return bool(served.paused), not served.schedules or any(s.active for s in served.schedules)
