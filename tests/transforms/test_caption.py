"""A photo's caption printed between two paragraphs of one article (`_captions_between`): a photo
piece of its own, the article goes on under it, the photographer is not its author."""

import pytest

from transforms.articles import split_articles

ABOVE = (
    "本报讯（记者 王明）近日，桃溪镇在全镇推行人居环境积分制，\n"
    "村民参与清扫道路、垃圾分类都能获得积分，积分可到\n"
    "积分超市兑换生活用品。\n"
)
BELOW = (
    "桃溪镇的积分制实行一年来，参与积分制的农户已有八百\n"
    "多户，积分超市累计兑换物品价值十余万元，村民清扫\n"
    "道路的劲头更足了。\n"
)
HEAD = "2024年12月18日 星期三\n\n桃溪镇推行积分制村容村貌焕然一新\n\n"
CAPTIONS = {
    "credit": "图为桃溪镇村民在积分超市挑选商品。 本报记者 赵六 摄\n",
    "plain_credit": "村民在积分超市挑选商品。 通讯员 赵六 摄\n",
    "credit_own_line": "村民在积分超市挑选商品。\n本报记者 赵六 摄\n",
    "source": "▲村民在积分超市挑选商品。（资料图片）\n",
}


def _articles(caption: str) -> tuple[list, list]:
    arts, _ = split_articles(f"{HEAD}{ABOVE}\n{caption}\n{BELOW}")
    return [a for a in arts if a.kind == "article"], [a for a in arts if a.kind == "photo"]


@pytest.mark.parametrize("form", sorted(CAPTIONS))
def test_caption_between_paragraphs_keeps_the_article_whole(form: str) -> None:
    texts, photos = _articles(CAPTIONS[form])
    assert len(texts) == 1, [a.body[:20] for a in texts]
    (art,) = texts
    assert art.title == "桃溪镇推行积分制村容村貌焕然一新"
    assert "推行人居环境积分制" in art.body and "累计兑换物品价值" in art.body
    assert "挑选商品" not in art.body  # the caption is the photo's, not the text's
    assert [x.name for x in art.authors] == ["王明"]  # the photographer is no author of the text
    assert len(photos) == 1 and "挑选商品" in photos[0].body


@pytest.mark.parametrize("form", ["credit", "credit_own_line"])
def test_photographer_credited_on_the_photo(form: str) -> None:
    _, (photo,) = _articles(CAPTIONS[form])
    assert [(x.name, x.role) for x in photo.authors] == [("赵六", "摄影")]


def test_caption_over_another_report_still_ends_the_article() -> None:
    other = (
        "新华社北京12月17日电（记者 李明）国家统计局今天发布数据，\n"
        "全国粮食总产量再创新高，主要农产品供给充足。\n"
    )
    arts, _ = split_articles(f"{HEAD}{ABOVE}\n{CAPTIONS['plain_credit']}\n{other}")
    texts = [a for a in arts if a.kind == "article"]
    assert len(texts) == 2  # a dispatch under the caption opens a report of its own
    assert not any("粮食总产量" in a.body and "积分制" in a.body for a in texts)


@pytest.mark.parametrize("furniture", ["第3版 要闻", "— 5 —", "A4", "责任编辑 王小明  美术编辑 李华"])
def test_page_furniture_inside_a_body_does_not_cut_it(furniture: str) -> None:
    arts, _ = split_articles(f"{HEAD}{ABOVE}{furniture}\n{BELOW}")
    texts = [a for a in arts if a.kind == "article" and a.body]
    assert len(texts) == 1, [(a.title, a.body[:20]) for a in texts]
    assert "推行人居环境积分制" in texts[0].body and "累计兑换物品价值" in texts[0].body
    assert furniture not in texts[0].body and texts[0].title == "桃溪镇推行积分制村容村貌焕然一新"
