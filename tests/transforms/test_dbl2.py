"""Headlines printed doubled (fake bold) side by side on one text line, the wrap cutting the last of
them between or inside its copies: the run is read once across the wrap (`repeat_across_wrap`),
the line reads as a headline's (`_holds_doubled_run`), its title is read undone
(`_read_title_text`), and parts of two prints are never rejoined (`_prints_differ`). All text here
is written for these tests."""

from __future__ import annotations

from transforms.articles import (
    Unit,
    _holds_doubled_run,
    _prints_differ,
    _read_title_text,
    printed_lines,
)
from transforms.lines import Line, repair_line


def _repaired(page: str) -> list[str]:
    return [x.text for x in printed_lines(page)[1] if x.text.strip()]


def test_a_doubled_run_the_wrap_cut_between_its_copies_is_read_once() -> None:
    page = "稻农尝到甜头稻农尝到甜头 水清岸绿白沙河\n\n水清岸绿白沙河 临川社区老年食堂开张\n"
    upper, lower = _repaired(page)
    assert upper == "稻农尝到甜头 水清岸绿白沙河"
    assert lower == "临川社区老年食堂开张"


def test_a_doubled_run_the_wrap_cut_inside_its_repeat_is_read_once() -> None:
    page = "临川社区老年食堂开张 白沙河护河队巡河白沙河\n护河队巡河 青禾镇推开稻田养鱼\n"
    lines = [x for x in printed_lines(page)[1] if x.text.strip()]
    assert [x.text for x in lines] == ["临川社区老年食堂开张 白沙河护河队巡河", "青禾镇推开稻田养鱼"]
    assert lines[0].doubled  # a run of it printed twice: a headline's line


def test_a_line_of_text_printed_twice_under_a_dispatch_is_left() -> None:
    text = "社区党委牵头成立议事会每月开展一次议事"
    assert _repaired(f"本报讯 {text}\n{text}\n") == [f"本报讯 {text}", text]


def test_a_line_holding_a_run_printed_twice_whole_is_a_headlines() -> None:
    assert _holds_doubled_run("临川社区老年食堂开张 稻农尝到甜头稻农尝到甜头 水清")
    assert not _holds_doubled_run("村里星星点点的灯火 亮到很晚")  # a reduplicated word, not a print
    assert not _holds_doubled_run("临川社区老年食堂开张 青禾镇推开稻田养鱼")


def test_a_title_undone_run_by_run_reads_undone_from_the_page() -> None:
    page = "青禾镇推开稻田养鱼青禾镇推开稻田养鱼 临川社区老年食堂开张"
    line = repair_line(Line(page, range(len(page))))
    assert line.doubled
    assert _read_title_text([line], page) == "青禾镇推开稻田养鱼 临川社区老年食堂开张"


def test_parts_of_two_prints_are_two_headlines() -> None:
    page = "青禾镇推开稻田养鱼青禾镇推开稻田养鱼 临川社区老年食堂开张"
    line = repair_line(Line(page, range(len(page))))
    twice, once = line.slice(0, 9), line.slice(10)
    assert _prints_differ(Unit(title=[twice], page=page), Unit(title=[once], page=page))
    assert not _prints_differ(Unit(title=[once], page=page), Unit(title=[once], page=page))
    # a kicker printed once over a doubled headline, a line apart: that headline's
    page = "临川社区老年食堂开张\n青禾镇推开稻田养鱼青禾镇推开稻田养鱼"
    kicker, head = (repair_line(x) for x in printed_lines(page)[0])
    assert not _prints_differ(Unit(title=[head], page=page), Unit(title=[kicker], page=page))
