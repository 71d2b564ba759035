"""Bylines placed where the line model misread them: a photographer's credit it read as one more line of
text under a finished text (`_Reader._credits_its_text`), and the byline over the page's first text
whose headline the page prints elsewhere, read as closing a text or as a section's label
(`_bylines_over_first_text`). All names and text here are made up."""

from __future__ import annotations

from tests.transforms.printed import lines
from transforms import bylines
from transforms.articles import _bare_names, _bylines_over_first_text, _Reader


def _read(page: list[tuple[str, str]]) -> _Reader:
    printed = lines(*(t for t, _ in page))
    reader = _Reader("\n".join(t for t, _ in page))
    for line, (_, label) in zip(printed, page, strict=True):
        reader.feed(line, label, 0.9)
    reader.finish()
    return reader


def _names(reader: _Reader) -> list[list[str]]:
    return [[a.name for a in p.authors] for p in reader.pieces]


def test_a_credit_read_as_text_under_a_finished_text_credits_it() -> None:
    reader = _read(
        [
            ("河湾村的晒场上今年第一次", "body"),
            ("摆满了新收的稻谷。", "body"),
            ("高文涛 钱丽萍 摄", "body"),
        ]
    )
    assert _names(reader) == [["高文涛", "钱丽萍"]]
    assert all("摄" not in line.text for line in reader.pieces[0].lines)


def test_the_text_read_on_under_the_credit_stays_one_piece() -> None:
    reader = _read(
        [
            ("河湾村的晒场上今年第一次", "body"),
            ("摆满了新收的稻谷。", "body"),
            ("苏晓雨 摄", "body"),
            ("村里的合作社也在这时", "body"),
            ("开出了第一张收购单。", "body"),
        ]
    )
    assert _names(reader) == [["苏晓雨"]]
    assert len(reader.pieces[0].lines) == 4


def test_a_credit_under_a_sentence_the_line_cut_stays_text() -> None:
    """Under a sentence not yet ended the line is read as the model read it: text."""
    reader = _read([("河湾村的晒场上今年第一次摆满了", "body"), ("高文涛 摄", "body")])
    assert _names(reader) == [[]]


def test_a_bracketed_byline_over_the_page_s_first_text_opens_it() -> None:
    page = lines("（记者 高文涛 钱丽萍）", "河湾村的晒场上今年第一次摆满了新收的稻谷。")
    assert _bylines_over_first_text(page, ["byline_end", "body"]) == ["byline", "body"]
    under_furniture = lines("第三版", "（记者 高文涛）", "河湾村的晒场上今年第一次摆满了稻谷。")
    got = _bylines_over_first_text(under_furniture, ["noise", "byline_end", "body"])
    assert got == ["noise", "byline", "body"]


def test_a_closing_byline_under_text_or_over_a_headline_is_left_as_read() -> None:
    text_above = lines("河湾村的稻谷今年丰收了。", "（记者 高文涛）", "合作社开出收购单。")
    assert _bylines_over_first_text(text_above, ["body", "byline_end", "body"]) == [
        "body",
        "byline_end",
        "body",
    ]
    head_below = lines("（记者 高文涛）", "河湾村稻谷丰收", "合作社开出收购单。")
    assert _bylines_over_first_text(head_below, ["byline_end", "title", "body"])[0] == "byline_end"


def test_a_bare_name_read_as_a_section_over_the_first_text_opens_it() -> None:
    page = lines("钱丽萍", "河湾村的晒场上今年第一次摆满了新收的稻谷。")
    assert _bylines_over_first_text(page, ["section", "body"]) == ["byline", "body"]


def test_a_section_s_word_stays_a_section() -> None:
    for word in ("要闻", "民生", "社会治理", "乡村振兴"):
        assert not _bare_names(word)
        page = lines(word, "河湾村的晒场上今年第一次摆满了新收的稻谷。")
        assert _bylines_over_first_text(page, ["section", "body"]) == ["section", "body"]


def test_a_spaced_name_whose_surname_is_a_credit_reads_whole() -> None:
    """`（文 英）`: a two-character name spaced out, its surname the one-character credit `文`."""
    assert [a.name for a in bylines.read("（文 英）") or []] == ["文英"]
    assert [a.name for a in bylines.read("文/高　平 王潇") or []] == ["高平", "王潇"]
    assert bylines.read("（文 图）") is None
