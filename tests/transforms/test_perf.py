"""The faster forms of repair+segment's helpers give exactly what the slower ones gave (issue 17):
cells counted, the ASCII stop told by the line's end, bylines and text columns remembered, the
matching table built by rows, headline texts keyed by their lines. All text here is written for
these tests."""

from __future__ import annotations

import math

import numpy as np

from transforms import articles, bylines, line_features
from transforms.articles import Piece, Unit
from transforms.lines import Line

TEXTS = (
    "",
    "河西区推进老旧小区改造",
    "（记者 王明 李华）",
    "全年完成投资2.5亿元。",
    "社区服务中心ABC.",
    "街道办事处开设便民窗口.",
    "收入2480.",
    "居民说：“方便多了”",
    "网格员每天走访.\n",
    "a.b",
    "   ",
)


def _cells_by_char(text: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in text.rstrip(line_features.CLOSERS))


def test_cells_counted_equal_cells_summed() -> None:
    for t in TEXTS:
        assert articles._cells(t) == _cells_by_char(t), t
    assert articles._cells("ab社区”") == 3.0  # two halves and one cell; the hung closing mark left out


def test_an_ascii_stop_is_read_only_where_the_regex_reads_one() -> None:
    for t in TEXTS:
        assert line_features.ascii_stop_at_end(t) == (line_features._ASCII_STOP_END.search(t) is not None), t
    assert line_features.ascii_stop_at_end("街道办事处开设便民窗口.")
    assert not line_features.ascii_stop_at_end("收入2480.")  # a number's point
    assert line_features.ends_paragraph("网格员每天走访.\n".rstrip()) and not line_features.ends_paragraph(
        "河西区"
    )


def test_a_remembered_byline_is_a_list_of_its_own_each_time() -> None:
    first = bylines.parse("记者 王明 李华")
    assert first is not None and [a.name for a in first] == ["王明", "李华"]
    first.clear()  # a caller changing its list changes no other caller's
    again = bylines.parse("记者 王明 李华")
    assert again is not None and [a.name for a in again] == ["王明", "李华"]
    assert bylines.parse("河西区推进老旧小区改造") is None
    raw = bylines._parse(bylines._fold(bylines.simplified("记者 王明")), "记者 王明", "作者", True)
    assert bylines.parse("记者 王明") == raw


def test_text_rows_are_the_text_columns() -> None:
    line_features._TEXT_ROWS.clear()
    for t in TEXTS[1:]:
        assert line_features._text_row(t) == line_features._text_columns(t)
        assert line_features._text_row(t) is line_features._TEXT_ROWS[t]  # read once


def _shares_by_cell(units: list[Unit], grams: list, basis: list) -> np.ndarray:
    unit_grams = [articles._bigrams(u.text + "".join(u.subtitle)) for u in units]
    weight = articles._rarity(unit_grams, basis)
    table = np.zeros((len(units), len(grams)))
    for i, ug in enumerate(unit_grams):
        total = math.fsum(weight.get(g, articles.UNSEEN_WEIGHT) for g in ug) or 1.0
        for j, cg in enumerate(grams):
            table[i, j] = math.fsum(weight[g] for g in ug & cg) / total
    return table


def _unit(text: str) -> Unit:
    return Unit(title=[Line(text, range(len(text)))], conf=[1.0])


def test_the_matching_table_by_rows_is_the_table_by_cells() -> None:
    units = [_unit("河西区推进老旧小区改造"), _unit("网格员走访便民窗口")]
    bodies = [
        "河西区今年推进老旧小区改造，居民说方便多了。",
        "网格员每天走访，便民窗口开到了社区。",
        "天气晴。",
    ]
    grams = [articles._bigrams(b) for b in bodies]
    got = articles._shares(units, grams, grams)
    assert got.shape == (2, 3) and np.array_equal(got, _shares_by_cell(units, grams, grams))
    assert got[0, 0] > got[0, 1] and got[1, 1] > got[1, 0]
    assert articles._shares([], grams, grams).shape == (0, 3)
    assert articles._shares(units, [], []).shape == (2, 0)


def test_a_headline_of_plain_lines_reads_the_same_with_or_without_its_page() -> None:
    lines = [Line("河西区推进", range(5)), Line("老旧小区改造", range(6, 12))]
    assert (
        articles._title_text(lines)
        == articles._title_text(lines, "河西区推进\n老旧小区改造")
        == "河西区推进老旧小区改造"
    )


def test_paragraph_starts_are_remembered_by_the_very_lines() -> None:
    page = "河西区推进老旧小区改造。\n　　网格员每天走访居民。\n便民窗口开到了社区里。"
    lines = [
        Line(t.strip("　"), range(page.index(t.strip("　")), page.index(t.strip("　")) + len(t.strip("　"))))
        for t in page.split("\n")
    ]
    first = articles._paragraph_starts(page, lines, [1, 2])
    assert first == [1]  # the indented line opens a paragraph, the other one does not
    assert articles._paragraph_starts(page, list(lines), [1, 2]) == first
    assert isinstance(first, list) and first is not articles._paragraph_starts(page, lines, [1, 2])


def test_piece_grams_read_each_piece_once_over_its_lines() -> None:
    p = Piece(lines=[Line("河西区推进", range(5)), Line("老旧小区", range(5, 9))])
    assert articles._piece_grams([p]) == [articles._bigrams("河西区推进老旧小区")]
    assert "进老" in articles._piece_grams([p])[0]  # a pair across the line break counts
