"""Reports set apart by a wider gap than their paragraphs (`_report_gap`). Pages written for these tests."""

from transforms.articles import Piece, _report_gap, split_articles
from transforms.lines import Line


def _column(text: str, width: int = 13) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


LIBRARY = [
    "青山县图书馆新馆近日正式开放。新馆位于滨河路东段，总建筑面积一万二千平方米，设有少儿阅览区、古籍修复室和自习空间，每天开放十二个小时。",
    "开馆首日，不少市民一早便在门口排队。退休教师周桂兰说，过去借书要坐半小时公交，如今步行十分钟就能到，周末还能带孙子来听绘本故事。",
    "据介绍，新馆还将与全县十八个乡镇文化站联网，实现通借通还，让农村读者也能方便地借到新书。",
]
ROAD = [
    "“以前下雨天路上全是泥，孩子上学要绕远路。”说起村里新修的环村路，石门村村民韩德明笑得合不拢嘴。",
    "今年春天，石门村党支部带领村民筹资修路，全长四点六公里的水泥路在雨季前全线贯通，沿路还装上了八十盏太阳能路灯。",
]
ROAD_END = (
    "路通了，产业也跟着活了起来。村里的核桃合作社今年收购价比去年提高两成，外地客商开着货车直接进村收货。"
)
HEADS = "青山县图书馆新馆开放青山县图书馆新馆开放\n\n石门村石门村：：修通环村路修通环村路 核桃卖上好价钱核桃卖上好价钱"


def _page(gap: str) -> str:
    library = "\n\n".join(_column(x) for x in LIBRARY)
    road = "\n\n".join(_column(x) for x in ROAD)
    return f"{library}{gap}{road}\n\n{HEADS}\n\n{_column(ROAD_END)}\n\n石门村村民在新修的环村路上散步。\n"


def _titled(page: str) -> dict[str, str]:
    articles, _ = split_articles(page)
    return {a.body[:8]: a.title or "" for a in articles}


def test_two_blank_lines_part_two_reports_whose_headlines_were_printed_later() -> None:
    titles = _titled(_page("\n\n\n"))
    assert titles["青山县图书馆新馆"] == "青山县图书馆新馆开放"
    assert titles["“以前下雨天路上"].startswith("石门村")  # the second report heads its own text


def test_one_blank_line_parts_nothing() -> None:
    titles = _titled(_page("\n\n"))
    assert "“以前下雨天路上" not in titles  # a paragraph gap: the text above goes on


def test_a_subhead_under_two_blank_lines_opens_no_report() -> None:
    above = "\n\n".join(_column(x) for x in LIBRARY[:2])
    page = f"{above}\n\n\n通借通还\n\n{_column(ROAD_END)}\n"
    piece = Piece(lines=[Line(t, range(len(t))) for t in above.split("\n") if t])
    at = page.index("通借通还")
    assert not _report_gap(page, piece, Line("通借通还", range(at, at + 4)))  # no clause or sentence mark
    at = page.index("路通了")
    assert _report_gap(
        page.replace("通借通还\n\n", ""), piece, Line("路通了，产业也跟着活", range(at - 6, at + 4))
    )
