"""What the end-of-session review of round 26 found: reduplicated words are no glyph-doubled print,
and a headline's width is measured in print cells as the column's is."""

from __future__ import annotations

import pytest

from transforms import articles, metrics
from transforms.initiatives import paired_quotes
from transforms.lines import Line, repair_line, unpair_glyphs


def _line(text: str) -> Line:
    return Line(text, range(len(text)))


@pytest.mark.parametrize("text", ["楼道干干净净整整齐齐", "家家户户平平安安过年", "星星点点滴滴答答"])
def test_reduplicated_words_are_kept(text: str) -> None:
    assert unpair_glyphs(_line(text)).text == text
    assert repair_line(_line(text)).text == text


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("主主心心骨骨，，6688个个", "主心骨，68个"),
        ("社社区区今今年年共共改改造造老老旧旧小小区区", "社区今年共改造老旧小区"),
        ("区区今今年年共共改改造造老老旧旧小小区区服", "区今年共改造老旧小区服"),  # a pair cut by the wrap
    ],
)
def test_a_glyph_doubled_print_is_read_once(printed: str, read: str) -> None:
    assert unpair_glyphs(_line(printed)).text == read


def test_a_line_with_figures_filling_the_column_is_not_short_of_it() -> None:
    """Digits take half a cell: a text line of 20 characters with 7 digits fills a 16-cell column."""
    column = ["街道社区今年共完成老旧小区改造任务", "居民群众对改造工作普遍表示非常满意"]
    column = [t[:16] for t in column]
    candidate = "街道2023年共改造老旧小区126个项目"
    lines = [_line(t) for t in [*column, candidate, *column]]
    labels = ["body"] * len(lines)
    assert not articles._short_of_text(lines, labels, 2, 3)


def test_a_paragraph_opening_with_a_quoted_name_does_not_close_the_quotation_above() -> None:
    """Chinese print opens each paragraph of a quotation again: the mark opening the next paragraph
    before a Chinese character opens a name there, not closes the quotation above."""
    text = '他说:"我们要把事办好。\n"微心愿"活动开展了。'
    assert "“微心愿”" in paired_quotes(text)


def test_the_marks_stopping_a_clause_search_are_the_two_patterns_characters() -> None:
    """`_clause_mark_before` looks characters up in a set standing for SENTENCE_MARK and CLAUSE_MARKS."""
    marked = {
        c
        for c in map(chr, range(0x10000))
        if metrics.SENTENCE_MARK.fullmatch(c) or metrics.CLAUSE_MARKS.fullmatch(c)
    }
    assert marked == set(metrics._MARKS_STOPPING)
