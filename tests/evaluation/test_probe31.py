"""Headlines in narrow columns (issue 17): a headline the column wraps after its text, a wrapped
headline's rest under a column-wide line, a bracketed column's name over a headline, a headline set
wider than a narrow column. Pages from `evaluation.probes` (made-up text) and tiny made-up pages."""

from evaluation import probes
from transforms import articles
from transforms.articles import split_articles


def _pages(group: str, names: tuple[str, ...]) -> list[probes.Probe]:
    found = [p for g, p in probes.probes() if g == group and p.name in names]
    assert len(found) == len(names)
    return found


def test_a_headline_a_narrow_column_wrapped_after_its_text_heads_that_text() -> None:
    """`…每月召开一次。` / `西岭镇网格员走村入户` / `收集群众诉求` / `东湖社区近日推行…`: the headline's
    first line fills the ten-character column; its short rest says it is a headline's wrap."""
    names = (
        "spaced halves after the text width 10",
        "spaced halves after the text width 13",
        "colon after the text width 13",
        "two lines after the text width 10",
    )
    assert all(p.check(split_articles(p.page)[0]) for p in _pages("headline shapes", names))


def test_a_column_wide_headline_line_over_its_wrap_is_no_title_over_a_subtitle() -> None:
    """`西岭镇网格员走村入户` / `收集群众诉求` over a byline on a page of ten-character lines: one title."""
    (page,) = _pages("headline shapes", ("two lines over a byline width 10",))
    assert page.check(split_articles(page.page)[0])


def test_a_bracketed_column_name_read_as_a_jump_mark_is_the_kicker_of_the_headline_under_it() -> None:
    names = ("bracketed column over the text width 16", "bracketed column over the text width 13")
    assert all(p.check(split_articles(p.page)[0]) for p in _pages("lines over a headline", names))


def test_a_headline_wider_than_a_narrow_column_under_a_series_kicker_opens_its_story() -> None:
    """A 13-character headline over 10-character text lines: set over two columns, no text line."""
    names = ("series number over the text width 10", "site title cut at its bar over the text width 10 blank")
    assert all(p.check(split_articles(p.page)[0]) for p in _pages("lines over a headline", names))


def test_lines_exactly_as_wide_as_a_narrow_page_column_are_its_wrap() -> None:
    page = "\n".join(["甲乙丙丁戊己庚辛壬癸"] * 6 + ["子丑寅卯辰巳午未申酉", "戌亥天地"]) + "\n"
    assert articles._narrow_column_wrap(page, ["子丑寅卯辰巳午未申酉"], "戌亥天地")
    assert not articles._narrow_column_wrap(page, ["子丑寅卯辰巳午"], "戌亥天地")
    assert not articles._narrow_column_wrap(page, ["子丑寅卯辰巳午未申酉"], "戌亥天地子丑寅卯")
    wide = "\n".join(["甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉天地"] * 6) + "\n"
    assert not articles._narrow_column_wrap(wide, ["甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉天地"], "戌亥")


def test_a_line_fills_or_spans_a_narrow_column_only() -> None:
    assert articles._fills_or_spans(10, 10) and articles._fills_or_spans(13, 10)
    assert not articles._fills_or_spans(21, 10)  # wider than two columns
    assert not articles._fills_or_spans(25, 20)  # no narrow column
