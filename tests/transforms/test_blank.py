"""A headline the column's wrap broke over two lines, on a page printing a blank line after every line
(`_wraps_column`, `_column_wrapped`). The text is written for these tests."""

from transforms.articles import Unit, _column_wrapped, _wraps_column
from transforms.lines import Line

BODY = [
    "本月以来，河湾镇组织",
    "党员干部走进田间地头",
    "，帮助村民抢收稻谷，",
    "并为留守老人送去米面",
    "和御寒衣物，受到群众",
    "一致好评。",
]


def _page(heads: list[str], body: list[str] = BODY) -> str:
    return "\n\n".join([*body, *heads]) + "\n"


def _line(page: str, text: str) -> Line:
    at = page.index(text)
    return Line(text, range(at, at + len(text)))


def _unit(page: str, text: str) -> Unit:
    line = _line(page, text)
    return Unit(title=[line], lines=[line], page=page)


WRAPPED = ["河湾镇党员干部下田助农抢收", "稻谷暖民心"]


def test_a_headline_wrapped_at_the_column_is_one_headline() -> None:
    page = _page(WRAPPED)
    upper, lower = (_unit(page, x) for x in WRAPPED)
    assert _wraps_column(page, upper.title[0], lower.title[0])
    assert _column_wrapped(upper, lower)


def test_a_short_whole_headline_over_another_is_two() -> None:
    heads = ["河湾镇助农抢收", "稻谷暖民心"]  # the upper line is narrower than the column
    page = _page(heads)
    assert not _column_wrapped(*(_unit(page, x) for x in heads))


def test_a_line_ending_a_sentence_or_twice_the_column_is_no_wrap() -> None:
    heads = ["河湾镇党员干部下田助农抢收！", "稻谷暖民心"]
    page = _page(heads)
    assert not _column_wrapped(*(_unit(page, x) for x in heads))
    wide = ["河湾镇党员干部下田助农抢收稻谷送温暖暖民心", "稻谷暖民心"]
    page = _page(wide)
    assert not _column_wrapped(*(_unit(page, x) for x in wide))


def test_a_lower_line_running_into_the_next_is_a_body_line() -> None:
    heads = ["河湾镇党员干部下田助农抢收", "镇里还组织社区网", "格员上门帮忙"]  # `网` / `格员`
    page = _page(heads)
    upper, lower = (_unit(page, x) for x in heads[:2])
    assert not _column_wrapped(upper, lower)


def test_a_page_without_blank_lines_is_left_alone() -> None:
    page = "\n".join([*BODY, *WRAPPED]) + "\n"
    assert not _column_wrapped(*(_unit(page, x) for x in WRAPPED))
