"""A teaser's headline (blocks29): a headline whose next printed line points to the page its story
is printed on (`详见5版`, `（全文见第12版）`, `▶第6版`) heads no text of this page, not even the
photo caption printed right under the pointer. All text here is made up."""

from __future__ import annotations

from transforms import articles
from transforms.articles import split_articles

_TEXT = (
    "青禾镇日前在全镇推开积分超市，村民参加公益劳动、环境整治就能攒下积分，到村部的超市里兑换油盐米面和日用品。"
    "镇里还把积分和评先评优挂钩，去年全镇有八百多户参加积分评比，村容村貌明显改善。"
    "镇党委负责人介绍，下一步将把积分超市推广到全部行政村，让更多村民参与乡村治理。"
)
_COLUMN = "\n".join(_TEXT[i : i + 14] for i in range(0, len(_TEXT), 14))
_CAPTION = "图为村民在田间收割稻谷。 张三 摄"


def _titled(page: str) -> dict[str, str | None]:
    return {a.body[:6]: a.title for a in split_articles(page)[0] if a.body}


def test_a_teaser_over_a_caption_leaves_the_caption_untitled() -> None:
    page = f"青禾镇推开积分超市\n\n{_COLUMN}\n\n临川社区老年食堂开张\n\n详见5版\n\n{_CAPTION}\n"
    titled = _titled(page)
    assert titled[_TEXT[:6]] == "青禾镇推开积分超市"
    assert titled[_CAPTION[:6]] is None
    orphans = [a.title for a in split_articles(page)[0] if a.kind == "orphan_headline"]
    assert orphans == ["临川社区老年食堂开张"]


def test_an_arrow_pointer_makes_a_teaser_too() -> None:
    page = f"青禾镇推开积分超市\n\n{_COLUMN}\n\n临川社区老年食堂开张\n▶第6版\n\n{_CAPTION}\n"
    assert _titled(page)[_CAPTION[:6]] is None


def test_pointer_lines() -> None:
    for line in ("详见5版", "（详见第12版）", "（全文见A3版）", "(见A3版)", "▶第6版"):
        assert articles._teaser_pointer(line), line
    # a continued-to or continued-from mark, a page's own number, a line of text: no teaser's pointer
    for line in (
        "（下转第5版）",
        "（上接第2版）",
        "第6版",
        "第6版 专题报道",
        "村民说详见5版的通知内容已经张贴出来了",
    ):
        assert not articles._teaser_pointer(line), line
