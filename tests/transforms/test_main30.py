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
