"""A byline printed after its text: kept by that text when the text names nobody else
(`articles._signed_apart`), and the next story's headline under it read as one in a narrow column whose
commas hang past its edge (`articles._hung_width`). Pages written for these tests."""

from tests.transforms.printed import read_labelled
from transforms.articles import _hung_width, _justified_under, _Reader, split_articles
from transforms.lines import Line

HEAD_ONE = "西岭镇网格见效"
HEAD_TWO = "东坪镇便民办事"
BODY_ONE = "近日，西岭镇把全镇划成十二个总网格，收集群众诉求一百二十件。"
BODY_TWO = "本报讯　东湖社区今年新建充电桩四十个，解决了居民的充电难题。"
BODY_THREE = "“以前车子乱停，现在有了议事会，大家商量着办。”居民老周说。"


def _read(page: list[tuple[str, str]]) -> _Reader:
    return read_labelled(page, opened=True)


def test_a_byline_after_a_text_naming_nobody_else_stays_closing_it() -> None:
    """The page prints a byline under a headline, but the text above the bracketed byline names no one
    (a dispatch of no names): the byline closes it, and the text under it (another column's text going
    on) gets no names."""
    reader = _read(
        [
            (HEAD_ONE, "title"),
            ("■记者 韩予川", "byline"),
            (BODY_ONE, "body"),
            (HEAD_TWO, "title"),
            (BODY_TWO, "body"),
            ("（记者 钟晓岷 吕方舟）", "byline_end"),
            (BODY_THREE, "body"),
        ]
    )
    first, second, third = reader.pieces
    assert [a.name for a in first.authors] == ["韩予川"]
    assert [a.name for a in second.authors] == ["钟晓岷", "吕方舟"]
    assert third.authors == []


def _lines(*texts: str) -> list[Line]:
    return [Line(t, range(len(t))) for t in texts]


def test_a_hung_comma_keeps_the_column_justified() -> None:
    near = ["近日，东坪镇便民服务", "项集中到一个窗口办理，", "中心还推出了预约服务"]
    assert _hung_width(near) == 10
    assert _justified_under(_lines("东坪镇便民办事", *near), 0) == 10
    assert _hung_width(["近日，东坪镇便民服务", "项集中到一个窗口，", "中心还推出了预约服务"]) == 0
    assert _hung_width(["近日，东坪镇便民服务", "中心还推出了预约"]) == 0


NARROW_PAGE = [
    "南溪村茶叶富民",
    "南溪村依托山地资源发",
    "展茶叶产业，全村种植",
    "茶园三千亩，合作社统",
    "一收购鲜叶，户均增收",
    "八千元。",
    HEAD_ONE,
    "近日，西岭镇把全镇划",
    "成十二个总网格，网格",
    "员走村入户，收集群众",
    "诉求一百二十件，办结",
    "率达到百分之九十五。",
    "作者:韩予川 钟晓岷",
    HEAD_TWO,
    "近日，东坪镇便民服务",
    "中心把四十多项审批事",
    "项集中到一个窗口办理，",
    "群众办事最多跑一次。",
    "中心还推出了预约服务",
    "和上门代办，去年代办",
    "事项六百余件。",
]


def test_a_headline_under_a_closing_byline_in_a_narrow_column() -> None:
    """Ten characters a line, a comma hung past the edge: the byline closes the text above and the
    next story keeps its headline."""
    articles, _ = split_articles("\n".join(NARROW_PAGE) + "\n")
    by_title = {a.title: a for a in articles}
    assert [a.name for a in by_title[HEAD_ONE].authors] == ["韩予川", "钟晓岷"]
    assert HEAD_TWO in by_title and not by_title[HEAD_TWO].authors


def test_a_credit_alone_under_a_caption_credits_it() -> None:
    """The model read a story's lines as a photo's caption, and the credit alone on its line under
    them as one more caption line: it credits that caption, wherever its sentence ended."""
    page = [
        ("西岭镇网格见效", "title"),
        ("近日，西岭镇把全镇划成十二个总网格，收集群众诉求一百二十件，", "caption"),
        ("办结率达到百分之九十五。", "caption"),
        ("本报记者 韩予川 钟晓岷 摄", "caption"),
        ("镇里还建立了网格议事会，每月召开一次。", "caption"),
    ]
    reader = read_labelled(page, sure=0.9)
    assert [(a.name, a.role) for p in reader.pieces for a in p.authors] == [
        ("韩予川", "摄影"),
        ("钟晓岷", "摄影"),
    ]
