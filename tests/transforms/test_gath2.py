"""Headlines side by side on one text line, one printed doubled (fake bold) and the other once:
each run undone on its own (`undouble_beside`), the line cut between the two prints whatever its
brackets hold (`_print_changes`), and no headline made of both (`_one_print`). All text here is
written for these tests."""

from __future__ import annotations

import pytest

from tests.transforms.test_gath import BODY_A, BODY_B, BODY_C, titled, under_bodies
from transforms import articles
from transforms.articles import _NARROW_GAP, _atoms, _one_print, _printed_twice, split_articles
from transforms.lines import Line, repair_line, undouble, undouble_beside


def _line(text: str) -> Line:
    return Line(text, range(len(text)))


def test_a_doubled_headline_beside_a_plain_one_is_undone_run_by_run() -> None:
    printed = "青禾镇推开稻田养鱼青禾镇推开稻田养鱼 临川社区老年食堂开张"
    assert not undouble(_line(printed)).doubled  # too few of the line's characters repeat
    got = undouble_beside(_line(printed))
    assert got.text == "青禾镇推开稻田养鱼 临川社区老年食堂开张"
    assert got.doubled
    assert got.twice is not None
    assert list(got.twice) == [True] * 9 + [False] * 11
    assert list(got.offs[:10]) == [*range(9), 18]  # each kept character at its page offset


def test_a_doubled_line_cut_inside_a_repeat_keeps_that_run_to_be_read_with_the_next() -> None:
    printed = "白沙河白沙河““护河队护河队”” 水清岸水清"  # `水清岸` / `水清岸`: the line's end cut the repeat
    got = undouble_beside(_line(printed))  # the runs before it undone, the cut run as printed
    assert got.text == "白沙河“护河队” 水清岸水清"
    assert got.doubled
    # a line of one print cut so is left whole
    assert undouble_beside(_line("水清岸绿水清")) == _line("水清岸绿水清")


def test_a_line_of_one_print_is_unchanged() -> None:
    assert undouble_beside(_line("青禾镇推开稻田养鱼 临川社区老年食堂开张")).text == (
        "青禾镇推开稻田养鱼 临川社区老年食堂开张"
    )
    whole = undouble_beside(_line("稻农尝到甜头稻农尝到甜头 水清岸绿水清岸绿"))
    assert whole.text == "稻农尝到甜头 水清岸绿"
    assert whole.twice is not None and all(whole.twice[k] for k in (0, 5, 7, 10))


def test_the_two_prints_are_cut_apart_inside_a_bracket() -> None:
    line = repair_line(_line("（（丰收时节丰收时节 青禾镇推开稻田养鱼"))
    parts = _atoms(line, _NARROW_GAP)
    assert [x.text for x in parts] == ["（丰收时节", "青禾镇推开稻田养鱼"]
    assert [_printed_twice(x) for x in parts] == [True, False]
    assert not _one_print(parts)
    # one print on both sides: the bracket holds its headline's own gap
    same = repair_line(_line("（（丰收时节丰收时节 青禾镇推开稻田养鱼青禾镇推开稻田养鱼"))
    assert [x.text for x in _atoms(same, _NARROW_GAP)] == ["（丰收时节 青禾镇推开稻田养鱼"]


def test_a_plain_line_tells_its_print_only_where_nothing_in_it_repeats() -> None:
    assert _printed_twice(_line("临川社区老年食堂开张")) is False
    assert _printed_twice(_line("护河队””")) is None  # a doubled headline's end the wrap cut off
    assert _printed_twice(_line("河队白沙河护河队")) is None
    assert _printed_twice(_line("开张")) is None  # too short to tell


def test_a_gathered_block_of_two_prints_gives_each_body_its_headline() -> None:
    page = under_bodies(
        "青禾镇推开稻田养鱼青禾镇推开稻田养鱼 临川社区老年食堂开张 白沙河护河队白沙河护河队",
        "稻农尝到甜头稻农尝到甜头 水清岸绿水清岸绿",
    )
    got = {
        next(k for k in ("青禾镇", "临川社", "白沙河") if k in (a.body or "")): (a.title or "")
        + (a.subtitle or "")
        for a in split_articles(page)[0]
        if a.body
    }
    assert got == {
        "青禾镇": "青禾镇推开稻田养鱼稻农尝到甜头",
        "临川社": "临川社区老年食堂开张",
        "白沙河": "白沙河护河队水清岸绿",  # not `水清岸绿`, its first line joined to the plain headline's
    }


def _double_spaced_page(*paragraphs: str) -> str:
    """Each paragraph cut into narrow lines, a blank line after every line, as some extractors print."""
    rows = [p[k : k + 14] for p in paragraphs for k in range(0, len(p.strip()), 14)]
    return "".join(r.strip("\n") + "\n\n" for r in rows)


def test_on_a_double_spaced_page_a_blank_line_parts_no_block(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _double_spaced_page(BODY_A, BODY_B, BODY_C) + (
        "青禾镇推开稻田养鱼青禾镇推开稻田养鱼 临川社区临川社区 白沙河护河队白沙河护河队\n\n"
        "稻农尝到甜头稻农尝到甜头 老年食堂开张老年食堂开张 水清岸绿水清岸绿\n"
    )
    assert articles._double_spaced(page)
    assert not articles._blank_parts(page, "\n\n") and articles._blank_parts(page, "\n\n\n")
    assert articles._blank_parts("一\n\n二", "\n\n")  # a page printed single-spaced

    got = titled(page)
    assert got == {
        "青禾镇": "青禾镇推开稻田养鱼稻农尝到甜头",
        "临川社": "临川社区老年食堂开张",
        "白沙河": "白沙河护河队水清岸绿",
    }
    monkeypatch.setattr(articles, "_double_spaced", lambda page: False)
    assert titled(page) != got  # each blank line taken to part the block's two lines
