"""Byline shapes as a page built from web reports prints them (issue 17): a byline with no dispatch opening
a text's first paragraph (`bylines.byline_opening`, `articles._bylines_opening_texts`), a bare name or a
dispatch credit alone after a text and over the next headline (`_bylines_read_as_text`,
`_dispatch_credit_wrapped`), a `·张三·` line taking no rest from the headline under it (`_closed_byline`),
and a justified column hanging its marks past its edge (`_justified_under`). Text written for these tests."""

from transforms import bylines
from transforms.articles import split_articles

HEAD_A = "南坡村茶园"
TEXT_A = "南坡村依托山地发展茶叶产业，全村种植茶园三千亩，去年产值一千万元。村里成立合作社，户均增收八千元。"
HEAD_B = "西岭镇网格见效"
TEXT_B = "近日，西岭镇把全镇划成十二个总网格，网格员走村入户，收集群众诉求一百二十件，办结率达到九成五。"
HEAD_C = "东坪镇便民办事"
TEXT_C = "近日，东坪镇便民服务中心把四十多项审批事项集中到一个窗口办理，群众办事最多跑一次，群众纷纷点赞。"


def wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def page(middle: list[str], width: int = 20) -> str:
    lines = [HEAD_A, *wrap(TEXT_A, width), HEAD_B, *middle, HEAD_C, *wrap(TEXT_C, width)]
    return "\n".join(lines) + "\n"


def signed(text: str) -> dict[str, list[str]]:
    """{the first words of each body: its authors' names}."""
    articles, _ = split_articles(text)
    return {a.body.replace("\n", "")[:6]: [x.name for x in a.authors] for a in articles}


def test_role_led_byline_opening_a_paragraph() -> None:
    found = bylines.byline_opening("作者：通讯员 韩予川 钟晓岷 近日，西岭镇把全镇")
    assert found is not None and [a.name for a in found[1]] == ["韩予川", "钟晓岷"]
    assert bylines.byline_opening("□融媒体记者 韩予川 文/图 近日，西岭镇")[1][0].name == "韩予川"  # type: ignore[index]
    assert bylines.byline_opening("·韩予川· 近日，西岭镇")[1][0].name == "韩予川"  # type: ignore[index]


def test_text_lines_open_with_no_byline() -> None:
    for text in (
        "记者从会上获悉，今年全镇",
        "记者 近日走访了 几个村",
        "（一）加强组织 领导",
        "（上接第一版）近日",
    ):
        assert bylines.byline_opening(text) is None


def test_page_text_opened_by_its_byline() -> None:
    got = signed(page(wrap("作者:韩予川 钟晓岷 " + TEXT_B, 20)))
    assert got == {"南坡村依托山": [], "作者:韩予川": ["韩予川", "钟晓岷"], "近日，东坪镇": []}


def test_bare_name_after_the_text_closes_it() -> None:
    got = signed(page([*wrap(TEXT_B, 20), "韩予川"]))
    assert got == {"南坡村依托山": [], "近日，西岭镇": ["韩予川"], "近日，东坪镇": []}


def test_dotted_name_after_the_text_keeps_the_headline_under_it() -> None:
    articles, _ = split_articles(page([*wrap(TEXT_B, 20), "·韩予川·"]))
    assert [(a.title, [x.name for x in a.authors]) for a in articles] == [
        (HEAD_A, []),
        (HEAD_B, ["韩予川"]),
        (HEAD_C, []),
    ]


def test_wrapped_dispatch_credit_after_the_text() -> None:
    got = signed(page([*wrap(TEXT_B, 16), "本报某地讯 (全媒体记者韩予川", "通讯员钟晓岷、潘语桐)"], 16))
    assert got["近日，西岭镇"] == ["韩予川", "钟晓岷", "潘语桐"]
