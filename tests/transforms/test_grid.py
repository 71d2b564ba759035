"""A column grid read column by column: each article's text printed in chunks, the articles taking turns."""

from tests.transforms.printed import page
from transforms import articles
from transforms.articles import Piece, _Body, _grid_chunks, _rethreaded
from transforms.bylines import Author


def test_cut_only_where_the_text_stops_mid_sentence() -> None:
    text, blocks = page(
        [["甲乙丙丁戊己庚辛，", "壬癸子丑寅卯辰巳午"], ["午未申酉戌亥。"], ["天地玄黄宇宙洪荒。"]]
    )  # a column's foot cuts a full line (`FULL_LINE`)
    chunks = _grid_chunks([x for b in blocks for x in b], text)
    assert [len(c) for c in chunks] == [2, 2]  # no cut after a line ending its sentence


def test_chunks_go_to_the_body_they_continue_with_their_closing_byline() -> None:
    text, blocks = page(
        [
            ["青山镇卫生院新建的康复中心投入使用，", "服务周边群众。", "青山镇卫生院院长王明介绍，康复"],
            ["绿水村合作社今年种植蓝莓三百亩，", "产量逐年提高。", "绿水村合作社理事长说，蓝莓"],
            ["中心配备了康复设备，青山镇卫生院", "每天接待患者五十多人次，"],
            ["采摘季吸引游客，绿水村合作社", "带动村民增收。"],
        ]
    )
    a = Piece(lines=blocks[0], opens=True)
    b_lines = [x for blk in blocks[1:] for x in blk]
    b = Piece(lines=b_lines, opens=True, closed=True)
    b.take("（记者 李华）", [Author("李华", "记者")], 1.0, closing=True)
    bodies = [_Body([a], list(a.lines), 0), _Body([b], list(b.lines), 1)]
    assert not articles._spaced(text)  # a dense page: its blank lines are column breaks
    out = _rethreaded(bodies, text)
    assert [x.text for x in out[0].lines] == [x.text for x in blocks[0] + blocks[2]]
    assert [x.text for x in out[1].lines] == [x.text for x in blocks[1] + blocks[3]]
    assert [x.name for p in out[1].pieces for x in p.authors] == ["李华"]
    assert not [x.name for p in out[0].pieces for x in p.authors]


def test_a_page_spaced_throughout_is_left_alone() -> None:
    text, blocks = page([["一行，"], ["二行"], ["三行，"], ["四行"]])
    assert articles._spaced(text)
    bodies = [_Body([Piece(lines=blocks[0])], blocks[0], 0), _Body([Piece(lines=blocks[1])], blocks[1], 1)]
    assert _rethreaded(bodies, text) is bodies


def test_a_caption_in_the_column_stays_and_leaves_the_text_above_open() -> None:
    text, blocks = page(
        [
            ["青山镇卫生院新建的康复中心投入使用，", "服务周边群众。", "青山镇卫生院院长王明介绍，康复"],
            ["图为青山镇卫生院康复中心。 张伟 摄"],
            ["绿水村合作社今年种植蓝莓三百亩，", "产量逐年提高。", "绿水村合作社理事长说，蓝莓"],
            ["中心配备了康复设备，青山镇卫生院", "每天接待患者五十多人次，", "周末也不停诊，"],
        ]
    )
    assert not articles._spaced(text)
    a = Piece(lines=blocks[0] + blocks[1], opens=True)
    b = Piece(lines=blocks[2] + blocks[3], opens=True)
    bodies = [_Body([a], list(a.lines), 0), _Body([b], list(b.lines), 1)]
    out = _rethreaded(bodies, text)
    assert [x.text for x in out[0].lines] == [x.text for x in blocks[0] + blocks[1] + blocks[3]]
    assert [x.text for x in out[1].lines] == [x.text for x in blocks[2]]


def test_a_short_chunk_showing_few_words_stays() -> None:
    text, blocks = page(
        [
            ["青山镇卫生院新建的康复中心投入使用，", "服务周边群众。", "青山镇卫生院院长王明介绍，目前"],
            ["绿水村合作社今年种植蓝莓三百亩，", "产量逐年提高。", "理事长说，今年"],
            ["康复很好，", "大家满意，", "都说不错，"],
        ]
    )
    a = Piece(lines=blocks[0], opens=True)
    b = Piece(lines=blocks[1] + blocks[2], opens=True)
    bodies = [_Body([a], list(a.lines), 0), _Body([b], list(b.lines), 1)]
    assert not articles._spaced(text)
    assert _rethreaded(bodies, text) is bodies  # `康复` alone is too little to move it
