"""Headlines displaced into another body's paragraph (`articles._block_in_a_paragraph`): the block's
lines are headlines whatever the model said, and every headline of the block cuts the text it sits
in (`articles._displaced_between`). Text written for these tests."""

from transforms import articles
from transforms.articles import Piece, Unit
from transforms.lines import Line

# a column 14 characters wide: every line of a paragraph but its last fills it
HOST = [
    "东湖街道今年以来推动老旧小区",
    "改造,新装电梯十二部,修缮屋",
    "面三千平方米,居民出行更方便",
    "了不少,街道还组织志愿者上门",
    "走访独居老人,记下他们的需求",
    "和困难,一一登记造册,逐项解",
]
REST = [
    "决落实到位,居民们纷纷点赞称",
    "好,说这样的服务真是暖到了心",
    "坎上,大家都愿意参与社区事务",
    "的讨论与协商,共同出谋划策。",
]
OTHER = [
    "西山村今年建起了积分超市,村",
    "民参加义务劳动可以换取积分,",
    "用积分兑换米面油等生活用品,",
    "积分超市换来新风气,新风尚,",
    "大家比着做好事攒积分,西山村",
    "的积分超市远近闻名。",
]
HEADLINE = "西山村积分超市换来新风尚"


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, list(range(len(t)))) for t in texts]


def _page(block: list[str], after: list[str]) -> tuple[list[Line], list[str], list[float]]:
    texts = OTHER * 3 + HOST + block + after + OTHER
    labels = ["body"] * len(texts)
    conf = [1.0] * len(texts)
    for k in range(len(block)):
        conf[len(OTHER) * 3 + len(HOST) + k] = 0.6  # the model read the headline as text, unsure
    return _lines(texts), labels, conf


def test_a_headline_between_two_lines_of_one_sentence_is_read_as_a_headline() -> None:
    lines, labels, conf = _page([HEADLINE], REST)
    at = len(OTHER) * 3 + len(HOST)
    assert articles._block_in_a_paragraph(lines, labels, conf, at) == [at]
    got, sure = articles._displaced_blocks(lines, labels, conf)
    assert got[at] == "title"
    assert sure[at] == 0.5
    assert got[:at] == labels[:at] and got[at + 1 :] == labels[at + 1 :]


def test_a_subhead_after_a_paragraph_end_stays_text() -> None:
    """Over a subhead the paragraph ended: no sentence goes on across it."""
    lines, labels, conf = _page([HEADLINE], REST)
    at = len(OTHER) * 3 + len(HOST)
    lines[at - 1] = Line("走访独居老人。", list(range(7)))
    assert articles._block_in_a_paragraph(lines, labels, conf, at) == []
    assert articles._displaced_blocks(lines, labels, conf)[0] == labels


def test_a_line_as_wide_as_the_column_is_text() -> None:
    wide = "西山村积分超市换来好风尚啊"  # 13 characters: the column's width within one
    lines, labels, conf = _page([wide + "好"], REST)
    at = len(OTHER) * 3 + len(HOST)
    assert articles._block_in_a_paragraph(lines, labels, conf, at) == []


def test_a_line_the_model_reads_surely_as_text_is_left_so() -> None:
    lines, labels, conf = _page([HEADLINE], REST)
    at = len(OTHER) * 3 + len(HOST)
    conf[at] = 0.99
    assert articles._block_in_a_paragraph(lines, labels, conf, at) == []


def test_a_quotation_opening_under_the_line_starts_a_paragraph() -> None:
    lines, labels, conf = _page([HEADLINE], ["“我们都很满意,”一位居民说,", *REST[1:]])
    at = len(OTHER) * 3 + len(HOST)
    assert articles._block_in_a_paragraph(lines, labels, conf, at) == []


def test_words_found_nowhere_else_make_no_headline() -> None:
    """A short unended line whose words the page's text away from it does not hold is text."""
    lines, labels, conf = _page(["凤凰岭下桃花盛开"], REST)
    at = len(OTHER) * 3 + len(HOST)
    assert articles._block_in_a_paragraph(lines, labels, conf, at) == []


def test_every_headline_between_a_text_and_its_rest_cuts_it() -> None:
    prev, rest, other = Piece(), Piece(), Piece()
    first, second = Unit(), Unit()
    order: list = [prev, first, second, rest, other]
    articles._displaced_between(order, prev, rest)
    assert first.cuts and second.cuts
    beyond = Unit()
    articles._displaced_between([prev, beyond, other, Unit(), rest], other, rest)
    assert not beyond.cuts  # a piece stands between: that headline is not in this text


def test_only_a_blocks_first_headline_keeps_from_a_headless_body_under_it() -> None:
    """The first headline right after the text it cuts pairs with no leftover body; the block's
    others, marked displaced after it, still may (`_leftover_pairs`, `_block_pairs`)."""
    text, rest = Piece(), Piece()
    first, second = Unit(cuts=True), Unit(cuts=True)
    order: list = [text, first, second, rest]
    for k, x in enumerate(order):
        x.pos = k
    assert articles._cuts_first(first, order)
    assert not articles._cuts_first(second, order)
    assert not articles._cuts_first(Unit(pos=2), order)
