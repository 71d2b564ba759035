"""The speed-ups of `transforms.articles` read as the code they stand for (session 19, `speed`)."""

from transforms import articles
from transforms.lines import Line


def test_print_width_counts_halves_as_the_sum_did() -> None:
    for text in ["", "abc", "社区", "2024年3月A", "  全角　x", "\ud800x"]:
        assert articles._print_width(text) == sum(0.5 if ch.isascii() else 1.0 for ch in text)


def test_title_text_remembered_reads_as_unremembered() -> None:
    page = "标题标题：：正文正文\n第二行"
    doubled = Line("标题：正文", [0, 1, 4, 6, 7], doubled=True)
    plain = Line("第二行", range(11, 14))
    for lines, on in [
        ([doubled, plain], page),
        ([doubled], None),
        ([plain], page),
        ([Line("新闻新闻", range(4))], None),
    ]:
        first = articles._title_text(lines, on)
        assert first == articles._read_title_text(lines, on)
        assert articles._title_text(lines, on) == first  # the remembered reading


def test_paragraph_starts_remembered_by_what_they_read() -> None:
    page = "　　第一段很短。\n　　第二段开头写了很多的字，一直写到行尾才换\n行结束。\n"
    lines = [
        Line("第一段很短。", range(2, 8)),
        Line("第二段开头写了很多的字，一直写到行尾才换", range(11, 31)),
        Line("行结束。", range(32, 36)),
    ]
    ends = [1, 2]
    got = articles._paragraph_starts(page, lines, ends)
    width = articles._column_width(page, lines)
    assert got == [e for e in ends if articles._paragraph_start(page, lines[e - 1], lines[e], width)]
    assert articles._paragraph_starts(page, lines, ends) == got
    other = page.replace("　　第二", "　第二")  # another page: read again, not remembered
    assert articles._paragraph_starts(other, lines, ends) == [
        e
        for e in ends
        if articles._paragraph_start(other, lines[e - 1], lines[e], articles._column_width(other, lines))
    ]
