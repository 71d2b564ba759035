"""Session 30 (lost30): the second headline of a block stacked over the first one's text, read as text."""

from transforms.articles import _unsure_block_lines
from transforms.lines import Line

_FIRST_TEXT = [
    "今年以来，西山村立足网格化管理，把全村",
    "划成八个网格，每个网格配一名网格员，走",
    "访群众、收集诉求，西山村的网格员每天都",
    "要到村民家中坐一坐，听一听大家的想法。",
]
_FILLER = [f"第{k}行的文字说的是别的事情，和两篇都无关联。" for k in range(14)]
_SECOND_TEXT = [
    "东湖镇的院坝会每月开一次，群众有事就在",
    "院坝里说，东湖镇干部当场记下群众的诉求",
    "并限期解决，院坝会解民忧成了东湖镇的好",
    "做法，群众都说院坝会开到了心坎上。",
]


def _lines() -> tuple[list[Line], list[str], list[float]]:
    texts = ["西山村网格管理见实效", "东湖镇院坝会解民忧", *_FIRST_TEXT, *_FILLER, *_SECOND_TEXT]
    lines, at = [], 0
    for t in texts:
        lines.append(Line(t, range(at, at + len(t))))
        at += len(t) + 1
    labels = ["title"] + ["body"] * (len(texts) - 1)
    conf = [1.0, 0.6] + [1.0] * (len(texts) - 2)
    return lines, labels, conf


def test_a_doubted_line_naming_a_text_further_down_is_the_next_headline() -> None:
    lines, labels, conf = _lines()
    got, _ = _unsure_block_lines(lines, labels, conf)
    assert got[1] == "title"
    assert got[2] == "body"
