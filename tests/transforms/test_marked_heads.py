"""Pages that mark their headings (`# …`, as text pulled out of a web page or a markdown export prints
them): the mark says which line is a heading, so the lines and texts around one are read by it. Pages
written here; the labels the line model gave such lines on simulated pages are forced where the test
is about what assembly does with them."""

from __future__ import annotations

import pytest

from transforms import articles as A
from transforms.articles import split_articles
from transforms.lines import Line

BODY = (
    "柳岸镇把全镇划分为58个网格，每个网格配备1名专职网格员，上门为老人代办社保认证、医保报销等事项。",
    "今年以来，网格员累计上门服务2300多人次，收集并化解矛盾纠纷87起。",
)


def _line(text: str) -> Line:
    return Line(text, range(len(text)))


def _labelled_as(rows: list[tuple[str, str]]):  # noqa: ANN202
    def labelled(text: str) -> tuple[list[Line], list[str], list[float]]:
        return [_line(t) for t, _ in rows], [label for _, label in rows], [0.9] * len(rows)

    return labelled


def test_a_section_label_over_a_marked_heading_is_its_kicker(monkeypatch: pytest.MonkeyPatch) -> None:
    # the model read the label as a headline's first line (`title`), the heading as its wrap
    rows = [("民生观察", "title"), ("# 柳岸镇网格员变身“移动服务站”", "title"), *((t, "body") for t in BODY)]
    monkeypatch.setattr(A, "_labelled", _labelled_as(rows))
    (article,), _ = split_articles("\n".join(t for t, _ in rows))
    assert (article.kicker, article.title) == ("民生观察", "柳岸镇网格员变身“移动服务站”")


def test_a_whole_headline_printed_plain_over_a_marked_one_stays_a_headline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a headline printed after its body, the next story's marked heading right under it
    rows = [
        *((t, "body") for t in BODY),
        ("柳岸镇：网格员变身", "title"),
        ("“移动服务站”", "title+"),
        ("# 南湖村积分兑出文明新风", "title"),
        ("南湖村把垃圾分类、邻里互助、参与志愿服务等折算成积分，村民凭积分兑换油盐酱醋。", "body"),
        ("今年以来，全村发放积分卡460张，兑换商品1.2万元。", "body"),
    ]
    monkeypatch.setattr(A, "_labelled", _labelled_as(rows))
    articles, _ = split_articles("\n".join(t for t, _ in rows))
    assert "南湖村积分兑出文明新风" in [a.title for a in articles]
    assert all(a.kicker is None or "柳岸镇" not in a.kicker for a in articles)


def test_text_under_a_marked_heading_goes_on_from_no_text_above() -> None:
    reader = A._Reader("")
    reader.feed(_line("# 青石街道推行“楼栋议事角”"), "title", 0.9)
    reader.feed(_line("青石街道今年在辖区42个小区设立“楼栋议事角”，每月碰头一次。"), "body", 0.9)
    reader.feed(_line("东港：凝聚新力量"), "title", 0.9)
    reader.feed(_line("快递小哥随手拍下楼道里堆放的杂物，社工为新搬来的居民讲解办事流程"), "body", 0.9)
    reader.feed(_line("# 柳岸镇：积分超市激活乡村治理"), "title", 0.9)
    reader.feed(_line("日前，走进河川县柳岸镇的“文明超市”，只见货架上摆满了油盐酱醋"), "body", 0.9)
    first, plain, marked = reader.pieces
    assert (first.marked, plain.marked, marked.marked) == (True, False, True)
    assert A._may_go_on(first, plain)  # a plain headline between two texts may be one displaced
    assert not A._may_go_on(plain, marked)


def test_a_headline_printed_after_a_whole_report_heads_it() -> None:
    page = "\n".join(
        [
            "# 青石街道推行“楼栋议事角”",
            "青石街道今年在辖区42个小区设立“楼栋议事角”，由楼栋长、物业和居民代表每月碰头一次，商量加装电梯等小事。",
            "截至目前，议事角已协调解决居民诉求310余件，居民满意率达到96%。",
            "",
            "星报讯 日前，河川县" + BODY[0],
            BODY[1],
            "（融媒体中心 记者 宋明远 韩雪）",
            "",
            "治理进行时",
            "# 银 发 族 的 贴 心 人",
            "",
            "样本调查",
            "# 南湖村：积分兑出文明新风",
            "南湖村把垃圾分类、邻里互助、参与志愿服务等折算成积分，村民凭积分到村里的“文明超市”兑换油盐酱醋。",
            "今年以来，全村发放积分卡460张，兑换商品1.2万元。",
        ]
    )
    articles, warnings = split_articles(page)
    report = next(a for a in articles if "柳岸镇" in a.body)
    assert report.title == "银发族的贴心人"
    assert [a.name for a in report.authors] == ["宋明远", "韩雪"]
    assert not [w for w in warnings if w.startswith("orphan headline")]
