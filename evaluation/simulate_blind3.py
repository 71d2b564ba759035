"""A third blind page generator: newspaper pages laid out from the real reports the ways the three
shared sample pages show, written from those pages, their gold, the reports' README and the shared
scorer alone (not from `transforms/` nor the other generators), then varied widely.

Five families, each a way a page can be printed:
- `column_trail`: narrow columns (10-18 cells), mostly a blank line after every line, section labels,
  headlines mostly after their body (long ones wrapped over two lines), `（张三 李四）` at the end of a
  body or `□ 王五` / `□ 本报记者 王五` on top, invented in-body sub-heads, a teaser with no body, and a
  photo item whose doubled-glyph headline sits over long caption lines ending `本报记者 X 摄`.
- `md_cut`: `#` / `##` headlines (the `##` line above or below the `#` one, or no marks), a paragraph a
  line, paragraphs cut by a page break (text lost or not), one paragraph printed twice,
  `(某某新闻/某某晚报 记者 X)` after the body or at the end of its last paragraph.
- `dense_gathered`: dense narrow columns with column-break blank lines anywhere, `■记者 X Y` on top,
  in-body sub-heads, a spaced-out line, every headline (and a teaser's) gathered in one doubled-glyph,
  side-by-side block inside the last story's body, jump marks and photo captions at the foot.
- `broadsheet_mix`: wider columns (18-45), indented paragraphs, a page header and a 导读 box of teasers,
  kickers and series lines (`善治某某②`), `——` subtitles, `本报讯（记者 … 通讯员 …）`, `文/X`,
  the reports' own bylines, `X 摄` credits, a headline printed beside another story's line.
- `scramble`: every knob drawn at random per page and per story (widths 10-45, where each headline
  goes, byline forms, blank lines, doubled or spaced headlines, repeated paragraphs, jump marks).
Any family may print traditional script, ASCII punctuation, CRLF, GB18030 or Big5.

Gold follows the scorer's docstring: each article's title (the headline as printed, kicker apart),
authors, region from the report, a `body_contains` snippet taken from one printed stretch of the
story's body that occurs once on the page, its printed figures (`complete`, with Chinese-numeral
counts and headline figures allowed), initiatives, teasers as `orphan_titles`, and the printed years
and dates as `not_metrics`. Deterministic by seed; only reports with a title are laid out.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from evaluation import reports as report_store

FAMILIES = ("column_trail", "md_cut", "dense_gathered", "broadsheet_mix", "scramble")
SCORER_PUNCT = re.compile(r"[\s“”「」\"'‘’：:，,·、。()（）—\-]+")
YEAR_OR_DATE = re.compile(r"\d{4}年度?|\d{1,2}月\d{1,2}日")
CLOSING = set("，。、；：？！）”’》」』,.;:?!)%")
KICKER_SEP = re.compile(r"\s*[|｜│︱]\s*")
SNIPPET_CHARS = re.compile(r"[\u4e00-\u9fff0-9]{10,}")
ASCII_PUNCT = str.maketrans(
    {
        "，": ",",
        "。": ".",
        "：": ":",
        "；": ";",
        "（": "(",
        "）": ")",
        "“": '"',
        "”": '"',
        "！": "!",
        "？": "?",
        "‘": "'",
        "’": "'",
    }
)
TRADITIONAL = {
    "column_trail": 0.1,
    "md_cut": 0.1,
    "dense_gathered": 0.1,
    "broadsheet_mix": 0.25,
    "scramble": 0.3,
}
ASCII_SHARE = {
    "column_trail": 0.05,
    "md_cut": 0.3,
    "dense_gathered": 0.05,
    "broadsheet_mix": 0.15,
    "scramble": 0.3,
}

# Text written here (never the samples' or reports'): labels, sub-heads, series lines, media, captions.
SECTION_LABELS = (
    "基层动态",
    "治理之窗",
    "民生速递",
    "各地传真",
    "基层声音",
    "城乡观察",
    "社区广角",
    "一线来信",
)
SUBHEADS = (
    "织密服务网络",
    "凝聚多方合力",
    "夯实治理根基",
    "激活自治活力",
    "办好群众身边事",
    "让服务更贴心",
    "党建引领 聚力破解难题",
    "网格连心 打通服务末梢",
    "机制创新 激发内生动力",
    "多元共治 画好同心圆",
    "着力补齐民生短板",
    "深入推进源头治理",
    # two-line sub-heads, as a dense column prints a long one
    "筑牢“红色阵地”\n画好治理“同心圆”",
    "激活“一池春水”\n答好民生“必答题”",
    "用好“数字钥匙”\n打通服务“快车道”",
)
SERIES = ("善治基层", "治理新观察", "乡村振兴进行时", "网格里的温度", "走基层看变化", "一线治理故事")
CIRCLED = "①②③④⑤⑥⑦⑧"
MEDIA = ("江城新闻/江城晚报", "海滨融媒/海滨日报/掌上海滨", "云岭发布/边城晚报", "北岸新闻", "河西日报全媒体")
CAPTION_ACTS = (
    "志愿者为居民提供便民服务",
    "网格员入户走访了解需求",
    "党员群众共同清理小区环境",
    "工作人员开展政策宣讲",
    "居民在新建的服务站内休息",
    "社区干部召开议事协商会",
)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红鹏飞宇浩然欣怡思雨晨阳婷雪琳佳悦文博志远海波建国春梅晓东立新"


@dataclass
class Story:
    report: dict
    title: str
    kicker: str | None
    subtitle: str | None
    paragraphs: list[str]
    authors: list[str]
    roles: list[str]  # 记者 or 通讯员, one a name
    byline: str | None  # the report's own author line, as printed
    inline_byline: bool = False  # the first paragraph opens with a dispatch naming the authors
    tail: str | None = None  # an author line run on at the end of the last paragraph
    printed_body: list[str] = field(default_factory=list)


@dataclass
class Line:
    text: str
    owner: int | None = None
    kind: str = "noise"  # body, subhead, head, kicker, subtitle, byline, noise, blank, mixed (the owner's
    # body line with another story's headline printed after it)
    own: str | None = None  # the owner's part of a mixed line
    para_end: bool = False  # the last line of a paragraph

    @property
    def body_text(self) -> str:
        return self.own if self.own is not None else self.text


@dataclass
class Page:
    name: str
    family: str
    text: str
    gold: dict
    encoding: str = "utf-8"
    stories: list[Story] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)

    def data(self) -> bytes:
        return self.text.encode(self.encoding)


def norm(text: str) -> str:
    return SCORER_PUNCT.sub("", text or "")


# ---------------------------------------------------------------- script, stories and names


class Script:
    """How one page prints characters: simplified or traditional, full-width or ASCII punctuation."""

    def __init__(self, traditional: bool, ascii_punct: bool) -> None:
        self.traditional, self.ascii_punct = traditional, ascii_punct
        self._s2t = None
        if traditional:
            import opencc

            self._s2t = opencc.OpenCC("s2t")

    def glyphs(self, text: str) -> str:
        return self._s2t.convert(text) if self._s2t else text

    def __call__(self, text: str | None) -> str | None:
        if text is None:
            return None
        out = self.glyphs(text)
        return out.translate(ASCII_PUNCT) if self.ascii_punct else out


def fake_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def roles_of(report: dict) -> list[str]:
    """Each author's role as the report's own byline prints it: names after 通讯员 are correspondents."""
    line = report.get("byline") or ""
    cut = line.find("通讯员") if "通讯员" in line else line.find("通訊員")
    return ["通讯员" if cut >= 0 and line.find(n) > cut else "记者" for n in report["authors"]]


def story_of(report: dict, script: Script, rng: random.Random) -> Story:
    parts = KICKER_SEP.split(report["title"].strip())
    kicker, title = (parts[0], parts[-1]) if len(parts) > 1 and parts[-1] else (None, parts[0])
    authors, roles = list(report["authors"]), roles_of(report)
    inline = any(a in report["body"][:80] for a in report["authors"])
    if not inline and (not authors or rng.random() < 0.35):  # names the product never saw in any report
        authors = [fake_name(rng) for _ in range(rng.choice((1, 1, 2)))]
        roles = ["记者"] * len(authors)
        byline = None
    else:
        byline = report.get("byline")
    paragraphs = [p.strip() for p in report["body"].split("\n") if p.strip()]
    return Story(
        report,
        script(title),
        script(kicker),
        script(report.get("subtitle")),
        [script(p) for p in paragraphs],
        [script.glyphs(a) for a in authors],
        roles,
        script(byline),
        inline,
    )


def spaced_name(name: str, rng: random.Random) -> str:
    return " ".join(name) if len(name) == 2 and rng.random() < 0.4 else name


def names(story: Story, rng: random.Random, role: str | None = None) -> str:
    chosen = [n for n, r in zip(story.authors, story.roles, strict=True) if role is None or r == role]
    return " ".join(spaced_name(n, rng) for n in chosen)


def opens_with_byline(story: Story) -> bool:
    """The report's body already prints its dateline and author line at the top."""
    first = norm(story.paragraphs[0][:60])
    return bool(story.byline) and norm(story.byline)[:6] in first


# ---------------------------------------------------------------- wrapping and glyph noise


def cells(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def wrap(text: str, width: int, rng: random.Random, jitter: float = 0.15) -> list[str]:
    """Hard wrap at `width` cells, mid-word and mid-number, closing marks kept on their line."""
    lines, cur, used = [], "", 0.0
    limit = width
    for ch in text:
        if used + cells(ch) > limit and cur and ch not in CLOSING:
            lines.append(cur)
            cur, used = "", 0.0
            limit = width + (rng.choice((-1, 1)) if rng.random() < jitter else 0)
        cur += ch
        used += cells(ch)
    if cur:
        lines.append(cur)
    return lines


def doubled(text: str, rng: random.Random) -> str:
    """Overprinted headline text as a PDF layer gives it: every run of characters printed twice in
    a row, each mark twice, spaces once (`标题标题：：`)."""
    out = []
    for run in re.findall(r"\s+|[^\w\s]|\w+", text):
        if run.isspace():
            out.append(" ")
            continue
        pieces, i = [], 0
        while i < len(run):
            step = len(run) - i if rng.random() < 0.6 else rng.randint(2, max(2, len(run) - i))
            pieces.append(run[i : i + step])
            i += step
        out.extend(p + p for p in pieces)
    return "".join(out)


def spaced(text: str) -> str:
    return " ".join(text)


def loosen_numbers(line: str, rng: random.Random) -> str:
    """Justified type: a space between a number and its unit, or before the number."""
    if rng.random() < 0.5:
        return re.sub(r"(\d)(?=[^\d.%])", r"\1 ", line, count=1)
    return re.sub(r"(?<=[^\d.\s])(\d)", r" \1", line, count=1)


def split_headline(title: str, rng: random.Random) -> list[str]:
    """A long headline over two lines: at its space or colon, else near the middle."""
    for sep in (" ", "：", ":", "——"):
        if sep in title.strip():
            head, _, tail = title.partition(sep)
            if head and tail:
                return [head + (sep if sep != " " else ""), tail]
    cut = len(title) // 2 + rng.randint(-2, 2)
    return [title[:cut], title[cut:]]


def headline_lines(title: str, rng: random.Random, width: int, chance: float = 0.6) -> list[str]:
    if len(title) > max(width, 12) and rng.random() < chance:
        return split_headline(title, rng)
    return [title]


# ---------------------------------------------------------------- a story's body as lines


def with_subheads(story: Story, rng: random.Random, style: dict) -> list[tuple[str, bool]]:
    """(text, is_subhead) paragraphs: the report's own short paragraphs and, between long ones,
    invented sub-heads as a long report prints them (none twice on a page)."""
    out, unused = [], style.setdefault("unused", list(SUBHEADS))
    for k, p in enumerate(story.paragraphs):
        if 0 < k < len(story.paragraphs) and unused and rng.random() < style.get("subheads", 0.0):
            out.append((style["script"](unused.pop(rng.randrange(len(unused)))), True))
        out.append((p, len(p) <= 18 and not p.endswith(("。", ".", "！", "？"))))
    return out


RUN_IN = re.compile(r"^[^。！？，,.!?]{4,16}[。！？.!?]")


def body_lines(story: Story, i: int, width: int, rng: random.Random, style: dict) -> list[Line]:
    """The story's paragraphs wrapped into a column, sub-heads on their own lines."""
    out: list[Line] = []
    for k, (para, is_sub) in enumerate(with_subheads(story, rng, style)):
        if is_sub:
            out += [Line("", kind="blank")] if style.get("sub_blank") else []
            out += [Line(part, i, "subhead") for part in para.split("\n")]
            out += [Line("", kind="blank")] if style.get("sub_blank") else []
            continue
        text = style.get("indent", "") + para
        rows = wrap(text, width, rng) if width else [text]
        lead = RUN_IN.match(text)
        if width and lead and rng.random() < style.get("run_in", 0.0):  # a run-in head on its own line
            rows = [lead.group(0)] + wrap(text[lead.end() :], width, rng)
        for r, row in enumerate(rows):
            if r == 0 and k > 0 and rng.random() < style.get("spaced", 0.0):
                row = spaced(row)
            elif rng.random() < style.get("loose", 0.0) and re.search(r"\d", row):
                row = loosen_numbers(row, rng)
            out.append(Line(row, i, "body", para_end=r == len(rows) - 1))
        if style.get("para_blank"):
            out.append(Line("", kind="blank"))
    return out


def column_breaks(lines: list[Line], rng: random.Random, every: tuple[int, int]) -> list[Line]:
    """Blank lines where the text jumps to the next column: anywhere, mid-paragraph too."""
    out, gap = [], rng.randint(*every)
    for line in lines:
        out.append(line)
        gap -= 1
        if gap <= 0:
            out.append(Line("", kind="blank"))
            gap = rng.randint(*every)
    return out


def dateline_lead(story: Story, rng: random.Random, script: Script, inline_byline: bool) -> None:
    """Open the first paragraph with a dispatch mark (`本报讯 `), or with one naming the authors
    (`本报讯（记者 X 通讯员 Y）`, inside the report's own dispatch where it has one)."""
    first = story.paragraphs[0]
    dispatch = DISPATCH.match(first)
    if story.inline_byline or (not inline_byline and (dispatch or rng.random() < 0.4)):
        return
    if not inline_byline:
        story.paragraphs[0] = (
            script(
                rng.choice(("本报讯 ", f"本报{rng.randint(1, 12)}月{rng.randint(1, 28)}日讯 ", "本报讯　"))
            )
            + first
        )
        return
    reporters, correspondents = names(story, rng, "记者"), names(story, rng, "通讯员")
    inner = " ".join(
        x
        for x in (
            f"记者 {reporters}" if reporters else "",
            f"通讯员 {correspondents}" if correspondents else "",
        )
        if x
    )
    if dispatch:
        cut = dispatch.end(1)
        story.paragraphs[0] = first[:cut] + script(f"（{inner}）") + first[cut:].lstrip()
    else:
        story.paragraphs[0] = script(f"本报讯（{inner}）") + first
    story.inline_byline = True


DISPATCH = re.compile(r"^[^。，,.“\"]{0,30}?(讯|訊|日电|日電|报道|報道|消息)\s*[（(:：\s]")


def has_inline_byline(story: Story) -> bool:
    """The first paragraph opens with a dispatch naming the authors (`本报讯（记者 …）`)."""
    return story.inline_byline


# ---------------------------------------------------------------- the families


def column_trail(stories: list[Story], rng: random.Random, script: Script, extra: dict) -> list[Line]:
    width = rng.randint(10, 18)
    style = {"subheads": 0.3, "loose": 0.03, "run_in": 0.3, "script": script}
    out = [Line(" " + script(lab)) for lab in rng.sample(SECTION_LABELS, rng.randint(0, 2))]
    photo = stories.pop() if len(stories) > 2 and rng.random() < 0.6 else None
    for i, s in enumerate(stories):
        dateline_lead(s, rng, script, inline_byline=False)
        head = [Line(h, i, "head") for h in headline_lines(s.title, rng, width)]
        head += [Line(s.subtitle, i, "subtitle")] if s.subtitle else []
        block = trail_byline(s, i, width, rng, script, style)
        after = rng.random() < 0.7
        out += marked_opening(out, block, s, script) + head if after else head + block
    if rng.random() < 0.5 and extra["orphans"]:
        out += [Line(h) for h in headline_lines(extra["orphans"][0], rng, width)]
        extra["orphans"][1:] = []
    else:
        extra["orphans"][:] = []
    if photo is not None:
        stories.append(photo)
        out += photo_item(photo, len(stories) - 1, rng, script)
    return out


def marked_opening(out: list[Line], block: list[Line], s: Story, script: Script) -> list[Line]:
    """As on the sample page, a body printed under no headline opens with a mark (its dispatch)
    when the text before it is another story's body: else the two read as one story to anyone."""
    last = next((ln for ln in reversed(out) if ln.kind != "blank"), None)
    first = next((k for k, ln in enumerate(block) if ln.kind != "blank"), None)
    if last is None or last.kind not in ("body", "mixed") or first is None or block[first].kind != "body":
        return block
    line = block[first]
    if s.inline_byline or DISPATCH.match(line.text):
        return block
    block[first] = Line(script("本报讯 ") + line.text, line.owner, "body", para_end=line.para_end)
    return block


def trail_byline(s: Story, i: int, width: int, rng: random.Random, script: Script, style: dict) -> list[Line]:
    """`□ 王五` lines over the body, `本报讯（记者 …）` opening it, or `（张三 李四）` after it, on
    its own line or run on at the end of the last paragraph (and wrapped with it)."""
    r = 1.0 if has_inline_byline(s) else rng.random()
    if r < 0.35:
        reporter = script("□ 本报记者 " if rng.random() < 0.3 else "□ ")
        return [Line(reporter + spaced_name(a, rng), i, "byline") for a in s.authors] + body_lines(
            s, i, width, rng, style
        )
    if r < 0.5:
        dateline_lead(s, rng, script, inline_byline=True)
    elif r < 0.7:
        run_on_tail(s, script(f"（{names(s, rng)}）"))
    elif r < 1.0:
        return body_lines(s, i, width, rng, style) + [Line(script(f"（{names(s, rng)}）"), i, "byline")]
    return body_lines(s, i, width, rng, style)


def run_on_tail(s: Story, tail: str) -> None:
    s.paragraphs[-1] += tail
    s.tail = tail


def photo_item(s: Story, i: int, rng: random.Random, script: Script) -> list[Line]:
    """A photo with its news: doubled headline, long caption lines, the photographer's credit last."""
    text = ""
    for sentence in re.findall(r"[^。！？.!?]+[。！？.!?]", "".join(s.paragraphs)):
        text += sentence
        if len(text) >= 90:
            break
    s.paragraphs = [text or s.paragraphs[0]]
    credit = script(f" {'本报记者 ' if rng.random() < 0.6 else ''}") + s.authors[0] + script(" 摄")
    s.authors, s.roles = s.authors[:1], s.roles[:1]
    rows = wrap(s.paragraphs[0], rng.randint(42, 52), rng, jitter=0.0)
    head = doubled(s.title, rng) if rng.random() < 0.7 else s.title
    body = [Line(r, i, "body") for r in rows]
    body[-1] = Line(rows[-1] + credit, i, "body", own=rows[-1])
    return [Line(head, i, "head")] + body


def md_cut(stories: list[Story], rng: random.Random, script: Script, extra: dict) -> list[Line]:
    out = [Line("", kind="blank")] * rng.randint(0, 2)
    extra["orphans"][:] = []  # a web page prints no teasers
    media = script(rng.choice(MEDIA))
    repeated = rng.randrange(len(stories))
    for i, s in enumerate(stories):
        dateline_lead(s, rng, script, inline_byline=False)
        marks = rng.random() < 0.85
        title = Line(("# " if marks else "") + s.title, i, "head")
        sub = None
        if s.subtitle:
            sub = Line(("## " if marks else "") + s.subtitle, i, "subtitle")
        out += [sub, title] if sub and rng.random() < 0.35 else [title] + ([sub] if sub else [])
        out += cut_paragraphs(s, i, rng, repeat=(i == repeated))
        who = script(f"({media} 记者 ") + names(s, rng) + script(")")
        if has_inline_byline(s):
            continue
        if rng.random() < 0.5:
            out[-1] = Line(out[-1].text + who, i, "body", own=out[-1].text)
        else:
            out.append(Line(who, i, "byline"))
    return out


def cut_paragraphs(s: Story, i: int, rng: random.Random, repeat: bool) -> list[Line]:
    """A paragraph a line; one cut by a page break (the rest carried on the next line, or a stretch
    lost), one printed twice."""
    out: list[Line] = []
    for k, p in enumerate(s.paragraphs):
        r = rng.random()
        if len(p) > 60 and r < 0.3:
            cut = rng.randint(20, len(p) - 20)
            while cut < len(p) - 1 and (p[cut].isdigit() or p[cut - 1].isdigit()):
                cut += 1
            lost = rng.randint(5, 25) if rng.random() < 0.5 and len(p) - cut > 40 else 0
            out.append(Line(p[:cut], i, "body", para_end=lost > 0))
            out.append(Line(p[cut + lost :], i, "body", para_end=True))
        else:
            out.append(Line(p, i, "body", para_end=True))
        if repeat and k == len(s.paragraphs) // 2:
            out += [Line("", kind="blank")] * rng.randint(0, 2) + [Line(p, i, "body", para_end=True)]
            repeat = False
    return out


def dense_gathered(stories: list[Story], rng: random.Random, script: Script, extra: dict) -> list[Line]:
    width = rng.randint(11, 16)
    style = {
        "subheads": 0.5,
        "sub_blank": True,
        "spaced": 0.08,
        "loose": 0.05,
        "run_in": 0.5,
        "script": script,
    }
    out: list[Line] = []
    role = rng.choice(("■记者 ", "■本报记者 ", "■ 记者 ", "■"))
    for i, s in enumerate(stories):
        lines = []
        if not has_inline_byline(s):
            lines = [Line(script(role) + names(s, rng), i, "byline"), Line("", kind="blank")]
        lines += column_breaks(body_lines(s, i, width, rng, style), rng, (12, 40))
        out += lines + [Line("", kind="blank")]
    heads = [(s.title, i) for i, s in enumerate(stories)]
    heads += [(t, None) for t in extra["orphans"][:1]] if rng.random() < 0.5 else []
    extra["orphans"][:] = [t for t, o in heads if o is None]
    rng.shuffle(heads)
    last = len(stories) - 1
    spots = [k for k, ln in enumerate(out) if ln.owner == last and ln.kind == "body"]
    at = spots[len(spots) // 2 + rng.randint(-2, 2)] + 1 if len(spots) > 6 else len(out)
    out[at:at] = [Line("", kind="blank")] + gathered_block(heads, rng) + [Line("", kind="blank")]
    return out + foot(stories, rng, script)


def gathered_block(heads: list[tuple[str, int | None]], rng: random.Random) -> list[Line]:
    """Every headline doubled, broken at its colon or space, the pieces run side by side."""
    pieces: list[tuple[str, int | None]] = []
    for title, owner in heads:
        parts = split_headline(title, rng) if rng.random() < 0.7 else [title]
        pieces += [(doubled(p, rng), owner) for p in parts]
    rows, k = [], 0
    while k < len(pieces):
        take = rng.choice((1, 2, 2, 3))
        group = pieces[k : k + take]
        owners = {o for _, o in group}
        rows.append(Line(" ".join(t for t, _ in group), owners.pop() if len(owners) == 1 else None, "head"))
        k += take
    return rows


def foot(stories: list[Story], rng: random.Random, script: Script) -> list[Line]:
    """Photo captions naming the stories' places, jump marks."""
    out = []
    if rng.random() < 0.6:
        page = rng.randint(2, 15)
        out += [
            Line(script(f"（下转{page}版）")),
            Line("", kind="blank"),
            Line(script(f"（上接{page - 1}版）")),
        ]
    for s in rng.sample(stories, min(len(stories), rng.randint(1, 3))):
        place = s.report.get("county") or s.report.get("city") or s.report.get("province") or ""
        out += [Line("", kind="blank"), Line(script(f"{place}{rng.choice(CAPTION_ACTS)}。"))]
    return out


def broadsheet_mix(stories: list[Story], rng: random.Random, script: Script, extra: dict) -> list[Line]:
    width = rng.choice((0, rng.randint(18, 45)))
    style = {
        "indent": rng.choice(("", "　　", "  ")),
        "subheads": 0.15,
        "para_blank": rng.random() < 0.4,
        "script": script,
    }
    out = [
        Line(
            script(
                f"{rng.randint(1, 28)}日 星期{rng.choice('一二三四五六日')}  第{rng.randint(2, 12)}版  "
                f"{rng.choice(SECTION_LABELS)}"
            )
        ),
        Line("", kind="blank"),
    ]
    if extra["orphans"] and rng.random() < 0.7:
        out.append(Line(script(rng.choice(("导读", "本版导读", "今日关注")))))
        out += [Line(t + script(f"（详见第{rng.randint(2, 16)}版）")) for t in extra["orphans"]]
        out.append(Line("", kind="blank"))
    else:
        extra["orphans"][:] = []
    beside = rng.randrange(1, len(stories)) if len(stories) > 1 and rng.random() < 0.5 else None
    for i, s in enumerate(stories):
        head = story_head(s, i, rng, script)
        if i == beside:
            head = displace_beside(out, head, i, rng)
        block = story_byline_and_body(s, i, width, rng, script, style)
        block = marked_opening(out, block, s, script) if not head else block
        out += head + block + [Line("", kind="blank")]
    return out


def story_head(s: Story, i: int, rng: random.Random, script: Script) -> list[Line]:
    out = []
    kicker = s.kicker or (script(rng.choice(SERIES) + rng.choice(CIRCLED)) if rng.random() < 0.3 else None)
    out += [Line(kicker, i, "kicker")] if kicker else []
    out.append(Line(s.title, i, "head"))
    if s.subtitle:
        out.append(Line(script("——") + s.subtitle if rng.random() < 0.6 else s.subtitle, i, "subtitle"))
    return out


def displace_beside(out: list[Line], head: list[Line], i: int, rng: random.Random) -> list[Line]:
    """The headline printed on a line of the story before (its column run beside the other's text)."""
    titles = [h for h in head if h.kind == "head"]
    spots = [k for k, ln in enumerate(out) if ln.kind == "body" and ln.owner == i - 1 and ln.own is None]
    if len(spots) < 4:
        return head
    k = spots[rng.randint(1, len(spots) - 2)]
    body, title = out[k], " ".join(h.text for h in titles)
    out[k] = Line(body.text + " " * rng.randint(2, 6) + title, body.owner, "mixed", own=body.text)
    return [h for h in head if h not in titles]


def story_byline_and_body(
    s: Story, i: int, width: int, rng: random.Random, script: Script, style: dict
) -> list[Line]:
    form = rng.choice(("inline", "line", "wen", "own", "credit"))
    if form == "own" and not s.byline:
        form = "line"
    top = []
    if form == "inline" and not has_inline_byline(s):
        dateline_lead(s, rng, script, inline_byline=True)
    elif form == "line" and not has_inline_byline(s):
        reporters, correspondents = names(s, rng, "记者"), names(s, rng, "通讯员")
        top = [
            Line(
                " ".join(
                    x
                    for x in (
                        script(f"本报记者 {reporters}") if reporters else "",
                        script(f"通讯员 {correspondents}") if correspondents else "",
                    )
                    if x
                ),
                i,
                "byline",
            )
        ]
    elif form == "wen" and not has_inline_byline(s):
        top = [
            Line(
                script("文/")
                + names(s, rng)
                + (script(f" 图/{fake_name(rng)}") if rng.random() < 0.3 else ""),
                i,
                "byline",
            )
        ]
    elif form == "own" and not has_inline_byline(s):
        top = [Line(s.byline, i, "byline")]
    body = body_lines(s, i, width, rng, style)
    if form == "credit" and not has_inline_byline(s):
        place = s.report.get("county") or s.report.get("city") or ""
        caption = script(f"{place}{rng.choice(CAPTION_ACTS)}。") + s.authors[0] + script(" 摄")
        s.authors, s.roles = s.authors[:1], s.roles[:1]
        body = [Line(caption, i, "byline")] + body
    return top + body


def scramble(stories: list[Story], rng: random.Random, script: Script, extra: dict) -> list[Line]:
    """Every knob at random: each story's headline before, after, beside another line, doubled or
    spaced; any byline form; any column width."""
    width = rng.choice((0, rng.randint(10, 45)))
    style = {
        "subheads": rng.random() * 0.4,
        "sub_blank": rng.random() < 0.5,
        "spaced": rng.random() * 0.1,
        "loose": rng.random() * 0.08,
        "indent": rng.choice(("", "　　")),
        "para_blank": rng.random() < 0.3,
        "script": script,
    }
    out: list[Line] = []
    usual = rng.choice(("before", "after"))
    for i, s in enumerate(stories):
        place = usual if rng.random() < 0.75 else rng.choice(("before", "after", "beside"))
        head = [Line(h, i, "head") for h in headline_lines(s.title, rng, width or 40)]
        if rng.random() < 0.15:
            head = [Line(doubled(s.title, rng), i, "head")]
        elif rng.random() < 0.1:
            head = [Line(spaced(s.title), i, "head")]
        head += [Line(script("——") + s.subtitle, i, "subtitle")] if s.subtitle and rng.random() < 0.7 else []
        if place == "beside" and i > 0:
            head = displace_beside(out, head, i, rng)
        text = scramble_byline(s, i, width, rng, script, style)
        if place != "before" and i > 0:
            text = marked_opening(out, text, s, script)
        if rng.random() < 0.15:  # a paragraph printed twice
            text += [Line("", kind="blank"), Line(s.paragraphs[-1], i, "body", para_end=True)]
        out += (text + head if place == "after" else head + text) + [Line("", kind="blank")]
    if extra["orphans"] and rng.random() < 0.5:
        out.insert(rng.randint(0, len(out)), Line(extra["orphans"][0]))
        extra["orphans"][1:] = []
    else:
        extra["orphans"][:] = []
    if rng.random() < 0.3:
        out += foot(stories, rng, script)
    return column_breaks(out, rng, (20, 60)) if rng.random() < 0.3 else out


def scramble_byline(
    s: Story, i: int, width: int, rng: random.Random, script: Script, style: dict
) -> list[Line]:
    body = body_lines(s, i, width, rng, style)
    if has_inline_byline(s):
        return body
    form = rng.choice(("paren_end", "square_top", "box_top", "inline", "media_end", "own", "none"))
    who = names(s, rng)
    if form == "paren_end":
        return body + [Line(script(f"（{who}）"), i, "byline")]
    if form == "square_top":
        return [Line(script("□ ") + who, i, "byline")] + body
    if form == "box_top":
        return [Line(script("■记者 ") + who, i, "byline")] + body
    if form == "media_end":
        return body + [Line(script(f"({rng.choice(MEDIA)} 记者 ") + who + script(")"), i, "byline")]
    if form == "own" and s.byline:
        return [Line(s.byline, i, "byline")] + body
    if form == "inline":
        dateline_lead(s, rng, script, inline_byline=True)
        return body_lines(s, i, width, rng, style)
    s.authors, s.roles = [], []
    return body


LAYOUTS = {
    "column_trail": (column_trail, (3, 6)),
    "md_cut": (md_cut, (2, 4)),
    "dense_gathered": (dense_gathered, (2, 4)),
    "broadsheet_mix": (broadsheet_mix, (3, 5)),
    "scramble": (scramble, (2, 6)),
}

# ---------------------------------------------------------------- rendering and gold


def render(lines: list[Line], rng: random.Random, family: str) -> str:
    blank_after = {
        "column_trail": 0.85,
        "md_cut": 1.0,
        "dense_gathered": 0.0,
        "broadsheet_mix": 0.1,
        "scramble": 0.3,
    }[family]
    every = rng.random() < blank_after
    rows = []
    for line in lines:
        rows.append(line.text)
        if every and line.kind != "blank":
            rows.append("")
    text = "\n".join(rows) + "\n"
    if rng.random() < 0.2:
        text = text.replace("\n", "\r\n")
    return text


def printed_pieces(lines: list[Line], i: int) -> list[str]:
    """Story i's body as printed: the stretches of its body lines that nothing else interrupts, a
    paragraph at most (a repeated paragraph may be printed once by a reader, or a page break's cut
    joined to the next)."""
    pieces, cur = [], ""
    for line in lines:
        if line.kind == "blank":
            continue
        if line.owner == i and line.kind in ("body", "mixed"):
            cur += line.body_text
            if line.own is None and not line.para_end:  # a snippet stays inside one paragraph
                continue
        if cur:
            pieces.append(cur)
        cur = ""
    return pieces + ([cur] if cur else [])


def without_tail(pieces: list[str], tail: str | None) -> list[str]:
    """The printed stretches less an author line run on at the end (a reader takes it off the body)."""
    if not tail or not pieces:
        return pieces
    last = pieces[-1]
    for k in range(len(last), -1, -1):  # wrapped or spaced, it is the same text once normalised
        if norm(last[k:]) == norm(tail):
            return pieces[:-1] + [last[:k]]
    return pieces


def owned_body(lines: list[Line], i: int) -> str:
    """What a perfect segmenter would give story i as body: its body, sub-head and mixed lines."""
    return "\n".join(
        ln.body_text for ln in lines if ln.owner == i and ln.kind in ("body", "subhead", "mixed")
    )


def snippet_of(pieces: list[str], page_norm: str, rng: random.Random) -> str | None:
    """10-16 characters (CJK and digits only, so the scorer's normalisation leaves them as they are)
    from one printed stretch, past the story's opening, found once on the page."""
    opening = 30  # the dispatch and run-in byline a first paragraph may open with
    runs = [
        r for k, p in enumerate(pieces) for r in SNIPPET_CHARS.findall(norm(p)[opening if k == 0 else 0 :])
    ]
    runs = runs[1:] + runs[:1] if len(runs) > 1 else runs
    for run in runs:
        for _ in range(8):
            n = rng.randint(10, min(16, len(run)))
            start = rng.randint(0, len(run) - n)
            snip = run[start : start + n]
            if page_norm.count(snip) == 1:
                return snip
    return None


def headline_figures(text: str) -> list[float]:
    out = []
    for m in re.finditer(r"(\d+(?:\.\d+)?)(万|亿)?", text):
        out.append(float(m.group(1)) * {"万": 1e4, "亿": 1e8}.get(m.group(2) or "", 1))
    return out


def article_gold(s: Story, script: Script, body: str, snippet: str) -> dict:
    flat = norm(body)
    printed = [m for m in s.report["metrics"] if norm(script(m["text"])) in flat]
    metrics = []
    for m in printed:
        gm = {"value": m["value"], "unit": script.glyphs(m["unit"]), "qualifier": m["qualifier"]}
        if m.get("subject"):
            gm["subject"] = script(m["subject"])
        metrics.append(gm)
    allowed = set(report_store.chinese_counts(body)) | set(headline_figures(s.title))
    allowed |= {float(m["value"]) for m in s.report["metrics"]}
    return {
        "title": s.title,
        "subtitle": s.subtitle,
        "authors": list(s.authors),
        "province": s.report["province"],
        "city": s.report["city"],
        "county": s.report["county"],
        "body_contains": snippet,
        "metrics": metrics,
        "complete": True,
        "allowed_values": sorted(allowed),
        "initiatives": [script(x) for x in s.report.get("initiatives") or [] if norm(script(x)) in flat],
    }


def page_gold(
    name: str,
    stories: list[Story],
    lines: list[Line],
    text: str,
    script: Script,
    extra: dict,
    rng: random.Random,
) -> dict:
    page_norm = norm(text)
    articles, years = [], set()
    figures = " ".join(script(m["text"]) for s in stories for m in s.report["metrics"])
    for i, s in enumerate(stories):
        s.printed_body = without_tail(printed_pieces(lines, i), s.tail)
        snippet = snippet_of(s.printed_body, page_norm, rng)
        if snippet is None:
            continue
        body = owned_body(lines, i)
        articles.append(article_gold(s, script, body, snippet))
        years |= {y for y in YEAR_OR_DATE.findall(body) if y not in figures}
    return {
        "file": name,
        "articles": articles,
        "orphan_titles": list(extra["orphans"]),
        "not_metrics": sorted(years),
    }


def encoding_of(text: str, traditional: bool, rng: random.Random) -> str:
    choice = rng.choices(("utf-8", "gb18030", "big5"), (0.6, 0.2, 0.2 if traditional else 0.0))[0]
    try:
        text.encode(choice)
        return choice
    except UnicodeEncodeError:
        return "utf-8"


def page(titled: list[dict], family: str, i: int, seed: int) -> Page:
    rng = random.Random(f"blind3:{seed}:{i}")
    lay, (low, high) = LAYOUTS[family]
    traditional = rng.random() < TRADITIONAL[family]
    script = Script(traditional, rng.random() < ASCII_SHARE[family])
    n = rng.randint(low, high)
    picked = rng.sample(titled, min(len(titled), n + 2))
    stories = [story_of(r, script, rng) for r in picked[:n]]
    extra = {"orphans": [story_of(r, script, rng).title for r in picked[n:]]}
    lines = lay(stories, rng, script, extra)
    text = render(lines, rng, family)
    name = f"blind3_{family}_{seed}_{i:03d}.txt"
    gold = page_gold(name, stories, lines, text, script, extra, rng)
    return Page(name, family, text, gold, encoding_of(text, traditional, rng), stories, lines)


def pages(split: str | None, count: int, seed: int, families: tuple[str, ...] | None = None) -> list[Page]:
    """`count` pages of the split's titled reports, the families in turn, deterministic by seed."""
    return report_store.titled_pages(split, count, seed, families, FAMILIES, page)


write = report_store.write_pages  # pages/ in each page's encoding, gold/all/, gold/<family>/
