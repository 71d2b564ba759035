"""Headlines printed after their reports' bodies or halved over two lines, read as text by the line model
(`_heads_after_reports`), and a headline whose first line opens a bracket the next line closes
(`_heads_opened_in_brackets`), on text written for these tests."""

from tests.transforms.printed import text_lines
from transforms.articles import (
    _heads_after_reports,
    _heads_opened_in_brackets,
    _second_halves,
    split_articles,
)

# Report A (青石村's river patrol) and its headline after it; report B (柳岸街道's canteen), its headline last.
TEXT_A = """今年以来，青石村组织党员和村民轮流巡河，
每天清理河道垃圾，劝阻在河边洗衣倒水的行为，
青石村的河水一天比一天清了，巡河队也从十人
扩大到三十多人。"""
HEAD_A = "青石村党员村民轮流巡河护清流"
TEXT_B = """近日，柳岸街道第一家社区老年食堂开门迎客，
六十岁以上的老人凭卡就餐可享受八折优惠，
柳岸街道还安排志愿者为行动不便的老人送餐到
家，老人们吃上了热乎饭。"""
HEAD_B = "柳岸街道老年食堂开张 老人吃上热乎饭"
# The same place as a subhead inside report A: the text under it goes on with 青石村's patrol.
SUBHEAD = "青石村巡河队越来越壮大"
TEXT_A_ON = """青石村的巡河队还在村口立了公示牌，写明每段
河道的河长和巡河时间，村民有事可以随时找到人，
青石村的党员带头巡河，河道垃圾越来越少。"""


def _page_labels(text: str) -> tuple[list[str], list[str]]:
    lines = text_lines(text)
    labels = ["body"] * len(lines)
    got = _heads_after_reports(lines, labels, [0.9] * len(lines))
    return [x.text for x in lines], got


def test_a_headline_after_its_report_read_as_text_is_a_headline() -> None:
    texts, got = _page_labels("\n".join([TEXT_A, HEAD_A, TEXT_B, HEAD_B]))
    assert got[texts.index(HEAD_A)] == "title"
    assert got[texts.index(HEAD_B)] == "title"
    assert got.count("title") == 2


def test_a_subhead_inside_one_report_stays_text() -> None:
    _, got = _page_labels("\n".join([TEXT_A, SUBHEAD, TEXT_A_ON]))
    assert "title" not in got


def test_a_page_opening_with_a_headline_keeps_its_text() -> None:
    lines = text_lines("\n".join(["河畔新村新事多", TEXT_A, HEAD_A, TEXT_B]))
    labels = ["title"] + ["body"] * (len(lines) - 1)
    assert _heads_after_reports(lines, labels, [0.9] * len(lines)).count("title") == 1


def test_two_reports_with_their_headlines_after_them_are_two_titled_articles() -> None:
    articles, _ = split_articles("\n\n".join([TEXT_A, HEAD_A, TEXT_B, HEAD_B]) + "\n")
    titled = [(a.title, a.body[:4]) for a in articles if a.kind == "article"]
    assert titled == [(HEAD_A, "今年以来"), (HEAD_B, "近日，柳")]


def test_a_headline_opened_in_brackets_over_two_lines_is_one_headline() -> None:
    lines = text_lines("（河长制十年\n回眸）青石村巡河护清流\n今年以来，青石村组织党员巡河。")
    got = _heads_opened_in_brackets(lines, ["continuation", "title", "body"])
    assert got == ["title", "title+", "body"]


def test_a_closed_bracket_line_over_a_headline_stays_as_read() -> None:
    lines = text_lines("（河长制十年）\n青石村巡河护清流\n今年以来，青石村组织党员巡河。")
    assert _heads_opened_in_brackets(lines, ["kicker", "title", "body"]) == ["kicker", "title", "body"]


def test_a_headline_second_half_read_as_text_is_the_headline_line() -> None:
    lines = text_lines("“巡河队”壮大\n青石村河道变清了\n" + TEXT_A)
    labels = ["title"] + ["body"] * (len(lines) - 1)
    got = _second_halves(lines, labels, [0.9] * len(lines))
    assert got[:3] == ["title", "title+", "body"]


def test_a_first_text_line_under_a_headline_stays_text() -> None:
    lines = text_lines("青石村河道变清了\n" + TEXT_A)
    labels = ["title"] + ["body"] * (len(lines) - 1)
    assert _second_halves(lines, labels, [0.9] * len(lines)) == labels
