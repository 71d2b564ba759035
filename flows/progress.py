"""A progress bar for long runs (rich), on an interactive terminal only and never under --quiet."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
from rich.progress import Progress as Bar

T = TypeVar("T")


def batched(items: list[T], files: int, size: Callable[[T], int], limit: int) -> Iterator[list[T]]:
    """The items in order, cut into batches of at most `files` items whose sizes add up to at most
    `limit`; an item larger than `limit` alone is a batch of one."""
    batch: list[T] = []
    total = 0
    for item in items:
        n = size(item)
        if batch and (len(batch) >= files or total + n > limit):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += n
    if batch:
        yield batch


class Progress:
    def __init__(self, total: int, quiet: bool = False) -> None:
        self.total = total
        self.shown = not quiet and sys.stderr.isatty() and total > 0
        self.last_publish = time.monotonic()
        self.last_cost = 0.0

    def batches(self, batches: list[list[T]]) -> Iterator[list[T]]:
        """The batches, advancing the bar by each one's files."""
        if not self.shown:
            yield from batches
            return
        columns = (TextColumn("staging pages"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Bar(*columns, transient=True) as bar:
            task = bar.add_task("pages", total=self.total)
            for batch in batches:
                yield batch
                bar.advance(task, len(batch))

    def due(self, every_seconds: float) -> bool:
        """True once every `every_seconds` (time to publish what has been loaded so far), and never
        sooner than four times the last publish took: publishing copies the whole warehouse, so on a
        large one the copies stay under a fifth of the run."""
        wait = max(every_seconds, 4 * self.last_cost)
        return time.monotonic() - self.last_publish >= wait

    def published(self, seconds: float) -> None:
        """Record a publish that took `seconds`; the next is due from now."""
        self.last_publish, self.last_cost = time.monotonic(), seconds
