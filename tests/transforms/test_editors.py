"""An editor's credit at a page's foot (`责任编辑：… 版式：…`) is page furniture, never a headline
(`articles._editors_apart`)."""

from __future__ import annotations

from transforms.articles import split_articles

PAGE = (
    "楼道灯亮了 居民心暖了\n"
    "本报讯 近日，某社区的党员志愿者为老旧楼栋更换了声控灯，\n"
    "共更换灯具120盏，惠及居民400余户。\n"
    "（王刚 李敏）\n"
    "责任编辑：张华  版式：刘洋\n"
)


def test_an_editors_credit_heads_nothing() -> None:
    articles, _ = split_articles(PAGE)
    assert [a.title for a in articles] == ["楼道灯亮了 居民心暖了"]
    assert "张华" not in [x.name for a in articles for x in a.authors]
