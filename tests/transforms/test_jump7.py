"""Jump marks (`（下转第6版）`, `（上接第2版）`): a line that is a mark alone is read as one whatever the
line model says (`_jump_lines`); a mark sending the text over it to another page ends that story on
this page, so the line under it may be a headline (`_ended_above`, `_jumped_off`) and the text under
it never goes on the body over it (`Piece.after_jump` in `_bodies`)."""

from tests.transforms.printed import lines as printed
from transforms.articles import _ended_above, _jump_lines, _jumped_off, _Reader, split_articles


def test_a_jump_mark_alone_is_a_continuation_mark():
    marks = [
        "（下转第6版）",
        "（转A2版）",
        "（上接第1版）",
        "（紧接第2版）",
        "下转第5版",
        "◀上接B3版",
        "(下转 第12版)",
    ]
    got = _jump_lines(printed(*marks), ["body"] * len(marks))
    assert got == ["continuation"] * len(marks)


def test_text_naming_a_page_is_no_jump_mark():
    texts = ["记者转第6版", "详见本报第3版的报道。", "接上级通知后，镇里连夜部署", "（转载自某某报）"]
    assert _jump_lines(printed(*texts), ["body"] * len(texts)) == ["body"] * len(texts)


def test_a_mark_sending_the_text_away_ends_it():
    lines = printed("村里的道路修好后，村民", "（下转第6版）", "南村整治乡村小河")
    labels = ["body", "continuation", "body"]
    assert _jumped_off(lines, labels, 2)
    assert _ended_above(lines, labels, 2)


def test_a_mark_saying_where_the_text_came_from_ends_nothing():
    lines = printed("村里的道路修好后，村民", "（上接第2版）", "南村整治乡村小河")
    labels = ["body", "continuation", "body"]
    assert not _jumped_off(lines, labels, 2)
    assert not _ended_above(lines, labels, 2)


_FIRST = """溪头镇推行河长制
本报记者 李明

“现在河水清了，傍晚
沿着河边走一走，心里
特别舒坦。”近日，在溪
头镇南岸村的河堤上，
村民周大伯笑着说。

据了解，南岸村的乡村
小河过去淤泥堆积，岸
边垃圾随处可见，村民
意见很大。镇里推行河
"""
_NEIGHBOUR = """南村今年整治12条水渠

本报讯　4月2日，在南村
东头的水渠整治工地上，
挖掘机来回作业，工人们
正在铺设新的渠底石板。
村干部王建国说，这次整
治完成后，全村的农田灌
溉就方便多了。

渠边种上绿化带

（下转第6版）
"""
_REST = """长制以后，每条乡村小
河都有了专门的河长，河
长每周沿河巡查两次，发
现问题当天上报处理。溪
头镇共清理乡村小河淤泥
两万多方，乡村小河重新
有了鱼虾。
"""


def test_the_text_under_a_jump_mark_is_not_the_jumping_storys():
    """Even where a subhead stands over the mark (the piece over the mark is not closed by it)."""
    articles, _ = split_articles(_FIRST + "\n" + _NEIGHBOUR + "\n" + _REST)
    neighbour = next(a for a in articles if "水渠整治工地" in a.body)
    assert "两万多方" not in neighbour.body
    assert "渠边种上绿化带" not in neighbour.body


def _pieces_read(texts: list[str], labels: list[str]) -> list:
    page = "\n".join(texts) + "\n"
    reader = _Reader(page)
    for line, label in zip(printed(*texts), labels, strict=True):
        reader.feed(line, label, 0.9)
    reader.finish()
    return reader.pieces


def test_a_text_under_a_jump_mark_alone_is_marked_so():
    for mark in ("（下转第6版）", "（上接第2版）"):
        pieces = _pieces_read(
            ["村里的道路修好后，村民", mark, "每条乡村小河都有了河长，"], ["body", "continuation", "body"]
        )
        assert [p.after_jump for p in pieces] == [False, True]


def test_a_teaser_read_as_a_continuation_marks_nothing_under_it():
    pieces = _pieces_read(
        ["村里的道路修好后，村民", "小河变清了……详见第13版", "每条乡村小河都有了河长，"],
        ["body", "continuation", "body"],
    )
    assert not any(p.after_jump for p in pieces)
