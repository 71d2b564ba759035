"""Time limits: on each read of a file, and on a whole run (plain functions, no Prefect).

A read of a regular file can block for good (a hung network mount, a file held by its writer) and a
blocked system call cannot be interrupted from Python. So reads run on a helper thread and the caller
waits at most so long: past it the caller goes on and the thread is abandoned (a daemon, left to
finish or not; the next read gets a fresh thread). One long-lived thread serves every read, so a read
costs a queue hand-over, not a thread start.

Many files are read with `each_within`: handed to the thread together, and the caller looks in only
when an item passes its limit, so a file costs no thread hand-over of its own.

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


def _hand_over(job: _Job) -> _Reader:
    """`job` queued on the reader thread (started if there is none); the reader it went to."""
    global _reader
    with _lock:
        if _reader is None:
            _reader = _Reader()
            _reader.start()
        reader = _reader
        reader.jobs.put(job)
    return reader


def _abandon(reader: _Reader) -> None:
    """The reader is stuck in a call: left to itself, and the next job goes to a fresh one."""
    global _reader
    with _lock:
        reader.abandoned = True
        if _reader is reader:
            _reader = None


def within(seconds: float | None, call: Callable[..., T], *args: Any) -> T:
    """`call(*args)` on the reader thread, waiting at most `seconds` (None: no limit, run here).
    Raises what the call raised, or ReadTimedOut."""
    if seconds is None:
        return call(*args)
    job = _Job(call, args)
    reader = _hand_over(job)
    if not job.done.wait(max(seconds, 0.0)):
        _abandon(reader)
        raise ReadTimedOut(f"did not finish within {seconds:g} s")
    if job.error is not None:
        raise job.error
    return job.result


class _Run:
    """`call` over items, one after another on the reader thread, each outcome kept as it comes:
    (True, result) or (False, error). The caller and the reader share `lock` to tell a finished
    item from one still running when the caller gives up."""

    def __init__(self, call: Callable[[Any], Any], items: list) -> None:
        self.call, self.items = call, items
        self.out: list[tuple[bool, Any]] = []
        self.lock = threading.Lock()
        self.item_began = time.monotonic()
        self.stopped = False
        self.done = threading.Event()

    def run(self) -> None:
        for item in self.items:
            with self.lock:
                if self.stopped:
                    return
                self.item_began = time.monotonic()
            try:
                outcome: tuple[bool, Any] = (True, self.call(item))
            except Exception as exc:  # noqa: BLE001 - the caller's to handle, item by item
                outcome = (False, exc)
            with self.lock:
                if self.stopped:
                    return
                self.out.append(outcome)
                self.item_began = time.monotonic()  # the next item's time starts now
        self.done.set()


def each_within(
    seconds: float | None, call: Callable[[Any], T], items: list, deadline: Deadline | None = None
) -> list[tuple[bool, Any]]:
    """`call(item)` for each item, each within `seconds` (None: no limit), in order: (True, result)
    or (False, the error it raised, ReadTimedOut for one past its time). The items go to the reader
    thread together, so a file costs no hand-over of its own (per-file hand-overs cost 150-210 us a
    file on this shared machine; benchmarks/RESULTS.md). Past the run's `deadline`: RunTimedOut."""
    if seconds is None and (deadline is None or deadline.remaining() is None):
        run = _Run(call, items)  # no limit at all: in this thread
        run.run()
        return run.out
    out: list[tuple[bool, Any]] = []
    while len(out) < len(items):
        run = _Run(call, items[len(out) :])
        reader = _hand_over(_Job(run.run, ()))
        while not run.done.wait(_wait(seconds, run, deadline)):
            if deadline is not None and (left := deadline.remaining()) is not None and left <= 0:
                with run.lock:
                    run.stopped = True
                _abandon(reader)
                raise RunTimedOut(deadline.message("reading files"))
            with run.lock:
                if seconds is not None and time.monotonic() - run.item_began >= seconds:
                    run.stopped = True
                    out += run.out
                    out.append((False, ReadTimedOut(f"did not finish within {seconds:g} s")))
                    _abandon(reader)
                    break
        else:
            out += run.out
    return out


def _wait(seconds: float | None, run: _Run, deadline: Deadline | None) -> float | None:
    """How long the caller sleeps before looking again: until the current item's limit, or the
    run's deadline, whichever is sooner (None: until done)."""
    waits = [] if seconds is None else [run.item_began + seconds - time.monotonic()]
    left = None if deadline is None else deadline.remaining()
    if left is not None:
        waits.append(left)
    return max(min(waits), 0.001) if waits else None


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
