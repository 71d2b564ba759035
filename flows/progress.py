"""A progress bar for long runs (rich), on an interactive terminal only and never under --quiet."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from typing import TypeVar

from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
from rich.progress import Progress as Bar

T = TypeVar("T")


class Progress:
    def __init__(self, total: int, quiet: bool = False) -> None:
        self.total = total
        self.shown = not quiet and sys.stderr.isatty() and total > 0
        self.last_publish = time.monotonic()
        self.last_cost = 0.0

    def batches(self, items: list[T], size: int) -> Iterator[list[T]]:
        if not self.shown:
            for start in range(0, len(items), size):
                yield items[start : start + size]
            return
        columns = (TextColumn("staging pages"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Bar(*columns, transient=True) as bar:
            task = bar.add_task("pages", total=self.total)
            for start in range(0, len(items), size):
                yield items[start : start + size]
                bar.advance(task, min(size, len(items) - start))

    def due(self, every_seconds: float) -> bool:
        """True once every `every_seconds` (time to publish what has been loaded so far), and never
        sooner than four times the last publish took: publishing copies the whole warehouse, so on a
        large one the copies stay under a fifth of the run."""
        wait = max(every_seconds, 4 * self.last_cost)
        return time.monotonic() - self.last_publish >= wait

    def published(self, seconds: float) -> None:
        """Record a publish that took `seconds`; the next is due from now."""
        self.last_publish, self.last_cost = time.monotonic(), seconds
