"""Headlines gathered side by side over two printed lines, read by columns (`_by_columns`)."""

from __future__ import annotations

import pytest

from transforms import articles
from transforms.articles import _column_trials, _row_cuts, split_articles
from transforms.lines import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, offs=list(range(len(t)))) for t in texts]


def test_row_cuts_never_after_a_colon_nor_inside_quotes() -> None:
    lines = _lines("青石镇：", "“老街”", "新路通")
    ways = _row_cuts(lines, range(0, 3))
    assert [(0,), (1,), (2,)] not in ways  # `青石镇：` opens the headline after it
    assert [(0, 1), (2,)] in ways
    assert [(0, 1, 2)] in ways


def test_column_trials_join_the_second_line_to_columns_in_order() -> None:
    cuts: list[list[list[tuple[int, ...]]]] = [[[(0,), (1,), (2,)]], [[(3,), (4,)]]]
    trials = set(_column_trials(cuts))
    assert ((0, 3), (1,), (2, 4)) in trials
    assert ((0, 3), (1, 4), (2,)) in trials
    assert ((0, 4), (1, 3), (2,)) not in trials  # never out of order
    # C(3, 2) ways with both parts going on, 1 with both opening headlines of their own under the
    # three that ended (`_placements`), the line cut one way
    assert len(trials) == 4
    assert ((0,), (1,), (2,), (3,), (4,)) in trials
    assert ((0, 3), (1,), (2,), (4,)) not in trials  # never some going on and some opening


BODY_A = (
    "　　本报讯　青禾镇近日在全镇推开稻田养鱼，青禾镇农技站的技术员走进田间，"
    "手把手教村民放养鱼苗、调节水位。稻田养鱼让每亩稻田多收一季鱼，青禾镇的稻农尝到了甜头。\n"
)
BODY_B = (
    "　　本报讯　临川社区的老年食堂开张了，社区里七十岁以上的老人凭卡就餐，"
    "一荤两素只要八元。临川社区书记说，老年食堂由社区志愿者轮流帮厨，饭菜少盐少油。\n"
)
BODY_C = (
    "　　本报讯　白沙河两岸的护河队又添新人，白沙河沿线五个村的党员组成巡河小组，"
    "每天清理河面垃圾、劝阻乱倒乱排。如今白沙河水清岸绿，成了村民散步的好去处。\n"
)


def under_bodies(*block: str) -> str:
    """A page of the three bodies, then the block's lines under them."""
    return "".join(f"{x}\n" for x in (BODY_A, BODY_B, BODY_C, *block))


def titled(page: str) -> dict[str, str]:
    """Each body of the three-story block pages, by its place, and the headline (with its deck) it got."""
    return {
        next(k for k in ("青禾镇", "临川社", "白沙河") if k in (a.body or "")): (a.title or "")
        + (a.subtitle or "")
        for a in split_articles(page)[0]
        if a.body
    }


def test_a_gathered_block_read_by_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    page = under_bodies(
        "青禾镇推开稻田养鱼青禾镇推开稻田养鱼 临川社区临川社区 白沙河护河队白沙河护河队",
        "稻农尝到甜头稻农尝到甜头 老年食堂开张老年食堂开张 水清岸绿水清岸绿",
    )

    got = titled(page)
    assert got == {
        "青禾镇": "青禾镇推开稻田养鱼稻农尝到甜头",
        "临川社": "临川社区老年食堂开张",
        "白沙河": "白沙河护河队水清岸绿",
    }
    monkeypatch.setattr(articles, "_by_columns", lambda *a, **k: None)
    assert titled(page) != got  # read in order, each line's parts joined along the line


def _unit(page: str, text: str) -> articles.Unit:
    at = page.index(text)
    return articles.Unit(title=[Line(text, range(at, at + len(text)), True)], page=page)


def test_doubled_lines_side_by_side_under_each_other_are_one_block() -> None:
    page = "青禾青禾镇镇 临川临川\n稻农稻农甜头甜头\n\n水清水清岸绿岸绿\n"
    right, below, apart = (
        _unit(page, "临川临川"),
        _unit(page, "稻农稻农甜头甜头"),
        _unit(page, "水清水清岸绿岸绿"),
    )
    assert articles._doubled_under(right, below)  # beside another, the next printed line
    assert not articles._doubled_under(below, apart)  # a blank line ends the block
    alone = "青禾青禾镇镇\n稻农稻农甜头甜头\n"
    assert not articles._doubled_under(_unit(alone, "青禾青禾镇镇"), _unit(alone, "稻农稻农甜头甜头"))
