"""A grid of stacked modules read column by column on a page printing a blank line after every line
(`_spaced_rows`, `_cycle_cut`, `_turns_kept`), and its headlines matched again to the rethreaded
bodies (`_grid_reheaded`)."""

from tests.transforms.printed import page
from transforms import articles
from transforms.articles import Piece, Unit, _Body, _grid_reheaded, _rethreaded, _turns_kept
from transforms.lines import Line

# Three modules stacked in two columns: A (three lines a column), B (two), C (two), read column by
# column: A1 B1 C1 | A2 B2 C2.
A1 = ["青山镇卫生院新建的康复中心", "本月投入使用，青山镇卫生院", "院长王明介绍，康复中心配备"]
B1 = ["绿水村合作社今年种植的蓝莓", "有三百亩，绿水村合作社理事"]
C1 = ["白沙河大桥昨日完成加固工程", "白沙河两岸的居民出行更加方"]
A2 = ["了先进的康复设备，青山镇卫", "生院每天接待患者五十多人次", "康复中心还将开设家庭病床。"]
B2 = ["长介绍，蓝莓采摘季吸引游客", "绿水村合作社带动村民增收。"]
C2 = ["便，白沙河大桥限重提高到四", "十吨，白沙河大桥通行顺畅。"]


def _grid_bodies() -> tuple[str, list[list[Line]], list[_Body]]:
    text, blocks = page([A1, B1, C1, A2, B2, C2], spaced=True)
    tail = [x for b in blocks[2:] for x in b]
    bodies = [
        _Body([Piece(lines=blocks[0], opens=True, pos=1)], list(blocks[0]), 0),
        _Body([Piece(lines=blocks[1], opens=True, pos=3)], list(blocks[1]), 1),
        _Body([Piece(lines=tail, opens=True, pos=5)], list(tail), 2),
    ]
    return text, blocks, bodies


def test_a_spaced_grid_is_rethreaded_by_the_modules_heights() -> None:
    text, blocks, bodies = _grid_bodies()
    assert articles._spaced(text)
    out = _rethreaded(bodies, text)
    assert [x.text for x in out[0].lines] == A1 + A2
    assert [x.text for x in out[1].lines] == B1 + B2
    assert [x.text for x in out[2].lines] == C1 + C2


def test_a_long_last_text_not_in_the_others_words_is_left_alone() -> None:
    text, blocks = page(
        [A1, B1, C1, ["东湖公园今年新栽花木一千株", "游客在东湖公园赏花拍照留念"], C2], spaced=True
    )
    tail = [x for b in blocks[2:] for x in b]
    bodies = [
        _Body([Piece(lines=blocks[0], opens=True)], list(blocks[0]), 0),
        _Body([Piece(lines=blocks[1], opens=True)], list(blocks[1]), 1),
        _Body([Piece(lines=tail, opens=True)], list(tail), 2),
    ]
    assert _rethreaded(bodies, text) is bodies


def test_a_module_runs_its_height_in_every_column_but_its_last() -> None:
    assert _turns_kept([(0, (2, 5)), (1, (5, 7)), (0, (7, 9))], [3, 2])
    assert not _turns_kept([(0, (2, 3)), (1, (3, 5)), (0, (5, 8))], [3, 2])  # short, then full


def test_headlines_go_back_to_the_text_they_stand_over() -> None:
    text, blocks, bodies = _grid_bodies()
    out = _rethreaded(bodies, text)
    heads = ["青山镇卫生院康复中心投入使用", "绿水村蓝莓喜获丰收", "白沙河大桥加固完工"]
    units = [Unit(title=[Line(t, range(0))], pos=2 * k) for k, t in enumerate(heads)]
    out[0].unit, out[1].unit = 1, 0  # matched while the bodies ran together
    pieces = [b.pieces[0] for b in out]
    got = {1: 0, 0: 1, 2: 2}
    _grid_reheaded(out, units, pieces, got, set())
    assert [b.unit for b in out] == [0, 1, 2]
    assert got == {0: 0, 1: 1, 2: 2}
