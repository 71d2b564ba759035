"""Headlines printed side by side inside another column's text: a headline line ending on a dash
goes on into the next line, and a short opening phrase left without a body is given back to the
headline printed right after it on its line, one space apart (two where printed doubled), never
across a column's wider gap. All text here is written for these tests."""

from __future__ import annotations

from transforms.articles import (
    Piece,
    Unit,
    _cut_short,
    _displaced_headline,
    _half_to_headless,
    _left_open,
    _one_space_apart,
    _opening_phrases_back,
    rest_cut,
)
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


def _body(*sentences: str, at: int = 0) -> Piece:
    """A piece printing each sentence on a line of its own, from page offset `at`."""
    lines = []
    for t in sentences:
        lines.append(Line(t, range(at, at + len(t))))
        at += len(t) + 1
    return Piece(lines=lines)


GRID = (
    "西岭镇把全镇划成十二个网格。",
    "西岭镇网格长每月开会一次。",
    "西岭镇网格员每周走村入户。",
    "西岭镇的邻里纠纷在网格里化解。",
)
LIFT = ("东湖社区老楼加装电梯。", "东湖社区居民议事会商量出资办法。", "东湖社区三栋老楼装上电梯。")


def test_a_body_opening_with_the_rest_of_the_text_before_it_is_cut_where_its_own_text_starts() -> None:
    grid, lift, block = Unit(title=[Line("西岭镇网格员走村入户", range(0, 10))]), Unit(), Unit()
    lift.title = [Line("东湖社区老楼加装电梯", range(0, 10))]
    block.title = [Line("南山村修好一条路", range(0, 8))]
    before, run = _body(*GRID[:2]), _body(*GRID[2:], *LIFT, at=100)
    order = [grid, before, block, run, lift]
    cut = rest_cut([grid, block, lift], [before, run], order, {0: 0, 2: 1})
    assert cut == (run, 2)


def test_a_body_opening_with_a_dateline_is_never_the_rest_of_another() -> None:
    grid, lift = Unit(title=[Line("西岭镇网格员走村入户", range(0, 10))]), Unit()
    lift.title = [Line("东湖社区老楼加装电梯", range(0, 10))]
    before, run = _body(*GRID[:2]), _body(*GRID[2:], *LIFT, at=100)
    run.opens = True
    assert rest_cut([grid, lift], [before, run], [grid, before, run, lift], {0: 0, 1: 1}) is None


def _page_lines(printed: list[str]) -> tuple[str, list[Line], list[str]]:
    """The page's printed lines, its text lines (blank ones left out) and their labels, all text."""
    page, lines, at = "\n".join(printed), [], 0
    for t in printed:
        if t:
            lines.append(Line(t, range(at, at + len(t))))
        at += len(t) + 1
    return page, lines, ["body"] * len(lines)


COLUMN = [
    "西岭镇把全镇划成十二个网格，网格员每",
    "周走村入户，邻里纠纷在网格里化解。",
    "东湖社区老楼加装电梯的事，居民议事",
    "会商量了三回，最后定下出资办法。",
    "“今年三栋老楼都要装上电梯，老人下楼",
    "不再难，”社区书记说，电梯由物业",
]
REST = [
    "维护。南山村新修的路通到每户门口，",
    "村民赶集少走五里路，孩子上学也近了。",
    "北湖街道的菜场改造完成，摊位整齐。",
]


def test_a_headline_under_a_line_its_block_cut_short_is_displaced() -> None:
    page, lines, labels = _page_lines([*COLUMN, "统一维", "", "南山村修好一条路", "", *REST])
    k = next(i for i, x in enumerate(lines) if x.text == "南山村修好一条路")
    assert _cut_short(lines, labels, k - 1, page, 17.0)
    assert _displaced_headline(lines, labels, k, page)


def test_a_short_line_under_a_blank_line_is_no_sentence_cut_short() -> None:
    page, lines, labels = _page_lines([*COLUMN[:4], "", "统一维", "", "南山村修好一条路", "", *REST])
    k = next(i for i, x in enumerate(lines) if x.text == "统一维")
    assert not _cut_short(lines, labels, k, page, 17.0)


RUN = [
    "西岭镇把全镇划成十二个网格，网格员每周",
    "走村入户，邻里纠纷在网格里化解。",
    "东湖社区老楼加装电梯的事，居民议事会商",
    "量了三回，最后定下出资办法。",
    "",
    "为解决老楼的难处，社区建立了党支部、业",
    "委会和物业公司共商共管的服务机",
]
UNDER = [
    "制，每月开一次会，难事在小区里解决。",
    "北湖街道的菜场改造完成，摊位整齐有序。",
    "南山村新修的路通到每户门口，村民赶集",
]


def test_a_headline_across_which_the_text_runs_a_word_on_is_displaced() -> None:
    page, lines, labels = _page_lines([*RUN, "", "南山村修好一条路", "", *UNDER])
    k = next(i for i, x in enumerate(lines) if x.text == "南山村修好一条路")
    assert _displaced_headline(lines, labels, k, page)
    page, lines, labels = _page_lines(
        [*RUN[:-1], "委会和物业公司共商共管的服务。", "", "南山村修好一条路", "", *UNDER]
    )
    assert not _displaced_headline(lines, labels, k, page)  # the text ends its sentence over the line


def test_a_displaced_orphan_heads_the_one_headless_text_after_a_closing_byline() -> None:
    grid = Unit(title=[Line("西岭镇网格员走村入户", range(0, 10))])
    road = Unit(title=[Line("南山村修好一条路", range(0, 8))], cuts=True)  # set inside another text
    before, after = _body(*GRID), _body(*LIFT, at=100)
    before.closed = True  # a closing byline under it
    assert _half_to_headless([grid, road], [before, after], {0: 0}) == [(1, 1)]
    road.cuts = False  # printed where headlines stand, an orphan stays one
    assert _half_to_headless([grid, road], [before, after], {0: 0}) == []
    road.cuts, before.closed = True, False  # the text before runs on: the piece may be its rest
    assert _half_to_headless([grid, road], [before, after], {0: 0}) == []
