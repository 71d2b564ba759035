"""A block of headlines set across narrow columns inside a sentence (`articles._wide_block_in_a_paragraph`,
`articles._wide_lines_at_heads`) and a report's byline-opened text left headless under its headline
(`articles._first_pieces_headed`). Text written for these tests."""

from transforms import articles
from transforms.lines import Line

# a column 12 characters wide: every line of a paragraph but its last fills it
OVER = [
    "东坡村今年春天修好了通往镇",
    "上的水泥路，村民们出门再也",
    "不用踩泥水了，村里还在路边",
    "种下两百多棵桂花树，老支书",
]
UNDER = [
    "笑着说，等到秋天花开的时候",
    "满村都是香的，大家都盼着那",
    "一天早点来，年轻人也愿意回",
    "村里创业了，村里越来越热闹。",
]
# two headlines side by side, set across the columns: one holds a comma, as headlines may
BLOCK = "东坡村修路种树，村容换新颜 西岭镇老年食堂开张 北湾社区"
TAIL = "办起夜校"


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, list(range(len(t)))) for t in texts]


def _page(block: list[str]) -> tuple[list[Line], list[str], list[float], int]:
    texts = OVER + block + UNDER
    return _lines(texts), ["body"] * len(texts), [1.0] * len(texts), len(OVER)


def test_a_wide_block_inside_a_sentence_is_read_as_headlines() -> None:
    lines, labels, conf, at = _page([BLOCK, TAIL])
    assert articles._wide_block_in_a_paragraph(lines, labels, at) == [at, at + 1]
    got = articles._displaced_blocks(lines, labels, conf)[0]
    assert got[at] in ("title", "title+") and got[at + 1] in ("title", "title+")
    assert got[at - 1] == got[at + 2] == "body"


def test_a_wide_line_with_no_gap_between_phrases_stays_text() -> None:
    lines, labels, _, at = _page(["东坡村修路种树，村容换新颜西岭镇老年食堂开张北湾社区"])
    assert articles._wide_block_in_a_paragraph(lines, labels, at) == []


def test_a_wide_line_over_a_finished_sentence_is_not_inside_one() -> None:
    texts = [*OVER[:-1], "种下两百多棵桂花树。", BLOCK, *UNDER]
    lines = _lines(texts)
    assert articles._wide_block_in_a_paragraph(lines, ["body"] * len(texts), len(OVER)) == []


def test_a_wide_line_holding_a_full_stop_is_a_paragraph_printed_whole() -> None:
    lines, labels, _, at = _page(["东坡村修路种树。村容换新颜 西岭镇老年食堂开张 北湾社区"])
    assert articles._wide_block_in_a_paragraph(lines, labels, at) == []


def test_a_wide_line_over_a_headline_after_a_paragraph_end_opens_the_block() -> None:
    texts = [*OVER[:-1], "种下两百多棵桂花树。", BLOCK, "南山村的积分超市开业了", "■记者 王明", *UNDER]
    labels = ["body"] * len(texts)
    at = len(OVER)
    labels[at + 1], labels[at + 2] = "title", "byline"
    got = articles._wide_lines_at_heads(_lines(texts), labels, [1.0] * len(texts))[0]
    assert got[at] == "title"
    assert got[at - 1] == "body"


def test_a_wide_caption_under_a_headline_goes_on_with_the_block() -> None:
    texts = [
        *UNDER,
        *OVER[:-1],
        "种下两百多棵桂花树。",
        "南山村的积分超市开业了",
        BLOCK,
        TAIL,
        "村民在超市兑换商品。张明 摄",
    ]
    labels = ["body"] * len(texts)
    at = len(UNDER) + len(OVER)
    labels[at] = "title"
    labels[at + 1] = labels[at + 2] = labels[at + 3] = "caption"
    got = articles._wide_lines_at_heads(_lines(texts), labels, [1.0] * len(texts))[0]
    assert got[at + 1] in ("title", "title+") and got[at + 2] in ("title", "title+")
    assert got[at + 3] == "caption"


def _piece(texts: list[str], **kw: object) -> articles.Piece:
    return articles.Piece(lines=_lines(texts), **kw)  # type: ignore[arg-type]


def test_a_headless_byline_text_under_a_headline_joins_the_text_it_heads() -> None:
    lead = _piece(["村口的老槐树下，几位老人正在下棋。"])
    head = articles.Unit(title=_lines(["南山村的积分超市开业了"]))
    opened = _piece(["（记者 王明）", "积分超市开在村委会旁边。"], opens=True, bylines=["（记者 王明）"])
    rest = _piece(["超市里的商品不标价格，只标积分。"])
    order = [lead, head, opened, rest]
    bodies = [
        articles._Body([lead], list(lead.lines)),
        articles._Body([opened], list(opened.lines)),
        articles._Body([rest], list(rest.lines), 0),
    ]
    got = articles._first_pieces_headed(bodies, [head], order)
    assert len(got) == 1
    assert got[0].unit == 0 and got[0].pieces == [lead, opened, rest]
    assert got[0].lines[0].text.startswith("村口")


def test_a_closed_text_over_the_headline_stays_apart() -> None:
    lead = _piece(["村口的老槐树下，几位老人正在下棋。"], closed=True)
    head = articles.Unit(title=_lines(["南山村的积分超市开业了"]))
    opened = _piece(["积分超市开在村委会旁边。"], opens=True, bylines=["（记者 王明）"])
    order = [lead, head, opened]
    bodies = [articles._Body([lead], list(lead.lines)), articles._Body([opened], list(opened.lines), 0)]
    got = articles._first_pieces_headed(bodies, [head], order)
    assert [b.pieces for b in got] == [[lead], [opened]]


def test_a_lead_after_a_closed_text_running_on_over_its_headline_goes_with_it() -> None:
    done = _piece(["上一篇报道的最后一段。"], closed=True)
    lead = _piece(["村口的老槐树下，几位老人正在下棋。"])
    head = articles.Unit(title=_lines(["南山村的积分超市开业了"]))
    under = _piece(["积分超市开在村委会旁边。"])
    rest = _piece(["超市里的商品不标价格，只标积分。"])
    order = [done, lead, head, under, rest]
    bodies = [
        articles._Body([done], list(done.lines), None),
        articles._Body([lead, under], [*lead.lines, *under.lines]),
        articles._Body([rest], list(rest.lines), 0),
    ]
    got = articles._first_pieces_headed(bodies, [head], order)
    assert [b.pieces for b in got] == [[done], [lead, under, rest]]


def test_text_over_a_headline_that_goes_on_from_unclosed_text_keeps_its_place() -> None:
    other = articles.Unit(title=_lines(["北湾社区办起了夜校"]))
    before = _piece(["北湾社区的夜校每周开课三次，"])
    lead = _piece(["来上课的多是附近的年轻人。"])
    head = articles.Unit(title=_lines(["南山村的积分超市开业了"]))
    under = _piece(["积分超市开在村委会旁边。"])
    rest = _piece(["超市里的商品不标价格，只标积分。"])
    order = [other, before, lead, head, under, rest]
    bodies = [
        articles._Body([before], list(before.lines), 1),
        articles._Body([lead, under], [*lead.lines, *under.lines]),
        articles._Body([rest], list(rest.lines), 0),
    ]
    got = articles._first_pieces_headed(bodies, [head, other], order)
    assert [b.pieces for b in got] == [[before], [lead], [under, rest]]
