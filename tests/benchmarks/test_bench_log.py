"""What the benchmark reads from an ingest's log, and how it pairs its runs (plain functions; no run)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from bench import NOOP_PAIRS, PROGRESS_LOGGED, Run, _median_pair, flow_span, noop_differences  # noqa: E402

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


def test_the_nothing_new_run_reported_is_the_median_pair() -> None:
    """Each nothing-new run is taken against the empty run that followed it, not against the
    fastest or slowest empty run."""
    assert NOOP_PAIRS == 3
    noop = {"again1": 12.0, "startup_noop1": 10.0, "again2": 11.0, "startup_noop2": 10.5, "again3": 14.0,
            "startup_noop3": 9.0}  # fmt: skip
    runs = {key: Run(sec, 0, 0, 0, {}, key) for key, sec in noop.items()}
    assert noop_differences(runs) == [2.0, 0.5, 5.0]
    again, empty = _median_pair(runs)
    assert (again.summary, empty.summary) == ("again1", "startup_noop1")
