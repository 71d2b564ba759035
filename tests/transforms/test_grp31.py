"""A place-led couplet whose first phrase ends on a closing quote is held together (`articles._place_cuts`)."""

from __future__ import annotations

from tests.transforms import printed
from transforms import articles
from transforms.lines import Line


def _lines(*texts: str) -> list[Line]:
    return printed.lines(*texts, gap=2)


def test_a_couplet_whose_first_phrase_ends_on_a_quote_is_held() -> None:
    lines = _lines("青溪县：点亮“小书屋”", "温暖“老街坊”")
    assert articles._place_cuts(lines, {}) == {1}
    with_more = _lines("青溪县：点亮“小书屋”", "温暖“老街坊”", "晚风里的社区图书角")
    assert articles._place_cuts(with_more, {2: False}) == {1}
    # a headline may end on a quoted word: a phrase of another length beside it may be a headline's own
    other = _lines("青溪县：点亮“小书屋”", "晚风里的社区图书角开放", "旧楼加梯暖民生")
    assert articles._place_cuts(other, {2: False}) == set()
    # a closing bracket still ends the phrase
    assert articles._place_cuts(_lines("青溪县：点亮（小书屋）", "温暖老街坊啊"), {}) == set()
