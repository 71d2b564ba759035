"""A place-led headline segment takes the phrase beside it on its printed line (`articles._place_cuts`)."""

from __future__ import annotations

from tests.transforms import printed
from transforms import articles
from transforms.lines import Line


def _lines(*texts: str) -> list[Line]:
    return printed.lines(*texts, gap=2)


def test_a_couplet_after_the_place_is_held() -> None:
    lines = _lines("青溪县：巷口议事聚人心", "旧楼加梯暖民生", "晚风里的社区图书角")
    assert articles._place_cuts(lines, {2: False}) == {1}


def test_a_phrase_with_only_a_place_after_it_is_held() -> None:
    lines = _lines("湖州南浔：数字账本让村务更透明", "共绘富美乡村新图景", "云岭镇：志愿队守护夕阳红")
    assert articles._place_cuts(lines, {2: False}) == {1}
    assert articles._place_cuts(lines[:2], {}) == {1}  # the block's end


def test_a_phrase_that_may_open_its_own_headline_is_left() -> None:
    """Of another length, with a segment after it that is not led by a place: the other scores decide."""
    lines = _lines("湖州南浔：数字账本让村务更透明", "石桥村乡贤办实事", "捐资修路惠及千户村民")
    assert articles._place_cuts(lines, {2: False}) == set()


def test_no_cut_held_across_a_line_or_before_a_kicker_or_a_place() -> None:
    assert articles._place_cuts(_lines("青溪县：巷口议事聚人心", "旧楼加梯暖民生"), {1: False}) == set()
    assert articles._place_cuts(_lines("青溪县：巷口议事聚人心", "（奋进新时代）旧楼加梯"), {}) == set()
    assert articles._place_cuts(_lines("青溪县：巷口议事聚人心", "云岭镇：夕阳更红了"), {}) == set()
    assert articles._place_cuts(_lines("青溪县：巷口议事聚人心！", "旧楼加梯暖民生"), {}) == set()
