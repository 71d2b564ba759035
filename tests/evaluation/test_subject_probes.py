"""evaluation.subject_probes: sentences written for issue 18, scored as the clean evaluation scores
subjects."""

from __future__ import annotations

from evaluation import subject_probes


def equal(gold: str, got: str | None) -> bool:
    return gold == got


def test_every_probe_has_a_sentence_a_figure_in_it_and_a_subject_or_none() -> None:
    rows = subject_probes.probes()
    assert len(rows) > 100
    assert all(figure in sentence for sentence, figure, _ in rows)
    assert any(gold is None for _, _, gold in rows)


def test_a_verdict_says_right_wrong_or_no_figure() -> None:
    assert subject_probes.verdict("全镇共有党员120名。", "120名", "党员", equal) == ("right", "党员")
    assert subject_probes.verdict("全镇共有党员120名。", "120名", "群众", equal) == ("wrong", "党员")
    assert subject_probes.verdict("他获得第3名。", "3名", None, equal)[0] == "no figure"  # an ordinal
    assert subject_probes.verdict("增长40%。", "40%", None, equal) == ("right", None)
