"""Review of session 29's merged work: a verse read as a headline's two rows, a byline both moved to
the text under it and lent to a headline's body (made-up lines only)."""

from __future__ import annotations

from transforms.articles import Piece, Unit, _bylines_opened, _heads_cut_at_commas, _Reader
from transforms.bylines import Author
from transforms.lines import Line


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, range(len(t))) for t in texts]


PARAGRAPH = [
    "近日，某镇文化站组织村民开展读书会活动，大家",
    "围坐在一起分享读书心得，现场气氛热烈，不少村",
    "民还当场写下了自己的感想，一位老党员写下小诗",
    "一首。",
]
CLOSING = [
    "活动结束后，村民们纷纷表示，这样的活动很有意",
    "义，希望今后能多举办一些，丰富大家的精神文化",
    "生活，让乡村充满书香气息。",
]


def test_verse_of_two_couplets_stays_text() -> None:
    """Four short rows quoted in a text, comma and no mark in turn, are verse, not a headline."""
    verse = ["春风吹过田野，", "种下一片希望", "秋雨洒满村庄，", "收获满仓金黄"]
    lines = _lines(PARAGRAPH + verse + CLOSING)
    labels = _heads_cut_at_commas(lines, ["body"] * len(lines))
    assert labels == ["body"] * len(lines)
    head = ["小网格撬动大治理，", "某镇诉求件件有回音"]  # the rule's own case still read
    lines = _lines(PARAGRAPH + head + CLOSING)
    assert _heads_cut_at_commas(lines, ["body"] * len(lines))[4:6] == ["title", "title+"]


def _text(texts: list[str]) -> list[Line]:
    return _lines(texts)


def test_byline_opening_the_text_under_is_lent_no_more() -> None:
    """`_closing` both doubts and lends an own dispatch under a signed text; once `_bylines_opened`
    moves it to the text under a displaced headline, `lend_bylines` must not lend it again (it would
    remove from the text above a byline it no longer holds)."""
    writer = Author(name="张三", role="记者")
    other = Author(name="李四", role="记者")
    mine = Author(name="王五", role="记者")
    line = "□本报讯（记者 张三）"
    first = Piece(lines=_text(["近日，某村召开会议，研究部署", "下一步工作。"]), bylines=["□记者 王五"])
    first.authors = [mine]
    x = Piece(lines=_text(["某镇开展活动，群众积极参与", "其中。"]), authors=[other, writer])
    x.bylines = ["□记者 李四", line]
    x.ending, x.doubt, x.lent = [line], [(line, [writer], 0.9)], [(line, [writer], 0.9)]
    displaced = Unit(title=_lines(["某乡某村获评"]))
    displaced.cuts = True
    y = Piece(lines=_text(["昨天，某县在全县范围内开展", "了一次大走访活动，走访"]))
    _bylines_opened([first, x, displaced, y])
    assert line in y.bylines
    assert all(t in x.bylines for t, _, _ in x.lent)


def test_rejoined_rest_keeps_its_lent_bylines() -> None:
    """A piece that goes on with the sentence of the one before (`_Reader.rejoin`) brings the bylines
    it lent to the headline under it, as `_join_rest` does: they are the whole text's now."""
    writer = Author(name="张三", role="记者")
    line = "本报讯（记者 张三）"
    prev = Piece(lines=_text(["近日，某县在全县范围内开展了一次"]))
    rest = Piece(lines=_text(["大走访活动。"]), authors=[writer], bylines=[line], ending=[line])
    rest.lent = [(line, [writer], 0.9)]
    reader = _Reader("")
    reader.pieces, reader.order = [prev, rest], [prev, Unit(title=_lines(["某乡某村获评"])), rest]
    reader.rejoin()
    assert reader.pieces == [prev]
    assert prev.lent == [(line, [writer], 0.9)]
