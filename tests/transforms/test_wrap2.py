"""A headline of a stack wrapped over two printed lines and read as two headlines (`regroup_stacks`,
`_wrap_joins`): joined again only where the print says it wrapped (the upper line fills the stack's
box) and both parts name the body the whole finds. All text here is written for these tests."""

from __future__ import annotations

from transforms.articles import Piece, Unit, regroup_stacks
from transforms.lines import Line, repair_line

NET_BODY = (
    "西岭镇把全镇划成十二个总网格，网格员走村入户，西岭镇网格化管理实现全覆盖，网格员每月上门一次，"
    "西岭镇的邻里纠纷在网格里化解，网格员调解纠纷三十起。"
)
LIFT_BODY = (
    "东湖社区老楼加装电梯，东湖社区居民议事会商量出资办法，三栋老楼装上电梯，老人下楼不再难，"
    "东湖社区的电梯由物业维护。"
)


def _stack(*printed: str) -> tuple[list[Unit], list[Piece], list]:
    """Printed lines, each read as a headline of its own, over two bodies."""
    page, lines, at = "\n".join(printed), [], 0
    for t in printed:
        lines.append(repair_line(Line(t, range(at, at + len(t)))))
        at += len(t) + 1
    units = [Unit(title=[x], lines=[x], conf=[1.0], page=page) for x in lines]
    pieces = []
    for body in (NET_BODY, LIFT_BODY):
        cut = [Line(body[k : k + 14], range(k, min(k + 14, len(body)))) for k in range(0, len(body), 14)]
        pieces.append(Piece(lines=cut, opens=True))
    order: list[Piece | Unit] = [*units, *pieces]
    for k, x in enumerate(order):
        x.pos = k
    return units, pieces, order


def _texts(units: list[Unit]) -> list[str]:
    return [u.text.replace(" ", "") for u in units]


def test_a_headline_wrapped_at_the_box_width_read_as_two_is_one_again() -> None:
    units, pieces, order = _stack("西岭镇网格员走村入户化解邻里", "纠纷网格里", "东湖社区老楼加装电梯")
    regrouped, order = regroup_stacks(units, pieces, order)
    assert _texts(regrouped) == ["西岭镇网格员走村入户化解邻里纠纷网格里", "东湖社区老楼加装电梯"]
    assert [x.pos for x in order] == list(range(len(order)))


def test_a_headline_ending_short_of_the_box_width_is_not_joined_to_the_next() -> None:
    units, pieces, order = _stack("西岭镇化解邻里", "纠纷网格里", "东湖社区老楼加装电梯")
    regrouped, _ = regroup_stacks(units, pieces, order)
    assert _texts(regrouped) == ["西岭镇化解邻里", "纠纷网格里", "东湖社区老楼加装电梯"]


def test_a_line_ending_a_sentence_is_not_joined_to_the_next() -> None:
    units, pieces, order = _stack("西岭镇网格员走村入户化解邻里！", "纠纷网格里", "东湖社区老楼加装电梯")
    regrouped, _ = regroup_stacks(units, pieces, order)
    assert len(regrouped) == 3
