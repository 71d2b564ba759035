"""A fourth blind page generator: newspaper pages as a PDF-to-text extractor turns them into text.

Written from the three shared sample pages, their gold, the reports' README and the shared scorer's
docstring alone (not from `transforms/` nor the other generators' layout code). It models the mechanism
rather than the look: a page is a grid of columns; each story is a module (a rectangle over one or more
adjacent columns) holding text frames - a headline spanning the module's columns (a kicker above it, a
subtitle below), a byline, the body flowed down its columns, a photo caption, jump marks - and the page
carries furniture (date, edition, section and editor lines). An extractor then emits the frames in one of
three orders:
- `stream`: the PDF's content-stream order, which is the order the layout program created the frames:
  the body frames of a story first and its headline frames later (after its own body, or all the
  headlines of the page gathered after every body, where headlines side by side merge into one line).
- `columns`: geometric column-major order: each column top to bottom, left to right; a headline sits in
  the column where it starts, so a story stacked under another in the same columns cuts the upper story's
  text in two, and a headline may land beside or inside another story's lines.
- `blocks`: module-aware order (a good layout analyser): each module whole, headline first.
Then the glyph-level effects of extraction: fake-bold headlines drawn twice (`标题标题：：`), letter-spaced
justified lines and names (`梁 木`), numbers apart from their units (`达 97.8%`), a blank line after every
line or only between frames, paragraph indentation, repeated frames, CRLF, GB18030.

Five families, each a publication's layout and extractor with its own random knobs:
- `stream_trail`: narrow columns, content-stream order, headline after its body (wrapped, some doubled),
  bylines `□ 王五` on top or `（张三 李四）` after the body, section labels, a blank line after each line.
- `stream_gathered`: dense narrow columns, `■记者 X Y` on top, every headline created last and gathered
  into a side-by-side doubled-glyph block inside the page's last body, captions and jump marks at the foot.
- `grid_columns`: a broadsheet grid read column-major, stacked modules, multi-column headlines, page
  furniture, kickers and `——` subtitles, `本报讯（记者 … 通讯员 …）`, captions with `X 摄`.
- `grid_blocks`: the same grid read module by module, with a few frames out of place (a headline beside
  another story's line, a repeated frame), wide or narrow columns, indentation.
- `web_markdown`: a page converted to markdown: `#`/`##` headings (subtitle above or below), a paragraph a
  line, paragraphs cut by a page break, one printed twice, `(某某新闻 记者 X)` tails.

Gold follows the scorer's docstring; `body_contains` is taken from one stretch of the story's body lines
printed contiguously, and occurs once on the page. Deterministic by seed; only titled reports are used.
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass, field

from evaluation import reports as report_store

FAMILIES = ("stream_trail", "stream_gathered", "grid_columns", "grid_blocks", "web_markdown")
PUNCT = re.compile(r"[\s“”「」\"'‘’：:，,·、。()（）—\-]+")  # the shared scorer's norm
KICKER_SEP = re.compile(r"\s*[|｜︱│丨]\s*")
CLOSING = set("，。、；：？！）”’》」』,.;:?!)%")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶潘杜戴夏钟汪田姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙段钱汤尹常武乔贺赖龚"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚英华玉兰萍红鹏飞宇浩欣怡思雨晨阳婷雪琳佳悦博志远海波建春梅晓东立新"
SECTIONS = ("基层治理", "社会治理", "地方传真", "一线观察", "城乡社区", "乡村振兴", "综合新闻", "民生")
PAPERS = ("城乡日报", "北方法治报", "江南时报", "基层周刊", "新城晚报")
MEDIA = ("东城新闻/东城晚报", "滨海融媒/掌上滨海", "南岭发布", "湖畔新闻网")
WEEKDAYS = "一二三四五六日"
CAPTION_SCENES = ("工作人员上门走访居民", "志愿者在社区开展服务", "村民在议事会上发言", "网格员巡查小区")


@dataclass
class Story:
    title: str
    kicker: str | None
    subtitle: str | None
    authors: list[str]
    paragraphs: list[str]
    report: dict
    top: str | None = None  # byline printed above the body
    tail: str | None = None  # byline printed after the body
    jump: str | None = None  # `（下转第N版）` when the body is cut
    photo: bool = False  # a photo-news item: headline over caption-like body lines


@dataclass
class Frame:
    kind: str  # furniture head kicker sub byline body caption jump teaser
    owner: int | None
    col: int
    span: int
    y: float
    lines: list[tuple[str, str]]  # (text, kind): kind body/para (a paragraph's first line)/byline/...
    seq: int = 0
    group: int = 0


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


def norm(text: str) -> str:
    return PUNCT.sub("", text or "")


def fullwidth(text: str) -> str:
    """The web reports' ASCII punctuation as a newspaper prints it (not inside numbers)."""
    table = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"}
    out = []
    for j, ch in enumerate(text):
        prev, nxt = text[j - 1 : j], text[j + 1 : j + 2]
        if ch in table and not (ch in ",:" and prev.isdigit() and nxt.isdigit()):
            out.append(table[ch])
        else:
            out.append(ch)
    return "".join(out)


def cells(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2000 else 1.0


def wrap(text: str, width: float) -> list[str]:
    """Hard wraps at `width` cells (digits and Latin half a cell), mid-word and mid-number, keeping a
    closing mark on the line before it as typesetters do."""
    lines, cur, used = [], "", 0.0
    for ch in text:
        w = cells(ch)
        if used + w > width and cur and ch not in CLOSING:
            lines.append(cur)
            cur, used = "", 0.0
        cur += ch
        used += w
    if cur:
        lines.append(cur)
    return lines


def doubled(text: str) -> str:
    """Fake bold as an extractor reads it: each run of glyphs (and of marks) comes out twice."""
    runs = re.findall(r"[^\s“”‘’\"：:，,、《》（）()—·!！?？]+|[“”‘’\"：:，,、《》（）()—·!！?？]+|\s+", text)
    return "".join(r if r.isspace() else r + r for r in runs)


def spaced(text: str, sep: str = " ") -> str:
    return sep.join(text)


def loosen(line: str, rng: random.Random, p: float) -> str:
    """Justification puts space between a number and the glyphs around it."""
    if p <= 0:
        return line
    line = re.sub(r"(\d)(?=[\u4e00-\u9fff])", lambda m: m.group(1) + (" " if rng.random() < p else ""), line)
    return re.sub(r"(?<=[\u4e00-\u9fff])(\d)", lambda m: (" " if rng.random() < p else "") + m.group(1), line)


def fake_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def show_name(name: str, rng: random.Random, p: float) -> str:
    """Two-character names are padded to three cells: `梁 木` (or `梁　木`)."""
    if len(name) == 2 and rng.random() < p:
        return name[0] + rng.choice((" ", "　")) + name[1]
    return name


# --- stories -------------------------------------------------------------------------------------------


def opening_byline(body: str, authors: list[str]) -> bool:
    head = body[:80]
    return bool(authors) and all(a in head for a in authors)


DISPATCH = re.compile(r"^[^。，,]{0,30}?(讯|訊|电|電)")


def story_of(report: dict, rng: random.Random, knobs: dict) -> Story:
    title = report["title"].strip()
    kicker = None
    parts = KICKER_SEP.split(title, maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        kicker, title = parts
    body = report["body"]
    if knobs["fullwidth"]:
        body, title = fullwidth(body), fullwidth(title)
        kicker = fullwidth(kicker) if kicker else None
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    authors = [a for a in report.get("authors") or [] if a]
    if not authors and rng.random() < knobs["invent_byline"]:
        authors = [fake_name(rng) for _ in range(rng.choice((1, 1, 2)))]
    subtitle = report.get("subtitle")
    if subtitle and knobs["fullwidth"]:
        subtitle = fullwidth(subtitle)
    s = Story(title, kicker, subtitle, authors, paragraphs, report)
    byline_inside = opening_byline(body, authors)
    has_dateline = bool(DISPATCH.match(paragraphs[0])) if paragraphs else False
    names = [show_name(a, rng, knobs["spaced_names"]) for a in authors]
    if authors and not byline_inside:
        form = rng.choices(("top", "tail", "lead"), weights=knobs["byline_where"])[0]
        if form == "lead" and not has_dateline and len(authors) >= 1:
            roles = "记者 " + names[0] + ("　通讯员 " + " ".join(names[1:]) if len(names) > 1 else "")
            left, right = rng.choice((("（", "）"), ("(", ")")))
            paragraphs[0] = "本报讯" + left + roles + right + paragraphs[0]
        elif form == "top" or form == "lead":
            s.top = rng.choice(knobs["top_forms"]).format(n=" ".join(names), a=names[0])
        else:
            s.tail = rng.choice(knobs["tail_forms"]).format(
                n=" ".join(names), a=names[0], m=rng.choice(MEDIA)
            )
    if not has_dateline and not byline_inside and rng.random() < knobs["dateline"]:
        d = rng.choice(("本报讯 ", f"本报{rng.randint(1, 12)}月{rng.randint(1, 28)}日讯 ", "本报讯　"))
        if not paragraphs[0].startswith("本报讯"):
            paragraphs[0] = d + paragraphs[0]
    if rng.random() < knobs["cut"] and len(paragraphs) >= 3:  # the rest jumps to another page
        keep = rng.randint(2, len(paragraphs) - 1)
        last = paragraphs[keep - 1]
        cut = rng.randint(len(last) // 2, max(len(last) // 2, len(last) - 2))
        paragraphs = paragraphs[: keep - 1] + [last[:cut]]
        s.paragraphs = paragraphs
        s.jump = rng.choice(("（下转第{n}版）", "(下转{n}版)", "（下转A{n}版）")).format(n=rng.randint(2, 16))
    return s


def caption_text(story: Story, rng: random.Random) -> str:
    place = story.report.get("county") or story.report.get("city") or story.report.get("province") or ""
    text = f"图为{place}{rng.choice(CAPTION_SCENES)}。"
    if rng.random() < 0.7:
        text += rng.choice((" ", "　")) + rng.choice(("", "本报记者 ", "通讯员 ")) + fake_name(rng) + " 摄"
    return text


# --- layout ---------------------------------------------------------------------------------------------


def head_lines(text: str, width: float, rng: random.Random) -> list[str]:
    if sum(cells(c) for c in text) <= width:
        return [text]
    if " " in text.strip() and rng.random() < 0.8:
        first, _, rest = text.strip().partition(" ")
        return [first, rest]
    cut = max(2, min(len(text) - 2, int(width)))
    return [text[:cut], text[cut:]]


def body_frame_lines(s: Story, width: float, indent: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for p in s.paragraphs:
        for j, ln in enumerate(wrap(indent + p, width)):
            out.append((ln, "para" if j == 0 else "body"))
    return out


def module_frames(s: Story, i: int, col: int, span: int, y: float, cw: float, rng: random.Random, k: dict):
    """The frames of one story's module, and the module's height."""
    frames: list[Frame] = []
    head_w = max(span * cw / rng.uniform(1.4, 2.2), rng.uniform(12, 24))  # a headline spans more columns
    hy = y
    if s.kicker:
        frames.append(Frame("kicker", i, col, span, hy, [(s.kicker, "kicker")]))
        hy += 1
    hl = head_lines(s.title, head_w, rng)
    if rng.random() < k["head_doubled"]:
        hl = [doubled(x) for x in hl]
    elif rng.random() < k["head_spaced"]:
        hl = [spaced(x) for x in hl]
    frames.append(Frame("head", i, col, span, hy, [(x, "head") for x in hl]))
    hy += 2 * len(hl)
    if s.subtitle:
        sub = (rng.choice(("——", "—— ", "")) if k["dash_sub"] else "") + s.subtitle
        frames.append(Frame("sub", i, col, span, hy, [(x, "sub") for x in wrap(sub, span * cw / 1.2)]))
        hy += 1.5
    if s.top:
        frames.append(Frame("byline", i, col, 1, hy, [(s.top, "byline")]))
        hy += 1.5
    if s.photo:
        text = " ".join(s.paragraphs)
        cap = [(ln, "body") for ln in wrap(text, span * cw * 1.1)]
        frames.append(Frame("body", i, col, span, hy, cap))
        return frames, hy - y + len(cap) + 2
    lines = body_frame_lines(s, cw, k["indent"])
    if s.tail:
        lines.append((s.tail, "byline"))
    if s.jump:
        lines.append((s.jump, "jump"))
    per = -(-len(lines) // span)
    for c in range(span):
        chunk = lines[c * per : (c + 1) * per]
        if chunk:
            frames.append(Frame("body", i, col + c, 1, hy, chunk))
    height = hy - y + per
    if rng.random() < k["photo_caption"]:
        frames.append(Frame("caption", None, col, span, y + height + 6, [(caption_text(s, rng), "caption")]))
        height += 8
    return frames, height + 2


def furniture(rng: random.Random, ncols: int) -> list[Frame]:
    date = f"{rng.randint(2021, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    ed = rng.choice((f"第{rng.randint(2, 16)}版", f"A{rng.randint(2, 12)}", f"0{rng.randint(2, 9)}"))
    lines = rng.choice(
        (
            [f"{date} 星期{rng.choice(WEEKDAYS)}", f"{ed} {rng.choice(SECTIONS)}"],
            [f"{rng.choice(PAPERS)}  {date}  {ed}"],
            [
                rng.choice(SECTIONS),
                f"责任编辑：{fake_name(rng)}　美术编辑：{fake_name(rng)}",
                f"{date}  {ed}",
            ],
            [f" {rng.choice(SECTIONS)}", rng.choice(SECTIONS)],
        )
    )
    return [Frame("furniture", None, 0, ncols, -10 + j, [(x, "furniture")]) for j, x in enumerate(lines)]


def teaser(rng: random.Random, title: str, ncols: int, y: float) -> Frame:
    mark = rng.choice(("（详见第{n}版）", "详见{n}版", "▶第{n}版", None))
    lines = [(title, "teaser")] + ([(mark.format(n=rng.randint(2, 12)), "teaser")] if mark else [])
    return Frame("teaser", None, ncols - 1, 1, y, lines)


def lay_out(stories: list[Story], rng: random.Random, k: dict, teasers: list[str]) -> list[Frame]:
    ncols, cw = k["ncols"], k["cw"]
    spans = k["groups"]
    frames = furniture(rng, ncols) if rng.random() < k["furniture"] else []
    tops = [0.0] * len(spans)
    starts = [sum(spans[:g]) for g in range(len(spans))]
    for i, s in enumerate(stories):
        g = min(range(len(spans)), key=lambda x: (tops[x], x)) if k["fill"] == "short" else i % len(spans)
        span = spans[g] if s.photo or rng.random() < 0.8 else max(1, spans[g] - 1)
        fs, h = module_frames(s, i, starts[g], span, tops[g], cw, rng, k)
        for f in fs:
            f.group = g
        frames += fs
        tops[g] += h
    for t in teasers:
        frames.append(teaser(rng, t, ncols, rng.uniform(0, max(tops))))
    return frames


# --- extraction -----------------------------------------------------------------------------------------


def creation_order(frames: list[Frame], rng: random.Random, k: dict) -> list[Frame]:
    """The content-stream order: bodies first, each story's headline frames after its own body, or all
    the headlines of the page after every body."""
    furn = [f for f in frames if f.kind == "furniture"]
    late = {"head", "kicker", "sub"}
    order: list[Frame] = []
    owners = sorted({f.owner for f in frames if f.owner is not None})
    gathered = k["heads"] == "gathered"
    for o in owners:
        own = [f for f in frames if f.owner == o]
        after = not gathered and rng.random() < k["head_after"]
        first = [f for f in own if f.kind == "byline"]
        bodies = [f for f in own if f.kind == "body"]
        heads = [f for f in own if f.kind in late]
        if after:
            order += first + bodies + heads
        elif gathered:
            order += first + bodies
        else:
            order += heads + first + bodies
    others = [f for f in frames if f.owner is None and f.kind != "furniture"]
    if gathered:
        heads = [f for f in frames if f.kind in late]
        if rng.random() < 0.3:  # the headlines were created in another order than the stories
            told = list(dict.fromkeys(f.owner for f in heads))
            rng.shuffle(told)
            heads = [f for o in told for f in heads if f.owner == o]
        block = merge_rows(heads, rng)
        at = len(order) - rng.randint(0, 1) if order else 0
        last = order[at - 1] if at else None
        if last is not None and last.kind == "body" and len(last.lines) > 4 and rng.random() < 0.7:
            cut = rng.randint(2, len(last.lines) - 2)  # the block lands inside the last body frame
            a = Frame("body", last.owner, last.col, 1, last.y, last.lines[:cut], group=last.group)
            b = Frame("body", last.owner, last.col, 1, last.y, last.lines[cut:], group=last.group)
            order = order[: at - 1] + [a, block, b] + order[at:]
        else:
            order.insert(at, block)
    rest = others
    return (furn + order + rest) if rng.random() < 0.7 else (order + rest + furn)


def merge_rows(heads: list[Frame], rng: random.Random) -> Frame:
    """Each story's headline block (kicker, headline, subtitle stacked); blocks side by side on the same
    row come out line by line joined with a space, as an extractor reads text at the same height."""
    blocks: list[list[str]] = []
    for f in heads:
        if blocks and f.owner is not None and f.owner == heads[heads.index(f) - 1].owner:
            blocks[-1] += [t for t, _ in f.lines]
        else:
            blocks.append([t for t, _ in f.lines])
    lines: list[tuple[str, str]] = []
    i = 0
    while i < len(blocks):
        n = 1
        while i + n < len(blocks) and n < 3 and rng.random() < 0.5:
            n += 1
        group = blocks[i : i + n]
        for r in range(max(len(b) for b in group)):
            parts = [b[r] for b in group if r < len(b)]
            lines.append((" ".join(parts), "head" if len(parts) == 1 else "heads"))
        lines.append(("", "gap"))
        i += n
    return Frame("heads", None, 0, 1, 0, lines)


def geometric_order(frames: list[Frame], rng: random.Random, k: dict) -> list[Frame]:
    """Column-major: every column top to bottom; a frame belongs to the column its left edge is in."""
    out = sorted(frames, key=lambda f: (f.kind != "furniture", f.col, f.y))
    # a headline overhanging the next module's column is read beside that story's line at its height
    for f in [f for f in out if f.kind == "head"]:
        if rng.random() < k["beside"]:
            host = [
                b
                for b in out
                if b.kind == "body"
                and b.owner != f.owner
                and f.col < b.col <= f.col + f.span
                and b.y < f.y < b.y + len(b.lines) - 1
            ]
            if host:
                b = host[0]
                r = max(1, int(f.y - b.y))
                out.remove(f)
                if rng.random() < 0.5:  # its own line between two of the host's
                    b.lines[r:r] = f.lines
                else:  # joined to the host's line
                    txt, _ = b.lines[r]
                    gap = rng.choice(("  ", "    ", "\t"))
                    b.lines[r] = (txt + gap + " ".join(x for x, _ in f.lines), "mixed")
    return out


def block_order(frames: list[Frame], rng: random.Random, k: dict) -> list[Frame]:
    """Module by module (each story's frames together, top to bottom, left to right)."""
    mods: dict[object, list[Frame]] = {}
    for f in frames:
        mods.setdefault(f.owner if f.owner is not None else ("x", f.seq), []).append(f)
    seqd = sorted(
        mods.values(), key=lambda fs: (fs[0].kind != "furniture", fs[0].group, min(f.y for f in fs))
    )
    out = [f for fs in seqd for f in sorted(fs, key=lambda f: (f.y, f.col))]
    if rng.random() < k["beside"] * 2:  # one headline read beside the story above it
        heads = [f for f in out if f.kind == "head"]
        if len(heads) >= 2:
            h = rng.choice(heads[1:])
            out.remove(h)
            at = max(0, out.index(next(f for f in out if f.owner == h.owner)) - rng.randint(1, 2))
            out.insert(at, h)
    return out


def extract(frames: list[Frame], rng: random.Random, k: dict) -> list[tuple[str, int | None, str]]:
    for j, f in enumerate(frames):
        f.seq = j
    if k["order"] == "stream":
        seq = creation_order(frames, rng, k)
    elif k["order"] == "columns":
        seq = geometric_order(frames, rng, k)
    else:
        seq = block_order(frames, rng, k)
    if rng.random() < k["repeat"]:  # a frame printed twice (overflow text drawn again)
        bodies = [f for f in seq if f.kind == "body" and len(f.lines) >= 2]
        if bodies:
            f = rng.choice(bodies)
            dup = Frame("body", f.owner, f.col, 1, f.y, [(t, "repeat") for t, _ in f.lines])
            seq.insert(seq.index(f) + 1, dup)
    out: list[tuple[str, int | None, str]] = []
    for f in seq:
        for text, kind in f.lines:
            out.append((text, f.owner if kind != "heads" else None, kind))
        out.append(("", None, "frame"))
    return out


# --- markdown --------------------------------------------------------------------------------------------


def markdown_lines(stories: list[Story], rng: random.Random, k: dict) -> list[tuple[str, int | None, str]]:
    out: list[tuple[str, int | None, str]] = []
    for i, s in enumerate(stories):
        heads = [(f"# {s.title}", i, "head")]
        if s.kicker:
            heads.insert(0, (rng.choice(("### ", "")) + s.kicker, i, "kicker"))
        if s.subtitle:
            sub = (f"## {s.subtitle}", i, "sub")
            heads = [sub] + heads if rng.random() < 0.4 else heads + [sub]
        if not k["md_marks"]:  # a converter that kept no heading marks at all
            heads = [(t.lstrip("# "), o, kd) for t, o, kd in heads]
        for h in heads:
            out += [h, ("", None, "frame")]
        if s.top:
            out += [(s.top, i, "byline"), ("", None, "frame")]
        paras = list(s.paragraphs)
        for j, p in enumerate(paras):
            if rng.random() < k["md_cut"] and len(p) > 40:  # a page break inside the paragraph
                c = rng.randint(15, len(p) - 15)
                out += [(p[:c], i, "para"), ("", None, "frame"), ("", None, "frame")]
                out += [(p[c:], i, "body"), ("", None, "frame")]
            else:
                if j == len(paras) - 1 and s.tail and rng.random() < 0.5:
                    out += [(p + s.tail, i, "mixed"), ("", None, "frame")]
                    continue
                out += [(p, i, "para"), ("", None, "frame")]
            if j and rng.random() < k["repeat"] / 3:
                out += [(p, i, "repeat"), ("", None, "frame")]
        if s.tail and not (out and out[-2][2] == "mixed"):
            out += [(s.tail, i, "byline"), ("", None, "frame")]
        if s.jump:
            out += [(s.jump, i, "jump"), ("", None, "frame")]
    return out


# --- page -----------------------------------------------------------------------------------------------


def knobs_for(family: str, rng: random.Random) -> dict:
    narrow = rng.uniform(9, 14)
    k = {
        "fullwidth": rng.random() < 0.85,
        "invent_byline": 0.4,
        "spaced_names": 0.3,
        "byline_where": (1, 1, 1),
        "top_forms": ("□ {n}", "□ 本报记者 {n}", "■记者 {n}", "本报记者 {n}", "文/{n}", "◆{n}"),
        "tail_forms": ("（{n}）", "({n})", "（记者 {n}）", "（本报记者 {n}）"),
        "dateline": 0.4,
        "cut": 0.1,
        "head_doubled": 0.1,
        "head_spaced": 0.05,
        "dash_sub": rng.random() < 0.5,
        "indent": rng.choice(("", "", "　　", "  ")),
        "photo_caption": 0.2,
        "furniture": 0.6,
        "beside": 0.15,
        "repeat": 0.1,
        "numbers": rng.choice((0.0, 0.1, 0.3)),
        "spaced_line": 0.01,
        "blank": rng.choice(("every", "frame", "frame", "para")),
        "ncols": 6,
        "cw": narrow,
        "groups": [3, 3],
        "fill": rng.choice(("short", "turn")),
        "order": "blocks",
        "heads": "own",
        "head_after": 0.0,
        "photo_story": 0.15,
        "teasers": rng.choice((0, 0, 1, 2)),
        "md_cut": 0.0,
        "crlf": rng.random() < 0.25,
        "encoding": "gb18030" if rng.random() < 0.1 else "utf-8",
    }
    ncols = rng.randint(4, 8)
    split = rng.choice(([ncols], [ncols // 2, ncols - ncols // 2], [2] * (ncols // 2) + [1] * (ncols % 2)))
    if family == "stream_trail":
        k.update(
            order="stream",
            head_after=rng.uniform(0.6, 1.0),
            blank=rng.choice(("every", "every", "frame")),
            byline_where=(3, 3, 1),
            head_doubled=0.05,
            indent="",
            groups=[rng.choice((1, 2))] * 3,
        )
    elif family == "stream_gathered":
        k.update(
            order="stream",
            heads="gathered",
            blank=rng.choice(("frame", "frame", "every")),
            top_forms=("■记者 {n}", "■ 记者 {n}", "■本报记者 {n}", "□记者 {n}"),
            byline_where=(5, 1, 1),
            head_doubled=rng.choice((0.5, 0.9)),
            cut=0.3,
            photo_caption=0.5,
            groups=[2, 2, 2],
        )
    elif family == "grid_columns":
        k.update(
            order="columns",
            ncols=ncols,
            groups=split,
            cw=rng.uniform(9, 20),
            dash_sub=True,
            tail_forms=("（{n}）", "（记者 {n}）", "{n} 摄", "文/{n}"),
            dateline=0.6,
            furniture=0.9,
            byline_where=(2, 1, 3),
        )
    elif family == "grid_blocks":
        k.update(
            order="blocks",
            ncols=ncols,
            groups=split,
            cw=rng.choice((narrow, rng.uniform(18, 40))),
            indent=rng.choice(("　　", "  ", "")),
            beside=0.2,
        )
    else:
        k.update(
            order="markdown",
            md_cut=0.15,
            md_marks=rng.random() < 0.85,
            repeat=0.3,
            photo_story=0.0,
            teasers=0,
            furniture=0.0,
            tail_forms=("({m} 记者 {n})", "（{m} 记者 {n}）", "(记者 {n})"),
            byline_where=(1, 4, 1),
            blank="frame",
            numbers=0.0,
            cut=0.0,
        )
    return k


def page(titled: list[dict], family: str, index: int, seed: int) -> Page:
    rng = random.Random(f"blind4:{seed}:{family}:{index}")
    k = knobs_for(family, rng)
    n = rng.randint(3, 6) if family != "web_markdown" else rng.randint(2, 4)
    chosen = rng.sample(titled, min(n + k["teasers"], len(titled)))
    reports, teaser_reports = chosen[:n], chosen[n:]
    stories = [story_of(r, rng, k) for r in reports]
    if stories and rng.random() < k["photo_story"]:  # a photo-news item: headline over a long caption
        s = stories[-1]
        s.photo, s.paragraphs, s.top, s.tail, s.jump = True, s.paragraphs[:2], None, None, None
        s.authors = s.authors[:1]
        if s.authors:
            s.paragraphs[-1] += (
                rng.choice((" ", "　")) + rng.choice(("本报记者 ", "记者 ", "")) + s.authors[0] + " 摄"
            )
    teasers = [KICKER_SEP.split(r["title"].strip())[-1] for r in teaser_reports]
    if k["order"] == "markdown":
        lines = markdown_lines(stories, rng, k)
    else:
        lines = extract(lay_out(stories, rng, k, teasers), rng, k)
    lines = finish(lines, rng, k)
    text = render(lines, k)
    name = f"b4_{family}_{seed}_{index:03d}.txt"
    gold = gold_of(name, stories, lines, text, teasers)
    return Page(name, family, text, gold, k["encoding"], stories, lines)


def finish(lines: list[tuple[str, int | None, str]], rng: random.Random, k: dict) -> list:
    out = []
    for text, owner, kind in lines:
        if kind in ("body", "para", "repeat"):
            text = loosen(text, rng, k["numbers"])
            if rng.random() < k["spaced_line"] and len(text) < 16:
                text = spaced(text)
        out.append((text, owner, kind))
    return out


def render(lines: list[tuple[str, int | None, str]], k: dict) -> str:
    rows: list[str] = []
    for text, _, kind in lines:
        if kind in ("frame", "gap"):
            if rows and rows[-1] != "":
                rows.append("")
            continue
        if k["blank"] == "para" and kind == "para" and rows and rows[-1] != "":
            rows.append("")
        rows.append(text)
        if k["blank"] == "every":
            rows.append("")
    text = "\n".join(rows).strip("\n") + "\n"
    return text.replace("\n", "\r\n") if k["crlf"] else text


# --- gold -----------------------------------------------------------------------------------------------


def runs_of(lines: list[tuple[str, int | None, str]], owner: int) -> list[str]:
    """The story's body text printed contiguously: lines in a row that are its own body lines."""
    runs, cur = [], ""
    for text, o, kind in lines:
        if kind in ("frame",):
            continue
        if o == owner and kind in ("body", "para"):
            cur += text
        else:
            if cur:
                runs.append(cur)
            cur = ""
    if cur:
        runs.append(cur)
    return runs


SNIPPET = re.compile(r"[\u4e00-\u9fff0-9]{12,}")


def snippet_for(runs: list[str], page_norm: str, rng: random.Random) -> str | None:
    cands = []
    for r in sorted(runs, key=len, reverse=True):
        for m in SNIPPET.finditer(norm(r)):
            seg = m.group(0)
            for start in range(0, len(seg) - 12 + 1, 3):
                w = seg[start : start + 14]
                if len(w) >= 12 and page_norm.count(w) == 1:
                    cands.append(w)
    if not cands:
        return None
    return cands[len(cands) // 3]


def gold_of(name: str, stories: list[Story], lines: list, text: str, teasers: list[str]) -> dict:
    rng = random.Random(name)
    page_norm = norm(text)
    arts = []
    for i, s in enumerate(stories):
        printed = norm(
            "".join(t for t, o, kd in lines if o == i and kd in ("body", "para", "mixed", "repeat"))
        )
        snip = snippet_for(runs_of(lines, i), page_norm, rng)
        if snip is None:
            continue
        shown = functools.partial(_printed_in, printed)
        named = functools.partial(_named_in, printed)
        arts.append(report_store.gold_article(s.report, s.title, s.authors, snip, shown, named, s.subtitle))
    return report_store.gold_page(name, text, arts, teasers)


def _printed_in(printed: str, metric: str) -> bool:
    return norm(fullwidth(metric)) in printed


def _named_in(printed: str, name: str) -> bool:
    return bool(norm(name)) and norm(name) in printed


def pages(split: str | None, count: int, seed: int, families: tuple[str, ...] | None = None) -> list[Page]:
    """`count` pages of the split's titled reports, the families in turn, deterministic by seed."""
    return report_store.titled_pages(split, count, seed, families, FAMILIES, page)


write = report_store.write_pages  # pages/ in each page's encoding, gold/all/, gold/<family>/


def owned_body(lines: list[tuple[str, int | None, str]], owner: int) -> str:
    """What a perfect segmenter gives story `owner`: every body line the generator printed for it."""
    return "\n".join(t for t, o, kd in lines if o == owner and kd in ("body", "para", "mixed", "repeat"))
