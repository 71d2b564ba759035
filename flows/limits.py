"""Time limits: on each read of a file, and on a whole run (plain functions, no Prefect).

A read of a regular file can block for good (a hung network mount, a file held by its writer) and a
blocked system call cannot be interrupted from Python. So reads run on a helper thread and the caller
waits at most so long: past it the caller goes on and the thread is abandoned (a daemon, left to
finish or not; the next read gets a fresh thread). One long-lived thread serves every read, so a read
costs a queue hand-over, not a thread start (benchmarks/RESULTS.md, eighth session).

A run checks its deadline between steps (each file planned, each batch, before publishing) and waits
for staged batches at most until it; past it the run stops with `RunTimedOut`, and the warehouse
keeps what was published before (as after a kill) and the lock is released by the `with` that holds it.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


class ReadTimedOut(Exception):
    """A read that did not finish within its limit (the thread doing it was abandoned)."""


class RunTimedOut(TimeoutError):
    """A run past its time limit: it stopped between two steps and published nothing more. A
    TimeoutError, so Prefect ends the flow run (or a task run) in a Failed state named TimedOut,
    with the message and without a traceback, and does not retry it (prefect/flow_engine.py and
    task_engine.py, 3.8.8)."""


class _Job:
    __slots__ = ("call", "args", "done", "result", "error")

    def __init__(self, call: Callable[..., Any], args: tuple) -> None:
        self.call, self.args, self.done = call, args, threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.call(*self.args)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, who raises it
            self.error = exc
        self.done.set()


class _Reader(threading.Thread):
    """Runs the jobs put on its queue, one after another; once abandoned (a job outlived its
    caller's patience), it runs what is already queued and ends."""

    def __init__(self) -> None:
        super().__init__(name="jiceng-reader", daemon=True)
        self.jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self.abandoned = False

    def run(self) -> None:
        while True:
            self.jobs.get().run()
            if self.abandoned:
                while True:
                    try:
                        self.jobs.get_nowait().run()
                    except queue.Empty:
                        return


_lock = threading.Lock()
_reader: _Reader | None = None


def within(seconds: float | None, call: Callable[..., T], *args: Any) -> T:
    """`call(*args)` on the reader thread, waiting at most `seconds` (None: no limit, run here).
    Raises what the call raised, or ReadTimedOut."""
    if seconds is None:
        return call(*args)
    global _reader
    job = _Job(call, args)
    with _lock:
        if _reader is None:
            _reader = _Reader()
            _reader.start()
        reader = _reader
        reader.jobs.put(job)
    if not job.done.wait(max(seconds, 0.0)):
        with _lock:
            reader.abandoned = True
            if _reader is reader:
                _reader = None
        raise ReadTimedOut(f"did not finish within {seconds:g} s")
    if job.error is not None:
        raise job.error
    return job.result


class Deadline:
    """When a run must have finished. `seconds` None: no limit."""

    def __init__(self, seconds: float | None, setting: str = "JICENG_RUN_TIMEOUT") -> None:
        self.started = time.monotonic()
        self.setting = setting
        self.seconds = seconds

    def allow(self, seconds: float | None) -> None:
        """The limit, counted from the start, set anew (e.g. once the run knows its new bytes)."""
        self.seconds = seconds

    def remaining(self) -> float | None:
        if self.seconds is None:
            return None
        return self.started + self.seconds - time.monotonic()

    def cap(self, seconds: float | None) -> float | None:
        """`seconds`, or less when the run's limit comes sooner."""
        left = self.remaining()
        if left is None:
            return seconds
        return max(left, 0.0) if seconds is None else max(min(seconds, left), 0.0)

    def check(self, doing: str) -> None:
        left = self.remaining()
        if left is not None and left <= 0:
            raise RunTimedOut(self.message(doing))

    def message(self, doing: str) -> str:
        return (
            f"the run passed its time limit of {_seconds(self.seconds)} s ({self.setting}) while {doing}. "
            "It stopped there: the warehouse holds what earlier runs (and this run's progress points) "
            "published, no part of a batch, and the lock is released, so the next run starts normally "
            f"and goes on from there. If the run was merely slow, raise {self.setting}."
        )


def _seconds(s: float | None) -> str:
    return f"{s:,.0f}" if s is not None and s >= 10 else f"{s:g}" if s is not None else "none"
