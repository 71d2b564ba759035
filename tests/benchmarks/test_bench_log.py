"""What the benchmark reads from an ingest's log (plain functions; no run)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from bench import PROGRESS_LOGGED, flow_span  # noqa: E402

LOG = """\
23:59:58.120 | INFO    | prefect - Starting temporary server on http://127.0.0.1:8230
23:59:59.900 | INFO    | Flow run 'calm-otter' - Beginning flow run 'calm-otter' for flow 'jiceng-ingest'
00:00:00.150 | INFO    | Task run 'check-for-new-files-1a2' - Finished in state Completed()
00:00:00.200 | INFO    | Flow run 'calm-otter' - run 20261123T000000Z-abc123: progress published (5 files loaded, 0 held back so far; 1.5 s)
00:00:01.400 | INFO    | Flow run 'calm-otter' - Finished in state Completed()
00:00:03.000 | INFO    | prefect - Stopping temporary server on http://127.0.0.1:8230
"""


def test_flow_span_is_the_flows_own_time_across_midnight() -> None:
    # Not the server's start or stop, nor a task's "Finished in state" line.
    assert abs(flow_span(LOG) - 1.5) < 1e-9


def test_flow_span_is_none_when_the_flow_did_not_log_both_ends() -> None:
    assert flow_span(LOG.replace("Beginning flow run", "Began")) is None
    assert flow_span("") is None


def test_progress_publishes_are_read_from_the_log() -> None:
    assert [float(s) for s in PROGRESS_LOGGED.findall(LOG)] == [1.5]
