"""The line model's training data (evaluation.train_lines): the dev reports' fixed halves, every
generator's pages, and the third generator's line labels put in the main generator's words."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from evaluation import reports, train_lines
from transforms import line_labels

needs_reports = pytest.mark.skipif(
    not reports.available(),
    reason=f"the shared reports are not at {reports.REPORTS} (they live beside the repo)",
)


def test_a_report_is_in_one_half_whatever_else_is_loaded() -> None:
    assert train_lines.half_of("r-001") == train_lines.half_of("r-001")
    assert {train_lines.half_of(f"r-{i:03d}") for i in range(40)} == {"a", "b"}


@needs_reports
def test_the_halves_split_the_dev_reports_and_hold_no_test_report() -> None:
    ids = lambda split: {r["id"] for r in train_lines.reports(split)}  # noqa: E731
    a, b = ids("dev-a"), ids("dev-b")
    assert a and b and not a & b
    assert a | b == ids("dev")
    assert not (a | b) & ids("test")


@needs_reports
@pytest.mark.parametrize("name", [*train_lines.GENERATORS, "template"])
def test_every_generator_gives_pages_with_a_known_label_for_every_line(name: str) -> None:
    if name == "template" and not any(train_lines.generator(name).SAMPLES.glob("*.txt")):
        pytest.skip("the template generator lays out the shared sample pages, which are not here")
    sims = train_lines.simulated("dev-a", 3, 5, None, name)
    assert len(sims) == 3
    for s in sims:
        labels = train_lines.labels_of(name, s)
        assert len(labels) == len(s.text.split("\n"))
        _, ys = train_lines.sequence(s.text, labels, s.gold)
        assert set(ys) <= set(line_labels.LABELS)
        assert "title" in ys and "body" in ys


def test_the_third_generators_marks_datelines_and_repeated_paragraphs_are_named() -> None:
    rows = [
        ("本报讯 近年来，社区组建议事会，", "body"),
        ("每月议一次小区大事。", "body"),
        ("", "blank"),
        ("居民轮流主持议事会的会议，", "body"),
        ("大家说了算。", "body"),
        ("", "blank"),
        ("居民轮流主持议事会的会议，", "body"),
        ("大家说了算。", "body"),
        ("（下转第2版）", "mark"),
    ]
    sim = SimpleNamespace(text="\n".join(t for t, _ in rows), labels=[y for _, y in rows])
    assert train_lines.labels_of("third", sim) == (
        "dateline",
        "body",
        "blank",
        "body",
        "body",
        "blank",
        "noise",
        "noise",
        "continuation",
    )
    assert train_lines.labels_of("alt", sim) == tuple(sim.labels)
