"""extract_initiatives on texts written for these tests (round 23, issue 18): names in 《》 that
title a programme, names introduced by their kind or owned by a place, methods named after a
place, and quoted words that are no names (dates, sums of numbers, slogans, merit titles, counts)."""

import pytest

from transforms.initiatives import extract_initiatives


def names(text: str) -> list[str]:
    return [i.name for i in extract_initiatives(text)]


@pytest.mark.parametrize(
    "text",
    [
        "每到“520”前后，婚姻登记处都排起长队。",  # a month and day, MDD
        "防汛期间，干部们“5+2”连轴转。",  # a working week, no head
        "活动分“室内+室外”两场，“线上+线下”同步宣传。",  # opposite words added
        "大家都记得那句“实干才是硬道理”的口号。",  # a slogan with a copula
        "始终坚持“以群众为中心”，把事情办好。",  # 以…为: its 中心 is no hall
        "她去年被评为“优秀调解员”。",  # a merit title, a role
        "这批项目被列为今年的“八项民生”。",  # a count of a word
        "省委印发《关于加强村级组织建设的意见》。",  # a document in 《》
        "社区为居民订阅了《老年报》。",  # a newspaper in 《》
    ],
)
def test_no_name_in_dates_sums_slogans_titles_and_documents(text: str) -> None:
    assert names(text) == []


def test_a_sum_of_numbers_is_a_name_with_a_head() -> None:
    assert names("镇里推行“4+1”议事规则。") == ["4+1"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县电视台开设《田坎议事》栏目，每周播出一期。", "田坎议事"),
        ("区里打造的《邻里议事厅》已经办了三十期。", "邻里议事厅"),
        ("社区的巡逻团队“夜萤火”每晚出动。", "夜萤火"),
        ("“石头说事”是该村打造的协商议事品牌。", "石头说事"),
        ("青川街道“睦邻里”已经办了两年，老人们有说有笑。", "睦邻里"),
        ("村民可以在“乡邻通”APP上查看村务。", "乡邻通"),
    ],
)
def test_names_in_titles_after_their_kind_or_their_place(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "社区打造品牌“新台阶”，再上一层楼。",  # a figure of speech after a brand
        "社区“红领巾”们放学后来帮忙。",  # a word after a place
        "小区“晾衣难”由来已久。",  # a problem after a place
        "全国城乡社区“共建共享”越做越实。",  # a common word before the level, no place
        "要把农村“闲置资源”盘活起来。",  # a word that ends in a level
    ],
)
def test_no_name_after_a_kind_or_place_that_is_a_figure_or_a_problem(text: str) -> None:
    assert names(text) == []


def test_a_method_named_after_its_place_keeps_the_place() -> None:
    text = "石桥村总结出石桥三步工作法，矛盾不出村。"
    assert names(text) == ["石桥三步工作法"]


def test_a_numbered_method_inside_a_quoted_name_is_not_a_second_name() -> None:
    assert names("他总结的“德胜两访工作法”在全县推广。") == ["德胜两访工作法"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县电视台开设《田坎\n议事》栏目，每周播出一期。", "田坎议事"),
        ("县电视台开设《田坎议事》\n栏目，每周播出一期。", "田坎议事"),
        ("“石头说事”是该村打造的协商\n议事品牌。", "石头说事"),
    ],
)
def test_titles_and_defined_names_across_a_hard_wrap(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("楼里的事都在“同楼情”微信群里商量。", "同楼情"),
        ("社区的青年服务团队“晨光”每周上门陪伴老人。", "晨光"),
        ("村里有个“评理堂”，谁家有矛盾都可以去坐坐。", "评理堂"),
    ],
)
def test_a_group_chat_a_two_character_team_and_a_hall(text: str, name: str) -> None:
    assert names(text) == [name]


def test_what_a_thing_became_to_someone_is_a_figure_of_speech() -> None:
    assert names("这个小广场成了居民的“快乐驿站”。") == []


def test_a_curated_name_inside_a_longer_name_found_is_no_second_name() -> None:
    assert names("街道组建“红色物业”联盟，定期会商。") == ["红色物业联盟"]
    assert names("开展“深化红色物业 共建和美家园”行动。") == ["深化红色物业共建和美家园", "红色物业"]
