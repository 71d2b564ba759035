"""Session 30 (model30): line features that read a block of gathered headlines on any layout."""

import polars as pl

from transforms import line_features
from transforms.lines import repair_line, split_lines


def _frame(page: str) -> pl.DataFrame:
    raw = split_lines(page)
    return line_features.frame([repair_line(x) for x in raw], line_features.indents(raw))


# Three headlines printed together above the stories, then running text in a narrow column.
PAGE = """某镇：小积分
换来新风气
某区党群中心启用
某村议事会
让村民说了算
近日，某镇推行积分
兑换。村民用积分
换取生活用品，
大家都说“好。”
"""


def test_a_block_of_headlines_is_a_long_run_without_a_sentence_stop() -> None:
    f = _frame(PAGE)
    # the story's first line, before its first stop, runs on the block's run
    assert f["stopless"].to_list() == ["6"] * 6 + ["none", "1", "none"]


def test_lines_above_the_first_sentence_stop_are_before_prose() -> None:
    f = _frame(PAGE)
    assert f["before_prose"].to_list() == [True] * 7 + [False] * 2


def test_a_line_ending_its_sentence_inside_closing_quotes_ends_a_paragraph() -> None:
    f = _frame(PAGE)
    assert f["ends_para"].to_list() == [False] * 8 + [True]
    assert f["end"].to_list()[-1] == "quote"  # its last character alone reads as a headline's quote


def test_run_bins() -> None:
    assert line_features.stopless_runs([]) == []
    assert line_features.stopless_runs([True, False, True]) == ["none", "1", "none"]
    assert line_features.stopless_runs([False] * 4 + [True] + [False] * 6) == ["4"] * 4 + ["none"] + ["6"] * 6
