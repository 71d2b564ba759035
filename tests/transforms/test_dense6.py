"""Headlines the segmenter reads between two texts that run together (`transforms.articles`)."""

from transforms.articles import split_articles

# A report, then a headline under a series' kicker that shares few words with its text, over a text
# that opens with no dateline nor byline: it could be the first report's rest.
KICKED = """老街社区食堂开门迎客
本报讯 近日，老街社区的社区食堂正式开门，每天中午为辖区老人提供午餐。
食堂由一处闲置的仓库改建而成，设有三十个座位，菜品每周更换一次，老人凭卡就餐可享受优惠。
社区负责人介绍，下一步还将开通送餐上门服务，方便行动不便的老人在家吃上热饭。

乡风文明②
白石村：红白喜事有了新规矩
过去谁家办喜事都要摆上几十桌，攀比之风让不少村民背上了人情债。
去年起，村里把简办婚丧写进村规，由村民议事会监督执行，酒席桌数和礼金都有了上限。
如今村民们都说，少了面子上的负担，邻里之间反倒更亲近了。
"""


def test_a_kickers_headline_heads_the_text_under_it() -> None:
    articles, _ = split_articles(KICKED)
    titled = {a.title: a for a in articles}
    assert "白石村：红白喜事有了新规矩" in titled
    assert titled["白石村：红白喜事有了新规矩"].body.startswith("过去谁家办喜事")
    assert "过去谁家" not in titled["老街社区食堂开门迎客"].body


def test_a_headline_without_kicker_inside_a_text_stays_a_subhead() -> None:
    """The same page with no kicker: the short line between the paragraphs is the report's subhead."""
    page = KICKED.replace("乡风文明②\n", "").replace("\n\n白石村", "\n白石村")
    articles, _ = split_articles(page)
    assert [a.title for a in articles] == ["老街社区食堂开门迎客"]
