"""Two mends found on the shared sample pages laid out again (`evaluation.relayout`, a width sweep), on
pages written here.

- A report whose sections open under subheads set alike (`稳住“基本盘” 下好治理“先手棋”`, then
  `激活“动力源” 打好服务“组合拳”`) keeps them in its text: read as headlines, they cut the report in
  pieces each too short to say whose it is, and one section went to another report's headline.
- A line that closes a title mark the text line above left open (`…印发《河川县基层` / `治理工作
  清单》`) goes on with that sentence, however much it reads as a headline.
"""

from __future__ import annotations

from tests.transforms.test_blank4 import _lines
from transforms import articles
from transforms.articles import split_articles

INDENT = "\u3000\u3000"

LEAD = [
    "■记者 韩立新",
    INDENT + "今年以来，河川县柳岸镇坚持",
    "党建引领，把网格作为基层治",
    "理的基本单元，探索出一条共",
    "建共治共享的新路子。",
]
SECTIONS = [
    (
        ["稳住“基本盘”", "下好治理“先手棋”"],
        [
            INDENT + "柳岸镇把全镇划为86个网格，",
            "每个网格配备一名专职网格员",
            "和两名兼职网格员，做到小事",
            "不出网格、大事不出村。",
        ],
    ),
    (
        ["激活“动力源”", "打好服务“组合拳”"],
        [
            INDENT + "镇里组建退休干部调解队伍，",
            "常年活跃在村头巷尾，今年已",
            "化解各类矛盾纠纷120余起，群",
            "众满意率达到98%以上。",
        ],
    ),
    (
        ["筑牢“主阵地”", "绘好发展“同心圆”"],
        [
            INDENT + "全镇新建党群服务站14个，",
            "开设老年食堂6家，每天为辖",
            "区老人提供助餐服务400余人",
            "次，群众获得感不断增强。",
        ],
    ),
]
HEADLINE = ["柳岸镇：网格织密", "基层治理“一张网”"]
OTHER = [
    "青禾市西城区举办首届社区议事节",
    "■记者 刘春",
    INDENT + "近日，青禾市西城区举办首届",
    "社区议事节，全区42个社区的",
    "居民代表围绕加装电梯、停车",
    "管理等问题展开讨论，现场形",
    "成议事成果27项。",
]


def _page() -> str:
    lines = [*HEADLINE, *LEAD]
    for head, text in SECTIONS:
        lines += [*head, *text]
    return "\n".join(lines + OTHER) + "\n"


def test_subheads_set_alike_stay_in_their_report() -> None:
    found, _ = split_articles(_page())
    report = next(a for a in found if "柳岸镇坚持" in a.body)
    for head, text in SECTIONS:
        assert text[0].strip() in report.body
        assert all(a.title != "".join(head) for a in found)
    assert "激活“动力源”" in report.body
    other = next(a for a in found if "议事节，全区" in a.body)
    assert "柳岸镇" not in other.body


def test_subhead_lines_set_alike_are_read_as_their_text() -> None:
    page = [*LEAD[1:]]
    labels = ["body"] * len(page)
    for head, text in SECTIONS:
        page += [*head, *text]
        labels += ["title", "title+"] + ["body"] * len(text)
    read = articles._series_heads_in_text(_lines(page), labels)
    assert read == ["body"] * len(page)


def test_headlines_set_otherwise_stay_headlines() -> None:
    """As long and markless, but no first or last character alike: two reports' headlines."""
    text = [*SECTIONS[0][1]]
    page = [*text, "柳岸镇新建党群服务站", *text, "西城区举办社区议事节", *text]
    labels = ["body"] * 4 + ["title"] + ["body"] * 4 + ["title"] + ["body"] * 4
    assert articles._series_heads_in_text(_lines(page), labels) == labels
    alike = [*text, "柳岸镇新建党群服务站", *text, "西城区新建老年食堂站", *text]
    assert articles._series_heads_in_text(_lines(alike), labels) == ["body"] * len(alike)


def test_a_line_closing_the_title_mark_above_goes_on_with_its_sentence() -> None:
    page = [
        "柳岸镇：网格织密基层治理“一张网”",
        "■记者 韩立新",
        INDENT + "今年年初，河川县柳岸镇成立基层治理工作领导小组，下设一办五",
        "组细化分解压实责任，先后印发《河川县基层",
        "治理工作领导小组各工作组职责清单》",
        "《河川县网格治理工作推进机制》等",
        "文件，健全会议、调研、督办三项工作制度，全镇网格治理有章可循，",
        "群众诉求办结率达到98%以上。",
        *OTHER,
    ]
    found, _ = split_articles("\n".join(page) + "\n")
    report = next(a for a in found if "柳岸镇成立" in a.body)
    assert "职责清单》《河川县网格治理" in report.body.replace("\n", "")
    assert all("职责清单" not in (a.title or "") for a in found)


def test_a_text_line_closing_the_mark_a_headline_line_left_open_is_its_wrap() -> None:
    page = ["村民可以用获得的积分在“爱心超市”免", "河川县柳岸村：“积分", "超市”让乡风更文明", "费兑换物品。"]
    read = articles._wraps_closed_below(_lines(page), ["body", "title", "body", "body"])
    assert read == ["body", "title", "title+", "body"]


def test_a_text_line_closing_the_mark_with_a_clause_goes_on_as_text() -> None:
    page = ["河川县柳岸村：“积分", "超市”开张以来，村民兑换物品", "三千余件。"]
    labels = ["title", "body", "body"]
    assert articles._wraps_closed_below(_lines(page), labels) == labels


def test_the_readers_subtitle_mark_and_the_clause_break_are_two_rules() -> None:
    """`_CLAUSE` (a line opening with a dash or holding a comma goes under a wrapped title as its
    subtitle) was defined a second time further down for `_clause_run_into_text`, and that second
    pattern replaced it for the reader too; each rule has its own name now."""
    assert articles._CLAUSE.search("——河川县推进网格化管理纪实")
    assert articles._CLAUSE.search("青山村、河口镇")
    assert not articles._CLAUSE_BREAK.search("青山村，")  # a comma with no words after it breaks nothing
    assert articles._CLAUSE_BREAK.search("三月，在青山村")
    assert articles.STACKED_TAIL == 10 and articles.STACKED_MIN == 8


def test_a_doubted_line_after_a_paragraph_end_over_a_byline_is_a_headline() -> None:
    """The sample page 000's way, its blank lines taken away: a body, its headline, a deck set wider
    than the column, the bylines. The model read the headline as text (0.72)."""
    page = [
        "镇里还组建了调解队伍，常年活跃",
        "在村头巷尾，基层治理的底色更亮了。",
        "柳岸镇织密网格治理“一张网”",
        "河川县柳岸镇通过划细网格、配强队伍、建好阵地等方式，激活基层治理",
        "□ 韩立新",
    ]
    labels, conf = ["body", "body", "body", "body", "byline"], [1.0, 1.0, 0.72, 0.3, 1.0]
    got, _ = articles._heads_over_datelines(_lines(page), labels, conf)
    assert got[2] == "title"
    no_deck = [*page[:3], page[4]]
    got, _ = articles._heads_over_datelines(_lines(no_deck), labels[:3] + ["byline"], conf[:3] + [1.0])
    assert got[2] == "title"


def test_a_bodys_last_line_over_its_closing_byline_stays_text() -> None:
    page = [
        "镇里还组建了调解队伍，常年活跃",
        "在村头巷尾，基层治理的底色更亮了。",
        "群众满意率达到98%以上。",
        "□ 韩立新",
    ]
    labels, conf = ["body", "body", "body", "byline"], [1.0, 1.0, 0.72, 1.0]
    assert articles._heads_over_datelines(_lines(page), labels, conf)[0] == labels
    sure = [
        "镇里还组建了调解队伍，常年活跃",
        "在村头巷尾，基层治理的底色更亮了。",
        "柳岸镇织密网格治理“一张网”",
        "□ 韩立新",
    ]
    assert (
        articles._heads_over_datelines(_lines(sure), labels, [1.0] * 4)[0] == labels
    )  # the model sure: text
