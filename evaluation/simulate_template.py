"""A fourth page simulator: the layouts of the shared sample pages, read at run time and refilled with
real reports.

Each sample page (`../shared/samples/*.txt`) is parsed, with its gold (`../shared/gold/*.json`), into a
layout skeleton: the page's slots in print order, each a kind of line run and the article it belongs to
(section labels and furniture, headlines of one or more lines, doubled or `#`-marked, two headlines
side by side, subtitles, byline lines and bylines run into a body's last line, datelines, runs of body
lines with their printed width, blank-line pattern and paragraph shape, captions, continuation marks).
The gold's titles and `body_contains` snippets locate the articles on the page; a sample the parser
cannot place raises `SampleError` naming it. A page is a skeleton filled with dev or test reports
(`evaluation.reports`): bodies wrapped to the skeleton's widths (the page's widths scaled by up to
±30 %, each line jittered), headlines, bylines and datelines where the skeleton prints them, the number
of articles varied by dropping or repeating an article's slots, and, at a rate (always in the `mixed`
family), body styles, byline forms and headline treatments taken from another sample's skeleton.

The samples' text is read at run time only; generated pages go to a temporary or git-ignored folder
(`python -m evaluation.simulate_template --out DIR`; `--skeletons` prints the parsed skeletons).
Pages, gold (the shared scorer's format) and line labels (`evaluation.simulate.LABELS`, one per line,
as `evaluation.simulate` gives them) are a pure function of (reports, seed, family).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from evaluation import reports as report_store
from evaluation import simulate as main_generator

SAMPLES = report_store.SHARED / "samples"
GOLD = report_store.SHARED / "gold"
FAMILIES = tuple(f"like_{p.stem.split('_')[0]}" for p in sorted(SAMPLES.glob("*.txt"))) + ("mixed",)

_PUNCT = re.compile(r"[\s“”「」\"'‘’：:，,·、。()（）—\-]+")  # the scorer's normalisation
_CONTINUATION = re.compile(r"^\s*[（(]\s*(下转|上接|转|接|转第|接第)[^（()）]{0,12}[）)]\s*$")
_OPENING = re.compile(r"^\s*(?:本报|本刊|新华社)[^，。（(]{0,12}?讯[ 　]?")
_SENTENCE_END = "。！？!?”’）)…"
_SPACED = re.compile(r"^\s*(?:\S ){4,}")
_SPACED_FIGURE = re.compile(r"(?<=\S) \d|\d (?=[^\d\s])")
_MARKDOWN = re.compile(r"^(#+)\s*")
_KICKER_SEPARATORS = re.compile(r"\s*[|︱丨│]\s*")  # a report's title joins a column name and the headline
_WIDE = 40  # cells: above it, a body line is a whole paragraph (or a piece of one), not a column
_MAX_GAP = 3
_RAW_BYLINES = 0.4  # share of byline slots printing the report's byline as its site printed it
_DISPATCH = re.compile(
    r"^[^（(]*?(?:讯|訊|电|電|消息)"
)  # `某某网讯(记者 张三)` opens a body, never closes one
_SHORT = 400  # cells: a sample article this short (a photo caption, a brief) is filled with as much


class SampleError(ValueError):
    """A sample page whose articles cannot be placed from its gold."""


# ---------------------------------------------------------------- the skeleton of a sample page


@dataclass(frozen=True)
class BodyStyle:
    width: float  # cells of a full column line; 0: a paragraph a line
    spread: tuple[float, ...]  # full lines' widths less `width`, drawn from when wrapping
    first_short: float  # cells a paragraph's first line lacks (its indent, dropped by the extractor)
    indent: str  # kept at a paragraph's start
    blank_every: bool  # a blank line after every line
    break_blank: float  # share of wraps inside a paragraph followed by a blank line (column breaks)
    para_blank: float  # share of paragraph ends followed by a blank line
    split: float  # paragraph-a-line bodies: share of lines cut mid-paragraph
    spaced: float  # share of paragraphs whose first line is printed spaced out
    figures: float  # share of paragraphs with a figure printed apart from its unit
    repeated: float  # share of paragraphs printed twice


@dataclass(frozen=True)
class Slot:
    kind: str  # furniture | title | side | subtitle | byline | body | caption | continuation
    art: int | None = None
    other: int | None = None  # side: the headline printed second on the shared line
    lines: int = 1  # title: lines it takes; caption: lines
    start: float = 0.0  # body: the share of the article's body lines printed before this run
    end: float = 1.0
    text: str = ""  # furniture, continuation: the line; subtitle, title: the mark before it
    template: tuple[str, str, str] = ("", " ", "")  # byline: before the names, between, after
    spaced_names: bool = False
    tail: bool = False  # body: its last line ends with the article's byline (or photo credit)
    after: bool = False  # title, side, subtitle, byline: printed after some of its article's body
    doubled: bool = False
    opening: str = ""  # body: the dateline its first line starts with
    width: float = 0.0  # caption: cells a line
    size: float = 0.0  # body: cells of its article's whole body in the sample (a photo caption is short)
    style: BodyStyle | None = None
    gap: int = 0  # blank lines printed after the slot


@dataclass(frozen=True)
class Skeleton:
    name: str
    family: str
    slots: tuple[Slot, ...]
    articles: int
    encoding: str
    crlf: bool
    lead: int  # blank lines before the first slot


def cells(ch: str) -> float:
    """Display width: ASCII and the curly quotes that typesetting sets half-width count half."""
    return 0.5 if ord(ch) < 128 or ch in "“”‘’" else 1.0


def width(text: str) -> float:
    return sum(map(cells, text.strip()))


def norm(text: str) -> str:
    return _PUNCT.sub("", text or "")


def undoubled(text: str) -> str | None:
    """A line printed with every run twice (`某地某地：：`, as an overprinted headline comes out of a
    PDF), once; None for a line that is not wholly doubled."""
    if len(text) < 4:
        return None

    @cache
    def once(i: int) -> str | None:
        if i == len(text):
            return ""
        for size in range(1, (len(text) - i) // 2 + 1):
            if text[i : i + size] == text[i + size : i + 2 * size]:
                rest = once(i + 2 * size)
                if rest is not None:
                    return text[i : i + size] + rest
        return None

    return once(0)


@cache
def skeletons() -> tuple[Skeleton, ...]:
    """Every sample page with a gold file, parsed (cached: the samples do not change during a run)."""
    found = [p for p in sorted(SAMPLES.glob("*.txt")) if (GOLD / f"{p.stem}.json").is_file()]
    if not found:
        raise SampleError(f"no sample page with gold under {SAMPLES} and {GOLD}")
    return tuple(
        parse(p.read_bytes(), json.loads((GOLD / f"{p.stem}.json").read_text("utf-8")), p.stem) for p in found
    )


def parse(raw: bytes, gold: dict, name: str) -> Skeleton:
    """A sample page's skeleton; `SampleError` when a gold headline or snippet is not on the page."""
    text, encoding = _decode(raw)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    tags = _Tagger(lines, gold["articles"], name).tags()
    slots = _slots(lines, tags, gold["articles"])
    bodied = {s.art for s in slots if s.kind == "body"}
    for k, art in enumerate(gold["articles"]):
        if k not in bodied:
            raise SampleError(f"{name}: the snippet {art['body_contains']!r} is not in a run of body lines")
    lead = next((i for i, x in enumerate(lines) if x.strip()), 0)
    family = f"like_{name.split('_')[0]}"
    return Skeleton(name, family, tuple(slots), len(gold["articles"]), encoding, b"\r\n" in raw, lead)


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    for encoding in ("utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8", "gb18030"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace"), "utf-8"


@dataclass
class _Tag:
    kind: str  # blank | furniture | title | side | subtitle | byline | body | caption | continuation
    art: int | None = None
    other: int | None = None
    doubled: bool = False
    tail: bool = False  # body: the line ends with this article's byline


class _Tagger:
    """Each line of a sample page: its kind and article, from the gold's headlines, snippets and names."""

    def __init__(self, lines: list[str], arts: list[dict], name: str) -> None:
        self.lines, self.arts, self.name = lines, arts, name
        self.doubled = [undoubled(norm(x)) for x in lines]
        self.norms = [d or norm(x) for d, x in zip(self.doubled, lines, strict=True)]
        self.owner: list[int] = []
        for i, n in enumerate(self.norms):
            self.owner.extend([i] * len(n))
        self.flat = "".join(self.norms)
        self.out = [_Tag("blank" if not x.strip() else "") for x in lines]
        self.column: dict[int, float] = {}  # an article's column width, from its first long run

    def tags(self) -> list[_Tag]:
        self._headlines()
        self._continuations()
        bylines = self._byline_candidates()
        anchors = self._anchors()
        self._runs(bylines, anchors)
        self._furniture()
        return self.out

    def _spans(self, text: str) -> list[tuple[int, int, bool]]:
        """(first line, last line, doubled) of every place the text is printed, best headline-like first."""
        probe = norm(text)
        found = []
        at = self.flat.find(probe) if probe else -1
        while at >= 0:
            first, last = self.owner[at], self.owner[at + len(probe) - 1]
            found.append((self._headline_fit(first, last, at, len(probe)), first, last))
            at = self.flat.find(probe, at + 1)
        return [(a, b, self.doubled[a] is not None) for _, a, b in sorted(found, key=lambda f: -f[0])]

    def _headline_fit(self, first: int, last: int, at: int, size: int) -> float:
        """How much a place looks like a headline: starting a line, ending one, filling its lines."""
        line_start = sum(len(n) for n in self.norms[:first])
        line_end = line_start + sum(len(n) for n in self.norms[first : last + 1])
        filled = size / max(1, line_end - line_start)
        return (at == line_start) + (at + size == line_end) + filled - 0.2 * (last - first)

    def _headlines(self) -> None:
        spans = {}
        for k, art in enumerate(self.arts):
            found = self._spans(art["title"])
            if not found:
                raise SampleError(f"{self.name}: the headline {art['title']!r} is not on the page")
            spans[k] = found[0]
        for k, (first, last, doubled) in spans.items():
            for i in range(first, last + 1):
                self.out[i] = self._headline_tag(i, k, spans) or _Tag("title", k, None, doubled)
        for k, art in enumerate(self.arts):
            found = self._spans(art["subtitle"]) if art.get("subtitle") else []
            if found and found[0][0] == found[0][1] and not self.out[found[0][0]].kind:
                self.out[found[0][0]] = _Tag("subtitle", k)

    def _headline_tag(self, i: int, k: int, spans: dict) -> _Tag | None:
        """Two headlines side by side: the line ending one and starting the other, and the second's
        next lines, tagged `side` (art: the headline ending on the shared line; other: the one going on)."""
        for j, (first, last, doubled) in spans.items():
            if j == k:
                continue
            mine = spans[k]
            if first <= i <= last and mine[0] <= i <= mine[1]:
                ends, goes = (k, j) if mine[1] == i else (j, k)
                return _Tag("side", ends, goes, doubled)
            shared = mine[0] <= first <= mine[1] or first <= mine[0] <= last
            if shared and i > max(first, mine[0]):
                ends, goes = (j, k) if last < i else (k, j)
                return _Tag("side", ends, goes, doubled)
        return None

    def _continuations(self) -> None:
        for i, line in enumerate(self.lines):
            if not self.out[i].kind and _CONTINUATION.match(line):
                self.out[i] = _Tag("continuation")

    def _byline_candidates(self) -> dict[int, list[int]]:
        """Line -> the articles whose names it prints as a byline (a short line of names and roles)."""
        found: dict[int, list[int]] = {}
        for i, line in enumerate(self.lines):
            if self.out[i].kind:
                continue
            for k, art in enumerate(self.arts):
                names = [n for n in art.get("authors") or [] if norm(n) in self.norms[i]]
                rest = self.norms[i]
                for n in names:
                    rest = rest.replace(norm(n), "")
                stripped = line.strip()
                shaped = stripped[:1] in "□■◎●○（(【" or stripped[-1:] in "）)" or len(rest) <= 6
                if names and len(rest) <= 20 and shaped and not stripped.endswith("摄"):
                    found.setdefault(i, []).append(k)
        for i in found:
            self.out[i] = _Tag("byline")
        return found

    def _anchors(self) -> dict[int, int]:
        """Line -> the article whose gold snippet starts there."""
        anchors: dict[int, int] = {}
        for k, art in enumerate(self.arts):
            probe = norm(art["body_contains"])
            at = self.flat.find(probe) if probe else -1
            if at < 0:
                raise SampleError(
                    f"{self.name}: the body snippet {art['body_contains']!r} is not on the page"
                )
            line = self.owner[at]
            if line in anchors:
                raise SampleError(f"{self.name}: two articles' snippets start on line {line + 1}")
            anchors[line] = k
        return anchors

    def _runs(self, bylines: dict[int, list[int]], anchors: dict[int, int]) -> None:
        """Body runs between the marked lines, in page order: a run holding a snippet is its article's,
        one without is the current article's; a byline goes to the current article until it has one,
        then to the next article it names."""
        current: int | None = None
        had_byline: dict[int, int] = {}
        i = 0
        while i < len(self.lines):
            tag = self.out[i]
            if tag.kind == "byline":
                current = self._byline_owner(bylines[i], current, had_byline, i)
                self.out[i] = _Tag("byline", current)
                had_byline[current] = i
                i += 1
                continue
            if tag.kind:
                i += 1
                continue
            end = i
            while end + 1 < len(self.lines) and self.out[end + 1].kind in ("", "blank"):
                end += 1
            inside = [anchors[j] for j in range(i, end + 1) if j in anchors]
            if len(set(inside)) > 1:
                raise SampleError(f"{self.name}: lines {i + 1}-{end + 1} hold two articles' snippets")
            current = inside[0] if inside else current
            self._body_run(i, end, current)
            i = end + 1

    def _byline_owner(self, names_of: list[int], current: int | None, had: dict[int, int], i: int) -> int:
        prev = max((j for j in range(i) if self.out[j].kind != "blank"), default=-1)
        if current in names_of and (current not in had or had[current] == prev):
            return current
        later = [k for k in names_of if current is None or k > current]
        return later[0] if later else names_of[0]

    def _body_run(self, first: int, last: int, art: int | None) -> None:
        """Lines first..last as `art`'s body; a trailing run of lines much wider than its column (after
        a blank line) as captions; with no article yet, furniture."""
        filled = [j for j in range(first, last + 1) if self.out[j].kind != "blank"]
        if art is None:
            for j in filled:
                self.out[j] = _Tag("furniture")
            return
        if len(filled) >= 5 and art not in self.column:
            self.column[art] = statistics.median(width(self.lines[j]) for j in filled)
        column = self.column.get(art, 0.0)
        caption = False
        for j in filled:
            wide = column <= 30 and width(self.lines[j]) > 1.5 * column and self.out[j - 1].kind == "blank"
            caption = caption or wide
            self.out[j] = _Tag("caption" if caption else "body", art)
        self._tail_byline(filled, art)

    def _tail_byline(self, filled: list[int], art: int) -> None:
        body = [j for j in filled if self.out[j].kind in ("body", "caption")]
        if body and any(norm(n) in self.norms[body[-1]][-12:] for n in self.arts[art].get("authors") or []):
            self.out[body[-1]].tail = True

    def _furniture(self) -> None:
        """Short label lines at the top of the page, before the first sentence, are page furniture."""
        for i, line in enumerate(self.lines):
            tag = self.out[i]
            if tag.kind == "blank":
                continue
            if tag.kind not in ("body", "furniture") or len(norm(line)) > 8 or re.search("[，。]", line):
                break
            self.out[i] = _Tag("furniture")


def _slots(lines: list[str], tags: list[_Tag], arts: list[dict]) -> list[Slot]:
    """Runs of tagged lines as slots, body runs measured; body shares filled in once all are known."""
    groups: list[tuple[_Tag, list[int]]] = []
    for i, tag in enumerate(tags):
        if tag.kind == "blank":
            continue
        prev = groups[-1] if groups else None
        joins = prev and _same_run(prev[0], tag) and prev[1][-1] < i
        if joins and (tag.kind == "body" or i - prev[1][-1] == 1 or tag.kind in ("caption", "title")):
            prev[1].append(i)
        else:
            groups.append((tag, [i]))
    slots = [
        _slot(lines, replace(tag, tail=tags[idx[-1]].tail), idx, _gap(tags, idx[-1]), arts)
        for tag, idx in groups
    ]
    return _shares(slots)


def _same_run(a: _Tag, b: _Tag) -> bool:
    same = a.kind == b.kind and a.art == b.art and a.other == b.other
    return same and a.kind not in ("byline", "furniture", "continuation")


def _gap(tags: list[_Tag], last: int) -> int:
    n = 0
    while last + 1 + n < len(tags) and tags[last + 1 + n].kind == "blank":
        n += 1
    return min(n, _MAX_GAP)


def _slot(lines: list[str], tag: _Tag, idx: list[int], gap: int, arts: list[dict]) -> Slot:
    text = lines[idx[0]]
    if tag.kind == "title":
        mark = _MARKDOWN.match(text)
        return Slot(
            "title", tag.art, lines=len(idx), text=mark.group(0) if mark else "", doubled=tag.doubled, gap=gap
        )
    if tag.kind == "side":
        return Slot("side", tag.art, tag.other, lines=len(idx), doubled=tag.doubled, gap=gap)
    if tag.kind == "subtitle":
        mark = re.match(r"^(#+\s*|——)", text.strip())
        return Slot("subtitle", tag.art, text=mark.group(0) if mark else "", gap=gap)
    if tag.kind in ("furniture", "continuation"):
        return Slot(tag.kind, text=text, gap=gap)
    if tag.kind == "byline":
        return Slot("byline", tag.art, gap=gap, **_byline_form(text, arts[tag.art].get("authors") or []))
    if tag.kind == "caption":
        shown = statistics.median(width(lines[i]) for i in idx)
        return Slot("caption", tag.art, lines=len(idx), width=shown, gap=gap)
    style = measure([lines[i] for i in range(idx[0], idx[-1] + 1)])
    opening = _OPENING.match(text)
    tail = _byline_form(lines[idx[-1]], arts[tag.art].get("authors") or [], tail=True) if tag.tail else {}
    size = sum(width(lines[i]) for i in idx)
    opened = opening.group(0) if opening else ""
    return Slot("body", tag.art, lines=len(idx), style=style, opening=opened, gap=gap, size=size, **tail)


def _byline_form(text: str, names: list[str], tail: bool = False) -> dict:
    """A byline as printed: (before the names, between two names, after them), and whether a two-
    character name is spaced out; a tail byline starts after its line's last full stop."""
    if tail:
        text = re.split(r"(?<=[。！？])", text)[-1]
    found = sorted(
        (m for n in names for m in [re.search(r"\s?".join(map(re.escape, n)), text)] if m),
        key=lambda m: m.start(),
    )
    if not found:
        return {"template": ("", " ", ""), "tail": tail}
    between = text[found[0].end() : found[1].start()] if len(found) > 1 else " "
    spaced = any(" " in m.group(0) for m in found)
    return {
        "template": (text[: found[0].start()], between or " ", text[found[-1].end() :]),
        "spaced_names": spaced,
        "tail": tail,
    }


def measure(lines: list[str]) -> BodyStyle:
    """A run of body lines (blank lines included): its column width and paragraph and blank pattern."""
    filled = [i for i, x in enumerate(lines) if x.strip()]
    widths = [width(lines[i]) for i in filled]
    column = statistics.median(widths)
    blank_after = [i + 1 < len(lines) and not lines[i + 1].strip() for i in filled]
    blank_every = len(filled) > 1 and sum(blank_after[:-1]) >= 0.9 * (len(filled) - 1)
    texts = [lines[i].strip() for i in filled]
    if column > _WIDE and (max(widths) > 2 * column or column > 2 * _WIDE):  # a paragraph a line
        split = sum(t[-1] not in _SENTENCE_END for t in texts) / len(texts)
        repeated = _repeats(texts) / len(texts)
        return BodyStyle(0, (0.0,), 0, "", blank_every, 0, 1.0 if blank_every else 0, split, 0, 0, repeated)
    ends = [t[-1] in _SENTENCE_END and w <= column - 1.5 for t, w in zip(texts, widths, strict=True)]
    ends[-1] = True
    firsts = [True] + ends[:-1]
    full = [w for w, f, e in zip(widths, firsts, ends, strict=True) if not f and not e]
    full = full or widths
    base = statistics.median(full)
    starts = [w for w, f, e in zip(widths, firsts, ends, strict=True) if f and not e]
    short = max(0.0, min(4.0, base - statistics.median(starts))) if starts else 0.0
    paras = max(1, sum(ends))
    inner = [b for b, e in zip(blank_after, ends, strict=True) if not e]
    outer = [b for b, e in zip(blank_after, ends, strict=True) if e][:-1]
    indent = re.match(r"^\s*", lines[filled[0]]).group(0) if sum(firsts) else ""
    return BodyStyle(
        width=base,
        spread=tuple(sorted(w - base for w in full)),
        first_short=short,
        indent=indent if len(indent) < 5 else "",
        blank_every=blank_every,
        break_blank=sum(inner) / len(inner) if inner and not blank_every else 0.0,
        para_blank=sum(outer) / len(outer) if outer and not blank_every else 0.0,
        split=0.0,
        spaced=sum(bool(_SPACED.match(t)) for t in texts) / paras,
        figures=sum(bool(_SPACED_FIGURE.search(t)) for t in texts) / paras,
        repeated=_repeats(texts) / paras,
    )


def _repeats(texts: list[str]) -> float:
    return sum(1 for i, t in enumerate(texts) if len(t) > 8 and t in texts[:i])


def _shares(slots: list[Slot]) -> list[Slot]:
    """Each body slot's place in its article's body (the share of the article's body lines before
    it), and whether a headline or byline slot comes after some of its article's body."""
    totals: dict[int, int] = {}
    sizes: dict[int, float] = {}
    for s in slots:
        if s.kind == "body":
            totals[s.art] = totals.get(s.art, 0) + s.lines
            sizes[s.art] = sizes.get(s.art, 0.0) + s.size
    seen: dict[int, int] = {}
    out = []
    for s in slots:
        if s.kind == "body":
            done = seen.get(s.art, 0)
            share = {"start": done / totals[s.art], "end": (done + s.lines) / totals[s.art]}
            s = replace(s, size=sizes[s.art], **share)
            seen[s.art] = done + s.lines
        elif s.kind in ("title", "side", "subtitle", "byline"):
            s = replace(s, after=s.art in seen)
        out.append(s)
    return out


# ---------------------------------------------------------------- a skeleton varied


def varied(base: Skeleton, all_skeletons: tuple[Skeleton, ...], rng: random.Random, mix: float) -> list[Slot]:
    """The base skeleton's slots with the number of articles changed, widths scaled by up to ±30 %, and
    at rate `mix` each article's body style, byline form and headline treatment from any skeleton."""
    slots = list(base.slots)
    count = len(_articles(slots))
    target = rng.randint(max(1, count - 3), count + 2)
    while len(_articles(slots)) > target:
        slots = _dropped(slots, rng.choice(sorted(_articles(slots))))
    while len(_articles(slots)) < target:
        slots = _repeated(slots, rng.choice(sorted(_articles(slots))))
    slots = _renumbered(slots)
    donors = [s for sk in all_skeletons for s in sk.slots]
    scale = rng.uniform(0.7, 1.3)
    bodies = [s.style for s in donors if s.kind == "body" and s.style]
    page_style = rng.choice(bodies) if rng.random() < mix else None  # one page, one column style
    styles: dict[int, BodyStyle] = {}
    for art in _articles(slots):
        chosen = rng.choice(bodies) if rng.random() < mix / 4 else page_style
        if chosen:
            styles[art] = chosen
    return [_mixed(s, styles, donors, rng, mix, scale) for s in slots]


def _articles(slots: list[Slot]) -> set[int]:
    return {s.art for s in slots if s.art is not None} | {s.other for s in slots if s.other is not None}


def _dropped(slots: list[Slot], art: int) -> list[Slot]:
    out = []
    for s in slots:
        if s.kind == "side" and art in (s.art, s.other):
            out.append(
                Slot(
                    "title",
                    s.other if s.art == art else s.art,
                    lines=1,
                    doubled=s.doubled,
                    gap=s.gap,
                    after=s.after,
                )
            )
        elif s.art != art:
            out.append(s)
    return out


def _repeated(slots: list[Slot], art: int) -> list[Slot]:
    """The article's slots again, for a new article, after the original's last slot."""
    new = max(_articles(slots)) + 1
    mine = [i for i, s in enumerate(slots) if art in (s.art, s.other)]
    copy = []
    for s in slots[mine[0] : mine[-1] + 1]:
        if s.kind == "side" and art in (s.art, s.other):
            copy.append(Slot("title", new, lines=1, doubled=s.doubled, gap=s.gap, after=s.after))
        elif s.kind != "side" and s.art == art:
            copy.append(replace(s, art=new))
    return slots[: mine[-1] + 1] + copy + slots[mine[-1] + 1 :]


def _renumbered(slots: list[Slot]) -> list[Slot]:
    """Articles numbered 0, 1, … by where their body first prints (the gold's order)."""
    order: dict[int, int] = {}
    for s in slots:
        if s.kind == "body":
            order.setdefault(s.art, len(order))
    for s in slots:
        for a in (s.art, s.other):
            if a is not None:
                order.setdefault(a, len(order))
    return [replace(s, art=order.get(s.art), other=order.get(s.other)) for s in slots]


def _mixed(
    s: Slot, styles: dict[int, BodyStyle], donors: list[Slot], rng: random.Random, mix: float, scale: float
) -> Slot:
    if s.kind == "body":
        style = styles.get(s.art, s.style)
        return replace(s, style=replace(style, width=style.width * scale))
    if s.kind == "caption":
        return replace(s, width=s.width * scale)
    if rng.random() >= mix or s.kind not in ("byline", "title", "subtitle"):
        return s
    donor = rng.choice([d for d in donors if (d.kind, d.after) == (s.kind, s.after)] or [s])
    if s.kind == "byline":
        return replace(s, template=donor.template, spaced_names=donor.spaced_names)
    if s.kind == "title":
        return replace(s, text=donor.text, doubled=donor.doubled)
    return replace(s, text=donor.text)


# ---------------------------------------------------------------- a skeleton filled


@dataclass(frozen=True)
class SimPage:
    name: str
    family: str
    raw: bytes  # as written to disk
    text: str  # as decoded, `\n` line ends
    gold: dict  # the scorer's gold format; "file" is `name`
    labels: tuple[str, ...]  # one per line of text.split("\n"), from `evaluation.simulate.LABELS`
    owners: tuple[int | None, ...]  # per line: the gold article (index) it belongs to, or None


@dataclass
class _Piece:
    report: dict
    title: str
    subtitle: str | None
    authors: list[str]
    body: str  # paragraphs joined by `\n`
    bylines: int  # byline slots still to print
    left: list[str]  # names no byline slot has printed yet
    printed: list[str]  # byline and body lines printed for it


def _piece(report: dict, bylines: int, size: float, rng: random.Random) -> _Piece:
    """A report as an article; where the sample's article is short (a photo caption, a brief), only
    the report's first sentences, about as long."""
    title = _KICKER_SEPARATORS.split(report["title"].strip())[-1]
    paragraphs = [x.strip() for x in report["body"].split("\n") if x.strip()]
    if 0 < size < _SHORT:
        paragraphs = _first_sentences(paragraphs, size * rng.uniform(0.7, 1.3))
    authors = list(report.get("authors") or [])
    return _Piece(report, title, report.get("subtitle"), authors, "\n".join(paragraphs), bylines, authors, [])


class _Page:
    def __init__(self, rng: random.Random, pieces: list[_Piece]) -> None:
        self.rng, self.pieces = rng, pieces
        self.lines: list[tuple[str, str, int | None]] = []
        self.chunks: dict[int, list[str]] = {}  # an article's body as printed, run by run
        self.captions: list[str] = []

    def add(self, text: str, label: str, owner: int | None = None) -> None:
        self.lines.append((text, label, owner))

    def blanks(self, n: int) -> None:
        for _ in range(n):
            self.add("", "blank")

    def slot(self, s: Slot) -> None:
        getattr(self, "_" + s.kind)(s)
        self.blanks(s.gap)

    def _furniture(self, s: Slot) -> None:
        text = (
            s.text
            if self.rng.random() < 0.5
            else self.rng.choice(main_generator.SECTIONS + main_generator.KICKERS)
        )
        self.add(text, "section")

    def _continuation(self, s: Slot) -> None:
        text = re.sub(r"\d+", lambda m: str(self.rng.randint(2, 16)), s.text)
        self.add(re.sub(r"[A-D](?=\d)", lambda m: self.rng.choice("ABCD"), text), "continuation")

    def _title(self, s: Slot) -> None:
        lines = 1 if s.text else s.lines  # a `#` headline is one line, as markdown prints it
        for piece in _headline_lines(self.pieces[s.art].title, lines, self.rng):
            self.add(s.text + (doubled(piece, self.rng) if s.doubled else piece), "title", s.art)

    def _side(self, s: Slot) -> None:
        first, second = self.pieces[s.art].title, self.pieces[s.other].title

        def shown(x: str) -> str:
            return doubled(x, self.rng) if s.doubled else x

        cut = max(second.find("："), second.find(":")) + 1 or max(2, len(second) // 2)
        self.add(shown(first) + " " + shown(second[:cut]), "title", s.art)
        self.add(shown(second[cut:]), "title", s.other)

    def _subtitle(self, s: Slot) -> None:
        if self.pieces[s.art].subtitle:
            self.add(s.text + self.pieces[s.art].subtitle, "subtitle", s.art)

    def _byline(self, s: Slot) -> None:
        piece = self.pieces[s.art]
        names = _names_for_slot(piece)
        if names:
            text = _as_printed(piece, names, s.after, self.rng) or _byline_text(s, names, self.rng)
            piece.printed.append(text)
            self.add(text, "byline", s.art)

    def _caption(self, s: Slot) -> None:
        body = self.pieces[s.art].body.replace("\n", "")
        sentences = [x for x in re.findall(r"[^。！？]*[。！？]", body) if 12 <= len(x) <= 60]
        sentences = [x for x in sentences if x not in self.captions]
        if sentences:
            self.captions.append(self.rng.choice(sentences))
            for line in wrap(self.captions[-1], lambda: max(8.0, s.width), self.rng):
                self.add(line, "caption")

    def _body(self, s: Slot) -> None:
        piece = self.pieces[s.art]
        text, continues = _chunk(piece.body, s.start, s.end)
        if not text.strip():
            return
        self.chunks.setdefault(s.art, []).append(text)
        opening = _opening(s, piece, self.rng) if s.start == 0 else ""
        lines = _body_lines(text, continues, opening, s.style, self.rng)
        if s.tail and piece.authors:
            printed = _as_printed(piece, piece.authors, True, self.rng)
            tail = (
                self.rng.choice(["", " ", "  "]) + printed
                if printed
                else _byline_text(s, piece.authors, self.rng)
            )
            last = max(i for i, (t, label) in enumerate(lines) if label != "blank")
            lines[last] = (lines[last][0] + tail, lines[last][1])
            piece.printed.append(tail)
        for line, label in lines:
            self.add(line, label, None if label in ("blank", "noise") else s.art)
        piece.printed.extend(t for t, _ in lines)


def doubled(text: str, rng: random.Random) -> str:
    """Each run of a headline printed twice, as an overprinted headline comes out of a PDF: marks one by
    one, a run of characters whole or cut once at random (`某某县某某县：：数字数字赋能赋能…`);
    spaces stay single, as the samples print them."""
    out = []
    for run in re.findall(r"\s+|[\u3400-\u9fffA-Za-z0-9·%]+|\S", text):
        if run.isspace():
            out.append(run)
            continue
        cut = rng.randint(2, len(run) - 2) if len(run) > 5 and rng.random() < 0.3 else len(run)
        out.append(run[:cut] * 2 + run[cut:] * 2)
    return "".join(out)


def _first_sentences(paragraphs: list[str], cells_wanted: float) -> list[str]:
    """The first sentences of the paragraphs, up to about `cells_wanted` cells (one at least)."""
    out: list[str] = []
    used = 0.0
    for para in paragraphs:
        kept = ""
        for sentence in re.findall(r"[^。！？]*[。！？]|[^。！？]+$", para):
            if (out or kept) and used + width(sentence) > cells_wanted:
                return out + [kept] if kept else out
            kept += sentence
            used += width(sentence)
        out.append(kept)
    return out


def _names_for_slot(piece: _Piece) -> list[str]:
    """The names a byline slot prints: one each on an article's first byline lines, the rest on its last."""
    if not piece.left or piece.bylines <= 0:
        return []
    piece.bylines -= 1
    names = piece.left if piece.bylines == 0 else piece.left[:1]
    piece.left = piece.left[len(names) :]
    return names


def _as_printed(piece: _Piece, names: list[str], closing: bool, rng: random.Random) -> str | None:
    """At a rate, the report's own byline as its site printed it (`记者 张三 通讯员 李四`, `作者：王五`,
    `某某网讯(赵六)`) in place of the sample's form: pages print bylines in every form, not only the
    three samples' ones. Only where the slot prints all of the article's names, and a dispatch only
    before its body."""
    printed = (piece.report.get("byline") or "").strip()
    if not printed or names != piece.authors or rng.random() >= _RAW_BYLINES:
        return None
    if (closing and _DISPATCH.search(printed)) or printed[:8] in piece.body[:80]:
        return None
    return printed


def _byline_text(s: Slot, names: list[str], rng: random.Random) -> str:
    before, between, after = s.template
    shown = [" ".join(n) if s.spaced_names and len(n) == 2 and rng.random() < 0.7 else n for n in names]
    return before + between.join(shown) + after


def _headline_lines(title: str, n: int, rng: random.Random) -> list[str]:
    """A headline on n lines (a short one on one): cut after a colon, a space or a comma near its
    middle where there is one, else about evenly."""
    if n <= 1 or len(title) < 12:
        return [title]
    marks = [i for i, ch in enumerate(title) if ch in "：: ，," and len(title) / 4 < i < len(title) * 3 / 4]
    cut = marks[0] + 1 if marks else len(title) // 2 + rng.choice([-1, 0, 1])
    return [title[:cut].strip(), title[cut:].strip()]


def _chunk(body: str, start: float, end: float) -> tuple[str, bool]:
    """The part of a body a run prints (by share of characters, cut between two CJK characters), and
    whether it starts inside a paragraph."""
    a, b = _cut(body, start), _cut(body, end)
    return body[a:b].strip("\n"), a > 0 and body[a - 1] != "\n"


def _cut(body: str, share: float) -> int:
    at = round(share * len(body))
    while 0 < at < len(body) and not (_is_cjk(body[at - 1]) and _is_cjk(body[at])) and body[at - 1] != "\n":
        at += 1
    return min(at, len(body))


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _opening(s: Slot, piece: _Piece, rng: random.Random) -> str:
    if not s.opening or re.search("[讯訊]", piece.body[:40]):  # the report prints its own dateline
        return ""
    numbers = iter([rng.randint(1, 12), rng.randint(1, 28)])
    return re.sub(r"\d+", lambda m: str(next(numbers, 1)), s.opening)


def wrap(text: str, limit, rng: random.Random) -> list[str]:  # noqa: ANN001 - a width drawn per line
    """Hard wraps at widths drawn per line (cells), with CJK line-start rules: closing marks stay on the
    line they close, an opening mark goes down with what it opens, a figure is not cut."""
    out, line, used, cap = [], "", 0.0, limit()
    for ch in text:
        in_figure = ch.isascii() and ch.isalnum() and line[-1:].isascii() and line[-1:].isalnum()
        if used + cells(ch) > cap and line and ch not in main_generator._NO_LINE_START and not in_figure:
            carry = line[-1] if line[-1] in main_generator._NO_LINE_END and len(line) > 1 else ""
            out.append(line[: len(line) - len(carry)])
            line, used, cap = carry, sum(map(cells, carry)), limit()
        line += ch
        used += cells(ch)
    return out + [line] if line else out


def _body_lines(
    text: str, continues: bool, opening: str, style: BodyStyle, rng: random.Random
) -> list[tuple[str, str]]:
    """A run of body text as printed lines with their labels, blank lines as the style has them."""
    out: list[tuple[str, str]] = []
    for n, para in enumerate(text.split("\n")):
        head = n == 0 and not continues
        if n == 0 and opening:
            para = opening + para
        if rng.random() < style.figures:
            para = _figures_apart(para, rng)
        rows = _paragraph_rows(para, head, style, rng)
        if rng.random() < style.spaced and len(rows[0]) < 24:
            rows[0] = " ".join(rows[0])
        label = "dateline" if n == 0 and opening else "body"
        out += _with_blanks(rows, style, rng, label)
        if rng.random() < style.repeated:
            out += [(r, "noise") for r in rows] + ([("", "blank")] if style.blank_every else [])
    while out and out[-1][1] == "blank":
        out.pop()
    return out


def _figures_apart(para: str, rng: random.Random) -> str:
    """Figures printed apart from their neighbours now and then (`共 120 多户`, `2020 年`)."""

    def apart(m: re.Match[str]) -> str:
        before = " " if rng.random() < 0.4 else ""
        return before + m.group(1) + (" " if rng.random() < 0.6 else "")

    return re.sub(r"(?<=[\u3400-\u9fff])(\d+(?:\.\d+)?)(?=[\u3400-\u9fff])", apart, para)


def _paragraph_rows(para: str, head: bool, style: BodyStyle, rng: random.Random) -> list[str]:
    if style.width == 0:  # a paragraph a line, now and then cut where a column broke it
        if rng.random() < style.split and len(para) > 20:
            at = _cut(para, rng.uniform(0.2, 0.8))
            return [para[:at], para[at:]] if 0 < at < len(para) else [para]
        return [para]
    state = {"head": head}

    def limit() -> float:
        shortfall = style.first_short if state.pop("head", False) else 0.0
        return max(6.0, style.width + rng.choice(style.spread) + rng.choice([-0.5, 0, 0.5]) - shortfall)

    return wrap((style.indent if head else "") + para, limit, rng)


def _with_blanks(
    rows: list[str], style: BodyStyle, rng: random.Random, first_label: str
) -> list[tuple[str, str]]:
    out = []
    for i, row in enumerate(rows):
        out.append((row, first_label if i == 0 else "body"))
        end = i == len(rows) - 1
        share = 1.0 if style.blank_every else style.para_blank if end else style.break_blank
        if rng.random() < share:
            out.append(("", "blank"))
    return out


def simulate(pool: list[dict], seed: int, family: str | None = None) -> SimPage:
    """One page: a sample's skeleton (`family` like_NNN; `mixed` draws the sample and mixes every
    piece) varied and filled with reports of `pool` that have a headline."""
    rng = random.Random(seed)
    found = skeletons()
    family = family or rng.choice(FAMILIES)
    if family == "mixed":
        base, mix = rng.choice(found), 1.0
    else:
        base, mix = next((s for s in found if s.family == family), None), 0.25
        if base is None:
            raise SampleError(f"no sample page for the family {family!r} (have {[s.family for s in found]})")
    page = _filled(varied(base, found, rng, mix), pool, base.lead, rng)
    text = "\n".join(t for t, _, _ in page.lines)
    name = f"tpl_{family}_{seed}.txt"
    gold = {
        "file": name,
        "held_out": False,
        "articles": [_gold(p, page.chunks.get(k, []), text, rng) for k, p in enumerate(page.pieces)],
        "orphan_titles": [],
        "not_metrics": [],
    }
    raw = (text.replace("\n", "\r\n") if base.crlf else text).encode(base.encoding)
    labels = tuple(label for _, label, _ in page.lines)
    owners = tuple(owner for _, _, owner in page.lines)
    return SimPage(name, family, raw, text, gold, labels, owners)


def _filled(slots: list[Slot], pool: list[dict], lead: int, rng: random.Random) -> _Page:
    """The slots printed with reports drawn from the pool, one an article (as many as it has)."""
    titled = [r for r in pool if r.get("title") and r.get("body")]
    chosen = rng.sample(titled, min(len(_articles(slots)), len(titled)))
    for art in sorted(_articles(slots)):  # a pool smaller than the skeleton: its last articles go
        if art >= len(chosen):
            slots = _dropped(slots, art)
    pieces = []
    for k, report in enumerate(chosen):
        bylines = sum(1 for s in slots if s.kind == "byline" and s.art == k)
        size = next((s.size for s in slots if s.kind == "body" and s.art == k), 0.0)
        pieces.append(_piece(report, bylines, size, rng))
    page = _Page(rng, pieces)
    page.blanks(lead)
    for s in slots:
        page.slot(s)
    while len(page.lines) > 1 and page.lines[-1][1] == page.lines[-2][1] == "blank":  # one blank line ends it
        page.lines.pop()
    return page


def _gold(piece: _Piece, chunks: list[str], page: str, rng: random.Random) -> dict:
    """The article's gold: the headline printed once, the names printed, the report's facts its
    printed body holds, and a snippet found once on the page inside one run of its body."""
    r = piece.report
    body = "".join(chunks)
    flat = body.replace("\n", "")
    shown = norm("".join(piece.printed))
    return {
        "title": piece.title,
        "authors": [n for n in piece.authors if norm(n) in shown],
        "province": r.get("province"),
        "city": r.get("city"),
        "county": r.get("county"),
        "body_contains": _unique_snippet(max(chunks, key=len) if chunks else flat, page, rng),
        "metrics": [
            {k: m[k] for k in ("value", "unit", "qualifier", "subject")}
            for m in r.get("metrics") or []
            if m.get("text") and m["text"].replace(" ", "") in flat
        ],
        "initiatives": [i for i in r.get("initiatives") or [] if i in flat],
        "complete": True,
        "allowed_values": report_store.chinese_counts(flat),
    }


def _unique_snippet(text: str, page: str, rng: random.Random) -> str:
    flat_page = norm(page)
    piece = main_generator._snippet(text, rng)
    for _ in range(40):
        if flat_page.count(norm(piece)) == 1 and piece.replace("\n", "") == piece:
            return piece
        piece = main_generator._snippet(text, rng)
    return piece


def pages(split: str | None, count: int, seed: int, families: tuple[str, ...] | None = None) -> list[SimPage]:
    """`count` pages of the reports of `split`, the families taken in turn, seeds seed, seed+1, …"""
    pool = report_store.load(split)
    fams = families or FAMILIES
    return [simulate(pool, seed + i, fams[i % len(fams)]) for i in range(count)]


write = main_generator.write  # the same files: pages/, gold/<family>/, gold/all/, labels/


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, help="a temporary or git-ignored folder for the pages")
    ap.add_argument("--skeletons", action="store_true", help="print each sample's skeleton, slot by slot")
    args = ap.parse_args(argv)
    if args.skeletons:
        for sk in skeletons():
            print(f"{sk.name} ({sk.family}): {sk.articles} articles, {sk.encoding}, crlf {sk.crlf}")
            for s in sk.slots:
                print(f"  {_described(s)}")
    if args.out:
        sims = pages(None if args.split == "all" else args.split, args.count, args.seed)
        write(args.out, sims)
        print(f"{len(sims)} pages in {args.out}")
    elif not args.skeletons:
        ap.error("--out DIR (or --skeletons)")


def _described(s: Slot) -> str:
    """One slot in words, without the sample's text."""
    art = "" if s.art is None else f" article {s.art}" + ("" if s.other is None else f" beside {s.other}")
    what = f"{s.kind}{art}, {s.lines} line(s)"
    if s.kind == "body" and s.style:
        column = "a paragraph a line" if s.style.width == 0 else f"{s.style.width:g} cells"
        what += (
            f", {s.start:.2f}-{s.end:.2f} of its body, {column}, blank after every line {s.style.blank_every}"
        )
    if s.kind in ("title", "side"):
        what += ", doubled" * s.doubled + f", after its body {s.after}"
    return what + f", then {s.gap} blank line(s)"


if __name__ == "__main__":
    main()
