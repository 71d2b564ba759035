"""The seventh blind page generator: newspaper pages laid out the ways the three sample pages show,
written from the sample pages and the reports alone (not from the segmenter nor the other generators).

    python -m evaluation.simulate_blind7 --split dev --pages 20 --seed 7 --out /tmp/b7

Five families, each a way the sample pages are laid out, with wide random variation inside each
(column width 8-48 or a paragraph a line; a blank line after every line, some lines or none; CRLF;
full-width or ASCII indents; GB18030, Big5, UTF-8 or UTF-8 with a BOM), and per story full-width or
ASCII punctuation and, for some stories, traditional script:

- `trailing`: narrow columns where most headlines follow their bodies (a story's headline printed after
  its closing credit), `□` bylines over the body, column labels at the top, photo stories whose
  caption is the body;
- `markdown`: a paragraph a line, `#` headlines and `##` subtitles above or below them, a dated
  dateline, the credit alone after the body or run into its last sentence, a paragraph printed twice and
  a paragraph broken by a page break;
- `columns`: narrow columns with `■记者` bylines, section sub-heads, spaced-out justified lines, the
  headlines gathered at the page's end (fake-bold doubled glyphs, two headlines sharing a line),
  captions and continuation marks;
- `stacked`: two or three headlines printed together above (or after) their bodies, bodies run
  together with no byline or dateline between them, orphan headlines, a headline displaced into
  another story's text;
- `wire`: headline above the body with a byline line under it, series kickers (`善治②`) and column
  labels, `——` subtitles, every byline form (dateline, `文/图`, `摄`, the report's own), continuation
  marks and a headless continued fragment.

Each page carries its lines with their owners (`lines`: text, story index or -1, kind) and its gold in
the shared scorer's format.
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import opencc

from evaluation import reports as report_store

FAMILIES = ("trailing", "markdown", "columns", "stacked", "wire")
PUNCT = re.compile(r"[\s“”「」\"'‘’：:，,·、。()（）—\-]+")  # the shared scorer's normalisation
MARKS = set("“”「」\"'‘’：:，,·、。()（）—-；;！!？?《》【】 ")
CLOSING = set("，。、；：！？）”』」》,.;:!?)")
BODY_KINDS = ("body", "cont", "subhead", "repeat", "lead")
SERIES = ("善治乡村", "基层善治", "治理新观察", "走基层看变化", "奋进新征程", "聚焦网格化")
LABELS = ("一线观察", "地方传真", "基层之声", "经验交流", "综合新闻", "社会治理", "民生视点")
CIRCLED = "①②③④⑤⑥⑦⑧⑨"
MEDIA = ("融媒体", "全媒体", "本报", "新闻网")
DATELINE = re.compile(
    r"(?<![通資资])[讯訊]|[电電](?!话|話|视|視|梯|力|商|子)"
)  # `本报讯`, `…日电`, not `通讯员`
_S2T = opencc.OpenCC("s2t")


def norm(s: str) -> str:
    """A text as the shared scorer compares it: no whitespace, no common punctuation."""
    return PUNCT.sub("", s or "")


_BIG5_FORMS = str.maketrans("爲羣裏着衆啓峯", "為群裡著眾啟峰")


def trad(s: str) -> str:
    """Traditional script as a Big5 paper prints it (OpenCC's forms outside Big5 swapped for theirs)."""
    return _S2T.convert(s).translate(_BIG5_FORMS)


def full_width(s: str) -> str:
    """ASCII punctuation of a report as a paper prints it in full width (`a,b` -> `a，b`); a comma or
    colon between digits (`1,200`, `11:30`) stays."""
    s = re.sub(r"(?<!\d),|,(?!\d)", "，", s)
    s = re.sub(r"(?<!\d):|:(?!\d)", "：", s)
    return s.translate(str.maketrans({";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}))


def doubled(s: str) -> str:
    """A fake-bold headline as a PDF extractor reads it: each run of words and each mark drawn twice."""
    return "".join(
        part * 2 if part.strip() else part for part in re.findall(r"[^\s“”：，、！？（）]+|\s+|.", s)
    )


def spaced(s: str) -> str:
    """A justified short line: a space between each pair of characters, marks kept on their word."""
    out = []
    for i, ch in enumerate(s):
        if i and ch not in CLOSING and s[i - 1] not in "“（《":
            out.append(" ")
        out.append(ch)
    return "".join(out)


def wrap(text: str, width: int) -> list[str]:
    """A paragraph cut into column lines of `width` characters (0: one line), never opening a line
    with a closing mark."""
    if width <= 0 or len(text) <= width:
        return [text]
    lines, rest = [], text
    while len(rest) > width:
        cut = width
        while cut < len(rest) and rest[cut] in CLOSING and cut < width + 2:
            cut += 1
        lines.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        lines.append(rest)
    return lines


@dataclass
class Story:
    report: dict
    title: str
    kicker: str | None
    subtitle: str | None
    paras: list[str]
    trad: bool
    ascii: bool = False
    named: list[str] = field(default_factory=list)
    in_gold: bool = True
    snippet: str = ""

    def conv(self, s: str) -> str:
        """A text of the report as this story prints it."""
        s = s if self.ascii else full_width(s)
        return trad(s) if self.trad else s


@dataclass
class Page:
    name: str
    family: str
    encoding: str
    text: str
    lines: list[tuple[str, int, str]]
    stories: list[Story]
    gold: dict

    def data(self) -> bytes:
        return self.text.encode(self.encoding)


def owned_body(lines: list[tuple[str, int, str]], j: int) -> str:
    """The body text a perfect segmenter gives story `j`: its paragraphs, sub-heads and lead lines."""
    return "\n".join(t for t, o, k in lines if o == j and k in BODY_KINDS)


def split_title(title: str) -> tuple[str | None, str]:
    """A site title joining a column name and the headline (`栏目|标题`, `【栏目】标题`) as kicker and
    headline; a plain title as it is."""
    parts = re.split(r"\s*[|丨︱│]\s*", title, maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        return parts[0], parts[1]
    m = re.match(r"【([^】]+)】\s*(.+)", title)
    return (m.group(1), m.group(2)) if m else (None, title)


def story_of(report: dict, rng: random.Random, p_trad: float) -> Story:
    """A report as one story prints it: its marks full width or left ASCII, some in traditional script."""
    s = Story(report, "", None, None, [], rng.random() < p_trad, rng.random() < 0.35)
    kicker, title = split_title(report["title"])
    s.title = s.conv(title.strip())
    s.kicker = s.conv(kicker) if kicker else None
    s.subtitle = s.conv(report["subtitle"]) if report.get("subtitle") else None
    s.paras = [s.conv(p.strip()) for p in report["body"].split("\n") if p.strip()]
    return s


# ---------------------------------------------------------------- bylines


def _spaced_name(name: str, rng: random.Random) -> str:
    return " ".join(name) if len(name) == 2 and rng.random() < 0.5 else name


def credit(s: Story, rng: random.Random, forms: tuple[str, ...]) -> tuple[str, str]:
    """Where a story's byline goes (`top`, `after`, `tail` run into the last sentence, `lead` opening
    the first paragraph, `caption` under a photo) and its text, in one of the forms papers print."""
    names = [s.conv(n) for n in s.report["authors"]]
    lp, rp = ("(", ")") if s.ascii else ("（", "）")
    joined = " ".join(_spaced_name(n, rng) for n in names)
    first, rest = names[0], " ".join(names[1:])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    form = rng.choice(forms)
    s.named = names
    if form == "own" and s.report.get("byline"):
        where = "lead" if DATELINE.search(s.report["byline"]) else rng.choice(("top", "after"))
        return where, s.conv(s.report["byline"])
    if form == "paren":
        return rng.choice(("after", "after", "tail")), f"{lp}{joined}{rp}"
    if form == "square":
        return "top", "□ " + ("本报记者 " if rng.random() < 0.3 else "") + joined
    if form == "black":
        return "top", "■" + rng.choice(("", " ")) + "记者 " + joined
    if form == "dateline":
        inner = f"记者 {first}" + (f" 通讯员 {rest}" if rest else "")
        return "lead", s.conv(f"本报讯{lp}{inner}{rp}")
    if form == "dated":
        return "lead", s.conv(f"本报{month}月{day}日讯{lp}记者 {joined}{rp}")
    if form == "reporter":
        return "top", s.conv("本报记者 " + joined if not rest else f"记者 {first} 通讯员 {rest}")
    if form == "wentu":
        text = f"文/图 {joined}" if not rest else f"文/{first} 图/{rest}"
        return rng.choice(("top", "after")), s.conv(text)
    if form == "photo":
        return "caption", s.conv(f"{joined} 摄")
    if form == "photo_tail":
        return "tail", s.conv(
            rng.choice(("　", " ", "  ")) + rng.choice(("本报记者 ", "记者 ", "")) + f"{joined} 摄"
        )
    media = rng.choice(MEDIA)
    return rng.choice(("after", "tail")), s.conv(f"{lp}{media}记者 {joined}{rp}")


ALL_FORMS = ("own", "paren", "square", "black", "dateline", "dated", "reporter", "wentu", "photo", "media")


def bare_dateline(rng: random.Random) -> str:
    return rng.choice(("本报讯 ", f"本报{rng.randint(1, 12)}月{rng.randint(1, 28)}日讯 "))


def _names_already_printed(s: Story, head: str) -> bool:
    """A body that opens with its own dateline and byline (`本报讯(记者 张三)…`) prints its authors."""
    return bool(s.report["authors"]) and all(norm(s.conv(n)) in norm(head) for n in s.report["authors"])


# ---------------------------------------------------------------- one story's lines


@dataclass
class Knobs:
    """A page's random choices: what each story's parts look like."""

    forms: tuple[str, ...]
    p_byline: float = 0.8
    p_subhead: float = 0.3
    p_repeat: float = 0.0
    p_caption: float = 0.15
    p_split_head: float = 0.3
    p_double: float = 0.0
    p_spaced_head: float = 0.05
    markdown: bool = False


def headline_lines(s: Story, i: int, rng: random.Random, k: Knobs) -> list[tuple[str, int, str]]:
    """A story's kicker, headline (maybe cut over two lines, drawn twice or spaced out) and subtitle."""
    out: list[tuple[str, int, str]] = []
    if s.kicker:
        out.append((("## " if k.markdown and rng.random() < 0.5 else "") + s.kicker, i, "kicker"))
    elif rng.random() < 0.15:
        out.append((rng.choice(SERIES) + rng.choice(CIRCLED), i, "kicker"))
    head = s.title
    rows = [head]
    if rng.random() < k.p_split_head and len(s.title) >= 10:
        cut = _head_cut(head, rng)
        rows = [head[:cut].rstrip(), head[cut:].lstrip()]
    if rng.random() < k.p_double:
        rows = [doubled(r) for r in rows]
    elif rng.random() < k.p_spaced_head and len(head) <= 14:
        rows = [spaced(r) for r in rows]
    if k.markdown:
        rows = ["# " + r for r in rows]
    sub = []
    if s.subtitle:
        form = rng.choice(("——", "", "## " if k.markdown else "——"))
        sub = [(form + s.subtitle, i, "subtitle")]
    if sub and rng.random() < 0.4:
        out += sub
        sub = []
    out += [(r, i, "title") for r in rows if r]
    return out + sub


def _head_cut(head: str, rng: random.Random) -> int:
    for mark in (" ", "：", ":", "！", "，", ",", "——"):
        at = head.find(mark)
        if 2 < at < len(head) - 3:
            return at + len(mark)
    return rng.randint(len(head) // 3, 2 * len(head) // 3)


def body_lines(s: Story, i: int, rng: random.Random, k: Knobs, lead: str) -> list[tuple[str, int, str]]:
    """A story's paragraphs, the dateline or byline `lead` opening the first, with section sub-heads
    between paragraphs and a paragraph printed twice."""
    out: list[tuple[str, int, str]] = []
    for n, para in enumerate(s.paras):
        if n == 0 and lead:
            para = lead + para
        if 0 < n < len(s.paras) - 1 and rng.random() < k.p_subhead / 2:
            out.append((_subhead(s, rng), i, "subhead"))
        out.append((para, i, "body"))
        if 0 < n < len(s.paras) - 1 and rng.random() < k.p_repeat:
            out.append((para, i, "repeat"))
            k.p_repeat = 0.0
    return out


def _subhead(s: Story, rng: random.Random) -> str:
    """A section sub-head made of the story's own quoted names or words (`打造“红色物业”`)."""
    quoted = re.findall(r"[“「]([^”」]{2,8})[”」]", "".join(s.paras))
    verb = rng.choice(("打造", "做实", "激活", "深化", "聚焦", "建强"))
    word = rng.choice(quoted) if quoted else rng.choice(("治理效能", "服务水平", "组织体系", "民生保障"))
    text = s.conv(f"{verb}“{word}”" if quoted else f"{verb}{word}")
    return text + (" " + rng.choice(("凝聚合力", "提升效能", "共治共享")) if rng.random() < 0.4 else "")


def caption_lines(s: Story, i: int, rng: random.Random, credit_text: str) -> list[tuple[str, int, str]]:
    """A photo caption under the story: one of its sentences, maybe `图为`, and a photo credit."""
    sentences = [
        x for x in re.split(r"(?<=[。！？!?])", "".join(s.paras[1:] or s.paras)) if 8 <= len(x) <= 50
    ]
    text = rng.choice(sentences) if sentences else s.title
    text = ("图为" if rng.random() < 0.3 else "") + text
    return [(text + ("　" + credit_text if credit_text else ""), i, "caption")]


def story_lines(
    s: Story, i: int, rng: random.Random, k: Knobs, head_at: str
) -> tuple[list[tuple[str, int, str]], list[tuple[str, int, str]]]:
    """A story's headline lines and its other lines, the headline placed `before` or `after` the rest
    (the caller places `apart` headlines itself)."""
    where, text = "none", ""
    if s.report["authors"] and rng.random() < k.p_byline:
        where, text = credit(s, rng, k.forms)
    opens_dated = DATELINE.search(s.paras[0][:30])  # the report's own dateline opens its body
    if where == "lead" and opens_dated:  # no second dateline over it
        where, text, s.named = "none", "", []
    lead = text if where == "lead" else ""
    if where == "none" and _names_already_printed(s, s.paras[0][:80]):
        s.named = [s.conv(n) for n in s.report["authors"]]
    if where in ("none", "top", "after", "tail") and not opens_dated and rng.random() < 0.3:
        lead = s.conv(bare_dateline(rng))  # a byline over or after a bare `本报讯`
    head = headline_lines(s, i, rng, k)
    body = body_lines(s, i, rng, k, lead)
    if where == "tail":
        t, o, kd = body[-1]
        body[-1] = (t + text, o, kd)
    top = [(text, i, "byline")] if where == "top" else []
    after = [(text, i, "byline")] if where == "after" else []
    caption = []
    if where == "caption" or rng.random() < k.p_caption:
        caption = caption_lines(s, i, rng, text if where == "caption" else "")
    rest = top + body + after + caption
    if head_at == "before":
        return [], head + rest
    if head_at == "after":
        return [], rest + head
    return head, rest


# ---------------------------------------------------------------- families

Line = tuple[str, int, str]


@dataclass
class Layout:
    """A page's logical lines (a paragraph, a headline row, a byline) and how they are printed."""

    lines: list[Line]
    width: int
    blanks: str  # every | para | some | none
    indent: str
    p_spaced_line: float = 0.0
    p_page_break: float = 0.0
    orphans: list[str] = field(default_factory=list)


def _blanks(rng: random.Random, weights: tuple[int, int, int, int]) -> str:
    return rng.choices(("every", "para", "some", "none"), weights)[0]


def _indent(rng: random.Random, weights: tuple[int, int, int]) -> str:
    return rng.choices(("", "　　", "  "), weights)[0]


def _labels(rng: random.Random, n: int) -> list[Line]:
    return [(x, -1, "label") for x in rng.sample(LABELS, n)]


def trailing(stories: list[Story], rng: random.Random, pool: list[dict]) -> Layout:
    """Sample 000's way: narrow columns, a blank line after (nearly) every line, most headlines after
    their closing credit, `□` bylines, a photo story whose caption is its body."""
    k = Knobs(forms=("square", "square", "paren", "paren", "own", "media", "black"), p_split_head=0.5)
    lines = _labels(rng, rng.randint(0, 2))
    for i, s in enumerate(stories):
        if i == len(stories) - 1 and rng.random() < 0.3:
            kk = Knobs(forms=("photo_tail",), p_byline=0.9, p_subhead=0.0, p_caption=0.0, p_double=0.7)
            lines += sum(story_lines(s, i, rng, kk, "before"), [])
            continue
        lines += sum(story_lines(s, i, rng, k, "after" if rng.random() < 0.7 else "before"), [])
    width = rng.randint(8, 24)
    return Layout(lines, width, _blanks(rng, (6, 1, 2, 2)), _indent(rng, (6, 2, 1)), p_spaced_line=0.03)


def markdown(stories: list[Story], rng: random.Random, pool: list[dict]) -> Layout:
    """Sample 001's way: a paragraph a line, `#` headlines, `##` subtitles above or below them, dated
    datelines, the credit alone after the body or run into its last sentence, a paragraph twice."""
    lines: list[Line] = []
    for i, s in enumerate(stories):
        k = Knobs(
            forms=("media", "media", "dated", "paren", "own", "dateline"),
            markdown=rng.random() < 0.85,
            p_repeat=0.25,
            p_subhead=0.15,
            p_split_head=0.05,
            p_caption=0.05,
        )
        lines += sum(story_lines(s, i, rng, k, "before" if rng.random() < 0.85 else "after"), [])
    width = 0 if rng.random() < 0.7 else rng.randint(30, 48)
    return Layout(lines, width, _blanks(rng, (2, 6, 1, 2)), _indent(rng, (5, 2, 1)), p_page_break=0.08)


def columns(stories: list[Story], rng: random.Random, pool: list[dict]) -> Layout:
    """Sample 004's way: narrow columns, `■记者` bylines on top, section sub-heads, the headlines
    gathered at the page's end (drawn twice, two sharing a line), captions and jump marks after them."""
    k = Knobs(
        forms=("black", "black", "square", "dateline", "own"), p_subhead=0.8, p_double=0.5, p_split_head=0.5
    )
    lines: list[Line] = []
    heads: list[list[Line]] = []
    tail: list[Line] = []
    for i, s in enumerate(stories):
        head, rest = story_lines(s, i, rng, k, "apart" if rng.random() < 0.75 else "before")
        tail += [x for x in rest if x[2] == "caption"]
        lines += [x for x in rest if x[2] != "caption"]
        if head:
            heads.append(head)
    lines += _gathered_headlines(heads, rng)
    page = rng.randint(2, 16)
    if rng.random() < 0.5:
        tail.insert(0, (f"（下转B{page}版）" if rng.random() < 0.5 else f"（下转第{page}版）", -1, "mark"))
    if rng.random() < 0.3:
        tail.insert(1 if tail else 0, (f"（上接B{page - 1}版）", -1, "mark"))
    lines += tail
    width = rng.randint(9, 18)
    return Layout(lines, width, _blanks(rng, (1, 5, 2, 3)), _indent(rng, (6, 1, 1)), p_spaced_line=0.12)


def _gathered_headlines(heads: list[list[Line]], rng: random.Random) -> list[Line]:
    """Headlines printed together where the extractor met them, some pairs sharing a line (`A标题 B标`,
    next line `题`), as two headlines set side by side read."""
    out: list[Line] = []
    rng.shuffle(heads)
    while heads:
        a = heads.pop()
        if heads and rng.random() < 0.4:
            b = heads.pop()
            at = [n for n, x in enumerate(a) if x[2] == "title"][-1]
            bt = [n for n, x in enumerate(b) if x[2] == "title"][0]
            joined = (a[at][0] + " " + b[bt][0], a[at][1], "title")
            out += a[:at] + [joined] + a[at + 1 :] + b[:bt] + b[bt + 1 :]
            # the shared row is credited to the first story; the second's words are on it too
            continue
        out += a
    return out


def stacked(stories: list[Story], rng: random.Random, pool: list[dict]) -> Layout:
    """Two or three headlines printed together above (or after) their bodies, the bodies run together
    with no byline or dateline between them, orphan headlines, and a headline displaced into another
    story's text."""
    k = Knobs(forms=ALL_FORMS, p_byline=0.45, p_subhead=0.15, p_split_head=0.2)
    lines: list[Line] = []
    titled = [r for r in pool if r.get("title")]
    orphans = [split_title(r["title"])[1] for r in rng.sample(titled, rng.randint(0, 2))]
    parts = [_byline_with_headline(*story_lines(s, i, rng, k, "apart"), rng) for i, s in enumerate(stories)]
    groups = [list(range(len(stories)))] if len(stories) <= 3 else [[0, 1], list(range(2, len(stories)))]
    for group in groups:
        heads = [x for i in group for x in parts[i][0]]
        if orphans and rng.random() < 0.6:
            heads.insert(rng.randint(0, len(heads)), (orphans.pop(), -1, "orphan"))
        bodies = [x for i in group for x in _runs_together(parts[i][1], rng)]
        lines += heads + bodies if rng.random() < 0.7 else bodies + heads
    lines = [(o, -1, "orphan") for o in orphans] + lines
    printed = [x[0] for x in lines if x[2] == "orphan"]
    if len(stories) >= 2 and rng.random() < 0.5:
        lines = _displace_headline(lines, stories, rng)
    width = 0 if rng.random() < 0.3 else rng.randint(8, 48)
    return Layout(lines, width, _blanks(rng, (3, 3, 2, 2)), _indent(rng, (3, 2, 1)), orphans=printed)


def _byline_with_headline(
    head: list[Line], rest: list[Line], rng: random.Random
) -> tuple[list[Line], list[Line]]:
    """Now and then a byline set under its headline travels with it into the headline block, away
    from the body (`标题A / □ 张三 / 标题B / □ 李四`, then both bodies)."""
    if rest and rest[0][2] == "byline" and rng.random() < 0.5:
        return head + rest[:1], rest[1:]
    return head, rest


def _runs_together(rest: list[Line], rng: random.Random) -> list[Line]:
    """A story's lines with its top byline dropped now and then, so one body runs into the next."""
    return [x for x in rest if not (x[2] == "byline" and rng.random() < 0.5)]


def _displace_headline(lines: list[Line], stories: list[Story], rng: random.Random) -> list[Line]:
    """One story's headline moved into the middle of another story's paragraph, as an extractor that
    reads across columns prints it (`…正文前半 / 另一篇的标题 / 正文后半…`)."""
    j = rng.randrange(1, len(stories))
    head = [x for x in lines if x[1] == j and x[2] == "title"]
    host = [n for n, x in enumerate(lines) if x[1] != j and x[1] >= 0 and x[2] == "body" and len(x[0]) > 60]
    if not head or not host:
        return lines
    n = rng.choice(host)
    text, owner, _ = lines[n]
    cut = rng.randint(20, len(text) - 20)
    rest = [x for x in lines if x not in head]
    at = rest.index(lines[n])
    return rest[:at] + [(text[:cut], owner, "body")] + head + [(text[cut:], owner, "cont")] + rest[at + 1 :]


def wire(stories: list[Story], rng: random.Random, pool: list[dict]) -> Layout:
    """Headline above the body with a byline line under it, series kickers and column labels, `——`
    subtitles, every byline form, captions with a photo credit, a story jumping to another page and a
    headless fragment continued from one."""
    k = Knobs(forms=ALL_FORMS, p_subhead=0.2, p_caption=0.2, p_split_head=0.15, p_spaced_head=0.15)
    lines = _labels(rng, rng.randint(0, 1))
    untitled = [r for r in pool if not r.get("title")]
    if untitled and rng.random() < 0.35:
        frag = rng.choice(untitled)["body"].split("\n")[-1]
        lines += [(f"（上接第{rng.randint(1, 8)}版）", -1, "mark"), (frag, -1, "fragment")]
    for i, s in enumerate(stories):
        if i == len(stories) - 1 and len(s.paras) > 2 and rng.random() < 0.35:
            s.paras = s.paras[: (len(s.paras) + 1) // 2]
            lines += sum(story_lines(s, i, rng, k, "before"), [])
            lines.append((f"（下转第{rng.randint(2, 8)}版）", i, "mark"))
            continue
        lines += sum(story_lines(s, i, rng, k, "before"), [])
    orphans = []
    if rng.random() < 0.25:
        orphan = split_title(rng.choice([r for r in pool if r.get("title")])["title"])[1]
        lines.append((orphan + rng.choice(("", " （详见第3版）", "（见第2版）")), -1, "orphan"))
        orphans.append(orphan)
    if len(stories) >= 2 and rng.random() < 0.2:
        lines = _displace_headline(lines, stories, rng)
    width = 0 if rng.random() < 0.3 else rng.randint(12, 48)
    return Layout(lines, width, _blanks(rng, (2, 4, 2, 2)), _indent(rng, (2, 3, 2)), orphans=orphans)


BUILDERS = {"trailing": trailing, "markdown": markdown, "columns": columns, "stacked": stacked, "wire": wire}


# ---------------------------------------------------------------- printing


def render(layout: Layout, rng: random.Random) -> list[list[Line]]:
    """Each logical line as the physical lines it prints as: paragraphs wrapped to the column width and
    indented, now and then a justified line spaced out or a paragraph broken by a page break."""
    blocks = []
    for text, owner, kind in layout.lines:
        if kind in ("body", "repeat", "caption", "fragment", "cont"):
            first = layout.indent if kind != "cont" else ""
            rows = wrap(first + text, layout.width)
            if layout.width and len(rows) > 1 and rng.random() < layout.p_spaced_line:
                rows[0] = spaced(rows[0])
            if not layout.width and kind == "body" and len(text) > 80 and rng.random() < layout.p_page_break:
                cut = rng.randint(30, len(text) - 30)
                rows = [first + text[:cut], "", "", text[cut:]]
            blocks.append([(r, owner if r else -1, kind if r else "blank") for r in rows])
        else:
            blocks.append([(text, owner, kind)])
    return blocks


def page_text(blocks: list[list[Line]], blanks: str, rng: random.Random) -> tuple[str, list[Line]]:
    out: list[Line] = []
    for block in blocks:
        for row in block:
            out.append(row)
            if blanks == "every" or (blanks == "some" and rng.random() < 0.3):
                out.append(("", -1, "blank"))
        if blanks == "para" and block[-1][0]:
            out.append(("", -1, "blank"))
    text = "\n".join(t for t, _, _ in out) + "\n"
    return text, [x for x in out if x[2] != "blank"]


# ---------------------------------------------------------------- gold


def pick_snippet(s: Story, i: int, lines: list[Line], flat: str, rng: random.Random) -> str:
    """12-20 characters of one of the story's paragraphs (`lines` are the logical lines), printed once on
    the page."""
    paras = [norm(t) for t, o, k in lines if o == i and k in ("body", "cont")]
    paras = [p for p in paras if len(p) >= 24]
    for _ in range(60):
        if not paras:
            break
        p = rng.choice(paras)
        size = rng.randint(12, 20)
        start = rng.randint(min(10, len(p) - size), len(p) - size)
        cand = p[start : start + size]
        if flat.count(cand) == 1:
            return cand
    return ""


def gold_of(s: Story, i: int, lines: list[Line], flat: str) -> dict:
    """A story's gold article: the report's place, its authors when printed, the figures and coined
    names the story prints intact, in the script it prints them."""
    printed = re.sub(r"\s+", "", "".join(t for t, o, k in lines if o == i and k in BODY_KINDS))
    report = dict(s.report)
    metrics = []
    for m in s.report.get("metrics") or []:
        text = m.get("text") or ""
        if text and (not s.trad or trad(text) == text) and s.conv(text) in printed:
            metrics.append({k: v for k, v in m.items() if k != "subject" or not s.trad or trad(v or "") == v})
    report["metrics"] = metrics
    art = report_store.gold_article(
        report, s.title, [n for n in s.named if norm(n) in flat], s.snippet, lambda t: True, lambda x: False
    )
    art["initiatives"] = [
        s.conv(x) for x in s.report.get("initiatives") or [] if norm(s.conv(x)) in norm(printed)
    ]
    if s.subtitle:
        art["subtitle"] = s.subtitle
    return art


# ---------------------------------------------------------------- pages


def _encoding(rng: random.Random) -> str:
    return rng.choices(("utf-8", "utf-8-sig", "gb18030", "big5"), (4, 2, 4, 2))[0]


def page(titled: list[dict], family: str, index: int, seed: int) -> Page:
    """One page of `family`, its stories drawn from `titled`, deterministic by seed and index."""
    rng = random.Random(f"blind7:{seed}:{index}:{family}")
    encoding = _encoding(rng)
    n = rng.randint(3, 4) if family == "stacked" else rng.randint(2, 4)
    chosen = rng.sample(titled, n)
    stories = [story_of(r, rng, 1.0 if encoding == "big5" else 0.2) for r in chosen]
    pool = [r for r in _POOL if r not in chosen]
    layout = BUILDERS[family](stories, rng, pool)
    if encoding == "big5":  # a Big5 paper prints its labels, marks and bylines in traditional script too
        layout.lines = [(trad(t), o, kd) for t, o, kd in layout.lines]
        layout.orphans = [trad(t) for t in layout.orphans]
    text, lines = page_text(render(layout, rng), layout.blanks, rng)
    if rng.random() < 0.3:
        text = text.replace("\n", "\r\n")
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        encoding = "gb18030"
    flat = norm(text)
    articles = []
    for i, s in enumerate(stories):
        s.snippet = pick_snippet(s, i, layout.lines, flat, rng)
        s.in_gold = bool(s.snippet) and set(norm(s.title)) <= set(flat)
        if s.in_gold:
            articles.append(gold_of(s, i, lines, flat))
    name = f"b7_{seed}_{index:03d}_{family}.txt"
    gold = report_store.gold_page(name, text, articles, layout.orphans)
    return Page(name, family, encoding, text, lines, stories, gold)


_POOL: list[dict] = []


def pages(split: str, count: int, seed: int, families: list[str] | None = None) -> list[Page]:
    """`count` pages of the split's titled reports, the families in turn; orphan headlines and jump
    fragments come from the split's other reports."""
    _POOL[:] = report_store.load(split)
    return report_store.titled_pages(split, count, seed, families, FAMILIES, page)


def write(out: Path, sims: list[Page]) -> None:
    report_store.write_pages(out, sims)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--pages", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--families")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    fams = args.families.split(",") if args.families else None
    write(args.out, pages(args.split, args.pages, args.seed, fams))


if __name__ == "__main__":
    main()
