"""A fifth blind page generator: pages that mix, within one page, the layouts the shared samples show.

Written from the three shared sample pages, their gold, the reports' README and the shared scorer's
docstring alone (not from `transforms/` nor the other generators' layout code). What the samples show,
and where (the phenomena these families draw on):
- headlines: before their body with no blank line between; after their body (after its credit line);
  wrapped in two lines at a colon or anywhere; wider than the body's column; fake-bold headlines drawn
  twice run by run (`标题标题：：`); two headlines side by side on one line; all the page's headlines
  gathered into one block that cuts the last story's sentence in two; `#`/`##` marks with the subtitle
  above or below the headline; a subtitle longer than any body line printed right under its headline;
- bylines: `□ 名` or two stacked `□` lines on top of the body; `■记者 名 名` with or without a leading
  space as the only story boundary; `（名 名）` alone after the body; `(媒体/媒体 记者 名)` alone or at
  the end of the last paragraph; `本报讯` and `本报X月X日讯` datelines; two-character names spaced
  (`梁 木`); a photo's `本报记者 名 摄` at the end of its caption. Besides the forms written here, a
  share of stories (a page's knob) print the report's own author line as its site printed it, in the
  place its form suggests (a dispatch opening the body, a bracket after it, a plain line on top);
- body: 11-15 character columns with a blank line after every line, or none; paragraphs not always
  apart; a blank line inside a sentence (a column break); letter-spaced justified lines; numbers apart
  from their units; in-body subheads alone, in two lines, or as a paragraph's lead sentence; a web page's
  paragraph a line, one cut in two by a page break, one printed twice, triple blank lines;
- furniture: section labels on top (some with a leading space), captions without credits at the foot,
  jump marks `（下转…版）` / `（上接…版）`.

Five families, each mixing these per story with wide random knobs:
- `mixed_trail`: narrow columns; each story picks its own headline place (before its body, after it,
  after its credit), byline form (`□` on top, stacked, a credit after, in the dispatch, or set with the
  headline wherever that goes), headline wrap and, on some pages, column measure; in-body subheads; a
  photo item anywhere on some pages.
- `gathered_block`: dense narrow columns led by `■记者` bylines; the headlines gathered in one block
  (or two: one column's, then the rest) before all, inside a body or after it, doubled, merged side by
  side; captions and jump marks.
- `web_paras`: a paragraph a line, headings marked `#`/`##` or not, kickers, subtitles above or below,
  credits inline or alone, datelines, cut and repeated paragraphs.
- `briefs_feature`: very short briefs (a paragraph or two) beside one long feature (two-line kicker,
  wrapped headline, `——` subtitle, byline under the headline, subheads) and a photo group.
- `jumped`: a story continued from another page (with its headline repeated, or none: not in the
  gold), a story jumping to another page, a teaser for a story printed elsewhere, and a story cut in two
  by another story read column by column.

Gold follows the scorer's docstring; `body_contains` is a run of 14 characters from one stretch of the
story's body lines, printed once on the page. Deterministic by seed; only titled reports are used.
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass, field

from evaluation import reports as report_store

FAMILIES = ("mixed_trail", "gathered_block", "web_paras", "briefs_feature", "jumped")
BODY_KINDS = ("body", "repeat")
KICKER_SEP = re.compile(r"\s*[|｜︱│丨]\s*")
CLOSING = set("，。、；：？！）”’》」』,.;:?!)%")
OPENING = set("“‘（《「『(")
HALF = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"})
RUN = re.compile(r"[\u4e00-\u9fff0-9]{14,}")
FAMILY = "赵钱孙周吴郑冯陈卫蒋沈韩杨朱秦许何吕施张孔曹严华金魏陶姜谢邹喻柏窦章苏潘葛范彭鲁马方俞任袁柳鲍史唐"
GIVEN = "宏晓丽文斌海燕志强秀芳建国玉婷明辉春雷佳怡子涵俊杰雅琴立新永红卫东凤英"
SECTIONS = ("基层之窗", "治理观察", "城乡纵横", "一线实践", "社区周刊", "民生视点", "乡村振兴")
MEDIA = ("云港新闻/云港晚报", "北川融媒", "湖城发布/掌上湖城", "江岸新闻网")
LEADS = ("织密组织网络", "凝聚多方合力", "做实服务阵地", "激活治理末梢", "筑牢基层堡垒", "拓宽议事渠道")
LEADS += ("提升服务温度", "夯实发展根基", "创新工作机制", "下沉治理力量", "补齐民生短板", "压实工作责任")
TAILS = ("答好民生考卷", "绘就和美画卷", "跑出加速度", "托起幸福感", "写好治理文章", "搭起连心桥")
SCENES = ("网格员入户走访居民", "志愿者在小区开展便民服务", "社区党组织召开议事会", "村民在积分超市兑换物品")
SCENES += ("工作人员为群众讲解政策", "居民在新建的活动室里下棋")


@dataclass
class Story:
    report: dict
    title: str
    kicker: str | None
    subtitle: str | None
    authors: list[str]
    paras: list[str]
    in_gold: bool = True
    named: list[str] = field(default_factory=list)  # the names the page prints for it


@dataclass
class Page:
    name: str
    family: str
    text: str
    gold: dict
    encoding: str = "utf-8"
    stories: list[Story] = field(default_factory=list)
    lines: list[tuple[str, int | None, str]] = field(default_factory=list)  # (text, owner, kind)

    def data(self) -> bytes:
        return self.text.encode(self.encoding)


Line = tuple[str, int | None, str]


def norm(text: str) -> str:
    """Whitespace and punctuation out, as the shared scorer compares text."""
    return re.sub(r"[\s“”「」\"'‘’：:，,·、。()（）—\-|]+", "", text)


def printed(text: str) -> str:
    """The reports' half-width punctuation as a newspaper sets it."""
    return text.translate(HALF).strip()


def cells(ch: str) -> float:
    return 0.5 if ord(ch) < 128 else 1.0


def wrap(text: str, width: float) -> list[str]:
    """Lines of at most `width` cells; a closing mark never opens a line, an opening mark never ends
    one, and a figure is not cut (a line may run over by a few cells for these)."""
    out, cur, used = [], "", 0.0
    for ch in text:
        glued = (
            ch in CLOSING or (cur and cur[-1] in OPENING) or (ascii_word(ch) and cur and ascii_word(cur[-1]))
        )
        if used + cells(ch) > width and cur and not (glued and used < width + 4):
            out.append(cur)
            cur, used = "", 0.0
        cur += ch
        used += cells(ch)
    return [*out, cur] if cur else out


def ascii_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == ".")


def doubled(text: str, rng: random.Random | None = None) -> str:
    """A fake-bold headline as extraction gives it: each run (and mark) printed twice."""
    pieces = re.findall(r"[\u4e00-\u9fffA-Za-z0-9]+|\s+|.", text)
    out = []
    for p in pieces:
        if p.isspace():
            out.append(p)
            continue
        if rng and len(p) > 5 and rng.random() < 0.4:
            cut = rng.randint(2, len(p) - 2)
            out.append(p[:cut] * 2 + p[cut:] * 2)
        else:
            out.append(p * 2)
    return "".join(out)


def spaced(line: str) -> str:
    """A justified line letter-spaced by the extractor."""
    return " ".join(line)


def loose_numbers(text: str, rng: random.Random, p: float) -> str:
    """Some figures set apart from their neighbours (`接入 100 多路`, `2022 年`)."""
    return re.sub(r"\d+(?:\.\d+)?%?", lambda m: f" {m.group(0)} " if rng.random() < p else m.group(0), text)


def fake_name(rng: random.Random) -> str:
    return rng.choice(FAMILY) + "".join(rng.sample(GIVEN, rng.choice((1, 1, 2))))


def show(name: str, rng: random.Random, p: float) -> str:
    """A two-character name letter-spaced as a justified byline sets it."""
    return " ".join(name) if len(name) == 2 and rng.random() < p else name


def split_title(raw: str) -> tuple[str | None, str]:
    parts = KICKER_SEP.split(printed(raw), maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 and parts[0] and parts[1] else (None, parts[-1])


def story_of(report: dict, rng: random.Random, keep: int | None = None) -> Story:
    """A report as a printed story: its kicker cut off the title, its body (first `keep` paragraphs)."""
    kicker, title = split_title(report["title"])
    paras = [printed(p) for p in report["body"].split("\n") if p.strip()]
    if keep:
        paras = paras[:keep]
    sub = printed(report["subtitle"]) if report.get("subtitle") else None
    return Story(report, title, kicker, sub, [a for a in report.get("authors") or [] if a], paras)


def opens_with_names(s: Story) -> bool:
    head = norm(s.paras[0][:60]) if s.paras else ""
    return bool(s.authors) and all(norm(a) in head for a in s.authors)


def head_lines(text: str, rng: random.Random, most: int = 3) -> list[str]:
    """A headline in one to `most` lines, broken at a colon, a space or anywhere."""
    n = rng.choice([1, 1, 2, 2, 3][: max(1, most + 2)]) if len(text) > 8 else 1
    n = min(n, most)
    if n == 1:
        return [text]
    for mark in ("：", " "):
        if mark in text and rng.random() < 0.6:
            a, _, b = text.partition(mark)
            if a and b:
                return [a + (mark if mark != " " else ""), b]
    if n == 2:
        cut = settled(text, rng.randint(max(2, len(text) // 4), max(3, len(text) * 3 // 4)))
        return [x.strip() for x in (text[:cut], text[cut:]) if x.strip()]
    a, b = sorted(settled(text, c) for c in rng.sample(range(2, len(text) - 1), 2))
    return [x.strip() for x in (text[:a], text[a:b], text[b:]) if x.strip()]


def settled(text: str, cut: int) -> int:
    """A break moved on past marks a typesetter keeps with their neighbours (a line opening with `”`
    or ending with `“`)."""
    while 0 < cut < len(text) and (text[cut] in CLOSING or text[cut - 1] in OPENING):
        cut += 1
    return cut


def subhead(rng: random.Random) -> list[str]:
    """An in-body subhead: a phrase, two phrases with a space, or two lines."""
    form = rng.random()
    a, b = rng.choice(LEADS), rng.choice(TAILS)
    if form < 0.4:
        return [a]
    if form < 0.75:
        return [f"{a} {b}"]
    return [a, b]


def column_body(s: Story, i: int, rng: random.Random, k: dict) -> list[Line]:
    """A story's paragraphs set in a narrow column: subheads, column breaks, spacing effects."""
    out: list[Line] = []
    for n, para in enumerate(s.paras):
        if n and len(s.paras) > 2 and rng.random() < k["subheads"]:
            if rng.random() < 0.5:
                out += [("", None, "blank"), *((h, i, "body") for h in subhead(rng)), ("", None, "blank")]
            else:
                para = rng.choice(LEADS) + "。" + para
        text = loose_numbers(para, rng, k["loose"])
        rows = wrap(("　　" if k["indent"] else "") + text, k["width"])
        for j, row in enumerate(rows):
            if 0 < j < len(rows) - 1 and rng.random() < k["letterspace"]:
                row = spaced(row)
            out.append((row, i, "body"))
            if k["blank_each"] or (j < len(rows) - 1 and rng.random() < k["stray_blank"]):
                out.append(("", None, "blank"))
        if not k["blank_each"] and rng.random() < k["para_blank"]:
            out.append(("", None, "blank"))
    return out


def names_text(s: Story, rng: random.Random, p_space: float) -> list[str]:
    s.named = list(s.authors)
    return [show(a, rng, p_space) for a in s.authors]


def dispatch(s: Story, rng: random.Random, k: dict) -> None:
    """`本报讯` (with the reporters in brackets, or bare) on the first paragraph."""
    if not s.paras or opens_with_names(s) or DISPATCH.match(s.paras[0]):
        return
    if s.authors and not s.named and rng.random() < k.get("dispatch_names", 0.3):
        roles = ["记者", "通讯员"] + [""] * (len(s.authors) - 2)  # `记者 甲 通讯员 乙 丙`
        inner = " ".join(
            f"{r} {a}" if r and rng.random() < 0.5 else f"{r}{a}"
            for r, a in zip(roles, s.authors, strict=False)
        )
        s.paras[0] = f"本报讯（{inner}）" + s.paras[0]
        s.named = list(s.authors)
    elif rng.random() < 0.6:
        s.paras[0] = (
            rng.choice(("本报讯 ", "本报讯　", f"本报{rng.randint(1, 12)}月{rng.randint(1, 28)}日讯 "))
            + s.paras[0]
        )


DISPATCH = re.compile(r"^[^。，]{0,30}?((?<!通)[讯訊](?![员員])|電|电|消息)")  # not 通讯员


def own_byline(s: Story, i: int, rng: random.Random, k: dict, leads: tuple[str, ...] = ("", "□ ")):
    """The report's own author line as its site printed it (read at run time), placed where the samples
    place such lines: a dispatch opening the first paragraph, a bracketed credit after the body (now and
    then on top), a plain line on top (or after the body). (top lines, lines after the body), or None."""
    b = s.report.get("byline")
    if not b or not s.authors or opens_with_names(s) or rng.random() >= k["own"]:
        return None
    text = printed(b)
    s.named = [a for a in s.authors if norm(a) in norm(text)]
    if DISPATCH.match(text.split("（")[0] + "（"):
        if s.paras and not DISPATCH.match(s.paras[0]) and rng.random() < 0.8:
            s.paras[0] = text + rng.choice(("", " ", "　")) + s.paras[0]
            return [], []
        return [(text, i, "byline"), *gap(k)], []
    if text.startswith("（"):
        line = [(text, i, "credit"), *gap(k)]
        return (line, []) if rng.random() < 0.2 else ([], line)
    if rng.random() < 0.75:
        return [(rng.choice(leads) + text, i, "byline"), *gap(k)], []
    return [], [("（" + text + "）" if rng.random() < 0.5 else text, i, "credit"), *gap(k)]


def furniture_top(rng: random.Random) -> list[Line]:
    out: list[Line] = []
    for label in rng.sample(SECTIONS, rng.choice((0, 1, 2))):
        out += [((" " if rng.random() < 0.4 else "") + label, None, "furniture"), ("", None, "blank")]
    if rng.random() < 0.3:
        out += [
            (
                f"2025年{rng.randint(1, 12)}月{rng.randint(1, 28)}日 星期{rng.choice('一二三四五')}",
                None,
                "furniture",
            )
        ]
        out.append((f"第{rng.randint(2, 12)}版", None, "furniture"))
    return out


def gap(k: dict) -> list[Line]:
    return [("", None, "blank")]


# --- mixed_trail ------------------------------------------------------------------------------


def trail_story(s: Story, i: int, rng: random.Random, k: dict) -> list[Line]:
    """One story of a narrow-column page, its headline, byline and credit where it chose to print them;
    some stories set at their own measure (a module over two columns, or a narrower one)."""
    if rng.random() < k["own_width"]:
        k = {**k, "width": rng.choice((k["width"] * 2 + 1, k["width"] - 2, rng.randint(16, 28)))}
    top: list[Line] = []
    own = own_byline(s, i, rng, k, ("", "□ ", "□"))
    byline = (
        rng.choice(("square", "square", "stacked", "credit", "credit", "dispatch", "headed"))
        if s.authors and not own
        else "none"
    )
    if own:
        top = own[0]
    elif opens_with_names(s):
        byline, s.named = "none", list(s.authors)
    if byline in ("square", "headed"):
        names = names_text(s, rng, 0.4)
        lead = rng.choice(("□ ", "□", "□ 本报记者 ", "□ 记者 "))
        top = [(lead + " ".join(names), i, "byline"), *gap(k)]
    elif byline == "stacked":
        names = names_text(s, rng, 0.4)
        for j, n in enumerate(names):
            top += [
                (("□ 本报记者 " if j == len(names) - 1 and rng.random() < 0.5 else "□ ") + n, i, "byline"),
                *gap(k),
            ]
    if byline == "dispatch":
        k = {**k, "dispatch_names": 1.0}
    dispatch(s, rng, k)
    body = column_body(s, i, rng, k)
    credit: list[Line] = own[1] if own else []
    if byline == "credit":
        names = names_text(s, rng, 0.2)
        credit = [("（" + rng.choice((" ", "　")).join(names) + "）", i, "credit"), *gap(k)]
    heads = [(h, i, "head") for h in head_lines(s.title, rng)]
    if s.kicker:
        heads = [(s.kicker, i, "kicker"), *heads]
    if s.subtitle:
        sub = [(rng.choice(("", "——")) + s.subtitle, i, "sub")]
        heads = [*sub, *heads] if rng.random() < 0.3 else [*heads, *sub]
    if byline == "headed":  # the byline set with the headline, wherever that goes
        heads, top = [*heads, *top], []
    place = rng.choices(("before", "after"), weights=(k["before"], 1 - k["before"]))[0]
    if place == "before":
        tight = [] if rng.random() < 0.6 else gap(k)
        return [*heads, *tight, *top, *body, *credit]
    return [*top, *body, *credit, *heads, *gap(k)]


def photo_item(s: Story, i: int, rng: random.Random) -> list[Line]:
    """A photo story: a doubled (or plain) headline over a wide caption ending with its credit."""
    name = s.authors[0] if s.authors else fake_name(rng)
    s.named = [name]
    width = rng.randint(40, 52)
    text = "".join(s.paras[:1]) + rng.choice(("图为", "图为")) + rng.choice(SCENES) + "。"
    rows = wrap(text, width)
    rows[-1] += (
        rng.choice(("  ", " ", "　")) + rng.choice(("本报记者 ", "记者 ", "")) + show(name, rng, 0.3) + " 摄"
    )
    head = doubled(s.title, rng) if rng.random() < 0.7 else s.title
    out: list[Line] = [(head, i, "head")]
    for row in rows:
        out += [(row, i, "body"), ("", None, "blank")]
    s.paras = s.paras[:1]
    return out


def mixed_trail(stories: list[Story], rng: random.Random, k: dict) -> list[Line]:
    out = furniture_top(rng)
    photo = rng.randrange(len(stories)) if len(stories) > 2 and rng.random() < 0.5 else None
    for i, s in enumerate(stories):
        if i == photo:
            out += photo_item(s, i, rng)
        else:
            out += trail_story(s, i, rng, k)
    return out


# --- gathered_block ---------------------------------------------------------------------------


def gathered_heads(stories: list[Story], owners: list[int], rng: random.Random) -> list[Line]:
    """The headlines of stories `owners` in one block, doubled or not, some side by side on one line."""
    bold = rng.random() < 0.7
    rows: list[tuple[str, int]] = []
    for i in rng.sample(owners, len(owners)):
        s = stories[i]
        for h in head_lines(s.title, rng, 2):
            rows.append((doubled(h, rng) if bold else h, i))
    out: list[Line] = []
    j = 0
    while j < len(rows):
        text, owner = rows[j]
        if j + 1 < len(rows) and rows[j + 1][1] != owner and rng.random() < 0.35:
            out.append((text + " " + rows[j + 1][0], None, "merged"))
            j += 2
        else:
            out.append((text, owner, "head"))
            j += 1
        ends = j >= len(rows) or rows[j][1] != out[-1][1]
        if rng.random() < (0.85 if ends else 0.1):
            out.append(("", None, "blank"))
    return out


def foot_matter(stories: list[Story], rng: random.Random) -> list[Line]:
    """Captions without credits and jump marks, as a page's foot gives them."""
    out: list[Line] = []
    for s in rng.sample(stories, min(len(stories), rng.choice((0, 1, 2)))):
        place = s.report.get("county") or s.report.get("city") or s.report.get("province") or ""
        rows = wrap(place + rng.choice(SCENES) + "。", rng.randint(16, 28))
        out += [*((r, None, "caption") for r in rows), ("", None, "blank")]
    if rng.random() < 0.5:
        page = rng.randint(2, 15)
        out += [(f"（下转B{page}版）", None, "jump"), ("", None, "blank")]
        out += [(f"（上接B{page - 1}版）", None, "jump"), ("", None, "blank")]
    return out


def gathered_block(stories: list[Story], rng: random.Random, k: dict) -> list[Line]:
    parts: list[list[Line]] = []
    for i, s in enumerate(stories):
        top: list[Line] = []
        own = own_byline(s, i, rng, k, ("■", "■ ", " ■"))
        if own:
            parts.append([*own[0], *column_body(s, i, rng, k), *own[1]])
            continue
        if s.authors and not opens_with_names(s) and rng.random() < 0.9:
            names = names_text(s, rng, 0.5)
            lead = rng.choice((" ■记者 ", "■记者 ", "■ 本报记者 ", "■记者"))
            top = [(lead + " ".join(names), i, "byline"), ("", None, "blank")]
        elif opens_with_names(s):
            s.named = list(s.authors)
        parts.append([*top, *column_body(s, i, rng, k)])
    flat = [x for p in parts for x in p]
    n = len(stories)
    groups = [list(range(n))]
    if n > 2 and rng.random() < 0.35:  # two blocks: one column's headlines, then the rest
        m = rng.randint(1, n - 1)
        groups = [list(range(m)), list(range(m, n))]
    for g, owners in enumerate(groups):
        where = rng.choice(("inside", "inside", "after") + (("before",) if g == 0 else ()))
        flat = with_block(flat, gathered_heads(stories, owners, rng), owners[-1], where)
    return [*furniture_top(rng), *flat, ("", None, "blank"), *foot_matter(stories, rng)]


def with_block(flat: list[Line], block: list[Line], owner: int, where: str) -> list[Line]:
    """A headline block set before every story, after story `owner`, or inside its body (cutting a
    sentence in two, as the extractor reads the block where it sits in the column)."""
    if where == "before":
        return [*block, *flat]
    mine = [n for n, x in enumerate(flat) if x[1] == owner]
    body = [n for n in mine if flat[n][2] == "body"]
    cut = body[len(body) // 2] + 1 if where == "inside" and body else (mine[-1] + 1 if mine else len(flat))
    return [*flat[:cut], ("", None, "blank"), *block, *flat[cut:]]


# --- web_paras --------------------------------------------------------------------------------


def web_story(s: Story, i: int, rng: random.Random, k: dict) -> list[Line]:
    """A web story: marked or plain headings, a paragraph a line, its credit inline or alone."""
    h1, h2 = k["marks"]
    heads: list[Line] = [(h1 + s.title, i, "head")]
    if s.kicker:
        heads = [(h2 + s.kicker, i, "kicker"), *gap(k), *heads]
    if s.subtitle:
        sub = [(h2 + s.subtitle, i, "sub")]
        heads = [*sub, *gap(k), *heads] if rng.random() < 0.45 else [*heads, *gap(k), *sub]
    own = own_byline(s, i, rng, k, ("",))
    form = rng.choice(("inline", "alone", "top", "dispatch")) if s.authors and not own else "none"
    if own:
        form = "own"
    elif opens_with_names(s):
        form, s.named = "none", list(s.authors)
    if form == "dispatch":
        k = {**k, "dispatch_names": 1.0}
    dispatch(s, rng, k)
    paras = list(s.paras)
    o, c = k["parens"]
    credit = ""
    if form in ("inline", "alone"):
        names = names_text(s, rng, 0.0)
        credit = f"{o}{rng.choice(MEDIA)} 记者 {' '.join(names)}{c}"
        if form == "inline":
            paras[-1] += credit
    out = [*heads, *gap(k)]
    if own and own[1] and rng.random() < 0.5:  # the credit closing the last paragraph
        paras[-1] += own[1][0][0]
        own = (own[0], [])
    if own:
        out += own[0]
    if form == "top":
        names = names_text(s, rng, 0.0)
        who = f"记者 {names[0]}" + (f" 通讯员 {' '.join(names[1:])}" if len(names) > 1 else "")
        out += [(rng.choice(("", "文/")) + who, i, "byline"), *gap(k)]
    for para in paras:
        out += web_para(para, i, rng, k)
    if own:
        out += own[1]
    if form == "alone":
        out += [(credit, i, "credit"), *gap(k)]
    return out


def web_para(para: str, i: int, rng: random.Random, k: dict) -> list[Line]:
    out: list[Line] = []
    pieces = [para]
    if len(para) > 60 and rng.random() < k["cut"]:
        cut = rng.randint(20, len(para) - 20)
        pieces = [para[:cut], para[cut:]]
    for p in pieces:
        out += [(p, i, "body"), *gap(k)]
        if rng.random() < k["repeat"]:
            out += [(p, i, "repeat"), *gap(k)]
        if rng.random() < 0.08:
            out += [("", None, "blank"), ("", None, "blank")]
    return out


def web_paras(stories: list[Story], rng: random.Random, k: dict) -> list[Line]:
    out: list[Line] = [("", None, "blank")] * rng.choice((0, 1, 2))
    for i, s in enumerate(stories):
        out += web_story(s, i, rng, k)
    return out


# --- briefs_feature ---------------------------------------------------------------------------


def brief(s: Story, i: int, rng: random.Random, k: dict) -> list[Line]:
    """A brief: a one- or two-line headline, a paragraph or two, a bracketed credit or none."""
    k = {**k, "subheads": 0.0}
    heads = [(h, i, "head") for h in head_lines(s.title, rng, 2)]
    own = own_byline(s, i, rng, k)
    if own:
        dispatch(s, rng, k)
        return [*heads, *gap(k), *own[0], *column_body(s, i, rng, k), *own[1]]
    dispatch(s, rng, {**k, "dispatch_names": 0.4})
    tail: list[Line] = []
    if s.authors and not s.named and not opens_with_names(s):
        names = names_text(s, rng, 0.3)
        tail = [("（" + " ".join(names) + "）", i, "credit"), *gap(k)]
    elif opens_with_names(s):
        s.named = list(s.authors)
    return [*heads, *gap(k), *column_body(s, i, rng, k), *tail]


def feature(s: Story, i: int, rng: random.Random, k: dict) -> list[Line]:
    """The page's long story: a kicker (perhaps in two lines), a wrapped headline, a `——` subtitle, the
    byline under the headline, subheads in the body."""
    out: list[Line] = []
    if s.kicker:
        out += [(x, i, "kicker") for x in (head_lines(s.kicker, rng, 2) if len(s.kicker) > 6 else [s.kicker])]
    out += [(h, i, "head") for h in head_lines(s.title, rng, 3)]
    if s.subtitle:
        out.append(("——" + s.subtitle if rng.random() < 0.6 else s.subtitle, i, "sub"))
    out += gap(k)
    own = own_byline(s, i, rng, k, ("", "□ ", "文/"))
    wide = {**k, "width": rng.randint(16, 24), "subheads": 0.7}
    if own:
        return [*out, *own[0], *column_body(s, i, rng, wide), *own[1]]
    if s.authors and not opens_with_names(s):
        names = names_text(s, rng, 0.3)
        who = "本报记者 " + names[0] + ("  通讯员 " + " ".join(names[1:]) if len(names) > 1 else "")
        out += [(rng.choice(("", "□ ", "文/")) + who, i, "byline"), *gap(k)]
    elif opens_with_names(s):
        s.named = list(s.authors)
    return out + column_body(s, i, rng, wide)


def photo_group(s: Story, i: int, rng: random.Random) -> list[Line]:
    """Photos under one headline: numbered captions cut from the story's text, a credit at the end."""
    name = s.authors[0] if s.authors else fake_name(rng)
    s.named = [name]
    text = s.paras[0]
    parts = [x + "。" for x in text.split("。") if len(x) > 8][:3] or [text]
    s.paras = parts
    out: list[Line] = [(s.title, i, "head"), ("", None, "blank")]
    for n, part in enumerate(parts):
        for row in wrap("①②③"[n] + part, rng.randint(22, 34)):
            out.append((row, i, "body"))
        out.append(("", None, "blank"))
    out += [
        (rng.choice(("本报记者 ", "")) + name + rng.choice((" 摄", " 摄影", "/摄")), i, "credit"),
        ("", None, "blank"),
    ]
    return out


def briefs_feature(stories: list[Story], rng: random.Random, k: dict) -> list[Line]:
    blocks: list[list[Line]] = [feature(stories[0], 0, rng, k)]
    start = 1
    if len(stories) > 3 and rng.random() < 0.6:
        blocks.append(photo_group(stories[1], 1, rng))
        start = 2
    briefs = [brief(s, i, rng, k) for i, s in enumerate(stories) if i >= start]
    label = [(rng.choice(("简讯", "本地快讯", "动态")), None, "furniture"), ("", None, "blank")]
    blocks.append(label + [x for b in briefs for x in b])
    rng.shuffle(blocks)
    editor = [(f"责任编辑：{fake_name(rng)}  版式：{fake_name(rng)}", None, "furniture")]
    return [*furniture_top(rng), *(x for b in blocks for x in b), *editor]


# --- jumped -----------------------------------------------------------------------------------


def continued(s: Story, i: int, rng: random.Random, k: dict) -> list[Line]:
    """The rest of a story begun on another page: a jump mark, its headline repeated or not, its text
    from a later paragraph (or mid-sentence). Without a headline it is left out of the gold."""
    mark = (f"（上接第{rng.randint(1, 4)}版）", None, "jump")
    if len(s.paras) > 2:
        s.paras = s.paras[rng.randint(1, len(s.paras) - 2) :]
    else:
        s.paras = [s.paras[-1][len(s.paras[-1]) // 3 :]]
    k = {**k, "subheads": 0.0}
    body = column_body(s, i, rng, k)
    if s.authors:
        s.named = list(s.authors)
        body += [("（" + " ".join(s.authors) + "）", i, "credit"), *gap(k)]
    if rng.random() < 0.55:
        return [(s.title, i, "head"), mark, *gap(k), *body]
    s.in_gold = False
    return [mark, *gap(k), *body]


def jumping(s: Story, i: int, rng: random.Random, k: dict) -> list[Line]:
    """A story that leaves for another page halfway: its body ends with `（下转第N版）`."""
    if len(s.paras) > 1:
        s.paras = s.paras[: max(1, len(s.paras) // 2)]
    return [
        *trail_story(s, i, rng, {**k, "before": 1.0}),
        (f"（下转第{rng.randint(5, 16)}版）", None, "jump"),
        *gap(k),
    ]


def teaser(titles: list[str], rng: random.Random) -> list[Line]:
    out: list[Line] = [("导读", None, "furniture")]
    for t in titles:
        out.append((f"{t}{rng.choice(('……', ' ', '  '))}第{rng.randint(2, 16)}版", None, "teaser"))
    return [*out, ("", None, "blank")]


def jumped(stories: list[Story], rng: random.Random, k: dict, others: list[str]) -> list[Line]:
    out = furniture_top(rng)
    if others:
        out += teaser(others, rng)
    parts = [continued(stories[0], 0, rng, k)]
    for i, s in enumerate(stories[1:], start=1):
        parts.append(
            jumping(s, i, rng, k) if i == len(stories) - 1 else trail_story(s, i, rng, {**k, "before": 0.8})
        )
    if len(parts) > 2 and rng.random() < 0.6:  # a story read column by column around its neighbour
        a = rng.randint(1, len(parts) - 2)
        body = [n for n, x in enumerate(parts[a]) if x[2] == "body"]
        if len(body) > 6:
            cut = body[len(body) // 2]
            parts[a : a + 2] = [parts[a][:cut] + parts[a + 1] + parts[a][cut:]]
    return out + [x for p in parts for x in p]


# --- pages and gold ---------------------------------------------------------------------------


def knobs_for(family: str, rng: random.Random) -> dict:
    narrow = family in ("mixed_trail", "gathered_block", "jumped", "briefs_feature")
    k = {
        "width": rng.randint(10, 15) if narrow else 999,
        "blank_each": rng.random()
        < {"mixed_trail": 0.75, "jumped": 0.5, "briefs_feature": 0.4}.get(family, 0.0),
        "stray_blank": rng.uniform(0.0, 0.06),
        "para_blank": rng.uniform(0.6, 1.0),
        "subheads": rng.uniform(0.0, 0.5),
        "loose": rng.uniform(0.0, 0.15),
        "letterspace": rng.uniform(0.0, 0.03),
        "indent": rng.random() < 0.15,
        "before": rng.uniform(0.0, 0.6),
        "marks": rng.choice((("# ", "## "), ("# ", "## "), ("", ""), ("## ", "### "))),
        "parens": rng.choice((("(", ")"), ("（", "）"))),
        "cut": rng.uniform(0.0, 0.25),
        "repeat": rng.uniform(0.0, 0.1),
        "own": rng.uniform(0.3, 0.9),
        "own_width": rng.choice(
            (0.0, 0.0, 0.2, 0.4)
        ),  # stories at a measure of their own  # stories whose byline is the report's own, as its site printed it
    }
    return k


STORIES = {
    "mixed_trail": (3, 7),
    "gathered_block": (2, 4),
    "web_paras": (2, 4),
    "briefs_feature": (3, 6),
    "jumped": (3, 5),
}


def page(titled: list[dict], family: str, index: int, seed: int) -> Page:
    rng = random.Random(f"blind5:{seed}:{family}:{index}")
    lo, hi = STORIES[family]
    chosen = rng.sample(titled, min(len(titled), rng.randint(lo, hi)))
    k = knobs_for(family, rng)
    keep = (lambda: rng.choice((1, 1, 2, None))) if family == "briefs_feature" else (lambda: None)
    stories = [story_of(r, rng, None if n == 0 else keep()) for n, r in enumerate(chosen)]
    teasers: list[str] = []
    if family == "jumped":
        pool = [r for r in titled if r not in chosen]
        teasers = [split_title(r["title"])[1] for r in rng.sample(pool, rng.choice((0, 1, 2)))]
        lines = jumped(stories, rng, k, teasers)
    else:
        lines = BUILD[family](stories, rng, k)
    text = "\n".join(t for t, _, _ in lines).rstrip("\n") + "\n"
    if rng.random() < 0.15:
        text = text.replace("\n", "\r\n")
    encoding = "gb18030" if rng.random() < 0.1 else "utf-8"
    name = f"blind5_{family}_{seed}_{index:03d}.txt"
    gold = gold_of(name, stories, lines, text, teasers)
    return Page(name, family, text, gold, encoding, stories, lines)


BUILD = {"mixed_trail": mixed_trail, "gathered_block": gathered_block, "web_paras": web_paras}
BUILD |= {"briefs_feature": briefs_feature}


def runs_of(lines: list[Line], owner: int) -> list[str]:
    """The story's body text in stretches printed without another story's or a heading's line between."""
    runs, cur = [], ""
    for text, o, kind in lines:
        if kind == "blank":
            continue
        if o == owner and kind == "body":
            cur += re.sub(r"\s+", "", text)
        elif cur:
            runs.append(cur)
            cur = ""
    return [*runs, cur] if cur else runs


def snippet_for(runs: list[str], flat: str, rng: random.Random) -> str | None:
    cands = [
        seg[j : j + 14]
        for run in runs
        for seg in RUN.findall(run)
        for j in range(0, len(seg) - 13, 2)
        if flat.count(seg[j : j + 14]) == 1
    ]
    return rng.choice(cands) if cands else None


def gold_of(name: str, stories: list[Story], lines: list[Line], text: str, teasers: list[str]) -> dict:
    rng = random.Random(name)
    flat = re.sub(r"\s+", "", text)
    arts = []
    for i, s in enumerate(stories):
        snip = snippet_for(runs_of(lines, i), flat, rng)
        if snip is None or not s.in_gold:
            continue
        body = norm(owned_body(lines, i))
        shown = functools.partial(_printed_in, body)
        named = functools.partial(_named_in, body)
        arts.append(report_store.gold_article(s.report, s.title, s.named, snip, shown, named, s.subtitle))
    return report_store.gold_page(name, text, arts, teasers)


def _printed_in(body: str, metric: str) -> bool:
    return norm(printed(metric)) in body


def _named_in(body: str, name: str) -> bool:
    return bool(norm(name)) and norm(name) in body


def pages(split: str | None, count: int, seed: int, families: tuple[str, ...] | None = None) -> list[Page]:
    """`count` pages of the split's titled reports, the families in turn, deterministic by seed."""
    return report_store.titled_pages(split, count, seed, families, FAMILIES, page)


write = report_store.write_pages  # pages/ in each page's encoding, gold/all/, gold/<family>/


def owned_body(lines: list[Line], owner: int) -> str:
    """What a perfect segmenter gives story `owner`: every body line the generator printed for it."""
    return "\n".join(t for t, o, kd in lines if o == owner and kd in BODY_KINDS)
