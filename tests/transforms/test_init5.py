"""extract_initiatives on texts written for these tests (round 24, issue 18): quoted names with no
head and no verb that introduces them, found by where the sentence puts them (a means, a place, a
clause's acting subject, what one joins or what has members, a term explained, a list of steps
after a verb that introduces a name); and quoted words that are no names (shopping days, rankings,
a subject's description, a kind of people, titles, nicknames, figures of contrast)."""

import pytest

from transforms.initiatives import extract_initiatives


def names(text: str) -> list[str]:
    return [i.name for i in extract_initiatives(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("街道依托“同心圆桌”收集居民意见。", "同心圆桌"),  # a means
        ("居民借助“掌上楼栋”随时反映问题。", "掌上楼栋"),
        ("镇里以“三访三看”为抓手推进走访。", "三访三看"),
        ("老人们在“移动诊室车”上量血压。", "移动诊室车"),  # a place, after 在
        ("每周三晚上，大家在“巷尾茶叙”里商量小区的事。", "巷尾茶叙"),
        ("“睦邻夜谈”让新老住户熟络起来。", "睦邻夜谈"),  # a clause's acting subject
        ("据介绍，“邻聚力”启动以来已覆盖全街道。", "邻聚力"),
        ("去年，他报名加入了“银发护河”。", "银发护河"),  # what one joins
        ("王阿姨是“阳台种菜”的发起人。", "阳台种菜"),  # what has a founder
        ("社区推行“三色预警”，即红黄蓝三级。", "三色预警"),  # a term the text explains
        ("区里推行“小区吹哨、单位响应”，效果明显。", "小区吹哨、单位响应"),  # steps after a verb
        ("在“议事长凳”旁，几位老人正商量修路的事。", "议事长凳"),  # a place, 旁
        ("村里有一支名为“老槐树”的巡逻队。", "老槐树"),  # named so, a word all the same
    ],
)
def test_a_quoted_name_placed_as_a_named_thing(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "赶上“双十二”，快递驿站忙个不停。",  # a shopping day
        "她获评区里“十佳调解员”。",  # a ranking of people
        "他去年获得“最美护河人”称号。",  # a title
        "村干部“一身多职”，常常忙到深夜。",  # what the subject does
        "要多关心“一残一困”群体。",  # a kind of people
        "大家都把他称为“楼道活地图”。",  # a nickname
        "居民们称之为“贴心服务站”。",  # a nickname with a head of its own
        "一位名叫“小周”的网格员每天巡查两遍。",  # a person named so
        "大家给村口的小桥取名“连心桥”。",  # a place named so, no kind after it
        "青年党员争当“领头羊”。",  # a figure, a dictionary word
        "“小板凳”撬动“大民生”。",  # a figure of contrast
        "做到“早排查、早化解、早上报”。",  # a slogan's steps after no verb that names
        "“服务到家”是我们的承诺。",  # a copula: what it is, not what it does
        "在“冬季”里，大家都在屋里。",  # a dictionary word in 在…里
        "“三大任务”全面完成。",  # a count
        "“智慧养老”建设加快推进。",  # a verbal noun after it: the kind of the subject
        "在“垃圾分类”中，志愿者冲在前面。",  # during a process
        "要在“微更新”上下功夫。",  # an effort's field
        "通过“晚饭后”走访，干部摸清了民情。",  # a time
    ],
)
def test_no_name_in_days_rankings_titles_nicknames_and_figures(text: str) -> None:
    assert names(text) == []
