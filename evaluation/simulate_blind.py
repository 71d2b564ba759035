"""A fifth page generator, written from the three shared sample pages alone (not from the other
generators or the product's segmenter), to measure the product on layouts its authors did not tune on.

    python -m evaluation.pages --generator blind --split dev --count 40

Three families, one a sample page, every parameter drawn at random per page and per article:
- `narrow_spaced` (like 000): columns of 10-18 characters with a blank line after (nearly) every line,
  section labels on top, headlines printed after their body (some above it, glued to its first line),
  wrapped headlines and long subtitle lines, closing bylines `（张三 李四）`, `□ 张 三` bylines over the
  body, `本报讯` datelines, subheads inside bodies, a photo caption with doubled-glyph headline and
  `本报记者 X 摄`.
- `markdown` (like 001): `#` headlines with `##` subtitles under or over them (or unmarked), one line a paragraph,
  paragraphs cut mid-sentence by a page break, a repeated and a lost stretch of text, `本报M月D日讯`,
  closing `(媒体/媒体 记者 X)` bylines on their own line or at the end of the last paragraph.
- `boxed_block` (like 004): columns of 10-16 characters without blank lines between lines, `■记者 X Y`
  opening each article, one- and two-line subheads, letter-spaced lines and spaced numbers, stray and
  missing paragraph breaks, every headline of the page in one block displaced into another article's
  text (doubled glyphs, cut after the colon, two side by side on one line), captions and jump marks.

Besides the samples' byline forms, a story may carry its report's own author line as printed (a dispatch
`某某网讯(记者 X)` opening the body, a bracketed line closing it, others over or under the body); a story
without a byline often has nothing on the page that marks where it starts.

Each page's gold is in the shared scorer's format: titles as the report prints them (a column name
before ` | ` is printed as a kicker, not part of the title), the report's authors and region, a body
snippet found once on the page, the report's metrics and initiatives whose text survives on the page.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from evaluation import reports as report_store

FAMILIES = ("narrow_spaced", "markdown", "boxed_block")
# a column name printed before the headline on the web page: "专栏 | 标题"
KICKER_SPLIT = re.compile(r"\s*[|︱丨│]\s*")
# a dispatch line: `本报讯`, `某地某日电`, `某某网某日消息` (not the `讯` of `通讯员`)
DATELINE_OPENED = re.compile(r"^.{0,30}?((?<!通)[讯訊](?![员員])|电|電|消息)")
NORM = re.compile(r"[\s“”「」\"'‘’：:，,·、。()（）—\-]+")
YEARS = re.compile(r"\d{4}年度?|\d{1,2}月\d{1,2}日|[A-Z]\d{1,2}版")
SECTION_LABELS = (
    "一线观察",
    "地方传真",
    "基层治理",
    "区域新闻",
    "社会治理",
    "民生视点",
    "乡村振兴",
    "县域经济",
)
MEDIA_SUFFIXES = ("新闻", "晚报", "日报", "融媒", "发布")
NO_LINE_START = set("，。、；：！？）》”’%,.;:!?)")
ASCII_TO_WIDE = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"})
CAPTIONS = (
    "{place}网格员入户走访，了解群众需求。",
    "{place}党群服务中心工作人员为群众办理业务。",
    "{place}志愿者在小区开展便民服务活动。",
    "{place}召开议事协商会，推进重点工作。",
)


def norm(text: str) -> str:
    """The scorer's normalisation: punctuation and spaces out."""
    return NORM.sub("", text or "")


@dataclass
class Story:
    """One report as the page prints it."""

    report: dict
    title: str
    kicker: str | None
    subtitle: str | None
    authors: list[str]
    paragraphs: list[str]
    byline_in_body: bool
    byline: str | None
    notes: dict = field(default_factory=dict)  # the layout's choices, for reading the misses


@dataclass
class Page:
    name: str
    family: str
    text: str
    gold: dict
    stories: list[Story] = field(default_factory=list)

    def data(self) -> bytes:
        return self.text.encode("utf-8")


# ---------------------------------------------------------------- text pieces


def story_of(report: dict, rng: random.Random, wide: bool) -> Story:
    """The report's title split from its column name, body paragraphs, punctuation as this page prints it."""
    title = report["title"].strip()
    parts = KICKER_SPLIT.split(title.translate(ASCII_TO_WIDE) if wide else title)
    kicker, title = (parts[0], " ".join(parts[1:])) if len(parts) > 1 else (None, parts[0])
    paragraphs = [p.strip() for p in report["body"].split("\n") if p.strip()]
    if wide:
        paragraphs = [p.translate(ASCII_TO_WIDE) for p in paragraphs]
    byline = (report.get("byline") or "").strip()
    in_body = bool(byline) and norm(byline)[:6] in norm(paragraphs[0][:80])
    if wide:
        byline = byline.translate(ASCII_TO_WIDE)
    authors = list(report["authors"])
    return Story(report, title, kicker, report.get("subtitle"), authors, paragraphs, in_body, byline or None)


def units(char: str) -> float:
    """Print width: an ASCII character takes half a CJK cell."""
    return 0.5 if ord(char) < 128 else 1.0


def wrap(text: str, width: int, rng: random.Random, jitter: int) -> list[str]:
    """Cut a paragraph into column lines of about `width` cells, mid-word and mid-number alike; closing
    punctuation stays at the end of the line above, as typesetters keep it."""
    lines, line, used = [], "", 0.0
    limit = width + rng.randint(-jitter, jitter)
    for char in text:
        if used + units(char) > limit and line and char not in NO_LINE_START:
            lines.append(line)
            line, used, limit = "", 0.0, width + rng.randint(-jitter, jitter)
        line += char
        used += units(char)
    return lines + [line] if line else lines


def spaced_name(name: str, rng: random.Random) -> str:
    """Two-character names are often printed with a space between the characters."""
    return f"{name[0]} {name[1]}" if len(name) == 2 and rng.random() < 0.6 else name


def doubled(text: str, rng: random.Random) -> str:
    """Each run of the headline printed twice, as the PDF's bold overprint extracts: 云冈云冈：：数字化数字化."""
    runs = re.findall(r"[^\s“”「」：:，,!！?？·、]+|.", text)
    out = []
    for run in runs:
        if len(run) > 6 and rng.random() < 0.4:
            cut = rng.randint(2, len(run) - 2)
            out += [run[:cut] * 2, run[cut:] * 2]
        else:
            out.append(run * 2)
    return "".join(out)


def headline_halves(title: str, rng: random.Random) -> tuple[str, str]:
    """Where a headline is cut over two lines: after its colon, at its space, or about the middle."""
    for mark in ("：", ":", " "):
        at = title.find(mark)
        if 1 < at < len(title) - 2:
            return (title[: at + 1].rstrip(), title[at + 1 :].lstrip())
    cut = rng.randint(max(2, len(title) // 3), max(3, 2 * len(title) // 3))
    return title[:cut], title[cut:]


def subhead_of(paragraph: str, rng: random.Random) -> tuple[str | None, str]:
    """A short subhead over a paragraph: its first sentence or clause, when short enough to be one,
    taken out of the paragraph (the subhead and the rest of the paragraph)."""
    match = re.match(r"([^，。；,;“”]{5,15})([。，])", paragraph)
    if match is None or match.group(1)[0].isdigit() or len(paragraph) < len(match.group(0)) + 20:
        return None, paragraph
    return match.group(1), paragraph[len(match.group(0)) :]


def with_subheads(story: Story, rng: random.Random, share: float) -> list[tuple[str | None, str]]:
    """The story's paragraphs, some with a subhead cut from their start; the story keeps what is printed."""
    pieces: list[tuple[str | None, str]] = [(None, story.paragraphs[0])]
    for paragraph in story.paragraphs[1:]:
        pieces.append(subhead_of(paragraph, rng) if rng.random() < share else (None, paragraph))
    story.paragraphs = [p for _, p in pieces]
    return pieces


def dateline(story: Story, rng: random.Random, date: str | None) -> None:
    """Open the first paragraph with `本报讯` or `本报M月D日讯`, unless the report opens with one."""
    if story.byline_in_body or DATELINE_OPENED.match(story.paragraphs[0]):
        return
    story.paragraphs[0] = f"本报{date or ''}讯 " + story.paragraphs[0]


# ---------------------------------------------------------------- layout: narrow_spaced (000)


def box_bylines(story: Story, rng: random.Random) -> list[str]:
    """`□ 张 三`, one line a name or all names on one line, `本报记者` before some."""
    role = rng.choice(["", "", "本报记者 ", "记者 ", "通讯员 "])
    names = [spaced_name(n, rng) for n in story.authors]
    if rng.random() < 0.5:
        return [f"□ {role if i == len(names) - 1 else ''}{n}" for i, n in enumerate(names)]
    return [f"□ {role}{' '.join(names)}"]


def closing_byline(story: Story, rng: random.Random) -> str:
    names = " ".join(story.authors)
    return rng.choice([f"（{names}）", f"（记者 {names}）", f"（{names}）", f"({names})"])


def own_byline(story: Story, rng: random.Random) -> tuple[str, str]:
    """Where the report's own author line goes, printed as the report prints it: a dispatch
    (`本报讯(记者 张三)`) opens the first paragraph, a bracketed one closes the body, others stand
    over the body or, now and then, under it."""
    byline = story.byline or " ".join(story.authors)
    if DATELINE_OPENED.match(byline):
        story.paragraphs[0] = byline + rng.choice(["", " "]) + story.paragraphs[0]
        return "in_body", byline
    if byline[0] in "(（":
        return "closing", byline
    return ("over" if rng.random() < 0.7 else "closing"), byline


def byline_form(story: Story, rng: random.Random, forms: list[str]) -> str:
    return rng.choice(forms) if story.authors and not story.byline_in_body else "none"


def narrow_story(story: Story, rng: random.Random, width: int) -> tuple[list[list[str]], list[str]]:
    """The story's runs of lines (bylines, subheads, paragraphs) and its headline lines, not yet placed."""
    form = story.notes["byline"] = byline_form(story, rng, ["closing", "box", "own", "own"])
    over: list[list[str]] = []
    under: list[list[str]] = []
    if form == "own":
        place, byline = own_byline(story, rng)
        story.notes["own"] = place
        (over if place == "over" else under if place == "closing" else []).append(wrap(byline, width, rng, 1))
    elif form == "box":
        over.append(box_bylines(story, rng))
    elif form == "closing":
        under.append([closing_byline(story, rng)])
    # the sample prints `本报讯` over bodies that a bracketed byline closes; a story without any
    # byline has it less often, and then nothing on the page marks where it starts
    if rng.random() < {"closing": 0.6, "none": 0.3}.get(form, 0.0):
        dateline(story, rng, None)
    runs = over
    for sub, paragraph in with_subheads(story, rng, 0.25):
        runs += [[sub]] if sub else []
        runs.append(wrap(paragraph, width, rng, 1))
    return runs + under, narrow_headline(story, rng, width)


def narrow_headline(story: Story, rng: random.Random, width: int) -> list[str]:
    """The headline on one line, cut after its colon, or wrapped at the column; a subtitle line under
    or over it; its column name over it or joined to it."""
    if story.kicker and rng.random() < 0.25:
        story.title, story.kicker = f"{story.kicker}{rng.choice(['|', '｜', ' | '])}{story.title}", None
    title = story.title.replace(":", "：")
    roll = rng.random()
    if len(title) > width + 4 and roll < 0.5:
        lines = list(headline_halves(title, rng))
    elif len(title) > width and roll < 0.75:
        lines = wrap(title, width + rng.randint(0, 6), rng, 0)
    else:
        lines = [title]
    if story.subtitle:
        lines = [story.subtitle] + lines if rng.random() < 0.4 else lines + [story.subtitle]
    if story.kicker and rng.random() < 0.6:
        lines.insert(0, story.kicker)
    return lines


def photo_news(story: Story, rng: random.Random) -> list[str]:
    """A photo's headline (doubled glyphs often) over a caption in long lines and its credit."""
    text = "".join(story.paragraphs)
    cut = text.find("。", rng.randint(80, 160))
    caption = text[: cut + 1] if cut > 0 else text[:200]
    story.paragraphs = [caption]
    story.notes["photo"] = True
    head = doubled(story.title, rng) if rng.random() < 0.7 else story.title
    credit = f" 本报记者 {' '.join(story.authors)} 摄" if story.authors else ""
    lines = wrap(caption + credit, rng.randint(44, 56), rng, 2)
    return [head] + [x for line in lines for x in (line, "")]


def narrow_spaced(stories: list[Story], rng: random.Random) -> list[str]:
    width, blanks = rng.randint(10, 18), rng.random() < 0.8
    lines = [(" " if rng.random() < 0.5 else "") + rng.choice(SECTION_LABELS), ""]
    if rng.random() < 0.5:
        lines += [rng.choice(SECTION_LABELS), ""]
    photo = stories.pop() if len(stories) > 2 and rng.random() < 0.5 else None
    for story in stories:
        runs, head = narrow_story(story, rng, width)
        if blanks:  # a blank line after every line, as the sample's extraction prints it
            body = [x for run in runs for line in run for x in (line, "")]
        else:
            body = [x for run in runs for x in run + [""]]
        story.notes["headline"] = "over" if rng.random() < 0.3 else "after"
        if story.notes["headline"] == "over":  # the body's first line right under the headline
            lines += head + body
        else:
            lines += body + head + [""]
    return lines + (photo_news(photo, rng) if photo else [])


# ---------------------------------------------------------------- layout: markdown (001)


def media_byline(story: Story, rng: random.Random) -> str:
    city = (story.report.get("city") or story.report.get("province") or "本地")[:2]
    outlets = "/".join(f"{city}{s}" for s in rng.sample(MEDIA_SUFFIXES, rng.randint(1, 3)))
    names = story.authors
    who = f"记者 {names[0]}" + (f" 通讯员 {' '.join(names[1:])}" if len(names) > 1 else "")
    if rng.random() < 0.4:
        who = "记者 " + " ".join(names)
    return f"({outlets} {who})" if rng.random() < 0.7 else f"（{outlets} {who}）"


def broken_paragraph(p: str, rng: random.Random) -> list[str]:
    """A paragraph's printed pieces: whole, or cut mid-sentence by a page break, or with a stretch
    printed twice and the text after it lost (the page's columns overlapping)."""
    roll = rng.random()
    if len(p) > 80 and roll < 0.1:
        a, b, c = sorted(rng.sample(range(15, len(p) - 15), 3))
        return [p[:a], p[a:b], p[a:b], p[c:]]
    if len(p) > 60 and roll < 0.35:
        cut = rng.randint(20, len(p) - 20)
        return [p[:cut], p[cut:]]
    return [p]


def markdown_lines(pieces: list[list[str]], rng: random.Random) -> list[str]:
    """One line a piece, a blank line after each, three after some page breaks."""
    lines = []
    for paragraph in pieces:
        for i, piece in enumerate(paragraph):
            lines += [piece, ""] + ([""] * 2 if i < len(paragraph) - 1 and rng.random() < 0.3 else [])
    return lines


def markdown_byline(story: Story, rng: random.Random) -> tuple[list[str], str | None]:
    """Lines over the body and a closing byline: the media line, or the report's own author line."""
    form = story.notes["byline"] = byline_form(story, rng, ["media", "media", "own"])
    if form == "media":
        return [], media_byline(story, rng)
    if form == "own":
        place, byline = own_byline(story, rng)
        story.notes["own"] = place
        return ([byline, ""] if place == "over" else []), (byline if place == "closing" else None)
    return [], None


def markdown(stories: list[Story], rng: random.Random) -> list[str]:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    # the sample marks headlines `#` and subtitles `##`; some extractions lose the marks
    title_mark, sub_mark = ("# ", "## ") if rng.random() < 0.75 else ("", "")
    lines = [""] * rng.randint(0, 3)
    for story in stories:
        over, closing = markdown_byline(story, rng)
        if rng.random() < 0.7:
            dateline(story, rng, f"{month}月{day}日")
        sub = story.subtitle or (story.kicker if rng.random() < 0.5 else None)
        head = [f"{title_mark}{story.title}", ""]
        if sub:
            head = [f"{sub_mark}{sub}", "", *head] if rng.random() < 0.4 else [*head, f"{sub_mark}{sub}", ""]
        lines += head + over
        pieces = [broken_paragraph(p, rng) for p in story.paragraphs]
        story.paragraphs = [piece for p in pieces for piece in p]
        body = markdown_lines(pieces, rng)
        if closing:
            body = body[:-2] + [body[-2] + closing, ""] if rng.random() < 0.3 else body + [closing, ""]
        lines += body
    return lines


# ---------------------------------------------------------------- layout: boxed_block (004)


def letter_spaced(line: str, rng: random.Random) -> str:
    """A justified short line extracted with a space between every character, or numbers set apart."""
    if rng.random() < 0.03:
        return " ".join(line)
    if rng.random() < 0.15:
        return re.sub(r"(\d+(?:\.\d+)?)", r" \1 ", line, count=1).strip()
    return line


def boxed_bylines(story: Story, rng: random.Random, width: int) -> tuple[list[str], list[str]]:
    """Lines over and under the body: `■记者 张三 李 四`, or the report's own author line."""
    form = story.notes["byline"] = byline_form(story, rng, ["box", "box", "own"])
    if form == "box":
        role = rng.choice(["记者 ", "记者 ", "本报记者 ", "通讯员 ", ""])
        return [
            f"{rng.choice(['■', '■', '■', ' ■', ''])}{role}{' '.join(spaced_name(n, rng) for n in story.authors)}",
            "",
        ], []
    if form == "own":
        place, byline = own_byline(story, rng)
        story.notes["own"] = place
        mark = rng.choice(["■", "■", ""])
        if place == "over":
            return wrap(mark + byline, width + 4, rng, 0) + [""], []
        return [], (wrap(byline, width, rng, 1) + [""] if place == "closing" else [])
    if rng.random() < 0.3:
        dateline(story, rng, None)
    return [], []


def boxed_story(story: Story, rng: random.Random, width: int) -> list[str]:
    lines, under = boxed_bylines(story, rng, width)
    for sub, paragraph in with_subheads(story, rng, 0.3):
        if sub:
            lines += [sub, ""]
        for line in wrap(paragraph, width, rng, 1):
            lines += [letter_spaced(line, rng)] + ([""] if rng.random() < 0.05 else [])
        if rng.random() < 0.9:
            lines.append("")
    return lines + under


def headline_block(stories: list[Story], rng: random.Random) -> list[str]:
    """Every headline of the page, shuffled, doubled, cut after the colon, two of them side by side."""
    heads = []
    for story in rng.sample(stories, len(stories)):
        title = story.title.replace(":", "：")
        first, rest = headline_halves(title, rng) if rng.random() < 0.8 else (title, "")
        if rng.random() < 0.8:
            first, rest = doubled(first, rng), doubled(rest, rng) if rest else ""
        heads.append([first] + ([rest] if rest else []))
    lines = []
    while heads:
        head = heads.pop(0)
        if heads and len(head) == 1 and rng.random() < 0.6:
            other = heads.pop(0)
            head = [f"{head[0]} {other[0]}"] + other[1:]
        elif heads and len(head) == 2 and len(heads[0]) == 2 and rng.random() < 0.4:
            other = heads.pop(0)
            head = [f"{head[0]}{head[1]} {other[0]}", other[1]]
        lines += head + [""]
    return lines


def block_position(blocks: list[list[str]], rng: random.Random) -> int:
    """Where the headline block lands: inside one article's text mostly, else atop or under them all."""
    roll = rng.random()
    if roll < 0.1:
        return 0
    if roll < 0.2:
        return sum(len(b) for b in blocks)
    i = rng.randrange(len(blocks))
    start, host = sum(len(b) for b in blocks[:i]), blocks[i]
    return start + rng.randint(len(host) // 3, max(len(host) // 3, len(host) - 3))


def captions(stories: list[Story], rng: random.Random) -> list[str]:
    """Photo captions without credit at the page's foot, naming a story's place."""
    lines = []
    for story in rng.sample(stories, rng.randint(0, min(3, len(stories)))):
        place = (story.report.get("city") or "") + (story.report.get("county") or "")
        lines += wrap(rng.choice(CAPTIONS).format(place=place or story.report["province"]), 28, rng, 2) + [""]
    return lines


def boxed_block(stories: list[Story], rng: random.Random) -> list[str]:
    width = rng.randint(10, 16)
    photo = stories.pop() if len(stories) > 2 and rng.random() < 0.3 else None
    blocks = [boxed_story(story, rng, width) for story in stories]
    lines = [x for block in blocks for x in block]
    at = block_position(blocks, rng)
    lines[at:at] = [""] + headline_block(stories, rng)
    lines += captions(stories, rng)
    if rng.random() < 0.6:
        page = rng.randint(2, 15)
        lines[-1:-1] = ["", f"（下转B{page + 1}版）", "", f"（上接B{page}版）", ""]
    return lines + (photo_news(photo, rng) if photo else [])


LAYOUTS = {"narrow_spaced": narrow_spaced, "markdown": markdown, "boxed_block": boxed_block}
STORIES_A_PAGE = {"narrow_spaced": (3, 8), "markdown": (2, 4), "boxed_block": (2, 5)}


# ---------------------------------------------------------------- gold


def snippet(story: Story, page_norm: str, rng: random.Random) -> str | None:
    """A stretch of one printed paragraph (never across a seam where text was repeated or lost) found
    exactly once on the page, from past the story's first quarter when it can be."""
    spots = [(i, start) for i, p in enumerate(story.paragraphs) for start in range(max(1, len(p) - 16))]
    rng.shuffle(spots)
    spots.sort(key=lambda spot: spot[0] == 0 and len(story.paragraphs) > 1)
    for i, start in spots[:300]:
        piece = story.paragraphs[i][start : start + rng.randint(10, 16)]
        if len(norm(piece)) >= 8 and page_norm.count(norm(piece)) == 1:
            return piece
    return None


def surviving_metrics(story: Story) -> list[dict]:
    """The report's metrics whose printed text is in the story's body as printed (Arabic figures only)."""
    body = norm("".join(story.paragraphs))
    kept = []
    for m in story.report.get("metrics") or []:
        text = norm((m.get("text") or "").translate(ASCII_TO_WIDE))
        if not text or not re.search(r"\d", text) or text not in body:
            continue
        gold = {"value": m["value"], "unit": m["unit"], "qualifier": m.get("qualifier")}
        if m.get("subject") and norm(m["subject"]) in body:
            gold["subject"] = m["subject"]
        kept.append(gold)
    return kept


def gold_article(story: Story, page_norm: str, rng: random.Random) -> dict | None:
    body_contains = snippet(story, page_norm, rng)
    if body_contains is None:
        return None
    body = norm("".join(story.paragraphs))
    r = story.report
    article = {
        "title": story.title,
        "authors": story.authors,
        "province": r["province"],
        "city": r.get("city"),
        "county": r.get("county"),
        "body_contains": body_contains,
        "metrics": surviving_metrics(story),
        "initiatives": [i for i in r.get("initiatives") or [] if norm(i) in body],
    }
    if story.subtitle:
        article["subtitle"] = story.subtitle
    return article


def gold_of(name: str, stories: list[Story], text: str, rng: random.Random) -> dict:
    page_norm = norm(text)
    articles = [a for a in (gold_article(s, page_norm, rng) for s in stories) if a]
    return {
        "file": name,
        "held_out": False,
        "articles": articles,
        "orphan_titles": [],
        "not_metrics": sorted(set(YEARS.findall(text))),
    }


# ---------------------------------------------------------------- pages


def page(reports: list[dict], family: str, index: int, seed: int) -> Page:
    rng = random.Random(f"blind:{seed}:{index}")
    low, high = STORIES_A_PAGE[family]
    chosen = rng.sample(reports, min(len(reports), rng.randint(low, high)))
    wide = rng.random() < 0.7
    stories = [story_of(r, rng, wide) for r in chosen]
    lines = LAYOUTS[family](list(stories), rng)
    text = "\n".join(lines).rstrip("\n") + "\n"
    name = f"blind_{seed}_{index:04d}_{family}.txt"
    return Page(name, family, text, gold_of(name, stories, text, rng), stories)


def pages(split: str | None, count: int, seed: int, families: tuple[str, ...] | None = None) -> list[Page]:
    """`count` pages of the split's titled reports, the families in turn, deterministic by seed."""
    return report_store.titled_pages(split, count, seed, families, FAMILIES, page)


write = report_store.write_pages  # pages/ in each page's encoding, gold/all/, gold/<family>/
