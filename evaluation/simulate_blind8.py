"""The eighth blind page generator: newspaper pages as text pulled out of PDF layouts, written from the
three sample pages and the reports alone (not from the segmenter nor the other generators' layouts).

    python -m evaluation.simulate_blind8 --split dev --pages 20 --seed 7 --out /tmp/b8

Its point is a measure nobody tuned on. Six families, each after a way the sample pages are laid out,
each with wide random variation (column width 8-48 or a paragraph a line; a blank line after every
line, between paragraphs, at random column breaks or none; CRLF; full-width, ASCII or no indents;
UTF-8, UTF-8 with a BOM, GB18030 or Big5), and per story full-width or ASCII punctuation and, for some
stories (every story of a Big5 page), traditional script:

- `afterhead`: narrow columns where most headlines follow their body and closing credit (a deck line
  under some), `□` bylines over the body, section labels at the top, a headline glued to the first
  body line, a photo story whose caption is its body and whose headline is fake-bold (doubled glyphs);
- `webpara`: a paragraph a line, `#`/`##` headlines and decks above or below each other (or no marks
  at all), a dated dateline opening the first paragraph, the credit alone after the body or run into
  its last sentence, a paragraph printed twice, a paragraph cut by a page break;
- `gathered`: very narrow columns with `■记者` bylines, invented section sub-heads (some on two
  lines), spaced-out justified lines, blank lines only at column breaks, every headline of the page
  gathered in one block inside the last story's text (doubled glyphs, two headlines on one line),
  a jump (`下转`/`上接`) and photo captions at the end;
- `dispatch`: wire copy: series lines and kickers above the headline, `——` subtitles, the byline in
  every form on its own line or inside the dateline, full-width indents, editor footers, section
  labels between stories;
- `digest`: a page header, a teaser box of headlines printed elsewhere (orphans), two or three
  headlines stacked above their bodies, short briefs with the credit at their end, stories cut with
  `下转第X版`, a headless continued fragment;
- `mixedcols`: each story in its own column width, a headline displaced into the previous story's
  column, an orphan headline between stories, captions with `摄` credits between stories, doubled
  paragraphs, digits set apart by spaces.

Each page carries its logical lines with their owners (`lines`: text, story index or -1, kind) and
its gold in the shared scorer's format.
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import opencc

from evaluation import reports as report_store

FAMILIES = ("afterhead", "webpara", "gathered", "dispatch", "digest", "mixedcols")
PUNCT = re.compile(r"[\s“”「」\"'‘’：:，,·、。()（）—\-]+")  # the shared scorer's normalisation
CLOSING = set("，。、；：！？）”』」》,.;:!?)")
BODY_KINDS = ("body", "cont", "subhead", "repeat", "lead")
LABELS = ("一线传真", "基层之窗", "综合新闻", "社会治理", "民生关注", "乡村振兴", "城事观察", "区县动态")
SERIES = ("基层治理新观察", "走进网格", "善治之路", "在基层看变化", "社区微治理")
SUBHEADS = (
    "织密服务网络",
    "激活治理动能",
    "凝聚共治合力",
    "提升服务效能",
    "筑牢“红色堡垒”",
    "念好“共治经”",
    "下好“一盘棋”",
    "答好民生卷",
)
SUBHEAD_TAILS = ("打通服务“最后一米”", "让居民更有获得感", "绘就治理新图景", "跑出发展加速度")
MADE_UP_NAMES = (
    "沈若溪",
    "韩立群",
    "叶知秋",
    "邵明轩",
    "柯雨桐",
    "江一帆",
    "程书瑶",
    "卢海川",
    "夏青",
    "孔黎",
)
EDITORS = ("顾小岚", "庞文", "俞思远", "钟雪")
PAPERS = ("江城日报", "北塘晚报", "南溪日报", "青川时报")
MEDIA = ("融媒体", "全媒体", "本报", "新闻网")
CAPTIONS = (
    "图为{p}网格员入户走访。",
    "{p}居民在议事会上发表意见。",
    "志愿者在{p}开展便民服务。",
    "{p}一处新改造的小区。",
    "图为{p}党群服务中心一角。",
)
DECKS = (
    "{p}以党建引领激活基层治理新动能",
    "{p}探索共建共治共享的治理新路子",
    "{p}把服务送到群众家门口",
)

Line = tuple[str, int, str]  # text, owner (story index, -1 for none), kind

_S2T = opencc.OpenCC("s2t")
_BIG5 = str.maketrans("着裏羣衆爲啓墻峯竈麪糉〇", "著裡群眾為啟牆峰灶麵粽○")


def norm(s: str) -> str:
    """A text as the shared scorer compares it: no spaces, quotes or common punctuation."""
    return PUNCT.sub("", s or "")


def trad(s: str) -> str:
    """Traditional script in the forms a Big5 file can hold."""
    return _S2T.convert(s).translate(_BIG5)


_FW = str.maketrans({",": "，", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）", ":": "："})


def full_width(s: str) -> str:
    """ASCII marks turned full-width, except a comma or colon between digits (`1,200`, `11:30`)."""
    out = []
    for i, ch in enumerate(s):
        between = 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()
        out.append(ch if ch in ",:" and between else ch.translate(_FW))
    return "".join(out)


def doubled(s: str, rng: random.Random | None = None) -> str:
    """A fake-bold headline as a PDF extractor reads it: each run of glyphs (and each mark) twice."""
    out = []
    for tok in re.findall(r"[\u4e00-\u9fffA-Za-z0-9]+|.", s):
        if rng and len(tok) > 7:
            cut = rng.randint(3, len(tok) - 3)
            out += [tok[:cut] * 2, tok[cut:] * 2]
        else:
            out.append(tok * 2)
    return "".join(out)


def spaced(s: str) -> str:
    """A justified short line whose glyphs the extractor set apart: `打 通 社 区`."""
    out = []
    for i, ch in enumerate(s):
        if i and ch not in CLOSING and s[i - 1] not in "“《（(":
            out.append(" ")
        out.append(ch)
    return "".join(out)


def wrap(text: str, width: int) -> list[str]:
    """Column lines of about `width` full-width glyphs (ASCII counts half); a closing mark never opens
    a line but hangs on the line before. Width 0: the paragraph on one line."""
    if width <= 0 or not text:
        return [text]
    lines, cur, w = [], "", 0.0
    for ch in text:
        cw = 0.5 if ord(ch) < 128 else 1.0
        if cur and w + cw > width and ch not in CLOSING:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def split_title(title: str) -> tuple[str | None, str]:
    """A site title `栏目|标题` or `【栏目】标题` as (column name, headline)."""
    m = re.match(r"^(.{2,14}?)\s*[|｜︱丨│]\s*(.+)$", title) or re.match(
        r"^[【(（](.{2,14}?)[】)）]\s*(.+)$", title
    )
    return (m.group(1), m.group(2)) if m else (None, title)


@dataclass
class Story:
    report: dict
    title: str  # the headline as printed (script and marks), undoubled
    kicker: str | None
    subtitle: str | None
    paras: list[str]
    trad: bool
    ascii: bool
    named: list[str] = field(default_factory=list)
    own_byline: bool = False  # the body already opens with its dateline and byline
    in_gold: bool = True
    snippet: str = ""

    def conv(self, s: str) -> str:
        s = s if self.ascii else full_width(s)
        return trad(s) if self.trad else s


def story_of(report: dict, rng: random.Random, p_trad: float, p_ascii: float) -> Story:
    kicker, head = split_title(report["title"])
    s = Story(report, "", None, None, [], rng.random() < p_trad, rng.random() < p_ascii)
    s.title = s.conv(head)
    s.kicker = s.conv(kicker) if kicker else None
    s.subtitle = s.conv(report["subtitle"]) if report.get("subtitle") else None
    s.paras = [s.conv(p.strip()) for p in report["body"].split("\n") if p.strip()]
    byline = report.get("byline") or ""
    authors = report.get("authors") or []
    if byline and authors and s.paras and norm(s.paras[0]).startswith(norm(s.conv(byline))[:6]):
        s.own_byline = all(norm(s.conv(a)) in norm(s.paras[0][:60]) for a in authors)
    return s


def place_of(s: Story) -> str:
    r = s.report
    return s.conv(r.get("county") or r.get("city") or r.get("province") or "当地")


# ---------------------------------------------------------------- bylines


def _names(s: Story, rng: random.Random) -> list[str]:
    """The names the story credits: the report's, or made-up ones for a report without any (a page
    always signs its stories), or none."""
    names = [s.conv(a) for a in s.report.get("authors") or []]
    if not names and rng.random() < 0.6:
        names = rng.sample(MADE_UP_NAMES, rng.choice((1, 1, 2)))
        names = [s.conv(n) for n in names]
    return names


def _show(name: str, rng: random.Random, p: float = 0.35) -> str:
    """A two-character name is often set with a space to fill the width of three: `梁 木`."""
    return " ".join(name) if len(name) == 2 and rng.random() < p else name


def _roles(names: list[str], rng: random.Random, sep: str = " ") -> str:
    """`记者 甲 通讯员 乙 丙`, or the names alone."""
    shown = [_show(n, rng) for n in names]
    if rng.random() < 0.4 or len(shown) == 1:
        role = rng.choice(("记者 ", "记者", "本报记者 ", f"{rng.choice(MEDIA)}记者 ", ""))
        return role + sep.join(shown)
    k = rng.randint(1, len(shown) - 1)
    return "记者 " + sep.join(shown[:k]) + " 通讯员 " + sep.join(shown[k:])


def dateline(s: Story, rng: random.Random) -> str:
    city = (s.report.get("city") or s.report.get("province") or "北京").removesuffix("市")
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return s.conv(
        rng.choice(
            (
                "本报讯",
                f"本报{m}月{d}日讯",
                f"本报{city}讯",
                f"新华社{city}{m}月{d}日电",
                f"{city}日报讯",
            )
        )
    )


@dataclass
class Credit:
    before: list[str] = field(default_factory=list)  # lines over the body
    lead: str = ""  # opens the first paragraph
    after: list[str] = field(default_factory=list)  # lines under the body
    tail: str = ""  # run into the last paragraph


def credit(s: Story, rng: random.Random, forms: tuple[str, ...]) -> Credit:
    """The story's dateline and byline in one of `forms`; the names printed go into `s.named`."""
    c = Credit()
    if s.own_byline:
        s.named = [s.conv(a) for a in s.report["authors"]]
        return c
    names = _names(s, rng)
    form = rng.choice(forms)
    if not names:
        if form in ("dateline", "dateline_after", "wen", "zuozhe"):
            c.lead = dateline(s, rng) + rng.choice((" ", "　", ""))
        return c
    s.named = names
    lp, rp = ("(", ")") if s.ascii else ("（", "）")
    if form == "paren":
        text = lp + " ".join(_show(n, rng) for n in names) + rp
        if rng.random() < 0.3:
            c.tail = text
        else:
            c.after.append(text)
    elif form == "media":
        media = s.conv(rng.choice(("北塘新闻/北塘晚报", "江城融媒", "南溪新闻网", "青川发布")))
        text = f"{lp}{media} {_roles(names, rng)}{rp}"
        c.tail, c.after = (text, []) if rng.random() < 0.4 else ("", [text])
    elif form == "square":
        if len(names) > 1 and rng.random() < 0.4:
            c.before = [
                f"□ {_show(names[0], rng, 0.6)}",
                "□ 本报记者 " + " ".join(_show(n, rng) for n in names[1:]),
            ]
        else:
            c.before = [
                rng.choice(("□ ", "□", "□本报记者 ", "□ 记者 ")) + " ".join(_show(n, rng) for n in names)
            ]
    elif form == "black":
        c.before = [
            rng.choice(("■记者 ", " ■记者 ", "■ 记者 ", "■")) + " ".join(_show(n, rng, 0.5) for n in names)
        ]
    elif form == "dateline":
        inner = _roles(names, rng, rng.choice((" ", "、")))
        c.lead = f"{dateline(s, rng)}{rng.choice(('', ' '))}{lp}{inner}{rp}{rng.choice(('', ' ', '　'))}"
    elif form == "dateline_after":
        c.lead = dateline(s, rng) + rng.choice((" ", "　"))
        c.after.append(lp + " ".join(_show(n, rng) for n in names) + rp)
    elif form == "reported":
        c.lead = (
            f"{dateline(s, rng)} {_roles(names, rng)}报道："
            if not s.ascii
            else f"{dateline(s, rng)} {_roles(names, rng)}报道:"
        )
    elif form == "wen":
        if len(names) > 1 and rng.random() < 0.5:
            c.before = [f"文/{_show(names[0], rng)}  图/{' '.join(names[1:])}"]
        else:
            c.before = [rng.choice(("文/", "文/图 ", "文/本报记者 ", "◆文/记者 ")) + " ".join(names)]
    elif form == "zuozhe":
        c.before = [rng.choice(("作者：", "作者 ", "")) + _roles(names, rng)]
    elif form == "dot":
        c.before = ["·" + " ".join(names) + "·"]
    elif form == "own" and s.report.get("byline"):
        own = s.conv(s.report["byline"])
        if all(norm(n) in norm(own) for n in names):
            c.before = [own]
        else:
            c.before = ["本报记者 " + " ".join(names)]
    else:
        c.after.append(lp + " ".join(names) + rp)
    c.before = [s.conv(x) for x in c.before]
    c.after = [s.conv(x) for x in c.after]
    c.lead, c.tail = s.conv(c.lead), s.conv(c.tail)
    return c


# ---------------------------------------------------------------- story lines


def head_lines(
    s: Story, i: int, rng: random.Random, *, fake_bold: float = 0.0, split: float = 0.4
) -> list[Line]:
    """The headline, on one line or two (at its colon, its space, or mid-way), maybe fake-bold."""
    t = s.title
    parts = [t]
    if len(t) > 12 and rng.random() < split:
        m = re.search(r"[：:]|\s+|——", t[3:-3])
        cut = m.end() + 3 if m else rng.randint(len(t) // 3, 2 * len(t) // 3)
        parts = [t[:cut].rstrip(), t[cut:].lstrip()]
    if rng.random() < fake_bold:
        parts = [doubled(p, rng) for p in parts]
    return [(p, i, "title") for p in parts if p]


def deck_of(s: Story, rng: random.Random) -> str:
    return s.subtitle or s.conv(rng.choice(DECKS).format(p=place_of(s)))


def body_lines(s: Story, i: int, c: Credit, rng: random.Random, *, limit: int = 0) -> list[Line]:
    """The story's paragraphs (the first `limit`, when set) with the credit's lead and tail."""
    paras = list(s.paras[:limit] if limit else s.paras)
    if c.lead and paras:
        paras[0] = c.lead + paras[0]
    if c.tail and paras:
        paras[-1] = paras[-1] + c.tail
    return [(p, i, "body") for p in paras]


def with_subheads(body: list[Line], rng: random.Random, s: Story) -> list[Line]:
    """Section sub-heads of my own between paragraphs, some on two lines."""
    out: list[Line] = []
    pool = list(SUBHEADS)
    rng.shuffle(pool)
    for k, line in enumerate(body):
        if 0 < k < len(body) - 1 and pool and rng.random() < 0.3:
            head = s.conv(pool.pop())
            out.append((head, line[1], "subhead"))
            if rng.random() < 0.4:
                out.append((s.conv(rng.choice(SUBHEAD_TAILS)), line[1], "subhead"))
        out.append(line)
    return out


def caption(s: Story | None, rng: random.Random, place: str) -> Line:
    """A photo caption of my own, credited to a made-up photographer."""
    text = rng.choice(CAPTIONS).format(p=place)
    who = rng.choice(MADE_UP_NAMES)
    return (f"{text} {rng.choice(('', '本报记者 ', '通讯员 '))}{who} 摄", -1, "caption")


def photo_story(s: Story, i: int, rng: random.Random) -> list[Line]:
    """A photo story: fake-bold headline, then its caption (one or two paragraphs) ending in the
    photographer's credit."""
    names = _names(s, rng) or [s.conv(rng.choice(MADE_UP_NAMES))]
    s.named = names[:1]
    paras = s.paras[: rng.randint(1, 2)]
    text = (
        "".join(paras)
        + rng.choice((" ", "　", "  "))
        + rng.choice(("本报记者 ", "记者 ", ""))
        + names[0]
        + " 摄"
    )
    return [*head_lines(s, i, rng, fake_bold=0.8, split=0.0), (text, i, "body")]


def split_at_column_break(lines: list[Line], k: int, width: int, rng: random.Random) -> list[Line]:
    """Paragraph k cut where its column ends (at a wrapped line's end), so that what is set between
    the two parts (another column's headline) interrupts a sentence; the rest carries on unindented."""
    text, owner, kind = lines[k]
    rows = wrap(text, width or 20)
    if kind != "body" or len(rows) < 2:
        return lines
    j = rng.randint(1, len(rows) - 1)
    return [
        *lines[:k],
        ("".join(rows[:j]), owner, "body"),
        ("".join(rows[j:]), owner, "cont"),
        *lines[k + 1 :],
    ]


def repeat_one(body: list[Line], rng: random.Random) -> list[Line]:
    """One paragraph printed twice in a row (an extractor reading an overlapping text box twice)."""
    if len(body) < 3:
        return body
    k = rng.randrange(1, len(body) - 1)
    return [*body[: k + 1], (body[k][0], body[k][1], "repeat"), *body[k + 1 :]]


def fragment(pool: list[dict], rng: random.Random, conv) -> list[Line]:  # noqa: ANN001
    """A headless continued fragment of a story printed elsewhere, under its `上接` mark."""
    r = rng.choice(pool)
    paras = [p for p in r["body"].split("\n") if p.strip()]
    text = conv(paras[-1]) if paras else ""
    return [(conv(f"（上接第{rng.randint(1, 8)}版）"), -1, "mark"), (text, -1, "fragment")]


def orphan_titles(pool: list[dict], rng: random.Random, n: int, conv) -> list[str]:  # noqa: ANN001
    titled = [r for r in pool if r.get("title")]
    return [conv(split_title(r["title"])[1]) for r in rng.sample(titled, min(n, len(titled)))]


# ---------------------------------------------------------------- families


@dataclass
class Layout:
    lines: list[Line]
    width: int | dict[int, int]  # one for the page, or per owner (-1: default)
    blanks: str  # every, paras, breaks, none
    indent: str = ""
    markdown: bool = False
    orphans: list[str] = field(default_factory=list)
    spaced: float = 0.0
    digit_spaces: float = 0.0
    broken: bool = False  # one paragraph cut by a page break


def _blanks(rng: random.Random, w: tuple[int, int, int, int]) -> str:
    return rng.choices(("every", "paras", "breaks", "none"), w)[0]


def afterhead(stories: list[Story], rng: random.Random, pool: list[dict]) -> Layout:
    lines: list[Line] = [(x, -1, "label") for x in rng.sample(LABELS, rng.randint(0, 2))]
    photo = len(stories) > 2 and rng.random() < 0.5
    for i, s in enumerate(stories):
        if photo and i == len(stories) - 1:
            lines += photo_story(s, i, rng)
            continue
        c = credit(s, rng, ("paren", "paren", "square", "square", "dateline_after", "dateline", "black"))
        head = head_lines(s, i, rng, split=0.5)
        deck = [(deck_of(s, rng), i, "subtitle")] if rng.random() < 0.3 else []
        body = [(x, i, "byline") for x in c.before] + body_lines(s, i, c, rng)
        body += [(x, i, "byline") for x in c.after]
        if rng.random() < 0.7:
            lines += body + head + deck
        else:
            lines += head + deck + body
    return Layout(lines, rng.randint(9, 20), _blanks(rng, (6, 1, 1, 2)), rng.choice(("", "", "  ")))


def webpara(stories: list[Story], rng: random.Random, pool: list[dict]) -> Layout:
    lines: list[Line] = []
    md = rng.random() < 0.6
    for i, s in enumerate(stories):
        c = credit(s, rng, ("media", "media", "paren", "dateline", "dateline_after"))
        if not c.lead and not s.own_byline and rng.random() < 0.6:
            c.lead = dateline(s, rng) + " "
        head = head_lines(s, i, rng, split=0.0)
        sub = [(deck_of(s, rng), i, "subtitle")] if rng.random() < 0.5 else []
        heads = sub + head if sub and rng.random() < 0.4 else head + sub
        body = [(x, i, "byline") for x in c.before] + body_lines(s, i, c, rng)
        if rng.random() < 0.35:
            body = repeat_one(body, rng)
        body += [(x, i, "byline") for x in c.after]
        lines += heads + body
    width = 0 if rng.random() < 0.7 else rng.randint(36, 48)
    return Layout(lines, width, _blanks(rng, (0, 7, 1, 2)), rng.choice(("", "", "　　")), md, broken=True)


def _gathered_block(heads: list[list[Line]], rng: random.Random) -> list[Line]:
    """All headlines of the page in one block, two of them sometimes on one line."""
    out: list[Line] = []
    k = 0
    while k < len(heads):
        if k + 1 < len(heads) and len(heads[k]) == 1 and rng.random() < 0.4:
            a, b = heads[k][0], heads[k + 1][0]
            out.append((a[0] + " " + b[0], a[1], "title"))
            out += heads[k + 1][1:]
            k += 2
            continue
        out += heads[k]
        k += 1
    return out


def gathered(stories: list[Story], rng: random.Random, pool: list[dict]) -> Layout:
    lines: list[Line] = []
    heads: list[list[Line]] = []
    bodies: list[list[Line]] = []
    for i, s in enumerate(stories):
        c = credit(s, rng, ("black", "black", "black", "square", "dateline"))
        heads.append(head_lines(s, i, rng, fake_bold=0.6, split=0.5))
        body = body_lines(s, i, c, rng)
        body = with_subheads(body, rng, s)
        bodies.append([(x, i, "byline") for x in c.before] + body + [(x, i, "byline") for x in c.after])
    rng.shuffle(heads)
    block = _gathered_block(heads, rng)
    width = rng.randint(8, 14)
    last = bodies[-1]
    cut = rng.randint(max(1, len(last) // 2), len(last))  # into the last story's text
    if rng.random() < 0.6 and cut < len(last):  # in the middle of a sentence
        last = split_at_column_break(last, cut - 1, width, rng)
    jump = rng.random() < 0.6 and cut < len(last)
    for b in bodies[:-1]:
        lines += b
    lines += last[:cut]
    if jump:
        n = rng.randint(2, 15)
        lines.append((stories[-1].conv(f"（下转B{n}版）"), -1, "mark"))
        lines += block
        lines.append((stories[-1].conv(f"（上接B{n - 1}版）"), -1, "mark"))
        lines += [(t, o, "cont" if k == "body" else k) for t, o, k in last[cut:]]
    else:
        lines += block + last[cut:]
    lines += [caption(None, rng, place_of(s)) for s in rng.sample(stories, rng.randint(0, 2))]
    return Layout(lines, width, _blanks(rng, (1, 1, 6, 2)), spaced=rng.uniform(0.0, 0.05))


def dispatch(stories: list[Story], rng: random.Random, pool: list[dict]) -> Layout:
    lines: list[Line] = []
    forms = ("own", "wen", "zuozhe", "dateline", "reported", "dot", "square", "black", "paren", "media")
    for i, s in enumerate(stories):
        if i and rng.random() < 0.3:
            lines.append((s.conv(rng.choice(LABELS)), -1, "label"))
        if s.kicker and rng.random() < 0.8:
            lines.append((rng.choice(("【{}】", "{}", "{} |")).format(s.kicker), i, "kicker"))
        elif rng.random() < 0.3:
            series = (
                s.conv(rng.choice(SERIES)) + rng.choice("①②③④⑤⑥")
                if rng.random() < 0.5
                else s.conv(rng.choice(SERIES))
            )
            lines.append((series, i, "kicker"))
        lines += head_lines(s, i, rng, split=0.3)
        if rng.random() < 0.45:
            lines.append(("——" + deck_of(s, rng), i, "subtitle"))
        c = credit(s, rng, forms)
        lines += [(x, i, "byline") for x in c.before]
        lines += body_lines(s, i, c, rng)
        lines += [(x, i, "byline") for x in c.after]
        if rng.random() < 0.25:
            lines.append((s.conv(f"（责任编辑：{rng.choice(EDITORS)}）"), -1, "label"))
    width = 0 if rng.random() < 0.5 else rng.randint(18, 40)
    indent = rng.choice(("　　", "　　", "  ", ""))
    return Layout(lines, width, _blanks(rng, (2, 4, 1, 3)), indent, digit_spaces=0.3 * rng.random())


def digest(stories: list[Story], rng: random.Random, pool: list[dict]) -> Layout:
    conv = stories[0].conv
    paper = rng.choice(PAPERS)
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    lines: list[Line] = [
        (conv(f"{paper}  {y}年{m}月{d}日  星期{'一二三四五六日'[rng.randrange(7)]}"), -1, "label"),
        (conv(f"第{rng.randint(2, 12)}版  {rng.choice(LABELS)}"), -1, "label"),
    ]
    orphans = orphan_titles(pool, rng, rng.randint(1, 3), conv)
    if rng.random() < 0.6:
        lines.append((conv("本版导读"), -1, "label"))
    lines += [
        (t + rng.choice(("", f"……第{rng.randint(2, 9)}版", f" 详见{rng.randint(2, 9)}版")), -1, "orphan")
        for t in orphans
    ]
    stack = rng.randint(2, min(3, len(stories)))
    heads = [head_lines(s, i, rng, split=0.2) for i, s in enumerate(stories[:stack])]
    for h in heads:
        lines += h
    for i, s in enumerate(stories):
        if i >= stack:
            lines += head_lines(s, i, rng, split=0.2)
        c = credit(s, rng, ("paren", "paren", "dateline", "dateline_after", "media"))
        brief = rng.random() < 0.5
        body = body_lines(s, i, c, rng, limit=rng.randint(1, 3) if brief else 0)
        body = [(x, i, "byline") for x in c.before] + body
        cut = not brief and len(body) > 3 and rng.random() < 0.3
        if cut:
            body = body[: rng.randint(2, len(body) - 1)]
            body.append((s.conv(f"（下转第{rng.randint(2, 9)}版）"), -1, "mark"))
        lines += body + [(x, i, "byline") for x in c.after]
    if rng.random() < 0.5:
        lines += fragment(pool, rng, conv)
    return Layout(
        lines, rng.randint(12, 30), _blanks(rng, (3, 3, 2, 2)), rng.choice(("", "　　")), orphans=orphans
    )


def mixedcols(stories: list[Story], rng: random.Random, pool: list[dict]) -> Layout:
    lines: list[Line] = []
    widths = {-1: rng.randint(10, 30)}
    orphans: list[str] = []
    displaced = rng.randrange(1, len(stories)) if len(stories) > 1 and rng.random() < 0.7 else -1
    forms = ("dateline", "dateline", "reported", "paren", "square", "black", "wen", "own")
    for i, s in enumerate(stories):
        widths[i] = rng.choice((0, rng.randint(8, 48), rng.randint(10, 24)))
        c = credit(s, rng, forms)
        head = head_lines(s, i, rng, fake_bold=0.15)
        body = (
            [(x, i, "byline") for x in c.before]
            + body_lines(s, i, c, rng)
            + [(x, i, "byline") for x in c.after]
        )
        if rng.random() < 0.3:
            body = repeat_one(body, rng)
        if i == displaced:  # its headline sits inside the previous story's column
            prev = [k for k, ln in enumerate(lines) if ln[1] == i - 1 and ln[2] == "body"]
            if len(prev) > 1:
                k = rng.choice(prev[1:])
                if rng.random() < 0.5:  # in the middle of a sentence
                    lines[:] = split_at_column_break(lines, k, widths[i - 1], rng)
                    k += 1
                lines[k:k] = head
                head = []
        lines += head + body
        if rng.random() < 0.25:
            lines.append(caption(None, rng, place_of(s)))
        if rng.random() < 0.2 and not orphans:
            orphans = orphan_titles(pool, rng, 1, s.conv)
            lines.append((orphans[0], -1, "orphan"))
    return Layout(
        lines,
        widths,
        _blanks(rng, (3, 3, 2, 2)),
        rng.choice(("", "　　", " ")),
        digit_spaces=0.2,
        orphans=orphans,
    )


BUILDERS = {
    "afterhead": afterhead,
    "webpara": webpara,
    "gathered": gathered,
    "dispatch": dispatch,
    "digest": digest,
    "mixedcols": mixedcols,
}


# ---------------------------------------------------------------- rendering


def _digits_apart(text: str, rng: random.Random, p: float) -> str:
    """Figures set apart by spaces (`接入 10000 多路`), as a justified line prints them."""
    if p <= 0:
        return text
    return re.sub(
        r"(?<=[\u4e00-\u9fff])(\d+)(?=[\u4e00-\u9fff])",
        lambda m: f" {m.group(1)} " if rng.random() < p else m.group(1),
        text,
    )


def render(layout: Layout, rng: random.Random) -> str:
    """The page's text: paragraphs wrapped to their column, headlines as set, blank lines by the
    layout's rule."""
    out: list[tuple[str, bool]] = []  # physical line, ends a paragraph
    broken = layout.broken and rng.random() < 0.5
    md_levels = {"title": "# ", "subtitle": "## "}
    for text, owner, kind in layout.lines:
        width = layout.width if isinstance(layout.width, int) else layout.width.get(owner, layout.width[-1])
        if kind in ("body", "cont", "repeat", "fragment"):
            text = _digits_apart(text, rng, layout.digit_spaces)
            if broken and kind == "body" and len(text) > 60 and width == 0:
                cut = rng.randint(20, len(text) - 20)
                while text[cut] in CLOSING:
                    cut += 1
                out += [(layout.indent + text[:cut], True), ("", True), ("", True), (text[cut:], True)]
                broken = False
                continue
            rows = wrap(layout.indent + text if kind != "cont" else text, width)
            if width and layout.spaced:
                rows = [spaced(r) if rng.random() < layout.spaced else r for r in rows]
            out += [(r, k == len(rows) - 1) for k, r in enumerate(rows)]
        elif layout.markdown and kind in md_levels:
            out.append((md_levels[kind] + text, True))
        else:
            out.append((text, True))
    page_rows: list[str] = []
    for row, ends in out:
        page_rows.append(row)
        if (
            layout.blanks == "every"
            or (layout.blanks == "paras" and ends)
            or (layout.blanks == "breaks" and rng.random() < 0.12)
        ):
            page_rows.append("")
    return "\n".join(page_rows) + "\n"


# ---------------------------------------------------------------- gold


def owned_body(lines: list[Line], j: int) -> str:
    """What a perfect segmenter puts in story j's body: its paragraphs, sub-heads and repeats."""
    return "\n".join(t for t, o, k in lines if o == j and k in BODY_KINDS)


def pick_snippet(i: int, lines: list[Line], flat: str, rng: random.Random) -> str:
    """12-20 characters of one of the story's paragraphs, printed once on the page."""
    paras = [norm(t) for t, o, k in lines if o == i and k == "body"]
    paras = [p for p in paras if len(p) >= 30]
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
    """A story's gold article: the report's place, the names printed in its credit, the figures and
    coined names it prints intact, in the script it prints them."""
    printed = re.sub(r"\s+", "", "".join(t for t, o, k in lines if o == i and k in BODY_KINDS))
    report = dict(s.report)
    metrics = []
    for m in s.report.get("metrics") or []:
        text = m.get("text") or ""
        if not text or (s.trad and trad(text) != text) or s.conv(text).replace(" ", "") not in printed:
            continue
        if s.trad and m.get("subject") and trad(m["subject"]) != m["subject"]:
            m = {k: v for k, v in m.items() if k != "subject"}
        metrics.append(m)
    report["metrics"] = metrics
    authors = [n for n in dict.fromkeys(norm(n) for n in s.named) if n and n in flat]
    art = report_store.gold_article(report, s.title, authors, s.snippet, lambda t: True, lambda x: False)
    art["initiatives"] = [
        s.conv(x) for x in s.report.get("initiatives") or [] if norm(s.conv(x)) in norm(printed)
    ]
    if s.subtitle:
        art["subtitle"] = s.subtitle
    return art


# ---------------------------------------------------------------- pages


@dataclass
class Page:
    name: str
    family: str
    encoding: str
    text: str
    lines: list[Line]
    stories: list[Story]
    gold: dict

    def data(self) -> bytes:
        return self.text.encode(self.encoding)


def _encoding(rng: random.Random) -> str:
    return rng.choices(("utf-8", "utf-8-sig", "gb18030", "big5"), (4, 2, 3, 2))[0]


_POOL: list[dict] = []


def page(titled: list[dict], family: str, index: int, seed: int) -> Page:
    """One page of `family`, its stories drawn from `titled`, deterministic by seed and index."""
    rng = random.Random(f"blind8:{seed}:{index}:{family}")
    encoding = _encoding(rng)
    n = rng.randint(3, 5) if family in ("digest", "gathered") else rng.randint(2, 4)
    chosen = rng.sample(titled, min(n, len(titled)))
    p_trad = 1.0 if encoding == "big5" else rng.choice((0.0, 0.0, 0.2, 0.5))
    p_ascii = rng.choice((0.0, 0.0, 0.3, 1.0))
    stories = [story_of(r, rng, p_trad, p_ascii) for r in chosen]
    pool = [r for r in (_POOL or titled) if r not in chosen]
    layout = BUILDERS[family](stories, rng, pool)
    if encoding == "big5":  # a Big5 paper prints its labels, marks and bylines in traditional script too
        layout.lines = [(trad(t), o, k) for t, o, k in layout.lines]
        layout.orphans = [trad(t) for t in layout.orphans]
    text = render(layout, rng)
    if text and rng.random() < 0.3:
        text = " " + text  # the extractor's stray leading space
    if rng.random() < 0.3:
        text = text.replace("\n", "\r\n")
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        encoding = "gb18030"
    flat = norm(text)
    articles = []
    for i, s in enumerate(stories):
        s.snippet = pick_snippet(i, layout.lines, flat, rng)
        s.in_gold = bool(s.snippet) and set(norm(s.title)) <= set(flat)
        if s.in_gold:
            articles.append(gold_of(s, i, layout.lines, flat))
    name = f"b8_{seed}_{index:03d}_{family}.txt"
    gold = report_store.gold_page(name, text, articles, layout.orphans)
    return Page(name, family, encoding, text, layout.lines, stories, gold)


def pages(split: str, count: int, seed: int, families: list[str] | None = None) -> list[Page]:
    """`count` pages of the split's titled reports, the families in turn; orphan headlines and
    continued fragments come from the split's other reports."""
    _POOL[:] = report_store.load(split)
    return report_store.titled_pages(split, count, seed, families, FAMILIES, page)


def write(out: Path, sims: list[Page]) -> None:
    report_store.write_pages(out, sims)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--pages", type=int, default=12)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--families")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    fams = args.families.split(",") if args.families else None
    write(args.out, pages(args.split, args.pages, args.seed, fams))


if __name__ == "__main__":
    main()
