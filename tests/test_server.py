"""The local server's settings and the automation that marks silent runs Crashed, without a server
(tests/flows/test_serve.py runs them for real)."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

from jiceng.crashed_runs import FLOW, drop_missed, heartbeat_automation
from jiceng.server import server_env


def test_the_server_is_told_its_own_port_for_the_ui_and_a_database_in_its_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("PREFECT_API_URL", "http://elsewhere:4200/api")
    monkeypatch.setenv("PREFECT_API_DATABASE_CONNECTION_URL", "postgresql+asyncpg://machine/prefect")
    monkeypatch.setenv("PREFECT_HOME", "/root/.prefect")
    env = server_env(tmp_path, 43210)
    assert env["PREFECT_SERVER_UI_API_URL"] == "http://127.0.0.1:43210/api"
    assert env["PREFECT_SERVER_API_PORT"] == "43210"
    assert env["PREFECT_HOME"] == str(tmp_path)
    assert env["PREFECT_SERVER_DATABASE_CONNECTION_URL"] == f"sqlite+aiosqlite:///{tmp_path / 'prefect.db'}"
    assert "PREFECT_API_URL" not in env and "PREFECT_API_DATABASE_CONNECTION_URL" not in env


def test_a_run_is_crashed_after_three_missed_heartbeats_of_this_flow_only():
    automation = heartbeat_automation(30)
    trigger = automation.trigger
    assert trigger.within == timedelta(seconds=90)
    assert trigger.after == {"prefect.flow-run.Running", "prefect.flow-run.heartbeat"}
    assert "prefect.flow-run.Completed" in trigger.expect
    assert trigger.match_related.model_dump() == {
        "prefect.resource.role": "flow",
        "prefect.resource.name": FLOW,
    }
    assert automation.actions[0].state.value == "CRASHED"


def test_runs_scheduled_before_a_start_are_dropped_and_runs_started_by_hand_are_not():
    class Client:
        deleted: list[str] = []

        def read_flow_runs(self, **_filters):
            return [
                SimpleNamespace(id="missed", auto_scheduled=True),
                SimpleNamespace(id="by-hand", auto_scheduled=False),
            ]

        def delete_flow_run(self, run_id):
            self.deleted.append(run_id)

    client = Client()
    assert drop_missed(client) == 1
    assert client.deleted == ["missed"]
