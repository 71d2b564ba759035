"""Two columns' headlines side by side, the second wrapped into the next line (`A  B1` / `B2`), the
first under a kicker: the kicker is the first headline's and says nothing of where the block ends.
Texts written for these tests."""

from __future__ import annotations

from transforms.articles import Piece, Unit, _blocks, match, regroup_blocks
from transforms.lines import Line

GRID_BODY = "西岭镇把全镇划成十二个总网格，网格员走村入户，西岭镇网格化管理实现全覆盖，网格员每月上门一次。"
REPORT_BODY = "东湖社区推行在职党员双报到，东湖社区党员认领网格服务岗位，党员双报到延伸到楼栋，居民叫好。"


def _piece_at(text: str, pos: int) -> Piece:
    lines = [Line(text[k : k + 14], range(k, min(k + 14, len(text)))) for k in range(0, len(text), 14)]
    return Piece(lines=lines, opens=True, pos=pos)


def _block(kicker: list[str]) -> tuple[Unit, Unit]:
    first, second = "西岭镇网格化管理实现全覆盖 东湖社区推行", "在职党员双报到"
    page = "善治之路\n" + first + "\n" + second + "\n"
    start = page.index(first)
    upper = Unit(
        kicker=kicker, title=[Line(first, range(start, start + len(first)))], conf=[1.0], pos=0, page=page
    )
    start = page.index(second)
    lower = Unit(title=[Line(second, range(start, start + len(second)))], conf=[1.0], pos=1, page=page)
    return upper, lower


def test_a_block_under_a_kicker_is_regrouped_and_the_kicker_stays_with_its_first_headline() -> None:
    upper, lower = _block(["善治之路"])
    pieces = [_piece_at(GRID_BODY, 2), _piece_at(REPORT_BODY, 3)]
    assert _blocks([upper, lower, *pieces]) == [[upper, lower]]
    units, order = regroup_blocks([upper, lower], pieces, [upper, lower, *pieces])
    assert [x.text for x in units] == ["西岭镇网格化管理实现全覆盖", "东湖社区推行在职党员双报到"]
    assert [x.kicker for x in units] == [["善治之路"], []]
    assert match(units, pieces, order)[0] == {0: 0, 1: 1}


def test_a_kicker_opens_a_block_but_never_joins_one_going_on() -> None:
    """A headline under a kicker starts its own block: the kicker says a headline starts there."""
    upper, lower = _block([])
    kicked = Unit(kicker=["治理进行时"], title=[lower.title[0]], conf=[1.0], pos=1, page=lower.page)
    pieces = [_piece_at(GRID_BODY, 2), _piece_at(REPORT_BODY, 3)]
    assert all(kicked is not x for run in _blocks([upper, kicked, *pieces]) for x in run[1:])
