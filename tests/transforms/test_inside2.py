"""Headline blocks set inside another text's sentence (`articles._block_in_a_paragraph`) after a line
ending on a clause mark, block lines as wide as the column that part two phrases with a gap
(`articles._parted`), and a doubted line with such a gap right under a headline
(`articles._unsure_block_lines`). Text written for these tests."""

from transforms import articles
from transforms.lines import Line

# a column 13 characters wide: every line of a paragraph but its last fills it
HOST = [
    "南湖社区去年开始整治楼道杂物",
    "堆放问题,社区干部挨家挨户上",
    "门宣传消防知识,发放告知书两",
    "百多份,组织居民清理杂物十余",
    "吨,还为二十栋老楼装上了灭火",
    "器,楼道里亮堂了,住户们说,",
]
REST = [
    "现在进出楼道心里踏实多了,社",
    "区还定期请消防员来讲安全课,",
    "教大家使用灭火器和逃生绳,居",
    "民们学得认真,参与热情很高。",
]
AWAY = [
    "北岭村的老年食堂开张了,村里",
    "七十岁以上的老人每天花三元钱",
    "就能吃上两荤一素的热乎饭菜,",
    "老年食堂由村集体出资建设,志",
    "愿者轮流帮厨,北岭村老年食堂",
    "让老人吃得放心,儿女也安心。",
]
HEADLINE = "北岭村老年食堂开张"
TWO_PHRASES = "老人天天吃上热乎饭 儿女安心"  # as wide as the column within one, a gap between its phrases


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, list(range(len(t)))) for t in texts]


def _page(block: list[str], last: str) -> tuple[list[Line], list[str], list[float], int]:
    texts = AWAY * 3 + HOST[:-1] + [last] + block + REST + AWAY
    labels = ["body"] * len(texts)
    conf = [1.0] * len(texts)
    at = len(AWAY) * 3 + len(HOST)
    for k in range(len(block)):
        conf[at + k] = 0.6  # the model read the headline as text, unsure
    return _lines(texts), labels, conf, at


def test_a_block_after_a_line_ending_on_a_comma_is_a_headline() -> None:
    lines, labels, conf, at = _page([HEADLINE], HOST[-1])
    assert articles._block_in_a_paragraph(lines, labels, conf, at) == [at]
    assert articles._displaced_blocks(lines, labels, conf)[0][at] == "title"


def test_a_block_after_a_line_ending_on_an_enumeration_mark_is_a_headline() -> None:
    lines, labels, conf, at = _page([HEADLINE], "器,楼道里亮堂了,住户们说、")
    assert articles._block_in_a_paragraph(lines, labels, conf, at) == [at]


def test_a_block_after_a_sentence_end_stays_text() -> None:
    lines, labels, conf, at = _page([HEADLINE], "器,楼道里亮堂了,住户们笑了。")
    assert articles._block_in_a_paragraph(lines, labels, conf, at) == []


def test_a_column_wide_block_line_parting_two_phrases_is_a_headline() -> None:
    lines, labels, conf, at = _page([TWO_PHRASES], HOST[-1])
    assert articles._block_in_a_paragraph(lines, labels, conf, at) == [at]


def test_a_column_wide_block_line_with_no_gap_is_text() -> None:
    lines, labels, conf, at = _page([TWO_PHRASES.replace(" ", "了")], HOST[-1])
    assert articles._block_in_a_paragraph(lines, labels, conf, at) == []


def test_parted_counts_phrases_not_spaced_glyphs() -> None:
    assert articles._parted("老人吃上热乎饭 儿女安心")
    assert articles._parted("北岭村老年食堂开张\u3000南湖社区楼道亮了")
    assert not articles._parted("北 岭 村 老 年 食 堂")  # spaced out glyph by glyph
    assert not articles._parted("南 湖 网 / 南湖新闻客户端")  # spaced out, then repaired in part
    assert not articles._parted("今年 71 岁的老人")  # a figure set apart, no phrases
    assert not articles._parted("北岭村老年食堂开张")


def _under_headline(doubted: str) -> tuple[list[Line], list[str], list[float]]:
    texts = [*REST[-2:], "南湖社区楼道亮了", doubted, *HOST[:3]]
    labels = ["body", "body", "title", "body", "body", "body", "body"]
    conf = [1.0, 1.0, 0.9, 0.5, 1.0, 1.0, 1.0]
    return _lines(texts), labels, conf


def test_a_doubted_line_parting_phrases_under_a_headline_is_a_headline_over_sure_text() -> None:
    lines, labels, conf = _under_headline(TWO_PHRASES)
    assert articles._unsure_block_lines(lines, labels, conf)[0][3] in ("title", "title+")


def test_a_doubted_line_with_no_gap_over_sure_text_stays_text() -> None:
    lines, labels, conf = _under_headline(TWO_PHRASES.replace(" ", ""))
    assert articles._unsure_block_lines(lines, labels, conf)[0][3] == "body"
