"""Speed levers of session 31 (issue 17), each a pure rewrite: what they skip, and what they keep."""

from __future__ import annotations

import gc

from transforms import articles
from transforms.lines import Line


def _line(text: str) -> Line:
    return Line(text, list(range(len(text))))


def test_a_cut_reads_whether_a_report_starts_only_when_asked_and_once(monkeypatch) -> None:
    calls: list[tuple[str, str]] = []

    def fresh(above: list[Line], below: list[Line]) -> bool:
        calls.append((above[-1].text, below[0].text))
        return True

    monkeypatch.setattr(articles, "_fresh_start", fresh)
    above, below = [_line("他们在会上说明了情况。")], [_line("本报讯 新的一天开始了")]
    read = articles._CutRead([frozenset(), frozenset()], above, below)
    assert calls == []  # the shares decide most cuts: nothing read yet
    assert read.fresh() and read.fresh()
    assert calls == [("他们在会上说明了情况。", "本报讯 新的一天开始了")]


def test_the_flow_collects_the_young_generation_as_seldom_as_a_worker_and_puts_it_back() -> None:
    from flows.ingest import _collect_per_batch
    from flows.staging import WORKER_GC_THRESHOLD

    before = gc.get_threshold()
    with _collect_per_batch():
        inside = gc.get_threshold()
        assert gc.get_freeze_count() > 0
    assert inside == (max(WORKER_GC_THRESHOLD, before[0]), *before[1:])
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
