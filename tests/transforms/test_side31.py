"""A byline alone between two texts, set close to the text under it: it opens that text (issue 17)."""

from transforms.articles import split_articles

_FIRST = """地方新闻

甲县老旧小区完成改造 居民住得更舒心　乙镇网格员走村入户解民忧
　　今年以来，甲县投入资金对城区老旧小区进行改造，
道路硬化、外墙保温、管网更新等工程已全部完工，
小区面貌焕然一新，居民们纷纷点赞。
　　“以前一下雨院子里全是积水，现在路平了，灯也亮
了。”家住老城小区的居民王大爷高兴地说。
"""

_SECOND = """　　清晨，乙镇网格员赵红就背着工作包出了门。她负
责的网格有一百多户居民，每天都要走上一圈，把群
众反映的问题记在本子上，能当场解决的当场解决。
　　“有事找网格员，已经成了大家的习惯。”乙镇党
委负责人介绍，全镇共划分网格三十个，实现全覆盖。
"""


def _authors(page: str) -> dict[str, list[str]]:
    return {a.title: [x.name for x in a.authors] for a in split_articles(page)[0]}


def test_byline_under_a_gap_glued_to_the_next_text_opens_it() -> None:
    got = _authors(_FIRST + "\n（日报记者 周明 吴芳）\n" + _SECOND)
    assert got["乙镇网格员走村入户解民忧"] == ["周明", "吴芳"]
    assert got["甲县老旧小区完成改造 居民住得更舒心"] == []
