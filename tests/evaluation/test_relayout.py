"""evaluation.relayout lays a page out again without changing a character of its text."""

import re

import pytest

from evaluation import relayout, segmentation

_WHITE = re.compile(r"\s+")

# A page of our own: a headline, a byline, two paragraphs in a 12-cell column, a blank after each line.
PAGE = "\n\n".join(
    [
        "社区议事厅里说事",
        "□ 本报记者 王小明",
        "今年以来，某某街道在各个小区",
        "推行居民议事会制度，由党支部",
        "牵头，每月召开一次，听取居民",
        "意见。",
        "议事会已解决停车难、加装电梯",
        "等问题三十余件。",
    ]
)


def bare(raw: bytes, encoding: str = "utf-8") -> str:
    return _WHITE.sub("", raw.decode(encoding).replace("\u3000", ""))


def test_a_closing_mark_never_starts_a_line() -> None:
    assert relayout.wrap("一二三四，五六", 4) == ["一二三四，", "五六"]
    assert relayout.wrap("ab12三四", 2) == ["ab12", "三四"]  # ASCII takes half a cell


def test_paragraphs_are_read_as_units_and_the_headline_kept_whole() -> None:
    found, width, spaced = relayout.units(PAGE, ["社区议事厅里说事"])
    assert spaced and width == 14
    assert found[0] == relayout.Unit(("社区议事厅里说事",), False, True, head=True)
    assert found[1].lines == ("□ 本报记者 王小明",) and not found[1].paragraph
    assert [u.lines for u in found if u.paragraph] == [
        (
            "今年以来，某某街道在各个小区",
            "推行居民议事会制度，由党支部",
            "牵头，每月召开一次，听取居民",
            "意见。",
        ),
        ("议事会已解决停车难、加装电梯", "等问题三十余件。"),
    ]


@pytest.mark.parametrize("layout", relayout.LAYOUTS, ids=lambda x: x.name)
def test_every_layout_keeps_every_character(layout: relayout.Layout) -> None:
    raw = relayout.relaid(PAGE, ["社区议事厅里说事"], layout)
    want = PAGE.replace("社区议事厅里说事", "社区议事厅里说事" * 2) if layout.heads == "doubled" else PAGE
    assert bare(raw, layout.encoding) == bare(want.encode())


def test_a_narrower_column_wraps_paragraphs_and_keeps_the_headline() -> None:
    raw = relayout.relaid(PAGE, ["社区议事厅里说事"], relayout.Layout("narrow", width=0.5))
    lines = [x for x in raw.decode().split("\n") if x]
    assert lines[0] == "社区议事厅里说事"
    assert max(relayout.cells(x) for x in lines[2:]) <= 8  # 14 cells * 0.5, one closing mark over


def test_a_body_line_repeating_a_headline_s_words_is_no_headline_line() -> None:
    page = "\n".join(["议事厅里说事", "社区议事厅里说事", "议事厅里说事好办法多，居民", "都说好。"])
    assert relayout._head_lines(page.split("\n"), ["社区议事厅里说事"]) == {1}


def test_toggling_blank_lines_takes_them_all_away_from_a_spaced_page() -> None:
    raw = relayout.relaid(PAGE, [], relayout.Layout("toggled", blank=True))
    assert "\n\n" not in raw.decode().strip()


def test_the_shared_samples_laid_out_again_still_hold_their_gold_bodies() -> None:
    if not any((segmentation.SHARED / "gold").glob("*.json")):
        pytest.skip("the shared samples' gold is absent (it lives beside the repository)")
    for layout in relayout.LAYOUTS:
        for _name, raw, gold in relayout.pages(layout):
            text = segmentation.scorer().norm(raw.decode(layout.encoding))
            for article in gold["articles"]:
                assert segmentation.scorer().norm(article["body_contains"]) in text


HELD = (
    "printed",
    "crlf",
    "gb18030",
    "utf-16",
    "indented",
    "indented width 0.7",
    "width 0.7",
    "width 0.85",
    "width 1.15",
    "width 1.5",
    "blank toggled",
    "width 0.85 toggled",
    "heads spaced",
    "heads doubled",
    "all at once",
)


@pytest.mark.parametrize("name", HELD)
def test_the_shared_samples_laid_out_again_are_still_segmented_right(name: str) -> None:
    """Each of these layouts of the three sample pages has every gold article attached and every
    author found (the mends of session 23: a headline after its body on a page with no blank lines, a
    line ending on an opening mark, a deck under a headline printed after its body, the next
    subhead of a series; session 24: subheads set alike kept in their report's text, a line closing
    the title mark its text line left open)."""
    if not any((segmentation.SHARED / "gold").glob("*.json")):
        pytest.skip("the shared samples' gold is absent (it lives beside the repository)")
    layout = next(x for x in relayout.LAYOUTS if x.name == name)
    totals, _, _ = segmentation.score(relayout.pages(layout))
    assert totals["f1"] == totals["pages"]  # no extra article (a subhead of a series read as a headline)
    assert totals["attach"] == totals["gold"]
    assert totals["ah"] == totals["an"]
    assert totals["orph"] == 0


def test_the_sweep_names_each_of_its_layouts_once() -> None:
    names = [x.name for x in relayout.SWEEP]
    assert len(set(names)) == len(names) == 156
    assert len({(x.width, x.blank, x.indent, x.heads) for x in relayout.SWEEP}) == 156
