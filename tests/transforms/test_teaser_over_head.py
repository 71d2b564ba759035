"""An orphan teaser headline printed over a page's first headline, on a page with a blank line after
every line: set wider than the text's column, it is no wrap of the headline under it, and stays an
orphan (`_wraps_on`). A page written here."""

from __future__ import annotations

from transforms.articles import split_articles

BODY = [
    "本报讯 “老周，今天",
    "楼道里的杂物清走了",
    "没有？”在河川县柳岸",
    "镇西河村，由村党支部",
    "书记带领的环境卫生督",
    "查队正挨家挨户进行检",
    "查。今年以来，西河村",
    "把卫生评比纳入积分管",
    "理，全村发放积分卡",
    "460张，兑换商品1.2",
    "万元，村容村貌焕然一",
    "新。",
]


def test_a_teaser_wider_than_the_column_stays_an_orphan() -> None:
    lines = ["要闻", "告别“脏乱差” 小村迎来“新面貌”", "河川柳岸镇：积分兑出新风", "□ 本报记者 宋明远", *BODY]
    articles, warnings = split_articles("\n\n".join(lines) + "\n")
    report = next(a for a in articles if "西河村" in a.body)
    assert report.title == "河川柳岸镇：积分兑出新风"
    assert any("告别“脏乱差”" in w for w in warnings if w.startswith("orphan headline"))
