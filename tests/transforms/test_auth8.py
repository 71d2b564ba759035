"""Authors a page prints but the reader lost (session 27, issue 17 item 5), on lines written for these
tests and fed to the reader with the labels the line model may give them: a dispatch left open on a line
read as noise (`_dispatch_left_open`), a photographer's credit inside an unfinished text
(`_Reader._credit_inside_text`), a dispatch with its byline alone on its line over the paper's own
`本报讯` (`_Reader._dispatch_waits`), and a spaced byline whose last name a date follows with no space
(`bylines._name_before_date`)."""

from tests.transforms.printed import text_lines
from transforms import bylines
from transforms.articles import (
    _boxed_names,
    _bylines_rejoined,
    _closing_bylines_rejoined,
    _dispatch_left_open,
    _Reader,
)
from transforms.lines import Line


def _read(page: list[tuple[str, str]]) -> _Reader:
    reader = _Reader("\n".join(t for t, _ in page))
    for text, label in page:
        reader.feed(Line(text, range(len(text))), label, 0.9)
    return reader


def _names(reader: _Reader) -> list[list[str]]:
    return [[a.name for a in p.authors] for p in reader.pieces if p.lines]


def test_a_dispatch_left_open_on_a_noise_line_lends_its_bracket_to_the_byline_under_it() -> None:
    page = [
        ("东山网9月3日讯 （", "noise"),
        ("本网记者 钱立夏 文/图）", "byline"),
        ("3日上午，东山区桂园社区的", "body"),
        ("老年大学开学，两百多位老人报名。", "body"),
    ]
    assert _names(_read(page)) == [["钱立夏"]]
    cut = [("东山网9月3日讯 （本", "noise"), ("网记者 钱立夏 文/图）", "noise"), *page[2:]]
    assert _names(_read(cut)) == [["钱立夏"]]


def test_only_a_dispatch_left_open_is_kept_from_the_noise() -> None:
    assert _dispatch_left_open("东山网9月3日讯 （")
    assert _dispatch_left_open("本报讯")
    assert not _dispatch_left_open("东山网9月3日讯 （记者 钱立夏）")
    assert not _dispatch_left_open("2024年9月3日 星期二")


def test_a_photo_credit_inside_an_unfinished_text_credits_that_text() -> None:
    reader = _read(
        [
            ("桂园社区今年新修了三条步道，", "body"),
            ("又在广场边种下", "body"),
            ("梁秋实 孟冬青 摄", "caption"),
            ("（下转6版）", "continuation"),
        ]
    )
    assert [p.kind for p in reader.pieces] == ["article"]
    assert _names(reader) == [["梁秋实", "孟冬青"]]


def test_a_dispatch_with_its_byline_alone_keeps_the_paper_s_dispatch_under_it() -> None:
    reader = _read(
        [
            ("桐城9月18日电 （钱立夏）", "dateline"),
            ("本报讯 桂园社区的老年大学", "body"),
            ("开学了，两百多位老人报名。", "body"),
        ]
    )
    assert _names(reader) == [["钱立夏"]]
    assert len(reader.pieces) == 1


def test_a_date_glued_to_a_spaced_byline_s_last_name_ends_the_byline() -> None:
    found = bylines.opening("本报讯 记者 钱立夏4月2日，桂园社区的老年大学开学")
    assert found is not None and [a.name for a in found[1]] == ["钱立夏"]
    assert "本报讯 记者 钱立夏4月2日"[found[0] :].startswith("4月2日")
    # no role word opened the byline: a name and a date say nothing of one
    assert bylines.opening("本报讯 钱立夏4月2日，桂园社区的老年大学开学") is None


def test_a_closing_bracket_of_spaced_names_a_column_wrapped_is_one_line_with_its_space() -> None:
    printed = text_lines("桂园社区的老人们吃上了热乎饭。（钱 进\n孟 冬）\n清晨的步道上，老人们结伴散步。")
    _, got = _closing_bylines_rejoined(printed, printed)
    assert [x.text for x in got][0] == "桂园社区的老人们吃上了热乎饭。（钱 进 孟 冬）"
    glued = text_lines(
        "桂园社区的老人们吃上了热乎饭。（记者 钱立\n夏 通讯员 孟冬）\n清晨的步道上，老人们结伴散步。"
    )
    _, got = _closing_bylines_rejoined(glued, glued)
    assert [x.text for x in got][0] == "桂园社区的老人们吃上了热乎饭。（记者 钱立夏 通讯员 孟冬）"


def test_a_boxed_name_the_model_read_as_a_section_is_a_byline_and_a_boxed_section_stays_one() -> None:
    assert _boxed_names("■钱立夏")
    assert _boxed_names("□ 钱立夏 孟冬青")
    assert not _boxed_names("■基层治理")
    assert not _boxed_names("钱立夏")
    assert not _boxed_names("◆龙城")  # one two-character name alone: a place's, maybe a section's


def test_a_byline_whose_role_word_the_wrap_cut_joins_a_full_line_of_names() -> None:
    printed = text_lines("东山日报/东山新闻记\n者 钱立夏 孟冬青 梁秋实\n桂园社区的老年大学开学了。")
    _, got = _bylines_rejoined(printed, printed)
    assert [x.text for x in got][0] == "东山日报/东山新闻记者 钱立夏 孟冬青 梁秋实"
    text = text_lines("他把每天的事都写进日记\n里面记着谁家缺水谁家缺粮\n桂园社区的老年大学开学了。")
    _, got = _bylines_rejoined(text, text)
    assert len(got) == 3  # running text ending on `记` is no byline
