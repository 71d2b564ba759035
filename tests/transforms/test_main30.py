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
