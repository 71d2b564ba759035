"""A text's rest printed apart from it mid-word (`rests_rejoined`), on text written for these tests."""

from transforms.articles import Line, Piece, rests_rejoined, split_articles

# Report A (东湖社区's volunteers) opens the page under its byline, its headline printed doubled
# further down, over the rest of its text, which goes on mid-word from A's first part (`志愿` / `者`);
# report B (西岭镇's visit) stands between the two parts with its own headline and byline.
PAGE = """■记者 张三

东湖社区近日组织辖区党员干部和
志愿者走进居民家中，了解居民需
求，帮助解决实际困难。社区党员
和物业公司、志愿

西岭镇慰问敬老院老人

■记者 李四

西岭镇近日组织干部慰问敬老院老
人，送去米面油等慰问品。镇干部
与老人们拉家常，详细询问他们的
身体和生活情况。

东湖社区东湖社区网格服务网格服务暖民心暖民心

者、楼栋长等力量组成服务队，每
周上门走访独居老人两次。
"""


def test_rest_printed_apart_mid_word_goes_with_its_text() -> None:
    articles, _ = split_articles(PAGE)
    by_title = {a.title: a.body for a in articles}
    assert "物业公司、志愿者、楼栋长" in by_title["东湖社区网格服务暖民心"]
    assert "楼栋长" not in by_title["西岭镇慰问敬老院老人"]


def _piece(*texts: str, pos: int = 0) -> Piece:
    return Piece(lines=[Line(t, range(len(t))) for t in texts], pos=pos)


def test_rest_joins_only_a_text_that_ends_no_sentence() -> None:
    first = _piece("社区党员和物业公司、志愿", pos=0)
    ended = _piece("社区党员带头做好服务。", pos=1)
    rest = _piece("者、楼栋长等力量组成服务队。", pos=2)
    pieces, order = rests_rejoined([first, rest], [first, rest])
    assert pieces == [first] and order == [first]
    assert first.lines[-1].text == "者、楼栋长等力量组成服务队。"
    pieces, _ = rests_rejoined([ended, rest], [ended, rest])
    assert len(pieces) == 2
