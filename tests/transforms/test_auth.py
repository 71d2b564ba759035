"""Bylines in forms and placements the dev misses showed (`python -m evaluation.author_misses`): names in
traditional script, a credit whose name starts with 文, a name printed with a gap inside a dispatch's
spaced byline, a dispatch's names run on to the next line, and an editor's credit (no author)."""

from __future__ import annotations

import pytest

from tests.transforms.printed import read_labelled
from transforms import bylines
from transforms.articles import Article, _Reader, _signers, split_articles
from transforms.bylines import Author


def _names(found: list[Author] | None) -> list[str]:
    return [a.name for a in found or []]


def test_a_byline_line_in_traditional_script_reads_names_whose_surname_only_simplified_knows() -> None:
    """`衛` is `卫` printed traditional: the line is read in simplified characters, the names cut as printed."""
    found = bylines.read("江城日報/江城新聞記者 衛明 張華 孟子軒")
    assert _names(found) == ["衛明", "張華", "孟子軒"]
    assert {a.role for a in found or []} == {"记者"}


def test_a_dispatch_opening_in_traditional_script_reads_its_names() -> None:
    opened = bylines.opening("本報訊 記者 衛明 近日，某某社區召開議事會")
    assert opened is not None and _names(opened[1]) == ["衛明"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("文/文小青 图/孙大伟", ["文小青", "孙大伟"]),  # 文/文: no credit, the name starts with 文
        ("文/图 周海涛", ["周海涛"]),  # still the credit `文/图`
        ("图/文 李建华", ["李建华"]),
    ],
)
def test_a_credit_before_a_name_starting_with_its_own_character(line: str, names: list[str]) -> None:
    assert _names(bylines.read(line)) == names


def test_the_credit_slash_still_splits_words_and_pictures() -> None:
    found = bylines.read("文/文小青 图/孙大伟")
    assert [a.role for a in found or []] == ["作者", "摄影"]


def test_a_name_printed_with_a_gap_inside_a_dispatch_s_spaced_byline() -> None:
    """`陈 柳` between two names: the opening reads on past it, to the text."""
    opened = bylines.opening("本报讯 通讯员 王大明 陈 柳 李林 在某县调研时了解到")
    assert opened is not None
    assert _names(opened[1]) == ["王大明", "陈柳", "李林"]
    assert "本报讯 通讯员 王大明 陈 柳 李林 在某县"[opened[0] :].startswith("在")


def test_two_single_characters_that_are_no_name_end_a_spaced_byline() -> None:
    opened = bylines.opening("本报讯 记者 张海 在 会 上说")
    assert opened is not None and _names(opened[1]) == ["张海"]


def _read(page: list[tuple[str, str]]) -> _Reader:
    return read_labelled(page)


def test_a_dispatch_s_names_run_on_to_the_line_under_it_up_to_its_report_mark() -> None:
    """`江城网/江城新闻客户端讯 郭文明` / `龙大海报道：今年以来…`: both names head the text, which starts after the colon."""
    reader = _read(
        [
            ("江城网/江城新闻客户端讯 郭文明", "byline"),
            ("龙大海报道：今年以来，某乡坚持党建引领，", "body"),
            ("化解矛盾纠纷一百余起。", "body"),
        ]
    )
    [piece] = reader.pieces
    assert _names(piece.authors) == ["郭文明", "龙大海"]
    assert piece.lines[0].text.startswith("今年以来")


def test_a_line_opening_with_a_report_mark_after_a_byline_that_is_no_dispatch_stays_text() -> None:
    reader = _read(
        [
            ("□ 记者 郭明", "byline"),
            ("据新华社报道：今年以来，某乡坚持党建引领，", "body"),
            ("化解矛盾纠纷一百余起。", "body"),
        ]
    )
    [piece] = reader.pieces
    assert _names(piece.authors) == ["郭明"]
    assert piece.lines[0].text.startswith("据新华社报道")


def test_an_editor_s_credit_names_no_author() -> None:
    """`责任编辑 林秋燕` edits the page: the warehouse's authors are reporters, correspondents,
    photographers and signed officials, with no 编辑 among the roles."""
    signed = _signers([Author("张海", "记者"), Author("林秋燕", "编辑"), Author("王强", "摄影")])
    assert signed == [Author("张海", "记者"), Author("王强", "摄影")]


def test_an_editor_s_credit_on_a_page_gives_no_article_an_author() -> None:
    body = (
        "某某社区今年建成议事厅三处，居民参与议事超过八百人次，解决停车、加装电梯等难题一百二十余件。"
        "社区还建立了党员联系户制度，每名党员联系十户居民，收集意见建议三百余条，居民满意度明显提升。"
    )
    page = "\n".join(
        [
            "责任编辑 林秋燕",
            "",
            "某某社区议事厅解难题",
            "",
            "本报记者 张海",
            "",
            body[:30],
            body[30:60],
            body[60:],
        ]
    )
    articles: list[Article] = split_articles(page + "\n")[0]
    names = {a.name for art in articles for a in art.authors}
    roles = {a.role for art in articles for a in art.authors}
    assert "林秋燕" not in names and "编辑" not in roles
    assert "张海" in names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("张海/文 李明/图", [("张海", "作者"), ("李明", "摄影")]),  # a credit after the name it credits
        ("张海 李明/文", [("张海", "作者"), ("李明", "作者")]),
        ("◎记者 张海 ◎通讯员 李明", [("张海", "记者"), ("李明", "通讯员")]),  # a mark before each role
        ("本报记者/张海", [("张海", "记者")]),
        ("驻村记者 张海", [("张海", "记者")]),  # a correspondent's post before the role word
        ("执笔：张海", [("张海", "作者")]),
        ("整理 张海 李明", [("张海", "作者"), ("李明", "作者")]),
        ("本报评论员 张海", [("张海", "作者")]),
        ("实习记者 张海", [("张海", "记者")]),
        ("供图：李明", [("李明", "摄影")]),
    ],
)
def test_more_byline_forms_read_whole(line: str, expected: list[tuple[str, str]]) -> None:
    found = bylines.read(line) or bylines.leading(line)
    assert [(a.name, a.role) for a in found or []] == expected


@pytest.mark.parametrize(
    "line",
    [
        "整理房间的时候张海说",  # a role read only as a token set apart: `整理` in running text is none
        "执笔人张海",
        "评论员认为",
        "张海整理",
    ],
)
def test_a_role_read_only_as_a_token_of_its_own_is_no_byline_inside_text(line: str) -> None:
    assert bylines.read(line) is None and bylines.leading(line) is None


def test_a_photo_credit_the_column_wrapped_gives_every_name() -> None:
    """`……能力。  张海` / `李明 摄`: the name left on the text's last line is a photographer too, and
    leaves the text."""
    reader = _read(
        [
            ("某镇全方位激活乡贤正能量，通过邀请乡贤返乡创业、", "caption"),
            ("发展产业，提升乡村基层治理能力。  张海", "caption"),
            ("李明 摄", "caption"),
        ]
    )
    [piece] = reader.pieces
    assert [(a.name, a.role) for a in piece.authors] == [("张海", "摄影"), ("李明", "摄影")]
    assert piece.lines[-1].text.endswith("治理能力。")


def test_a_line_ending_a_sentence_before_a_word_that_is_no_name_keeps_it_over_a_credit() -> None:
    reader = _read(
        [
            ("某镇全方位激活乡贤正能量，提升乡村基层治理能力。  发展", "caption"),
            ("李明 摄", "caption"),
        ]
    )
    assert not any(a.name == "发展" for p in reader.pieces for a in p.authors)
    assert reader.pieces[0].lines[0].text.endswith("能力。  发展")


def test_the_rest_of_a_dispatch_s_bracket_the_model_read_as_a_byline_is_read_with_the_dispatch() -> None:
    """`本报讯（记者祁明` / `通讯员胡小婷 周晓琳）`: the line under the open bracket closes it, whatever the
    model labelled it; every name is the dispatch's."""
    reader = _read(
        [
            ("本报讯（记者祁明", "dateline"),
            ("通讯员胡小婷 周晓琳）", "byline"),
            ("近日，某乡在某村农家书屋开展", "body"),
            ("移风易俗宣讲活动，村民们赞不绝口。", "body"),
        ]
    )
    [piece] = reader.pieces
    assert [(a.name, a.role) for a in piece.authors] == [
        ("祁明", "记者"),
        ("胡小婷", "通讯员"),
        ("周晓琳", "通讯员"),
    ]
    assert piece.lines[0].text.startswith("近日")


def test_a_closing_byline_at_a_line_s_end_closes_its_piece_for_a_cut_too() -> None:
    """`……压力。  （记者郝明）`: the byline is among the piece's closing ones (`ends`), so a cut of the
    piece (two bodies run together) leaves it with the part the text ends in."""
    reader = _read(
        [
            ("某小区是老旧小区，没有专业的物业公司，停车难。", "body"),
            ("业主委员会清理了长期停放的僵尸车，缓解了", "body"),
            ("小区车位紧张的压力。  （记者郝明）", "body"),
        ]
    )
    [piece] = reader.pieces
    assert [a.name for a in piece.ends] == ["郝明"] and [a.name for a in piece.authors] == ["郝明"]
    assert piece.ending == ["（记者郝明）"]


@pytest.mark.parametrize("end", ['带来的"新福祉".', '带来的"新福祉."'])
def test_a_closing_byline_after_an_ascii_stop_and_quote_closes_the_text(end: str) -> None:
    reader = _read([("居民们切身感受并分享到了城市发展" + end + "(某某日报 记者 蒋明 顾 静)", "body")])
    [piece] = reader.pieces
    assert [a.name for a in piece.authors] == ["蒋明", "顾静"]
    assert piece.lines[-1].text.endswith(end)


def test_a_photo_credit_whose_mark_alone_the_column_wrapped() -> None:
    reader = _read(
        [
            ("某社区金河湾小区居民胡海满心称赞。  邹利明", "caption"),
            ("摄", "caption"),
        ]
    )
    [piece] = reader.pieces
    assert [(a.name, a.role) for a in piece.authors] == [("邹利明", "摄影")]
    assert piece.lines[-1].text.endswith("称赞。")


@pytest.mark.parametrize(
    ("opened", "rest", "names"),
    [
        ("本报讯（记者 孔明 张露 孟勃翰", "卫 韬）某区某街道西旺社区", ["孔明", "张露", "孟勃翰", "卫韬"]),
        ("本报讯（记者 张海 通讯", "员 李明）某区某街道西旺社区", ["张海", "李明"]),  # a role word cut
        ("本报讯（记者 张", "海 通讯员 李明）某区某街道西旺社区", ["张海", "李明"]),  # a name cut
    ],
)
def test_a_dispatch_s_bracket_the_column_wrapped_reads_every_name(
    opened: str, rest: str, names: list[str]
) -> None:
    """The line's trailing space is gone: `孟勃翰` / `卫 韬` is read apart, a cut word or name whole."""
    reader = _read([(opened, "dateline"), (rest, "body"), ("居民们赞不绝口。", "body")])
    [piece] = reader.pieces
    assert [a.name for a in piece.authors] == names
    assert piece.lines[0].text.startswith("某区")


def test_a_dispatch_alone_on_its_line_and_its_bracket_under_it() -> None:
    reader = _read(
        [
            ("某某客户端、某某网1月26日消息", "body"),
            ("（记者余小桑）“积分超市怎么兑换？”近日，", "body"),
            ("某镇新开的积分超市热闹非凡。", "body"),
        ]
    )
    [piece] = reader.pieces
    assert [a.name for a in piece.authors] == ["余小桑"]
    assert piece.lines[0].text.startswith("“积分超市")


@pytest.mark.parametrize(
    ("first", "second", "names"),
    [
        ("江城网/江城新闻客户端讯 郭文", "勤龙大海报道：今年以来，某乡坚持党建引领，", ["郭文勤", "龙大海"]),
        ("江城网/江城新闻客户端讯 郭文明", "龙大海报道：今年以来，某乡坚持党建引领，", ["郭文明", "龙大海"]),
    ],
)
def test_a_name_the_wrap_cut_between_a_dispatch_s_byline_and_its_report_mark(
    first: str, second: str, names: list[str]
) -> None:
    reader = _read([(first, "byline"), (second, "body"), ("化解矛盾纠纷一百余起。", "body")])
    [piece] = reader.pieces
    assert [a.name for a in piece.authors] == names
    assert piece.lines[0].text.startswith("今年以来")
