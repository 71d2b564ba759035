"""Headlines printed side by side inside another column's text: a headline line ending on a dash
goes on into the next line, and a short opening phrase left without a body is given back to the
headline printed right after it on its line, one space apart (two where printed doubled), never
across a column's wider gap. All text here is written for these tests."""

from __future__ import annotations

from transforms.articles import Unit, _left_open, _one_space_apart, _opening_phrases_back
from transforms.lines import Line


def _units(printed: str, *parts: str) -> list[Unit]:
    """Units of the headline parts `parts`, each as printed once on the page line `printed`."""
    out = []
    for p in parts:
        at = printed.index(p)
        out.append(Unit(title=[Line(p, range(at, at + len(p)))], page=printed))
    return out


def test_a_headline_line_ending_on_a_dash_goes_on() -> None:
    assert _left_open("小巷 大“家”事——")
    assert not _left_open("小巷里的大“家”事")


def test_a_short_phrase_without_a_body_joins_the_headline_after_it() -> None:
    printed = "一“灯”照夜路 小巷更“明亮” 西岭镇推进网格化管理全覆盖"
    units = _units(printed, "一“灯”照夜路", "小巷更“明亮”", "西岭镇推进网格化管理全覆盖")
    back = _opening_phrases_back(units, {1: 0, 2: 1})
    assert back == {0}
    assert "".join(x.text for x in units[1].title) == "一“灯”照夜路小巷更“明亮”"


def test_a_phrase_that_found_a_body_or_a_long_one_stays() -> None:
    printed = "一“灯”照夜路 小巷更“明亮”"
    assert _opening_phrases_back(_units(printed, "一“灯”照夜路", "小巷更“明亮”"), {0: 0, 1: 1}) == set()
    long = "西岭镇推进网格化管理全覆盖工作 小巷更“明亮”"
    assert (
        _opening_phrases_back(_units(long, "西岭镇推进网格化管理全覆盖工作", "小巷更“明亮”"), {1: 0}) == set()
    )


def test_a_column_gap_parts_two_headlines() -> None:
    printed = "一“灯”照夜路   小巷更“明亮”"
    units = _units(printed, "一“灯”照夜路", "小巷更“明亮”")
    assert not _one_space_apart(*units)
    assert _opening_phrases_back(units, {1: 0}) == set()


def test_a_doubled_phrase_prints_its_space_twice() -> None:
    printed = "一一““灯灯””照夜路照夜路  小巷更小巷更““明亮明亮””"
    once = [0, 2, 4, 6, 11, 12, 13]  # each character's offset in the print, the repeat's last words
    left = Unit(title=[Line("一“灯”照夜路", once)], page=printed)
    right_at = printed.index("小巷更")
    right = Unit(title=[Line("小巷更“明亮”", range(right_at, right_at + 6))], page=printed)
    assert _one_space_apart(left, right)
    wide = printed.replace("路  小", "路    小")
    right_at = wide.index("小巷更")
    left.page = wide
    assert not _one_space_apart(
        left, Unit(title=[Line("小巷更“明亮”", range(right_at, right_at + 6))], page=wide)
    )


def test_a_phrase_after_another_headline_phrase_is_not_given_to_the_next() -> None:
    printed = "告别“旧楼道” 老院迎来“新生” 西岭镇推进网格化管理全覆盖"
    units = _units(printed, "告别“旧楼道”", "老院迎来“新生”", "西岭镇推进网格化管理全覆盖")
    assert _opening_phrases_back(units, {2: 0}) == set()


def test_a_phrase_after_a_column_gap_opens_its_headline() -> None:
    printed = "西岭镇推进网格化管理全覆盖   一“灯”照夜路 小巷更“明亮”"
    units = _units(printed, "西岭镇推进网格化管理全覆盖", "一“灯”照夜路", "小巷更“明亮”")
    assert _opening_phrases_back(units, {0: 0, 2: 1}) == {1}
