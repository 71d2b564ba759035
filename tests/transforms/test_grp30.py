"""A stream of gathered headlines, one printed doubled (fake bold) and the next printed once and
wrapped after its first characters (`甲标题甲标题 乙` / `标题…`): the headline read as one mixes the two
prints, so it is regrouped as a block (`_blocks`), and the short run printed once is cut from the
doubled run it stands beside (`_print_cuts`). All text here is written for these tests."""

from __future__ import annotations

from tests.transforms.test_gath import titled, under_bodies


def test_a_headline_wrapped_after_its_first_character_beside_a_doubled_one_goes_on_below() -> None:
    page = under_bodies(
        "青禾镇推开稻田养鱼青禾镇推开稻田养鱼 临", "川社区老年食堂开张 白沙河两岸护河队添新人"
    )
    got = titled(page)
    assert got["青禾镇"] == "青禾镇推开稻田养鱼"
    assert got["临川社"].startswith("临川社区老年食堂开张")


def test_a_block_segment_is_cut_where_its_print_changes_at_a_single_space() -> None:
    from transforms.articles import _print_cuts
    from transforms.lines import Line, undouble

    def undone(text: str) -> Line:
        return undouble(Line(text, range(len(text))))

    got = _print_cuts(undone("青禾镇推开稻田养鱼青禾镇推开稻田养鱼 临"))
    assert [x.text for x in got] == ["青禾镇推开稻田养鱼", "临"]
    assert [x.offs[0] for x in got] == [0, 19]  # each at its page offset
    # a doubled headline's own space, both sides printed twice, is no cut
    both = undone("稻农尝到甜头稻农尝到甜头 水清岸绿水清岸绿")
    assert [x.text for x in _print_cuts(both)] == [both.text]
    # a line no print was undone in is left whole
    plain = Line("临川社区 老年食堂开张", range(11))
    assert _print_cuts(plain) == [plain]
