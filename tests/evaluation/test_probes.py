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
    assert all(p.check(split_articles(p.page)[0]) for p in pages if "width 10" not in p.name)
