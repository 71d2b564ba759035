"""Two columns' headlines printed side by side on one line, the second wrapped into the next
(`A  B1` / `B2`): a PDF extractor reading a page's two columns across. Texts written for these tests."""

from __future__ import annotations

from transforms.articles import Unit, _inner_heads, _met_beside, _words_around, _wrapped_beside
from transforms.lines import Line

ABOVE = [
    ("本报讯 重阳节前夕，西岭镇乡贤会二十多位", "dateline"),
    ("乡贤来到镇敬老院，为老人们送上棉被、米", "body"),
    ("面和慰问金，陪老人们拉家常，乡贤会会长", "body"),
    ("说往后每个季度都来敬老院看望慰问老人。", "body"),
]
BELOW = [
    ("本报讯 东湖社区今年推行三项清单，把居民", "dateline"),
    ("诉求清单、社区资源清单和党员服务清单挂", "body"),
    ("上墙，网格员每周收集诉求，三项清单让社", "body"),
    ("区治理有了抓手，居民诉求件件有回音。", "body"),
]


def _lines(rows: list[tuple[str, str]]) -> list[Line]:
    out, pos = [], 0
    for t, _ in rows:
        out.append(Line(t, range(pos, pos + len(t))))
        pos += len(t) + 1
    return out


def _labels(head: list[tuple[str, str]]) -> list[str]:
    rows = [*ABOVE, *head, *BELOW]
    return _inner_heads(_lines(rows), [y for _, y in rows], [0.9] * len(rows))[0]


def test_a_second_column_s_headline_wrapped_under_the_first_is_no_headline_of_its_own() -> None:
    """`A  B1` / `B2`: A's words are the text's above, B's the text's below. The line under the gap's
    line goes on with B (title+), not a headline starting there: cut at the line's end, B1 stays with
    A and B2 is half of B."""
    labels = _labels(
        [("西岭镇乡贤会重阳节走访敬老院慰问老人  东湖社区", "title"), ("推行三项清单", "title+")]
    )
    assert labels[4:6] == ["title", "title+"]


def test_two_headlines_one_over_the_other_are_still_cut_at_the_line_end() -> None:
    """No gap in the upper line: two headlines met one over the other, the lower starting one."""
    labels = _labels([("西岭镇乡贤会重阳节走访敬老院慰问老人", "title"), ("东湖社区推行三项清单", "title+")])
    assert labels[4:6] == ["title", "title"]


def test_side_by_side_is_read_only_where_the_words_after_the_gap_go_below() -> None:
    """The gap's text before leans above and its text after, with the lower line, below; a gap inside
    the first headline (its words after the gap the text's above) is no second column."""
    rows = [
        *ABOVE,
        ("西岭镇乡贤会重阳节走访  敬老院慰问老人", "title"),
        ("东湖社区推行三项清单", "title+"),
        *BELOW,
    ]
    lines = _lines(rows)
    above, below = _words_around(lines, 4, 5, 30)
    assert not _met_beside([lines[4]], [lines[5]], above, below)
    lines[4] = Line("西岭镇乡贤会重阳节走访敬老院慰问老人  东湖社区", lines[4].offs)
    assert _met_beside([lines[4]], [Line("推行三项清单", lines[5].offs)], above, below)
    doubled = Line(lines[4].text, lines[4].offs, doubled=True)
    assert not _met_beside([doubled], [Line("推行三项清单", lines[5].offs)], above, below)


def test_a_headline_cut_after_a_gap_may_go_on_in_the_line_under_it() -> None:
    """`split_units` cut `A  B1` at its gap: B1, a unit of its own, is the start of a headline that
    the next printed line goes on (a block `regroup_blocks` regroups), as the whole line was."""
    page = "西岭镇乡贤会重阳节走访敬老院慰问老人  东湖社区推行三项清单\n夯实社区治理根基\n"
    first = page.index("东湖")
    b1 = Unit(title=[Line("东湖社区推行三项清单", range(first, first + 10))], pos=3, page=page)
    below = page.index("夯实")
    b2 = Unit(title=[Line("夯实社区治理根基", range(below, below + 8))], pos=4, page=page)
    assert _wrapped_beside(b1, b2)
    head = Unit(title=[Line(page[:18], range(18))], pos=3, page=page)
    assert not _wrapped_beside(head, b2)  # a line holding no gap, nothing beside it
    short = "北岭村  东湖社区推行三项清单\n夯实社区治理根基\n"  # a few characters before the gap
    at = short.index("东湖")
    b1 = Unit(title=[Line("东湖社区推行三项清单", range(at, at + 10))], pos=3, page=short)
    low = short.index("夯实")
    assert not _wrapped_beside(
        b1, Unit(title=[Line("夯实社区治理根基", range(low, low + 8))], pos=4, page=short)
    )


def test_a_second_column_s_wrap_read_as_text_goes_on_with_the_headline_line() -> None:
    """`A  B1` / `B2` with B2 read as text: short, no clause or sentence mark, it is B's rest."""
    labels = _labels([("西岭镇乡贤会重阳节走访敬老院慰问老人  东湖社区", "title"), ("推行三项清单", "body")])
    assert labels[4:6] == ["title", "title+"]


def test_text_under_two_headlines_side_by_side_stays_text() -> None:
    """A text line prints its clause marks; a headline line with no gap has nothing beside it; a gap
    after a few characters (`北岭村  …`) is a headline's own."""
    assert (
        _labels([("西岭镇乡贤会重阳节走访敬老院慰问老人  东湖社区", "title"), ("推行清单，居民", "body")])[5]
        == "body"
    )
    assert _labels([("西岭镇乡贤会重阳节走访敬老院慰问老人", "title"), ("推行三项清单", "body")])[5] == "body"
    assert _labels([("北岭村  东湖社区推行三项", "title"), ("清单夯实治理", "body")])[5] == "body"


def test_a_text_line_filling_its_column_under_a_headline_with_a_gap_stays_text() -> None:
    """A headline holding a space of its own over its text's first line, which prints no mark but
    fills the column as the line under it does: text, not the wrap of a headline beside."""
    head = ("西岭镇乡贤会重阳节走访敬老院慰问老人  东湖社区", "title")

    def label(first: str) -> str:
        rows = [*ABOVE, head, (first, "body"), *[(t, "body") for t, _ in BELOW[1:]]]
        return _inner_heads(_lines(rows), [y for _, y in rows], [0.9] * len(rows))[0][5]

    assert label("记者从东湖社区获悉今年社区推行三项清") == "body"
    assert label("记者从东湖社区获悉") == "title+"
