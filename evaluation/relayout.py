"""The shared sample pages laid out again: the same text and gold, other wraps, line ends, indents and
encodings, headlines spaced out or doubled, scored for segmentation as `evaluation.segmentation` scores them.

    python -m evaluation.relayout [--layouts printed,crlf,...] [-v]

The three sample pages are the only real pages with a gold of their own, and segmentation was developed
on them as printed: they score 1.00 as printed, which says nothing about the same text set in a column
a few characters narrower, with a blank line after every line, or saved as GB18030 with CRLF line ends.
Real pages of the same paper come in those variations (the issue's second row of figures is such a
measurement), so this lays each sample out again in each of `LAYOUTS` and prints the scorer's figures
per layout, with the misses per page under -v.

How a page is laid out again (`relaid`): its lines are read as units. A line the gold names as a
headline (its text inside a gold title), a markdown heading, or a line shorter than the column is a
unit of its own and is printed as it was; a run of column-wide lines with the short line that ends it is
a paragraph, whose text is wrapped again at the new width (a closing punctuation mark never starts a
line: it stays at the end of the line before, as typesetters squeeze it). A page whose lines are whole
paragraphs (no column: sample 001) is wrapped only when a layout gives it a width (`WIDE_COLUMN`
characters times the layout's factor). The texts of headlines and bodies are unchanged, so the gold
still holds: the scorer compares texts with whitespace and line breaks removed.
"""

from __future__ import annotations

import argparse
import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from evaluation.segmentation import line, samples, score

WIDE_COLUMN = 30  # the column a page of whole-paragraph lines is wrapped to at factor 1
_NO_START = frozenset("，。、；：？！）》」』”’…—,.;:?!)")  # closing marks a line never starts with
_DOUBLED = re.compile(r"(.{1,24}?)\1")  # a stretch printed twice over (`标题标题：：`)
_STRETCH = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]+|.")  # a stretch of words, or one mark
_FULL = 0.85
_OPENING = 0.6  # a short line this wide, ending in a word, opens the paragraph under it
_SET_APART = re.compile(r"[\s□■●◆▲★（(【]")  # a byline's marks and spaces: a line of its own
_SENTENCE_END = re.compile(r"[。！？!?…][”’」』）)]*$")
_WORD_END = re.compile(
    r"[\u4e00-\u9fff0-9A-Za-z]$"
)  # a line this share of the column or wider runs on into the next


@dataclass(frozen=True)
class Layout:
    """One way of laying a page out again; the defaults keep it as printed."""

    name: str
    width: float = 1.0  # the column's width, as a factor of the page's own
    blank: bool | None = None  # a blank line after every line; None: as printed
    indent: str = ""  # printed before each paragraph's first line
    newline: str = "\n"
    encoding: str = "utf-8"
    heads: str = ""  # the gold headlines' lines printed "spaced" out or "doubled" (`标题标题：：`)


LAYOUTS = (
    Layout("printed"),
    Layout("crlf", newline="\r\n"),
    Layout("gb18030", encoding="gb18030"),
    Layout("utf-16", encoding="utf-16"),
    Layout("indented", indent="\u3000\u3000"),
    Layout("indented width 0.7", width=0.7, indent="\u3000\u3000"),
    Layout("width 0.7", width=0.7),
    Layout("width 0.85", width=0.85),
    Layout("width 1.15", width=1.15),
    Layout("width 1.5", width=1.5),
    Layout("blank toggled", blank=True),  # `relaid` toggles: blank where none, none where blank
    Layout("width 0.85 toggled", width=0.85, blank=True),
    Layout("heads spaced", heads="spaced"),
    Layout("heads doubled", heads="doubled"),
    Layout("all at once", width=1.15, blank=True, indent="  ", newline="\r\n", encoding="gb18030"),
)


@dataclass(frozen=True)
class Unit:
    """A line printed as it was, or a paragraph's lines, to wrap again; `gap`: a blank line follows it."""

    lines: tuple[str, ...]
    paragraph: bool
    gap: bool = False
    breaks: tuple[int, ...] = ()  # characters into the paragraph where a column break left a blank line
    head: bool = False  # a line of a gold headline


def cells(text: str) -> float:
    """How wide a line is printed, in full-width cells: an ASCII character takes half a cell."""
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def _column(lines: list[str]) -> int:
    """The most common width of the page's long lines, in cells: its body column."""
    widths = Counter(round(cells(x)) for x in lines if len(x) >= 6)
    return widths.most_common(1)[0][0] if widths else 0


def _is_heading(text: str, head: bool, width: int) -> bool:
    """A line set apart from the column: a markdown heading, a line of a gold headline (`head`), a line
    wider than the column (a headline or deck set across columns, side-by-side headlines)."""
    return text.startswith("#") or head or (width > 0 and cells(text) > 1.2 * width)


def _bare(text: str) -> str:
    return _DOUBLED.sub(r"\1", "".join(text.split()))


def _head_lines(lines: list[str], titles: list[str]) -> set[int]:
    """The lines printing a gold headline: a whole one, or a part of one that goes on in the line
    printed before or after it (a body line may repeat a headline's words, and its neighbours then
    go on with the body's)."""
    printed = [k for k, x in enumerate(lines) if x.strip()]
    bare = {k: _bare(lines[k]) for k in printed}
    out = set()
    for n, k in enumerate(printed):
        b = bare[k]
        if len(b) < 2 or not any(b in t for t in titles):
            continue
        before = bare[printed[n - 1]] + b if n else ""
        after = b + bare[printed[n + 1]] if n + 1 < len(printed) else ""
        if any(b == t or (before and before in t) or (after and after in t) for t in titles):
            out.add(k)
    return out


def units(text: str, titles: list[str]) -> tuple[list[Unit], int, bool]:
    """The page's units, its column width in characters (0: lines are whole paragraphs) and whether
    it prints a blank line after every line."""
    lines = text.split("\n")
    printed = [x.strip() for x in lines if x.strip()]
    spaced = sum(not x.strip() for x in lines) >= 0.4 * len(lines)
    width = _column(printed)
    if width > 60 or statistics.median(len(x) for x in printed) > 60:
        width = 0
    heads = _head_lines(lines, titles)
    out: list[Unit] = []
    run: list[str] = []
    breaks: list[int] = []

    def close(gap: bool = False) -> None:
        if run:
            out.append(Unit(tuple(run), True, gap, tuple(breaks)))
            run.clear()
            breaks.clear()

    for k, raw in enumerate(lines):
        t = raw.strip()
        gap = k + 1 < len(lines) and not lines[k + 1].strip()
        if not t:
            if spaced or not run or (run and breaks and breaks[-1] == len("".join(run))):
                continue
            if _SENTENCE_END.search(run[-1]) or _next_is_heading(lines, k, heads, width):
                close(True)  # a blank line ends a paragraph on a page that has few of them
            else:
                breaks.append(len("".join(run)))  # a column's end inside a paragraph: it goes on
            continue
        if _is_heading(t, k in heads, width):
            close()
            out.append(Unit((raw.rstrip(),), False, gap, head=k in heads))
            continue
        if width and not run and cells(t) < _FULL * width:
            if cells(t) >= _OPENING * width and _WORD_END.search(t) and not _SET_APART.search(t):
                run.append(t)  # a paragraph's first line set short (an initial, an indent) runs on
                continue
            out.append(Unit((raw.rstrip(),), False, gap))
            continue
        run.append(t)
        if not width or cells(t) < _FULL * width:
            close(gap)
    close()
    return out, width, spaced


def _next_is_heading(lines: list[str], k: int, heads: set[int], width: int) -> bool:
    """The next printed line after line k is set apart (or there is none)."""
    rest = [j for j in range(k + 1, len(lines)) if lines[j].strip()]
    return not rest or _is_heading(lines[rest[0]].strip(), rest[0] in heads, width)


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of `width` cells, a closing mark kept on the line before."""
    out: list[str] = []
    cur = ""
    for ch in text:
        if cells(cur) >= width and ch not in _NO_START:
            out.append(cur)
            cur = ""
        cur += ch
    return [*out, cur] if cur else out


def relaid(text: str, titles: list[str], layout: Layout) -> bytes:
    """The page laid out again in `layout`, as the bytes of a file."""
    if layout.width == 1.0 and layout.blank is None and not layout.indent and not layout.heads:
        return text.replace("\n", layout.newline).encode(layout.encoding)
    found, width, spaced = units(text, titles)
    new_width = round((width or WIDE_COLUMN) * layout.width)
    blank = spaced if layout.blank is None else not spaced
    out: list[str] = []
    for u in found:
        if u.paragraph:
            body = wrap("".join(u.lines), new_width) if layout.width != 1.0 else list(u.lines)
            body[0] = layout.indent + body[0]
        else:
            body = [_printed_head(x, layout.heads) if u.head else x for x in u.lines]
        cut = _lines_ending(body, u.breaks, len(layout.indent))
        for k, x in enumerate(body):
            out.append(x)
            if (k in cut and not blank) or _blank_after(u, k == len(body) - 1, blank, layout):
                out.append("")
    return ("\n".join(out) + "\n").replace("\n", layout.newline).encode(layout.encoding)


def _printed_head(line: str, heads: str) -> str:
    """A line of a gold headline as `heads` prints it: its characters spaced out, or each stretch of
    words and each mark printed twice over, as some PDF extractors pull a bold headline out; a line
    printed doubled already as it is."""
    bare = "".join(line.split())
    if not heads or _DOUBLED.sub(r"\1", bare) != bare:
        return line
    if heads == "spaced":
        return " ".join(bare)
    return "".join(m.group(0) * 2 for m in _STRETCH.finditer(bare))


def _lines_ending(body: list[str], breaks: tuple[int, ...], indent: int) -> set[int]:
    """The lines of a wrapped paragraph a column break follows: the line holding each break's
    character (a column ends on a full line; the paragraph goes on at the next one's top)."""
    ends = list(itertools.accumulate(len(x) for x in body))
    ends = [e - indent for e in ends]
    return {next((i for i, e in enumerate(ends) if e >= b), len(body) - 1) for b in breaks}


def _blank_after(u: Unit, last: bool, blank: bool, layout: Layout) -> bool:
    """A blank line after a line: after every line on a spaced page, except inside a unit printed as
    it was that had none; on a page without them, where the page as printed had one."""
    if blank:
        return u.paragraph or layout.blank is not None or (last and u.gap)
    return last and u.gap and layout.blank is None


def pages(layout: Layout) -> list[tuple[str, bytes, dict]]:
    """The shared samples in `layout` (as printed: their own bytes)."""
    out = []
    for name, raw, gold in samples():
        if layout == Layout("printed"):
            out.append((name, raw, gold))
            continue
        titles = ["".join(a["title"].split()) for a in gold["articles"]] + gold.get("orphan_titles", [])
        out.append((name, relaid(raw.decode("utf-8"), titles, layout), gold))
    return out


SWEEP = tuple(
    Layout(
        f"width {w} {'toggled' if b else 'blank as printed'}{' indented' if i else ''} {h or 'heads'}",
        w,
        b,
        i,
        heads=h,
    )
    for w, b, i, h in itertools.product(
        (0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.05, 1.1, 1.15, 1.2, 1.3, 1.4, 1.5),
        (None, True),
        ("", "\u3000\u3000"),
        ("", "spaced", "doubled"),
    )
)


def sweep(verbose: bool) -> None:
    """Every layout of SWEEP (widths x blank lines x indents x headlines printed as they are, spaced or
    doubled): how many hold every gold article and title, and which misses the others show, most
    frequent first. A mend fitted to one layout of LAYOUTS shows here whether it holds at the widths
    around it."""
    held, misses = 0, Counter[tuple[str, str]]()
    for layout in SWEEP:
        totals, results, _ = score(pages(layout))
        whole = totals["attach"] == totals["gold"] and totals["f1"] == totals["pages"]
        held += whole
        if verbose and not whole:
            print(line(layout.name, totals), flush=True)
        for r in results:
            for m in r.get("misses", []):
                if m.startswith(("no single", "body of", "orphan")):
                    misses[(r["file"], m)] += 1
    print(f"samples sweep: {held} of {len(SWEEP)} layouts hold every article and title")
    for (name, miss), n in misses.most_common():
        print(f"  {n:3d} layouts  {name}: {miss}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--layouts", help="comma-separated layout names (default all)")
    ap.add_argument("-v", action="store_true", help="list each page's misses")
    ap.add_argument("--sweep", action="store_true", help=f"the {len(SWEEP)} layouts of SWEEP, summed up")
    args = ap.parse_args(argv)
    if args.sweep:
        sweep(args.v)
        return
    wanted = set(args.layouts.split(",")) if args.layouts else None
    for layout in LAYOUTS:
        if wanted and layout.name not in wanted:
            continue
        totals, results, _ = score(pages(layout))
        print(line(f"samples {layout.name}", totals), flush=True)
        if args.v:
            for r in results:
                misses = [m for m in r.get("misses", []) if m.startswith(("no single", "body of", "orphan"))]
                if misses:
                    print(f"  {r['file']}: " + "; ".join(misses))


if __name__ == "__main__":
    main()
