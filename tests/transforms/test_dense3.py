"""Narrow dense columns: a headline displaced into a text's column, the text going on under it, and a
doubled headline with a line printed once over it. Pages written for these tests."""

from transforms import articles
from transforms.articles import Piece, Unit, _read_title_text, _runs_as_text
from transforms.lines import Line, repair_line


def _lines(page: str) -> list[Line]:
    """The page's lines, repaired as the reader repairs them, each with its page offsets."""
    out, at = [], 0
    rows = page.split("\n")
    for k, row in enumerate(rows):
        below = rows[k + 1] if k + 1 < len(rows) else ""
        out.append(repair_line(Line(row, range(at, at + len(row))), below))
        at += len(row) + 1
    return out


def test_a_doubled_headline_under_a_line_printed_once_is_read_once() -> None:
    page = "社区新风\n小院议事会开张小院议事会开张\n正文"
    kicker, head, _ = _lines(page)
    assert head.doubled and head.text == "小院议事会开张"
    assert _read_title_text([kicker, head], page) == "社区新风小院议事会开张"


def test_a_doubled_headline_alone_is_still_read_once() -> None:
    page = "小院议事会开张小院议事会开张\n正文"
    head, _ = _lines(page)
    assert _read_title_text([head], page) == "小院议事会开张"


def _piece(*texts: str) -> Piece:
    return Piece(lines=[Line(t, range(len(t))) for t in texts])


def _unit(text: str) -> Unit:
    return Unit(title=[Line(text, range(len(text)))], lines=[Line(text, range(len(text)))])


def test_text_left_open_over_a_headline_goes_on_under_it() -> None:
    order: list = [_piece("居民们在城", "东的老街上"), _unit("小院议事会开张")]
    assert articles._rest_of_text_over(order)


def test_a_headline_under_a_finished_text_may_take_its_rest() -> None:
    order: list = [_piece("居民们在城", "东老街议事。"), _unit("小院议事会开张")]
    assert not articles._rest_of_text_over(order)
    order = [_piece("居民们在城"), _piece("东老街议事。")]
    assert not articles._rest_of_text_over(order)


def test_a_lead_opening_with_its_time_runs_as_text() -> None:
    assert _runs_as_text(_piece("近日，一场热闹的议"), None)
    assert not _runs_as_text(_piece("近日议事会开张"), None)


def test_a_short_piece_after_open_text_and_a_headline_stays_text() -> None:
    """`_Reader.promote` leaves the piece under a headline displaced into open text as text."""
    reader = articles._Reader("")
    text = _piece("晚饭过后，居民们", "搬着小板凳聚在", "城")
    head, rest = _unit("小院议事会开张"), _piece("东老街上")
    reader.pieces, reader.units, reader.order = [text, rest], [head], [text, head, rest]
    reader.promote()
    assert rest in reader.pieces and [x.text for x in head.title] == ["小院议事会开张"]


def test_the_end_of_a_doubled_headlines_second_copy_is_its_headline() -> None:
    """`孤寡老人` ends the second copy of a doubled headline the column wrapped: no subtitle."""
    head = _unit("东湖社区志愿队慰问")
    head.title += [Line(t, range(len(t))) for t in ("孤寡老人东湖社区", "志愿队慰问")]
    assert articles._ends_doubled_print(head, Line("孤寡老人", range(4)))
    assert not articles._ends_doubled_print(head, Line("送去米面油", range(5)))


def test_a_line_printed_once_under_a_whole_doubled_headline_is_its_subtitle() -> None:
    head = _unit("社区议事会开张社区议事会开张")
    assert articles._once_under_doubled(head, Line("居民的事居民议", range(7)))
    cut = _unit("社区议事会开张社区议事")  # the wrap cut the second copy: the line goes on with it
    assert not articles._once_under_doubled(cut, Line("会开张", range(3)))
    once = _unit("社区议事会开张")  # printed once: nothing says where it ends
    assert not articles._once_under_doubled(once, Line("居民的事居民议", range(7)))


def _doubled_unit(page: str) -> tuple[Unit, list[Line]]:
    """A unit holding the page's first line as its title, and the page's lines repaired."""
    lines = _lines(page)
    return Unit(title=[lines[0]], lines=[lines[0]], page=page), lines


def test_a_line_printed_once_over_a_doubled_headline_is_none_of_it() -> None:
    unit, lines = _doubled_unit("晚饭后大家都\n小院议事会开张小院议事会开张\n正文")
    assert lines[1].doubled and articles._once_over_doubled(unit, lines[1])


def test_a_doubled_headlines_first_copy_wrapped_is_its_own() -> None:
    unit, lines = _doubled_unit("小院议事会开张小院议\n事会开张\n正文")  # a word of it twice
    assert not articles._once_over_doubled(unit, lines[1])
    unit, lines = _doubled_unit("小院议事会\n开张小院议事会开张\n正文")  # its words in the copy under it
    assert not articles._once_over_doubled(unit, lines[1])


def test_a_doubled_headline_goes_on_over_a_clause_the_wrap_cut() -> None:
    head = _unit("社区议事会开张社区议事会")
    assert articles._ends_doubled_print(head, Line("开张，，居民来了居民来了", range(12)))
    ended = _unit("社区议事会开张社区议事会开张")  # its print ended: a doubled line under it is another's
    assert not articles._ends_doubled_print(ended, Line("居民居民", range(4)))


def test_a_line_over_a_doubled_headline_the_wrap_cut_is_none_of_it() -> None:
    """The line under prints a run twice though `undouble` left it (its repeat cut by the wrap)."""
    unit, lines = _doubled_unit("大家喜闻乐见\n东湖社区议事厅启用东湖社区议\n事厅启用\n正文")
    assert not lines[1].doubled and articles._words_twice(lines[1].text)
    assert articles._once_over_doubled(unit, lines[1])
    assert not articles._words_twice("东湖社区议事厅今天启用")


def test_a_piece_ending_a_sentence_inside_its_line_runs_as_text() -> None:
    assert _runs_as_text(_piece("装了充电桩。大家都"), None)
    assert not _runs_as_text(_piece("东湖社区议事厅启用"), None)
