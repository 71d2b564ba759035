"""What a figure counts (fact_metric.subject, issue 18) on phrasing the dev reports hardly hold:
sentences written for these tests, not taken from ../shared."""

from __future__ import annotations

import pytest

from tests.transforms.subject_cases import subject_of


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("社区为辖区120名80岁以上老人免费体检。", "120名", "老人"),
        ("这里住着300多位70岁以上的老人。", "300多位", "老人"),
        ("共有45名18至35岁的青年报名参加。", "45名", "青年"),
        ("为全镇2100余名65周岁以上老年人建立了健康档案。", "2100余名", "老年人"),
    ],
)
def test_an_age_bracket_after_a_count_is_left_out(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("街道对12家沿街商铺进行了整治。", "12家", "沿街商铺"),
        ("村里有10名以上党员参加。", "10名以上", "党员"),
    ],
)
def test_a_locative_of_place_opens_the_name_one_of_quantity_does_not(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("全县参加医保的人数达到41.3万人。", "41.3万人", "参加医保的人数"),
        ("小区最终加装电梯的户数达到了56户。", "56户", "加装电梯的户数"),
        ("今年参与志愿服务的人次超过3万人次。", "超过3万人次", "参与志愿服务的人次"),
        ("老旧小区加装电梯的数量达到120台。", "120台", "加装电梯的数量"),
    ],
)
def test_a_head_that_counts_who_did_it_keeps_what_they_did(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("镇里还投入80万元为9个村安装路灯。", "80万元", "投入"),
        ("企业为村里捐赠了30万元。", "30万元", "捐赠"),
        # the noun after the sum, or a verb inside the phrase before it, still names it
        ("县里为每个村安排了20万元的扶持资金。", "20万元", "扶持资金"),
        ("县里共投入资金2.3亿元。", "2.3亿元", "资金"),
        ("今年，全县地区生产总值完成186亿元。", "186亿元", "地区生产总值"),
    ],
)
def test_a_sum_a_verb_spends_is_named_by_the_verb_not_by_who_spent_it(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("活动参与人数达到3000人。", "3000人", "活动参与人数"),
        ("今年全县参保人数达52万人。", "52万人", "参保人数"),
    ],
)
def test_a_count_of_people_keeps_the_verb_that_says_what_they_did(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("这是全县3个省级的示范基地之一。", "3个", "示范基地"),
        ("全县32个村的村民都参加了。", "32个", "村"),
    ],
)
def test_a_level_before_de_after_a_count_modifies_the_noun_after_it(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("农技人员深入田间地头指导农户3000余户。", "3000余户", "农户"),
        ("每名网格员平均联系服务群众120户左右。", "120户左右", "服务群众"),
    ],
)
def test_a_verb_the_tagger_reads_as_a_noun_still_leaves_its_object_counted(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("今年以来，共接待来访群众（含电话咨询）860人次。", "860人次", "来访群众"),
        ("街道成立了6支（共计180人）平安巡逻队。", "6支", "平安巡逻队"),
        # a short note stays inside the name
        ("全区村（社区）68个。", "68个", "村（社区）"),
        ("全区68个村（社区）均设立了法律服务室。", "68个", "村（社区）"),
    ],
)
def test_a_bracketed_aside_beside_a_figure_is_read_past(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("全县共有县级以上文明村86个。", "86个", "县级以上文明村"),
        ("全县5家规模以上企业参加。", "5家", "规模以上企业"),
        # a bound of the figure, not of a class
        ("社区有30户以上居民签约。", "30户以上", "居民"),
        ("社区80岁以上老人120名。", "120名", "老人"),
    ],
)
def test_a_threshold_after_a_noun_or_a_level_is_inside_the_name(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("把卫生、治安、邻里等5大项32小项事项列入清单。", "5大项", "事项"),
        ("把卫生、治安、邻里等5大项32小项事项列入清单。", "32小项", "事项"),
        ("全县共梳理出8大类46项服务事项。", "8大类", "服务事项"),
        ("全村共有6个村民小组320户1200人。", "6个", "村民小组"),
    ],
)
def test_a_count_followed_at_once_by_another_shares_its_noun(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


def test_an_adjective_alone_after_a_count_reads_on_to_the_noun():
    assert subject_of("首批8台老旧更新电梯已经交付。", "8台") == "老旧更新电梯"
    assert subject_of("30名优秀学生获得奖学金。", "30名") == "优秀学生"


def test_a_noun_the_tagger_reads_as_a_numeral_ends_the_phrase_before_a_figure():
    assert subject_of("这家合作社去年收购大米300吨。", "300吨") in ("大米", "收购大米")


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("今年共劝导酒驾行为86起。", "86起", "酒驾行为"),
        ("经过整治，小区的乱停车现象减少了80%以上。", "80%以上", "停车现象"),
        ("村集体收入为50万元。", "50万元", "村集体收入"),
    ],
)
def test_a_head_of_what_happens_keeps_its_verb_and_the_wei_of_xingwei_links_nothing(
    sentence, figure, subject
):
    assert subject_of(sentence, figure) == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("街道为12个行政村安装太阳能路灯。", "12个", "行政村"),
        ("今年为36个小区更换健身器材。", "36个", "小区"),
        ("县里为15个乡镇配备消防车。", "15个", "乡镇"),
        # a verb inside a name: its head names a place, a body or a role
        ("建成3个社区养老服务站。", "3个", "社区养老服务站"),
        ("全市培育了120个乡村振兴示范村。", "120个", "乡村振兴示范村"),
        ("全县共聘请了400名乡村振兴指导员。", "400名", "乡村振兴指导员"),
    ],
)
def test_a_verb_and_its_object_after_a_counted_noun_are_not_its_name(sentence, figure, subject):
    assert subject_of(sentence, figure) == subject


def test_what_a_sum_is_for_is_not_what_it_is():
    assert subject_of("区里每年安排200万元用于社区工作者培训。", "200万元") == "安排"


def test_a_purpose_after_a_sum_does_not_name_it_even_through_a_de():
    assert subject_of("镇里每年安排50万元用于村里的环境整治。", "50万元") == "安排"
