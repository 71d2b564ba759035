"""extract_initiatives on texts written for these tests (round 22, issue 18): honours, slogans and
figures of speech that are no names; rooms and methods printed without quotes; a head after a hard
wrap left behind a closing mark; heads of teams and meetings."""

import pytest

from transforms.initiatives import extract_initiatives


def names(text: str) -> list[str]:
    return [i.name for i in extract_initiatives(text)]


@pytest.mark.parametrize(
    "text",
    [
        "该村获评省级“五星级文明村”、“美丽庭院示范村”等称号。",  # a grade before the mark, a model village
        "去年，这个社区获评“全国文明村镇”。",  # a national honour after an honour's verb
        "被居民称为“顺风耳”的巡逻队，每晚出动。",  # a figure of speech (a word) past a 的
        "坚持“共建、共治、共享”的治理理念，凝聚各方力量。",  # a listed slogan of an idea
        "围绕“清一清、扫一扫”工作目标，开展环境整治。",  # a goal, not a kind of practice
        "标题\n配齐小区支部“定海针”\n在队伍建设中选优配强。",  # a subheading before a paragraph
    ],
)
def test_no_name_in_honours_slogans_and_figures(text: str) -> None:
    assert names(text) == []


def test_a_coined_phrase_still_takes_a_head_past_de() -> None:
    assert names("这种被称为“邻里守望”的互助模式在全区推广。") == ["邻里守望"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("退休民警老周开设的老周警务室，每天接待群众。", "老周警务室"),
        ("村支书刘海生二十年如一日，总结出的海生工作法被全镇推广。", "海生工作法"),
        ("社区书记张建国摸索出一套办法，街道将其命名为建国工作法。", "建国工作法"),
        ("镇里推广五步工作法，这三种工作法各有侧重。", "五步工作法"),
    ],
)
def test_rooms_and_methods_printed_without_quotes(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text", ["宣文明新风，推广文明工作法。", "推进平安全覆盖，推广安全工作法。", "统一工作法"]
)
def test_no_person_or_numeral_read_into_a_word(text: str) -> None:
    assert names(text) == []


def test_a_head_after_a_wrap_the_line_repair_left_in_the_body() -> None:
    text = "标题\n社区建立“楼栋吹哨、物业报到”\n联动机制，问题当天解决。"
    assert names(text) == ["楼栋吹哨、物业报到"]


def test_a_headline_quote_takes_no_head_from_the_first_words_of_the_body() -> None:
    assert names("书记常说“小事不小”\n镇里联动机制三个月来成效明显。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("村里成立“石榴红”宣讲团，走进田间地头。", "石榴红宣讲团"), ("开办“银发”学堂，教老人用手机。", "银发")],
)
def test_heads_of_teams_and_places_after_the_quote(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_lead_verb_cut_by_a_wrap_still_introduces_the_name() -> None:
    assert names("标题\n村民把院子收拾干净、评\n上“干净户”，就能领积分。") == ["干净户"]
    assert names("标题\n村民踊跃参评。\n\n“干净户”三个字写在门牌上。") == []


def test_a_place_name_takes_its_head_past_a_wrap() -> None:
    assert names("标题\n村里投资建设“石门”\n矿泉水厂，带动增收。") == ["石门"]
