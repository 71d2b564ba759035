"""The learned pairwise join scorer of a gathered block's segments (`articles._join_logits`)."""

from __future__ import annotations

import numpy as np
import pytest

from evaluation.train_block_joins import fit
from transforms import articles, line_features
from transforms.lines import Line


def _line(text: str, at: int = 0) -> Line:
    return Line(text, range(at, at + len(text)))


def _features(left: str, right: str) -> dict[str, float]:
    lines = [_line(left), _line(right, 100)]
    shares = np.array([[0.6, 0.0], [0.5, 0.1]])
    row = articles.join_features(lines, 1, {}, shares, np.array([0.7, 0.05]))
    return dict(zip(articles.JOIN_FEATURES, row, strict=True))


def test_features_read_marks_and_places() -> None:
    f = _features("南江镇推行“积分", "换物”带动文明新风")
    assert f["closes_pair"] == 1.0 and f["open_left"] == 1.0 and f["same_body"] == 1.0
    g = _features("老街巷改造提速见效", "临川：夜市点亮小城烟火")
    assert g["place_opens_right"] == 1.0 and g["closes_pair"] == 0.0


def test_committed_model_loads() -> None:
    weights, mean, scale = articles._join_model()  # features named as the code computes them
    assert len(weights) == len(mean) == len(scale) == len(articles.JOIN_FEATURES)


def test_stale_model_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model trained on other features stops the run with a clear error, never a silent fallback."""
    articles._join_model.cache_clear()
    monkeypatch.setattr(articles, "JOIN_FEATURES", [*articles.JOIN_FEATURES, "a_new_feature"])
    try:
        with pytest.raises(line_features.ModelError, match="train_block_joins"):
            articles._join_model()
    finally:
        articles._join_model.cache_clear()


def test_model_prefers_a_closed_quotation_to_a_place() -> None:
    joined = [_line("南江镇推行“积分"), _line("换物”带动文明新风", 100)]
    apart = [_line("老街巷改造提速见效"), _line("临川：夜市点亮小城烟火", 100)]
    grams = [articles._bigrams("南江镇推行积分换物带动文明新风"), articles._bigrams("临川夜市点亮小城烟火")]
    assert articles._join_logits(joined, {}, grams)[1] > 0 > articles._join_logits(apart, {}, grams)[1]


def test_fit_is_deterministic_and_separates() -> None:
    x = np.array([[1.0, v] for v in (-2.0, -1.5, -1.0, -0.2, 0.3, 1.0, 1.4, 2.2)])
    y = np.array([0, 0, 0, 1, 0, 1, 1, 1], dtype=float)
    w1, m1, s1 = fit(x, y)
    w2, _, _ = fit(x, y)
    assert np.array_equal(w1, w2)
    p = 1 / (1 + np.exp(-(((x - m1) / s1) @ w1)))
    assert ((p > 0.5) == y).mean() >= 0.75  # all but the two crossed points
