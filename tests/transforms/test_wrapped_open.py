"""A gathered block of headlines side by side whose box wrapped a headline inside its quotation or
bracket (`【青石风采  梅林镇推行网格化管理` / `梅林新貌】…`): the gap after the opening parts two
columns' headlines when the rest of the printed line never closes it (`_open_past`, in `_atoms` for
a block's segments and in `_row_cuts`), and the part of the line below that closes it goes on in
that column (`_closers_below`). All text here is written for these tests."""

from __future__ import annotations

from transforms.articles import _NARROW_GAP, _atoms, _closers_below, _open_past, _row_cuts
from transforms.lines import Line


def _line(text: str) -> Line:
    return Line(text, range(len(text)))


def test_an_opening_the_rest_of_the_line_never_closes_goes_on_below() -> None:
    assert _open_past("【青石风采", "梅林镇推行网格化管理")
    assert _open_past("柳河村：“积分银", "渡口镇推行网格化管理")
    assert not _open_past("【青石风采", "梅林新貌】渡口镇")  # closed on its own line: one headline's space
    assert not _open_past("青石县推行网格化", "管理见成效")  # nothing open


def test_a_block_line_is_cut_after_an_opening_closed_only_below() -> None:
    line = _line("【青石风采 梅林镇推行网格化管理")
    assert [a.text for a in _atoms(line, _NARROW_GAP, True)] == ["【青石风采", "梅林镇推行网格化管理"]
    assert [a.text for a in _atoms(line, _NARROW_GAP)] == [line.text]  # outside a block: one headline
    closed = _line("【青石风采 梅林新貌】渡口镇推行网格化管理")
    assert len(_atoms(closed, _NARROW_GAP, True)) == 1  # its own bracket's space


def test_a_row_may_be_cut_after_an_opening_closed_only_below() -> None:
    lines = [_line(t) for t in ("【青石风采", "梅林镇推行网格化管理", "梅林新貌】渡口镇积分超市开张")]
    cuts = _row_cuts(lines, range(0, 2))
    assert [(0,), (1,)] in cuts
    shut = [_line(t) for t in ("【青石风采", "梅林新貌】渡口镇", "积分超市开张")]
    assert [(0,), (1,)] not in _row_cuts(shut, range(0, 2))  # the line closes it: no cut inside


def test_the_part_closing_an_opening_goes_on_in_its_column() -> None:
    lines = [_line(t) for t in ("梅林镇推行网格化管理", "柳河村：“积分银", "再出发", "行”让村民得实惠")]
    assert _closers_below(lines, [range(0, 2), range(2, 4)]) == {3: 1}


def _titles(block: str) -> dict[str, str]:
    from tests.transforms.test_gath import BODY_A, BODY_B, BODY_C, titled

    return titled(BODY_A + "\n" + BODY_B + "\n" + BODY_C + "\n" + block)


def test_a_doubled_block_wrapped_inside_a_bracket_is_read_by_columns() -> None:
    got = _titles(
        "【【青禾新风青禾新风 临川社区临川社区老年食堂开张老年食堂开张\n稻田养鱼稻田养鱼】】青禾镇稻农尝到甜头青禾镇稻农尝到甜头\n"
    )
    assert (
        got["青禾镇"] == "青禾镇稻农尝到甜头"
    )  # its label `【青禾新风稻田养鱼】` is the kicker (`_labels_apart`)
    assert got["临川社"] == "临川社区老年食堂开张"


def test_both_columns_wrapped_inside_their_quotation_and_bracket() -> None:
    got = _titles(
        "【【青禾新风青禾新风 临川社区临川社区：“：“老年食\n"
        "稻田养鱼稻田养鱼】】青禾镇稻农尝到甜头青禾镇稻农尝到甜头 堂堂””开张了开张了\n"
    )
    assert (
        got["青禾镇"] == "青禾镇稻农尝到甜头"
    )  # its label `【青禾新风稻田养鱼】` is the kicker (`_labels_apart`)
    assert got["临川社"] == "临川社区：“老年食堂”开张了"


def test_a_headline_with_a_subtitle_ends_a_doubled_block() -> None:
    """`A1 B1` / `A2 B2` / B's subtitle: the unit holding the subtitle closes the block
    (`_closes_block`), and the subtitle stays with B (`_block_unit`)."""
    got = _titles(
        "青禾镇推开稻田养鱼青禾镇推开稻田养鱼 临川社区开张老年食堂临川社区开张老年食堂\n"
        "稻农尝到甜头稻农尝到甜头 老人吃上热乎饭老人吃上热乎饭\n"
        "一荤两素只要八元\n"
    )
    assert got["青禾镇"] == "青禾镇推开稻田养鱼稻农尝到甜头"
    assert got["临川社"] == "临川社区开张老年食堂老人吃上热乎饭一荤两素只要八元"


def test_a_stack_regrouped_from_its_printed_lines_keeps_no_subtitle_twice() -> None:
    """`regroup_stacks` reads a unit's subtitle lines as segments of their own: the group ending on
    the unit's last title line takes none of them again (`_block_unit`, kicker false)."""
    from transforms.articles import Unit, _block_unit

    page = "青禾镇推开稻田养鱼\n临川社区开张老年食堂\n"
    head = Line("青禾镇推开稻田养鱼", range(0, 9))
    sub = Line("临川社区开张老年食堂", range(10, 20))
    u = Unit(title=[head], subtitle=[sub.text], lines=[head, sub], conf=[0.9, 0.9], page=page)
    assert _block_unit([(head, u)], None, kicker=False).subtitle == []
    assert _block_unit([(head, u)], None).subtitle == [sub.text]  # a block's own: it goes on under it
