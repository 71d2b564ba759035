"""Tests for transforms.metrics. Every sentence here is written for these tests."""

import dataclasses
import json
import os
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from transforms.metrics import Metric, extract_metrics

SHARED = Path(os.environ.get("JICENG_SHARED", Path(__file__).parents[2].parent / "shared"))
SAMPLES = SHARED / "samples"
GOLD = SHARED / "gold"


def one(body: str) -> Metric:
    metrics = extract_metrics(body)
    assert len(metrics) == 1, metrics
    return metrics[0]


def triples(body: str) -> list[tuple[float, str, str | None]]:
    return [(m.value, m.unit, m.qualifier) for m in extract_metrics(body)]


# --- values and units -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, value, unit",
    [
        ("街道去年帮扶1.6万人。", 16000, "人"),
        ("镇里争取专项资金2.1亿元。", 210_000_000, "元"),
        ("居民满意率为89.09%。", 89.09, "%"),
        ("全县完成投资335.7亿元。", 33_570_000_000, "元"),
        ("夜市吸纳就业2.2万人。", 22000, "人"),
        ("景区接待游客6.9万人次。", 69000, "人次"),
        ("全县生产总值12686亿元。", 1_268_600_000_000, "元"),
        ("合作社出口额729.9万美元。", 7_299_000, "美元"),
        ("新建高标准农田155.2万亩。", 1_552_000, "亩"),
        ("示范田亩产875.82公斤。", 875.82, "公斤"),
        ("清淤90万立方米。", 900_000, "立方米"),
        ("修通乡道300公里。", 300, "公里"),
        ("湿地新增147公顷。", 147, "公顷"),
        ("回收秸秆1000吨。", 1000, "吨"),
        ("整治楼道3500平方米。", 3500, "平方米"),
        ("新辟步道800米。", 800, "米"),
        ("开展义诊20场次。", 20, "场次"),
        ("举办夜校12场。", 12, "场"),
        ("服务老人1,200人次。", 1200, "人次"),
        ("年产值3千万元。", 30_000_000, "元"),
        ("占比上升2.5个百分点。", 2.5, "个百分点"),
        ("收入增长40.2%。", 40.2, "%"),
        ("合格率达到99％。", 99, "%"),
    ],
)
def test_value_is_scaled_and_unit_is_the_measure_word(body, value, unit):
    metric = one(body)
    assert metric.value == pytest.approx(value)
    assert metric.unit == unit


@pytest.mark.parametrize(
    "body, unit",
    [
        ("志愿者上门800人次。", "人次"),
        ("培训800场次。", "场次"),
        ("腾退800平方米。", "平方米"),
        ("帮扶800人。", "人"),
    ],
)
def test_longest_unit_wins(body, unit):
    assert one(body).unit == unit


def test_value_is_a_plain_float_without_binary_noise():
    assert one("收益1.6万元。").value == 16000.0
    assert one("基金2.1亿元。").value == 210000000.0


@pytest.mark.parametrize(
    "body, value, unit",
    [("达 97.8%。", 97.8, "%"), ("受理35 万余件。", 350_000, "件"), ("近 1000 人次参与。", 1000, "人次")],
)
def test_stray_spaces_inside_a_quantity_are_tolerated(body, value, unit):
    metric = one(body)
    assert (metric.value, metric.unit) == (value, unit)
    assert " " not in metric.raw_text.strip()[:1] + metric.raw_text.strip()[-1:]


# --- qualifiers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        ("累计服务1.6万余人次。", (16000, "人次", "余")),
        ("参与群众3000多人次。", (3000, "人次", "多")),
        ("梳理问题600余个。", (600, "个", "余")),
        ("近7000人报名。", (7000, "人", "近")),
        ("村集体增收超35万元。", (350_000, "元", "超")),
        ("入驻企业超过40家。", (40, "家", "超过")),
        ("惠及约3万户。", (30_000, "户", "约")),
        ("客流逾5000人次。", (5000, "人次", "逾")),
        ("产值突破80亿元。", (8_000_000_000, "元", "突破")),
        ("覆盖率65%左右。", (65, "%", "左右")),
        ("产量稳定在29亿斤以上。", (2_900_000_000, "斤", "以上")),
        ("新增摊位100多万元投入。", (1_000_000, "元", "多")),
        ("走访了20个多，", (20, "个", "多")),
        ("开放球场8处。", (8, "处", None)),
    ],
)
def test_qualifier_is_the_approximation_word(body, expected):
    metric = one(body)
    assert (metric.value, metric.unit, metric.qualifier) == expected


def test_when_two_qualifiers_appear_the_first_in_reading_order_is_kept():
    metric = one("开展宣讲超 30 余场。")
    assert (metric.value, metric.unit, metric.qualifier, metric.raw_text) == (30, "场", "超", "超 30 余场")


def test_duo_after_a_unit_is_a_qualifier_only_at_the_end_of_the_phrase():
    metric = one("组建5个多功能服务站。")
    assert (metric.value, metric.unit, metric.qualifier, metric.subject) == (5, "个", None, "多功能服务站")


# --- subject ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, subject",
    [
        ("全镇符合条件的42个村庄全部建立议事会。", "村庄"),
        ("共有86名网格员参与巡查。", "网格员"),
        ("物业服务覆盖率提升至91.5%。", "物业服务覆盖率"),
        ("全年完成固定资产投资12亿元。", "固定资产投资"),
        ("合作社实现营业收入300万元。", "营业收入"),
        ("居民满意度达 97.8%。", "居民满意度"),
        ("治安案件同比下降12%。", "治安案件"),
        ("在这个辖区面积不足1平方公里的社区里。", "辖区面积"),
        ("这个辖区面积仅有0.5平方公里的老城区。", "辖区面积"),
        ("贫困发生率不到1%。", "贫困发生率"),
        ("该中心总建筑面积760平方米。", "总建筑面积"),
        ("全年接待游客：5万人次。", "游客"),
        ("调处矛盾纠纷467件。", "矛盾纠纷"),
    ],
)
def test_subject(body, subject):
    assert one(body).subject == subject


def test_subject_is_none_when_unclear():
    assert one("近7000人参与。").subject is None
    assert one("记者了解到：3000余人参与。").subject is None
    assert one("增长40%。").subject is None


# --- Chinese numerals -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        ("一万六千人到场。", (16000, "人")),
        ("推出四项措施。", (4, "项")),
        ("建成两个中心。", (2, "个")),
        ("组建十支队伍。", (10, "支")),
        ("一百二十名队员。", (120, "名")),
        ("十余万人受益。", (100_000, "人")),
        ("三亿五千万元。", (350_000_000, "元")),
        ("村集体收入突破百万元。", (1_000_000, "元")),
        ("千余亩良田不再受淹。", (1000, "亩")),
        ("万余人参与。", (10_000, "人")),
    ],
)
def test_chinese_numerals_followed_by_a_unit_are_metrics(body, expected):
    metric = one(body)
    assert (metric.value, metric.unit) == expected


@pytest.mark.parametrize(
    "body",
    ["做强三大产业链。", "一件事一次办。", "打造一条龙服务。", "走进千家万户。", "万人参与。"],
)
def test_chinese_numerals_without_a_unit_idioms_and_ones_are_not_metrics(body):
    assert extract_metrics(body) == []


# --- ranges -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, ends, unit",
    [
        ("效率提高2至3倍。", [(2, "2"), (3, "3倍")], "倍"),
        ("每格配备2—3名网格员。", [(2, "2"), (3, "3名")], "名"),
        ("每村培育1个至2个特色产业。", [(1, "1个"), (2, "2个")], "个"),
        ("引进2至3万人。", [(20_000, "2"), (30_000, "3万人")], "人"),
        ("每户两至三人。", [(2, "两"), (3, "三人")], "人"),
        ("每户补助15000元至20000元。", [(15_000, "15000元"), (20_000, "20000元")], "元"),
    ],
)
def test_a_range_gives_a_metric_for_each_end_at_its_place(body, ends, unit):
    metrics = extract_metrics(body)
    assert [(m.value, m.raw_text) for m in metrics] == ends
    assert {(m.unit, m.qualifier) for m in metrics} == {(unit, None)}
    assert all(body[m.char_start : m.char_end] == m.raw_text for m in metrics)


# --- never metrics ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "2024年，街道换届。",
        "12月18日召开会议。",
        "2022年度考核优秀。",
        "小区建于2001年。",
        "1月至10月，收入平稳。",
        "2012年至2022年，变化很大。",
        "拨打12345反映问题。",
        "12345热线转办。",
        "入选第三批名单。",
        "位列第一。",
        "第七十个年头。",
        "第5名。",
        "编制十四五规划。",
        "见B12版。",
        "转B13版。",
        "推行“1152”工作机制。",
        "打造“56373”网格党建服务模式。",
        "打赢“0313”阻击战。",
        "推出“5+N”服务。",
        "构建“1+3+N”格局。",
        "做到“两个维护”。",
        "实施“精神扶贫五个一”工作机制。",
        "推出“三个一批”。",
        "学习《关于加强3项工作的意见》。",
        "种植A2品种。",
        "推广青农1931小麦。",
        "建设15分钟生活圈。",
        "实行8小时值守。",
        "40天完成整改。",
        "连续12年获评先进。",
        "3个月内办结。",
        "60周岁以上老人免费。",
        "服务5个工作日内办结。",
        "编号0532号。",
    ],
)
def test_dates_codes_ordinals_names_and_durations_are_never_metrics(body):
    assert extract_metrics(body) == []


@pytest.mark.parametrize(
    "body, expected",
    [
        ("石桥历经1500余年。", [(1500, "年", "余")]),
        ("古村已有300多年历史。", [(300, "年", "多")]),
        ("近10年来。", []),
        ("老人在这里住了40多年。", []),
    ],
)
def test_an_age_of_a_century_or_more_is_kept_but_a_shorter_span_is_a_duration(body, expected):
    assert triples(body) == expected


def test_a_long_quotation_is_speech_and_its_numbers_are_read():
    body = "书记说：“今年我们帮助了300户困难家庭，明年还要做得更好。”"
    assert triples(body) == [(300, "户", None)]


def test_body_without_quantities_gives_no_rows():
    assert extract_metrics("") == []
    assert extract_metrics("社区党委带领居民共建美好家园。") == []


# --- offsets, sentence, record ----------------------------------------------------------------


def test_sentence_is_the_one_holding_the_match():
    body = "开头一句。新建驿站6个；老人满意！结尾"
    metric = one(body)
    assert metric.sentence == "新建驿站6个；"
    assert (metric.char_start, metric.char_end) == (9, 11)


def test_metric_is_frozen():
    metric = one("建成3个站点。")
    with pytest.raises(dataclasses.FrozenInstanceError):
        metric.value = 4


FRAGMENTS = [
    "近 1000 人次",
    "1.6万余人次",
    "超 30 余场",
    "35 万余件",
    "达 97.8%",
    "2024年",
    "12月18日",
    "“1152”",
    "第三批",
    "两个",
    "一万六千人",
    "2至3倍",
    "65%左右",
    "29亿斤以上",
    "B12版",
    "15分钟",
    "社区",
    "，",
    "。",
    "\n",
    " ",
    "居民",
    "A2",
    "12345热线",
    "1500余年",
    "四项措施",
    "“",
    "”",
    "增长40.2%",
    "3000多人次",
]


def test_raw_text_always_matches_body_at_its_offsets():
    rng = random.Random(20240518)
    for _ in range(500):
        body = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 40)))
        for metric in extract_metrics(body):
            assert body[metric.char_start : metric.char_end] == metric.raw_text
            assert metric.raw_text.strip() == metric.raw_text
            assert metric.raw_text in metric.sentence
            assert metric.value == metric.value and metric.value >= 0


# --- a hand-annotated paragraph ---------------------------------------------------------------

PARAGRAPH = (
    "今年以来，青柳街道把议事会开到楼道口，全街道38个小区全部建立议事小组。"
    "街道组织1200余名党员下沉网格，累计走访居民2.3万户。"
    "各社区共收集意见建议560多条，办结率达96.5%。"
    "2023年，街道投入改造资金1.8亿元，完成老旧管网改造12公里，新增停车位近800个。"
    "辖区绿化面积增加3.6万平方米，口袋公园增至15处。"
    "“三访六到”工作法推行后，矛盾纠纷调解成功率提升至98%左右。"
    "街道开设24小时服务热线12345分中心，受理诉求超过4000件。"
    "第二批志愿服务队共有两支，队员一百二十名，全年开展活动300余场次。"
    "社区食堂每天为60岁以上的500位老人供餐，服务满意度超95%。"
    "明年，街道还将新建“15分钟便民生活圈”4个，预计惠及居民约3万人。"
)

ANNOTATED = [
    (38, "个", None),
    (1200, "名", "余"),
    (23_000, "户", None),
    (560, "条", "多"),
    (96.5, "%", None),
    (180_000_000, "元", None),
    (12, "公里", None),
    (800, "个", "近"),
    (36_000, "平方米", None),
    (15, "处", None),
    (98, "%", "左右"),
    (4000, "件", "超过"),
    (2, "支", None),
    (120, "名", None),
    (300, "场次", "余"),
    (500, "位", None),
    (95, "%", "超"),
    (4, "个", None),
    (30_000, "人", "约"),
]


def test_precision_and_recall_on_a_hand_annotated_paragraph():
    found = Counter(triples(PARAGRAPH))
    gold = Counter(ANNOTATED)
    hits = sum((found & gold).values())
    precision, recall = hits / max(1, sum(found.values())), hits / len(ANNOTATED)
    print(f"annotated paragraph: precision {precision:.2f} recall {recall:.2f}")
    assert precision >= 0.9 and recall >= 0.9, (found - gold, gold - found)


# --- sample pages (read at test time, never copied) -------------------------------------------


@pytest.mark.skipif(
    not SAMPLES.is_dir() or not GOLD.is_dir(), reason="../shared/samples or ../shared/gold absent"
)
def test_gold_not_metrics_never_appear_in_raw_text():
    for gold_file in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        page = SAMPLES / gold["file"]
        if not page.exists():
            continue
        body = re.sub(r"\s*\n\s*", "", page.read_text(encoding="utf-8"))
        raws = [m.raw_text for m in extract_metrics(body)]
        assert raws, page.name
        bad = [(neg, raw) for neg in gold["not_metrics"] for raw in raws if neg in raw]
        assert bad == [], page.name


@pytest.mark.parametrize(
    "body, expected",
    [
        ("超市里有商品30多种。", [(30, "种", "多")]),
        ("纳入6大项58小项内容。", [(6, "大项", None), (58, "小项", None)]),
        ("奖励5000积分，参加一次得2分。", [(5000, "积分", None), (2, "分", None)]),
        ("会议8点30分开始。", []),
        ("全市共有39万间套保障房。", [(390000, "间套", None)]),
        ("检查车辆200辆次，购置设备15台套。", [(200, "辆次", None), (15, "台套", None)]),
    ],
)
def test_units_read_whole(body, expected):
    assert triples(body) == expected


@pytest.mark.parametrize(
    "body, subject",
    [
        ("走进超市，3个货架上摆满商品。", "货架"),
        ("已建立党组织的业委会为30个。", "业委会"),
        ("小区今年加装电梯4台。", "电梯"),
        ("排查纠纷后，化解率97%。", "化解率"),
        ("现在我的牛已经发展到了12头。", "牛"),
        ("村集体收入达到了50万元。", "村集体收入"),
        ("村集体经济收入去年增加了130万元。", "村集体经济收入"),
        ("这样的“平安网格员”已有820余名。", "平安网格员"),
    ],
)
def test_subject_is_the_thing_counted_not_the_clause_before_it(body, subject):
    assert one(body).subject == subject


@pytest.mark.parametrize(
    "body, subject",
    [
        ("全乡老年人口占比达到21%。", "老年人口占比"),  # 人 / 口 split, 全乡 says where
        ("小区新设垃圾投放点14个。", "垃圾投放点"),  # 投放 / 点 split
        ("去年村集体收入突破30万元。", "村集体收入"),  # 去年 says when
        ("上半年游客接待量超过8万人次。", "游客接待量"),
        ("去年老年居民占比达到12%。", "老年居民占比"),  # 老年 is tagged a time word too
        ("30名来自企业的技术人员参加了培训。", "技术人员"),  # a verb and its object before 的
        ("“百姓议事会”在全镇已成立31个。", "百姓议事会"),  # a scope alone names nothing
        ("“红色管家”目前已有260名。", "红色管家"),
        ("镇里从5个环节着手优化流程。", "环节"),  # two verbs after the noun: a predicate
        ("宽8米的消防通道已全部打通。", "消防通道"),  # an adjective alone names nothing
        ("巡逻队从最初的十几人扩大到现在的80人。", "巡逻队"),  # a change from a vague figure
        ("小区积极推选单元长，目前已推选出48名。", "积极推选单元长"),  # 单元 / 长 (head) one noun
    ],
)
def test_what_the_tagger_splits_joins_and_what_says_when_or_how_stays_out(body, subject):
    assert extract_metrics(body)[-1].subject == subject


@pytest.mark.parametrize(
    "body, subject",
    [
        ("为辖区120户的困难家庭送去慰问品。", "困难家庭"),
        ("街道建成了15个“邻里之家”。", "邻里之家"),
        ("街道向困难群众发放1.6万元慰问金。", "慰问金"),
        ("村里建起了300亩的蔬菜种植基地。", "蔬菜种植基地"),
        ("今年共投入资金200万元，用于改造道路。", "资金"),
        ("年经营性收入超过10万元的村有126个。", "经营性收入"),
        ("社区申请老旧小区加装电梯6台。", "加装电梯"),
        ("全镇16个村(居)已实现积分制。", "村(居)"),
        ("今年共评出7个生态宜居“红旗村”。", "生态宜居“红旗村”"),
        ("村里种植的800亩高山茶园，今年喜获丰收。", "高山茶园"),
        ("社区组织了20余名党员志愿者清理楼道杂物。", "党员志愿者"),
        ("通过“板凳会”收集意见建议230余条。", "意见建议"),
        ("全镇6000余亩茶园实现了标准化管理。", "茶园"),
        ("届时范围内千余亩良田将不再受淹。", "良田"),
        ("全县共帮扶脱贫户2.1万户。", "脱贫户"),
        ("全市已建成“15分钟便民生活圈”120个。", "15分钟便民生活圈"),
        ("全村92%的农户加入了合作社。", "农户"),
        ("街道投入资金200万元。", "资金"),
        ("业委会清理了40余辆长期停放的僵尸车。", "僵尸车"),
        ("确保320米长的巷道全部完工。", "巷道"),
        ("村民以1个积分等于1块钱的标准兑换商品。", "积分"),
        ("由25名退役军人组成的巡逻队守护村庄。", "退役军人"),
        ("成立了由12人组成的调解队伍。", "调解队伍"),
        ("全镇成立3个调解委员会。", "调解委员会"),
        ("投资2000万元建设的污水处理厂已投入运行。", "污水处理厂"),
        ("辖区32个村的村民参加。", "村"),
        ("全县共有脱贫村42个。", "脱贫村"),
    ],
)
def test_subject_is_the_noun_phrase_beside_the_figure(body, subject):
    """Before the figure or after it, with or without 的; a verb that takes the figure as its object
    sends the subject after it; a verb between two nouns keeps its object with it."""
    assert extract_metrics(body)[0].subject == subject


@pytest.mark.parametrize(
    "body",
    ["村民们十分爱惜新修的街道。", "现场有几十名工人施工。", "乡贤斥资数十万元修路。", "比赛获得第 1 2名。"],
)
def test_adverbs_vague_numbers_and_spaced_ordinals_are_not_metrics(body):
    """十分 (very), 几十/数十 (some tens), and an ordinal whose digits the layout spaced out."""
    assert extract_metrics(body) == []


@pytest.mark.parametrize(
    "body, expected",
    [
        ("平均海拔4 8 0 0米。", [("4 8 0 0米", 4800, "米")]),
        ("全镇共有3 . 6万人参保。", [("3 . 6万人", 36000, "人")]),
        ("中心占地约2 1 . 5亩，分为3栋建筑。", [("约2 1 . 5亩", 21.5, "亩"), ("3栋", 3, "栋")]),
    ],
)
def test_a_number_spaced_out_by_the_layout_is_read_whole(body, expected):
    """Page text spaces some lines out one character a space: the number is read from its first
    digit (not 0米 from its last), raw_text is the span as printed."""
    assert [(m.raw_text, m.value, m.unit) for m in extract_metrics(body)] == expected


@pytest.mark.parametrize("body", ["社区有居民3085户、7710人。", "社区有居民3085户、 7710人。"])
def test_a_figure_listed_after_another_without_a_subject_shares_its_subject(body):
    """A space a wrap left after the 、 does not part them."""
    metrics = extract_metrics(body)
    assert [(m.raw_text, m.subject) for m in metrics] == [("3085户", "居民"), ("7710人", "居民")]


@pytest.mark.parametrize(
    "body, subjects",
    [
        ("全年受理投诉1200件，办结1180件。", ["投诉", "投诉"]),  # the figure before, one unit
        ("村里积极引进企业，目前已引进14家。", ["企业"]),  # the noun that ends the clause before
        ("发放救助金8万元，惠及160户。", ["救助金", None]),  # another unit: not the same thing
        ("会上表彰了先进个人，其中有12名。", ["先进个人"]),
        ("村民热情高涨，已累计兑换积分2.8万分。", ["积分"]),  # 积分 is tagged an adverbial adjective
        ("大桥年底建成通车，2座高速设有出口。", ["高速"]),  # it opens its clause: its own noun, not 大桥
        ("县里设立了调解中心，今年已受理260件。", [None]),  # 受理 says nothing of how many 中心
        ("村里推广林下养鸡，已带动90户。", [None]),
        ("社区招募了楼栋长，现有46名。", ["楼栋长"]),  # 现有: how many there are
    ],
)
def test_a_figure_whose_clause_names_only_what_was_done_counts_what_the_clause_before_names(body, subjects):
    assert [m.subject for m in extract_metrics(body)] == subjects


@pytest.mark.parametrize(
    "body, subjects",
    [
        ("全村水田、旱地分别有860亩和420亩。", ["水田", "旱地"]),
        ("今年入学率、巩固率分别为99.1%、98.7%。", ["入学率", "巩固率"]),
        ("两个村的集体收入分别达到42万元和38万元。", ["村", "集体收入", "集体收入"]),  # one name
        ("党员和群众分别捐款3万元、5万元。", ["捐款", "捐款"]),  # 捐款 is no linking verb
    ],
)
def test_figures_listed_after_fenbie_count_the_names_listed_before_it_in_order(body, subjects):
    assert [m.subject for m in extract_metrics(body)] == subjects


def test_a_share_of_a_whole_counts_what_the_figure_before_it_counts():
    metrics = extract_metrics("全市注册志愿者150万人，占常住人口的17.62%。")
    assert [m.subject for m in metrics] == ["注册志愿者", "注册志愿者"]
    assert one("其中服务时长人数占注册人数的66%。").subject == "服务时长人数"


@pytest.mark.parametrize(
    "body, raw",
    [("实现党组织覆盖“100%”目标。", "100%"), ("揣着“未发生1起安全生产事故”的踏实回村。", "1起")],
)
def test_a_quotation_that_is_the_figure_alone_or_says_more_than_a_name_is_read(body, raw):
    assert [m.raw_text for m in extract_metrics(body)] == [raw]


def test_a_change_from_one_figure_to_another_counts_one_thing():
    metrics = extract_metrics("这个村的人均年收入从不到5000元增加到2.3万元。")
    assert [m.subject for m in metrics] == ["人均年收入", "人均年收入"]
    metrics = extract_metrics("该村集体收入由2019年的不足5万元增长到去年的60万元。")
    assert [m.subject for m in metrics] == ["集体收入", "集体收入"]
    metrics = extract_metrics("居民参与率由过去的30%提高到85%。")
    assert [m.subject for m in metrics] == ["居民参与率", "居民参与率"]


def test_a_traditional_page_keeps_units_and_qualifiers_as_printed() -> None:
    """As its subjects and initiative names: the reports printed in traditional script are annotated
    as printed (個, 戶, 餘), and the gate knows those forms."""
    from expectations.suites import known_units
    from transforms.page import stage_page

    page = "社區新聞\n\n本報訊 某市某區今年發放補貼1.6萬元，惠及居民300餘戶，建成驛站12個。\n"
    rows = (
        stage_page("t.txt", page.encode("big5")).frames["metric"].select("value", "unit", "qualifier").rows()
    )
    assert rows == [(16000.0, "元", None), (300.0, "戶", "餘"), (12.0, "個", None)]
    assert {"戶", "個", "户", "个"} <= set(known_units())
    simple = stage_page("s.txt", "本报讯 某区惠及居民300余户。\n".encode()).frames["metric"]
    assert simple.select("unit", "qualifier").rows() == [("户", "余")]


@pytest.mark.parametrize(
    "body, subject",
    [
        ("村里遇到30万元的资金缺口。", "资金缺口"),
        ("社区面临近200万元的维修资金缺口。", "维修资金缺口"),
        ("全乡去年种了1.5万亩玉米。", "玉米"),
        ("全家每年多了3万元收入。", "收入"),
        ("社区建起了一座300平方米的活动中心。", "活动中心"),
        ("经营性收入超过10万元的村增加。", "经营性收入"),
    ],
)
def test_a_verb_right_before_the_figure_takes_it_and_the_noun_after_as_its_object(body, subject):
    """Not 村里遇到: the noun after the figure (or its 的) is the thing; a linking 超过 is no such verb."""
    assert one(body).subject == subject


@pytest.mark.parametrize(
    "body, subject",
    [
        ("共发放慰问金、慰问品等3万元。", "慰问金、慰问品"),
        ("组织党员、群众3000余人参加。", "党员、群众"),
        ("爱心商户、友好单位捐款30余万元。", "友好单位捐款"),
        ("社区有居民小区12个、商铺300余家。", "商铺"),
        ("动员300余名党员、干部、群众等参加。", "党员、干部、群众"),
        ("建成15个党群服务站、文化广场和图书室。", "党群服务站"),
    ],
)
def test_a_subject_that_ends_a_list_of_names_joined_by_a_pause_mark_takes_the_list(body, subject):
    """Not when the last item is no noun phrase (捐款), nor across another figure."""
    assert extract_metrics(body)[-1].subject == subject


def test_a_verb_right_after_a_sum_goes_on_with_the_sentence_and_names_nothing() -> None:
    assert one("乡贤们累计捐款800万余元用于本村公益事业。").subject == "捐款"


def test_a_figure_per_period_keeps_the_period_and_the_verb_of_its_subject() -> None:
    assert one("收购点日收购能力接近3万斤。").subject == "日收购能力"
    assert one("景区年接待游客超过10万人次。").subject == "年接待游客"


def readings(body: str) -> list[tuple[float, str, str | None, str | None]]:
    return [(m.value, m.unit, m.qualifier, m.subject) for m in extract_metrics(body)]


@pytest.mark.parametrize(
    "printed, plain",
    [
        ("全街道共有网格员２４６名，满意率达９７．５％。", "全街道共有网格员246名，满意率达97.5%。"),
        ("议事会每月召开一次.12个部门派员参加.", "议事会每月召开一次。12个部门派员参加。"),
        ("群众满意率达96.4%.", "群众满意率达96.4%。"),
        ("共有Ｂ１２版、４栋楼。", "共有B12版、4栋楼。"),
    ],
)
def test_full_width_digits_and_an_ascii_full_stop_read_like_plain_text(printed, plain):
    """Pages print digits full-width or end sentences with an ASCII point: read as the plain text
    is (the figure right after such a point is not taken for decimals), raw_text as printed."""
    metrics = extract_metrics(printed)
    assert readings(printed) == readings(plain) != []
    assert all(printed[m.char_start : m.char_end] == m.raw_text for m in metrics)


@pytest.mark.parametrize(
    "body",
    ['社区坚持"两个维护"，推行"五个一"工作法。', "社区坚持「两个维护」，推行『五个一』工作法。"],
)
def test_a_name_in_straight_quotes_or_corner_brackets_is_a_name(body):
    assert extract_metrics(body) == []


def test_straight_quotes_open_and_close_in_turn_like_curly_ones():
    straight = '街道建成15个"邻里之家"，"两个维护"落到实处，服务群众3000人。'
    curly = "街道建成15个“邻里之家”，“两个维护”落到实处，服务群众3000人。"
    assert readings(straight) == readings(curly)
    assert [m.raw_text for m in extract_metrics(straight)] == ["15个", "3000人"]


@pytest.mark.parametrize(
    "spaced, plain",
    [
        ("社 区 党 组 织 3 2 个 ， 满 意 率 达 9 8 . 6 % 。", "社区党组织32个，满意率达98.6%。"),
        ("全 镇 铺 设 管 道 6 0 公 里 ， 建 成 6 大 项 。", "全镇铺设管道60公里，建成6大项。"),
        ("社 区 有 居 民 3 0 8 5 户 、 7 7 1 0 人 。", "社区有居民3085户、7710人。"),
    ],
)
def test_a_line_spaced_out_one_character_a_space_reads_like_plain_text(spaced, plain):
    """Units of several characters and subjects are read across the spaces; raw_text and subject
    are the spans as printed, spaces kept."""
    metrics = extract_metrics(spaced)
    assert [(v, u, q, s and s.replace(" ", "")) for v, u, q, s in readings(spaced)] == readings(plain)
    assert all(spaced[m.char_start : m.char_end] == m.raw_text for m in metrics)
    assert all(spaced[slice(*m.subject_span)] == m.subject for m in metrics if m.subject_span)


@pytest.mark.parametrize(
    "body, subject",
    [
        ("今年全村新栽种果树1.8万株。", "果树"),
        ("社区食堂日均接待就餐老人150人次。", "就餐老人"),
        ("镇里今年新识别监测对象12户。", "监测对象"),
        ("全县登记参保人数达12万人。", "登记参保人数"),  # a count noun keeps its verbs
        ("景区年接待游客超过10万人次。", "年接待游客"),  # a figure per period
    ],
)
def test_a_count_after_a_verb_and_its_object_counts_the_object(body, subject):
    """Whatever the verb: the object's noun, not the clause that does something to it."""
    assert one(body).subject == subject


@pytest.mark.parametrize(
    "body, subject",
    [
        ("村集体经济收入去年达到50万元。", "村集体经济收入"),
        ("全县农村自来水普及率今年提高到96%。", "农村自来水普及率"),
        ("群众满意度连续三年保持在99%以上。", "群众满意度"),
        ("设总网格长12名。", "总网格长"),  # a one-character word the tagger reads as an adjective
    ],
)
def test_when_the_figure_came_is_no_part_of_its_subject(body, subject):
    assert one(body).subject == subject


@pytest.mark.parametrize(
    "body, subject",
    [
        ("把药品送到86户老人身边。", "老人"),
        ("12栋老楼焕然一新。", "老楼"),
        ("先后有300多名大学生回到村里创业。", "大学生"),
    ],
)
def test_the_noun_after_a_count_ends_before_what_it_does_or_where_it_is(body, subject):
    assert one(body).subject == subject


@pytest.mark.parametrize(
    "body, subject",
    [
        ("推出3个特色调解品牌，方便群众。", "特色调解品牌"),
        ("组建12支矛盾纠纷调解队伍。", "矛盾纠纷调解队伍"),
        ("15个小区开展活动。", "小区"),  # 开展 goes on with the clause
    ],
)
def test_a_lead_verb_between_nouns_after_a_count_is_part_of_the_name(body, subject):
    assert one(body).subject == subject


@pytest.mark.parametrize(
    "body, subject",
    [
        ("全区设立“老娘舅”调解室46个。", "“老娘舅”调解室"),
        ("矛盾纠纷调解成功率常年保持在98%以上。", "调解成功率"),
        ("该镇的土地流转面积已达到1.5万亩。", "流转面积"),
    ],
)
def test_a_verb_a_name_needs_before_its_last_word_stays(body, subject):
    """A one-character noun names nothing alone; a rate of what a lead verb does keeps the verb."""
    assert one(body).subject == subject


def test_a_share_keeps_its_word():
    """占比 names the figure with what it is a share of (the tagger cuts it into 占 and 比)."""
    assert one("全区60岁以上老年人占比达到23%。").subject == "老年人占比"
    assert one("女性党员占比41%。").subject == "女性党员占比"


def test_an_event_named_by_a_verbal_noun_is_what_a_count_before_it_counts():
    assert one("今年开展村组培训12场次。").subject == "村组培训"
    assert one("累计化解120件。").subject is None  # 化解 is the clause's verb


def test_a_clause_of_a_linking_word_alone_counts_the_noun_that_ends_the_clause_before():
    assert one("打造了一批以“睦邻客厅”为代表的共享空间，共计45处。").subject == "共享空间"
    assert one("受益群众，达3000余人。").subject == "群众"
    assert [m.subject for m in extract_metrics("建成驿站15个，共计投入200万元。")] == ["驿站", None]


@pytest.mark.parametrize(
    "body, subject",
    [
        ("街道新增充电车位75个。", "充电车位"),
        ("城区主次干道新增停车泊位3200个。", "停车泊位"),
        ("累计化解信访积案41件。", "信访积案"),
        ("小区今年加装电梯4台。", "电梯"),  # after an adverb, the verb is the clause's
    ],
)
def test_a_verb_after_the_clauses_verb_modifies_the_noun(body, subject):
    assert one(body).subject == subject


def test_verbs_after_a_count_of_people_say_what_they_did():
    assert one("企业吸纳了周边村民160多人就业。").subject == "村民"
    assert one("吸纳160名党员入驻。").subject == "党员"
    assert one("共有300名志愿者服务。").subject == "志愿者"


def test_a_lead_verb_with_its_object_after_a_count_is_no_part_of_the_name():
    assert one("为238名老人发放高龄补贴。").subject == "老人"
    assert one("帮助4家企业解决融资难题。").subject == "企业"


def test_a_time_word_alone_names_nothing():
    assert one("近年来累计有1.2万余人次参与志愿服务。").subject is None


def test_a_count_of_people_read_before_it_is_the_people_not_what_was_done():
    assert one("为辖区居民体检3000余人次。").subject == "辖区居民"
    assert [m.subject for m in extract_metrics("全村2000余名村民中有800余人参与种植。")] == ["村民", "村民"]


def test_the_modal_of_a_name_stays_with_it():
    assert one("该村人均可支配收入达到2.6万元。").subject == "人均可支配收入"
    assert one("每户每年可增收3000元以上。").subject == "增收"


def test_an_age_word_before_a_figure_names_people_not_a_time():
    """青年, 老年 are tagged time words; before a count they are the people counted."""
    assert one("暑期学校共培训返乡青年800多人次。").subject == "返乡青年"


def test_a_comparison_with_last_year_is_no_part_of_the_subject():
    assert one("全区的火灾发生率同比下降了9.5%。").subject == "火灾发生率"
    assert one("全镇信访总量同比去年减少了40%。").subject == "信访总量"


def test_a_measure_word_split_off_a_noun_is_joined_back():
    """The tagger reads 桩 of 充电桩 as a measure word: not after a numeral, it ends a noun."""
    assert one("小区累计建成充电桩300余个。").subject == "充电桩"


def test_a_phrase_after_de_keeps_the_verb_that_opens_it():
    """After 的 a whole noun phrase stands: a verb opening it modifies its noun (快递 is tagged v)."""
    assert one("全镇的快递网点数量增加到了18个。").subject == "快递网点数量"


def test_verbs_after_the_figure_and_de_modify_the_noun_after():
    """安排了20万元的扶持资金: the verb takes the figure, the noun after 的 is what it counts."""
    assert one("镇里为每个组安排了8万元的扶持资金。").subject == "扶持资金"


def test_a_long_name_after_a_count_keeps_its_head():
    """A name longer than MAX_PHRASE that ends its clause with the head of a body's name is read to
    its end, kept to its last words (文明实践志愿服务队); a noun and what it does is not (清理楼道杂物)."""
    assert one("街道组建了15支新时代文明实践志愿服务队。").subject == "实践志愿服务队"
    assert one("镇里有20余名党员志愿者清理楼道杂物。").subject == "党员志愿者"


def test_a_linking_verb_read_as_one_word_with_its_noun_is_no_part_of_it():
    assert one("每年可为村集体增加收入15万元。").subject == "收入"


def test_a_short_quotation_opening_the_phrase_before_is_part_of_it():
    assert one("全区有“红色”楼栋长130名。").subject == "“红色”楼栋长"
    assert one("该村通过“五清”收回集体土地70亩。").subject == "集体土地"  # a verb between: the clause's
    assert one("全区设立“老娘舅”调解室46个。").subject == "“老娘舅”调解室"


def test_lai_after_a_span_of_time_says_since_when():
    """一年来: the tagger reads 来 as a verb, which kept the verb after it in the subject."""
    assert one("中心半年来接待群众来访900余人次。").subject == "群众"


def test_a_figure_inside_a_modifier_counts_the_noun_it_modifies():
    assert one("村里投资80万元修建的篮球场已经投入使用。").subject == "篮球场"


def test_a_verb_right_before_a_percentage_says_how_the_thing_changed():
    assert one("让居民办事时间平均缩短40%。").subject == "居民办事时间"


def test_a_head_that_says_how_much_keeps_what_it_is_the_amount_of():
    assert one("全区老旧小区加装电梯的数量达到了300部。").subject == "加装电梯的数量"


def test_a_count_of_events_keeps_its_verbal_noun():
    """次 alone counts events, not people: the verb that ends the phrase before names the event."""
    assert one("全年开展政策宣讲30余次。").subject == "政策宣讲"


def test_a_one_character_verb_inside_a_compound_noun_after_a_count():
    """The tagger cuts 助餐点 and 送考车 into a verb and a noun; at the end of the clause they are
    one name, unlike a light verb (有, 是) or a verb the clause goes on after."""
    assert one("今年建成18个社区老年助餐点，方便老人。").subject == "社区老年助餐点"
    assert one("出动30余辆爱心送考车。").subject == "爱心送考车"


def test_a_count_joined_to_another_leaves_their_shared_head_out():
    """5个…和15个…党建平台: the platform is of both counts, not part of what the second counts."""
    subjects = [m.subject for m in extract_metrics("依托3个村党支部和12个网格党支部党建平台，开展服务。")]
    assert subjects[1].startswith("网格党支部") and not subjects[1].endswith("平台")


def test_a_word_read_as_a_numeral_without_one_is_a_noun():
    """The tagger reads 大项 as a numeral; holding none, it is the noun the count counts."""
    assert [m.subject for m in extract_metrics("从4个大项20个小项进行考核。")][0] == "大项"


@pytest.mark.parametrize(
    "body, figure, subject",
    [
        ("他把3.5亩承包地流转给了合作社。", "3.5亩", "承包地"),
        ("今年共种植60亩辣椒和45亩玉米。", "45亩", "玉米"),
        ("其中，总投入约80万元。", "80万元", "总投入"),
    ],
)
def test_a_figure_after_a_preposition_or_a_conjunction_counts_the_noun_after(body, figure, subject):
    """将/把 + figure + noun, 和 + figure + noun: the figure and the noun after it are one phrase."""
    assert next(m for m in extract_metrics(body) if m.raw_text.endswith(figure)).subject == subject


def test_a_share_right_after_a_figure_is_a_share_of_what_it_counts():
    """男性98人，占53.8%: 占 alone after a comma, the share is of the figure before's thing."""
    assert [m.subject for m in extract_metrics("受访者中，女性120人，占55.6%。")] == ["女性", "女性"]


def test_a_one_character_item_listed_after_a_count_shares_the_head_of_the_last():
    assert one("全市有200名市、县两级人大代表参加。").subject.startswith("市、县")
    assert [m.subject for m in extract_metrics("共有12个村、5个社区参加。")] == ["村", "社区"]


def test_he_between_words_of_a_name_after_a_count_joins_them():
    assert one("为120名残疾和失能老人上门服务。").subject == "残疾和失能老人"
    assert [m.subject for m in extract_metrics("有3个党支部和146名党员。")] == ["党支部", "党员"]
