"""When a long run publishes what it has loaded: every JICENG_PUBLISH_EVERY seconds, but never more
often than four times the last publish took (each publish copies the whole warehouse)."""

from __future__ import annotations

import flows.progress as progress_module
from flows.progress import Progress


def test_publishing_waits_for_the_interval_and_for_four_times_its_own_cost(monkeypatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: now[0])
    progress = Progress(10, quiet=True)
    now[0] += 119
    assert not progress.due(120)
    now[0] += 1
    assert progress.due(120)
    progress.published(60.0)  # a large warehouse: the copy took a minute
    now[0] += 200
    assert not progress.due(120)  # 4 x 60 s = 240 s must pass, not 120
    now[0] += 40
    assert progress.due(120)


def test_batches_are_cut_by_file_count_and_by_bytes_in_order() -> None:
    from flows.progress import batched

    sizes = [3, 3, 3, 9, 1, 1, 1, 1, 1, 20, 2]
    cut = list(batched(list(range(len(sizes))), 4, lambda i: sizes[i], 10))
    assert [i for batch in cut for i in batch] == list(range(len(sizes)))  # every item, in order
    assert cut == [[0, 1, 2], [3, 4], [5, 6, 7, 8], [9], [10]]
    assert all(len(b) <= 4 for b in cut)
    assert all(sum(sizes[i] for i in b) <= 10 for b in cut if len(b) > 1)  # one larger item alone
    assert list(batched([], 4, lambda i: 1, 10)) == []
