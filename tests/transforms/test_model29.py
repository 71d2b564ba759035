"""Page-relative line features: a line's length read against the page's own wrap width and the lines
around it, and its blank lines against how often the page prints one (layouts the model never saw
print their columns at other widths and their blank lines at other rates)."""

from transforms import line_features
from transforms.lines import repair_line, split_lines

NARROW = """邻里议事角建起来
本报讯 近年来杭州市西湖区在
老旧小区设立邻里议事角由社区
党组织牵头居民轮流主持每月议
一次小区大事
"""

WIDE = """邻里议事角建起来
本报讯 近年来杭州市西湖区在老旧小区设立邻里议事角由社区党组织牵头居民轮流主持
每月议一次小区大事今年已设立议事角八十六个覆盖全区一百二十个小区居民都说很方便
一次小区大事
"""


def _frame(page: str):
    raw = split_lines(page)
    return line_features.frame([repair_line(x) for x in raw], line_features.indents(raw))


def test_the_wrap_width_is_the_length_most_long_lines_reach() -> None:
    assert line_features.wrap_width(["一二三四五六七", "一二三四五六", "一二三四五六七", "短"]) == 7
    assert line_features.wrap_width(["短", "也短"]) == 0


def test_a_line_that_stops_short_reads_the_same_in_a_narrow_and_a_wide_column() -> None:
    narrow, wide = _frame(NARROW), _frame(WIDE)
    # the full lines fill their column; the paragraph's last line stops well short of it, in both
    assert narrow["short_by"].to_list()[2] == wide["short_by"].to_list()[2] == "0"
    assert narrow["short_by"].to_list()[-1] == wide["short_by"].to_list()[-1] == "4+"
    assert narrow["rel"].to_list()[2] == wide["rel"].to_list()[2] == "w"
    assert narrow["local"].to_list()[-1] == wide["local"].to_list()[-1] == "below"


def test_a_blank_line_is_read_against_the_page_s_blank_lines() -> None:
    spaced = _frame(NARROW.replace("\n", "\n\n"))
    assert set(spaced["blank_page"].to_list()) == {"all"}
    assert set(_frame(NARROW)["blank_page"].to_list()) == {"none"}
    items = line_features.items(spaced)
    assert "blanks=False|True|all" in items[0]


def test_training_pages_of_one_generator_can_be_fewer() -> None:
    from evaluation import train_lines

    assert train_lines.pages_of("blind3:150", 500) == ("blind3", 150)
    assert train_lines.pages_of("main", 500) == ("main", 500)


def test_a_blind_page_s_lines_take_their_kinds_as_labels() -> None:
    """blind3-6 record each line's kind: a page whose printed lines match them one for one is a
    training page, every printed line labelled in the main generator's words."""
    import pytest

    from evaluation import reports, train_lines

    if not reports.available():
        pytest.skip("the shared reports are not here")
    pool = train_lines.reports("dev")
    pages = [
        p for p in (train_lines.blind_page("blind6", pool, "rail_bylines", i, 17) for i in range(3)) if p
    ]
    assert pages
    for page in pages:
        rows = page.text.split("\n")
        assert len(page.labels) == len(rows)
        assert all((y == "blank") == (not row.strip()) for y, row in zip(page.labels, rows, strict=True))
        assert {"title", "body"} <= set(page.labels) <= {*train_lines.line_labels.LABELS, "blank"}
