"""Stories jumping between pages: a continued story's headline over its `（上接…版）` mark, a headline
over a `（下转…版）` mark, a front page's index entries, and a dash-led deck printed over its headline."""

from tests.transforms.printed import lines as printed
from transforms.articles import (
    Piece,
    Unit,
    _continued_under_heads,
    _decks_over_heads,
    _index_entry,
    _jumps_away,
    _over_only,
    _quoted_tails,
    _Reader,
    split_articles,
)
from transforms.lines import Line

_HEAD = "溪头镇南村河长制见实效"
_MARK = "（上接第1版）"
_SUBHEAD = "巡河有了新办法"
_BODY = "村里把沿河各户按照住处分成几段，每段推选一名河长。"


def test_a_headline_read_under_a_continued_mark_opens_the_text():
    lines = printed(_HEAD, _MARK, _SUBHEAD, _BODY)
    got, conf = _continued_under_heads(lines, ["title", "continuation", "title", "body"], [1.0] * 4)
    assert got == ["title", "continuation", "body", "body"]
    assert conf[2] == 0.5


def test_a_text_line_over_a_continued_mark_is_its_headline():
    lines = printed("河道保洁。", _HEAD, _MARK, _BODY)
    got, _ = _continued_under_heads(lines, ["body", "caption", "continuation", "body"], [1.0] * 4)
    assert got[1] == "title"


def test_a_text_running_on_over_the_mark_stays_text():
    lines = printed("村里把沿河各户按照住处分", "成几段每段推选一名河长", _MARK, _BODY)
    labels = ["body", "body", "continuation", "body"]
    got, _ = _continued_under_heads(lines, labels, [1.0] * 4)
    assert got == labels


def test_a_jump_away_mark_moves_nothing():
    lines = printed(_HEAD, "（下转第5版）", _SUBHEAD, _BODY)
    labels = ["title", "continuation", "title", "body"]
    got, _ = _continued_under_heads(lines, labels, [1.0] * 4)
    assert got == labels


def _unit_over(mark: str) -> Unit:
    page = f"{_HEAD}\n{mark}\n{_BODY}\n"
    return Unit(title=[Line(_HEAD, range(len(_HEAD)))], page=page)


def test_a_continued_mark_under_a_headline_keeps_its_text_here():
    assert not _jumps_away(_unit_over(_MARK))
    assert _jumps_away(_unit_over("（下转第5版）"))


def test_index_entries_point_to_other_pages():
    assert _index_entry("溪头镇南村河长制见实效……第5版")
    assert _index_entry("溪头镇南村河长制见实效！巡河有了新办法  第12版")
    assert not _index_entry("2025年3月2日 星期一 第3版")  # the page's date line
    assert not _index_entry("第3版")
    assert not _index_entry("详情请见第5版。")  # a sentence


def test_a_dash_led_first_line_is_the_deck_over_its_headline():
    lines = printed("——巡河有了新办法", "溪头镇南村河长", "制见实效", _BODY)
    got = _decks_over_heads(lines, ["title", "title+", "title+", "body"])
    assert got == ["subtitle", "title", "title+", "body"]


def test_a_deck_over_a_wrapped_headline_reads_whole():
    texts = ["——巡河有了新办法", "溪头镇南村河长", "制见实效", _BODY]
    page = "\n".join(texts) + "\n"
    reader = _Reader(page)
    for line, label in zip(printed(*texts), ["subtitle", "title", "title+", "body"], strict=True):
        reader.feed(line, label, 1.0)
    (u,) = reader.units
    assert [x.text for x in u.title] == ["溪头镇南村河长", "制见实效"]
    assert u.subtitle == ["巡河有了新办法"]


_CONTINUED_BODY = [
    "村里把沿河各户按照住处分",
    "成几段，每段推选一名河长，",
    "每月都在河边的亭子里开一",
    "次会，商量河道保洁的事。",
    "",
    "如今河水清了，岸边种上了",
    "柳树，村民们傍晚常到河边",
    "散步，孩子们也爱来这里玩。",
]


def test_a_continued_story_keeps_its_headline_over_the_mark():
    page = "\n".join(["导读", "北村修好了进山路……第3版", "", _HEAD, _MARK, "", *_CONTINUED_BODY]) + "\n"
    arts, _ = split_articles(page)
    bodied = [a for a in arts if "河长" in a.body]
    assert [a.title for a in bodied] == [_HEAD]
    assert not any(a.title and "第3版" in a.title for a in arts)


def test_a_continued_text_sharing_no_word_with_its_headline_is_still_its_text():
    other = ["山顶的茶园今年又添了新苗，", "合作社请来技术员手把手教，", "茶农们的收入比去年多了两成。"]
    page = (
        "\n".join(
            [
                "北村修好进山路",
                "（上接第2版）",
                "",
                "如今山里的茶叶一天就能运",
                "到城里的集市上去卖了。",
                "（张三）",
                "",
                "西岭乡的茶园添了新苗",
                "",
                *(other * 3),
            ]
        )
        + "\n"
    )
    arts, _ = split_articles(page)
    assert [a.title for a in arts if "茶叶一天" in a.body] == ["北村修好进山路"]


def test_a_line_closing_the_texts_quotation_is_its_last_line():
    lines = printed("村民们说：“有人愿意听我们讲，", "帮我们办，心里真是踏实", "多了！”", "（张三）")
    got = _quoted_tails(lines, ["body", "body", "title", "byline"])
    assert got[2] == "body"


def test_a_headline_under_a_closed_quotation_stays():
    lines = printed("村民们说：“心里真是踏实多了。”", "“小积分”换来好风气", _BODY)
    labels = ["body", "title", "body"]
    assert _quoted_tails(lines, labels) == labels


def _around(opens: bool) -> tuple[Unit, list[Piece], list]:
    above = Piece(lines=printed(_BODY), pos=0)
    head = Unit(title=printed(_HEAD), pos=1)
    below = Piece(lines=printed(_BODY), pos=2, opens=opens)
    return head, [above, below], [above, head, below]


def test_a_headline_over_a_jump_away_mark_takes_only_the_text_beside_it():
    assert _over_only(*_around(opens=False)) == [0]  # the text above: it follows its text
    assert _over_only(*_around(opens=True)) == [0, 1]  # or a story opening under the mark
