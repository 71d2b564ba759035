"""Narrow-column headline rules kept off pages whose columns differ in width (probe31b): a line
wider than a narrow column there is a wider column's text, not a headline spanning two columns,
and a line as wide as the narrow column is no headline that filled the page's column. Tiny
made-up pages."""

from transforms import articles
from transforms.lines import Line

NARROW = "甲乙丙丁戊己庚辛壬癸"  # ten characters: the narrow column's text
WIDE = "子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃"  # 24 characters: a wide column's


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, range(len(t))) for t in texts]


def test_a_line_spanning_two_narrow_columns_is_the_pages_widest_text_line() -> None:
    head = "天地玄黄宇宙洪荒日月盈昃"  # 12 characters over ten-character text
    alone = _lines([NARROW, head, NARROW, NARROW])
    assert articles._wider_than_the_text(alone, ["body"] * 4, 1)
    mixed = _lines([NARROW, head, NARROW, WIDE])
    assert not articles._wider_than_the_text(mixed, ["body"] * 4, 1)


def test_a_one_line_headline_filling_a_narrow_column_only_on_a_page_of_that_column() -> None:
    line = "天地玄黄宇宙洪荒日月"  # as wide as the ten-character column
    narrow = _lines([NARROW] * 6 + [line] + [NARROW] * 6)
    labels = ["body"] * len(narrow)
    assert articles._narrow_wrapped_head(narrow, labels, 6, 7)
    mixed = _lines([WIDE] * 16 + [NARROW] * 6 + [line] + [NARROW] * 6)
    labels = ["body"] * len(mixed)
    assert not articles._narrow_wrapped_head(mixed, labels, 22, 23)
