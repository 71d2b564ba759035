"""A file holding one article: its headline over the text is the article's headline, though the line
model, trained on pages that open with a section's label, reads such a first line as a label
(`articles._lone_page_head`, and `match` pairing a page's one headline with its one text)."""

from __future__ import annotations

from transforms.articles import split_articles

BODY = "昨天，某社区召开议事会，居民二十人参加。会上大家讨论了加装电梯的事情，\n共有三十户居民报名。\n"


def test_a_headline_over_a_dispatch_heads_it() -> None:
    articles, _ = split_articles("红色物业进小区\n\n本报讯 " + BODY)
    assert [(a.kind, a.title) for a in articles] == [("article", "红色物业进小区")]


def test_a_headline_sharing_no_word_with_its_one_text_still_heads_it() -> None:
    articles, warnings = split_articles("楼道亮了 心也暖了\n\n  " + BODY.replace("报名。", "报名。（张三）"))
    assert [(a.kind, a.title) for a in articles] == [("article", "楼道亮了 心也暖了")]
    assert not any("orphan" in w for w in warnings)


def test_a_short_label_over_a_dispatch_stays_a_label() -> None:
    articles, _ = split_articles("地方传真\n\n本报讯 " + BODY)
    assert [a.title for a in articles] == [None]


def test_page_furniture_is_not_a_headline() -> None:
    articles, _ = split_articles("2024年5月7日 星期二 第3版\n\n本报讯 " + BODY)
    assert [a.title for a in articles] == [None]


def test_a_page_with_a_headline_elsewhere_keeps_its_first_line_a_label() -> None:
    page = "基层治理观察\n\n本报讯 " + BODY + "\n楼道亮了 心也暖了\n"
    articles, _ = split_articles(page)
    assert "基层治理观察" not in [a.title for a in articles]
