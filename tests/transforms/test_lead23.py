"""Two mends found on the shared sample pages laid out again (`evaluation.relayout`), on pages written here.

- A two-line headline printed after its body, on a page with no blank lines: its short first line
  under the body's short last line (`…更亮了。` / `柳岸镇多措并举` / `推动网格治理提质增效`) is
  the headline's start, not that body's last line (`_short_head_start`: under a line that ends its
  paragraph, the line above need not be twice as wide).
- A text line that ends on an opening quotation or title mark (`《实施方案》围绕“`) goes on in the
  line under it: it is never a headline of its own, however unsure the model is of it.
"""

from __future__ import annotations

import dataclasses

from transforms import articles
from transforms.articles import split_articles

FIRST = [
    "□ 本报记者 宋明远",
    "今年以来，河川县柳岸镇把",
    "党支部建在网格上，全镇划分",
    "网格86个，配备专职网格员",
    "120名，推行“网格吹哨、部",
    "门报到”机制，群众反映的问",
    "题当天受理、三天办结。截至",
    "目前，已办结群众诉求1300余",
    "件，满意率达98%以上。",
    "镇里还组建了由退休干部、",
    "老党员组成的调解队伍，常年",
    "活跃在村头巷尾，把矛盾化解",
    "在萌芽状态，基层治理的底色",
    "更亮了。",
]
HEADLINE = ["柳岸镇多措并举", "推动网格治理提质增效"]
SECOND = [
    "本报讯（记者 刘春）近日，",
    "青禾市西城区举办首届社区",
    "议事节，全区42个社区的居",
    "民代表围绕加装电梯、停车",
    "管理等问题展开讨论，现场",
    "形成议事成果27项。活动期",
    "间，各社区还评选出“金牌",
    "议事员”50名。",
]


def test_a_headline_printed_after_its_body_keeps_its_short_first_line() -> None:
    found, _ = split_articles("\n".join(FIRST + HEADLINE + SECOND) + "\n")
    first = next(a for a in found if "柳岸镇把党支部" in a.body)
    assert (first.kicker or "") + (first.title or "") == "".join(HEADLINE)
    assert "多措并举" not in first.body
    second = next(a for a in found if "西城区" in a.body)
    assert second.title != HEADLINE[1]


def test_a_line_ending_on_an_opening_mark_is_no_lone_headline() -> None:
    page = [
        "社区议事会解民忧",
        "今年以来，河川县柳岸镇把党",
        "支部建在网格上，全镇划分网",
        "格86个，群众反映的问题当天",
        "受理、三天办结。",
        "《实施方案》围绕“",
        "一网统管”、便民服务、矛盾",
        "调解等方面提出12条措施。",
    ]
    lines, labels, conf = articles._labelled("\n".join(page) + "\n")
    k = next(i for i, x in enumerate(lines) if x.text.endswith("“"))
    labels[k], conf[k] = "body", 0.3  # as unsure as the model can be
    assert not articles._doubted_lone_line(lines, labels, conf, k, articles.UNSURE)
    lines[k] = dataclasses.replace(lines[k], text=lines[k].text[:-1], offs=lines[k].offs[:-1])
    assert articles._doubted_lone_line(lines, labels, conf, k, articles.UNSURE)  # the mark alone decides


def test_subheads_of_one_series_are_set_alike() -> None:
    """`_same_shape`, which `_series_heads_in_text` reads a subhead series by: as many characters, the
    marks at the same places."""
    assert articles._same_shape("筑牢“红色堡垒” 织密治理“一张网”", "激发“红色动能”下活治理“一盘棋”")
    assert not articles._same_shape("筑牢“红色堡垒”织密治理“一张网”", "西城区：网格赋能激活基层治理新动力")
    assert not articles._same_shape("一是", "二是")  # too short to say anything


def test_a_headline_whose_sentence_ends_in_the_short_line_under_it_is_a_sentence() -> None:
    """`青禾市…商议加装电梯` over `事宜。`: a caption wrapped a word before its full stop, not a
    headline over a body (a body's first line runs on); a longer line under it is text of its own."""
    page = ["青禾市西城区槐花社区党支部召开居民议事会商议加装电梯", "事宜。", "西城区建成网格化服务平台。"]
    lines, _, _ = articles._labelled("\n".join(page) + "\n")
    labels = ["title", "body", "body"]
    assert articles._sentences_read_as_headlines(lines, labels) == [(0, 2)]
    longer = [
        "青禾市西城区槐花社区党支部召开居民议事会商议加装电梯",
        "居民代表三十余人参加。",
        "西城区建成网格化服务平台。",
    ]
    lines, _, _ = articles._labelled("\n".join(longer) + "\n")
    assert articles._sentences_read_as_headlines(lines, labels) == []
