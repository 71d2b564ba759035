"""Byline forms Chinese newspapers print, each read by `transforms.bylines` and placed on a small page by
`split_articles`: a reporter and a correspondent, an intern, credits (`文/图`, `撰文`, `摄影`), staff titles
(`特约通讯员`, `融媒体记者`, `见习记者`, `本网记者`), names with a middle dot or spaced out, four names,
a role after the names (`张三 摄`), bylines closing the text in brackets; and lines that name no author
(`据某某报道`, `来源：`), which must stay text or furniture. All names and text here are made up."""

from __future__ import annotations

import pytest

from transforms import bylines
from transforms.articles import _bylines_opened, _bylines_rejoined, _plainly, _Reader, split_articles
from transforms.bylines import Author
from transforms.lines import Line


def _names(found: list[Author] | None) -> list[str]:
    return [a.name for a in found or []]


def _pairs(found: list[Author] | None) -> list[tuple[str, str]]:
    return [(a.name, a.role) for a in found or []]


# Forms read whole as a byline line of its own.
LINE_FORMS = [
    ("本报记者 高文涛 通讯员 钱丽萍", [("高文涛", "记者"), ("钱丽萍", "通讯员")]),
    ("本报记者高文涛 通讯员钱丽萍", [("高文涛", "记者"), ("钱丽萍", "通讯员")]),
    ("（记者 高文涛 实习生 苏晓雨）", [("高文涛", "记者"), ("苏晓雨", "实习生")]),
    ("(记者 高文涛 实习生 苏晓雨)", [("高文涛", "记者"), ("苏晓雨", "实习生")]),
    ("文/图 高文涛", [("高文涛", "作者")]),
    ("文/高文涛 图/钱丽萍", [("高文涛", "作者"), ("钱丽萍", "摄影")]),
    ("高文涛 文/图", [("高文涛", "作者")]),
    ("摄影 高文涛", [("高文涛", "摄影")]),
    ("摄影：高文涛", [("高文涛", "摄影")]),
    ("撰文 高文涛 摄影 钱丽萍", [("高文涛", "作者"), ("钱丽萍", "摄影")]),
    ("撰文：高文涛", [("高文涛", "作者")]),
    ("特约通讯员 高文涛", [("高文涛", "通讯员")]),
    ("融媒体记者 高文涛", [("高文涛", "记者")]),
    ("见习记者 高文涛", [("高文涛", "记者")]),
    ("本报见习记者 高文涛", [("高文涛", "记者")]),
    ("本网记者 高文涛", [("高文涛", "记者")]),
    ("记者 阿依古丽·吐尔逊", [("阿依古丽·吐尔逊", "记者")]),
    ("记者 阿依古丽・吐尔逊 高文涛", [("阿依古丽·吐尔逊", "记者"), ("高文涛", "记者")]),
    ("本报记者 郑　欣", [("郑欣", "记者")]),
    ("本报记者 高文涛 钱丽萍 苏晓雨 郑立平", [(n, "记者") for n in ("高文涛", "钱丽萍", "苏晓雨", "郑立平")]),
    ("记者 高文涛、钱丽萍、苏晓雨", [(n, "记者") for n in ("高文涛", "钱丽萍", "苏晓雨")]),
    ("（高文涛 钱丽萍 苏晓雨）", [(n, "作者") for n in ("高文涛", "钱丽萍", "苏晓雨")]),
    ("（通讯员 高文涛 文/图）", [("高文涛", "通讯员")]),
    ("（□ 通讯员 高文涛 文/图）", [("高文涛", "通讯员")]),
    (
        "本报记者 高文涛 实习生 苏晓雨 通讯员 钱丽萍",
        [("高文涛", "记者"), ("苏晓雨", "实习生"), ("钱丽萍", "通讯员")],
    ),
    ("本报记者 钱丽萍/文 高文涛/摄", [("钱丽萍", "记者"), ("高文涛", "摄影")]),
    ("记者 欧阳晓明", [("欧阳晓明", "记者")]),
    ("特约撰稿人 高文涛", [("高文涛", "作者")]),
    ("高文涛 摄", [("高文涛", "摄影")]),
]


@pytest.mark.parametrize(("line", "want"), LINE_FORMS)
def test_a_byline_line_reads_its_names_and_roles(line: str, want: list[tuple[str, str]]) -> None:
    assert _pairs(bylines.read(line)) == want


@pytest.mark.parametrize(
    "line",
    ["本报见习记者 高文涛", "本网记者 高文涛", "本台记者 高文涛", "本刊特约通讯员 高文涛"],
)
def test_an_outlet_s_own_staff_line_opens_a_byline(line: str) -> None:
    """`本网记者`, `本台记者`: `本` and the outlet, then any role word (a box mark or role word alone did)."""
    assert _names(bylines.leading(line)) == ["高文涛"]


def test_a_box_mark_inside_a_closing_bracket() -> None:
    found = bylines.trailing("大家的日子越过越红火。（□ 通讯员 高文涛 文/图）")
    assert found is not None and _pairs(found[1]) == [("高文涛", "通讯员")]


def test_a_credit_after_the_names_closes_a_text() -> None:
    """`……红火。高文涛 钱丽萍 文/图`: names and then the credit, after the last sentence."""
    found = bylines.trailing("大家的日子越过越红火。高文涛 钱丽萍 文/图")
    assert found is not None and _names(found[1]) == ["高文涛", "钱丽萍"]


@pytest.mark.parametrize(
    "line", ["来源：江城日报", "来源 江城日报", "（来源：江城日报）", "稿件来源：某某社", "据某某社报道"]
)
def test_a_source_credit_names_no_author(line: str) -> None:
    """`来源` starts with a surname's character: a source line still names an outlet, no one."""
    assert bylines.parse(line.strip("（）")) is None
    assert bylines.read(line) is None


# --- small pages --------------------------------------------------------------------------------

BODY1 = (
    "今年以来，某镇坚持党建引领，推动网\n格化服务管理向纵深发展，全镇划分网\n"
    "格三十余个，配备专兼职网格员百余名，\n化解矛盾纠纷两百余起，群众满意度明\n显提升。\n"
)
BODY2 = (
    "清晨的小街村，村民们早早来到村委会，\n参加每月一次的村民议事会。会上，大\n"
    "家围绕环境整治、道路修缮等事项各抒\n己见，村干部认真记录，逐一回应。\n"
)
HEAD1, HEAD2 = "某镇织密网格服务群众", "小街村议事会开出新气象"


def _authors_of(text: str, title: str) -> list[str] | None:
    articles, _ = split_articles(text)
    return next((_names(a.authors) for a in articles if a.title == title), None)


@pytest.mark.parametrize(
    ("form", "want"),
    [
        ("本报记者 高文涛 通讯员 钱丽萍", ["高文涛", "钱丽萍"]),
        ("文/图 高文涛", ["高文涛"]),
        ("文/高文涛 图/钱丽萍", ["高文涛", "钱丽萍"]),
        ("撰文 高文涛 摄影 钱丽萍", ["高文涛", "钱丽萍"]),
        ("特约通讯员 高文涛", ["高文涛"]),
        ("融媒体记者 高文涛", ["高文涛"]),
        ("本报见习记者 高文涛", ["高文涛"]),
        ("本网记者 高文涛", ["高文涛"]),
        ("记者 阿依古丽·吐尔逊", ["阿依古丽·吐尔逊"]),
        ("本报记者 郑　欣", ["郑欣"]),
        ("本报记者 高文涛 钱丽萍 苏晓雨 郑立平", ["高文涛", "钱丽萍", "苏晓雨", "郑立平"]),
        ("□ 本报记者 高文涛 实习生 苏晓雨", ["高文涛", "苏晓雨"]),
        ("特约撰稿人 高文涛", ["高文涛"]),
    ],
)
def test_a_byline_under_the_headline_names_the_text_s_authors(form: str, want: list[str]) -> None:
    page = f"{HEAD1}\n\n{form}\n\n{BODY1}\n{HEAD2}\n\n本报讯　{BODY2}"
    assert _authors_of(page, HEAD1) == want


@pytest.mark.parametrize(
    ("form", "want"),
    [
        ("本报讯（记者 高文涛 实习生 苏晓雨）", ["高文涛", "苏晓雨"]),
        ("本报讯（通讯员 高文涛 文/图）", ["高文涛"]),
        ("本报讯（融媒体记者 高文涛 见习记者 钱丽萍）", ["高文涛", "钱丽萍"]),
        ("本报讯（特约通讯员 高文涛）", ["高文涛"]),
    ],
)
def test_a_dispatch_s_bracket_names_the_text_s_authors(form: str, want: list[str]) -> None:
    page = f"{HEAD1}\n\n{form}{BODY1}\n{HEAD2}\n\n本报讯　{BODY2}"
    assert _authors_of(page, HEAD1) == want


@pytest.mark.parametrize(
    ("form", "want"),
    [
        ("（高文涛 钱丽萍）", ["高文涛", "钱丽萍"]),
        ("（记者 高文涛 实习生 苏晓雨）", ["高文涛", "苏晓雨"]),
        ("（□ 通讯员 高文涛 文/图）", ["高文涛"]),
        ("（文/图 高文涛）", ["高文涛"]),
        ("□ 记者 阿依古丽·吐尔逊", ["阿依古丽·吐尔逊"]),
    ],
)
def test_a_byline_closing_the_text_names_its_authors(form: str, want: list[str]) -> None:
    page = f"{HEAD1}\n\n本报讯　{BODY1}{form}\n\n{HEAD2}\n\n本报讯　{BODY2}"
    assert _authors_of(page, HEAD1) == want


@pytest.mark.parametrize("form", ["据某某社报道", "来源：江城日报", "稿件来源：某某社"])
def test_a_source_line_closing_a_text_names_nobody(form: str) -> None:
    page = f"{HEAD1}\n\n{BODY1}{form}\n\n{HEAD2}\n\n本报讯（记者 高文涛）{BODY2}"
    assert _authors_of(page, HEAD1) == []
    assert _authors_of(page, HEAD2) == ["高文涛"]


def test_a_writer_s_credit_between_headline_and_dispatch_is_no_headline() -> None:
    """`文/高文涛` under the headline, then `本报讯 …`: the credit is the text's byline, not the
    headline's last line nor a section name (the model reads such a short line as either)."""
    page = f"{HEAD2}\n\n文/高文涛\n\n本报讯　{BODY2}\n{HEAD1}\n\n本报讯（记者 钱丽萍）{BODY1}"
    articles, _ = split_articles(page)
    assert [a.title for a in articles] == [HEAD2, HEAD1]
    assert _names(articles[0].authors) == ["高文涛"]


def test_a_photo_credit_under_a_named_text_before_the_desk_credits() -> None:
    """`高文涛 摄` alone under a text its dispatch names, then the page's `责任编辑：… 版式：…`: the credit
    is the text's photo's; the desk line is furniture, no text of its own."""
    page = f"{HEAD2}\n\n本报讯（记者 钱丽萍）{BODY2}\n高文涛 摄\n\n责任编辑：苏晓雨  版式：郑立平\n"
    articles, _ = split_articles(page)
    assert len(articles) == 1
    assert _pairs(articles[0].authors) == [("钱丽萍", "记者"), ("高文涛", "摄影")]


def test_a_dispatch_wrapped_before_its_bracket_names_the_text_s_author() -> None:
    """`新某某客户端、南` / `某网1月26日消息（记` / `者高文涛）…`: no line alone reads as a dispatch."""
    page = (
        "某镇积分超市开业 村民换来好物件\n\n\u3000\u3000新某某客户端、南\n\n某网1月26日消息（记\n\n"
        "者高文涛）\u3000“积分超\n\n市怎么兑换？”“我的\n\n积分不够兑换商品可以\n\n"
        "补等额差价吗？”近日，\n\n某镇新开的“积分超市”\n\n惠民商店里热闹非凡。\n"
    )
    articles, _ = split_articles(page)
    assert [_names(a.authors) for a in articles] == [["高文涛"]]


def test_a_dispatch_naming_its_own_authors_leaves_the_byline_above_it_to_the_text_above() -> None:
    """text, `◆文/记者 高文涛 通讯员 苏晓雨`, `某某社某地10月20日电（记者 钱丽萍）…`: the dispatch names
    its own author, so the byline line between closes the text above (no text has two openings)."""
    page = f"{HEAD1}\n\n{BODY1}◆文/记者 高文涛 通讯员 苏晓雨\n\n某某社某地10月20日电（记者 钱丽萍）{BODY2}"
    articles, _ = split_articles(page)
    assert [_names(a.authors) for a in articles] == [["高文涛", "苏晓雨"], ["钱丽萍"]]


def _fed(page: list[tuple[str, str, float]]) -> _Reader:
    reader = _Reader("\n".join(t for t, _, _ in page))
    for text, label, conf in page:
        reader.feed(Line(text, range(len(text))), label, conf)
    reader.finish()
    return reader


def test_a_bare_name_the_model_read_as_a_kicker_closes_the_text_above() -> None:
    """`……有人解。` / `高文涛` / headline: a lone name under a finished text that names nobody is its
    closing byline, not a kicker over the next headline (the model was unsure of it)."""
    reader = _fed(
        [
            (HEAD1, "title", 0.99),
            ("今年以来，某镇坚持党建引领，化解矛盾", "body", 0.99),
            ("纠纷两百余起，群众遇到问题有人解。", "body", 0.99),
            ("高文涛", "kicker", 0.4),
            (HEAD2, "title", 0.99),
            ("本报讯（记者 钱丽萍）清晨的小街村，村民们", "dateline", 0.99),
            ("早早来到村委会，参加村民议事会。", "body", 0.99),
        ]
    )
    assert [_names(p.authors) for p in reader.pieces] == [["高文涛"], ["钱丽萍"]]


def test_a_place_read_as_a_kicker_stays_one() -> None:
    """`高新区` under a finished text: a place, no name; it stays over the headline under it."""
    reader = _fed(
        [
            ("今年以来，某镇坚持党建引领，化解矛盾", "body", 0.99),
            ("纠纷两百余起，群众遇到问题有人解。", "body", 0.99),
            ("高新区", "kicker", 0.4),
            (HEAD2, "title", 0.99),
            ("本报讯（记者 钱丽萍）清晨的小街村，村民们", "dateline", 0.99),
        ]
    )
    assert _names(reader.pieces[0].authors) == []


def test_a_headline_naming_an_editor_s_job_stays_a_headline() -> None:
    line = "编辑部里的年轻人"
    assert _plainly(Line(line, range(len(line))), "title") == "title"


def test_a_dispatch_alone_on_its_line_takes_the_bracket_under_it_the_model_read_as_closing() -> None:
    """`某某网8月16日讯` / `(本网记者 高文涛 文/图)` / text: the bracket is the dispatch's byline."""
    reader = _fed(
        [
            (HEAD1, "title", 0.99),
            ("某某网8月16日讯", "body", 0.7),
            ("(本网记者 高文涛 文/图)", "byline_end", 0.6),
            ("16日中午，某镇某社区歌声嘹亮，居民正", "body", 0.99),
            ("聚集在社区开展文化活动。", "body", 0.99),
        ]
    )
    assert [_names(p.authors) for p in reader.pieces] == [["高文涛"]]


def test_the_rest_of_a_dispatch_s_bracket_the_model_read_as_furniture() -> None:
    """`某某网8月16日讯 （本` / `网记者 高文涛 文/图）` (the second labelled noise): the bracket's rest."""
    reader = _fed(
        [
            (HEAD1, "title", 0.99),
            ("某某网8月16日讯 （本", "body", 0.86),
            ("网记者 高文涛 文/图）", "noise", 0.44),
            ("16日中午，某镇某社区歌声嘹亮，居民正", "body", 0.99),
            ("聚集在社区开展文化活动。", "body", 0.99),
        ]
    )
    assert [_names(p.authors) for p in reader.pieces] == [["高文涛"]]


def test_a_photo_credit_the_model_read_as_a_continuation_credits_the_caption() -> None:
    reader = _fed(
        [
            (HEAD2, "title", 0.99),
            ("村民在某村的爱心超市里用积分券换取生活物资。", "caption", 0.9),
            ("高文涛 摄", "continuation", 0.8),
        ]
    )
    assert [_pairs(p.authors) for p in reader.pieces] == [[("高文涛", "摄影")]]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, range(len(t))) for t in texts]


def test_a_byline_a_narrow_column_wrapped_over_three_lines_is_one_line() -> None:
    """`江城日报/江城新闻记` / `者 高文涛 钱丽萍 苏晓雨 郑` / `立平`, a blank after each line: the role
    word and the last name both cut, so no two of the lines read as a byline, the three do."""
    texts = [
        "某镇坚持党建引领，推动网格化服务",
        "",
        "管理向纵深发展，全镇划分网格三十",
        "",
        "余个，化解矛盾纠纷两百余起。",
        "",
        "江城日报/江城新闻记",
        "",
        "者 高文涛 钱丽萍 苏晓雨 郑",
        "",
        "立平",
        "",
        "清晨的小街村，村民们早早",
    ]
    raw, lines = _bylines_rejoined(_lines(texts), _lines(texts))
    joined = [x.text for x in lines if "江城日报" in x.text]
    assert joined == ["江城日报/江城新闻记者 高文涛 钱丽萍 苏晓雨 郑立平"]
    assert len(raw) == len(lines)
    assert _names(bylines.read(joined[0])) == ["高文涛", "钱丽萍", "苏晓雨", "郑立平"]


def test_a_stack_of_boxed_bylines_over_a_dispatch_opens_the_text_under_it() -> None:
    """text, `□ 钱丽萍` (read as closing), `□ 本报记者 苏晓雨`, `本报讯 …`: the two boxed lines are one
    stack heading the text under them, though it opens with a dispatch (that names no one)."""
    reader = _fed(
        [
            (HEAD1, "title", 0.99),
            ("□ 本报记者 高文涛", "byline", 0.99),
            ("今年以来，某镇坚持党建引领，化解矛盾", "body", 0.99),
            ("纠纷两百余起，群众遇到问题有人解。", "body", 0.99),
            ("□ 钱丽萍", "byline_end", 0.85),
            ("□ 本报记者 苏晓雨", "byline", 0.99),
            ("本报讯 2月21日，某街道召开了社区工作", "dateline", 0.99),
            ("会议，交流今年的亮点工作。", "body", 0.99),
        ]
    )
    _bylines_opened(reader.order)
    assert [_names(p.authors) for p in reader.pieces] == [["高文涛"], ["钱丽萍", "苏晓雨"]]


def test_a_byline_over_a_dispatch_naming_the_same_author_heads_that_dispatch_s_text() -> None:
    """text, `○ 本报记者 高文涛`, `本报讯（通讯员 高文涛）…`: one text's byline printed twice, not the
    text above's closing byline."""
    page = f"{HEAD1}\n\n{BODY1}○ 本报记者 高文涛\n\n本报某地讯（通讯员 高文涛）{BODY2}"
    articles, _ = split_articles(page)
    assert _names(articles[0].authors) == []


def test_a_headline_s_first_characters_read_as_a_kicker_name_no_one() -> None:
    """`石门小` / `街村走出治理新路`: a wrap cut the headline; its first characters start with a surname
    but look like no given name, so they sign nothing."""
    reader = _fed(
        [
            ("今年以来，某镇坚持党建引领，化解矛盾", "body", 0.99),
            ("纠纷两百余起，群众遇到问题有人解。", "body", 0.99),
            ("石门小", "kicker", 0.4),
            ("街村走出治理新路", "title", 0.6),
            ("本报讯 清晨的小街村，村民们早早来到", "dateline", 0.99),
        ]
    )
    assert _names(reader.pieces[0].authors) == []
