"""evaluation.probes: a byline the column wraps comes out whole on the probes' own pages."""

from evaluation import probes
from transforms.articles import split_articles


def test_every_closing_byline_probe_comes_out_whole() -> None:
    right, n = probes.run()["closing bylines"]
    assert n == 48 and right == n


def test_a_dispatch_s_byline_in_parentheses_comes_out_whole_at_every_width() -> None:
    form = "本报讯（记者 韩予川 通讯员 钟晓岷 潘语桐）"
    pages = [p for group, p in probes.probes() if group == "dateline bylines" and p.name.startswith(form)]
    assert len(pages) == 2 * len(probes.WIDTHS)
    assert all(p.check(split_articles(p.page)[0]) for p in pages)


def test_names_reporting_after_a_dispatch_that_the_column_wraps_are_its_authors() -> None:
    form = "某某新闻客户端讯 韩予川 钟晓岷报道："
    pages = [p for group, p in probes.probes() if group == "dateline bylines" and p.name.startswith(form)]
    assert len(pages) == 2 * len(probes.WIDTHS)
    assert all(p.check(split_articles(p.page)[0]) for p in pages)


def test_names_a_dispatch_s_line_ends_on_cut_are_read_with_the_next_line() -> None:
    """`某某网讯 通讯员韩予` / `川 钟晓岷报道 近日，…`: the model read the first line as a byline naming
    韩予; a dispatch's line ending on a name it may have cut is read as a dateline, the names whole."""
    form = "某某网讯 通讯员韩予川 钟晓岷报道 "
    pages = [p for group, p in probes.probes() if group == "dateline bylines" and p.name.startswith(form)]
    assert len(pages) == 2 * len(probes.WIDTHS)
    assert all(p.check(split_articles(p.page)[0]) for p in pages)


def test_any_outlet_s_dispatch_a_narrow_column_wraps_is_read_whole() -> None:
    """`某某客户端、某某网1` / `月26日消息（记者韩予` / `川）…`: the dispatch is one line, the byline read."""
    form = "某某客户端、某某网1月26日消息（记者韩予川）"
    pages = [p for group, p in probes.probes() if group == "dateline bylines" and p.name.startswith(form)]
    split = [
        p
        for group, p in probes.probes()
        if group == "split dispatches" and p.name.startswith("某某客户端、某某网1月26日消息")
    ]
    assert len(pages) == len(split) == 2 * len(probes.WIDTHS)
    assert all(p.check(split_articles(p.page)[0]) for p in pages + split)


def test_headlines_a_column_of_ten_wraps_over_a_byline_come_out_whole() -> None:
    """A colon, two halves a space apart, three lines, a `——` subtitle under it, a kicker over it: the
    model read the wrapped lines as text or cut the headline in two; joined, each is read whole."""
    shapes = ("colon", "spaced halves", "three lines", "subtitle", "kicker")
    pages = [
        p
        for group, p in probes.probes()
        if group == "headline shapes"
        and p.name.split(" over a byline width 10")[0] in shapes
        and " over a byline width 10" in p.name
    ]
    assert len(pages) == 2 * len(shapes)
    assert all(p.check(split_articles(p.page)[0]) for p in pages)


def test_every_new_probe_set_has_its_pages() -> None:
    sets = probes.run()
    assert sets["headline shapes"][1] == len(probes.SHAPES) * len(probes.PLACES) * 2 * len(probes.WIDTHS)
    assert sets["names over a section"][1] == len(probes.NAME_OVER_SECTION) * 2 * len(probes.WIDTHS)
    assert sets["narrow gaps"][1] == 2 * 2 * len(probes.WIDTHS)


def test_every_byline_line_and_split_dispatch_probe_gives_its_authors() -> None:
    """`韩予川 文/摄` (text and photographs by one, no caption's credit), `某某新闻/某某晚报 记者` /
    `韩予川` (the names wrapped after the role), `某某网讯` alone read as a section: all named."""
    totals = probes.run()
    pages = len(probes.LINES) * 2 * len(probes.WIDTHS)
    assert totals["byline lines"] == (pages, pages)
    assert totals["split dispatches"] == (16, 16)


def test_headlines_as_wide_as_a_narrow_column_or_wrapped_past_it_head_their_stories() -> None:
    """Three stories a page, widths 10 to 16, each headline as wide as the column or wrapped one or
    two characters past it, with or without blank lines, indents and bylines: every page but two
    (a 10-character column, indented, blank lines, a headline one wider) comes out whole."""
    pages = [
        p
        for group, p in probes.probes()
        if group == "full-width headlines" and not p.name.startswith("shorter")
    ]
    right = sum(p.check(split_articles(p.page)[0]) for p in pages)
    assert len(pages) == 180 and right >= 178


def test_a_byline_line_closing_a_text_over_the_next_headline_closes_it_at_wide_enough_columns() -> None:
    """Text, `本报记者 张三` on its own line, the next headline, its text and its own byline: each text
    keeps its headline and its byline (at 16 and 20 characters a line; at 10 and 13 a headline of 11
    is as wide as the column, still to do)."""
    pages = [
        p
        for group, p in probes.probes()
        if group == "closing lines" and any(f"width {w}" in p.name for w in (16, 20))
    ]
    assert len(pages) == 2 * 2 * len(probes.CLOSING_LINES)
    assert all(p.check(split_articles(p.page)[0]) for p in pages)
