"""Doubled headlines of a narrow dense page the column wrapped inside a repeat: one headline. All text
here is written for these tests."""

from __future__ import annotations

from tests.transforms.printed import lines as _lines
from transforms.articles import _repeat_goes_on, _wrapped_doubled_heads
from transforms.lines import undouble


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
