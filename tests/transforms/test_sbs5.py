"""Headlines set into another report's text and read as lines of it (`articles._displaced_headline`
and the blocks `_displaced_under_kicker`, `_displaced_with_wrap` read with it): a headline holding a
clause mark, one on a page printing a blank line after every line, a kicker over its headline, a
headline and its wrap. All text here is written for these tests."""

from __future__ import annotations

from tests.transforms.test_dense import AFTER, COLUMN, _page
from transforms import articles

CLAUSED = "青山村小食堂，暖民心"  # narrower than the column, with a clause mark
SHORT = "老年食堂暖人心"  # narrower than the column


def _labels(rows: list[str]) -> tuple[list, list[str], str]:
    page, lines = _page(rows)
    return lines, ["body"] * len(lines), page


def _at(lines: list, text: str) -> int:
    return next(i for i, x in enumerate(lines) if x.text == text)


def _found(rows: list[str], text: str) -> bool:
    lines, labels, page = _labels(rows)
    return articles._displaced_headline(lines, labels, _at(lines, text), page)


def _spaced(rows: list[str]) -> list[str]:
    """`rows` printed with a blank line after each, as some pages come out of their PDF."""
    return [x for row in rows for x in (row, "")]


def test_a_headline_with_a_clause_mark_alone_between_blank_lines() -> None:
    assert _found([*COLUMN, "", CLAUSED, "", *AFTER], CLAUSED)
    assert not _found([*COLUMN, CLAUSED, *AFTER], CLAUSED)  # nothing sets it apart


def test_the_line_under_it_may_end_its_paragraph() -> None:
    after = ["能赶到现场处理。", "", *AFTER[1:]]
    assert _found([*COLUMN, "", SHORT, "", *after], SHORT)


def test_on_a_spaced_page_two_blank_lines_set_a_headline_apart() -> None:
    rows = _spaced([*COLUMN, SHORT, *AFTER])
    assert not _found(rows, SHORT)  # one blank line each side, as every line has
    at = rows.index(SHORT)
    assert _found([*rows[: at + 1], "", *rows[at + 1 :]], SHORT)


def test_a_line_the_text_runs_a_word_into_is_text() -> None:
    column = [*COLUMN[:-1], "洼及时上报，维修队员们确"]
    line = "保当天赶到现场"  # `确` / `保`: the sentence goes on in it
    assert not _found([*column, "", line, "", *AFTER], line)


def test_under_running_text_ending_on_a_quote() -> None:
    column = [*COLUMN[:-1], "洼及时上报，叫响“马上办”"]
    assert _found([*column, "", SHORT, "", *AFTER], SHORT)
    subhead = ["洼及时上报。", "", "叫响“马上办”"]  # a subhead's quoted last words: a block of subheads
    assert not _found([*COLUMN[:-1], *subhead, "", SHORT, "", *AFTER], SHORT)


def test_a_kicker_and_its_headline_set_in_together() -> None:
    lines, labels, page = _labels([*COLUMN, "", "走基层", SHORT, "", *AFTER])
    k = _at(lines, SHORT)
    assert not articles._displaced_headline(lines, labels, k, page)  # alone, the kicker hides it
    assert articles._displaced_under_kicker(lines, labels, k, page)
    got, _ = articles._inner_heads(lines, labels, [1.0] * len(lines), page)
    assert got[k - 1 : k + 1] == ["kicker", "title"]


def test_not_under_a_line_with_marks() -> None:
    lines, labels, page = _labels([*COLUMN, "", "走，基层", SHORT, "", *AFTER])
    assert not articles._displaced_under_kicker(lines, labels, _at(lines, SHORT), page)


def test_two_headlines_on_a_line_the_second_wrapped() -> None:
    pair, wrap = "青山村办起老年食堂   河口镇修", "好三条村道"
    lines, labels, page = _labels([*COLUMN, "", pair, wrap, "", *AFTER])
    k = _at(lines, pair)
    assert articles._displaced_with_wrap(lines, labels, k, page)
    got, _ = articles._inner_heads(lines, labels, [1.0] * len(lines), page)
    assert got[k : k + 2] == ["title", "title+"]


def test_a_paragraphs_last_lines_are_no_block() -> None:
    rows = [*COLUMN, "", "能赶到现场处理去年一年共", "处理八十余处。", "", *AFTER[1:]]
    lines, labels, page = _labels(rows)
    assert not articles._displaced_with_wrap(lines, labels, _at(lines, "能赶到现场处理去年一年共"), page)


def test_on_a_spaced_page_a_line_glued_to_the_text_the_sentence_runs_across() -> None:
    over, under = "洼及时上报，维修队当天就", "近赶到现场处理。去年一年"  # `就` / `近`: `就近`
    rows = _spaced([*COLUMN[:-1], over, SHORT, under, *AFTER[1:]])
    at = rows.index(SHORT)
    glued = [*rows[: at - 1], *rows[at:]]  # no blank line between `over` and the headline
    assert _found(glued, SHORT)
    apart = [*COLUMN[:-1], "洼及时上报，维修队当天能", *AFTER]  # `能` / `能`: no word across it
    rows = _spaced([*apart[:5], SHORT, *apart[5:]])
    at = rows.index(SHORT)
    assert not _found([*rows[: at - 1], *rows[at:]], SHORT)


def test_a_headline_over_the_pages_last_line() -> None:
    lines, labels, page = _labels([*COLUMN, "", SHORT, "", "能赶到现场处理。"])
    got, _ = articles._inner_heads(lines, labels, [1.0] * len(lines), page)
    assert got[_at(lines, SHORT)] == "title"


def test_a_wrap_holding_a_clause_mark_is_a_sentence_going_on() -> None:
    """`工作会议暨“某某年”` over `亮点交流会，锚定`: the shorter line under goes on past a comma, as
    running text does and a headline's wrap does not (the sample page 004's layout, template like_004)."""
    line, wrap = "青山村办起老年食堂   河口镇修", "好村道，方便"
    lines, labels, page = _labels([*COLUMN, "", line, wrap, "", *AFTER])
    assert not articles._displaced_with_wrap(lines, labels, _at(lines, line), page)
