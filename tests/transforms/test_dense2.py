"""A doubled headline wrapped in a narrow box and read as two (`wraps_across_lines`): a seam where
the box wrapped (`_box_wraps`) or where the gap is the headline's own space printed twice
(`_doubled_gap`) joins a part that names no other body (`_one_headline`'s `wrapped`); a headline
beside another, a box seen once, a layout gap, stay apart. Text between two headlines displaced
into its column stays text (`_runs_as_text`). All text here is written for these tests."""

from __future__ import annotations

import re

from tests.transforms.test_regroup import LIFT_BODY, NET_BODY, _lines, _piece
from transforms.articles import (
    Piece,
    Unit,
    _box_wraps,
    _doubled_gap,
    _one_headline,
    _piece_grams,
    _Reader,
    wraps_across_lines,
)
from transforms.lines import Line, repair_line


def _doubled(text: str) -> str:
    """Each run and each mark printed twice, spaces too (an overprinted headline)."""
    return "".join(ch * 2 for ch in text)


def _at(page: str, text: str, start: int = 0) -> Line:
    at = page.index(text, start)
    return Line(text, range(at, at + len(text)))


def test_a_gap_printed_twice_is_a_doubled_headline_s_own_space() -> None:
    for gap, own in (("  ", True), (" ", False), ("   ", False), ("\u3000\u3000", True), (" \u3000", False)):
        page = f"西岭镇网格员化解纠纷{gap}邻里和睦"
        assert _doubled_gap(page, _at(page, "西岭镇网格员化解纠纷"), _at(page, "邻里和睦")) is own


def test_a_seam_is_a_box_wrap_only_where_the_box_is_full_and_seen_twice() -> None:
    page, lines = _lines("西岭镇网格员化解纠", "纷邻里和睦春风暖万", "家")
    assert _box_wraps(lines, [1, 2], page) == {1, 2}
    page, lines = _lines("西岭镇网格员化解纠纷", "邻里和睦", "春风暖万家")
    assert _box_wraps(lines, [1, 2], page) == set()  # the widest line printed once: no box
    page, lines = _lines("西岭镇网格员化解纠", "东湖社区老楼加装电", "梯")
    assert _box_wraps(lines, [1], page) == {1}
    page, lines = _lines("西岭镇网格员化解纠纷。", "东湖社区老楼加装电梯", "好")
    assert _box_wraps(lines, [1], page) == set()  # a sentence ends there


def test_a_line_beside_another_column_s_text_is_no_wrap() -> None:
    page = "西岭镇网格员化解纠    东湖社区\n纷邻里和睦春风暖万    老楼\n家"
    lines = [_at(page, "西岭镇网格员化解纠"), _at(page, "纷邻里和睦春风暖万"), _at(page, "家")]
    assert _box_wraps(lines, [1, 2], page) == set()


def _pieces() -> tuple[list[Piece], list]:
    pieces = [_piece(NET_BODY, 0), _piece(LIFT_BODY, 1)]
    return pieces, _piece_grams(pieces)


def test_a_deck_naming_no_body_joins_only_at_a_wrap() -> None:
    page = "西岭镇网格员化解邻里纠纷\n春风暖万家"
    head, deck = _at(page, "西岭镇网格员化解邻里纠纷"), _at(page, "春风暖万家")
    parts = [Unit(title=[head], page=page), Unit(title=[deck], page=page)]
    pieces, grams = _pieces()
    assert not _one_headline(parts, pieces, grams)
    assert _one_headline(parts, pieces, grams, wrapped={deck.offs[0]})


def test_a_part_naming_another_body_never_joins() -> None:
    page = "西岭镇网格员化解邻里纠纷\n东湖社区老楼加装电梯"
    head, other = _at(page, "西岭镇网格员化解邻里纠纷"), _at(page, "东湖社区老楼加装电梯")
    parts = [Unit(title=[head], page=page), Unit(title=[other], page=page)]
    pieces, grams = _pieces()
    assert not _one_headline(parts, pieces, grams, wrapped={other.offs[0]})


def _printed_doubled(text: str) -> str:
    """Each run printed twice, each space too (an overprinted headline out of a PDF)."""
    return re.sub(r"\S+| ", lambda m: m.group() * 2, text)


def _cut_at_gap(printed: str) -> tuple[str, list[Unit], list[Piece], list]:
    """One printed line cut at its gap into two units (as `split_units` cuts), over the two bodies."""
    left, right = (x for x in re.split(r"(?<=\S)[ \u3000]+(?=\S)", printed))
    page = printed
    lines = [repair_line(Line(t, range(page.index(t), page.index(t) + len(t)))) for t in (left, right)]
    units = [Unit(title=[x], conf=[1.0], page=page) for x in lines]
    pieces, _ = _pieces()
    order: list = [*units, *pieces]
    for pos, x in enumerate(order):
        x.pos = pos
    return page, units, pieces, order


def test_a_doubled_headline_s_deck_after_its_own_space_printed_twice_is_joined() -> None:
    """`西岭镇网格员化解邻里纠纷 春风暖万家` printed doubled, its space too, the deck read as a
    headline of its own after the gap: its words find no body, so it goes on with the headline."""
    page, units, pieces, order = _cut_at_gap(_printed_doubled("西岭镇网格员化解邻里纠纷 春风暖万家"))
    assert all(u.title[0].doubled for u in units)
    joined, order = wraps_across_lines(units, pieces, order)
    assert [u.text.replace(" ", "") for u in joined] == ["西岭镇网格员化解邻里纠纷春风暖万家"]
    assert [x.pos for x in order] == list(range(len(order)))


def test_two_doubled_headlines_apart_by_a_layout_gap_stay_apart() -> None:
    """The same line with one space between its runs (the layout's gap, not a space printed twice),
    and a second headline naming the other body: two headlines, as they came."""
    _, units, pieces, order = _cut_at_gap(
        _printed_doubled("西岭镇网格员化解邻里纠纷") + " 春风暖万家春风暖万家"
    )
    kept, _ = wraps_across_lines(units, pieces, order)
    assert [u.text for u in kept] == ["西岭镇网格员化解邻里纠纷", "春风暖万家"]
    _, units, pieces, order = _cut_at_gap(_printed_doubled("西岭镇网格员化解邻里纠纷 东湖社区老楼加装电梯"))
    kept, _ = wraps_across_lines(units, pieces, order)
    assert [u.text for u in kept] == ["西岭镇网格员化解邻里纠纷", "东湖社区老楼加装电梯"]


def _read(*labelled: tuple[str, str]) -> _Reader:
    """The lines fed to the reader as labelled, then promoted."""
    page = "\n".join(t for t, _ in labelled)
    reader, at = _Reader(page), 0
    for text, label in labelled:
        reader.feed(Line(text, range(at, at + len(text))), label, 1.0)
        at += len(text) + 1
    reader.finish()
    reader.promote()
    return reader


def _titles(reader: _Reader) -> list[str]:
    return [u.text for u in reader.units]


def test_text_between_two_headlines_displaced_into_its_column_stays_text() -> None:
    """Two lines of a report's text between two headlines set inside its column: they end on a
    clause mark (the sentence goes on under the second headline), so no headline takes them."""
    text = [("西岭镇把全镇划成网格，网格员", "body"), ("走村入户，听取村民意见，", "body")]
    reader = _read(
        ("西岭镇网格员化解邻里纠纷", "title"),
        *text,
        ("东湖社区老楼加装电梯", "title"),
        ("居民下楼不再难。", "body"),
    )
    assert _titles(reader) == ["西岭镇网格员化解邻里纠纷", "东湖社区老楼加装电梯"]
    assert [x.text for x in reader.pieces[0].lines] == [t for t, _ in text]


def test_a_headline_s_rest_read_as_text_still_goes_on_with_it() -> None:
    """A short line ending no sentence and marking no clause, between two headlines: the rest of
    the headline above, as before."""
    reader = _read(
        ("西岭镇网格员化解邻里纠纷", "title"),
        ("春风暖万家", "body"),
        ("东湖社区老楼加装电梯", "title"),
        ("居民下楼不再难。", "body"),
    )
    assert _titles(reader) == ["西岭镇网格员化解邻里纠纷春风暖万家", "东湖社区老楼加装电梯"]


def test_a_line_under_a_headline_s_subtitle_is_never_its_rest() -> None:
    reader = _read(
        ("西岭镇网格员化解邻里纠纷", "title"),
        ("——把矛盾化解在家门口", "subtitle"),
        ("春风暖万家", "body"),
        ("东湖社区老楼加装电梯", "title"),
        ("居民下楼不再难。", "body"),
    )
    assert _titles(reader)[0] == "西岭镇网格员化解邻里纠纷"
