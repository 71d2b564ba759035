"""Blocks of gathered headlines printed doubled apart from their bodies (`regroup_blocks`): line
breaks inside a doubled block may end a headline, a jieba wrap counts only where the print shows
one, units on the lines of one block are regrouped together, and a headline finding no body stands
alone. All text here is written for these tests."""

from __future__ import annotations

import re

import numpy as np

from transforms.articles import (
    _NARROW_GAP,
    STRAY_SHARE,
    UNFOUND_COST,
    Piece,
    Unit,
    _atoms,
    _blocks,
    _both_doubled,
    _grouping_score,
    _groupings,
    _line_breaks,
    _piece_grams,
    _strays,
    _words_wrapped,
    regroup_blocks,
)
from transforms.lines import Line, repair_line

NET_BODY = (
    "西岭镇把全镇划成十二个总网格，网格员走村入户，西岭镇网格化管理实现全覆盖，网格员每月上门一次，"
    "西岭镇的邻里纠纷在网格里化解。"
)
LIFT_BODY = (
    "东湖社区老楼加装电梯，东湖社区居民议事会商量出资办法，三栋老楼装上电梯，老人下楼不再难，"
    "东湖社区的电梯由物业维护。"
)


def _doubled(text: str) -> str:
    """Each run printed twice, spaces once (an overprinted headline out of a PDF)."""
    return re.sub(r"\S+", lambda m: m.group() * 2, text)


def _lines(*printed: str) -> tuple[str, list[Line]]:
    page, out, at = "\n".join(printed), [], 0
    for t in printed:
        out.append(repair_line(Line(t, range(at, at + len(t)))))
        at += len(t) + 1
    return page, out


def _piece(text: str, pos: int) -> Piece:
    lines = [Line(text[k : k + 14], range(k, min(k + 14, len(text)))) for k in range(0, len(text), 14)]
    return Piece(lines=lines, opens=True, pos=pos)


def _segments(page: str, texts: list[str], doubled: bool = False) -> list[Line]:
    return [Line(t, range(page.index(t), page.index(t) + len(t)), doubled) for t in texts]


def test_a_line_break_inside_a_doubled_block_may_end_a_headline() -> None:
    """`东湖社区老楼` / `加装电梯 西岭镇…`: a block printed doubled sets a headline's parts a line
    each, so the break may be cut though the units came joined over it; printed once, a line's last
    words go on in the next line's first, as before."""
    page = "东湖社区老楼\n加装电梯 西岭镇化解纠纷"
    texts = ["东湖社区老楼", "加装电梯", "西岭镇化解纠纷"]
    for doubled in (True, False):
        segments = _segments(page, texts, doubled)
        assert _both_doubled(segments[0], segments[1]) is doubled
        breaks = _line_breaks(segments, page)
        assert breaks == {1: False}
        cuts = {c for w in _groupings(segments, (0, 3), breaks) for c in w[1:-1]}
        assert (1 in cuts) is doubled
        assert 2 in cuts


def test_a_word_read_over_a_break_is_a_wrap_only_under_a_full_line() -> None:
    """jieba reads `老楼` over `东湖社区老` / `楼加装电梯…` either way; the break is a box's wrap only
    where the line over it is no narrower than the line under it."""
    short = "东湖社区老\n楼加装电梯 西岭镇化解邻里纠纷"
    full = "西岭镇化解邻里纠纷 东湖社区老\n楼加装电梯"
    for page, wrapped in ((short, set()), (full, {1})):
        first = page.split("\n")[0].split(" ")[-1]
        segments = _segments(page, [first, "楼加装电梯"])
        breaks = _line_breaks(segments, page)
        assert _words_wrapped(segments, breaks) == {1}  # no page: jieba's reading alone, as before
        assert _words_wrapped(segments, breaks, page) == wrapped


def test_only_a_segment_its_body_holds_next_to_none_of_costs_anything() -> None:
    """A headline's half of a headline's length whose words a piece holds none of is a stray there;
    a half it holds a few of, and a few characters (`旗飘`), are none."""
    page = "北山县举办农民丰收节 西岭镇网格员 旗飘"
    segments = [(x, Unit(page=page)) for x in _segments(page, page.split(" "))]
    words = {(0, 1): np.array([0.0, 0.3]), (1, 2): np.array([0.9, 0.0]), (2, 3): np.array([0.0, 0.0])}
    words |= {(0, 2): np.array([0.5, 0.1]), (1, 3): np.array([0.8, 0.0]), (0, 3): np.array([0.4, 0.1])}
    mass = dict.fromkeys(words, 1.0)
    strays = _strays(segments, words, mass)
    assert STRAY_SHARE <= 0.3 and UNFOUND_COST > 0
    assert strays[(0, 1)].tolist() == [1.0, 0.0]
    assert strays[(1, 2)].tolist() == [0.0, 1.0]
    assert strays[(2, 3)].tolist() == [0.0, 0.0]  # too short to be a headline of its own
    assert strays[(0, 3)].tolist() == [1.0, 1.0]


def _block(*printed_lines: str, heads: list[list[int]]) -> tuple[list[Unit], list[Piece], list]:
    """The printed lines of a doubled block over two bodies, read as units holding those lines."""
    page, lines = _lines(*(_doubled(t) for t in printed_lines))
    assert all(x.doubled for x in lines)
    units = [Unit(title=[lines[k] for k in ks], conf=[1.0] * len(ks), page=page) for ks in heads]
    pieces = [_piece(NET_BODY, 0), _piece(LIFT_BODY, 1)]
    order: list[Piece | Unit] = [*pieces, *units]
    for k, x in enumerate(order):
        x.pos = k
    return units, pieces, order


def test_a_doubled_block_read_as_one_headline_is_cut_at_its_line_break() -> None:
    """`西岭镇网格员化解邻里纠纷` / `东湖社区老楼加装电梯`, both lines read as one headline: each line
    heads a body of its own, so the block is cut at the line break (before, a break the units came
    joined over was never cut)."""
    units, pieces, order = _block("西岭镇网格员化解邻里纠纷", "东湖社区老楼加装电梯", heads=[[0, 1]])
    regrouped, _ = regroup_blocks(units, pieces, order)
    assert [u.text.replace(" ", "") for u in regrouped] == [
        "西岭镇网格员化解邻里纠纷",
        "东湖社区老楼加装电梯",
    ]


def test_a_teaser_in_the_block_scores_more_alone_than_glued_to_its_neighbour() -> None:
    """A third headline, whose story is on another page, printed beside one of the two: its words
    are found in neither body, so the grouping with it standing alone scores more than the one
    gluing it to the headline beside it, as the units came (before, both scored the same: a group's
    words not found in its body cost nothing)."""
    units, pieces, order = _block(
        "西岭镇网格员化解邻里纠纷 北山县举办农民丰收节", "东湖社区老楼加装电梯", heads=[[0, 1]]
    )
    (block,) = _blocks(order)
    segments = [(a, u) for u in block for x in u.title for a in _atoms(x, _NARROW_GAP)]
    assert [s.text for s, _ in segments] == [
        "西岭镇网格员化解邻里纠纷",
        "北山县举办农民丰收节",
        "东湖社区老楼加装电梯",
    ]
    score = _grouping_score(block, segments, units, pieces, order, _piece_grams(pieces))
    assert score((0, 1, 2, 3)) > score((0, 2, 3)) + 0.05
    assert score((0, 1, 2, 3)) > score((0, 1, 3)) + 0.05
