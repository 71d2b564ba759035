"""blind6's gold keeps a traditional story's metric units and subjects as the page prints them."""

from evaluation.simulate_blind6 import Story, _metric_as_printed


def _story(trad: bool) -> Story:
    return Story(report={}, title="标题", kicker=None, subtitle=None, paras=[], trad=trad)


def test_a_traditional_story_gold_unit_is_traditional() -> None:
    m = {"value": 12.0, "unit": "个", "qualifier": None, "subject": "服务点", "text": "12个"}
    got = _metric_as_printed(_story(True), m)
    assert (got["unit"], got["subject"], got["text"]) == ("個", "服務點", "12个")


def test_a_simplified_story_gold_is_unchanged() -> None:
    m = {"value": 3.0, "unit": "场", "qualifier": None, "text": "3场"}
    assert _metric_as_printed(_story(False), m) == m
