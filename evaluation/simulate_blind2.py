"""A second blind page generator: the real reports laid out as newspaper pages, written from the three
shared sample pages, their gold, the reports' README and the scorer alone (not from the segmentation
code nor from the other generators), to see what pages the product was not tuned on do to it.

Four families, each with wide random ranges:
- `trailing`: narrow columns (10-24 characters), a blank line after every line or none, headlines mostly
  after their body, `（张三 李四）` closing bylines and `□ 王五` lines, `本报讯` datelines, section labels,
  a photo-news item with a doubled-glyph headline and an `X 摄` credit;
- `markdown`: `#` headlines and `##` subtitles or kickers on either side, unwrapped or wide paragraphs,
  a paragraph cut across two lines or printed twice, `(报社 记者 X)` at the end of the last paragraph;
- `headline_block`: `■记者 X Y` above bodies that print no headline, the headlines gathered in one
  block (doubled glyphs, two side by side on a line) displaced into another body, spaced characters,
  captions and continuation marks at the foot;
- `broadsheet`: headlines above bodies with kickers, `——` subtitles and page headers, bylines as
  `本报记者 X 通讯员 Y` lines, `文/X`, inline datelines or the report's own byline, indented paragraphs,
  captions after bodies, a headline printed beside another story's line, orphan teaser headlines,
  traditional script.
Every family may print CRLF, ASCII punctuation, GB18030 or (traditional text that allows it) Big5.

    pages(split, count, seed, families) -> list[Page];  write(out, pages)
Gold follows the scorer's docstring (../shared/tools/score_warehouse.py).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from evaluation import reports as report_store

FAMILIES = ("trailing", "markdown", "headline_block", "broadsheet")

# the scorer's normalisation: a body snippet must survive it
SCORER_PUNCT = re.compile(r"[\s“”「」\"'‘’：:，,·、。()（）—\-]+")
PLAIN_CHARS = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")
KICKER_SPLIT = re.compile(r"\s*[|︱丨│]\s*")
BRACKETED_KICKER = re.compile(r"^\s*[【(（]([^】)）]{2,16})[】)）]\s*")
# a dispatch opening a body: `本报讯`, `新华社某地某日电`, `某网讯`
DISPATCH = re.compile(r"^[^，,。]{0,24}?(讯|訊|电|電|消息)")
# a body that already opens with its dispatch (`星报讯 `, `某某网2月21日讯`) takes no second one
OPENING_DISPATCH = re.compile(r"^[^，,。“”\"]{0,16}?(讯|訊|\d+日电|\d+日電|消息)")
YEAR_OR_DATE = re.compile(r"\d{4}年度?|\d{1,2}月\d{1,2}日")
CLOSING_PUNCT = set("，。、；：！？）》”’%,.;:!?)")
WIDE = str.maketrans({",": "，", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"})
ASCII = str.maketrans({"，": ",", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")", "：": ":"})

SECTION_LABELS = (
    "基层动态",
    "治理在线",
    "社区之窗",
    "城乡观察",
    "一线报道",
    "民生视角",
    "地方新闻",
    "乡村振兴",
)
PAPERS = ("城乡导报", "社区时报", "基层观察报", "晨报", "融媒体中心", "市民日报")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国红飞雪琳晨宇浩"
CAPTION_SITES = ("党群服务中心", "新时代文明实践站", "社区广场", "村委会院内", "网格服务站", "小区议事厅")
CAPTION_PEOPLE = ("志愿者", "网格员", "社区工作人员", "党员干部", "居民代表", "村民")
CAPTION_ACTS = (
    "开展政策宣讲",
    "为居民提供义诊服务",
    "入户走访收集意见",
    "调解邻里矛盾",
    "清理卫生死角",
    "交流议事",
)


@dataclass
class Story:
    """One report as this page prints it."""

    report: dict
    title: str
    kicker: str | None
    subtitle: str | None
    authors: list[str]
    roles: list[tuple[str, str]]  # (role, name) in byline order; role '' when none is printed
    paragraphs: list[str]
    opens_with_byline: bool  # the body's first line already prints the dispatch and its byline
    opens_with_dispatch: bool  # the body's first line already prints a dispatch (with a byline or not)
    printed_body: list[str] = field(default_factory=list)  # the body's pieces, as laid out
    notes: dict = field(default_factory=dict)  # the layout's choices, for reading the misses


@dataclass
class Page:
    name: str
    family: str
    text: str
    gold: dict
    encoding: str = "utf-8"
    stories: list[Story] = field(default_factory=list)

    def data(self) -> bytes:
        return self.text.encode(self.encoding)


def norm(text: str) -> str:
    return SCORER_PUNCT.sub("", text or "")


# ---------------------------------------------------------------- a page's script and punctuation


class Script:
    """How one page prints characters: simplified or traditional, full-width or ASCII punctuation."""

    def __init__(self, traditional: bool, ascii_punct: bool) -> None:
        self.ascii_punct = ascii_punct
        self._convert = None
        if traditional:
            import opencc

            self._convert = opencc.OpenCC("s2t").convert

    def __call__(self, text: str | None) -> str | None:
        if text is None:
            return None
        text = re.sub(r"(?<!\d)[,:](?!\d)", lambda m: "，" if m.group() == "," else "：", text).translate(
            WIDE
        )
        if self.ascii_punct:
            text = text.translate(ASCII)
        return self._convert(text) if self._convert else text


# ---------------------------------------------------------------- stories


def name_pattern(name: str) -> str:
    return r"\s*".join(map(re.escape, name.replace(" ", "")))


def roles_of(report: dict) -> list[tuple[str, str]]:
    """Each author with the role the byline prints before the name (记者, 通讯员) or ''."""
    byline = report.get("byline") or ""
    out = []
    for name in report.get("authors") or []:
        m = re.search(name_pattern(name), byline)
        before = byline[: m.start()] if m else ""
        hits = [
            (before.rfind(word), role)
            for word, role in (("记者", "记者"), ("記者", "记者"), ("通讯", "通讯员"), ("通訊", "通讯员"))
        ]
        pos, role = max(hits)
        out.append((role if pos >= 0 else "", name.replace(" ", "")))
    return out


def story_of(report: dict, script: Script) -> Story:
    title = report["title"].strip()
    kicker = None
    parts = KICKER_SPLIT.split(title)
    if len(parts) > 1:
        kicker, title = parts[0], "".join(parts[1:])
    elif m := BRACKETED_KICKER.match(title):
        kicker, title = m.group(1), title[m.end() :]
    paragraphs = [p.strip() for p in report["body"].split("\n") if p.strip()]
    byline = (report.get("byline") or "").strip()
    opens = bool(byline) and norm(paragraphs[0]).startswith(norm(byline)[: max(4, len(norm(byline)) - 1)])
    opens = opens or bool(
        report.get("authors")
        and DISPATCH.match(paragraphs[0])
        and any(a.replace(" ", "") in paragraphs[0][:40].replace(" ", "") for a in report["authors"])
    )
    roles = [(r, script(n)) for r, n in roles_of(report)]
    return Story(
        report=report,
        title=script(title),
        kicker=script(kicker),
        subtitle=script(report.get("subtitle")),
        authors=[n for _, n in roles],
        roles=roles,
        paragraphs=[script(p) for p in paragraphs],
        opens_with_byline=opens,
        opens_with_dispatch=opens or bool(OPENING_DISPATCH.match(paragraphs[0])),
    )


def fake_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def spaced_name(name: str, rng: random.Random, chance: float) -> str:
    """Two-character names are set in three cells on many pages: `孟 航`."""
    return f"{name[0]} {name[1]}" if len(name) == 2 and rng.random() < chance else name


# ---------------------------------------------------------------- bylines in the house forms


def names_by_role(story: Story, rng: random.Random, spacing: float) -> tuple[list[str], list[str]]:
    reporters = [spaced_name(n, rng, spacing) for r, n in story.roles if r != "通讯员"]
    correspondents = [spaced_name(n, rng, spacing) for r, n in story.roles if r == "通讯员"]
    return reporters, correspondents


def role_line(story: Story, rng: random.Random, spacing: float, reporter: str = "记者") -> str:
    """`记者 A B 通讯员 C`, or the bare names when the report printed no role."""
    reporters, correspondents = names_by_role(story, rng, spacing)
    if not any(r for r, _ in story.roles):
        return " ".join(reporters + correspondents)
    parts = ([f"{reporter} " + " ".join(reporters)] if reporters else []) + (
        ["通讯员 " + " ".join(correspondents)] if correspondents else []
    )
    return " ".join(parts)


def bylines(
    story: Story, form: str, rng: random.Random, spacing: float, script: Script
) -> tuple[list[str], str | None, list[str]]:
    """(lines above the body, a prefix for the first paragraph, lines below the body) in the page's script."""
    above, prefix, below = byline_lines(story, form, rng, spacing)
    return [script(x) for x in above], script(prefix), [script(x) for x in below]


def byline_lines(
    story: Story, form: str, rng: random.Random, spacing: float
) -> tuple[list[str], str | None, list[str]]:
    """(lines above the body, a prefix for the first paragraph, lines below the body) for one byline form."""
    if not story.authors or story.opens_with_byline:
        return [], None, []
    names = " ".join(spaced_name(n, rng, spacing) for n in story.authors)
    if form == "closing":
        return [], None, [f"（{names}）"]
    if form == "square":
        line = role_line(story, rng, spacing, "本报记者")
        return [f"□ {line}" if rng.random() < 0.7 else f"□{line}"], None, []
    if form == "black":
        return [f"■{role_line(story, rng, spacing)}"], None, []
    if form == "reporter_line":
        return [role_line(story, rng, spacing, "本报记者")], None, []
    if form == "wen":
        return ["文/" + names if rng.random() < 0.6 else f"文/{names} 图/{fake_name(rng)}"], None, []
    if form == "dispatch" and story.opens_with_dispatch:
        form = "reporter_line"
    if form == "dispatch":
        inner = role_line(story, rng, spacing)
        has_roles = any(r for r, _ in story.roles)  # bare names would run into the text without brackets
        return [], f"本报讯 {inner} " if has_roles and rng.random() < 0.4 else f"本报讯（{inner}）", []
    if form == "paper":
        return [], None, [f"({rng.choice(PAPERS)} 记者 {names})"]
    printed = story.report["byline"].strip()
    # the report's own byline: above the body, or below it unless it opens stories (□/■/◆, a dispatch)
    below = printed[0] not in "□■◆" and not DISPATCH.match(printed) and rng.random() < 0.4
    return ([], None, [printed]) if below else ([printed], None, [])


def inline_closing(below: list[str], rng: random.Random, chance: float) -> tuple[str | None, list[str]]:
    """A closing-bracket byline set at the end of the last paragraph rather than on a line of its own."""
    if len(below) == 1 and below[0].startswith(("（", "(")) and rng.random() < chance:
        return below[0], []
    return None, below


# ---------------------------------------------------------------- text in columns


def cell_width(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2E80 and ch not in "“”‘’—…·" else 1.0


def wrap(text: str, width: int, rng: random.Random, kinsoku: bool) -> list[str]:
    """Hard column wraps at `width` cells, mid-word and between a number and its unit; with kinsoku a
    closing mark is pulled up to the line it closes, as typesetters do."""
    lines, line, used = [], "", 0.0
    for ch in text:
        w = cell_width(ch)
        if used + w > width and line and not (kinsoku and ch in CLOSING_PUNCT):
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += w
    if line:
        lines.append(line)
    return lines


def spaced(line: str) -> str:
    """A justified short line: every character in its own cell."""
    return " ".join(line)


def justify_numbers(line: str) -> str:
    """A line justified around a run of digits: `7 条`, `达 97.8%`."""
    return re.sub(r"(?<=[\u4e00-\u9fff])(\d[\d.]*%?)(?=[\u4e00-\u9fff])", r" \1 ", line, count=1)


def column(paragraphs: list[str], width: int, rng: random.Random, style: dict) -> list[str]:
    """The paragraphs of one story set in a column: each paragraph starts a new line, indented or not."""
    out = []
    for para in paragraphs:
        text = style.get("indent", "") + para
        lines = wrap(text, width, rng, style.get("kinsoku", True)) if width else [text]
        for i, line in enumerate(lines):
            if style.get("spaced", 0) and i == 0 and rng.random() < style["spaced"]:
                head, tail = line[: len(line) * 2 // 3], line[len(line) * 2 // 3 :]
                line = spaced(head) + tail
            elif rng.random() < style.get("numbers", 0):
                line = justify_numbers(line)
            out.append(line)
    return out


def headline_lines(text: str, rng: random.Random, width: int, wrap_chance: float) -> list[str]:
    """A headline on one line, or wrapped over two at a space or near its middle."""
    if len(text) < 12 or rng.random() >= wrap_chance:
        return [text]
    if " " in text.strip() and rng.random() < 0.7:
        left, _, right = text.partition(" ")
        return [left, right]
    cut = len(text) // 2 + rng.randint(-3, 3)
    while cut < len(text) - 1 and text[cut - 1 : cut + 1].isascii():  # typesetters do not break a number
        cut += 1
    return [text[:cut], text[cut:]]


def doubled(text: str, rng: random.Random) -> str:
    """Glyphs printed twice by a bold-by-overprint PDF: each run of characters and each mark doubled,
    `标题：` -> `标题标题：：`."""
    out = []
    for run in re.findall(r"[\u4e00-\u9fffA-Za-z0-9]+|.", text):
        if len(run) > 6 and rng.random() < 0.6:
            cut = rng.randint(2, len(run) - 2)
            out += [run[:cut] * 2, run[cut:] * 2]
        else:
            out.append(run * 2)
    return "".join(out)


def caption(story: Story, rng: random.Random, script: Script) -> list[str]:
    """A photo caption made from the story's place, credited `X 摄`: never an article."""
    r = story.report
    place = (
        (r.get("county") or r.get("city") or r.get("province") or "").removesuffix("市").removesuffix("县")
    )
    text = f"{place}{rng.choice(CAPTION_SITES)}，{rng.choice(CAPTION_PEOPLE)}{rng.choice(CAPTION_ACTS)}。"
    if rng.random() < 0.5:
        text = "图为" + text
    credit = script(
        rng.choice((f"{fake_name(rng)} 摄", f"本报记者 {fake_name(rng)} 摄", f"（{fake_name(rng)} 摄）"))
    )
    return [script(text) + " " + credit] if rng.random() < 0.6 else [script(text), credit]


# ---------------------------------------------------------------- blocks of a page


@dataclass
class Block:
    """Lines printed together: a body piece, a headline, a byline line, a caption, a label, a mark."""

    lines: list[str]
    kind: str
    story: int | None = None
    own: dict[int, int] = field(default_factory=dict)  # line -> characters of it that are the block's own


def body_block(
    story: Story,
    index: int,
    width: int,
    rng: random.Random,
    style: dict,
    prefix: str | None,
    inline_tail: str | None = None,
    paragraphs: list[str] | None = None,
) -> Block:
    paras = list(paragraphs or story.paragraphs)
    if prefix:
        paras[0] = prefix + paras[0]
    if inline_tail:
        paras[-1] = paras[-1] + inline_tail
    return Block(column(paras, width, rng, style), "body", index)


def split_block(block: Block, rng: random.Random) -> tuple[Block, Block]:
    """A body piece cut between two of its lines, somewhere in its middle half."""
    n = len(block.lines)
    cut = rng.randint(max(1, n // 4), max(1, 3 * n // 4))
    return Block(block.lines[:cut], block.kind, block.story), Block(
        block.lines[cut:], block.kind, block.story
    )


def headline_block(
    story: Story,
    index: int,
    rng: random.Random,
    width: int,
    wrap_chance: float,
    subtitle_form: str = "line",
    kicker_above: bool = True,
) -> Block:
    lines = [story.kicker] if story.kicker and kicker_above else []
    title = story.title if kicker_above or not story.kicker else f"{story.kicker}｜{story.title}"
    lines += headline_lines(title, rng, width, wrap_chance)
    if story.subtitle:
        sub = "——" + story.subtitle if subtitle_form == "dash" else story.subtitle
        lines = [sub] + lines if subtitle_form == "above" else lines + [sub]
    return Block(lines, "headline", index)


def page_date(rng: random.Random) -> tuple[str, str]:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return f"{rng.randint(2019, 2025)}年{month}月{day}日", f"{month}月{day}日"


# ---------------------------------------------------------------- the families


def lay_trailing(stories: list[Story], rng: random.Random, script: Script, extra: dict) -> list[Block]:
    """Narrow columns, headlines mostly after their body, closing-bracket and □ bylines (sample 000)."""
    width = rng.randint(10, 24)
    style = {"kinsoku": rng.random() < 0.6, "numbers": rng.uniform(0, 0.06)}
    spacing = rng.uniform(0, 0.8)
    blocks = (
        [Block([script(x) for x in rng.sample(SECTION_LABELS, rng.randint(1, 2))], "label")]
        if rng.random() < 0.6
        else []
    )
    photo = stories[-1] if len(stories) > 2 and rng.random() < 0.45 else None
    if extra["orphans"] and rng.random() < 0.3:  # headlines of stories printed on another page
        blocks.append(Block(extra["orphans"], "headline"))
    else:
        extra["orphans"].clear()
    for i, s in enumerate(stories):
        if s is photo:
            blocks += photo_news(s, i, rng, script, spacing)
            continue
        form = rng.choices(
            ("closing", "square", "dispatch", "original", "wen", "paper"), (0.35, 0.25, 0.15, 0.1, 0.1, 0.05)
        )[0]
        above, prefix, below = bylines(s, form, rng, spacing, script)
        tail, below = inline_closing(below, rng, 0.35)
        if prefix is None and not s.opens_with_dispatch and rng.random() < 0.5:
            prefix = script("本报讯 ")
        head = headline_block(s, i, rng, width + rng.randint(0, 8), 0.4, rng.choice(("line", "dash")))
        story_blocks = [Block(above, "byline", i)] if above else []
        story_blocks += [body_block(s, i, width, rng, style, prefix, tail)]
        story_blocks += [Block(below, "byline", i)] if below else []
        after = rng.random() < 0.65
        blocks += story_blocks + [head] if after else [head] + story_blocks
        s.notes.update(form=form, headline="after" if after else "before")
    return blocks


def photo_news(s: Story, i: int, rng: random.Random, script: Script, spacing: float) -> list[Block]:
    """A photo item: a headline (often with doubled glyphs), one or two wide paragraphs, `X 摄`."""
    title = doubled(s.title, rng) if rng.random() < 0.6 else s.title
    paras = s.paragraphs[: rng.randint(1, 2)]
    if sum(len(p) for p in paras) < 60:
        paras = s.paragraphs[:3]
    name = spaced_name(s.authors[0], rng, spacing) if s.authors else fake_name(rng)
    credit = script(f" 本报记者 {name} 摄" if rng.random() < 0.5 else f" {name} 摄")
    if s.authors:
        s.authors = s.authors[:1]
    s.notes.update(form="photo", headline="doubled" if title != s.title else "before")
    width = rng.randint(40, 60)
    body = body_block(s, i, width, rng, {"kinsoku": False}, None, credit, paras)
    return [Block([title], "headline", i), body]


def lay_markdown(stories: list[Story], rng: random.Random, script: Script, extra: dict) -> list[Block]:
    """`#` headlines, `##` subtitles or kickers, wide or unwrapped paragraphs, (报社 记者 X) (sample 001)."""
    marked = rng.random() < 0.75
    width = rng.choice((0, 0, rng.randint(30, 45)))
    style = {"kinsoku": True}
    blocks: list[Block] = []
    extra["orphans"].clear()
    _, date_short = page_date(rng)
    extra["not_metrics"].append(date_short)
    for i, s in enumerate(stories):
        h1, h2 = ("# ", "## ") if marked else ("", "")
        lines = [h2 + s.kicker] if s.kicker else []
        sub_above = rng.random() < 0.35
        lines += [h1 + s.title]
        if s.subtitle:
            lines = [h2 + s.subtitle] + lines if sub_above else lines + [h2 + s.subtitle]
        blocks.append(Block(lines, "headline", i))
        paras = list(s.paragraphs)
        long = [k for k, p in enumerate(paras) if len(p) > 80]
        if long and rng.random() < 0.4:  # a page break inside a paragraph
            k = rng.choice(long)
            cut = rng.randint(20, len(paras[k]) - 20)
            paras[k : k + 1] = [paras[k][:cut], paras[k][cut:]]
        if len(paras) > 2 and rng.random() < 0.3:  # a paragraph printed twice
            k = rng.randrange(1, len(paras))
            paras.insert(k + 1, paras[k])
        prefix = None if s.opens_with_dispatch or rng.random() < 0.3 else script(f"本报{date_short}讯 ")
        tail = None
        if s.authors and not s.opens_with_byline:
            names = " ".join(s.authors)
            tail = (
                f"({rng.choice(PAPERS)}/{rng.choice(PAPERS)} 记者 {names})"
                if rng.random() < 0.5
                else script(f"（记者 {names}）")
            )
        inline = tail and rng.random() < 0.5
        s.notes.update(form="paper-inline" if inline else "paper-line" if tail else "none")
        for k, para in enumerate(paras):
            text = (prefix or "") + para if k == 0 else para
            if inline and k == len(paras) - 1:
                text += tail
            blocks.append(Block(column([text], width, rng, style), "body", i))
        if tail and not inline:
            blocks.append(Block([tail], "byline", i))
    return blocks


def lay_headline_block(stories: list[Story], rng: random.Random, script: Script, extra: dict) -> list[Block]:
    """Bodies under ■ bylines with no headline above; the headlines gathered in one block, doubled and
    side by side, displaced into another body; captions and jump marks at the foot (sample 004)."""
    width = rng.randint(11, 18)
    spacing = rng.uniform(0.3, 1.0)
    style = {"kinsoku": rng.random() < 0.5, "spaced": rng.uniform(0, 0.08), "numbers": rng.uniform(0, 0.05)}
    blocks: list[Block] = []
    for i, s in enumerate(stories):
        form = rng.choices(("black", "square", "dispatch"), (0.6, 0.25, 0.15))[0]
        above, prefix, below = bylines(s, form, rng, spacing, script)
        if not s.authors and not s.opens_with_dispatch and rng.random() < 0.6:
            prefix = script("本报讯 ")  # a story without a byline still opens with its dispatch
        blocks += [Block(above, "byline", i)] if above else []
        blocks.append(body_block(s, i, width, rng, style, prefix))
        blocks += [Block(below, "byline", i)] if below else []
        s.notes.update(form=form, headline="block")
    if rng.random() >= 0.3:
        extra["orphans"].clear()
    heads = gathered_headlines([s.title for s in stories] + extra["orphans"], rng)
    bodies = [k for k, b in enumerate(blocks) if b.kind == "body" and len(b.lines) > 6]
    where = rng.random()
    if bodies and where < 0.6:  # inside a body, between two of its lines
        k = rng.choice(bodies)
        first, second = split_block(blocks[k], rng)
        blocks[k : k + 1] = [first, heads, second]
    elif where < 0.85:
        blocks.insert(rng.randrange(1, len(blocks)), heads)
    else:
        blocks.append(heads)
    blocks += foot(stories, rng, script)
    return blocks


def gathered_headlines(headlines: list[str], rng: random.Random) -> Block:
    """All the page's headlines in one block: doubled glyphs or not, pairs side by side on one line
    wrapped where the text box ends."""
    titles = list(headlines)
    rng.shuffle(titles)
    lines: list[str] = []
    box = rng.randint(14, 30)
    while titles:
        if len(titles) > 1 and rng.random() < 0.5:
            joined = titles.pop(0) + " " * rng.randint(1, 4) + titles.pop(0)
            lines += [joined[:box], joined[box:]] if len(joined) > box else [joined]
        else:
            lines.append(titles.pop(0))
    # an overprinted line doubles its own runs: a wrap cuts both copies at the same place
    double = rng.random() < 0.6
    return Block([doubled(x, rng) if double else x for x in lines if x.strip()], "headline")


def foot(stories: list[Story], rng: random.Random, script: Script) -> list[Block]:
    """Captions and continuation marks printed at the foot of the page."""
    out = []
    for s in rng.sample(stories, rng.randint(0, min(3, len(stories)))):
        out.append(Block(caption(s, rng, script), "caption"))
    if rng.random() < 0.6:
        page = rng.randint(1, 15)
        label = rng.choice((f"第{page + 1}版", f"B{page + 1}版", f"A{page + 1}版"))
        out.insert(
            rng.randint(0, len(out)),
            Block(
                [script(f"（下转{label}）"), script(f"（上接{label.replace(str(page + 1), str(page))}）")],
                "mark",
            ),
        )
    return out


def lay_broadsheet(stories: list[Story], rng: random.Random, script: Script, extra: dict) -> list[Block]:
    """Headlines above bodies with kickers, subtitles and page headers; byline lines in many forms;
    captions after bodies; one headline printed beside another story's line; teaser headlines."""
    width = rng.randint(16, 40)
    spacing = rng.uniform(0, 0.5)
    style = {
        "kinsoku": rng.random() < 0.7,
        "indent": "　　" if rng.random() < 0.5 else "",
        "numbers": rng.uniform(0, 0.03),
    }
    date_long, _ = page_date(rng)
    edition = rng.randint(2, 16)
    blocks: list[Block] = []
    if rng.random() < 0.7:
        header = [
            date_long + " " + rng.choice(("星期一", "星期三", "星期五")),
            f"第{edition}版 {rng.choice(SECTION_LABELS)}",
        ]
        header += [f"责任编辑：{fake_name(rng)}"] if rng.random() < 0.5 else []
        blocks.append(Block([script(x) for x in rng.sample(header, len(header))], "label"))
        extra["not_metrics"] += [date_long, f"第{edition}版"]
    if extra["orphans"] and rng.random() < 0.5:
        teaser = [script("本版导读")] + [
            t + " " * rng.randint(1, 3) + script(f"第{edition + 1}版") for t in extra["orphans"]
        ]
        blocks.append(Block(teaser, "label"))
    else:
        extra["orphans"].clear()
    beside = rng.randrange(1, len(stories)) if len(stories) > 1 and rng.random() < 0.3 else None
    for i, s in enumerate(stories):
        form = rng.choices(
            ("reporter_line", "wen", "dispatch", "original", "square", "closing"),
            (0.25, 0.15, 0.2, 0.2, 0.1, 0.1),
        )[0]
        above, prefix, below = bylines(s, form, rng, spacing, script)
        tail, below = inline_closing(below, rng, 0.35)
        if i != beside:
            sub_form = rng.choice(("line", "dash", "above"))
            blocks.append(
                headline_block(s, i, rng, width + rng.randint(0, 10), 0.25, sub_form, rng.random() < 0.8)
            )
        blocks += [Block(above, "byline", i)] if above else []
        blocks.append(body_block(s, i, width, rng, style, prefix, tail))
        blocks += [Block(below, "byline", i)] if below else []
        if rng.random() < 0.3:
            blocks.append(Block(caption(s, rng, script), "caption"))
        s.notes.update(form=form, headline="beside" if i == beside else "above")
    if beside is not None:
        print_beside(blocks, stories[beside], beside, rng)
    return blocks


def print_beside(blocks: list[Block], story: Story, index: int, rng: random.Random) -> None:
    """The story's headline printed at the end of a line of the body before it, as a two-column PDF
    reads out: `…body text      headline`."""
    before = [
        b for b in blocks if b.kind == "body" and b.story is not None and b.story < index and len(b.lines) > 3
    ]
    host = before[-1] if before else next(b for b in blocks if b.kind == "body" and b.story == index)
    k = rng.randrange(len(host.lines) // 2, len(host.lines))
    host.own[k] = len(host.lines[k])  # the headline beside it is not the host's text (nor its gold snippet)
    host.lines[k] = host.lines[k] + " " * rng.randint(3, 10) + story.title
    story.notes["host"] = host.story


LAYOUTS = {
    "trailing": (lay_trailing, (3, 6)),
    "markdown": (lay_markdown, (2, 4)),
    "headline_block": (lay_headline_block, (2, 4)),
    "broadsheet": (lay_broadsheet, (2, 5)),
}

TRADITIONAL = {"trailing": 0.1, "markdown": 0.15, "headline_block": 0.05, "broadsheet": 0.25}
ASCII_PUNCT = {"trailing": 0.1, "markdown": 0.35, "headline_block": 0.05, "broadsheet": 0.15}
BLANKS = {  # a blank line after every line, none, or between blocks only
    "trailing": (0.6, 0.3, 0.1),
    "markdown": (0.1, 0.1, 0.8),
    "headline_block": (0.25, 0.6, 0.15),
    "broadsheet": (0.3, 0.4, 0.3),
}


# ---------------------------------------------------------------- rendering and gold


def render(blocks: list[Block], rng: random.Random, family: str) -> str:
    blanks = rng.choices(("every", "none", "blocks"), BLANKS[family])[0]
    out: list[str] = []
    for block in blocks:
        tight = block.kind in ("headline", "caption", "mark") and rng.random() < 0.5
        for k, line in enumerate(block.lines):
            out.append(line)
            if blanks == "every" and not (tight and k < len(block.lines) - 1):
                out.append("")
        if blanks == "blocks":
            out.append("")
    newline = "\r\n" if rng.random() < 0.2 else "\n"
    return newline.join(out) + newline


def printed_pieces(blocks: list[Block], index: int) -> list[str]:
    return [
        "".join(line[: b.own.get(k, len(line))] for k, line in enumerate(b.lines))
        for b in blocks
        if b.kind == "body" and b.story == index
    ]


def snippet_of(pieces: list[str], page_norm: str, rng: random.Random, length: int = 12) -> str | None:
    """A run of plain characters from the middle of one body piece, printed nowhere else on the page."""
    candidates = []
    for piece in pieces:
        text = norm(piece)
        for start in range(len(text) // 5, max(len(text) // 5 + 1, 4 * len(text) // 5 - length)):
            window = text[start : start + length]
            if len(window) == length and all(PLAIN_CHARS.match(ch) for ch in window):
                candidates.append(window)
    rng.shuffle(candidates)
    return next((c for c in candidates if page_norm.count(c) == 1), None)


def article_gold(story: Story, script: Script, pieces: list[str], snippet: str) -> dict:
    printed = norm("".join(pieces))
    report = story.report
    metrics = [
        {"value": m["value"], "unit": script(m["unit"]), "qualifier": m["qualifier"]}
        | ({"subject": script(m["subject"])} if m.get("subject") else {})
        for m in report["metrics"]
        if norm(script(m["text"])) in printed
    ]
    gold = {
        "title": story.title,
        "authors": story.authors,
        "province": report["province"],
        "city": report["city"],
        "county": report["county"],
        "body_contains": snippet,
        "metrics": metrics,
        "complete": True,
        "allowed_values": report_store.chinese_counts(report["body"]),
        "initiatives": [x for x in (script(i) for i in report["initiatives"]) if norm(x) in printed],
    }
    return gold | ({"subtitle": story.subtitle} if story.subtitle else {})


def page_gold(
    name: str,
    stories: list[Story],
    blocks: list[Block],
    text: str,
    script: Script,
    extra: dict,
    rng: random.Random,
) -> dict:
    page_norm = norm(text)
    articles, years = [], set(extra["not_metrics"])
    for i, s in enumerate(stories):
        pieces = printed_pieces(blocks, i)
        s.printed_body = pieces
        snippet = snippet_of(pieces, page_norm, rng)
        if snippet is None:
            continue
        gold = article_gold(s, script, pieces, snippet)
        figures = " ".join(script(m["text"]) for m in s.report["metrics"])
        years |= {y for y in YEAR_OR_DATE.findall("".join(pieces)) if y not in figures}
        articles.append(gold)
    return {
        "file": name,
        "articles": articles,
        "orphan_titles": list(extra["orphans"]),
        "not_metrics": sorted(years),
    }


def encoding_of(text: str, traditional: bool, rng: random.Random) -> str:
    if traditional and rng.random() < 0.6:
        try:
            text.encode("big5")
            return "big5"
        except UnicodeEncodeError:
            pass
    return rng.choices(("utf-8", "gb18030", "utf-8-sig"), (0.65, 0.3, 0.05))[0]


def page(titled: list[dict], family: str, i: int, seed: int) -> Page:
    rng = random.Random(f"blind2:{seed}:{i}")
    lay, (low, high) = LAYOUTS[family]
    traditional = rng.random() < TRADITIONAL[family]
    script = Script(traditional, rng.random() < ASCII_PUNCT[family])
    n = rng.randint(low, high)
    picked = rng.sample(titled, min(len(titled), n + 2))
    stories = [story_of(r, script) for r in picked[:n]]
    extra = {
        "not_metrics": [],
        "orphans": [story_of(r, script).title for r in picked[n : n + rng.randint(1, 2)]],
    }
    blocks = lay(stories, rng, script, extra)
    text = render(blocks, rng, family)
    name = f"blind2_{family}_{seed}_{i:03d}.txt"
    gold = page_gold(name, stories, blocks, text, script, extra, rng)
    return Page(name, family, text, gold, encoding_of(text, traditional, rng), stories)


def pages(split: str | None, count: int, seed: int, families: tuple[str, ...] | None = None) -> list[Page]:
    """`count` pages of the split's titled reports, the families in turn, deterministic by seed."""
    return report_store.titled_pages(split, count, seed, families, FAMILIES, page)


write = report_store.write_pages  # pages/ in each page's encoding, gold/all/, gold/<family>/
