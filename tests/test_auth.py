"""Bylines in forms and placements the dev misses showed (`python -m evaluation.author_misses`): names in
traditional script, a credit whose name starts with 文, a name printed with a gap inside a dispatch's
spaced byline, a dispatch's names run on to the next line, and an editor's credit (no author)."""

from __future__ import annotations

import pytest

from transforms import bylines
from transforms.articles import Article, _Reader, _signers, split_articles
from transforms.bylines import Author
from transforms.lines import Line


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
    reader = _Reader("\n".join(t for t, _ in page))
    for text, label in page:
        reader.feed(Line(text, range(len(text))), label, 0.99)
    reader.finish()
    return reader


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
