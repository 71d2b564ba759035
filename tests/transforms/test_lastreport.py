"""A headline read as text between two reports run together heads the second one even where that
report is one line long and closes the page (`articles._heads_between_reports`)."""

from __future__ import annotations

from transforms.articles import split_articles

FIRST = (
    "网格员走进千家万户\n\n"
    "本报讯（记者 赵强）近日，浙江省湖州市安吉县推行网格化管理，全县划分网格300个，配备专职网格员350名。\n"
    "网格员每天入户走访，及时掌握居民需求。\n\n"
)
LAST = (
    "四川省成都市武侯区把红色物业作为基层治理的重要抓手，推动物业企业成立党支部，已覆盖小区80个。（孙丽）\n"
)


def test_a_one_line_report_closing_the_page_gets_its_headline() -> None:
    articles, _ = split_articles(FIRST + "红色物业让老小区焕发新活力\n\n" + LAST)
    assert [a.title for a in articles] == ["网格员走进千家万户", "红色物业让老小区焕发新活力"]
    assert [[x.name for x in a.authors] for a in articles] == [["赵强"], ["孙丽"]]


def test_a_subhead_over_the_same_reports_rest_stays_text() -> None:
    rest = "网格员还建立了微信群，居民有事随时反映，问题当天就能解决。\n"
    articles, _ = split_articles(FIRST + "织密网格 服务到家\n\n" + rest)
    assert [a.title for a in articles] == ["网格员走进千家万户"]
