"""A grid read column by column: the articles stacked in the first column, each column after it
printing the same articles in the same order (`_rethreaded`, `_Threads`)."""

from tests.transforms.printed import page as _page
from transforms import articles
from transforms.articles import Piece, _Body, _grid_chunks, _may_take, _rethreaded
from transforms.lines import Line

WIDTH = 12
CLINIC = (
    "青山镇卫生院新建的康复中心上月投入使用，配备了十多台康复设备，每天接待患者五十多人次，周末也照常开门。"
)
BERRIES = (
    "绿水村合作社今年种植蓝莓三百亩，采摘季吸引了大批游客，带动村民增收两百多万元，理事长说明年还要扩种。"
)
CANTEEN = "白沙街道新建的老年食堂开业以来，每天为三百多位老人送餐上门，菜品荤素搭配，价格实惠，居民纷纷点赞。"


def _wrapped(text: str) -> list[str]:
    return [text[k : k + WIDTH] for k in range(0, len(text), WIDTH)]


def _halves(text: str, cut: int) -> tuple[list[str], list[str]]:
    lines = _wrapped(text)
    return lines[:cut], lines[cut:]


def _texts(body: _Body) -> list[str]:
    return [x.text for x in body.lines]


def test_each_column_prints_the_stacked_articles_in_the_first_column_order() -> None:
    (a1, a2), (b1, b2), (c1, c2) = _halves(CLINIC, 2), _halves(BERRIES, 2), _halves(CANTEEN, 2)
    b2 = b2[:-1]  # the berries' text goes on mid-sentence in a column after these
    assert a2[-1].endswith("。")  # the clinic's text ends its sentence at the column's foot
    text, blocks = _page([a1, b1, c1, a2, b2, c2])
    assert not articles._spaced(text)
    first, second = Piece(lines=blocks[0], opens=True), Piece(lines=blocks[1], opens=True)
    rest = [x for b in blocks[2:] for x in b]
    last = Piece(lines=rest, opens=True)
    bodies = [_Body([first], list(blocks[0]), 0), _Body([second], list(blocks[1]), 1), _Body([last], rest, 2)]
    out = _rethreaded(bodies, text)
    assert [_texts(b) for b in out] == [a1 + a2, b1 + b2, c1 + c2]


def test_a_page_breaking_its_text_mid_sentence_once_is_read_in_its_own_order() -> None:
    (a1, _), (b1, _) = _halves(CLINIC, 2), _halves(BERRIES, 2)
    other = _wrapped("社区图书室添置了新书架，孩子们放学后常来这里看书写作业。")
    text, blocks = _page([a1, b1, other])
    rest = blocks[1] + blocks[2]
    bodies = [_Body([Piece(lines=blocks[0], opens=True)], list(blocks[0]), 0)]
    bodies.append(_Body([Piece(lines=rest, opens=True)], rest, 1))
    assert _rethreaded(bodies, text) is bodies  # one break is no grid: no word carries it over


def test_a_short_line_before_a_blank_line_is_a_subhead_not_a_column_end() -> None:
    lines = _wrapped(CLINIC)[:2] + ["康复中心服务升级"] + _wrapped(BERRIES)[:2]
    text, blocks = _page([lines[:3], lines[3:]])
    chunks = _grid_chunks([x for b in blocks for x in b], text)
    assert len(chunks) == 1


def test_on_a_page_indenting_its_paragraphs_a_paragraph_goes_on_no_open_sentence() -> None:
    page = "青山镇卫生院新建的康复\n\n\u3000\u3000绿水村合作社今年种植\n"
    start = page.index("绿")
    first = Line("绿水村合作社今年种植", range(start, start + 10))
    assert not _may_take("青山镇卫生院新建的康复", first, page, indents=True)
    assert _may_take("周末也照常开门。", first, page, indents=True)
    assert not _may_take(None, first, page, indents=False)  # a closing byline ended that text
