"""A headline's lines the column's wrap broke off, read as a headline of their own that found no
body, on a page printing a blank line after every line (`_spaced_wraps_back`). The text is written
for these tests."""

from transforms.articles import Unit, _spaced_wraps_back
from transforms.lines import Line

BODY = [
    "入冬以来，清溪镇组织党员",
    "志愿者走进独居老人家中，",
    "检修取暖设备、清理屋前积",
    "雪，并为他们送去棉被和米",
    "面，受到村民一致好评。",
]


def _page(heads: list[str], tail: list[str] = (), sep: str = "\n\n") -> str:
    return sep.join([*BODY, *heads, *tail]) + "\n"


def _unit(page: str, text: str, pos: int) -> Unit:
    at = page.index(text)
    line = Line(text, range(at, at + len(text)))
    return Unit(title=[line], lines=[line], conf=[0.9], pos=pos, page=page)


def _units(page: str, heads: list[str]) -> list[Unit]:
    return [_unit(page, x, pos) for pos, x in enumerate(heads, start=1)]


def test_a_line_under_a_headline_no_wider_goes_on_with_its_title() -> None:
    heads = ["清溪镇党员志愿者入户送暖", "冬行动"]
    page = _page(heads)
    units = _units(page, heads)
    assert _spaced_wraps_back(units, {0: 0}, set()) == {1}
    assert units[0].text.replace(" ", "") == "清溪镇党员志愿者入户送暖冬行动"
    assert not units[0].subtitle


def test_a_line_under_a_headline_short_of_the_column_is_its_deck() -> None:
    heads = ["清溪镇送暖", "冬行动"]
    page = _page(heads)
    units = _units(page, heads)
    assert _spaced_wraps_back(units, {0: 0}, set()) == {1}
    assert units[0].text == "清溪镇送暖"
    assert units[0].subtitle == ["冬行动"]


def test_a_wider_line_under_a_short_headline_is_its_deck() -> None:
    heads = ["暖冬行动", "清溪镇党员志愿者入户送温暖"]
    page = _page(heads)
    units = _units(page, heads)
    assert _spaced_wraps_back(units, {0: 0}, set()) == {1}
    assert units[0].text == "暖冬行动"
    assert units[0].subtitle == ["清溪镇党员志愿者入户送温暖"]


def test_a_full_line_over_a_headline_opens_it_and_a_short_one_is_its_kicker() -> None:
    heads = ["清溪镇党员志愿者入户送暖", "冬行动"]
    page = _page(heads)
    units = _units(page, heads)
    assert _spaced_wraps_back(units, {1: 0}, set()) == {0}
    assert units[1].text.replace(" ", "") == "清溪镇党员志愿者入户送暖冬行动"
    heads = ["民生速递", "清溪镇党员志愿者入户送温暖"]
    page = _page(heads)
    units = _units(page, heads)
    assert _spaced_wraps_back(units, {1: 0}, set()) == {0}
    assert units[1].kicker == ["民生速递"]
    assert units[1].text == "清溪镇党员志愿者入户送温暖"


def test_lines_stay_apart_on_a_dense_page_or_over_a_jump() -> None:
    heads = ["清溪镇党员志愿者入户送暖", "冬行动"]
    dense = _page(heads, sep="\n")
    assert _spaced_wraps_back(_units(dense, heads), {0: 0}, set()) == set()
    jump = _page(heads, ["（下转B3版）"])
    assert _spaced_wraps_back(_units(jump, heads), {0: 0}, set()) == set()


def test_a_headline_that_found_a_body_or_ends_a_sentence_stays() -> None:
    heads = ["清溪镇党员志愿者入户送暖", "冬行动"]
    page = _page(heads)
    assert _spaced_wraps_back(_units(page, heads), {0: 0, 1: 1}, set()) == set()
    heads = ["清溪镇党员志愿者入户送暖", "冬行动见实效。"]
    page = _page(heads)
    assert _spaced_wraps_back(_units(page, heads), {0: 0}, set()) == set()
