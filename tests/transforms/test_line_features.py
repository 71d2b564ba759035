"""Line features on tiny pages written for these tests."""

import polars as pl

from transforms import line_features
from transforms.lines import repair_line, split_lines


def _frame(page: str) -> pl.DataFrame:
    raw = split_lines(page)
    return line_features.frame([repair_line(x) for x in raw], line_features.indents(raw))


PAGE = """地方传真

■记者 周泽宁 潘语桐
　　本报讯（记者 韩予川）近年来，安吉县递铺街道围绕
老旧小区改造，组建居民议事会。
（周泽宁 潘语桐）
西湖区推行“邻里议事角”
（下转A6版）
本报记者 王立新 摄
"""


def test_one_row_per_printed_line_with_the_schema() -> None:
    f = _frame(PAGE)
    assert f.schema == line_features.SCHEMA
    assert f["line"].to_list() == [0, 2, 3, 4, 5, 6, 7, 8]  # blank lines have no row


def test_what_each_line_reads_as() -> None:
    f = _frame(PAGE).rows_by_key("line", named=True, unique=True)
    assert f[2]["byline_leading"] and f[2]["box"]
    assert f[3]["dateline"] and f[3]["indent"] and not f[3]["dateline_only"]
    assert f[4]["end"] == "stop" and not f[4]["indent"]
    assert f[5]["byline_paren"] and not f[5]["byline_tail"]
    assert f[6]["end"] == "quote" and not f[6]["comma"]
    assert f[7]["cont"]
    assert f[8]["credit_only"]
    assert f[0]["first"] and f[8]["last"] and f[2]["blank_before"]


def test_a_line_printed_twice_nearby_is_a_repeat_and_the_first_is_not() -> None:
    line = "社区党委牵头成立协商议事会，每月固定开展一次议事活动。"
    f = _frame(f"{line}\n另起一段文字说明情况。\n{line}\n")
    assert f["repeat"].to_list() == [False, False, True]


def test_a_doubled_headline_is_marked_and_read_once() -> None:
    f = _frame("标题标题：：正文正文\n")
    assert f["doubled"].to_list() == [True]


def test_an_empty_page_gives_an_empty_frame_and_no_items() -> None:
    f = _frame("\n\n")
    assert f.is_empty() and f.schema == line_features.SCHEMA
    assert line_features.items(f) == []


def test_items_carry_the_neighbours_context() -> None:
    items = line_features.items(_frame("（韩予川）\n西湖区推行议事角\n本报讯 某社区今年组建志愿服务队。\n"))
    assert "-1:byline_paren=True" in items[1] and "1:dateline=True" in items[1]
    assert "-1:edge" in items[0] and "1:edge" in items[2] and "-1:edge" not in items[1]
