"""A line printed over a headline mid-page (a series kicker, a column's name in brackets, a site's
`栏目|` cut before its title) where the line model read it, the headline and the text as text (issue 17).
Pages made up here, set at one column width with a blank line after every line."""

from __future__ import annotations

import pytest

from transforms.articles import split_articles

FIRST_HEAD = "东湖社区推行双报到制度"
FIRST = "东湖社区近日推行在职党员双报到，党员认领服务岗位三十个，楼栋长队伍扩充到八十人，居民叫好。社区还开通了民情热线。"
HEAD = "西岭镇深耕微网格细作大治理"
TEXT = "近日，西岭镇把全镇划成十二个总网格，网格员走村入户，收集群众诉求一百二十件，办结率达到百分之九十五。镇里还建立了网格议事会，每月召开一次。"


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def _page(over: list[str], head: str = HEAD, width: int = 16) -> str:
    lines = [FIRST_HEAD, *_wrap(FIRST, width), *over, head, *_wrap(TEXT, width)]
    return "\n\n".join(lines) + "\n"


def _second(page: str):  # noqa: ANN202 - the article holding the second text
    held = [a for a in split_articles(page)[0] if TEXT[6:18] in a.body.replace("\n", "")]
    assert len(held) == 1
    return held[0]


@pytest.mark.parametrize("kicker", ["基层动态|", "基层治理观察5"])
def test_a_kicker_over_a_headline_read_as_text_opens_a_story(kicker: str) -> None:
    a = _second(_page([kicker]))
    assert FIRST[6:18] not in a.body.replace("\n", "")
    assert (a.kicker, a.title) == (kicker, HEAD)


def test_a_bracketed_column_name_over_a_headline_is_its_kicker() -> None:
    a = _second(_page(["【基层动态】"], width=20))
    assert a.title == HEAD
    assert "基层动态" in (a.kicker or "")
    assert not a.body.startswith("【")
