"""Fact extractors on text written for these tests: straight quotes pair up as curly ones, numbers
a page's layout left spaces in read whole."""

from __future__ import annotations

import pytest

from transforms.initiatives import extract_initiatives, paired_quotes
from transforms.metrics import extract_metrics


def names(text: str) -> list[str]:
    return [i.name for i in extract_initiatives(text)]


def figures(text: str) -> list[tuple[str, float, str]]:
    return [(m.raw_text, m.value, m.unit) for m in extract_metrics(text)]


def test_straight_quotes_turn_and_restart_at_a_paragraph_end() -> None:
    assert paired_quotes('推行"红色物业"和"邻里驿站"') == "推行“红色物业”和“邻里驿站”"
    # a stray mark left open ends with its paragraph: the next paragraph's quotes pair on their own
    assert paired_quotes('他说:"好啊。\n推行"网格"') == "他说:“好啊。\n推行“网格”"
    # a hard wrap inside a quoted phrase (no sentence mark before the break) keeps the turn
    assert paired_quotes('推行"红色物\n业"模式') == "推行“红色物\n业”模式"


def test_long_straight_quotation_does_not_pair_with_the_next_name() -> None:
    speech = "这个办法真好，大家都非常满意，以后还要继续坚持下去，让更多的居民受益，也让小区更加和谐美好。"
    text = f'老人说:"{speech}"街道还推出"邻里驿站"等服务。'
    assert names(text) == ["邻里驿站"]


def test_unclosed_straight_quote_stops_at_its_paragraph() -> None:
    text = '他说："我们要\n做好服务。\n社区推行"网格管家"制度，居民点赞。'
    assert names(text) == ["网格管家"]


def test_straight_quotes_read_like_curly_ones() -> None:
    assert (
        names('推出"微心愿""暖心饭"等活动。') == names("推出“微心愿”“暖心饭”等活动。") == ["微心愿", "暖心饭"]
    )
    assert names('实行"街巷长"制，效果好') == ["街巷长制"]
    assert names('"小积分"激活"大德治"体系') == ["小积分激活大德治"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全村共有12 0户村民参加了体检。", 120.0, "户"),
        ("共计15 6名党员参加志愿服务。", 156.0, "名"),
        ("村里筹集资金3 . 5 万元用于修路。", 35000.0, "元"),
        ("辖区绿化覆盖率达98 .6%。", 98.6, "%"),
        ("发放补贴1 200元。", 1200.0, "元"),
    ],
)
def test_number_with_spaces_inside_reads_whole(text: str, value: float, unit: str) -> None:
    found = figures(text)
    assert [(v, u) for _, v, u in found] == [(value, unit)]


def test_spaced_ordinal_is_still_no_figure() -> None:
    assert figures("他在比赛中获得第 1 2名。") == []


def subject(text: str) -> str | None:
    found = extract_metrics(text)
    assert len(found) == 1
    return found[0].subject


def test_second_of_two_verbs_keeps_the_noun_it_modifies() -> None:
    assert subject("去年全镇共接待观摩考察团队150余批次。") == "考察团队"
    assert subject("全年累计兑换积分2万分。") == "积分"  # 累计 links: 兑换 is the clause's verb


def test_a_clause_that_says_the_stock_grew_counts_what_the_clause_before_named() -> None:
    assert subject("村里成立了护河志愿队，如今已发展到60人。") == "护河志愿队"
    assert subject("街道引进了物业公司，今年又新增8家。") == "物业公司"
    assert subject("社区开通了服务热线，已接听200余个。") != "服务热线"  # calls, not hotlines


def test_a_dimension_before_a_figure_names_nothing_the_noun_after_does() -> None:
    assert subject("这条长约3.2公里的环村路让出行更方便。") == "环村路"
    assert subject("全长5公里的滨河步道已建成。") == "滨河步道"
    assert subject("街道为每栋楼配备了价值2万元的消防器材。") == "消防器材"
    assert subject("新修道路全长5公里。") is not None  # the road: a phrase that names a thing before it


def test_an_event_after_a_dummy_verb_is_what_is_counted() -> None:
    assert subject("今年社区开展培训32场。") == "培训"
    assert subject("网格员进行走访1200余次。") == "走访"
    assert subject("街道开展培训党员300人。") == "党员"  # a verb with its object: the people


def test_a_count_after_a_list_closed_by_deng() -> None:
    assert subject("组织党员、志愿者等50余人清理河道。") == "党员、志愿者"
    assert subject("成立了由老党员、乡贤等9人组成的调解小组。") == "老党员、乡贤"
    assert subject("建成书屋、广场等12个文化阵地。") == "文化阵地"  # the noun after names them all


def test_a_figure_before_its_own_noun_is_not_the_quoted_name_before() -> None:
    assert subject("“红色管家”已覆盖全区80%的住宅小区。") == "住宅小区"
    assert subject("“小院议事厅”在全镇已建成23个。") == "小院议事厅"


def test_a_verb_of_being_named_ends_the_noun_after_a_count() -> None:
    assert subject("全县已有18个村获评省级卫生村。") == "村"
    assert subject("全市有6个社区入选全国示范社区。") == "社区"
