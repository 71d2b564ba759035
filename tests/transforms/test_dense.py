"""Narrow dense columns: a headline displaced into another article's text, read as a line of it
(`articles._displaced_headline`), and the missed-headline listing (`evaluation.missed_headlines`).
All text here is written for these tests."""

from __future__ import annotations

import types

from evaluation import missed_headlines
from tests.transforms.printed import unit_of
from transforms import articles
from transforms.lines import Line


def _page(rows: list[str]) -> tuple[str, list[Line]]:
    """The page of `rows` ("" a blank line) and its printed lines with their page offsets."""
    page = "\n".join(rows)
    lines, at = [], 0
    for row in rows:
        if row:
            lines.append(Line(row, range(at, at + len(row))))
        at += len(row) + 1
    return page, lines


COLUMN = [
    "河口镇今年修好了三条村道",
    "和两座小桥，村民出行方便",
    "了许多。镇里还组织党员志",
    "愿者定期巡查路面，发现坑",
    "洼及时上报，维修队当天就",
]
AFTER = [
    "能赶到现场处理。去年一年",
    "共处理路面问题八十余处，",
    "群众满意度明显提高。镇里",
    "下一步还将修缮两处渡口，",
    "方便沿河村民往来通行。",
]
HEADLINE = "青山村办起老年食堂助餐暖人心"


def _found(rows: list[str], text: str) -> bool:
    page, lines = _page(rows)
    labels = ["body"] * len(lines)
    k = next(i for i, x in enumerate(lines) if x.text == text)
    return articles._displaced_headline(lines, labels, k, page)


def test_a_headline_wider_than_the_column_inside_a_sentence() -> None:
    assert _found([*COLUMN, HEADLINE, *AFTER], HEADLINE)


def test_a_headline_alone_between_blank_lines_inside_a_sentence() -> None:
    short = "老年食堂暖人心"  # narrower than the column: only the blank lines tell
    assert _found([*COLUMN, "", short, "", *AFTER], short)
    assert not _found([*COLUMN, short, *AFTER], short)


def test_not_after_a_paragraphs_end() -> None:
    ended = [*COLUMN[:-1], "洼及时上报维修队当天处理。"]
    assert not _found([*ended, HEADLINE, *AFTER], HEADLINE)


def test_a_text_line_as_wide_as_its_paragraph_between_blank_lines() -> None:
    line = "各村还配齐了巡查车和工具"
    assert not _found([*COLUMN, "", line, "", *AFTER], line)


def test_a_sentences_rest_is_text() -> None:
    rest = "处，河口镇还将修缮两处渡口方便往来"
    assert not _found([*COLUMN, rest, *AFTER], rest)


def test_a_line_running_on_with_a_clause_is_text() -> None:
    line = "渡口，村民们都说这是一件大好"  # wider, but a clause that runs on into the next line
    assert not _found([*COLUMN, line, "事。" + AFTER[0], *AFTER[1:]], line)


def test_split_articles_heads_the_second_body() -> None:
    """The displaced headline is read as a headline, not left inside the first body's text."""
    page = "\n".join(["河口镇修路方便出行", *COLUMN, HEADLINE, *AFTER])
    found, _ = articles.split_articles(page)
    assert all(HEADLINE not in a.body for a in found)


_SC = types.SimpleNamespace(norm=lambda s: "".join(c for c in s if not c.isspace() and c not in "：:“”，,"))


def test_doubled_prints_each_run_twice() -> None:
    assert missed_headlines.doubled("告别“老楼”") == "告别告别““老楼老楼””"


def test_headline_lines_finds_a_doubled_headline_over_two_lines() -> None:
    rows = ["正文一行", "青山村青山村::老年食堂", "老年食堂", "正文两行"]
    labels = ("body", "title", "title+", "body")
    assert missed_headlines.headline_lines(_SC, "青山村：老年食堂", rows, labels) == [1, 2]
    assert missed_headlines.headline_lines(_SC, "别的标题", rows, labels) == []


def test_the_parts_of_one_doubled_headline_may_be_rejoined() -> None:
    """`recut` cut a doubled headline at its own gap: the parts stay parts of it (`_rejoin_halves`
    gives a part that finds no body back), where a plain headline's parts at a line's gap do not."""
    doubled = unit_of("正文\n青山村青山村：：老年食堂开张老年食堂开张  助餐助餐\n暖人心暖人心\n正文", [1, 2])
    assert doubled.text == "青山村：老年食堂开张  助餐暖人心"
    parts = articles._recut_trials(doubled)[0]
    assert [u.text for u in parts] == ["青山村：老年食堂开张", "助餐暖人心"]
    assert articles._one_doubled_headline(parts)
    plain = unit_of("正文\n青山村：老年食堂开张  助餐\n暖人心\n正文", [1, 2])
    assert not articles._one_doubled_headline(articles._recut_trials(plain)[0])
