"""Session 31: a second report's headline alone between two reports' texts, read as text by the line
model, taken as a headline (`_inner_heads`): one that names its place (runon31), and a couplet naming
none whose characters the text under it retells (runon31b)."""

from tests.transforms.printed import lines
from transforms.articles import _inner_heads
from transforms.lines import Line

_FIRST_TEXT = [
    "今年以来，西山村立足网格化管理，把全村",
    "划成八个网格，每个网格配一名网格员，走",
    "访群众、收集诉求，西山村的网格员每天都",
    "要到村民家中坐一坐，听一听大家的想法。",
]
_YARD_TEXT = [
    "“有事就到院坝里说，干部当场就记下来。”",
    "东湖镇的村民说起院坝会，都竖起大拇指。",
    "院坝会每月开一次，群众的诉求限期解决，",
    "这样的做法在全镇推开，群众很是满意。",
]
_POST_TEXT = [
    "“有啥难题就到驿站里说，干部当场记下。”",
    "东湖镇居民说起这个邻里驿站，个个点赞。",
    "驿站每周开放两天，居民提出的事项限期",
    "办结，下沉干部轮流值守，解了不少忧心事。",
]


def _lines(between: str, second: list[str]) -> tuple[list[Line], list[str], list[float]]:
    """A headed report, a run the model doubts, and a second report's text; the run labelled body."""
    texts = ["西山村网格管理见实效", *_FIRST_TEXT, between, *second]
    labels = ["title"] + ["body"] * (len(texts) - 1)
    conf = [1.0] * len(texts)
    conf[1 + len(_FIRST_TEXT)] = 0.6
    return lines(*texts), labels, conf


def test_a_doubted_headline_between_two_reports_is_read_as_one() -> None:
    got, _ = _inner_heads(*_lines("东湖镇院坝会成了群众的议事厅", _YARD_TEXT))
    k = 1 + len(_FIRST_TEXT)
    assert got[k] == "title"
    assert got[k + 1] == "body"


def test_a_doubted_couplet_retold_under_it_is_the_next_reports_headline() -> None:
    got, _ = _inner_heads(*_lines("邻里议事聚民意 下沉值守解民忧", _POST_TEXT))
    k = 1 + len(_FIRST_TEXT)
    assert got[k] == "title"
    assert got[k + 1] == "body"
