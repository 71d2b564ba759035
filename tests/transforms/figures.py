"""Figures for the metrics' tests: the subject the extractor gives the first figure holding a text."""

from transforms.metrics import extract_metrics


def subject(sentence: str, figure: str) -> str | None:
    """The subject of the first figure of ``sentence`` whose printed text holds ``figure``."""
    found = [m for m in extract_metrics(sentence) if figure in m.raw_text]
    assert found, f"{figure} not found in {sentence}"
    return found[0].subject
