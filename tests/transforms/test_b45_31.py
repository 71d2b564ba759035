"""Headline lines read apart: a kicker over a headline whose wrap cuts words, and the half of a
one-line headline cut at a narrow space (made-up strings)."""

from __future__ import annotations

from transforms import articles
from transforms.articles import Piece, Unit, _headline_parts
from transforms.lines import Line


def _line(text: str) -> Line:
    return Line(text, range(len(text)))


def test_kicker_over_a_wrap_cutting_words() -> None:
    """A first line ending on a whole phrase over lines the wrap cut mid-word is the kicker."""
    u = Unit(title=[_line("乡村振兴看今朝"), _line("某县大力推进文"), _line("明新风建设")])
    assert _headline_parts(u) == ("乡村振兴看今朝", "某县大力推进文明新风建设", None)
    clean = Unit(title=[_line("乡村振兴看今朝"), _line("某县大力推进"), _line("文明新风建设")])
    kicker, title, _ = _headline_parts(clean)  # lines all broken cleanly say nothing
    assert kicker is None and title is not None and title.startswith("乡村振兴看今朝")


def _halves(between: bool) -> tuple[list[Unit], list[Piece]]:
    whole = Unit(title=[_line("激活治理新模式 某镇积分超市开业")], pos=4)
    first = Unit(title=[_line("激活治理新模式")], pos=4, part_of=whole)
    second = Unit(title=[_line("某镇积分超市开业")], pos=4, part_of=whole)
    units = [first, second]
    if between:
        units.append(Unit(title=[_line("另一条标题新闻")], pos=5))
    pieces = [Piece(lines=[_line("正文第一段。")], pos=6), Piece(lines=[_line("另一篇正文。")], pos=8)]
    return units, pieces


def test_half_of_a_line_over_its_text_cuts_no_body() -> None:
    units, pieces = _halves(between=False)
    assert articles._halves_of_headed_lines(units, pieces, {1: 0}) == {0}


def test_half_of_a_gathered_line_may_cut() -> None:
    """Another headline between the line and the text its half found: a block, not one headline."""
    units, pieces = _halves(between=True)
    assert articles._halves_of_headed_lines(units, pieces, {1: 0}) == set()
