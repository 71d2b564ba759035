"""evaluation.attach_misses classes each gold article by what the segmentation made of it."""

from collections import Counter

import pytest

from evaluation import attach_misses, segmentation
from transforms.articles import Article
from transforms.bylines import Author


@pytest.fixture(scope="module")
def sc():  # noqa: ANN201
    if not segmentation.SCORER.exists():
        pytest.skip("the shared scorer is absent (it lives beside the repository)")
    return segmentation.scorer()


def art(title: str | None, body: str, *names: str) -> Article:
    return Article("article", title, None, None, None, None, body, [], [Author(n, "记者") for n in names])


GOLD = {
    "articles": [
        {
            "title": "东湖社区开通夜间服务窗口",
            "body_contains": "东湖社区居民晚上也能办理证明",
            "authors": ["王小明"],
        },
        {"title": "西岭镇修好了山间便道", "body_contains": "西岭镇的村民不再绕远路进城", "authors": ["李四"]},
        {"title": "南湾村建起议事长廊", "body_contains": "南湾村每月在长廊里商量村里的事", "authors": []},
    ]
}


def test_a_body_under_its_own_headline_is_ok_and_its_authors_hit(sc) -> None:  # noqa: ANN001
    arts = [
        art("东湖社区开通夜间服务窗口", "从本月起，东湖社区居民晚上也能办理证明了。", "王小明"),
        art("西岭镇修好了山间便道", "西岭镇的村民不再绕远路进城。", "李四"),
        art("南湾村建起议事长廊", "南湾村每月在长廊里商量村里的事。"),
    ]
    out = attach_misses.classify_page(sc, GOLD, arts)
    assert [k for _, k, _ in out] == ["ok", "ok", "ok"]
    assert sum((a for _, _, a in out), Counter()) == Counter(hit=2)


def test_two_bodies_run_together_are_merged_and_a_byline_gone_next_door_is_elsewhere(sc) -> None:  # noqa: ANN001
    arts = [
        art(
            "东湖社区开通夜间服务窗口", "东湖社区居民晚上也能办理证明。西岭镇的村民不再绕远路进城。", "王小明"
        ),
        art("南湾村建起议事长廊", "南湾村每月在长廊里商量村里的事。", "李四"),
        art("西岭镇修好了山间便道", ""),
    ]
    out = {g["title"]: (k, a) for g, k, a in attach_misses.classify_page(sc, GOLD, arts)}
    assert out["东湖社区开通夜间服务窗口"][0] == "ok+merged"
    assert out["西岭镇修好了山间便道"] == ("merged", Counter(elsewhere=1, extra=1))
    assert out["南湾村建起议事长廊"] == ("ok", Counter(extra=1))


def test_a_headline_on_another_body_is_swapped_and_one_read_wrong_is_misparsed(sc) -> None:  # noqa: ANN001
    arts = [
        art("西岭镇修好了山间便道", "东湖社区居民晚上也能办理证明。"),
        art("东湖社区开通夜间服务窗口", "西岭镇的村民不再绕远路进城。"),
        art("南湾村建起 西岭镇修好了", "南湾村每月在长廊里商量村里的事。"),
        art(None, "南湾村每月在长廊里商量村里的事。"),
    ]
    out = [k for _, k, _ in attach_misses.classify_page(sc, GOLD, arts)]
    assert out == ["swapped", "swapped", "no-holder"]
    assert attach_misses.attach_class(sc, {**GOLD["articles"][2], "_page": GOLD["articles"]}, arts[2:3])[
        0
    ] == ("misparsed")
    assert attach_misses.attach_class(sc, {**GOLD["articles"][2], "_page": GOLD["articles"]}, arts[3:])[
        0
    ] == ("untitled")
