"""Stacks of headlines printed one over the other, apart from or above their bodies
(`regroup_stacks`): two headlines read as one, or as a headline and its subtitle, are cut where each
finds its own body; a headline whose half finds no body stays whole; a subtitle's dash line never
opens a headline. All text here is written for these tests."""

from __future__ import annotations

from tests.transforms.test_regroup import LIFT_BODY, NET_BODY, _lines  # two bodies, a page's lines
from transforms.articles import Piece, Unit, regroup_stacks
from transforms.lines import Line


def _piece(text: str) -> Piece:
    lines = [Line(text[k : k + 14], range(k, min(k + 14, len(text)))) for k in range(0, len(text), 14)]
    return Piece(lines=lines, opens=True)


def _stack(*printed: str, heads: list[tuple[int, int]]) -> tuple[list[Unit], list[Piece], list]:
    """Printed lines over two bodies, read as units: (title lines, subtitle lines) each."""
    page, lines = _lines(*printed)
    units, k = [], 0
    for n_title, n_sub in heads:
        title, sub = lines[k : k + n_title], lines[k + n_title : k + n_title + n_sub]
        units.append(
            Unit(
                title=title,
                subtitle=[x.text for x in sub],
                lines=[*title, *sub],
                conf=[1.0] * (n_title + n_sub),
                page=page,
            )
        )
        k += n_title + n_sub
    pieces = [_piece(NET_BODY), _piece(LIFT_BODY)]
    order: list[Piece | Unit] = [*units, *pieces]
    for k, x in enumerate(order):
        x.pos = k
    return units, pieces, order


def _texts(units: list[Unit]) -> list[tuple[str, list[str]]]:
    return [(u.text.replace(" ", ""), u.subtitle) for u in units]


def test_two_headlines_read_as_one_are_cut_where_each_finds_its_body() -> None:
    units, pieces, order = _stack(
        "西岭镇网格员化解邻里纠纷", "东湖社区老楼加装电梯", "北山县举办丰收节", heads=[(2, 0), (1, 0)]
    )
    regrouped, order = regroup_stacks(units, pieces, order)
    assert _texts(regrouped) == [
        ("西岭镇网格员化解邻里纠纷", []),
        ("东湖社区老楼加装电梯", []),
        ("北山县举办丰收节", []),
    ]
    assert [x.pos for x in order] == list(range(len(order)))


def test_a_headline_read_as_the_subtitle_of_the_one_above_stands_alone() -> None:
    units, pieces, order = _stack("西岭镇网格员化解邻里纠纷", "东湖社区老楼加装电梯", heads=[(1, 1)])
    regrouped, _ = regroup_stacks(units, pieces, order)
    assert _texts(regrouped) == [("西岭镇网格员化解邻里纠纷", []), ("东湖社区老楼加装电梯", [])]


def test_a_headline_whose_half_finds_no_body_stays_whole() -> None:
    """`一桩心事解 / 东湖社区老楼加装电梯`: the first half names nothing its body holds; cutting it off
    gains nothing, so the headline stays as it came (a stray half costs nothing here)."""
    units, pieces, order = _stack(
        "一桩心事解", "东湖社区老楼加装电梯", "西岭镇网格员化解邻里纠纷", heads=[(2, 0), (1, 0)]
    )
    regrouped, _ = regroup_stacks(units, pieces, order)
    assert regrouped == units


def test_a_dash_subtitle_never_opens_a_headline() -> None:
    units, pieces, order = _stack("西岭镇网格员化解邻里纠纷", "——东湖社区老楼加装电梯", heads=[(1, 1)])
    regrouped, _ = regroup_stacks(units, pieces, order)
    assert regrouped == units and regrouped[0].subtitle == ["——东湖社区老楼加装电梯"]


def test_units_apart_in_the_reading_order_are_no_stack() -> None:
    units, pieces, order = _stack("西岭镇网格员化解邻里纠纷", "东湖社区老楼加装电梯", heads=[(2, 0)])
    order = [units[0], pieces[0], pieces[1]]
    for k, x in enumerate(order):
        x.pos = k
    page, lines = _lines("北山县举办丰收节")
    lone = Unit(title=lines, lines=lines, conf=[1.0], page=page, pos=3)
    regrouped, _ = regroup_stacks([units[0], lone], pieces, [*order, lone])
    assert len(regrouped) == 3  # the two-line unit still cut: it is one unit of two lines


def test_a_headline_read_as_the_kicker_of_the_one_under_it_stands_alone() -> None:
    page, lines = _lines("西岭镇网格员化解邻里纠纷", "东湖社区老楼加装电梯")
    unit = Unit(kicker=[lines[0].text], title=[lines[1]], lines=lines, conf=[1.0, 1.0], page=page)
    pieces = [_piece(NET_BODY), _piece(LIFT_BODY)]
    order: list[Piece | Unit] = [unit, *pieces]
    for k, x in enumerate(order):
        x.pos = k
    regrouped, _ = regroup_stacks([unit], pieces, order)
    assert _texts(regrouped) == [("西岭镇网格员化解邻里纠纷", []), ("东湖社区老楼加装电梯", [])]
    assert all(not u.kicker for u in regrouped)
