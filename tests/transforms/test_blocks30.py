"""A stack of headlines read from its printed lines (`regroup_stacks`): a headline whose title was
cut at its gap, or whose kicker is not among its lines, still stands in the stack."""

from transforms.articles import Unit, _stack_lines
from transforms.lines import Line


def _line(page: str, text: str) -> Line:
    at = page.index(text)
    return Line(text, range(at, at + len(text)))


def test_title_cut_at_its_gap_under_a_kicker_reads_the_printed_lines() -> None:
    page = "某县推进物业小区\n老城片区治理全覆盖\n“车棚”建起来 新村不再停车难\n\n正文第一句。"
    title = [_line(page, "“车棚”建起来"), _line(page, "新村不再停车难")]
    u = Unit(kicker=["老城片区治理全覆盖"], title=title, lines=list(title), page=page)
    got = _stack_lines(u)
    assert got is not None
    assert [x.text for x in got] == ["老城片区治理全覆盖", "“车棚”建起来 新村不再停车难"]


def test_kicker_kept_out_of_the_lines_is_read_over_the_title() -> None:
    page = "基层新做法\n某镇：小网格办成大事情\n\n正文第一句。"
    title = [_line(page, "某镇：小网格办成大事情")]
    u = Unit(kicker=["基层新做法"], title=title, lines=list(title), page=page)
    got = _stack_lines(u)
    assert got is not None
    assert [x.text for x in got] == ["基层新做法", "某镇：小网格办成大事情"]

    apart = "基层新做法\n\n某镇：小网格办成大事情\n\n正文第一句。"  # a blank line parts them: no stack
    far = [_line(apart, "某镇：小网格办成大事情")]
    assert _stack_lines(Unit(kicker=["基层新做法"], title=far, lines=list(far), page=apart)) is None
