"""Session 31 (runon31): a second report's headline alone between two reports' texts, read as text."""

from transforms.articles import _inner_heads
from transforms.lines import Line

_FIRST_TEXT = [
    "今年以来，西山村立足网格化管理，把全村",
    "划成八个网格，每个网格配一名网格员，走",
    "访群众、收集诉求，西山村的网格员每天都",
    "要到村民家中坐一坐，听一听大家的想法。",
]
_SECOND_TEXT = [
    "“有事就到院坝里说，干部当场就记下来。”",
    "东湖镇的村民说起院坝会，都竖起大拇指。",
    "院坝会每月开一次，群众的诉求限期解决，",
    "这样的做法在全镇推开，群众很是满意。",
]


def _lines(between: str) -> tuple[list[Line], list[str], list[float]]:
    texts = ["西山村网格管理见实效", *_FIRST_TEXT, between, *_SECOND_TEXT]
    lines, at = [], 0
    for t in texts:
        lines.append(Line(t, range(at, at + len(t))))
        at += len(t) + 1
    labels = ["title"] + ["body"] * (len(texts) - 1)
    conf = [1.0] * len(texts)
    conf[1 + len(_FIRST_TEXT)] = 0.6
    return lines, labels, conf


def test_a_doubted_headline_between_two_reports_is_read_as_one() -> None:
    lines, labels, conf = _lines("东湖镇院坝会成了群众的议事厅")
    got, _ = _inner_heads(lines, labels, conf)
    k = 1 + len(_FIRST_TEXT)
    assert got[k] == "title"
    assert got[k + 1] == "body"
