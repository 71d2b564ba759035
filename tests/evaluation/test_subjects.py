"""The held-out subject sentences of round 20 (evaluation/data/subject_heldout.tsv): written for the
purpose, not taken from ../shared; 314/349 subjects right before that round's rules, 326/349 after."""

from __future__ import annotations

import pytest

from evaluation import reports, subject_probes


def test_every_held_out_row_has_its_figure_in_its_sentence() -> None:
    rows = subject_probes.probes(subject_probes.HELD_OUT)
    assert len(rows) > 300
    assert all(figure in sentence for sentence, figure, _ in rows)


@pytest.mark.skipif(
    not reports.SHARED.joinpath("tools", "score_warehouse.py").is_file(), reason="the shared scorer is absent"
)
def test_held_out_subjects_stay_above_nine_in_ten() -> None:
    match, right, judged = subject_probes.matcher(), 0, 0
    for sentence, figure, gold in subject_probes.probes(subject_probes.HELD_OUT):
        outcome, _ = subject_probes.verdict(sentence, figure, gold, match)
        judged += outcome != "no figure"
        right += outcome == "right"
    assert right / judged >= 0.9
