"""Session 30 (main30): two columns' headlines pulled out of a PDF as one title line."""

from transforms.articles import _column_parts
from transforms.lines import Line


def _line(text: str, doubled: bool = False) -> Line:
    return Line(text, range(len(text)), doubled)


def test_the_one_wider_gap_parts_two_headlines() -> None:
    """`甲乙 丙丁  戊己…`: the headline's own phrases one space apart, the columns two; gaps all
    as wide, or a line printed doubled (its own spaces twice), part nothing."""
    parts = _column_parts(_line("河西村议事 居民点赞  东湖社区修好老旧"))
    assert [p.text for p in parts] == ["河西村议事 居民点赞", "东湖社区修好老旧"]
    assert len(_column_parts(_line("河西村议事  居民点赞  东湖社区修好"))) == 1
    assert len(_column_parts(_line("河西村议事 居民点赞 东湖社区修好"))) == 1
    assert len(_column_parts(_line("社区议事社区议事  居民点赞居民点赞 东湖东湖", doubled=True))) == 1


def test_an_indented_paragraph_start_is_no_headline_half() -> None:
    """A paragraph's first line set in by its indent, as wide as the column with it, under a
    one-line headline stays text; the same words unindented, short of the column, may be the
    headline's second half."""
    from transforms.articles import _second_halves
    from transforms.lines import split_lines

    page = (
        "河西村修好老旧水渠\n"
        "\n"
        "　　河西村推进水渠管理和服务\n"
        "是村里今年的一件大事。村委会组\n"
        "织党员和志愿者一起清理渠道，\n"
        "修好了老旧的闸门，全村三百多\n"
        "亩水田用上了清水。\n"
    )
    for text, second in ((page, "body"), (page.replace("　　河西", "河西"), "title+")):
        lines = [x.strip() for x in split_lines(text) if x.text.strip()]
        labels = ["title"] + ["body"] * (len(lines) - 1)
        assert _second_halves(lines, labels, [1.0] * len(lines), text)[1] == second


def test_a_line_cut_short_over_a_block_stays_text() -> None:
    """`…道路硬化、` / `路灯安装及` / [headline] / `绿化、水渠改造…`: the short line is the text's, its
    sentence going on under the block; over a new text's lead (`近日，…`) it may open the headline."""
    from transforms.articles import _short_head_starts

    texts = [
        "村里修了新路。这次改造中，村里实施道路硬化、",
        "路灯安装及",
        "河西村修好老旧水渠",
        "绿化、水渠改造，新建村民文化广场，配套健身、",
        "休闲设施，村民都说好。",
    ]
    labels = ["body", "body", "title", "body", "body"]
    for under, second in ((texts[3], "body"), ("近日，河西村新建村民文化广场，配套健身、休闲", "title")):
        lines = [Line(t, range(len(t))) for t in [*texts[:3], under, texts[4]]]
        assert _short_head_starts(lines, labels, [1.0] * 5)[0][1] == second
