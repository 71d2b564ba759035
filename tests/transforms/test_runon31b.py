"""Session 31 (runon31b): a second report's headline naming no place, alone between two reports'
texts and read as text, taken by its characters retold in the text under it."""

from transforms.articles import _inner_heads
from transforms.lines import Line

_FIRST_TEXT = [
    "今年以来，西山村立足网格化管理，把全村",
    "划成八个网格，每个网格配一名网格员，走",
    "访农户、收集诉求，西山村的网格员每天都",
    "要到村民家中坐一坐，听一听大家的想法。",
]
_SECOND_TEXT = [
    "“有啥难题就到驿站里说，干部当场记下。”",
    "东湖镇居民说起这个邻里驿站，个个点赞。",
    "驿站每周开放两天，居民提出的事项限期",
    "办结，下沉干部轮流值守，解了不少忧心事。",
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


def test_a_doubted_couplet_retold_under_it_is_the_next_reports_headline() -> None:
    lines, labels, conf = _lines("邻里议事聚民意 下沉值守解民忧")
    got, _ = _inner_heads(lines, labels, conf)
    k = 1 + len(_FIRST_TEXT)
    assert got[k] == "title"
    assert got[k + 1] == "body"
