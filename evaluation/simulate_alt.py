"""A second page simulator, written apart from `evaluation.simulate`, to measure how far the product's
segmentation carries beyond the generator it is tuned on.

Same interface as `evaluation.simulate` (`FAMILIES`, `LABELS`, `SimPage`, `simulate`, `pages`, `write`).
Its layout families are modelled on how PDF text extraction printed the three shared sample pages:

- `spaced_tail`: narrow columns with a blank line after every line, headlines printed after their body
  (one or two lines, a deck right under them), bylines `（甲 乙）` after the body or `□ 甲` before it,
  `本报讯` openers, section lines at the top, a photo news item (doubled headline, one wide caption
  paragraph ending `本报记者 甲 摄`) at the bottom.
- `dense_displaced`: very narrow columns, single-spaced, a blank line between paragraphs (sometimes
  missing, sometimes a column break inside one), `■记者 甲 乙` above each body with two-character names
  spaced out, in-body subheads, every headline of the page in one block of doubled glyphs displaced
  into the last body (two headlines on one line, a headline broken after its colon; often inside a
  sentence, the line over it stopping short; sometimes with no blank line around it), loose photo
  captions and `（下转B13版）` / `（上接B12版）` marks at the end.
- `markdown`: `#` headlines and `##` decks (above or below), one paragraph a line, `本报12月18日讯`
  openers, `(…记者 甲)` bylines on their own line or at the end of the last paragraph, a paragraph broken
  by a page break, a repeated paragraph.
- `headfirst`: the conventional order: page furniture (date, page number), section, kicker, headline,
  `——` deck, byline line or `本报讯（记者 甲 通讯员 乙）` dateline, indented wide paragraphs, an editor
  line at the foot, a teaser headline whose body is on another page (an orphan).
- `headline_block`: the headlines of two or three articles in one block above their bodies, bylines after
  the bodies.
- `photo_mix`: several photo news items (headline, caption paragraph, credit on the line or its own) around
  one or two articles.

Every page also draws: digits and ASCII half as wide as a Chinese character when wrapping, numbers split
from their units by a space, a line of spaced-out characters, CRLF, and UTF-8 / UTF-8 with BOM / GB18030 /
UTF-16 bytes. Text comes from the real reports (`evaluation.reports`); only structural words (roles,
section names, furniture, continuation marks) are written here.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from evaluation import reports as report_store
from evaluation.simulate import LABELS as LINE_LABELS

FAMILIES: tuple[str, ...] = (
    "spaced_tail",
    "dense_displaced",
    "markdown",
    "headfirst",
    "headline_block",
    "photo_mix",
)
LABELS = LINE_LABELS  # the line labels both simulators write, one vocabulary for the model

# structural words only: section names, roles, furniture
SECTIONS = (
    "一线观察",
    "地方传真",
    "基层治理",
    "乡村振兴",
    "社会治理",
    "城乡社区",
    "综合新闻",
    "要闻",
    "民生",
)
WEEKDAYS = "一二三四五六日"
KICKER_SEPARATORS = re.compile(r"\s*[|︱丨│]\s*")
BRACKET_KICKER = re.compile(r"^[【(（]([^】)）]{2,14})[】)）]\s*")
SENTENCE_END = re.compile(r"(?<=[。！？!?；;])")
CLOSERS = set("，。、；：？！”’）》」』…%,.;:!?)]")
PUNCT_RUN = re.compile(r"[\s“”「」\"'‘’：:，,·、。()（）—\-]+")  # the scorer's normalisation
YEAR = re.compile(r"(?:19|20)\d\d年")
OPENER = re.compile(r"^[^，。,“”\"\s]{2,18}(讯|訊|电|電)")
DIGITS = re.compile(r"[0-9][0-9.]*")


def norm(text: str) -> str:
    return PUNCT_RUN.sub("", text or "")


@dataclass(frozen=True)
class SimPage:
    name: str
    family: str
    raw: bytes
    text: str
    gold: dict
    labels: tuple[str, ...]


@dataclass
class Article:
    """One report as this page prints it: its headline parts, byline forms, and printed paragraphs."""

    report: dict
    kicker: str | None
    title: str
    subtitle: str | None
    authors: list[str]
    byline: str | None  # the report's own author line, when its body does not already open with it
    paras: list[str]  # body paragraphs, the dateline (if any) still on the first
    opens_with_byline: bool
    opener: bool  # the body opens with a dateline of its own (`星报讯 `, `新华社西安1月14日电`)
    printed: list[str] = field(default_factory=list)  # paragraphs as printed (filled by the layout)
    printed_subtitle: str | None = None
    printed_authors: bool = False


class Page:
    """Lines and their labels, built top to bottom."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.labels: list[str] = []

    def add(self, line: str, label: str) -> None:
        self.lines.append(line)
        self.labels.append("blank" if not line.strip() else label)

    def extend(self, rows: list[tuple[str, str]]) -> None:
        for line, label in rows:
            self.add(line, label)

    def blank(self) -> None:
        self.add("", "blank")


# ---------------------------------------------------------------- reading a report


def article_of(report: dict) -> Article:
    title = report["title"].strip()
    kicker = None
    parts = KICKER_SEPARATORS.split(title, maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        kicker, title = parts
    elif m := BRACKET_KICKER.match(title):
        kicker, title = m.group(1), title[m.end() :]
    paras = [p.strip() for p in report["body"].split("\n") if p.strip()]
    byline = (report.get("byline") or "").strip() or None
    opens = bool(byline) and norm(paras[0]).startswith(norm(byline)[: max(4, len(norm(byline)) - 2)])
    if not opens and paras:
        opens = bool(re.match(r"^\S{0,16}(讯|电|報訊|電)\s*[(（]", paras[0]))
    opener = opens or bool(OPENER.match(paras[0]))
    return Article(
        report=report,
        kicker=kicker,
        title=title,
        subtitle=(report.get("subtitle") or "").strip() or None,
        authors=list(report.get("authors") or []),
        byline=None if opens else byline,
        paras=paras,
        opens_with_byline=opens,
        opener=opener,
    )


def is_subhead(para: str) -> bool:
    return len(para) <= 26 and not re.search(r"[。！？!?；;，,]$", para)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if s]


# ---------------------------------------------------------------- printing helpers


def width_of(token: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in token)


def tokens(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9.%+]+|.", text)


def wrap(text: str, width: float) -> list[str]:
    """Greedy line breaking by printed width; closing punctuation never starts a line."""
    lines, cur, used = [], "", 0.0
    for tok in tokens(text):
        w = width_of(tok)
        if cur and used + w > width and tok[0] not in CLOSERS:
            lines.append(cur)
            cur, used = "", 0.0
        cur += tok
        used += w
    if cur:
        lines.append(cur)
    return lines


def split_units(line: str, rng: random.Random, p: float) -> str:
    """Now and then a space between a number and what follows or precedes it (`7 条`, `达 97.8%`)."""

    def space(m: re.Match) -> str:
        if rng.random() >= p:
            return m.group(0)
        return m.group(0) + " " if rng.random() < 0.6 else " " + m.group(0)

    return DIGITS.sub(space, line)


def spaced_out(line: str) -> str:
    """A justified line as extraction prints it: a space between the characters."""
    return " ".join(line).replace("“ ", "“").replace(" ”", "” ")


def doubled(headline: str, rng: random.Random) -> str:
    """`西岭镇：网格化新招` -> `西岭镇西岭镇：：网格化网格化新招新招`: each run of text is printed
    twice, each punctuation mark twice, a space once; a run sometimes breaks into two spans."""
    out = []
    for run in re.findall(r"[^\s“”‘’「」：:，,、·—！？!?()（）《》]+|\s+|.", headline):
        if run.isspace():
            out.append(" ")
        elif len(run) == 1 and not run.isalnum():
            out.append(run * 2)
        elif len(run) >= 6 and rng.random() < 0.3:
            cut = rng.randint(2, len(run) - 2)
            out.append(run[:cut] * 2 + run[cut:] * 2)
        else:
            out.append(run * 2)
    return "".join(out)


def split_headline(headline: str, rng: random.Random) -> list[str]:
    """A headline broken over two lines where a paper would break it: at a space, after a colon, or
    somewhere in the middle."""
    for sep in (r" +", r"[：:]+", r"[，,]+"):
        m = re.search(sep, headline)
        if m and 3 <= m.start() <= len(headline) - 4:
            end = m.start() if sep == r" +" else m.end()
            return [headline[:end].strip(), headline[m.end() :].strip()]
    if len(headline) < 10:
        return [headline]
    cut = rng.randint(len(headline) * 2 // 5, len(headline) * 3 // 5)
    return [headline[:cut], headline[cut:]]


def spaced_name(name: str) -> str:
    return f"{name[0]} {name[1]}" if len(name) == 2 else name


def date_words(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(1, 28)


# ---------------------------------------------------------------- bylines and openers


def byline_forms(art: Article, rng: random.Random) -> str:
    """A byline line built from the report's own names, in one of the forms the samples print."""
    names = art.authors
    form = rng.choice(("paren", "square", "block", "outlet", "plain", "own"))
    if form == "own" and art.byline:
        return art.byline
    if form == "paren":
        return "（" + " ".join(names) + "）"
    if form == "square":
        return "□ " + " ".join(spaced_name(n) if rng.random() < 0.4 else n for n in names)
    if form == "block":
        return "■记者 " + " ".join(spaced_name(n) if rng.random() < 0.5 else n for n in names)
    if form == "outlet":
        return "(本报全媒体/晚报 记者 " + " ".join(names) + ")"
    return "记者 " + names[0] + ("" if len(names) == 1 else " 通讯员 " + " ".join(names[1:]))


def dateline_prefix(art: Article, rng: random.Random, with_names: bool) -> str:
    month, day = date_words(rng)
    place = rng.choice(("本报讯", f"本报{month}月{day}日讯", "本报讯", "讯"))
    if place == "讯":
        place = "本报讯"
    if not with_names or not art.authors:
        return place + " "
    names = art.authors
    inner = "记者 " + names[0] + ("" if len(names) == 1 else " 通讯员 " + " ".join(names[1:]))
    return place + ("（" if rng.random() < 0.6 else "(") + inner + ("）" if rng.random() < 0.6 else ")")


def open_body(art: Article, rng: random.Random, mode: str) -> list[str]:
    """The paragraphs to print, the first carrying an opener: `names` puts the byline in the dateline,
    `plain` a bare 本报讯, `none` nothing. Marks whether the authors are printed."""
    paras = list(art.paras)
    if art.opener:
        art.printed_authors = art.printed_authors or (art.opens_with_byline and bool(art.authors))
        return paras
    if mode == "names" and art.authors:
        paras[0] = dateline_prefix(art, rng, True) + paras[0]
        art.printed_authors = True
    elif mode == "plain":
        paras[0] = dateline_prefix(art, rng, False) + paras[0]
    return paras


def first_label(art: Article, paras: list[str]) -> str:
    """`dateline` when the first printed line opens with a dateline or byline prefix."""
    return "dateline" if art.opener or paras[0] != art.paras[0] else "body"


def truncate(paras: list[str], rng: random.Random, p: float) -> tuple[list[str], bool]:
    """With probability p, the body is cut after a sentence past its middle (it continues elsewhere)."""
    text_len = sum(len(x) for x in paras)
    if rng.random() >= p or text_len < 250 or len(paras) < 2:
        return paras, False
    keep = rng.randint(max(1, len(paras) // 2), len(paras) - 1)
    return paras[:keep], True


# ---------------------------------------------------------------- rendering blocks


def column_rows(
    paras: list[str], width: float, rng: random.Random, opts: dict, first_label: str
) -> list[tuple[str, str]]:
    """Paragraphs wrapped into a column: a blank after every line (`every`), or between paragraphs
    with a few missing and a few column breaks inside paragraphs (`between`), or none."""
    rows: list[tuple[str, str]] = []
    for k, para in enumerate(paras):
        if is_subhead(para) and k > 0:
            body = [para] if len(para) <= width + 2 else split_headline(para, rng)
        else:
            body = wrap(opts.get("indent", "") + para, width)
        for j, line in enumerate(body):
            line = split_units(line, rng, opts.get("unit_space", 0.04))
            if opts.get("spaced") and rng.random() < 0.02 and not re.search(r"[A-Za-z0-9 ]", line):
                line = spaced_out(line)
            rows.append((line, first_label if k == 0 and j == 0 else "body"))
            if opts["blanks"] == "every" or (
                opts["blanks"] == "between" and j < len(body) - 1 and rng.random() < opts.get("break", 0.04)
            ):
                rows.append(("", "blank"))
        if opts["blanks"] == "between" and rng.random() < 0.88:
            rows.append(("", "blank"))
    return rows


def headline_rows(art: Article, rng: random.Random, two_lines: float, deck: bool, kicker: bool) -> list:
    rows: list[tuple[str, str]] = []
    if kicker and art.kicker:
        rows.append((art.kicker, "kicker"))
    lines = split_headline(art.title, rng) if rng.random() < two_lines else [art.title]
    rows += [(x, "title") for x in lines]
    if deck and art.subtitle:
        rows.append((art.subtitle, "subtitle"))
        art.printed_subtitle = art.subtitle
    return rows


def caption_sentences(art: Article, rng: random.Random, limit: int = 150) -> str:
    out = ""
    for s in sentences("".join(p for p in art.paras if not is_subhead(p))):
        if out and len(out) + len(s) > limit:
            break
        out += s
    return out


def photo_rows(art: Article, rng: random.Random, width: float, double: bool) -> list[tuple[str, str]]:
    """A photo news item: headline (maybe doubled glyphs), one caption paragraph, a credit."""
    title = doubled(art.title, rng) if double else art.title
    rows: list[tuple[str, str]] = [(title, "title")]
    caption = caption_sentences(art, rng)
    art.printed = [caption]
    lines = wrap(caption, width)
    credit = ""
    if art.authors:
        credit = "本报记者 " + " ".join(art.authors) + " 摄"
        art.printed_authors = True
    if credit and rng.random() < 0.6:
        lines[-1] += " " + credit
        credit = ""
    rows += [(line, "caption") for line in lines]
    if credit:
        rows.append((credit, "credit"))
    return rows


def loose_captions(pool: list[dict], rng: random.Random, n: int) -> list[str]:
    """Photo captions that belong to no article here: a sentence of a report printed nowhere else."""
    out = []
    for r in rng.sample(pool, min(n, len(pool))):
        s = sentences(r["body"].split("\n")[0])[0]
        if 8 <= len(s) <= 60:
            out.append(s)
    return out


# ---------------------------------------------------------------- the families


def lay_spaced_tail(page: Page, arts: list[Article], rng: random.Random, pool: list[dict]) -> list[str]:
    width = rng.randint(12, 17)
    opts = {"blanks": "every", "unit_space": 0.05, "spaced": True}
    if rng.random() < 0.7:
        page.extend([(" " + rng.choice(SECTIONS), "section"), ("", "blank")])
        if rng.random() < 0.6:
            page.extend([(rng.choice(SECTIONS), "section"), ("", "blank")])
    photo = arts[-1] if len(arts) > 2 and rng.random() < 0.6 else None
    ends_with_head = False
    for art in arts:
        if art is photo:
            page.extend(photo_rows(art, rng, rng.randint(44, 56), double=rng.random() < 0.7))
            ends_with_head = False
            continue
        named = art.authors and not art.opens_with_byline
        mode = rng.choice(("square", "paren", "paren", "none")) if named else "none"
        paras = open_body(art, rng, "plain" if rng.random() < 0.4 else "none")
        paras, cut = truncate(paras, rng, 0.15)
        art.printed = paras
        head = headline_rows(art, rng, 0.35, deck=True, kicker=rng.random() < 0.5)
        head_first = rng.random() < 0.3
        if head_first:
            page.extend(head)  # no blank: the first body line follows at once
        if mode == "square":
            for i, name in enumerate(art.authors[:3]):
                role = "本报记者 " if i and rng.random() < 0.5 else ""
                page.extend([("□ " + role + (spaced_name(name) if rng.random() < 0.4 else name), "byline")])
                page.blank()
            art.printed_authors = True
        page.extend(column_rows(paras, width, rng, opts, first_label(art, paras)))
        if cut:
            page.extend(
                [(f"（下转{rng.choice('ABC')}{rng.randint(2, 16)}版）", "continuation"), ("", "blank")]
            )
        if mode == "paren":
            page.extend([("（" + " ".join(art.authors) + "）", "byline"), ("", "blank")])
            art.printed_authors = True
        if not head_first:
            page.extend(head)
            page.blank()
        ends_with_head = not head_first
    # an orphan only where no body above it lacks a headline (else a reader would attach it too)
    return orphan_at_foot(page, pool, rng, 0.3 if ends_with_head else 0.0)


def orphan_at_foot(page: Page, pool: list[dict], rng: random.Random, p: float) -> list[str]:
    """Now and then a headline at the foot of the page whose body is printed on another page."""
    if not pool or rng.random() >= p:
        return []
    other = article_of(rng.choice(pool))
    page.extend([(line, "title") for line in split_headline(other.title, rng)])
    page.extend([(f"（见{rng.choice('ABC')}{rng.randint(2, 16)}版）", "continuation"), ("", "blank")])
    return [other.title]


def page_foot(page: Page, pool: list[dict], rng: random.Random, p: float) -> None:
    """Page furniture at the foot: an editor line (a name from a report not on the page), the date."""
    if rng.random() >= p:
        return
    editors = [n for r in pool for n in r.get("authors") or []]
    date, number = furniture(rng)
    if editors:
        page.extend([("责任编辑：" + rng.choice(editors), "noise"), ("", "blank")])
    page.extend([(number + "  " + date, "noise"), ("", "blank")])


def lay_dense_displaced(page: Page, arts: list[Article], rng: random.Random, pool: list[dict]) -> None:
    width = rng.randint(10, 14)
    opts = {"blanks": "between", "unit_space": 0.06, "spaced": True, "break": 0.05}
    bodies: list[list[tuple[str, str]]] = []
    for art in arts:
        rows: list[tuple[str, str]] = []
        named = art.authors and not art.opens_with_byline
        if named:
            names_printed = " ".join(spaced_name(n) if rng.random() < 0.5 else n for n in art.authors)
            rows += [("■记者 " + names_printed, "byline")]
            rows.append(("", "blank"))
            art.printed_authors = True
        paras = open_body(art, rng, "none" if named else rng.choice(("plain", "names")))
        art.printed = paras
        rows += column_rows(paras, width, rng, opts, first_label(art, paras))
        bodies.append(rows)
    block = headline_block_rows(arts, rng)
    last = bodies[-1]
    body_at = [i for i, (line, label) in enumerate(last) if label == "body"]
    at = body_at[len(body_at) // 2] + 1 if len(body_at) > 4 else len(last)
    around = [("", "blank")] if rng.random() < 0.7 else []  # or set straight into the text
    if at < len(last) and rng.random() < 0.45:
        last, at = cut_before(last, at, rng)
    bodies[-1] = last[:at] + around + block + around + last[at:]
    for k, rows in enumerate(bodies):
        if k == 0 and rows and rng.random() < 0.5:
            rows[0] = (" " + rows[0][0], rows[0][1])
        page.extend(rows)
    tail = [(c, "caption") for c in loose_captions(pool, rng, rng.randint(1, 3))]
    marks = [f"（下转B{rng.randint(3, 15)}版）", f"（上接B{rng.randint(2, 14)}版）"]
    for line, label in tail[:1] + [(m, "continuation") for m in marks] + tail[1:]:
        page.extend([(line, label), ("", "blank")])
    page_foot(page, pool, rng, 0.3)


def cut_before(rows: list[tuple[str, str]], at: int, rng: random.Random) -> tuple[list[tuple[str, str]], int]:
    """A block set inside a sentence: the body row over it stops where the block cut into the
    column, and the paragraph's rows under it go on from the cut, each as wide as it was (the last
    one takes what is left)."""
    text, label = rows[at - 1]
    if label != "body" or len(text) < 6 or rows[at][1] != "body":
        return rows, at
    cut = rng.randint(1, len(text) - 2)
    rows = [*rows[: at - 1], (text[:cut], "body"), *rows[at:]]
    rest, j = text[cut:], at
    while rest and j < len(rows) and rows[j][1] == "body":
        line = rows[j][0]
        keep = len(line) - len(rest)
        last = j + 1 == len(rows) or rows[j + 1][1] != "body" or keep <= 0
        rows[j] = (rest + line, "body") if last else (rest + line[:keep], "body")
        rest, j = ("" if last else line[keep:]), j + 1
    return rows, at


def headline_block_rows(arts: list[Article], rng: random.Random) -> list[tuple[str, str]]:
    """All headlines of the page in one displaced block: doubled glyphs, two on a line, broken at colons."""
    heads = [doubled(a.title, rng) if rng.random() < 0.8 else a.title for a in arts]
    rows: list[tuple[str, str]] = []
    i = 0
    while i < len(heads):
        first = split_headline(heads[i], rng) if rng.random() < 0.4 else [heads[i]]
        if i + 1 < len(heads) and len(first) == 1 and rng.random() < 0.6:
            second = split_headline(heads[i + 1], rng)
            rows.append((first[0] + " " + second[0], "title"))
            rows += [(x, "title") for x in second[1:]]
            i += 2
        else:
            rows += [(x, "title") for x in first]
            i += 1
        rows.append(("", "blank"))
    return rows[:-1]


def lay_markdown(page: Page, arts: list[Article], rng: random.Random, pool: list[dict]) -> None:
    if rng.random() < 0.5:
        page.extend([("", "blank"), ("", "blank")])
    repeat_at = rng.randrange(len(arts)) if rng.random() < 0.35 else -1
    for k, art in enumerate(arts):
        deck_above = art.subtitle and rng.random() < 0.5
        if art.kicker:
            page.extend([("## " + art.kicker, "kicker"), ("", "blank")])
        if deck_above:
            page.extend([("## " + art.subtitle, "subtitle"), ("", "blank")])
        page.extend([("# " + art.title, "title"), ("", "blank")])
        if art.subtitle and not deck_above:
            page.extend([("## " + art.subtitle, "subtitle"), ("", "blank")])
        art.printed_subtitle = art.subtitle
        with_names = not art.opens_with_byline and art.authors and rng.random() < 0.25
        paras = open_body(art, rng, "names" if with_names else "plain")
        paras = [split_units(p, rng, 0.02) for p in paras]
        art.printed = paras
        rows = [(p, "body") for p in paras]
        rows[0] = (rows[0][0], first_label(art, paras))
        trailer = None
        if art.authors and not art.printed_authors:
            trailer = "(本报全媒体/晚报 记者 " + " ".join(art.authors) + ")"
            art.printed_authors = True
            if rng.random() < 0.5:
                rows[-1] = (rows[-1][0] + trailer, rows[-1][1])
                trailer = None
        if len(rows) > 2 and rng.random() < 0.3:  # a page break inside a paragraph
            j = rng.randrange(1, len(rows))
            line, label = rows[j]
            if len(line) > 60:
                cut = rng.randint(20, len(line) - 20)
                rows[j : j + 1] = [(line[:cut], label), ("", "blank"), ("", "blank"), (line[cut:], "body")]
        if k == repeat_at:
            j = rng.randrange(1, len(rows)) if len(rows) > 1 else 0
            rows.insert(j + 1, (rows[j][0], "noise"))
        for line, label in rows:
            page.extend([(line, label), ("", "blank")])
        if trailer:
            page.extend([(trailer, "byline"), ("", "blank")])


def furniture(rng: random.Random) -> tuple[str, str]:
    month, day = date_words(rng)
    year = rng.randint(2021, 2025)
    date = f"{year}年{month}月{day}日 星期{rng.choice(WEEKDAYS)}"
    return date, f"第{rng.randint(2, 12)}版"


def lay_headfirst(page: Page, arts: list[Article], rng: random.Random, pool: list[dict]) -> list[str]:
    width = rng.randint(18, 40)
    indent = rng.choice(("　　", "  ", ""))
    opts = {"blanks": "none", "unit_space": 0.03, "indent": indent}
    date, number = furniture(rng)
    page.extend([(date + "  " + number, "noise"), (rng.choice(SECTIONS), "section"), ("", "blank")])
    orphans: list[str] = []
    spare = [r for r in pool if r["title"] and all(r["id"] != a.report["id"] for a in arts)]
    if spare and rng.random() < 0.5:
        other = article_of(rng.choice(spare))
        orphans.append(other.title)
        page.extend([("导读", "section"), (other.title, "title")])
        page.extend([(f"（详见第{rng.randint(2, 12)}版）", "continuation"), ("", "blank")])
    for art in arts:
        if not art.kicker and rng.random() < 0.25:  # a series line: a section name and its number
            art.kicker = rng.choice(SECTIONS) + rng.choice("①②③④⑤⑥")
        page.extend(headline_rows(art, rng, 0.25, deck=False, kicker=True))
        if art.subtitle:
            page.add(("——" if rng.random() < 0.5 else "") + art.subtitle, "subtitle")
            art.printed_subtitle = art.subtitle
        own_line = art.authors and not art.opens_with_byline and rng.random() < 0.5
        if own_line:
            page.add(byline_forms(art, rng), "byline")
            art.printed_authors = True
        paras = open_body(art, rng, "none" if own_line else rng.choice(("names", "names", "plain")))
        paras, cut = truncate(paras, rng, 0.2)
        art.printed = paras
        page.extend(column_rows(paras, width, rng, opts, first_label(art, paras)))
        if cut:
            page.add(f"（下转第{rng.randint(2, 12)}版）", "continuation")
        page.blank()
    editors = [
        n for r in pool for n in r.get("authors") or [] if all(r["id"] != a.report["id"] for a in arts)
    ]
    if editors and rng.random() < 0.7:
        page.add("责任编辑：" + rng.choice(editors), "noise")
    return orphans


def lay_headline_block(page: Page, arts: list[Article], rng: random.Random, pool: list[dict]) -> None:
    width = rng.randint(13, 24)
    opts = {"blanks": "between", "unit_space": 0.04, "break": 0.0}
    group = arts[: rng.randint(2, min(3, len(arts)))]
    for art in group:
        page.extend(headline_rows(art, rng, 0.3, deck=True, kicker=False))
        page.blank()
    for art in arts:
        if art not in group:
            page.extend(headline_rows(art, rng, 0.3, deck=True, kicker=True))
        after = art.authors and not art.opens_with_byline and rng.random() < 0.6
        paras = open_body(art, rng, "plain" if after else "names")
        art.printed = paras
        page.extend(column_rows(paras, width, rng, opts, first_label(art, paras)))
        if after:
            page.extend([("（" + " ".join(art.authors) + "）", "byline"), ("", "blank")])
            art.printed_authors = True


def lay_photo_mix(page: Page, arts: list[Article], rng: random.Random, pool: list[dict]) -> None:
    width = rng.randint(16, 30)
    opts = {"blanks": rng.choice(("every", "between")), "unit_space": 0.04}
    regular = arts[: max(1, len(arts) // 3)]
    for art in arts:
        if art in regular:
            page.extend(headline_rows(art, rng, 0.3, deck=True, kicker=True))
            if art.authors and not art.opens_with_byline:
                page.extend([("□ " + " ".join(art.authors), "byline"), ("", "blank")])
                art.printed_authors = True
            paras = open_body(art, rng, "none")
            art.printed = paras
            page.extend(column_rows(paras, width, rng, opts, first_label(art, paras)))
        else:
            page.extend(photo_rows(art, rng, rng.randint(30, 56), double=rng.random() < 0.4))
            page.blank()
    page_foot(page, pool, rng, 0.3)


LAYOUTS = {
    "spaced_tail": lay_spaced_tail,
    "dense_displaced": lay_dense_displaced,
    "markdown": lay_markdown,
    "headfirst": lay_headfirst,
    "headline_block": lay_headline_block,
    "photo_mix": lay_photo_mix,
}
ARTICLES_PER_PAGE = {
    "spaced_tail": (3, 6),
    "dense_displaced": (2, 3),
    "markdown": (2, 4),
    "headfirst": (2, 4),
    "headline_block": (2, 4),
    "photo_mix": (3, 5),
}


# ---------------------------------------------------------------- gold


def body_snippet(art: Article, page_norm: str, rng: random.Random) -> str | None:
    """A piece of the printed body found exactly once on the page, inside one paragraph, after its opener."""
    candidates = []
    for k, para in enumerate(art.printed):
        if is_subhead(para):
            continue
        start = 24 if k == 0 else 0
        for i in range(start, max(start, len(para) - 16), 5):
            candidates.append(para[i : i + 16])
    rng.shuffle(candidates)
    for c in candidates:
        if len(norm(c)) >= 10 and page_norm.count(norm(c)) == 1:
            return c
    return None


def article_gold(art: Article, page_norm: str, rng: random.Random) -> dict | None:
    snippet = body_snippet(art, page_norm, rng)
    if snippet is None:
        return None
    printed = norm("".join(art.printed))
    r = art.report
    metrics, allowed = [], []
    for m in r.get("metrics") or []:
        if not m.get("text") or norm(m["text"]) not in printed:
            continue
        if not re.search(r"[0-9]", m["text"]):  # counts in Chinese numerals: optional both ways
            allowed.append(m["value"])
            continue
        gm = {"value": m["value"], "unit": m["unit"], "qualifier": m.get("qualifier")}
        if m.get("subject"):
            gm["subject"] = m["subject"]
        metrics.append(gm)
    gold = {
        "title": art.title,
        "authors": [a for a in art.authors if art.printed_authors and norm(a) in page_norm],
        "province": r.get("province"),
        "city": r.get("city"),
        "county": r.get("county"),
        "body_contains": snippet,
        "metrics": metrics,
        "initiatives": [i for i in r.get("initiatives") or [] if norm(i) in printed],
        "complete": True,
    }
    if art.printed_subtitle:
        gold["subtitle"] = art.printed_subtitle
    if allowed:
        gold["allowed_values"] = allowed
    return gold


def not_metrics(text: str, arts: list[Article]) -> list[str]:
    texts = [m.get("text") or "" for a in arts for m in a.report.get("metrics") or []]
    found = set(YEAR.findall(text)) | set(re.findall(r"[A-Z]?\d{1,2}版", text))
    return sorted(x for x in found if not any(x in t for t in texts))


# ---------------------------------------------------------------- a page


def encode(text: str, rng: random.Random) -> bytes:
    if rng.random() < 0.25:
        text = text.replace("\n", "\r\n")
    enc = rng.choices(("utf-8", "utf-8-sig", "gb18030", "utf-16"), weights=(60, 10, 25, 5))[0]
    return text.encode(enc)


def simulate(reports: list[dict], seed: int, family: str | None = None) -> SimPage:
    """One page of reports laid out in one family, its bytes, its line labels and its gold."""
    rng = random.Random(seed)
    family = family or rng.choice(FAMILIES)
    pool = [r for r in reports if r.get("title") and r.get("body")]
    low, high = ARTICLES_PER_PAGE[family]
    chosen = rng.sample(pool, min(len(pool), rng.randint(low, high)))
    arts = [article_of(r) for r in chosen]
    page = Page()
    orphans = LAYOUTS[family](page, arts, rng, [r for r in pool if r not in chosen]) or []
    while page.lines and not page.lines[-1].strip():
        page.lines.pop()
        page.labels.pop()
    text = "\n".join(page.lines) + "\n"
    labels = tuple(page.labels) + ("blank",)
    page_norm = norm(text)
    name = f"alt{seed:07d}_{family}.txt"
    golds = [g for a in arts if (g := article_gold(a, page_norm, rng)) is not None]
    gold = {
        "file": name,
        "held_out": False,
        "articles": golds,
        "orphan_titles": orphans,
        "not_metrics": not_metrics(text, arts),
    }
    return SimPage(name, family, encode(text, rng), text, gold, labels)


def pages(split: str, count: int, seed: int, families=None) -> list[SimPage]:
    """`count` pages of the split's reports that carry a headline, cycling through the families."""
    pool = [r for r in report_store.load(split) if r.get("title")]
    fams = tuple(families or FAMILIES)
    return [simulate(pool, seed + i, fams[i % len(fams)]) for i in range(count)]


def write(out: Path, sims: list[SimPage]) -> None:
    """pages/NAME (bytes), gold/all/NAME.json and gold/FAMILY/NAME.json under `out`."""
    for sim in sims:
        report_store.write_page(out, sim.name, sim.family, sim.raw, sim.gold)
