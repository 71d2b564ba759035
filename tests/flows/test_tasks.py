"""The publish task's retry: a batch is tried again after a failure, but not after DuckDB ran out of
memory (it would again; the command line says which setting to raise)."""

from __future__ import annotations

import duckdb
import pytest

from flows.tasks import _unless_out_of_memory, publish


def test_the_publish_task_retries_once_under_the_condition() -> None:
    assert publish.retries == 1
    assert publish.retry_condition_fn is _unless_out_of_memory


@pytest.mark.parametrize(
    ("error", "attempts"),
    [(duckdb.OutOfMemoryException("out of memory"), 1), (duckdb.IOException("disk hiccup"), 2)],
)
def test_a_task_with_the_publish_retry_condition_is_retried_unless_out_of_memory(
    prefect_harness, error: Exception, attempts: int
) -> None:
    from prefect import flow, task

    calls: list[int] = []

    @task(retries=1, retry_condition_fn=_unless_out_of_memory)
    def fails() -> None:
        calls.append(1)
        raise error

    @flow
    def run() -> None:
        fails()

    with pytest.raises(type(error)):
        run()
    assert len(calls) == attempts
