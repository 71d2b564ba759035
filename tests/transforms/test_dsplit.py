"""A kicker stands over the first headline of a run printed doubled (`wraps_across_lines`)."""

from __future__ import annotations

from tests.transforms.test_articles import (
    GRID_BODY,
    REPORT_BODY,
    _atoms,
    _block_over,
    _doubled_block,
    _piece_at,
    _printed_doubled,
)
from transforms.articles import _doubled_runs, wraps_across_lines


def _block(kicker_on: int) -> tuple[list, list, list]:
    page, (first, second) = _doubled_block(
        _printed_doubled("西岭镇深耕微网格 东湖社区双报到"), _printed_doubled("党员认领网格服务岗位")
    )
    pieces = [_piece_at(GRID_BODY, 0), _piece_at(REPORT_BODY, 1)]
    units, order = _block_over(page, [*_atoms(first), second], pieces)
    units[kicker_on].kicker = ["基层治理"]
    return units, order, pieces


def test_a_headline_under_a_kicker_opens_a_doubled_run_and_is_joined_with_its_wrapped_rest() -> None:
    units, order, pieces = _block(1)
    assert [[u.text for u in r] for r in _doubled_runs(order)] == [["东湖社区双报到", "党员认领网格服务岗位"]]
    joined, _ = wraps_across_lines(units, pieces, order)
    assert [u.text for u in joined] == ["西岭镇深耕微网格", "东湖社区双报到党员认领网格服务岗位"]
    assert joined[1].kicker == ["基层治理"]


def test_a_headline_under_a_kicker_never_goes_on_with_the_run_above_it() -> None:
    units, order, pieces = _block(2)
    assert all(units[2] not in r for r in _doubled_runs(order))
    kept, _ = wraps_across_lines(units, pieces, order)
    assert [u.text for u in kept] == ["西岭镇深耕微网格", "东湖社区双报到", "党员认领网格服务岗位"]
