"""extract_initiatives on tiny texts written for these tests, plus a recall check on the shared pages."""

import dataclasses
import json
import os
import re
from pathlib import Path

import pytest

from transforms.initiatives import Initiative, canonical_name, extract_initiatives

SHARED = Path(os.environ.get("JICENG_SHARED", Path(__file__).parents[2].parent / "shared"))


def found(text: str) -> dict[str, tuple[str | None, int]]:
    return {i.name: (i.kind, i.mentions) for i in extract_initiatives(text)}


def test_quoted_name_with_following_head_noun():
    text = "东湖街道推行“三访五问”工作法，干部每周入户。"
    assert found(text) == {"三访五问": ("工作法", 1)}


def test_head_noun_a_few_characters_after_the_quote():
    text = "社区建立“邻里汇”居民议事制度，每月开会一次。"
    assert found(text)["邻里汇"] == ("议事制度", 1)


def test_name_that_ends_in_its_own_head_noun():
    text = "镇里新建“连心驿站”12个。另有“青松计划”培养年轻干部。"
    assert found(text) == {"连心驿站": ("驿站", 1), "青松计划": ("计划", 1)}


def test_formula_and_numeric_names_fold_width_and_spaces():
    text = "构建“2＋4＋N”服务体系，又推出“ 7 + N ”套餐和“36521”机制。"
    result = found(text)
    assert result["2+4+N"] == ("服务体系", 1)
    assert result["7+N"][1] == 1
    assert result["36521"] == ("机制", 1)


def test_open_ended_formula():
    assert "治理+" in found("全区推广“治理+”模式。")


def test_coined_numeral_name_without_head():
    assert found("村里坚持“五必访”，大家都说好。") == {"五必访": (None, 1)}


def test_curated_names_without_quotes_and_mentions():
    text = "小区引入红色物业。红色物业公司驻点服务。街道学习新时代枫桥经验。"
    result = found(text)
    assert result["红色物业"] == (None, 2)
    assert result["新时代枫桥经验"] == ("经验", 1)
    assert "枫桥经验" not in result


def test_later_bare_mentions_count():
    text = "“和美坊”议事会成立后，和美坊每月召集居民，和美坊也调解邻里矛盾。"
    assert found(text)["和美坊议事会"] == ("议事会", 3)  # a council named with its head, mentioned bare


def test_quote_variants():
    text = (
        '推行「七彩桥」工作法；推广"睦邻岛"模式；打造‘暖心屋’驿站；实行〝三必访〞制度；推行＂红管家＂模式。'
    )
    assert set(found(text)) == {"七彩桥", "睦邻岛", "暖心屋驿站", "三必访", "红管家"}


def test_unquoted_named_studio():
    assert found("街道设立老周调解室，化解纠纷。") == {"老周调解室": ("调解室", 1)}


def test_slogan_is_not_an_initiative():
    assert found("干部们常说“大事不出镇、小事不出村”。") == {}


def test_quoted_speech_is_not_an_initiative():
    assert found("居民老王说：“小区的路修好了，我们出门方便多了。”") == {}


def test_generic_quoted_words_are_not_initiatives():
    text = "打通服务“最后一米”，抓好“关键小事”，延伸“神经末梢”，唱响“大合唱”，惠及“千家万户”。"
    assert found(text) == {}


def test_years_dates_and_plan_periods_are_not_numeric_names():
    assert found("回顾“2023”，展望“十四五”，纪念“0520”。") == {}


def test_head_noun_starting_a_new_sentence_does_not_count():
    assert found("奏响“同心曲”\n制度是根本。") == {}


def test_nothing_in_plain_text():
    assert extract_initiatives("今天阳光很好，我们去公园散步。") == []


def test_initiative_is_frozen():
    item = Initiative("四方汇", "议事制度", 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.mentions = 2  # type: ignore[misc]


def test_canonical_name_folds_variants():
    assert canonical_name(" “1 ＋ 3 ＋ n” ") == "1+3+N"
    assert canonical_name("「渐进模式」") == "渐进模式"


def gold_pages():
    folder = SHARED / "gold"
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


@pytest.mark.skipif(
    not (SHARED / "samples").is_dir() or not (SHARED / "gold").is_dir(),
    reason="../shared/samples or ../shared/gold is absent: no sample pages to measure recall on",
)
def test_recall_on_shared_sample_pages():
    hits = total = 0
    for page in gold_pages():
        raw = (SHARED / "samples" / page["file"]).read_text(encoding="utf-8")
        names = [i.name for i in extract_initiatives(re.sub(r"\s+", "", raw))]
        for expected in (canonical_name(n) for a in page["articles"] for n in a["initiatives"]):
            total += 1
            hits += any(expected == n or (expected in n and len(n) <= len(expected) + 6) for n in names)
    print(f"initiative recall on the shared pages: {hits}/{total}")
    assert total and hits / total >= 0.9


def test_occurrences_finds_what_a_regex_alternation_of_the_names_finds():
    """`occurrences` replaced re.finditer over the names sorted longest first, two-character names
    only between quotation marks; random texts over a small alphabet make overlaps and nesting common."""
    import random
    import re

    from transforms.initiatives import CLOSE, OPEN, _countable, occurrences

    rng = random.Random(7)
    alphabet = "红色物业党建“”"
    for _ in range(3000):
        names = {"".join(rng.choices(alphabet[:6], k=rng.randint(2, 4))) for _ in range(rng.randint(1, 5))}
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 40)))
        parts = [
            re.escape(n) if len(n) >= 3 else rf"(?<=[{OPEN}]){re.escape(n)}(?=[{CLOSE}])"
            for n in sorted(names, key=lambda n: (-len(n), n))
        ]
        expected = [(m.start(), m.group(0)) for m in re.finditer("|".join(parts), text)]
        assert occurrences(text, names, _countable) == expected, (text, names)


# --- lists, parallel parts, dotted names, introducing verbs, the printed script -----------------


def _names(text: str) -> list[str]:
    return [i.name for i in extract_initiatives(text)]


def test_a_list_of_quoted_names_shares_the_head_after_it() -> None:
    assert _names("街道纳入“老张说”“八和”等5个特色调解品牌。") == ["老张说", "八和"]


def test_a_quoted_list_member_makes_its_neighbours_initiatives() -> None:
    names = _names("社区推出“银发宣讲”“银发课堂”“银发解忧”服务。")
    assert names == ["银发宣讲", "银发课堂", "银发解忧"]


def test_parallel_parts_named_by_a_head_are_one_name_but_a_quoted_slogan_is_not() -> None:
    assert _names("建立“网格发现、分级响应、群众评价”闭环机制。") == ["网格发现、分级响应、群众评价"]
    assert _names("营造“人人参与、人人共享”的好氛围。") == []


def test_a_dotted_brand_name_and_a_name_after_an_introducing_verb() -> None:
    assert _names("社区以“暖心·同行”品牌为引领。") == ["暖心·同行"]
    assert _names("农户被评为“清爽人家”，可以兑换。") == ["清爽人家"]
    assert _names("这里有“主人翁”意识。") == []


def test_teams_and_rooms_are_named_with_their_heads() -> None:
    assert _names("社区组建“红帆”志愿服务队，开设“同心园”党群共建室。") == [
        "红帆志愿服务队",
        "同心园党群共建室",
    ]
    # a method is named without its head; a team not past a preposition, a 的 or six characters
    assert _names("推行“三访五问”工作法。") == ["三访五问"]
    assert _names("“爱心超市”由驻村工作队管理，“青禾”的志愿服务队，“春泥”儿童关爱服务队。") == [
        "爱心超市",
        "青禾",
        "春泥",
    ]


def test_a_traditional_page_keeps_the_name_as_printed() -> None:
    from transforms.script import simplified

    printed = "社區建立了黨員“紅星驛站”。"
    (found,) = extract_initiatives(simplified(printed), printed)
    assert (found.name, found.printed) == ("红星驿站", "紅星驛站")


def test_no_name_is_longer_than_the_gate_allows() -> None:
    dotted = "·".join(["八字八字八字八字"] * 4)  # 35 characters between the quotation marks
    listed = "、".join(["六个字的一段"] * 5)
    assert _names(f"推出“{dotted}”品牌，建立“{listed}”机制。") == []


# --- cards, days, meetings, names quoted again and again, names over two quotes ------------------


def test_cards_days_meetings_and_a_place_brand_are_named_by_their_heads() -> None:
    text = "村里发了“邻里积分卡”，设立“全村洁净日”，召开“院坝会议”，擦亮“稻香村”名片。"
    assert _names(text) == ["邻里积分卡", "全村洁净日", "院坝会议", "稻香村"]


def test_a_phrase_quoted_three_times_is_a_name_unless_it_names_a_problem() -> None:
    text = "社区“金三角”出谋。“金三角”负责收集民情。“金三角”还将联动物业。"
    assert _names(text) == ["金三角"]
    assert _names("告别“停车难”。“停车难”曾困扰居民。解决“停车难”。") == []
    twice = "社区“金三角”出谋。“金三角”负责收集民情。"
    assert _names(twice) == []


def test_a_phrase_quoted_three_times_inside_a_name_already_found_is_no_name() -> None:
    text = "村里设立“红黑榜”。‘黑榜’谁都不想上，“黑榜”上的户，“黑榜”公开。"
    assert _names(text) == ["红黑榜"]


def test_a_name_spread_over_two_quotes_joined_by_a_verb_is_one_name() -> None:
    assert _names("村里实行“小积分”撬动“大文明”体系建设。") == ["小积分撬动大文明"]
    # a copula joins two names, not the halves of one
    assert _names("“爱心超市”是“乡村振兴”工程的一部分。") == ["爱心超市", "乡村振兴"]


def test_a_head_further_after_a_quote_joined_by_de() -> None:
    assert _names("乡里构建“邻里单元”的纠纷就地化解新模式。") == ["邻里单元"]
    assert _names("这是“邻里单元”里发生的纠纷就地化解新模式。") == []


def test_a_name_over_two_quotes_keeps_its_printed_script() -> None:
    from transforms.script import simplified

    printed = "村裡實行“小積分”撬動“大文明”體系建設。"
    (found,) = extract_initiatives(simplified(printed), printed)
    assert (found.name, found.printed) == ("小积分撬动大文明", "小積分撬動大文明")


def test_a_venue_named_by_one_character_and_its_head() -> None:
    assert _names("凉亭变身学习宣传的“云课堂”。") == ["云课堂"]
    assert _names("社区的“微治理”很有效。") == []  # 治理 is a head only after two characters or more


def test_a_place_brand_named_by_the_homeland_it_stands_for() -> None:
    assert _names("老楼贴上了“滨江湾”精神家园的标识。") == ["滨江湾"]


# --- page noise: stacked quotation marks, hard wraps inside and after a quoted name --------------


def test_stacked_quotation_marks_read_as_one() -> None:
    assert _names("社区组建「““青禾先锋””」志愿服务队。") == ["青禾先锋志愿服务队"]
    assert _names("推出““晚晴汇””““暖心铺””等服务品牌。") == ["晚晴汇", "暖心铺"]


def test_a_hard_wrap_inside_a_short_quoted_name_is_no_boundary() -> None:
    assert found("村里推行“邻里\n汇”议事制度。") == {"邻里汇": ("议事制度", 1)}
    # a paragraph of quoted speech opens with its own mark: the break before it stays a boundary
    assert _names("他说：“大家来议\n“四方汇”议事制度好。") == ["四方汇"]


def test_a_hard_wrap_inside_ascii_quotes_only_in_a_short_phrase_without_punctuation() -> None:
    assert _names('村里推行"邻里\n汇"议事制度。') == ["邻里汇"]
    # quoted speech left open at a paragraph's end (after its 。) does not pair with the next " below
    text = '他说:"今天开会。\n会上"四方汇"议事制度定了下来。'
    assert _names(text) == ["四方汇"]


def test_a_head_on_the_line_after_the_closing_mark() -> None:
    # read as the clean text: a team named with its head (“青禾先锋”服务队)
    assert _names("这支“青禾先锋”\n服务队来自社区。") == ["青禾先锋服务队"]
    # a line break and then words before a head: a headline's quote and its text's first sentence
    assert _names("配强小区支部“主心骨”\n在队伍建设方面，社区选拔党员。") == []
    assert _names("社区治理有了“主心骨”\n一个国家治理体系的基础在基层。") == []


def test_a_wrapped_traditional_name_keeps_its_printed_script() -> None:
    from transforms.script import simplified

    printed = "社區建立了“紅星\n驛站”。"
    (found_one,) = extract_initiatives(simplified(printed), printed)
    assert (found_one.name, found_one.printed) == ("红星驿站", "紅星驛站")


def test_a_name_in_a_doubled_headline_is_printed_once() -> None:
    assert _names("社区有了社区有了““青禾先锋青禾先锋””工作法工作法") == ["青禾先锋"]


def test_points_stations_and_bases_named_after_a_quote() -> None:
    text = "村里设立“连心”服务点，建起“红雁”工作站和“初心”教育基地。"
    assert _names(text) == ["连心服务点", "红雁工作站", "初心教育基地"]
    assert _names("这里有“红雁”站点的标牌。") == []  # 站点 alone is no head


def test_every_head_kept_in_a_name_is_a_head_after_a_quote() -> None:
    from transforms.initiatives import NAMED_WITH_HEAD, read_lines

    after = {
        h
        for h, _, where in (line.partition(" ") for line in read_lines("initiative_heads.txt"))
        if where.strip() in ("", "both", "after")
    }
    assert not NAMED_WITH_HEAD - after, NAMED_WITH_HEAD - after


def test_general_kinds_of_place_and_object_end_a_coined_name() -> None:
    text = "小区有了“邻里议事角”，街道开通“民情直通车”，门口摆上“爱心冰箱”。"
    assert _names(text) == ["邻里议事角", "民情直通车", "爱心冰箱"]
    # a one-character kind ends no word the dictionary knows, nor a phrase ending in such a word
    assert _names("大家在“朋友圈”里转发，让小楼道成为“大舞台”，社区成了“温馨港湾”。") == []
    assert _names("村里开了“爱心小屋”。") == ["爱心小屋"]  # 小屋 names a kind itself


def test_roles_are_not_made_names_by_a_listed_neighbour() -> None:
    assert _names("“红色管家”“楼道长”“志愿者”三支力量下沉小区。") == ["红色管家"]


def test_a_list_of_coined_quoted_words_needs_no_head() -> None:
    assert _names("村里的“微心愿”“暖心饭”深受欢迎。") == ["微心愿", "暖心饭"]
    assert _names("村里的“微心愿”、“暖心饭”深受欢迎。") == ["微心愿", "暖心饭"]
    assert _names("他们是社区的“千里眼”“顺风耳”。") == []  # words of the dictionary
    assert _names("聘为“城市观察员”“兼职巡查员”。") == []  # roles, not practices
    assert _names("把“当下治”和“长久行”结合起来。") == []  # a pair joined by 和


def test_a_verb_that_builds_or_opens_introduces_a_name() -> None:
    assert _names("街道开通“民情快递”，社区上线“掌上社区”。") == ["民情快递", "掌上社区"]
    # what the dictionary knows as a word is a stock metaphor, not a name
    assert _names("街道打造“升级版”，建成“示范区”，擦亮“金字招牌”，打响“攻坚战”。") == []


def test_rooms_and_methods_named_after_a_person_need_no_quotes() -> None:
    text = "镇里设立张桂英调解室，推广马善祥工作法和老杨工作法。"
    assert _names(text) == ["张桂英调解室", "马善祥工作法", "老杨工作法"]
    assert _names("他在其工作室里讲解党建工作法。") == []
    assert _names("镇里成立文明工作室，设立红旗工作室。") == []  # words the tagger takes for names


def test_a_name_is_found_where_its_spelling_pattern_first_matches() -> None:
    """spelled_at reads the name without compiling _spelled(name); it must agree with the regex,
    marks between the characters, an earlier spelling with marks, a plain one or none."""
    import random

    from transforms.initiatives import _spelled, spelled_at

    def by_regex(name: str, text: str) -> tuple[int, int] | None:
        at = re.search(_spelled(name), text)
        return at.span() if at else None

    cases = [
        ("小积分激活大德治", "推行“小积分”激活“大德治”，小积分激活大德治"),
        ("红色物业", "红色物\n业和红色物业"),
        ("红色物业", "红色“物业”"),
        ("红色物业", "红色服务"),
        ("红", "“红”"),
        ("红”色", "“红”色"),  # a mark in the name: the regex reads it
        ("", "任何"),
    ]
    for name, text in cases:
        assert spelled_at(name, text) == by_regex(name, text), (name, text)
    assert spelled_at(*cases[0])[0] == 3  # the spelling with marks comes first
    rng = random.Random(18)
    for _ in range(3000):
        name = "".join(rng.choice("红色物业") for _ in range(rng.randint(1, 4)))
        text = "".join(rng.choice("红色物业“”」\n的") for _ in range(rng.randint(0, 14)))
        assert spelled_at(name, text) == by_regex(name, text), (name, text)


def test_a_column_wrap_inside_the_words_between_a_quote_and_its_head() -> None:
    # the line ends inside the gap, with no punctuation before its break: a column's line
    assert _names("镇里构建“青禾单元”的纠纷调\n处新模式。") == ["青禾单元"]
    assert _names("镇里构建“青禾单元”调\n处机制。") == ["青禾单元"]
    # a break right after the mark and then words before a head stays a boundary (above)
    assert _names("配强小区支部“主心骨”\n在队伍建设方面开展活动。") == []


def test_a_curated_name_printed_across_a_column_wrap() -> None:
    assert _names("坚持和发展枫桥经\n验，化解矛盾。") == ["枫桥经验"]


def test_each_glyph_printed_twice_inside_the_quotes() -> None:
    assert _names("社区的“青青禾禾食食堂堂”每天供餐。") == ["青禾食堂"]
    # two doubled glyphs make words of their own (星星点点): no name read from them
    assert _names("村里的“星星点点”灯光亮了。") == []


def test_a_system_named_by_a_lone_zhi_after_the_mark() -> None:
    assert _names("街道探索“街巷长”制，压实责任。") == ["街巷长制"]
    assert _names("街道推出“青禾”制定的规则。") == []  # 制定: a verb, no head


def test_a_doubled_headline_quote_counts_towards_a_repeated_name() -> None:
    text = "深耕深耕““青禾格青禾格””\n村里划分“青禾格”，每个“青禾格”有人管。"
    assert _names(text) == ["青禾格"]
    assert _names("村里划分“青禾格”，每个“青禾格”有人管。") == []  # twice is not enough


def test_a_head_printed_across_a_column_wrap() -> None:
    assert _names("通过“青禾到楼栋、楼栋到业主”的治理模\n式，提升水平。") == ["青禾到楼栋、楼栋到业主"]
    assert _names("村里推行“青禾汇”工作机\n制。") == ["青禾汇"]


def test_a_break_before_de_after_the_mark_is_a_wrap() -> None:
    # no paragraph opens with 的
    assert _names("构建“青禾单元”\n的纠纷化解新模式。") == ["青禾单元"]


def test_an_ascii_quoted_long_name_wrapped_twice() -> None:
    assert _names('开展"移风易俗进书屋·青禾\n赋能树新风·文明\n实践"主题活动。') == [
        "移风易俗进书屋·青禾赋能树新风·文明实践"
    ]


def test_a_latin_letter_before_chinese_characters_makes_a_brand() -> None:
    assert _names("居民通过“i青禾”反映诉求。") == ["I青禾"]
    assert _names("居民通过“5G”网络反映诉求。") == []


def test_a_brand_named_before_its_factory_or_cooperative() -> None:
    assert _names("村里投资建设“青禾源”矿泉水厂。") == ["青禾源"]
    assert _names("成立“青禾源”农民专业合作社。") == ["青禾源"]


def test_a_room_named_after_a_person_across_a_wrap() -> None:
    assert _names("村里有个兰姐调解\n室，专门化解纠纷。") == ["兰姐调解室"]


def test_invisible_format_characters_inside_a_name_are_dropped() -> None:
    for mark in ("\u200b", "\u00ad", "\ufeff", "\u2060"):
        assert _names(f"村里推行“青禾{mark}五问”工作法。") == ["青禾五问"]
