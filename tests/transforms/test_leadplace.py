"""A report's lead naming its place whole (`广东省广州市天河区上线…`) opens a report
(`articles._LEAD_DIVISIONS`): a headline read as text over it heads the report under it."""

from __future__ import annotations

from transforms.articles import _lead_opening, split_articles

PAGE = (
    "志愿服务队温暖独居老人\n"
    "在江苏省苏州市姑苏区，一支由退休党员组成的志愿服务队活跃在街头巷尾。服务队现有队员85名，\n"
    "结对帮扶独居老人130户，每周上门服务不少于2次。\n"
    "“他们比亲人还亲。”82岁的独居老人张奶奶说。\n"
    "智慧平台让治理更高效\n"
    "广东省广州市天河区上线智慧社区平台，整合12类民生服务事项，居民通过手机即可办理。平台上线半年，\n"
    "累计访问量突破50万人次，群众满意度达98.5%。\n"
)


def test_a_place_named_whole_opens_a_lead() -> None:
    assert _lead_opening("广东省广州市天河区上线智慧社区平台")
    assert _lead_opening("杭州市拱墅区米市巷街道推行议事会")
    assert not _lead_opening("江苏省苏州市姑苏区、吴中区等地")  # a list of places opens no lead
    assert not _lead_opening("城市社区发展离不开居民参与")


def test_a_headline_over_such_a_lead_heads_the_second_report() -> None:
    articles, _ = split_articles(PAGE)
    assert [a.title for a in articles] == ["志愿服务队温暖独居老人", "智慧平台让治理更高效"]
