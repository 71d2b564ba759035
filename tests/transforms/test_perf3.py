"""Speed changes to the matching that must leave its numbers exactly as they were (issue 17)."""

from collections import Counter

import numpy as np

from transforms.articles import Unit, _bigrams, _held, _lines_bigrams, _piece_grams, _shares
from transforms.lines import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(t, range(len(t))) for t in texts]


TEXTS = (
    "晨光小区今年新建了两处",
    "",
    "——",
    "口袋公园，",
    "x",
    "，",
    "居民说：“好！”",
    "2024年 共建3处",
    "。",
    "园",
)


def test_lines_bigrams_are_those_of_the_joined_text() -> None:
    """Lines that keep one character, none, or only marks still join their neighbours' bigrams."""
    for start in range(len(TEXTS)):
        for end in range(start, len(TEXTS) + 1):
            texts = TEXTS[start:end]
            assert _lines_bigrams(_lines(*texts)) == _bigrams("".join(texts)), texts


def test_lines_bigrams_cross_a_break_through_a_mark_only_line() -> None:
    assert "建口" in _lines_bigrams(_lines("新建", "，", "口袋")) - _bigrams("新建") - _bigrams("口袋")


def test_shares_with_the_rest_counted_apart_are_the_same_floats() -> None:
    units = [Unit(title=_lines("河湾村修通产业路")), Unit(title=_lines("老街社区办起食堂"))]
    parts = _piece_grams(
        [
            type("P", (), {"lines": _lines("河湾村的产业路修通了，", "果农的车开进了地头。")})(),
            type("P", (), {"lines": _lines("老街社区食堂开张，", "老人吃上了热饭。")})(),
        ]
    )
    rest = [_bigrams("河湾村果农说产业路好"), _bigrams("社区老人说食堂好"), _bigrams("无关的文字")]
    whole = _shares(units, parts + rest, parts + rest)
    counted = _held([_bigrams(u.text) for u in units], rest)
    assert isinstance(counted, Counter) and counted
    apart = _shares(units, parts, parts, counted=counted)
    assert np.array_equal(apart, whole[:, : len(parts)])
    assert not np.array_equal(_shares(units, parts, parts), whole[:, : len(parts)])
