"""What the subject tests share: the subject `extract_metrics` gives one figure of a sentence."""

from __future__ import annotations

from transforms.metrics import extract_metrics


def subject_of(sentence: str, figure: str) -> str | None:
    found = [m for m in extract_metrics(sentence) if m.raw_text == figure]
    assert found, f"{figure} not found in {sentence}"
    return found[0].subject
