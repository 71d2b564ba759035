"""A grid's second row of stacked modules, read column by column on a page printing a blank line after
every line, is rethreaded though the first row's closing chunk is printed right over its first module
(`_column_rows`, `_stacked_over`)."""

from tests.transforms.printed import page, read_labelled
from tests.transforms.test_b4grid import A1, A2, B1, B2, C1, C2
from transforms import articles
from transforms.articles import Piece, _Body, _rethreaded

# The first row's last chunk, closing its article at a paragraph's end.
X = ["东湖公园改造后重新开放，", "园内新增步道两公里，", "市民纷纷前来游览。", "公园管理处表示满意。"]
# The second row: three modules stacked in two columns, read A1 B1 C1 | A2 B2 C2 (test_b4grid's).


def test_a_second_row_under_a_closed_chunk_is_rethreaded() -> None:
    text, blocks = page([X, A1, B1, C1, A2, B2, C2], spaced=True)
    tail = [x for b in blocks[3:] for x in b]
    bodies = [
        _Body([Piece(lines=blocks[0], opens=True, pos=1)], list(blocks[0]), 0),
        _Body([Piece(lines=blocks[1], opens=True, pos=3)], list(blocks[1]), 1),
        _Body([Piece(lines=blocks[2], opens=True, pos=5)], list(blocks[2]), 2),
        _Body([Piece(lines=tail, opens=True, pos=7)], list(tail), 3),
    ]
    assert articles._spaced(text)
    out = _rethreaded(bodies, text)
    assert [x.text for x in out[0].lines] == X
    assert [x.text for x in out[1].lines] == A1 + A2
    assert [x.text for x in out[2].lines] == B1 + B2
    assert [x.text for x in out[3].lines] == C1 + C2


def _two_stacked_modules() -> list[tuple[str, str]]:
    """A grid's first column: module A cut mid-sentence at its foot, module B's headline, B's text."""
    return [
        ("青山镇康复中心投入使用", "title"),
        ("青山镇卫生院新建的康复中心本月投入", "body"),
        ("使用，院长王明介绍，中心配备了先进", "body"),
        ("的康复设备，每天接待患者五十多人", "body"),
        ("白沙河大桥完成加固工程", "title"),
        ("白沙河大桥昨日完成加固工程，两岸居", "body"),
        ("民出行更加方便，大桥限重提高到四十", "body"),
    ]


def test_a_text_under_a_headline_naming_it_is_no_rest_of_the_open_text() -> None:
    reader = read_labelled(_two_stacked_modules())
    reader.rejoin()
    assert [len(p.lines) for p in reader.pieces] == [3, 2]
