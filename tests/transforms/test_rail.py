"""A dispatch credit printed after the text it closes, right over a headline (session 28, rail)."""

from transforms.articles import split_articles

# made-up page: a text signed by a dispatch credit under its last sentence, its headline under the
# credit, then the next story with its kicker, headline and byline over its text
_PAGE = "\n".join(
    [
        "今年以来，河口镇把老旧小区改造作为民生实事，",
        "先后完成了管网更新、道路硬化和绿化提升等工程，居民出行更加方便。",
        "镇里还组织党员志愿者入户走访，收集居民意见建议四十余条。",
        "",
        "“现在小区干净整洁，住着舒心多了。”居民李大爷说。",
        "",
        "青山7月8日电 （刘晓红）",
        "",
        "河口镇：老旧小区改造让居民住得更舒心",
        "",
        "【乡村新风】",
        "柳树湾社区开设“周末课堂”",
        "记者 孙志强",
        "",
        "柳树湾社区近日开设“周末课堂”，邀请退休教师为辖区孩子辅导作业，",
        "每周六上午开课，已有六十多名孩子报名参加，家长们纷纷点赞。",
        "社区负责人表示，将持续丰富课堂内容，让孩子们学有所获。",
    ]
)


def test_dispatch_credit_over_a_headline_signs_the_text_above() -> None:
    articles, _ = split_articles(_PAGE)
    signed = [a for a in articles if "河口镇把老旧小区" in a.body]
    assert len(signed) == 1
    assert [x.name for x in signed[0].authors] == ["刘晓红"]
    assert "刘晓红" not in signed[0].body
    assert all("刘晓红" not in [x.name for x in a.authors] for a in articles if a is not signed[0])
