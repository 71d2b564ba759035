import pytest

from transforms import bylines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("□ 韩 予", [("韩予", "作者")]),
        ("□ 本报记者 钟晓岷", [("钟晓岷", "记者")]),
        ("■记者 周泽宁 潘语桐", [("周泽宁", "记者"), ("潘语桐", "记者")]),
        ("■某某省某某市某某区委书记 罗启航", [("罗启航", "区委书记")]),
        ("本报记者 顾明澈 通讯员 谭 昕", [("顾明澈", "记者"), ("谭昕", "通讯员")]),
    ],
)
def test_leading_bylines(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.name, a.role) for a in bylines.leading(line)] == expected


def test_closing_byline_with_outlets() -> None:
    start, authors = bylines.trailing("工作取得实效。(某某融媒/某某晚报 记者 祁蔓)")
    assert start == 7 and [(a.name, a.role) for a in authors] == [("祁蔓", "记者")]


@pytest.mark.parametrize("text", ["（市、区）", "（含街道）", "协同机制 奏响治理", "（2024年）"])
def test_parentheses_and_lines_that_are_not_bylines(text: str) -> None:
    assert bylines.trailing(text) is None and bylines.leading(text) is None


def test_photo_credit() -> None:
    start, authors = bylines.photo("居民在议事厅里商量停车位改造。 陆一鸣 摄")
    assert [(a.name, a.role) for a in authors] == [("陆一鸣", "摄影")]


def test_slash_credits() -> None:
    assert [(a.name, a.role) for a in bylines.parse("文/韩予川 图/钟晓岷")] == [
        ("韩予川", "作者"),
        ("钟晓岷", "摄影"),
    ]
