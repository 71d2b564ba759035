"""An in-body subhead heading the rest of its own report gives that rest back
(`_subheads_over_their_rest`); a short headline over another report keeps its body. Text written for
these tests."""

from __future__ import annotations

from transforms.articles import Piece, Unit, _bodies, _subheads_over_their_rest
from transforms.lines import Line


def _line(text: str) -> Line:
    return Line(text, range(len(text)))


def _piece(texts: list[str], pos: int, opens: bool = False) -> Piece:
    return Piece(lines=[_line(t) for t in texts], pos=pos, opens=opens)


ABOVE = [
    "青松街道梧桐社区今年把议事厅搬进",
    "楼道，梧桐社区网格员每周收集居民",
    "诉求，青松街道按月通报办结情况。",
]
BELOW = [
    "梧桐社区还组建了楼栋议事小组，青",
    "松街道为每个小组配了一名网格员，",
    "居民诉求在楼道里就能办结。",
]
OTHER = [
    "远山镇石门村的茶园今年扩种三百亩，",
    "石门村合作社带着茶农把新茶卖到省",
    "城，远山镇还办起了采茶节。",
]


def _page(
    below: list[str], sub: str, opens: bool = False
) -> tuple[list[Unit], list[Piece], list, dict[int, int]]:
    head = Unit(title=[_line("梧桐社区议事进楼道")], lines=[_line("梧桐社区议事进楼道")], pos=0)
    inner = Unit(title=[_line(sub)], lines=[_line(sub)], pos=2)
    top, rest = _piece(ABOVE, 1), _piece(below, 3, opens)
    return [head, inner], [top, rest], [head, top, inner, rest], {0: 0, 1: 1}


def test_a_subhead_gives_its_section_back_to_the_report() -> None:
    units, pieces, order, got = _page(BELOW, "织密议事网络")
    _subheads_over_their_rest(units, pieces, order, got)
    assert got == {0: 0}
    bodies, subheads = _bodies(units, pieces, order, got)
    assert len(bodies) == 1 and subheads == {1}
    assert "织密议事网络" in [x.text for x in bodies[0].lines]


def test_a_headline_over_another_report_keeps_its_body() -> None:
    units, pieces, order, got = _page(OTHER, "茶园扩种迎丰收")
    _subheads_over_their_rest(units, pieces, order, got)
    assert got == {0: 0, 1: 1}


def test_a_body_opening_with_a_byline_is_never_a_section() -> None:
    units, pieces, order, got = _page(BELOW, "织密议事网络", opens=True)
    _subheads_over_their_rest(units, pieces, order, got)
    assert got == {0: 0, 1: 1}


def test_a_headline_naming_a_place_stays_a_headline() -> None:
    units, pieces, order, got = _page(BELOW, "梧桐社区织密议事网络")
    _subheads_over_their_rest(units, pieces, order, got)
    assert got == {0: 0, 1: 1}
