"""Runs that died are shown as Crashed, not "Running" for good.

Three ways a served run dies, three ways it is marked:
- its process is killed while `jiceng serve` lives: Prefect's runner sees the exit code and marks it;
- `jiceng serve` itself dies (killed, the machine restarted): its local server dies with it, and the
  next `jiceng serve` on the warehouse marks what the last one left unfinished (`crash_unfinished`),
  since that server's database holds this warehouse's runs only and no runner of them is left;
- it dies while the server lives on (a server of your own, `PREFECT_API_URL`): every run sends a
  heartbeat event, and an automation (`heartbeat_automation`, Prefect's zombie-run detection) marks
  a run Crashed when three heartbeats in a row are missing.
Runs scheduled ahead of time that are still waiting when `serve` starts are dropped (`drop_missed`).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

FLOW = "jiceng-ingest"
AUTOMATION = "jiceng: mark runs that stopped sending heartbeats as crashed"
UNFINISHED = ("PENDING", "RUNNING", "CANCELLING")


def _runs_of_the_flow(client: Any, *states: str) -> list[Any]:
    from prefect.client.schemas.filters import (
        FlowFilter,
        FlowFilterName,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType

    return client.read_flow_runs(
        flow_filter=FlowFilter(name=FlowFilterName(any_=[FLOW])),
        flow_run_filter=FlowRunFilter(
            state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType(s) for s in states]))
        ),
    )


def crash_unfinished(client: Any, why: str) -> list[str]:
    """Marks every unfinished run of the flow Crashed; returns their names."""
    from prefect.states import Crashed

    runs = _runs_of_the_flow(client, *UNFINISHED)
    for run in runs:
        client.set_flow_run_state(run.id, Crashed(message=why), force=True)
    return [run.name for run in runs]


def drop_missed(client: Any) -> int:
    """Deletes the runs the server had scheduled ahead of time and that are still waiting when
    `serve` starts: those whose time passed while `serve` was stopped would otherwise all run now,
    one after another, paused schedule or not. The next scheduled run loads what they would have;
    the server schedules the coming ones again from the schedule as it is now."""
    missed = [run for run in _runs_of_the_flow(client, "SCHEDULED") if run.auto_scheduled]
    for run in missed:
        client.delete_flow_run(run.id)
    return len(missed)


def heartbeat_automation(heartbeat_seconds: int) -> Any:
    """After a run of the flow starts running, and after each of its heartbeats, another heartbeat
    or a final state is expected within three heartbeats; if none comes, the run is set Crashed.
    (Prefect's recipe starts watching at the first heartbeat only: a run killed before it sent one
    stayed Running.)"""
    from prefect.automations import AutomationCore
    from prefect.client.schemas.objects import StateType
    from prefect.events.actions import ChangeFlowRunState
    from prefect.events.schemas.automations import EventTrigger, Posture
    from prefect.events.schemas.events import ResourceSpecification

    final = [f"prefect.flow-run.{s}" for s in ("Completed", "Failed", "Cancelled", "Crashed")]
    return AutomationCore(
        name=AUTOMATION,
        description=f"Runs of {FLOW} send a heartbeat every {heartbeat_seconds} s (jiceng serve).",
        trigger=EventTrigger(
            after={"prefect.flow-run.Running", "prefect.flow-run.heartbeat"},
            expect={"prefect.flow-run.heartbeat", *final},
            match=ResourceSpecification({"prefect.resource.id": "prefect.flow-run.*"}),
            match_related=ResourceSpecification(
                {"prefect.resource.role": "flow", "prefect.resource.name": FLOW}
            ),
            for_each={"prefect.resource.id"},
            posture=Posture.Proactive,
            threshold=1,
            within=timedelta(seconds=3 * heartbeat_seconds),
        ),
        actions=[
            ChangeFlowRunState(
                state=StateType.CRASHED,
                name="Crashed",
                force=False,  # a run that finished meanwhile keeps its final state
                message=f"no heartbeat for {3 * heartbeat_seconds} s: the run's process died "
                "(killed, or its machine stopped). The warehouse keeps what it had published.",
            )
        ],
    )


def ensure_heartbeat_automation(client: Any, heartbeat_seconds: int) -> None:
    """Creates the automation, or brings a changed or disabled one in line; an unchanged one is left
    alone, so what it is already watching (its open buckets) carries over a restart."""
    wanted = heartbeat_automation(heartbeat_seconds)
    existing = client.read_automations_by_name(AUTOMATION)
    if not existing:
        client.create_automation(wanted)
        return
    current = existing[0]
    if not current.enabled or _trigger(current) != _trigger(wanted):
        client.update_automation(current.id, wanted)


def _trigger(automation: Any) -> dict:
    dumped = automation.trigger.model_dump(mode="json", exclude={"id"})
    return {k: sorted(v) if isinstance(v, list) else v for k, v in dumped.items()}
