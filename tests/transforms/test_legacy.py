"""Pages in traditional script are segmented as the same page in simplified script is, and what comes
out is printed as the page prints it (`transforms.articles.split_articles`, `transforms.script.Reprint`).
The pages here are written for these tests."""

from transforms import articles
from transforms.articles import split_articles
from transforms.script import Reprint, simplified, traditional

PAGE = """\
绿水镇开办夜间议事会
本报讯（记者 周海鸣）为了让上班的居民也能说上话，绿水镇把议事会搬到了晚上。
每周三晚七点，各村的党员、村民代表和外出务工返乡的年轻人围坐在村委会里，商量修路、排水和停车等事情。
三个月来，议事会共收集建议九十多条，已经办结六十余条，村民满意度明显提高。

青石县推行网格员包片服务
本报讯（记者 程立东 通讯员 马晓雯）青石县将全县划分为四百个网格，每个网格配备一名专职网格员。
网格员每天走访包片的住户，帮助老人代办医保、登记困难家庭的需求，并把问题及时上报街道。
县里还开发了手机小程序，居民遇到问题可以直接拍照反映，平均两天内就能得到回复。

白沙社区建起共享菜园
本报讯　社区把一块闲置多年的空地改造成了菜园，分给六十户居民认领种植。
收获的蔬菜一部分送给辖区的独居老人，另一部分在周末的邻里集市上义卖，所得款项用于社区公益。
（记者 韩雪松）
"""


def _fields(a: articles.Article) -> tuple:
    return (a.kind, a.title, a.kicker, a.subtitle, a.body, tuple(a.offsets), [x.name for x in a.authors])


def test_the_page_in_traditional_script_reads_as_in_simplified() -> None:
    printed = traditional(PAGE)
    assert printed != PAGE and simplified(printed) == PAGE  # the page really changes script
    simple, _ = split_articles(PAGE)
    trad, _ = split_articles(printed)
    assert [a.title for a in simple] == [
        "绿水镇开办夜间议事会",
        "青石县推行网格员包片服务",
        "白沙社区建起共享菜园",
    ]
    assert len(trad) == len(simple)
    for s, t in zip(simple, trad, strict=True):
        assert list(t.offsets) == list(s.offsets)  # the same segmentation, character for character
        assert t.title == traditional(s.title or "")  # put back in the page's own script
        assert t.body == traditional(s.body) != s.body
        assert [x.name for x in t.authors] == [traditional(x.name) for x in s.authors]
        assert [x.role for x in t.authors] == [x.role for x in s.authors]
    assert "綠水鎮開辦夜間議事會" in [a.title for a in trad]
    assert "周海鳴" in [x.name for a in trad for x in a.authors]


def test_the_segmentation_reads_a_traditional_page_in_its_simplified_copy(monkeypatch) -> None:  # noqa: ANN001
    """The line model, the byline and dateline words and the matching's bigrams see one script."""
    seen: list[str] = []
    inner = articles._split_articles

    def spy(text: str) -> tuple[list[articles.Article], list[str]]:
        seen.append(text)
        return inner(text)

    monkeypatch.setattr(articles, "_split_articles", spy)
    split_articles(traditional(PAGE))
    split_articles(PAGE)
    assert seen == [PAGE, PAGE]


def test_a_simplified_page_is_read_as_printed() -> None:
    assert [_fields(a) for a in split_articles(PAGE)[0]] == [
        _fields(a) for a in articles._split_articles(PAGE)[0]
    ]


def test_one_article_in_traditional_script_on_a_simplified_page_stays_as_printed() -> None:
    first, rest = PAGE.split("\n\n", 1)
    mixed = traditional(first) + "\n\n" + rest
    assert not articles._traditional_page(mixed, simplified(mixed))
    assert articles._traditional_page(traditional(PAGE), PAGE)
    assert [_fields(a) for a in split_articles(mixed)[0]] == [
        _fields(a) for a in articles._split_articles(mixed)[0]
    ]


def test_a_string_read_from_the_copy_is_put_back_run_by_run_as_printed() -> None:
    """A headline joined from two lines is found in the copy in two runs; a page printing one
    character in two scripts gives each run its own."""
    printed = "後來的發展\n天后宫在村后\n頭髮長了"
    simple = simplified(printed)
    back = Reprint(simple, printed)
    assert back.text("后来的发展天后宫") == "後來的發展天后宫"
    assert back.text("头发") == "頭髮"
    assert back.text(None) is None
    assert back.chars("发") in ("發", "髮")
    assert back.at("后来", [0, 1]) == "後來"
