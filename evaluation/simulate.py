"""A page simulator: real reports laid out as the text a PDF extractor pulls out of a newspaper page,
each page with its gold (the shared scorer's format) and a label for every line, so every page comes
labelled for free.

A page is a pure function of (reports, seed, family). Ten layout families draw their parameters at
random within wide ranges, and every family mixes in the page-wide phenomena at some rate, so no single
generator is the target: column widths 10-45 display cells (digits and ASCII count half), a blank line
after every line or none, headlines before or after their body, in blocks, displaced into another
article's text (mid-sentence, the line over the block often stopping short) or side by side on one
line, orphan headlines, kickers, section labels and page furniture, `——` subtitles, bylines in every form (before, after, inside the dateline, as a
photo credit), datelines, captions, continuation marks, repeated paragraphs, doubled glyphs,
spaced-out characters, ASCII or full-width punctuation, traditional script, CRLF, indentation, and
encodings other than UTF-8.

Only structural words (roles, section names, furniture) are written here; every headline, byline and
body comes from the report. Captions reuse a report's own sentence. Pages go to a temporary or
git-ignored folder (`python -m evaluation.simulate --out DIR`), never into the repository.
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from evaluation import reports as report_store

LABELS = (
    "kicker",
    "section",
    "title",
    "subtitle",
    "byline",
    "byline_end",  # a byline closing a text printed before the page (`_stray_byline`)
    "dateline",
    "body",
    "caption",
    "credit",
    "continuation",
    "noise",
    "blank",
)

FAMILIES = (
    "narrow_blank_after",  # narrow columns, a blank line after every line, headline after its body
    "narrow_dense_block",  # narrow, no blank lines, ■ bylines, a doubled headline block displaced mid-text
    "markdown_wide",  # a paragraph a line, `#` headlines, `##` subtitles, (source 记者 X) bylines
    "wide_wrapped",  # 30-45 cells, headline above, byline line under it, blank between paragraphs
    "headline_blocks",  # the headlines of two or three articles printed together above their bodies
    "side_by_side",  # two headlines on one line, one displaced into the neighbour's column
    "photo_and_briefs",  # photo news (caption + credit), briefs with closing bylines, orphan headlines
    "traditional_legacy",  # traditional script, CRLF, full-width indentation, Big5 / GB18030 / UTF-16
    "ascii_noisy",  # ASCII punctuation, spaced-out characters, split numbers, repeated paragraphs
    "mixed_random",  # every parameter drawn independently
)

ROLES_REPORTER = ("记者", "本报记者", "特约记者", "融媒体记者")
ROLES_OTHER = ("通讯员", "实习生", "见习记者")
_RAW = ["printed_closing", "tail"]  # bylines as sites print them, after the body or run into its end
_DISPATCH = re.compile(r"^[^（(]*?(?:讯|訊|电|電|消息)")
KICKERS = ("治理一线", "基层新探索", "社区观察", "党建引领看变化", "样本调查", "走基层", "治理进行时")
SECTIONS = ("地方传真", "基层党建", "社会治理", "城乡社区", "专题报道", "要闻", "综合新闻")
SERIES = ("善治之路", "红色引擎", "治理新篇", "共建共享")
CIRCLED = "①②③④⑤⑥⑦⑧"
MARKS = ("□", "■", "◎", "●", "○")
ASCII_PUNCT = str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "；": ";", "！": "!", "？": "?"})
_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]")
_NO_LINE_START = frozenset("，。、；：？！”’）》」』,.;:?!)%")
_NO_LINE_END = frozenset("“‘（《「『(")
_PUNCT_SEGMENT = re.compile(r"[\u3400-\u9fffA-Za-z0-9·]+|[^\u3400-\u9fffA-Za-z0-9·]")


@dataclass(frozen=True)
class SimPage:
    name: str
    family: str
    raw: bytes  # as written to disk: encoding and line ends applied
    text: str  # the page as decoded, `\n` line ends
    gold: dict  # the scorer's gold format; "file" is `name`
    labels: tuple[str, ...]  # one per line of text.split("\n")


@dataclass
class _Params:
    width: int
    blank_after: bool
    indent: str
    head_place: str  # before | after | block | displaced | side
    byline_form: str  # printed | closing | mark | reporter_line | dateline | source_paren | credit
    # | printed_closing (the byline as its site printed it, on a line after the body) | tail (run into
    # the body's last line)
    doubled: float
    spaced: float
    split_numbers: float
    repeated: float
    ascii_punct: bool
    traditional: bool
    crlf: bool
    encoding: str
    markdown: bool
    furniture: float
    captions: float
    orphan: float
    continuation: float
    kicker: float
    subtitle_dash: float


# ---------------------------------------------------------------- parameters per family


def _params(family: str, rng: random.Random) -> _Params:
    p = _Params(
        width=rng.randint(11, 22),
        blank_after=rng.random() < 0.3,
        indent=rng.choice(["", "", "", "　　", "  "]),
        head_place=rng.choice(["before", "before", "after", "block", "displaced", "side"]),
        byline_form=rng.choice(["printed", "closing", "mark", "reporter_line", "dateline", "source_paren"]),
        doubled=0.1,
        spaced=0.05,
        split_numbers=0.05,
        repeated=0.05,
        ascii_punct=rng.random() < 0.1,
        traditional=False,
        crlf=rng.random() < 0.15,
        encoding=rng.choice(["utf-8"] * 6 + ["gb18030", "utf-8-sig", "utf-16"]),
        markdown=False,
        furniture=0.3,
        captions=0.3,
        orphan=0.1,
        continuation=0.15,
        kicker=0.2,
        subtitle_dash=0.3,
    )
    if family == "narrow_blank_after":
        p.width, p.blank_after, p.head_place = (
            rng.randint(10, 19),
            True,
            rng.choice(["after", "after", "before"]),
        )
        p.byline_form = rng.choice(["closing", "mark", "printed", "printed_closing"])
    elif family == "narrow_dense_block":
        p.width, p.blank_after, p.head_place = rng.randint(10, 16), False, "displaced"
        p.byline_form, p.doubled, p.continuation = rng.choice(["mark", "reporter_line"]), 0.8, 0.5
    elif family == "markdown_wide":
        p.width, p.markdown, p.head_place = 10_000, True, "before"
        p.byline_form = rng.choice(["source_paren", "dateline", "printed"])
        p.blank_after = rng.random() < 0.7
    elif family == "wide_wrapped":
        p.width, p.head_place = rng.randint(30, 45), "before"
        p.byline_form = rng.choice(["reporter_line", "printed", "dateline", "tail"])
    elif family == "headline_blocks":
        p.head_place, p.byline_form = "block", rng.choice(["printed", "reporter_line", "closing", "mark"])
    elif family == "side_by_side":
        p.head_place, p.width = "side", rng.randint(12, 30)
    elif family == "photo_and_briefs":
        p.head_place, p.captions, p.orphan = rng.choice(["before", "after"]), 0.9, 0.6
        p.byline_form = rng.choice(["closing", "printed", "dateline"])
    elif family == "traditional_legacy":
        p.traditional, p.crlf = True, rng.random() < 0.7
        p.indent = rng.choice(["　　", "  ", "\t"])
        p.encoding = rng.choice(["big5", "gb18030", "utf-16", "utf-8"])
    elif family == "ascii_noisy":
        p.ascii_punct, p.spaced, p.split_numbers, p.repeated = True, 0.25, 0.3, 0.4
    elif family == "mixed_random":
        p.width = rng.choice([rng.randint(10, 45), 10_000])
        p.markdown = p.width == 10_000 and rng.random() < 0.5
        p.doubled, p.spaced = rng.random() * 0.6, rng.random() * 0.2
        p.traditional = rng.random() < 0.2
        p.ascii_punct = rng.random() < 0.3
        p.head_place = rng.choice(["before", "after", "block", "displaced", "side"])
    return p


# ---------------------------------------------------------------- text helpers


def _cells(ch: str) -> float:
    return 0.5 if ord(ch) < 128 else 1.0


def _wrap(text: str, width: int, rng: random.Random) -> list[str]:
    """Hard wraps at a width in display cells, jittered a cell either way as justified columns are."""
    if width >= 10_000:
        return [text]
    out, line, used = [], "", 0.0
    limit = width + rng.choice([-1, 0, 0, 1])
    for ch in text:
        # line-start rules of CJK typesetting: closing marks stay on the line they close, an opening
        # mark goes down with what it opens
        if used + _cells(ch) > limit and line and ch not in _NO_LINE_START:
            carry = line[-1] if line[-1] in _NO_LINE_END and len(line) > 1 else ""
            out.append(line[: len(line) - len(carry)])
            line, used, limit = carry, sum(map(_cells, carry)), width + rng.choice([-1, 0, 0, 1])
        line += ch
        used += _cells(ch)
    if line:
        out.append(line)
    return out


def _tail_lines(lines: list[str], tail: str) -> int:
    """How many of a paragraph's last lines hold its run-in byline and nothing else: the column wrapped
    it whole onto lines of its own, where it is printed as a closing byline is (and read as one)."""
    want, got = tail.replace(" ", ""), ""
    for n in range(1, len(lines)):  # never the first line: the byline runs in after some text
        got = lines[-n].replace(" ", "") + got
        if len(got) >= len(want):
            return n if got == want and want else 0
    return 0


def _doubled(text: str) -> str:
    """Each run of characters, and each mark, printed twice: how a PDF's overprinted headline comes out."""
    return "".join(seg * 2 for seg in _PUNCT_SEGMENT.findall(text))


def _spaced(text: str) -> str:
    return " ".join(text)


def _split_numbers(text: str, rng: random.Random) -> str:
    return re.sub(r"(\d+(?:\.\d+)?)", lambda m: f" {m.group(1)} " if rng.random() < 0.5 else m.group(1), text)


def _traditional(text: str) -> str:
    return _s2t().convert(text)


@cache
def _s2t():  # noqa: ANN202 - opencc's converter, built once: building it takes 0.1 s, longer than a page
    import opencc

    return opencc.OpenCC("s2t.json")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _snippet(body: str, rng: random.Random) -> str:
    """A run of body text for the gold's body_contains: CJK-rich, from the middle, 10-14 characters."""
    flat = body.replace("\n", "")
    for _ in range(40):
        start = rng.randrange(max(1, len(flat) - 16))
        piece = flat[start : start + rng.randint(10, 14)]
        if sum(map(_is_cjk, piece)) >= 8 and flat.count(piece) == 1:
            return piece
    return flat[len(flat) // 3 : len(flat) // 3 + 12]


# ---------------------------------------------------------------- one article


@dataclass
class _Article:
    report: dict
    kicker: str | None
    title: str
    subtitle: str | None
    authors: list[str]
    byline_line: str | None  # a line of its own, before the body
    opening: str  # prefix of the first paragraph (dateline, 本报讯（记者 …）)
    closing: str | None  # a line after the body: （张三 李四）
    paragraphs: list[str]
    tail: bool = False  # the closing byline is run into the body's last line, not a line of its own
    credit: str | None = None  # photo news: "张三 摄" after the caption
    cut: bool = False  # continued on another page


def _names_spaced(names: list[str], rng: random.Random) -> str:
    out = []
    for n in names:
        out.append(" ".join(n) if len(n) == 2 and rng.random() < 0.3 else n)
    return rng.choice([" ", "  ", "、"]).join(out) if len(out) > 1 else out[0]


def _byline(report: dict, form: str, rng: random.Random) -> tuple[str | None, str, str | None, list[str]]:
    """(a byline line, an opening prefix, a closing line, the authors the gold expects)."""
    names = list(report.get("authors") or [])
    printed = report.get("byline")
    if not names:
        return (printed if printed and rng.random() < 0.5 else None), "", None, []
    if form == "printed" and printed:
        return printed, "", None, names
    if form == "closing":
        return None, "", f"（{_names_spaced(names, rng)}）", names
    if form in ("printed_closing", "tail"):  # a dispatch (`某某网讯(张三)`) opens a body, never closes one
        if printed and not _DISPATCH.search(printed):
            return None, "", printed, names
        return None, "", f"（{rng.choice(['', '记者 '])}{_names_spaced(names, rng)}）", names
    if form == "mark":
        role = rng.choice(["", "记者 ", "本报记者 "])
        return f"{rng.choice(MARKS)}{rng.choice(['', ' '])}{role}{_names_spaced(names, rng)}", "", None, names
    if form == "reporter_line":
        first, rest = names[:1], names[1:]
        line = f"{rng.choice(ROLES_REPORTER)} {_names_spaced(first, rng)}"
        if rest:
            line += f"  {rng.choice(ROLES_OTHER)} {_names_spaced(rest, rng)}"
        return line, "", None, names
    if form == "dateline":
        first, rest = names[:1], names[1:]
        inner = f"记者 {_names_spaced(first, rng)}"
        if rest:
            inner += f" {rng.choice(ROLES_OTHER)} {_names_spaced(rest, rng)}"
        head = rng.choice(["本报讯", f"本报{rng.randint(1, 12)}月{rng.randint(1, 28)}日讯", "本报讯"])
        return None, f"{head}（{inner}）", None, names
    if form == "source_paren":
        return (
            None,
            "",
            f"（{rng.choice(['融媒体中心', '本报', '客户端'])} 记者 {_names_spaced(names, rng)}）",
            names,
        )
    return (printed, "", None, names) if printed else (None, "", f"（{_names_spaced(names, rng)}）", names)


def _article(report: dict, p: _Params, rng: random.Random) -> _Article:
    raw_title = report["title"]
    parts = [s.strip() for s in raw_title.split("|")]
    kicker = parts[0] if len(parts) > 1 else None
    title = parts[-1]
    if kicker is None and rng.random() < p.kicker:
        kicker = rng.choice(KICKERS + tuple(s + rng.choice(CIRCLED) for s in SERIES))
    form = (
        p.byline_form if rng.random() < 0.8 else rng.choice(["printed", "closing", "mark", "dateline"] + _RAW)
    )
    line, opening, closing, authors = _byline(report, form, rng)
    paragraphs = [x.strip() for x in report["body"].split("\n") if x.strip()]
    return _Article(
        report,
        kicker,
        title,
        report.get("subtitle"),
        authors,
        line,
        opening,
        closing,
        paragraphs,
        tail=form == "tail",
    )


# ---------------------------------------------------------------- the page


class _Page:
    def __init__(self, p: _Params, rng: random.Random) -> None:
        self.p, self.rng = p, rng
        self.lines: list[tuple[str, str]] = []

    def add(self, text: str, label: str) -> None:
        self.lines.append((text, label))
        if self.p.blank_after:
            self.lines.append(("", "blank"))

    def gap(self) -> None:
        if not self.lines or self.lines[-1][1] != "blank":
            self.lines.append(("", "blank"))

    def headline(self, a: _Article, doubled: bool) -> None:
        p, rng = self.p, self.rng
        if a.kicker:
            self.add(a.kicker, "kicker")
        title = a.title
        if doubled:
            title = _doubled(title)
        elif rng.random() < p.spaced:
            title = _spaced(title)
        width = max(p.width + rng.randint(0, 8), 12) if p.width < 10_000 else 10_000
        pieces = _wrap(title, width, rng) if len(title) > width or rng.random() < 0.3 else [title]
        if len(pieces) == 1 and len(title) > 12 and rng.random() < 0.3:  # split at a space or colon
            cut = max(title.find("："), title.find(" "))
            if 3 < cut < len(title) - 3:
                pieces = [title[: cut + 1].strip(), title[cut + 1 :].strip()]
        for piece in pieces:
            self.add(("# " if p.markdown else "") + piece, "title")
        if a.subtitle:
            prefix = "## " if p.markdown else ("——" if rng.random() < p.subtitle_dash else "")
            self.add(prefix + a.subtitle, "subtitle")

    def paragraph(
        self, text: str, label: str = "body", first_label: str | None = None, tail: str = ""
    ) -> None:
        """`text` wrapped at the column; `tail`: the byline run into its end (lines holding only it
        are labelled byline)."""
        p, rng = self.p, self.rng
        if rng.random() < p.split_numbers:
            text = _split_numbers(text, rng)
        lines = _wrap(p.indent + text if label == "body" else text, p.width, rng)
        own = len(lines) - _tail_lines(lines, tail)
        for i, line in enumerate(lines):
            if i == 0 and rng.random() < p.spaced and len(line) < 30:
                line = _spaced(line)
            self.add(line, "byline" if i >= own else first_label if i == 0 and first_label else label)

    def body(self, a: _Article) -> None:
        rng = self.rng
        if a.byline_line:
            self.add(a.byline_line, "byline")
        for i, para in enumerate(a.paragraphs):
            tail = a.closing if a.tail and a.closing and i == len(a.paragraphs) - 1 else ""
            if tail:
                para += rng.choice(["", " ", "  "]) + tail
            if i == 0 and a.opening:
                self.paragraph(
                    a.opening + rng.choice(["", " ", "　"]) + para, first_label="dateline", tail=tail
                )
            else:
                self.paragraph(para, tail=tail)
            if rng.random() < self.p.repeated / max(3, len(a.paragraphs)):
                self.paragraph(para, label="noise")
            if self.p.blank_after is False and rng.random() < 0.5:
                self.gap()
        if a.cut:
            self.add(f"（下转{rng.choice('ABCD')}{rng.randint(2, 16)}版）", "continuation")
        if a.closing and not a.tail:
            self.add(a.closing, "byline")
        self.gap()

    def text(self) -> tuple[str, tuple[str, ...]]:
        lines = list(self.lines)
        while lines and lines[-1][1] == "blank":
            lines.pop()
        return "\n".join(t for t, _ in lines), tuple(label for _, label in lines)


def _gold_article(a: _Article, body_text: str, rng: random.Random, traditional: bool) -> dict:
    r = a.report
    shown = body_text.replace(" ", "")
    metrics = [
        {k: m[k] for k in ("value", "unit", "qualifier", "subject")}
        for m in r.get("metrics") or []
        if m.get("text") and m["text"].replace(" ", "") in shown
    ]
    conv = _traditional if traditional else (lambda s: s)
    if traditional:  # as the reports printed in traditional script are annotated: as printed
        for m in metrics:
            m.update({k: conv(m[k]) for k in ("unit", "qualifier", "subject") if m[k]})
    return {
        "title": conv(a.title),
        "authors": [conv(n) for n in a.authors],
        "province": r.get("province"),
        "city": r.get("city"),
        "county": r.get("county"),
        "body_contains": conv(_snippet(body_text, rng)),
        "metrics": metrics,
        "initiatives": [conv(i) for i in r.get("initiatives") or [] if i in body_text or i in a.title],
        "complete": True,
        "allowed_values": report_store.chinese_counts(body_text),
        "_body": body_text,  # dropped before the gold is written
    }


def _caption_sentence(a: _Article, rng: random.Random) -> str | None:
    options = [s for s in _sentences("".join(a.paragraphs)) if 12 <= len(s) <= 60]
    return rng.choice(options) if options else None


def simulate(reports: list[dict], seed: int, family: str | None = None) -> SimPage:
    """One page of 2-6 of `reports` (those with a headline), laid out by `family` (drawn when None)."""
    rng = random.Random(seed)
    family = family or rng.choice(FAMILIES)
    p = _params(family, rng)
    titled = [r for r in reports if r.get("title") and r.get("body")]
    chosen = rng.sample(titled, min(len(titled), rng.randint(2, 6)))
    extra = [r for r in titled if r not in chosen]
    arts = [_article(r, p, rng) for r in chosen]
    page = _Page(p, rng)
    golds: list[dict] = []
    orphans: list[str] = []

    # continuation: an article cut after its first paragraphs, the rest on another page
    for a in arts:
        if len(a.paragraphs) > 3 and rng.random() < p.continuation / 2:
            a.paragraphs, a.cut = a.paragraphs[: rng.randint(2, len(a.paragraphs) - 1)], True
    # photo news: a headline over one caption paragraph and a credit
    if rng.random() < p.captions / 2 and len(arts) > 2 and arts[-1].authors:
        a = arts[-1]
        sentence = _caption_sentence(a, rng)
        if sentence:
            a.paragraphs, a.byline_line, a.opening, a.closing = [sentence], None, "", None
            a.credit = f"{rng.choice(['', '本报记者 ', '记者 '])}{' '.join(a.authors[:2])} 摄"
            a.authors = a.authors[:2]

    if rng.random() < p.furniture:
        page.add(
            rng.choice(
                [
                    f"{rng.randint(2019, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日 星期{rng.choice('一二三四五')}",
                    f"第{rng.randint(2, 16)}版 {rng.choice(SECTIONS)}",
                    f"责任编辑 {rng.choice(['文', '林', '周'])}{rng.choice(['晓', '立', '海'])}{rng.choice(['东', '燕', '明'])}",
                ]
            ),
            "noise",
        )
    if rng.random() < 0.35:
        page.add(rng.choice(SECTIONS), "section")
        page.gap()

    displaced: list[tuple[_Article, bool]] = []
    blocked: set[int] = set()
    for i, a in enumerate(arts):
        place = p.head_place if rng.random() < 0.85 else rng.choice(["before", "after"])
        if a.credit:  # photo news: headline, caption with its credit at the end
            page.headline(a, doubled=rng.random() < p.doubled)
            page.paragraph(a.paragraphs[0] + rng.choice([" ", "  "]) + a.credit, label="caption")
            page.gap()
            golds.append(_gold_article(a, a.paragraphs[0], rng, p.traditional))
            continue
        if id(a) in blocked:
            place = "none"
        elif place == "block" and i + 1 < len(arts) and not arts[i + 1].credit:
            group = [b for b in arts[i : i + rng.randint(2, 3)] if not b.credit]
            for b in group:
                page.headline(b, doubled=rng.random() < p.doubled)
            page.gap()
            blocked.update(id(b) for b in group)
            place = "none"
        elif place == "block":
            place = "before"
        if place == "before":
            page.headline(a, doubled=rng.random() < p.doubled)
        if place in ("displaced", "side") and i > 0:
            displaced.append((a, place == "side"))
        elif place in ("displaced", "side"):
            page.headline(a, doubled=rng.random() < p.doubled)
        page.body(a)
        if place == "after":
            page.headline(a, doubled=rng.random() < p.doubled)
            page.gap()
        golds.append(_gold_article(a, "\n".join(a.paragraphs), rng, p.traditional))

    # displaced headlines: into the text of another article, mid-paragraph, as a block of lines
    while displaced:
        a, side = displaced.pop(0)
        partner = displaced.pop(0)[0] if side and displaced else None
        _displace(page, a, partner, rng)
    if extra and rng.random() < p.orphan:
        orphan = rng.choice(extra)["title"].split("|")[-1].strip()
        at = _body_break(page, rng)
        page.lines[at:at] = [("", "blank"), (orphan, "title"), ("", "blank")]
        orphans.append(orphan)
    if rng.random() < p.captions:
        a = rng.choice(arts)
        sentence = _caption_sentence(a, rng)
        if sentence:
            page.gap()
            credit = rng.random() < 0.5 and a.authors
            page.paragraph(sentence, label="caption")
            if credit:
                page.add(f"{a.authors[0]} 摄", "credit")
    _stray_byline(page, extra, seed)
    text, labels = page.text()
    if p.ascii_punct:
        text = text.translate(ASCII_PUNCT)
        for g in golds:
            g["title"] = g["title"].translate(ASCII_PUNCT)
    if p.traditional:
        text = _traditional(text)
        orphans = [_traditional(o) for o in orphans]
    _unique_snippets(golds, text, rng, p.traditional)
    raw = _encode(text, p, rng)
    name = f"sim_{family}_{seed}.txt"
    gold = {
        "file": name,
        "held_out": False,
        "articles": golds,
        "orphan_titles": orphans,
        "not_metrics": [],
    }
    return SimPage(name, family, raw, text, gold, labels)


def _norm(text: str) -> str:
    return re.sub(r"[\s“”「」\"'‘’：:，,·、。()（）—\-]+", "", text)


def _unique_snippets(golds: list[dict], text: str, rng: random.Random, traditional: bool) -> None:
    """Each body_contains found once on the page as printed (a caption or a repeated paragraph can
    print a sentence twice): the scorer finds an article by it."""
    page = _norm(text)
    for g in golds:
        body = g.pop("_body")
        for _ in range(30):
            if page.count(_norm(g["body_contains"])) == 1:
                break
            piece = _snippet(body, rng)
            g["body_contains"] = _traditional(piece) if traditional else piece


STRAY = 0.08  # share of pages opening with the byline of a text printed before them


def _stray_byline(page: _Page, extra: list[dict], seed: int) -> None:
    """At a rate, the page opens with a closing byline (`（张三）`) whose text ended on the page or column
    before it, as pages cut out of a layout do: it closes nothing printed here. Drawn from a generator
    of its own, so the rest of the page is as without it."""
    rng = random.Random(f"stray:{seed}")
    named = [r for r in extra if r.get("authors")]
    if not named or rng.random() >= STRAY:
        return
    names = _names_spaced(list(rng.choice(named)["authors"]), rng)
    page.lines[0:0] = [(f"（{names}）", "byline_end")] + ([("", "blank")] if page.p.blank_after else [])


def _body_break(page: _Page, rng: random.Random) -> int:
    """A line index between two body lines (mid-paragraph), away from the page's first lines."""
    spots = [
        i
        for i in range(4, len(page.lines) - 2)
        if page.lines[i - 1][1] == "body" and page.lines[i][1] in ("body", "blank")
    ]
    return rng.choice(spots) if spots else len(page.lines)


def _displace(page: _Page, a: _Article, partner: _Article | None, rng: random.Random) -> None:
    """A headline block put between two body lines of another article; with a partner, the two
    headlines side by side as two columns come out of a PDF: A and the start of B on one line, the
    rest of B under it."""
    doubled = rng.random() < max(page.p.doubled, 0.3)

    def shown(x: _Article) -> str:
        return _doubled(x.title) if doubled else x.title

    block: list[tuple[str, str]] = [("", "blank")]
    if a.kicker:
        block.append((a.kicker, "kicker"))
    if partner is not None:
        head, other = shown(a), shown(partner)
        cut = max(len(other) // 2, 4)
        block += [(head + rng.choice([" ", "  ", "   "]) + other[:cut], "title"), (other[cut:], "title")]
    else:
        head = shown(a)
        pieces = _wrap(head, max(page.p.width, 14) + 6, rng) if page.p.width < 10_000 else [head]
        block += [(x, "title") for x in pieces]
    if a.subtitle and partner is None:
        block.append((("——" if rng.random() < 0.5 else "") + a.subtitle, "subtitle"))
    block.append(("", "blank"))
    if rng.random() < 0.3:  # set straight into the text, no blank line around it
        block = [x for x in block if x[1] != "blank"]
    at = _body_break(page, rng)
    if rng.random() < 0.45:
        at = _cut_before(page, at, rng)
    page.lines[at:at] = block


def _cut_before(page: _Page, at: int, rng: random.Random) -> int:
    """The body line over a block set inside a sentence stops short, where the block cut into the
    column (`施工影响等问` / block / `题意见不一…`): the paragraph's lines under the block go on from
    the cut, as wide as they were. Where the block goes now."""
    before = at - 1
    text = page.lines[before][0] if before >= 0 and page.lines[before][1] == "body" else ""
    if len(text) < 6 or text[-1] in "。！？!?；;…”」』":  # a paragraph's end: nothing goes on below
        return at
    cut = rng.randint(1, len(text) - 2)
    page.lines[before] = (text[:cut], "body")
    _carry(page.lines, at, text[cut:])
    return before + 1


def _carry(lines: list[tuple[str, str]], at: int, rest: str) -> None:
    """`rest` opens the body line at or after `at` (blank lines aside), each line keeping its width and
    handing its own end on to the next, down to the paragraph's last line, which takes what is left."""
    j = at
    while rest:
        while j < len(lines) and lines[j][1] == "blank":
            j += 1
        if j == len(lines) or lines[j][1] != "body":
            lines[j:j] = [(rest, "body")]
            return
        text = lines[j][0]
        if text[-1:] in "。！？!?；;…”」』" or len(text) <= len(rest):
            lines[j] = (rest + text, "body")
            return
        lines[j] = (rest + text[: len(text) - len(rest)], "body")
        rest, j = text[len(text) - len(rest) :], j + 1


def _encode(text: str, p: _Params, rng: random.Random) -> bytes:
    if p.crlf:
        text = text.replace("\n", "\r\n")
    for encoding in (p.encoding, "gb18030", "utf-8"):
        try:
            return text.encode(encoding)
        except UnicodeEncodeError:
            continue
    return text.encode("utf-8")


def pages(split: str, count: int, seed: int, families: tuple[str, ...] | None = None) -> list[SimPage]:
    """`count` pages of the reports of `split`, the families taken in turn, seeds seed, seed+1, …"""
    pool = report_store.load(split)
    fams = families or FAMILIES
    return [simulate(pool, seed + i, fams[i % len(fams)]) for i in range(count)]


def write(out: Path, sims: list[SimPage]) -> None:
    """Each page as NAME.txt (its bytes), its gold as gold/<family>/NAME.json and gold/all/NAME.json,
    its line labels as labels/NAME.tsv."""
    (out / "labels").mkdir(parents=True, exist_ok=True)
    for s in sims:
        report_store.write_page(out, s.name, s.family, s.raw, s.gold)
        rows = "\n".join(f"{label}\t{line}" for line, label in zip(s.text.split("\n"), s.labels, strict=True))
        (out / "labels" / (s.name[:-4] + ".tsv")).write_text(rows + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True, help="a temporary or git-ignored folder")
    args = ap.parse_args(argv)
    sims = pages(None if args.split == "all" else args.split, args.count, args.seed)  # type: ignore[arg-type]
    write(args.out, sims)
    print(f"{len(sims)} pages in {args.out}")


if __name__ == "__main__":
    main()
