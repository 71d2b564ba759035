"""Bylines over bodies on pages whose headlines are gathered elsewhere: a byline left in doubt under a
text rejoined over a displaced headline (`articles._Reader.rejoin`, `articles._bylines_opened`), a wide
gap on a page railed by box-marked bylines (`articles._gaps_on_railed_pages`), and a box-marked byline over a
block of gathered headlines (`articles.bylines_over_gathered_blocks`).
Text written for these tests."""

from transforms import articles
from transforms.articles import Piece, Unit
from transforms.bylines import Author
from transforms.lines import Line


def _read(rows: list[tuple[str, str]]) -> articles._Reader:
    """The lines fed to a reader with the labels given, each line at its place on the page."""
    page = "\n".join(t for t, _ in rows)
    reader = articles._Reader(page)
    at = 0
    for text, label in rows:
        reader.feed(Line(text, range(at, at + len(text))), label, 1.0)
        at += len(text) + 1
    reader.finish()
    return reader


def _names(p: Piece) -> list[str]:
    return [a.name for a in p.authors]


FIRST = [
    ("■记者 张三", "byline"),
    ("近日，东山县在全县一百", "body"),
    ("北湾社区办起夜校", "title"),  # a headline displaced into the sentence
    ("多个村开展了评比活动。", "body"),
    ("村民们都说这样的活动好。", "body"),
]
SECOND = [
    ("昨天，南湖镇召开了网格", "body"),
    ("工作会议，网格员们汇报了", "body"),
    ("一年来的工作情况。", "body"),
]


def test_a_byline_under_a_rejoined_text_still_opens_the_text_below() -> None:
    reader = _read([*FIRST, ("（记者 李四 王五）", "byline_end"), *SECOND])
    reader.rejoin()
    articles._bylines_opened(reader.order)
    first, second = (x for x in reader.order if isinstance(x, Piece))
    assert _names(first) == ["张三"]
    assert _names(second) == ["李四", "王五"]


def _piece(text: str, byline: str | None = None, apart: bool = False) -> Piece:
    p = Piece(lines=[Line(text, range(len(text)))], apart=apart)
    if byline is not None:
        p.take(byline, [Author(byline.split()[-1], "记者")], 1.0)
        p.opens = True
    return p


def test_a_wide_gap_on_a_page_railed_by_bylines_is_a_paragraph_gap() -> None:
    gap = _piece("另一段文字写着村里的新变化。", apart=True)
    order = [_piece("近日，东山县开展评比。", "■记者 张三"), gap, _piece("昨天，南湖镇开会。", "■记者 李四")]
    articles._gaps_on_railed_pages(order)
    assert not gap.apart


def test_a_wide_gap_stays_where_headlines_stand_over_the_bylines() -> None:
    gap = _piece("另一段文字写着村里的新变化。", apart=True)
    heads = [Unit(title=[Line("东山县评比", range(5))]), Unit(title=[Line("南湖镇开会", range(5))])]
    order = [
        heads[0],
        _piece("近日，东山县开展评比。", "■记者 张三"),
        gap,
        heads[1],
        _piece("昨天，南湖镇开会。", "■记者 李四"),
    ]
    articles._gaps_on_railed_pages(order)
    assert gap.apart


def test_a_wide_gap_stays_on_a_page_of_unmarked_bylines() -> None:
    gap = _piece("另一段文字写着村里的新变化。", apart=True)
    order = [_piece("近日，东山县开展评比。", "记者 张三"), gap, _piece("昨天，南湖镇开会。", "记者 李四")]
    articles._gaps_on_railed_pages(order)
    assert gap.apart


def test_a_bracketed_byline_over_captions_closes_the_text_above() -> None:
    reader = _read(
        [
            *FIRST,
            ("（记者 李四 王五）", "byline_end"),
            ("南湖镇网格员入户走访。", "body"),
            ("党员群众清理小区环境。", "body"),
        ]
    )
    reader.rejoin()
    articles._bylines_opened(reader.order)
    first, second = (x for x in reader.order if isinstance(x, Piece))
    assert _names(first) == ["张三", "李四", "王五"]
    assert _names(second) == []


MIDDLE = [("西岭镇开食堂", "title"), ("昨天，西岭镇的老年食堂开张了。", "body"), ("□记者 李四", "byline")]
BLOCK = [("东山县评比好村", "title"), ("北山村修好一条路", "title")]


def test_a_box_marked_byline_over_a_block_opens_the_text_under_it() -> None:
    reader = _read([("■记者 张三", "byline"), ("近日，东山县开展了评比。", "body"), *MIDDLE, *BLOCK, *SECOND])
    first, middle, last = (x for x in reader.order if isinstance(x, Piece))
    assert _names(middle) == ["李四"]  # read as closing the text above first
    articles.bylines_over_gathered_blocks(reader.order)
    assert (_names(first), _names(middle), _names(last)) == (["张三"], [], ["李四"])


def test_a_box_marked_byline_over_a_block_stays_where_headlines_head_the_bylines() -> None:
    head = [("东山县评比", "title"), ("■记者 张三", "byline"), ("近日，东山县开展了评比。", "body")]
    reader = _read([*head, *MIDDLE, *BLOCK, *SECOND])
    _, middle, last = (x for x in reader.order if isinstance(x, Piece))
    articles.bylines_over_gathered_blocks(reader.order)
    assert (_names(middle), _names(last)) == (["李四"], [])
