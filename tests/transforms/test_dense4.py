"""Headlines displaced into another text in narrow dense columns, and the texts they head elsewhere
on the page: a displaced headline left without a body heads the headless text holding its words
(one opening another report needs fewer of them), and an orphan cuts a body
where that body's own headline finds next to none of its words in the orphan's part. All text here is written
for these tests."""

from __future__ import annotations

from tests.transforms.test_sbs2 import _body
from transforms.articles import (
    UNRELATED,
    Unit,
    _displaced_to_headless,
    _leads_off,
    _orphan_needs,
    _Reader,
)
from transforms.lines import Line, undouble


def _unit(title: str, cuts: bool = False) -> Unit:
    return Unit(title=[Line(title, range(len(title)))], cuts=cuts)


ROAD = (
    "青石镇的山路修了三年。",
    "青石镇党委把修路列为头等大事。",
    "山路通车后青石镇的茶叶运得出去了。",
)
FERRY = (
    "金秋十月，白沙镇两岸稻谷飘香。",
    "白沙镇渡口新添了两条渡船。",
    "渡船每天往返白沙镇二十趟。",
)
MARKET = (
    "北关街道的早市搬进了新大棚。",
    "北关街道商户们按区摆摊。",
    "北关街道早市不再占道。",
)


def test_a_displaced_headline_heads_the_headless_text_that_opens_a_report() -> None:
    road, ferry = _unit("青石镇山路通车"), _unit("白沙镇渡口添新船", cuts=True)
    opened = _body(*FERRY, at=200)
    opened.opens = True  # a byline heads it
    pieces = [_body(*ROAD), opened]
    assert _displaced_to_headless([road, ferry], pieces, {0: 0}) == [(1, 1)]
    ferry.cuts = False  # printed where headlines stand: an orphan stays one
    assert _displaced_to_headless([road, ferry], pieces, {0: 0}) == []


def test_a_displaced_headline_sharing_no_words_stays_an_orphan() -> None:
    road, stray = _unit("青石镇山路通车"), _unit("西岭村办起农家书屋", cuts=True)
    opened = _body(*FERRY, at=200)
    opened.opens = True
    assert _displaced_to_headless([road, stray], [_body(*ROAD), opened], {0: 0}) == []


def test_a_text_that_may_go_on_needs_more_of_the_displaced_headlines_words() -> None:
    market, ferry = _unit("北关街道早市搬进大棚"), _unit("白沙镇渡口添新船", cuts=True)
    rest = _body("渡口的老船工说起从前。", "那时只有一条小木船。", "如今白沙镇渡口添了新船。", at=200)
    pieces = [_body(*MARKET), rest]  # the text before leaves nothing closed: the rest may go on from it
    got = _displaced_to_headless([market, ferry], pieces, {0: 0})
    assert got == [(1, 1)]  # it holds most of the headline's words
    weak = _unit("一位船工的江上岁月与乡愁", cuts=True)  # a sixth of its words there
    assert _displaced_to_headless([market, weak], pieces, {0: 0}) == []


def test_a_headlines_half_never_takes_a_text_that_may_go_on() -> None:
    market, ferry = _unit("北关街道早市搬进大棚"), _unit("白沙镇渡口添新船", cuts=True)
    ferry.part_of = _unit("白沙镇渡口添新船 两岸往来更方便")
    rest = _body("渡口的老船工说起从前。", "那时只有一条小木船。", "如今白沙镇渡口添了新船。", at=200)
    assert _displaced_to_headless([market, ferry], [_body(*MARKET), rest], {0: 0}) == []


def test_a_paragraph_opening_another_report_leads_off() -> None:
    above, below = _body(*ROAD), _body(*FERRY, at=200)
    assert _leads_off(above, below)
    assert not _leads_off(above, _body("青石镇的茶农说，路通了心也亮了。", at=200))
    open_end = _body("青石镇的山路修了三年，", at=0)  # the text above leaves its sentence open
    assert not _leads_off(open_end, below)


def test_an_orphan_needs_less_where_the_bodys_headline_finds_none_of_its_words() -> None:
    assert _orphan_needs(True, 0.4, 0.0) == UNRELATED
    assert _orphan_needs(True, 0.4, 0.3) > UNRELATED  # the body's headline holds some of that part
    assert _orphan_needs(False, 0.4, 0.0) > UNRELATED  # no report opens there


def _fed(rows: list[tuple[str, str]]) -> _Reader:
    """A reader fed the page's lines as printed (a doubled line read once), each with its label."""
    page = "\n".join(t for t, _ in rows)
    reader, at = _Reader(page), 0
    for text, label in rows:
        reader.feed(undouble(Line(text, range(at, at + len(text)))), label, 0.99)
        at += len(text) + 1
    return reader


DOUBLED_HEAD = [
    ("西岭镇老年食堂开张西岭镇老年食", "title"),
    ("堂开张  百余老人吃上热乎饭百余", "title+"),
    ("老人吃上热乎饭((组图组图))", "body"),  # the print's last line, read as text
    ("食堂设在镇敬老院一楼，每天中午开饭。", "body"),
]


def test_a_line_read_as_text_that_goes_on_with_a_doubled_print_is_the_headlines() -> None:
    reader = _fed(DOUBLED_HEAD)
    (head,) = reader.units
    assert len(head.title) == 3
    assert [x.text for x in reader.pieces[0].lines] == ["食堂设在镇敬老院一楼，每天中午开饭。"]


def test_a_text_line_printed_once_under_a_doubled_headline_stays_text() -> None:
    rows = [*DOUBLED_HEAD[:2], ("食堂设在镇敬老院一楼，每天", "body")]  # the text the block was set into
    reader = _fed(rows)
    assert len(reader.units[0].title) == 2
    assert [x.text for x in reader.pieces[0].lines] == ["食堂设在镇敬老院一楼，每天"]
