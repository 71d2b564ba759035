"""The publish task's retry: a batch is tried again after a failure, but not after DuckDB ran out of
memory or of disk space, nor past the run's time limit (it would fail again; the command line says
what to do)."""

from __future__ import annotations

import duckdb
import pytest

from flows.limits import RunTimedOut
from flows.tasks import _worth_retrying, publish


def test_the_publish_task_retries_once_under_the_condition() -> None:
    assert publish.retries == 1
    assert publish.retry_condition_fn is _worth_retrying


@pytest.mark.parametrize(
    ("error", "attempts"),
    [
        (duckdb.OutOfMemoryException("out of memory"), 1),
        (duckdb.IOException("disk hiccup"), 2),
        (duckdb.IOException('Could not write file "w.duckdb.next": No space left on device'), 1),
        (OSError(28, "No space left on device"), 1),
        (RunTimedOut("past its limit"), 1),
    ],
)
def test_a_task_with_the_publish_retry_condition_is_retried_unless_it_would_fail_again(
    prefect_harness, error: Exception, attempts: int
) -> None:
    from prefect import flow, task

    calls: list[int] = []

    @task(retries=1, retry_condition_fn=_worth_retrying)
    def fails() -> None:
        calls.append(1)
        raise error

    @flow
    def run() -> None:
        fails()

    with pytest.raises(type(error)):
        run()
    assert len(calls) == attempts
