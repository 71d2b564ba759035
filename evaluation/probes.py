"""Probes: one phenomenon laid out at several column widths, on pages we wrote ourselves.

    python -m evaluation.probes [-v]

The simulators lay real reports out the ways they were written to; a probe asks one narrow
question of the segmenter instead: does a byline the column wraps, or a headline the column wraps,
still come out whole? Each probe is a form (a byline's or a headline's) printed on a small page of
two articles, at column widths 10, 13, 16 and 20, with a blank line after every line or none. The
text is ours (`BODIES`), never a report's. Prints, per probe set, how many pages came out right;
with -v every page that did not. The byline sets found the gaps fixed in `articles._bylines_rejoined`,
`_closing_bylines_rejoined` and the reader's open dateline parenthesis (the simulators rarely wrap
a byline); `split dispatches` (a dispatch on a line of its own, the bracketed byline opening the
paragraph under it), `last bylines` (a byline line after the page's last text) and the byline lines
`文/张三`, `新华社记者 张三`, `张三 文/摄` (forms the line model reads as text) the ones fixed in
`articles._Reader`; the headline set is what is left to do (see the CHANGELOG). `wrapped
dispatches` lays a dispatch opening its text out at widths 8 to 12, its byline over two to four
lines (a role word or a name cut at a line's end).

Three sets measure what a narrow column does to a whole page at one width (the next article's
headline wraps too): `headline shapes` (a headline with a colon, two halves a space apart, two and
three lines long, printed doubled, over a `——` subtitle, under a kicker; over a byline, over the
text, or after it; two articles, no orphan, each body's own kicker and title), `names over a
section` (a closing byline's name, two characters or three, then a section label `地方传真` and the
next headline: the label is no name, the next article no author) and `narrow gaps` (two headlines
on one line one or two spaces apart over their two bodies). A wrapped headline the model misread
is joined and labelled again (`articles._wrapped_headlines_rejoined`); a byline's name over a
section label stays whole (`articles._glued_rest`), the label is read as one and the byline closes
the text above (`articles._sections_after_bylines`); a one-line headline as wide as a narrow column
(11 characters of 13) is a headline where the column under it is justified
(`articles._short_of_a_full_line`); two short headlines a narrow gap apart are cut apart
(`articles._one_headline_halved` keeps a kicker and its title whole). What is left: a headline
printed after its body between two bodies.

`full-width headlines` (issue 17) lays three stories on a page at widths 10 to 16, each headline
shorter than the column, as wide, or wrapped one or two characters past it, with or without blank
lines, indents and bylines: a headline as wide as the column reads as a full line of text, and
took its story into the one above. Fixed in `articles._full_width_headline` (after a paragraph's
end or a closing byline: no mark, no word cut into the next line, no sentence going on under it,
its words the text's below), `_opens_page` (over an indented paragraph; read as furniture over a
byline), `_wrapped_headlines_rejoined` (an indented line is no wrap; a rest that reads as a name
but ends the cut word; a mark-free first text line under a short rest). 103 -> 233 of 240.

`run-on bylines`: a byline run on after the body's last sentence with no bracket (`……一次。□ 本报记者
张三`), the column wrapping it anywhere, even inside its role word or a name (`……一次。本报记` / `者 张三`):
joined before labelling in `articles._closing_tails_rejoined`.

`two-row headlines` and `lines over a headline` (issue 17) print one headline mid-page, after another
story: a title over two rows of its own (cut at a colon, a space or a comma; doubled as bold type is
read twice), or under a line printed over it (a series kicker `善治乡村④`, a column's name, `【栏目】`, a
site's `栏目|` cut at its bar, a deck), checked as the scorer checks a title (title, title and
subtitle, or kicker and title). A marked kicker over a headline the model read as text, with the text,
opens its story (`articles._kicker_over_inner_head`, `_label_over_head`); still to do: an unmarked
kicker or deck, and a row cut at a comma, read as text (a story's subhead and a noisy break look alike).

Two sets ask about the forms of real pages: `closing lines` (a byline line of its own closing the
text, no bracket, the next headline right under it: read as text, that headline ran into its body,
fixed in `articles._heads_under_a_closing_byline`; at widths 10 and 13 an 11-character headline is as
wide as the column, still to do) and `sample forms` (the shared sample pages' byline forms and places:
a bracket after the text, `□ 曾 平`, two box lines, `■记者` with a spaced name, outlets run on, a
headline under its text; names that are also words).
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from transforms.articles import Article, split_articles

WIDTHS = (10, 13, 16, 20)
HEADLINE = "西岭镇网格化管理见实效"
NEXT_HEADLINE = "东湖社区推行双报到制度"
BODIES = (
    "近日，西岭镇把全镇划成十二个总网格，网格员走村入户，收集群众诉求一百二十件，办结率达到百分之九十五。"
    "镇里还建立了网格议事会，每月召开一次。",
    "东湖社区近日推行在职党员双报到，党员认领服务岗位三十个，楼栋长队伍扩充到八十人，居民叫好。"
    "社区还开通了民情热线。",
)


@dataclass(frozen=True)
class Probe:
    name: str
    page: str
    check: Callable[[list[Article]], bool]


def wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def _authors_are(names: list[str]) -> Callable[[list[Article]], bool]:
    return lambda articles: bool(articles) and [a.name for a in articles[0].authors] == names


def _page(lines: list[str], blank: bool) -> str:
    tail = [NEXT_HEADLINE, *wrap(BODIES[1], 20)]
    return ("\n\n" if blank else "\n").join([*lines, *tail]) + "\n"


def _last_page(byline: str, width: int, blank: bool) -> str:
    """Two articles, the byline closing the second, last on the page (the first one names nobody)."""
    lines = [HEADLINE, *wrap(BODIES[0], 20), NEXT_HEADLINE, *wrap(BODIES[1], width), *wrap(byline, width)]
    return ("\n\n" if blank else "\n").join(lines) + "\n"


def _last_authors_are(names: list[str]) -> Callable[[list[Article]], bool]:
    def check(articles: list[Article]) -> bool:
        holders = [a for a in articles if BODIES[1][:12] in a.body.replace("\n", "")]
        return len(holders) == 1 and [a.name for a in holders[0].authors] == names

    return check


OPENINGS = {  # a dateline and its byline opening the body
    "本报讯（记者 韩予川 通讯员 钟晓岷 潘语桐）": ["韩予川", "钟晓岷", "潘语桐"],
    "某某网8月16日讯（本网记者 韩予川 文/图）": ["韩予川"],
    "某某新闻客户端讯 韩予川 钟晓岷报道：": ["韩予川", "钟晓岷"],
    "新华社某地10月20日电（记者韩予川）": ["韩予川"],
    "某某日报全媒体讯（韩予川 钟晓岷）": ["韩予川", "钟晓岷"],
    "某某网西岭10月12日电 作者 韩予川 钟晓岷 ": ["韩予川", "钟晓岷"],
    "某某网 某省西岭12月7日电 （韩予川 钟晓岷）": ["韩予川", "钟晓岷"],
    "某某客户端、某某网1月26日消息（记者韩予川）": ["韩予川"],
    "某某网讯 通讯员韩予川 钟晓岷报道 ": ["韩予川", "钟晓岷"],
}
# A dispatch printed on a line of its own, the byline in brackets opening the paragraph under it.
SPLIT_DISPATCHES = {
    "某某网讯": ("（记者 韩予川 通讯员 钟晓岷）", ["韩予川", "钟晓岷"]),
    "某某客户端、某某网1月26日消息": ("（记者韩予川）", ["韩予川"]),
}
LINES = {  # a byline line of its own over the body
    "□ 本报记者 韩予川 通讯员 钟晓岷 潘语桐": ["韩予川", "钟晓岷", "潘语桐"],
    "■记者 韩予川 钟晓岷": ["韩予川", "钟晓岷"],
    "本报记者 韩予川 通讯员 钟晓岷": ["韩予川", "钟晓岷"],
    "文/韩予川": ["韩予川"],
    "文/图 韩予川 钟晓岷": ["韩予川", "钟晓岷"],
    "韩予川 文/摄": ["韩予川"],
    "新华社记者 韩予川 钟晓岷": ["韩予川", "钟晓岷"],
    "某某新闻/某某晚报 记者 韩予川": ["韩予川"],
    "记者 韩予川、钟晓岷": ["韩予川", "钟晓岷"],
    "某某日报/某某新闻记者 高平 方华": ["高平", "方华"],
    "孟航 常峥": ["孟航", "常峥"],
}
LAST_LINES = {  # a byline line of its own after the page's last text, no bracket: it closes that text
    "记者 韩予川 通讯员 钟晓岷": ["韩予川", "钟晓岷"],
    "本报记者 韩予川": ["韩予川"],
}
CLOSINGS = {  # a closing byline, run on from the body's last sentence or on lines of its own
    "（某某新闻/某某晚报 记者 韩予川）": ["韩予川"],
    "（韩予川 钟晓岷）": ["韩予川", "钟晓岷"],
    "（记者 韩予川 通讯员 钟晓岷 潘语桐）": ["韩予川", "钟晓岷", "潘语桐"],
}
RUN_ON_TAILS = {  # a byline run on from the body's last sentence, no bracket: a mark or a role word opens it
    "□ 本报记者 韩予川": ["韩予川"],
    "■记者 韩予川 钟晓岷": ["韩予川", "钟晓岷"],
    "本报记者 韩予川 通讯员 钟晓岷": ["韩予川", "钟晓岷"],
    "◆文/记者 韩予川 通讯员 钟晓岷": ["韩予川", "钟晓岷"],
    "文/图 潘语桐": ["潘语桐"],
    "□ 梁 木": ["梁木"],
    "文/潘语桐": ["潘语桐"],
    "某某日报/某某新闻记者 高平 方华": ["高平", "方华"],
}
HEADS = {  # headline forms wrapped at the column's width; the right title comes out, and the next one
    "head and subtitle": (
        ["西岭镇深耕微网格细作大治理", "——西岭镇推进网格化管理纪实"],
        "西岭镇深耕微网格细作大治理",
    ),
    "kicker": (["基层治理新观察", "西岭镇深耕微网格细作大治理"], "西岭镇深耕微网格细作大治理"),
    "long headline": (
        ["西岭镇深耕微网格细作大治理让群众诉求件件有回音"],
        "西岭镇深耕微网格细作大治理让群众诉求件件有回音",
    ),
}


# Headline shapes a narrow column wraps, on a page set at one width throughout (the next article's
# headline wraps too): (headline lines as printed, kicker + title wanted, spaces dropped).
SHAPES = {
    "colon": (["西岭镇：深耕微网格细作大治理"], "西岭镇：深耕微网格细作大治理"),
    "spaced halves": (["西岭镇深耕微网格 细作大治理见实效"], "西岭镇深耕微网格细作大治理见实效"),
    "two lines": (["西岭镇网格员走村入户收集群众诉求"], "西岭镇网格员走村入户收集群众诉求"),
    "three lines": (
        ["西岭镇深耕微网格细作大治理让群众诉求件件有回音"],
        "西岭镇深耕微网格细作大治理让群众诉求件件有回音",
    ),
    "doubled": (["西岭镇西岭镇深耕深耕微网格微网格细作细作大治理大治理"], "西岭镇深耕微网格细作大治理"),
    "subtitle": (["西岭镇深耕微网格细作大治理", "——西岭镇推进网格化管理纪实"], "西岭镇深耕微网格细作大治理"),
    "kicker": (["基层治理新观察", "西岭镇深耕微网格细作大治理"], "基层治理新观察西岭镇深耕微网格细作大治理"),
}
PLACES = ("over a byline", "over the text", "after the text")  # where the page prints each headline

# A headline the page prints over two rows of its own (the editor's cut, not the column's: each row
# shorter than a column of big type), cut at a colon or a space, or each row drawn twice (bold type the
# PDF extraction reads twice); and a line printed over a headline: a series kicker, a column name, a
# site's `栏目|标题` cut after the bar, a deck. (rows as printed, kicker + title wanted, spaces dropped.)
TWO_ROWS = {
    "colon cut": (["西岭镇：", "网格议事会开到家门口"], "西岭镇：网格议事会开到家门口"),
    "space cut": (["西岭镇深耕微网格", "细作大治理见实效"], "西岭镇深耕微网格细作大治理见实效"),
    "comma cut": (["小网格撬动大治理，", "西岭镇诉求件件有回音"], "小网格撬动大治理，西岭镇诉求件件有回音"),
    "doubled colon cut": (
        ["西岭镇：西岭镇：", "网格议事会开到家门口网格议事会开到家门口"],
        "西岭镇：网格议事会开到家门口",
    ),
    "doubled space cut": (
        ["西岭镇深耕微网格西岭镇深耕微网格", "细作大治理见实效细作大治理见实效"],
        "西岭镇深耕微网格细作大治理见实效",
    ),
    "couplet on one line": (["网格议事解民忧 干部下沉暖民心"], "网格议事解民忧干部下沉暖民心"),
    "name over two phrases on one line": (
        ["西岭：凝聚“新力量” 激活“微治理”"],
        "西岭：凝聚“新力量”激活“微治理”",
    ),
}
KICKER_LINES = {
    "series number": (["善治乡村④", "西岭镇深耕微网格细作大治理"], "善治乡村④西岭镇深耕微网格细作大治理"),
    "series digits": (
        ["基层治理观察5", "西岭镇深耕微网格细作大治理"],
        "基层治理观察5西岭镇深耕微网格细作大治理",
    ),
    "column name": (["一线观察", "西岭镇深耕微网格细作大治理"], "一线观察西岭镇深耕微网格细作大治理"),
    "bracketed column": (
        ["【基层动态】", "西岭镇深耕微网格细作大治理"],
        "【基层动态】西岭镇深耕微网格细作大治理",
    ),
    "site title cut at its bar": (
        ["基层动态|", "西岭镇深耕微网格细作大治理"],
        "基层动态|西岭镇深耕微网格细作大治理",
    ),
    "deck above": (
        ["小网格撬动大治理", "西岭镇让群众诉求件件有回音"],
        "小网格撬动大治理西岭镇让群众诉求件件有回音",
    ),
    "kicker over two rows": (
        ["善治乡村④", "西岭镇：", "网格议事会开到家门口"],
        "善治乡村④西岭镇：网格议事会开到家门口",
    ),
}
ROW_PLACES = ("over a byline", "over the text")


def _scored_heads(want: str) -> Callable[[list[Article]], bool]:
    """Two articles, no orphan: the first body's headline reads `want` as the scorer reads one (its
    title, title and subtitle, or kicker and title; spaces dropped), the second's the next headline."""

    def check(articles: list[Article]) -> bool:
        held = _sole_holders(articles)
        if held is None or len(articles) != 2 or held[1].title != NEXT_HEADLINE:
            return False
        a = held[0]
        reads = (a.title, (a.title or "") + (a.subtitle or ""), (a.kicker or "") + (a.title or ""))
        return any(r and r.replace(" ", "") == want for r in reads)

    return check


def _rows_page(rows: list[str], place: str, width: int, blank: bool) -> str:
    """Two articles, the text wrapped at `width`: the second body's headline on one line first, then
    the first body's printed in its own `rows` (the editor's cut) mid-page (a line over the page's
    first headline may be the page's own section label)."""
    byline = wrap("记者 韩予川", width) if place == "over a byline" else []
    lines = [NEXT_HEADLINE, *byline, *wrap(BODIES[1], width), *rows, *byline, *wrap(BODIES[0], width)]
    return ("\n\n" if blank else "\n").join(lines) + "\n"


def _shape_page(head: list[str], place: str, width: int, blank: bool) -> str:
    """Two articles at one column width, each headline printed where `place` says."""
    heads = [[x for h in head for x in wrap(h, width)], wrap(NEXT_HEADLINE, width)]
    byline = wrap("记者 韩予川", width) if place == "over a byline" else []
    lines: list[str] = []
    for title, body in zip(heads, BODIES, strict=True):
        text = wrap(body, width)
        lines += [*text, *title] if place == "after the text" else [*title, *byline, *text]
    return ("\n\n" if blank else "\n").join(lines) + "\n"


def _heads_are(want: str) -> Callable[[list[Article]], bool]:
    """Two articles, no orphan: the first body's kicker and title are `want`, the second's the next
    headline (spaces dropped)."""

    def check(articles: list[Article]) -> bool:
        got = {}
        for body, title in zip(BODIES, (want, NEXT_HEADLINE), strict=True):
            holders = [a for a in articles if body[:12] in a.body.replace("\n", "")]
            if len(holders) != 1:
                return False
            got[title] = ((holders[0].kicker or "") + (holders[0].title or "")).replace(" ", "")
        return len(articles) == 2 and all(k == v for k, v in got.items())

    return check


# A closing byline's name, then a section label opening the next part of the page (`地方传真`):
# the label is no part of the name.
NAME_OVER_SECTION = {"记者 韩昕": ["韩昕"], "韩昕": ["韩昕"], "本报记者 韩予川": ["韩予川"]}
SECTION = "地方传真"


def _name_over_section(byline: str, width: int, blank: bool) -> str:
    lines = [HEADLINE, *wrap(BODIES[0], width), byline, SECTION, NEXT_HEADLINE, *wrap(BODIES[1], width)]
    return ("\n\n" if blank else "\n").join(lines) + "\n"


def _signed_then_titled(names: list[str]) -> Callable[[list[Article]], bool]:
    def check(articles: list[Article]) -> bool:
        first = [a for a in articles if BODIES[0][:12] in a.body.replace("\n", "")]
        second = [a for a in articles if BODIES[1][:12] in a.body.replace("\n", "")]
        return (
            len(first) == len(second) == 1
            and first[0] is not second[0]
            and [a.name for a in first[0].authors] == names
            and not second[0].authors
            and second[0].title == NEXT_HEADLINE
        )

    return check


def _gapped_page(gap: str, width: int, blank: bool) -> str:
    """Two headlines on one line a narrow gap apart, their two bodies under it one after the other."""
    lines = [HEADLINE + gap + NEXT_HEADLINE, *wrap(BODIES[0], width), *wrap(BODIES[1], width)]
    return ("\n\n" if blank else "\n").join(lines) + "\n"


def _both_titled(articles: list[Article]) -> bool:
    titles = {body: [a.title for a in articles if body[:12] in a.body.replace("\n", "")] for body in BODIES}
    return titles == {BODIES[0]: [HEADLINE], BODIES[1]: [NEXT_HEADLINE]}


def _titled(want: str) -> Callable[[list[Article]], bool]:
    def check(articles: list[Article]) -> bool:
        titles = [((a.kicker or "") + (a.title or "")).replace(" ", "") for a in articles]
        return len(articles) > 1 and want in titles[0] and titles[1] == NEXT_HEADLINE

    return check


# Full-width headlines (issue 17): three stories on a page set at one narrow width, each headline
# three characters shorter than the column, as wide, or one or two characters wider (its last word
# wrapped onto a short line), built from its story's words (`_fitted`); the text's marks hang past
# the column rather than open a line (`_hung`); with or without blank lines, paragraph indents, a
# byline over the text or closing it.
FULL_WIDTHS = (10, 12, 13, 14, 16)
FITS = {"shorter": -3, "as wide": 0, "one wider": 1, "two wider": 2}
STORIES = (
    (
        ("南溪村", "茶叶", "产业", "带动", "村民", "增收", "致富", "路", "越走越宽"),
        (
            "南溪村依托山地资源发展茶叶产业，全村种植茶园三千亩，去年茶叶产值达到一千二百万元。",
            "村里成立茶叶合作社，统一收购鲜叶，带动村民增收致富，户均增收八千元。",
        ),
        "记者 韩予川",
    ),
    (
        ("北塘街道", "老旧", "小区", "改造", "惠及", "居民", "两千户", "幸福感"),
        (
            "今年以来，北塘街道启动老旧小区改造，完成屋面防水、管网更新和外墙保温等工程。",
            "改造惠及居民两千户，街道还在小区里增设了停车位和健身场地，居民满意度明显提高。",
        ),
        "记者 钟晓岷",
    ),
    (
        ("东坪镇", "便民", "服务", "中心", "办事", "不出", "镇", "群众", "点赞"),
        (
            "近日，东坪镇便民服务中心把四十多项审批事项集中到一个窗口办理，群众办事最多跑一次。",
            "中心还推出了预约服务和上门代办，去年为群众代办事项六百余件，受到群众点赞。",
        ),
        "通讯员 潘语桐",
    ),
)
_HANGING = "，。、；：！？”）"


def _fitted(words: tuple[str, ...], n: int) -> str:
    """The story's first word and as many of the rest, in order, as make `n` characters."""
    for r in range(len(words), 0, -1):
        for rest in itertools.combinations(words[1:], r - 1):
            if len(words[0]) + sum(map(len, rest)) == n:
                return words[0] + "".join(rest)
    raise ValueError(f"no headline of {n} characters")


def _hung(text: str, width: int) -> list[str]:
    """`text` wrapped at `width`, a mark that would open a line hung at the end of the one above."""
    out, i = [], 0
    while i < len(text):
        j = i + width
        while j < len(text) and text[j] in _HANGING:
            j += 1
        out.append(text[i:j])
        i = j
    return out


def _full_width_page(width: int, fit: int, blank: bool, byline: str, indent: bool) -> tuple[str, list[str]]:
    lines, heads = [], []
    for words, paragraphs, name in STORIES:
        heads.append(_fitted(words, width + fit))
        lines += wrap(heads[-1], width)
        lines += [name] if byline == "over" else []
        for paragraph in paragraphs:
            lines += _hung(("\u3000\u3000" if indent else "") + paragraph, width)
        lines += [f"（{name}）"] if byline == "after" else []
    return ("\n\n" if blank else "\n").join(lines) + "\n", heads


def _stories_headed(heads: list[str]) -> Callable[[list[Article]], bool]:
    """Three articles, each story's two paragraphs in one, under its own headline."""

    def check(articles: list[Article]) -> bool:
        for (_, paragraphs, _), head in zip(STORIES, heads, strict=True):
            holders = [a for a in articles if paragraphs[0][6:16] in a.body.replace("\n", "")]
            if len(holders) != 1 or paragraphs[1][6:16] not in holders[0].body.replace("\n", ""):
                return False
            if ((holders[0].kicker or "") + (holders[0].title or "")).replace(" ", "") != head:
                return False
        return len(articles) == len(STORIES)

    return check


# A byline line of its own closing the text, the next article's headline right under it (no bracket:
# nothing but the headline after it says it closes the text above); the next text closes with its own
# (where it names nobody, a byline between a text and a headline is read as the next one's, printed
# over its headline: `articles.lend_bylines`).
CLOSING_LINES = {
    "记者 韩予川 通讯员 钟晓岷": ["韩予川", "钟晓岷"],
    "本报记者 韩予川": ["韩予川"],
    "文/图 韩予川": ["韩予川"],
    "记者 韩予川、钟晓岷": ["韩予川", "钟晓岷"],
}


SECOND_BYLINE = ("记者 潘语桐", ["潘语桐"])


def _closing_line_page(byline: str, width: int, blank: bool) -> str:
    lines = [
        *[HEADLINE, *wrap(BODIES[0], width), *wrap(byline, width)],
        *[NEXT_HEADLINE, *wrap(BODIES[1], width), SECOND_BYLINE[0]],
    ]
    return ("\n\n" if blank else "\n").join(lines) + "\n"


def _sole_holders(articles: list[Article]) -> list[Article] | None:
    """The one article holding each of BODIES, in order; None where a body is held by none or by two."""
    held = [[a for a in articles if body[:12] in a.body.replace("\n", "")] for body in BODIES]
    return [h[0] for h in held] if all(len(h) == 1 for h in held) else None


def _both_closed(names: list[str]) -> Callable[[list[Article]], bool]:
    """Each body under its own headline, signed by the byline under it."""

    def check(articles: list[Article]) -> bool:
        held = _sole_holders(articles)
        got = [(a.title, [x.name for x in a.authors]) for a in held] if held else None
        return got == [(HEADLINE, names), (NEXT_HEADLINE, SECOND_BYLINE[1])]

    return check


def _full_width_probes() -> Iterator[tuple[str, Probe]]:
    for width, (fit, shift), blank, byline, indent in itertools.product(
        FULL_WIDTHS, FITS.items(), (False, True), ("none", "over", "after"), (False, True)
    ):
        page, heads = _full_width_page(width, shift, blank, byline, indent)
        name = (
            f"{fit} width {width}{' blank' if blank else ''} byline {byline}{' indented' if indent else ''}"
        )
        yield "full-width headlines", Probe(name, page, _stories_headed(heads))


# The forms and places of the shared sample pages' bylines, with names of two characters that are also
# words or printed spaced (`曾 平`): (byline lines, where the page prints them, names).
SAMPLE_FORMS = {
    "bracket after the text": (["（高平 刘慧）"], "after", ["高平", "刘慧"]),
    "box, spaced name": (["□ 曾 平"], "over", ["曾平"]),
    "two box lines": (["□ 梁 木", "□ 本报记者 韩予川"], "over", ["梁木", "韩予川"]),
    "black box, spaced name": (["■记者 韩予川 孟 航"], "over", ["韩予川", "孟航"]),
    "outlets run on": (["(某某新闻/某某晚报/掌上某某 记者 王琼)"], "run on", ["王琼"]),
    "bracket, headline after the text": (["（方华）"], "after, headline under", ["方华"]),
    "box, a word's name": (["□ 文明"], "over", ["文明"]),
    "bracket, words' names": (["（江山 金城）"], "after", ["江山", "金城"]),
}


# A byline line between the first text and the next headline, the only byline of the page: it closes
# the text above (`articles._signs_over_headlines`: one such byline shows no page signing over headlines).
BETWEEN = {
    "□ 韩予川": ["韩予川"],
    "记者 韩予川 通讯员 钟晓岷": ["韩予川", "钟晓岷"],
    "◆文/记者 韩予川": ["韩予川"],
}


def _between_page(byline: str, width: int, blank: bool) -> str:
    lines = [HEADLINE, *wrap(BODIES[0], width), *wrap(byline, width), NEXT_HEADLINE, *wrap(BODIES[1], width)]
    return ("\n\n" if blank else "\n").join(lines) + "\n"


def _sample_form_page(bylines: list[str], place: str, width: int, blank: bool) -> str:
    text = wrap(BODIES[0], width)
    if place == "over":
        first = [HEADLINE, *[x for b in bylines for x in wrap(b, width)], *text]
    elif place == "run on":
        first = [HEADLINE, *wrap(BODIES[0] + "".join(bylines), width)]
    elif place == "after":
        first = [HEADLINE, *text, *[x for b in bylines for x in wrap(b, width)]]
    else:  # the headline printed under its text and byline, as page 000 prints its headlines
        first = [*text, *[x for b in bylines for x in wrap(b, width)], HEADLINE]
    lines = [*first, NEXT_HEADLINE, *wrap(BODIES[1], width)]
    return ("\n\n" if blank else "\n").join(lines) + "\n"


def _first_signed(names: list[str]) -> Callable[[list[Article]], bool]:
    """The first body's authors are `names` (spaces dropped) and the second body names nobody."""

    def check(articles: list[Article]) -> bool:
        held = _sole_holders(articles)
        return held is not None and [[x.name.replace(" ", "") for x in a.authors] for a in held] == [
            names,
            [],
        ]

    return check


# Byline shapes (issue 17): the forms real reports print their own bylines in, each placed under the
# headline on a line of its own (`over`), on a line of its own after the text (`after`) or opening the
# first paragraph (`opening`), whole (width 0: the text wrapped at 20) or wrapped with the text at a
# narrow column width, the story between a neighbour above and one below (no byline): its names on
# its own article, none on the neighbours. Names and outlets are made up; (printed, names wanted).
BYLINE_SHAPES = {
    "dispatch, bracket": ("某某新闻网讯（记者 韩予川 通讯员 钟晓岷）", ["韩予川", "钟晓岷"]),
    "agency dispatch": ("新华社某地10月20日电（记者韩予川）", ["韩予川"]),
    "agency, traditional": ("新華社某地10月20日電（記者韓予川）", ["韓予川"]),
    "author colon": ("作者:韩予川 钟晓岷", ["韩予川", "钟晓岷"]),
    "author colon, role": ("作者：通讯员 韩予川 钟晓岷 潘语桐", ["韩予川", "钟晓岷", "潘语桐"]),
    "author space": ("作者 韩予川", ["韩予川"]),
    "box, media reporter": ("□融媒体记者 韩予川 通讯员 钟晓岷 潘语桐 文/图", ["韩予川", "钟晓岷", "潘语桐"]),
    "diamond text by": ("◆文/记者 韩予川", ["韩予川"]),
    "dotted": ("·韩予川·", ["韩予川"]),
    "bare name": ("韩予川", ["韩予川"]),
    "bare names": ("韩予川 钟晓岷", ["韩予川", "钟晓岷"]),
    "underscores": ("（记者_韩予川通讯员_钟晓岷）", ["韩予川", "钟晓岷"]),
    "spaced name": ("记者 梁 木", ["梁木"]),
    "outlets, four names": (
        "某某日报/某某新闻记者 韩予川 钟晓岷 潘语桐 高平",
        ["韩予川", "钟晓岷", "潘语桐", "高平"],
    ),
    "local dispatch, enumerated": (
        "本报某地讯 (全媒体记者韩予川 通讯员钟晓岷、潘语桐)",
        ["韩予川", "钟晓岷", "潘语桐"],
    ),
    "reported": ("某某网讯 通讯员韩予川 钟晓岷报道", ["韩予川", "钟晓岷"]),
    "reporter photo": ("本报记者 韩予川 文/图", ["韩予川"]),
    "bracket only": ("（韩予川 钟晓岷）", ["韩予川", "钟晓岷"]),
    "dispatch, spaced bracket": ("某某日报全媒体讯( 梁 木 钟晓岷)", ["梁木", "钟晓岷"]),
    "box, names then reporter": ("□ 钟晓岷 潘语桐 本报记者 韩予川", ["钟晓岷", "潘语桐", "韩予川"]),
    "dated dispatch, names": ("中某网某地7月20日电 (韩予川 钟晓岷)", ["韩予川", "钟晓岷"]),
    "traditional role": ("作者:通訊員 韓予川 鍾曉岷", ["韓予川", "鍾曉岷"]),
}
SHAPE_PLACES = ("over", "after", "opening")
SHAPE_HEADLINE = "西岭镇网格见效"  # headlines narrower than the narrowest column: the set asks about bylines
SHAPE_WIDTHS = (0, 10, 13, 16, 20)
NEIGHBOURS = (
    ("南溪村茶叶富民", STORIES[0][1][0] + STORIES[0][1][1]),
    ("东坪镇便民办事", STORIES[2][1][0] + STORIES[2][1][1]),
)


def _opened_by(byline: str, body: str) -> str:
    """The first paragraph opened by the byline: a space after a byline that no bracket, colon or
    `报道` closes."""
    return byline + ("" if re.search(r"[）)：:]$|报道$", byline) else " ") + body


def _byline_shape_page(byline: str, place: str, width: int) -> str:
    text_width = width or 20
    lines = [NEIGHBOURS[0][0], *_hung(NEIGHBOURS[0][1], text_width), SHAPE_HEADLINE]
    own = [byline] if not width else wrap(byline, width)
    if place == "over":
        lines += [*own, *_hung(BODIES[0], text_width)]
    elif place == "after":
        lines += [*_hung(BODIES[0], text_width), *own]
    else:
        lines += _hung(_opened_by(byline, BODIES[0]), text_width)
    lines += [NEIGHBOURS[1][0], *_hung(NEIGHBOURS[1][1], text_width)]
    return "\n".join(lines) + "\n"


def _only_story_signed(names: list[str]) -> Callable[[list[Article]], bool]:
    """The story's names (spaces dropped) on the one article holding its text; no name on any other."""

    def check(articles: list[Article]) -> bool:
        holders = [a for a in articles if BODIES[0][8:20] in a.body.replace("\n", "")]
        if len(holders) != 1:
            return False
        others = [x.name for a in articles if a is not holders[0] for x in a.authors]
        return [x.name.replace(" ", "") for x in holders[0].authors] == names and not others

    return check


def _byline_shape_probes() -> Iterator[tuple[str, Probe]]:
    for (form, (byline, names)), place, width in itertools.product(
        BYLINE_SHAPES.items(), SHAPE_PLACES, SHAPE_WIDTHS
    ):
        page = _byline_shape_page(byline, place, width)
        name = f"{form} {place} width {width or 'whole'}"
        yield f"byline shapes {place}", Probe(name, page, _only_story_signed(names))


# A paper's own dispatch naming its writers, alone on its line between one story's finished text, which
# names its own writer, and the next one's headline (the headline set beside it, read after it): a text
# names its writers once, so the dispatch opens the story under the headline (`articles._own_dispatch`).
# The story above keeps its own name and no other. (printed, names wanted)
OWN_DISPATCHES = {
    "bracket": ("本报讯（记者 戚望舒）", ["戚望舒"]),
    "dated, two roles": ("本报6月9日讯（记者 戚望舒 通讯员 祁远帆）", ["戚望舒", "祁远帆"]),
    "place, ascii bracket": ("本报某县讯 (通讯员 祁远帆)", ["祁远帆"]),
}
ABOVE_SIGNED = "记者 聂秋实"


def _own_dispatch_page(byline: str, width: int) -> str:
    text_width = width or 20
    own = [byline] if not width else wrap(byline, width)
    lines = [NEIGHBOURS[0][0], ABOVE_SIGNED, *_hung(NEIGHBOURS[0][1], text_width), *own, SHAPE_HEADLINE]
    lines += [*_hung(BODIES[0], text_width), NEIGHBOURS[1][0], *_hung(NEIGHBOURS[1][1], text_width)]
    return "\n".join(lines) + "\n"


def _dispatch_opens_below(names: list[str]) -> Callable[[list[Article]], bool]:
    """The dispatch's names on the story under the headline, the signed story above keeping its own."""

    def check(articles: list[Article]) -> bool:
        below = [a for a in articles if BODIES[0][8:20] in a.body.replace("\n", "")]
        above = [a for a in articles if NEIGHBOURS[0][1][4:16] in a.body.replace("\n", "")]
        return (
            len(below) == len(above) == 1
            and [x.name for x in below[0].authors] == names
            and [x.name for x in above[0].authors] == [ABOVE_SIGNED.split()[-1]]
        )

    return check


def _own_dispatch_probes() -> Iterator[tuple[str, Probe]]:
    for (form, (byline, names)), width in itertools.product(OWN_DISPATCHES.items(), SHAPE_WIDTHS):
        page = _own_dispatch_page(byline, width)
        yield "own dispatches", Probe(f"{form} width {width or 'whole'}", page, _dispatch_opens_below(names))


# A dispatch opening its story's first paragraph in a narrow column (8 to 12 characters, as real pages
# print local news), its byline wrapped over two to four lines: a role word or a name cut at a line's end,
# the text starting on the line the byline ends. The place before `讯` varies so the cuts fall
# everywhere. Names and places are made up; (printed with `{}` for the place, names wanted).
WRAPPED_DISPATCHES = {
    "bracket, roles": ("本报{}讯（全媒体记者 韩予川 通讯员 钟晓岷、潘语桐）", ["韩予川", "钟晓岷", "潘语桐"]),
    "bracket, four names": (
        "本报{}讯（记者 韩予川 通讯员 钟晓岷 潘语桐 高平）",
        ["韩予川", "钟晓岷", "潘语桐", "高平"],
    ),
    "spaced": ("本报{}讯 记者 韩予川 通讯员 钟晓岷 潘语桐", ["韩予川", "钟晓岷", "潘语桐"]),
    "reported": ("{}网讯 通讯员颜永利 颜益平报道", ["颜永利", "颜益平"]),
}
DISPATCH_PLACES = ("", "东县", "东西县", "东西南县")
DISPATCH_WIDTHS = (8, 9, 10, 11, 12)


def _wrapped_dispatch_probes() -> Iterator[tuple[str, Probe]]:
    for (form, (byline, names)), place, width in itertools.product(
        WRAPPED_DISPATCHES.items(), DISPATCH_PLACES, DISPATCH_WIDTHS
    ):
        page = _byline_shape_page(byline.format(place or "某某"), "opening", width)
        yield "wrapped dispatches", Probe(f"{form} {place} width {width}", page, _only_story_signed(names))


def probes() -> Iterator[tuple[str, Probe]]:
    yield from _full_width_probes()
    yield from _byline_shape_probes()
    yield from _own_dispatch_probes()
    yield from _wrapped_dispatch_probes()
    for width in WIDTHS:
        for blank in (True, False):
            where = f"width {width}{' blank' if blank else ''}"
            for form, names in OPENINGS.items():
                lines = [HEADLINE, *wrap(form + BODIES[0], width)]
                yield "dateline bylines", Probe(f"{form} {where}", _page(lines, blank), _authors_are(names))
            for dispatch, (bracket, names) in SPLIT_DISPATCHES.items():
                lines = [HEADLINE, *wrap(dispatch, width), *wrap(bracket + BODIES[0], width)]
                yield (
                    "split dispatches",
                    Probe(f"{dispatch} / {bracket} {where}", _page(lines, blank), _authors_are(names)),
                )
            for form, names in LAST_LINES.items():
                page = _last_page(form, width, blank)
                yield "last bylines", Probe(f"{form} {where}", page, _last_authors_are(names))
            for form, names in LINES.items():
                lines = [HEADLINE, *wrap(form, width), *wrap(BODIES[0], width)]
                yield "byline lines", Probe(f"{form} {where}", _page(lines, blank), _authors_are(names))
            for form, names in CLOSINGS.items():
                run_on = [HEADLINE, *wrap(BODIES[0] + form, width)]
                own = [HEADLINE, *wrap(BODIES[0], width), *wrap(form, width)]
                yield "closing bylines", Probe(f"{form} {where}", _page(run_on, blank), _authors_are(names))
                yield (
                    "closing bylines",
                    Probe(f"{form} own lines {where}", _page(own, blank), _authors_are(names)),
                )
            for form, names in RUN_ON_TAILS.items():
                lines = [HEADLINE, *wrap(BODIES[0] + form, width)]
                yield "run-on bylines", Probe(f"{form} {where}", _page(lines, blank), _authors_are(names))
            for form, (head, want) in HEADS.items():
                lines = [x for h in head for x in wrap(h, width)] + [
                    "（韩予川 钟晓岷）",
                    *wrap(BODIES[0], width),
                ]
                yield "wrapped headlines", Probe(f"{form} {where}", _page(lines, blank), _titled(want))
            for form, (head, want) in SHAPES.items():
                for place in PLACES:
                    page = _shape_page(head, place, width, blank)
                    yield "headline shapes", Probe(f"{form} {place} {where}", page, _heads_are(want))
            for sets, group in ((TWO_ROWS, "two-row headlines"), (KICKER_LINES, "lines over a headline")):
                for form, (rows, want) in sets.items():
                    for place in ROW_PLACES:
                        page = _rows_page(rows, place, width, blank)
                        yield group, Probe(f"{form} {place} {where}", page, _scored_heads(want))
            for form, names in NAME_OVER_SECTION.items():
                page = _name_over_section(form, width, blank)
                yield (
                    "names over a section",
                    Probe(f"{form} / {SECTION} {where}", page, _signed_then_titled(names)),
                )
            for form, names in CLOSING_LINES.items():
                page = _closing_line_page(form, width, blank)
                yield "closing lines", Probe(f"{form} {where}", page, _both_closed(names))
            for form, (lines, place, names) in SAMPLE_FORMS.items():
                page = _sample_form_page(lines, place, width, blank)
                yield "sample forms", Probe(f"{form} {where}", page, _first_signed(names))
            for form, names in BETWEEN.items():
                page = _between_page(form, width, blank)
                yield "one byline between", Probe(f"{form} {where}", page, _first_signed(names))
            for gap in (" ", "  "):
                page = _gapped_page(gap, width, blank)
                yield "narrow gaps", Probe(f"gap of {len(gap)} {where}", page, _both_titled)


def run(verbose: bool = False, only: str = "") -> dict[str, tuple[int, int]]:
    """{probe set: (pages right, pages)}, of the sets whose name starts with `only`."""
    totals: dict[str, tuple[int, int]] = {}
    for group, probe in probes():
        if not group.startswith(only):
            continue
        articles, _ = split_articles(probe.page)
        right = probe.check(articles)
        done, n = totals.get(group, (0, 0))
        totals[group] = (done + right, n + 1)
        if verbose and not right:
            print(f"  {group}: {probe.name}")
    return totals


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", action="store_true", help="list every page that did not come out right")
    ap.add_argument("--only", default="", help="the probe sets whose name starts with this")
    args = ap.parse_args(argv)
    for group, (right, n) in run(args.v, args.only).items():
        print(f"{group:20s} {right:3d} of {n:3d} pages right")


if __name__ == "__main__":
    main()
