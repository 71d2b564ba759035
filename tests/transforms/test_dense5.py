"""Headlines of a narrow dense page left without a body, and the headless texts they head elsewhere
(`_displaced_to_headless`): a headline standing between two paragraphs of one text heads a text a
byline opens where it is that text's best headline; a doubled headline the column wrapped inside a
repeat is one headline. All text here is written for these tests."""

from __future__ import annotations

from tests.transforms.test_sbs2 import _body
from transforms.articles import (
    Piece,
    Unit,
    _displaced_to_headless,
    _inside_a_text,
    _repeat_goes_on,
    _wrapped_doubled_heads,
)
from transforms.lines import Line, undouble

ROAD = (
    "青石镇的山路修了三年。",
    "青石镇党委把修路列为头等大事。",
    "山路通车后青石镇的茶叶运得出去了。",
)
ROAD_REST = ("青石镇的茶农算了一笔账，", "运费比从前少了一半。")
FERRY = (
    "金秋十月，白沙镇两岸稻谷飘香。",
    "白沙镇渡口新添了两条渡船。",
    "渡船每天往返白沙镇二十趟。",
)


def _unit(title: str, cuts: bool = False) -> Unit:
    return Unit(title=[Line(title, range(len(title)))], cuts=cuts)


def _placed(order: list[Unit | Piece]) -> list[Unit | Piece]:
    """Each unit and piece told its place in the page's reading order."""
    for k, x in enumerate(order):
        x.pos = k
    return order


def _page(ferry: Unit) -> tuple[list[Unit], list[Piece], list[Unit | Piece]]:
    """The road story under its headline, cut in two by the ferry headline standing between its
    paragraphs (blank lines around it, no sentence cut), then the ferry story a byline opens."""
    road = _unit("青石镇山路通车")
    first, rest, ferry_text = _body(*ROAD), _body(*ROAD_REST, at=100), _body(*FERRY, at=200)
    ferry_text.opens = True  # a byline heads it
    order = _placed([road, first, ferry, rest, ferry_text])
    return [road, ferry], [first, rest, ferry_text], order


def test_a_headline_between_paragraphs_of_one_text_heads_the_opened_text_holding_its_words() -> None:
    units, pieces, order = _page(_unit("白沙镇渡口添新船"))
    assert _inside_a_text(units[1], order)
    assert _displaced_to_headless(units, pieces, {0: 0}, order) == [(1, 2)]
    assert _displaced_to_headless(units, pieces, {0: 0}) == []  # where it stands unknown: an orphan


def test_a_headline_heading_the_text_under_it_is_not_inside_one() -> None:
    units, pieces, order = _page(_unit("白沙镇渡口添新船"))
    pieces[1].opens = True  # a byline opens the text under it: no rest of the text above
    assert not _inside_a_text(units[1], order)
    assert _displaced_to_headless(units, pieces, {0: 0}, order) == []


def test_the_opened_text_must_be_no_other_headlines_more() -> None:
    ferry = _unit("白沙镇渡口添新船")
    units, pieces, order = _page(ferry)
    rival = _unit("白沙镇渡口新添两条渡船")  # matched elsewhere, more of the text's words
    units.append(rival)
    pieces.append(_body("西岭村的书屋开张了。", at=400))
    assert _displaced_to_headless(units, pieces, {0: 0, 2: 3}, order) == []


def test_an_unopened_text_is_never_taken_by_a_headline_between_paragraphs() -> None:
    units, pieces, order = _page(_unit("白沙镇渡口添新船"))
    pieces[2].opens = False  # no byline: it may be the rest of the text before it
    assert _displaced_to_headless(units, pieces, {0: 0}, order) == []


def _lines(*texts: str) -> list[Line]:
    out, at = [], 0
    for t in texts:
        out.append(Line(t, range(at, at + len(t))))
        at += len(t) + 1
    return out


def test_a_kicker_starting_a_doubled_print_the_wrap_cut_is_the_headlines_first_line() -> None:
    lines = _lines("西岭村文化广场", "开放西岭村文化广场", "开放", "记者 王明", "西岭村的广场昨天开放了。")
    labels = ["kicker", "title", "title+", "byline", "body"]
    got, conf = _wrapped_doubled_heads(lines, labels, [1.0] * 5)
    assert got == ["title", "title+", "title+", "byline", "body"]
    assert conf[0] == 0.5


def test_a_kicker_printed_once_over_a_doubled_headline_stays_one() -> None:
    lines = _lines("乡村振兴", "西岭村文化广场开放西岭村文化广场开放", "西岭村的广场昨天开放了。")
    labels = ["kicker", "title", "body"]
    assert _wrapped_doubled_heads(lines, labels, [1.0] * 3)[0] == labels
    plain = _lines("乡村振兴", "西岭村文化广场开放", "西岭村的广场昨天开放了。")  # nothing doubled
    assert _wrapped_doubled_heads(plain, labels, [1.0] * 3)[0] == labels


def test_a_doubled_headlines_second_line_read_as_another_headline_goes_on_with_the_first() -> None:
    lines = _lines(
        "东湖社区老楼装电梯东湖社区老楼装",
        "电梯  居民不再爬楼难居民不再",
        "爬楼难",
        "东湖社区的老楼装上了电梯。",
    )
    labels = ["title", "title", "title+", "body"]
    assert _wrapped_doubled_heads(lines, labels, [1.0] * 4)[0] == ["title", "title+", "title+", "body"]


def test_two_headlines_each_doubled_on_a_line_of_its_own_stay_two() -> None:
    first, second = "东湖社区老楼装电梯东湖社区老楼装电梯", "西岭村文化广场开放西岭村文化广场开放"
    lines = [undouble(x) for x in _lines(first, second)] + _lines("东湖社区的老楼装上了电梯。")
    labels = ["title", "title", "body"]
    assert _wrapped_doubled_heads(lines, labels, [1.0] * 3)[0] == labels


def test_a_doubled_print_goes_on_where_the_wrap_cut_its_last_run_before_its_repeat() -> None:
    above = "东湖社区老楼装电梯东湖社区老楼装"
    assert _repeat_goes_on(above, "电梯，，居民不再爬楼")  # `居民不再爬楼`'s repeat on the next line
    doubled = "东湖社区老楼装电梯东湖社区老楼装电梯"
    assert not _repeat_goes_on(doubled, "居民议事会商量出资办法")  # a subtitle printed once
