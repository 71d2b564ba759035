"""`Article.kind`: a report printed with its photo is an article (the photographer among its
authors); a caption with its credit and no report text is a photo item (`articles._kind`)."""

from __future__ import annotations

from transforms.articles import split_articles

REPORT = (
    "老旧小区加装电梯跑出加速度\n\n"
    "    本报讯（记者 周洋 通讯员 吴敏）记者从山东省青岛市市南区获悉，今年该区已完成老旧小区加装电\n"
    "梯120部，惠及居民3600余户。\n"
    "    市南区建立一站式审批服务，审批时间由原来的60天压缩至15天。同时，该区组织党员志愿者上门\n"
    "讲解加装电梯政策，帮助居民协商出资比例，化解邻里矛盾，推动更多老旧小区加装电梯，让居民\n"
    "出行更方便。\n\n"
    "图为居民乘坐新装电梯。  王刚 摄\n"
)


def test_a_report_closing_with_its_photo_credit_is_an_article() -> None:
    articles, _ = split_articles(REPORT)
    assert [a.kind for a in articles] == ["article"]
    assert [(x.name, x.role) for x in articles[0].authors] == [
        ("周洋", "记者"),
        ("吴敏", "通讯员"),
        ("王刚", "摄影"),
    ]


def test_a_caption_with_its_credit_alone_is_a_photo_item() -> None:
    page = REPORT + "\n\n社区志愿者为老人理发。\n李明 摄\n"
    articles, _ = split_articles(page)
    assert [a.kind for a in articles][-1] == "photo"
