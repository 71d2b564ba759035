"""Layout repair at the line level, keeping every character's offset in the decoded page.

A `Line` is text plus, for each character, its position in the decoded page text, so that every
repaired string (an article body, a metric's span) maps back to the raw page. Repairs here:
invisible format characters (zero-width space, joiners, a soft hyphen) dropped, doubled-glyph
headlines (`标题标题：：`), spaced-out characters (`打 通 社 区`), and spaces between numbers and
Chinese text (`35 万余件`), which PDF extraction inserts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

CJK = r"\u3400-\u9fff\uf900-\ufaff"
# An ASCII full stop ending Chinese text (pages printed with `.` for `。`): after a Chinese character or
# a closing quote or bracket, not a number's point (`2480.` cut by the wrap) nor an abbreviation's.
ASCII_STOP = f"(?<=[{CJK}”’」』）)])\\.(?![0-9A-Za-z])"
_CJK_CHAR = re.compile(f"[{CJK}]")
# One CJK character (or CJK punctuation) followed by a space, three or more times: spaced-out text.
_PUNCT = "“”‘’（）《》，、："
# Marks a spaced-out run goes on over but never opens with (`事宜。 段 鸣 摄`: a sentence's end, then a
# credit's name spaced to fill its cell, is no run).
_INNER = "。·—…"
# A run of 4+ single characters each followed by a space; the run may not start or end inside a word.
# Digits and ASCII punctuation spaced out among them are part of the run (`三 个 2 0 %`, `屯 昌 : 实`,
# `本 报 讯 ( 记 者`: a page printing ASCII punctuation prints its brackets so too), and so is a point
# inside the run (`约 8 5 . 2 5 万`: a decimal point the spacing set apart as it sets the digits).
_ASCII_PUNCT = "%:,;!?\"'()"
_SPACED_ANY = f"{CJK}{_PUNCT}{_INNER}0-9{_ASCII_PUNCT}."
_SPACED_RUN = re.compile(
    f"(?:(?<![{CJK}0-9])[{CJK}0-9]|[{_PUNCT}{_ASCII_PUNCT}])[ \u3000]+(?:[{_SPACED_ANY}][ \u3000]+){{2,}}"
    f"[{_SPACED_ANY}](?![{CJK}0-9])"
)
UNDOUBLE_MAX = 200
_IMMEDIATE_REPEAT = re.compile(r"(\S\S+)\1")
_GLYPH_PAIRS = re.compile(r"(\S)\1(\S)\2(\S)\3")  # three glyphs in a row printed twice each
# Invisible format characters a PDF's text layer leaves between glyphs: zero-width space, non-joiner
# and joiner, word joiner, a byte-order mark inside the text, a soft hyphen. They print nothing, so a
# line is read as if they were not there; their offsets are skipped, the others' stay as they are.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
# Spaces between a number and Chinese text, as PDF extraction inserts them: a space or two, or one
# ideographic space (`35 万余件`); a gap of three cells or more is one between two columns (`_column_gap`).
_NUM_GAP = re.compile(f"(?<=[0-9%])(?: {{1,2}}|\u3000)(?=[{CJK}%])|(?<=[{CJK}])(?: {{1,2}}|\u3000)(?=[0-9])")


@dataclass
class Line:
    """Text and the page offset of each of its characters. Lines are never changed in place, so
    a method with nothing to change may return the line itself."""

    text: str
    offs: Sequence[int] = field(repr=False)  # a list, or a range for a line as the page printed it
    doubled: bool = False
    # of a line `undouble` undid, each character's: printed twice (a repeat's first copy) or once
    # (a headline set beside a doubled one); None where no line was undone
    twice: Sequence[bool] | None = field(default=None, repr=False, compare=False)

    def keep(self, mask: list[bool]) -> Line:
        text = "".join(c for c, k in zip(self.text, mask, strict=True) if k)
        offs = [o for o, k in zip(self.offs, mask, strict=True) if k]
        twice = None if self.twice is None else [t for t, k in zip(self.twice, mask, strict=True) if k]
        return Line(text, offs, self.doubled, twice)

    def slice(self, start: int, end: int | None = None) -> Line:
        twice = None if self.twice is None else self.twice[start:end]
        return Line(self.text[start:end], self.offs[start:end], self.doubled, twice)

    def strip(self) -> Line:
        if not self.text or not (self.text[0].isspace() or self.text[-1].isspace()):
            return self
        left = len(self.text) - len(self.text.lstrip())
        right = len(self.text.rstrip())
        return self.slice(left, max(left, right))


def split_lines(text: str) -> list[Line]:
    """The page's lines, each with the page offset of every character (a range: no list of
    offsets is built for a line that is only sliced)."""
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(Line(raw, range(pos, pos + len(raw))))
        pos += len(raw) + 1
    return lines


def _longest_repeat(s: str, i: int) -> int:
    for size in range((len(s) - i) // 2, 0, -1):
        if s[i : i + size] == s[i + size : i + 2 * size]:
            return size
    return 0


@lru_cache(maxsize=1 << 14)  # a line is asked again by later passes (`_holds_doubled_run`, `undouble_beside`)
def may_read_doubled(s: str) -> bool:
    """`undouble`'s first tests, which nearly every line of text fails: short enough to scan
    (UNDOUBLE_MAX: headlines are short, the scan is quadratic), four visible characters or more, a
    share of them repeated (each repeat's second half repeats characters seen before it, so a text
    with too few repeated characters can never reach 80% coverage) and a run repeated right after
    itself somewhere."""
    if len(s) > UNDOUBLE_MAX:
        return False
    visible = len(s.replace(" ", ""))
    return (
        visible >= 4 and 5 * (len(s) - len(set(s))) >= 2 * visible and _IMMEDIATE_REPEAT.search(s) is not None
    )


def undouble(line: Line) -> Line:
    """`标题标题：：正文正文` -> `标题：正文` when most of the line is printed twice; else unchanged."""
    s = line.text
    if not may_read_doubled(s):
        return line
    visible = len(s.replace(" ", ""))
    i, mask, covered, twice = 0, [True] * len(s), 0, [False] * len(s)
    while i < len(s):
        size = _longest_repeat(s, i) if not s[i].isspace() else 0
        if size:
            mask[i + size : i + 2 * size] = [False] * size
            twice[i : i + size] = [True] * size
            covered += 2 * size
            i += 2 * size
        else:
            i += 1
    if covered >= 0.8 * visible and _CJK_CHAR.search(s):
        out = Line(line.text, line.offs, True, twice).keep(mask)
        return out
    return line


def repeats_once(text: str) -> str:
    """The text with every immediate repeat of a run read once, however little of it repeats: the
    scan `undouble` makes, without the share of the line it asks to be printed twice (a segment of a
    doubled line the wrap cut inside a repeat, read against its repaired text)."""
    if len(text) > UNDOUBLE_MAX:
        return text
    out, i = [], 0
    while i < len(text):
        size = _longest_repeat(text, i) if not text[i].isspace() else 0
        out.append(text[i : i + size] if size else text[i])
        i += 2 * size if size else 1
    return "".join(out)


def undouble_beside(line: Line, below: str = "") -> Line:
    """`undouble`, and for a line it leaves as it was, each run between its spaces undone on its own
    (`标题标题：：一一  另一个标题` -> `标题：一  另一个标题`): headlines set side by side come out on one
    text line, and a fake bold is drawn per text object, so one headline beside another may be
    printed twice and the other once, too few of the line's characters repeated for `undouble`.
    The line reads doubled where any of its runs does. A last run printed once that the line
    `below` goes on doubled (`龙翔苑小区不` / `再停车难龙翔苑小区不再停车难`: the wrap cut a doubled
    run's first copy), or that holds the start of its own repeat (`_repeat_cut_off`), is a doubled
    headline wrapped: the line is left whole, read with the next as before."""
    whole = undouble(line)
    if whole.doubled or not _SPACES.search(line.text):
        return whole
    if not any(map(may_read_doubled, _SPACES.split(line.text))):
        return line  # no run `undouble` could read doubled (nearly every line of runs side by side)
    parts, start = [], 0
    for m in _SPACES.finditer(line.text):
        parts += [line.slice(start, m.start()), line.slice(m.start(), m.end())]
        start = m.end()
    parts.append(line.slice(start))
    runs = [undouble(x) if i % 2 == 0 else x for i, x in enumerate(parts)]
    wrapped = not runs[-1].doubled and _wrapped_run(runs[-1].text, below)
    if not any(x.doubled for x in runs[: -1 if wrapped else None]):
        return line
    out = join(runs)
    out.doubled = True
    out.twice = [t for x in runs for t in (x.twice or [False] * len(x.text))]
    if wrapped:  # the last run as printed, a doubled print the wrap cut, read with the next line
        out.twice = [*out.twice[: len(out.text) - len(runs[-1].text)], *[True] * len(runs[-1].text)]
    return out


def _wrapped_run(run: str, below: str) -> bool:
    """A line's last run, printed once, is part of a doubled run the line's end cut (`undouble_beside`)."""
    goes_on = run + _SPACES.split(below.strip(), maxsplit=1)[0]
    return (
        _repeat_cut_off(run) or bool(below.strip()) and undouble(Line(goes_on, range(len(goes_on)))).doubled
    )


_SPACES = re.compile("[ \u3000]+")


def _repeat_cut_off(run: str) -> bool:
    """A line's last run is a doubled run the line's end cut inside its repeat (`社区更社区` / `更…`:
    the run, then the start of its second copy): the line is a doubled headline wrapped, read whole
    with the next (`undouble` leaves it, and so does `undouble_beside`)."""
    return any(run[:k] == run[-k:] for k in range(1, (len(run) - 1) // 2 + 1))


def _drop_spaces(line: Line, spans: list[tuple[int, int]]) -> Line:
    mask = [True] * len(line.text)
    for start, end in spans:
        for i in range(start, end):
            if line.text[i] in " \u3000":
                mask[i] = False
    return line.keep(mask)


def collapse_spaces(line: Line) -> Line:
    """Remove spaces inside spaced-out runs and between numbers and Chinese characters."""
    if " " not in line.text and "\u3000" not in line.text:
        return line  # both patterns remove spaces: most lines have none
    spans = [m.span() for m in _SPACED_RUN.finditer(line.text)]
    spans += [m.span() for m in _NUM_GAP.finditer(line.text)]
    return _drop_spaces(line, spans) if spans else line


def drop_invisible(line: Line) -> Line:
    """The line without its invisible format characters (`INVISIBLE`), each other character at
    its own page offset."""
    if not _INVISIBLE.search(line.text):
        return line  # nearly every line: one scan, no mask built
    return line.keep([c not in INVISIBLE for c in line.text])


def visible(text: str) -> str:
    """The text without its invisible format characters, for text taken from the page itself."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def repair_line(line: Line, below: str = "") -> Line:
    """The line repaired; `below`: the next printed line's text (`undouble_beside`)."""
    printed = drop_invisible(line).strip()
    below = visible(below)
    once, glyphs = undouble_beside(printed, below), unpair_glyphs(printed)
    if glyphs is not printed and not _run_doubled(below):  # read glyph by glyph
        once = Line(glyphs.text, glyphs.offs)  # not `doubled`: see `unpair_glyphs`
    return collapse_spaces(once)


WRAPPED_REPEAT_MIN = 3  # characters once: a shorter run printed twice across a wrap may be chance


def repeat_across_wrap(upper: Line, lower: Line) -> tuple[Line, Line]:
    """A line's last run and the next line's first run that read, joined, as printed doubled
    (`甲标题 乙标题` + `乙标题 丙标题`, `…仙居后项村有个仙居后项村` + `有个““说事会说事会”” …`) where the
    last run alone does not: headlines set side by side and printed doubled, the wrap cutting one
    between or inside its copies (`undouble_beside` leaves such a last run as printed). Each line
    keeps its characters of the run's first copies; the lines come back unchanged where the joined
    runs do not read doubled, or where the upper line is one run or neither line holds a run beside
    (a line of text printed twice under a dispatch, `本报讯 …` / `…`, is no headline's)."""
    cut = max(upper.text.rfind(" "), upper.text.rfind("\u3000")) + 1
    if not upper.text.strip() or not lower.text.strip():
        return upper, lower
    if not (upper.doubled or cut):
        return _one_run_across_wrap(upper, lower)
    m = _SPACES.search(lower.text.strip())
    if not (upper.doubled or m) or not m and _kicker_before(upper.text[:cut]):
        return upper, lower
    lead = len(lower.text) - len(lower.text.lstrip())
    end = lead + m.start() if m else len(lower.text)
    size = 0
    for start in dict.fromkeys((cut, _once_tail(upper, cut))):
        cut, run = start, upper.text[start:]
        joined = run + lower.text[lead:end]
        size = _longest_repeat(joined, 0) if len(joined) <= UNDOUBLE_MAX else 0
        if size >= WRAPPED_REPEAT_MIN and 2 * size > len(run) and _CJK_CHAR.search(joined[:size]):
            break
    else:
        return upper, lower  # no run printed twice from the last run's start across the wrap
    if _cell_repeated(upper, lower, len(run), size, end - lead):
        return upper, lower
    up_twice = [*(upper.twice or [False] * cut)[:cut], *[True] * len(run)]
    up = Line(upper.text, upper.offs, True, up_twice).keep(
        [True] * cut + [not size <= i < 2 * size for i in range(len(run))]
    )
    low_kept = [not size <= len(run) + i < 2 * size for i in range(end - lead)]
    low_twice = list(lower.twice or [False] * len(lower.text))
    low_twice[lead:end] = [True] * (end - lead)
    doubled = lower.doubled or any(low_kept)
    low = Line(lower.text, lower.offs, doubled, low_twice if doubled else None).keep(
        [True] * lead + low_kept + [True] * (len(lower.text) - end)
    )
    return up, low.strip()


def _cell_repeated(upper: Line, lower: Line, run: int, size: int, first: int) -> bool:
    """The upper line's last run and the lower line's first run are one text whole (`size` = both
    runs' lengths) and neither line is printed doubled anywhere else: a list or table whose rows go
    on from where the row above stopped (`青禾镇 白沙村` / `白沙村 临川镇`, a route's legs), not a
    headline's fake bold the wrap cut between its copies, which a block of headlines printed doubled
    shows on its other runs too."""
    return size == run == first and not upper.doubled and not lower.doubled


def _once_tail(upper: Line, cut: int) -> int:
    """Where the last run's end printed once starts, when the line's runs before it in that run
    were undone (`吉林西部兴起“积分超市”：农民攒积` / `分换来乡村农民攒积分换来乡村`: the wrap cut the run's
    last phrase between its copies), on a line of headlines side by side; `cut` where no such end
    is known."""
    if not cut or not upper.twice or not upper.twice[cut:] or upper.twice[-1]:
        return cut  # (a line of one run: one column's doubled headline, read with the next as before)
    k = len(upper.text)
    while k > cut and not upper.twice[k - 1]:
        k -= 1
    return k if k > cut else cut


def _one_run_across_wrap(upper: Line, lower: Line) -> tuple[Line, Line]:
    """A line of one run that reads doubled only joined with the next line's first run, the next
    line holding another run beside (`甲标题甲标题：：乙半乙半` / `乙半 丙标题`): a doubled headline
    the wrap cut inside its repeat, a headline printed once set beside its rest (a block of
    headlines side by side at a page's foot). Each line keeps its characters of the first copies;
    a line of one run read with a next line of one run (a doubled headline wrapped alone) is left
    to be read with it as before, and so is a line `undouble` reads as printed once joined."""
    m = _SPACES.search(lower.text.strip())
    if not m:
        return upper, lower
    lead = len(lower.text) - len(lower.text.lstrip())
    end = lead + m.start()
    joined = upper.text + lower.text[lead:end]
    once = undouble(Line(joined, range(len(joined))))
    if not once.doubled or not _CJK_CHAR.search(joined):
        return upper, lower
    kept, twice = set(once.offs), dict(zip(once.offs, once.twice or [], strict=False))
    n = len(upper.text)
    up = Line(upper.text, upper.offs, True, [twice.get(i, True) for i in range(n)])
    up = up.keep([i in kept for i in range(n)])
    low_twice = list(lower.twice or [False] * len(lower.text))
    low_twice[lead:end] = [True] * (end - lead)
    run_kept = [n + i in kept for i in range(end - lead)]
    doubled = lower.doubled or any(run_kept)
    mask = [True] * lead + run_kept + [True] * (len(lower.text) - end)
    low = Line(lower.text, lower.offs, doubled, low_twice if doubled else None).keep(mask)
    return up, low.strip()


KICKER_RUN_MAX = 12  # characters: a kicker or column label set on its headline's line is no longer
KICKER_RUN_MIN = 3  # Chinese characters: a kicker's least (a shorter run is a headline's carried end)
_CLOSING = tuple("）】」』”’》〉)]")


def _kicker_before(before: str) -> bool:
    """The upper line's text before its last run is one run short as a kicker (KICKER_RUN_MAX
    characters, no colon in it: `某市：` opens a headline) and the next line goes on
    with no run beside (`repeat_across_wrap`): `栏目  标题前` / `标题后标题后` is a kicker set on its
    doubled headline's line, the headline wrapped under it, read as one doubled block. Two headlines
    set side by side wrap each in its own column, so the next line holds the neighbour's rest or
    deck beside the wrapped one (`甲标题 乙标前` / `乙标后 丙副题`)."""
    head = before.strip()
    return (
        len(_CJK_CHAR.findall(head)) >= KICKER_RUN_MIN
        and not head.startswith(_CLOSING)  # a headline's end the wrap carried (`圖）`), no kicker
        and not _SPACES.search(head)
        and len(head) <= KICKER_RUN_MAX
        and "：" not in head
        and ":" not in head
    )


def _run_doubled(below: str) -> bool:
    """The next line is a print of runs twice (`民忧民忧 社区更社区更`) and not of glyphs twice: a line
    above it in glyph pairs (`一一““桩桩””解解`) is the same print's start, its runs one glyph long,
    which the headline reading joins with the next as it was printed (`_doubled_print_ended`)."""
    return (
        bool(below)
        and undouble(Line(below, range(len(below)))).doubled
        and unpair_glyphs(Line(below, range(len(below)))).text == below
    )


_PAIRED_SHARE = 0.8  # of a line's visible characters, printed twice glyph by glyph
_MIN_PAIRED = 6  # visible characters: `星星点点` is a word, not a glyph-doubled print
# A line of reduplicated words (`楼道干干净净整整齐齐`, `家家户户平平安安过年`) pairs most of its glyphs
# too: a glyph-doubled print is told from it by a pair of marks, digits or letters (`，，`, `6688`),
# or by more pairs than such a phrase holds, with at most a glyph left single at each end (a pair
# the wrap cut).
_MANY_PAIRS = 6
_SINGLE_ENDS = 2


def unpair_glyphs(line: Line) -> Line:
    """`主主心心骨骨，，6688个个` -> `主心骨，68个`: each glyph printed twice, as the text layer reads out a
    bold face drawn by overprinting (a subhead, a lead paragraph). `undouble` finds runs printed
    twice, and its longest repeat first would read `1100880088` as `1` and `0088` twice; read glyph
    by glyph it is `10808`. Returns the line itself where too few glyphs come in pairs. The line
    read so is not `doubled`: such prints are body text as often as headlines (a lead paragraph set
    bold), and the line model was never shown them as doubled. `undouble` would call one doubled
    only by accident, where a glyph printed twice in a row stands twice (`11`, `2000`, `……`, `——`:
    `1111`, `0000`, a run of two repeated), so that one line of a bold paragraph, the one with a
    figure in it, would be read as a headline and taken out of its text."""
    s = line.text
    if len(s) < _MIN_PAIRED or not _GLYPH_PAIRS.search(s):
        return line
    mask, paired, marks, i = [True] * len(s), 0, 0, 0
    while i < len(s):
        if not s[i].isspace() and i + 1 < len(s) and s[i + 1] == s[i]:
            mask[i + 1], paired, i = False, paired + 2, i + 2
            marks += not _CJK_CHAR.match(s[i - 2])
        else:
            i += 1
    visible = len(s.replace(" ", "").replace("\u3000", ""))
    if paired < _PAIRED_SHARE * visible or not _CJK_CHAR.search(s):
        return line
    if not marks and (paired // 2 < _MANY_PAIRS or visible - paired > _SINGLE_ENDS):
        return line  # reduplicated words, not a glyph-doubled print
    return line.keep(mask)


def join(lines: list[Line], sep: str = "") -> Line:
    """Concatenate lines; a separator takes the offset of the end of the line before it."""
    text: list[str] = []
    offs: list[int] = []
    for n, line in enumerate(lines):
        if n and sep:
            text.append(sep)
            offs.extend([offs[-1] if offs else 0] * len(sep))
        text.append(line.text)
        offs.extend(line.offs)
    return Line("".join(text), offs)


# Two columns printed side by side on one text line (a PDF's layout text): between two runs of text,
# blank space three cells wide or more (three spaces, an ideographic space and a space) or a tab.
_BLANK_RUN = re.compile(r"(?<=\S)[ \u3000\t]+(?=\S)")
COLUMN_ROWS = 3  # lines printing both columns at one place before a page is read as two columns
COLUMN_SLACK = 2  # cells the second column's start may wander by from line to line


def _cells(text: str) -> int:
    """Display cells of a text: a wide (CJK) character two, others one."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _column_gap(text: str) -> re.Match[str] | None:
    """The first gap between two columns in a line of text, or None."""
    return next((m for m in _BLANK_RUN.finditer(text) if "\t" in m.group() or _cells(m.group()) >= 3), None)


def _second_column(line: Line) -> int | None:
    """Where (in cells) the text after the line's first column gap starts; None without a gap."""
    m = _column_gap(line.text)
    return None if m is None else _cells(line.text[: m.end()])


def columns_apart(raw: list[Line]) -> list[Line]:
    """The page's lines with every run of two columns printed side by side (COLUMN_ROWS lines or
    more whose second column starts at one place, give or take COLUMN_SLACK cells) read column by
    column: the run's left parts, then its right parts (read again for a third column), each
    character at its own page offset. A line of the run printing one column only (a paragraph's
    short last line, the other column's blank line) goes to the column its text stands in; a blank
    line to both. A line with a gap and no such run around it (two headlines side by side, a
    headline beside a line of text) is left as printed: the segmentation reads those."""
    starts = [_second_column(x) for x in raw]
    out: list[Line] = []
    k = 0
    while k < len(raw):
        end = _column_run(raw, starts, k)
        if end == k:
            out.append(raw[k])
            k += 1
            continue
        at = starts[k]
        assert at is not None
        parts = [_parts(x, at) for x in raw[k:end]]
        out += [x for x, _ in parts if x is not None]
        out += columns_apart([y for _, y in parts if y is not None])  # a third column, and on
        k = end
    return out


def _column_run(raw: list[Line], starts: list[int | None], k: int) -> int:
    """The end of the run of two columns side by side that starts at line k (k itself where none does)."""
    at = starts[k]
    if at is None:
        return k
    end, rows = k, 0
    while end < len(raw) and _in_columns(raw[end], starts[end], at):
        rows += starts[end] is not None
        end += 1
    while end > k and not raw[end - 1].text.strip():
        end -= 1  # blank lines after the run are the page's
    return end if rows >= COLUMN_ROWS else k


def _in_columns(line: Line, start: int | None, at: int) -> bool:
    """The line prints two columns whose second starts at `at`, one of them only, or nothing."""
    if start is not None:
        return abs(start - at) <= COLUMN_SLACK
    text = line.text.rstrip()
    lead = len(text) - len(text.lstrip())
    return not text or _cells(text[:lead]) >= at - COLUMN_SLACK or _cells(text) < at - COLUMN_SLACK


def _parts(line: Line, at: int) -> tuple[Line | None, Line | None]:
    """A line of a run as (left column's part, right column's part), None where a column prints
    nothing on it."""
    m = _column_gap(line.text)
    if m is not None:
        return line.slice(0, m.start()), line.slice(m.end())
    text = line.text.rstrip()
    lead = len(text) - len(text.lstrip())
    if not text:
        return line, line.slice(0, 0)
    if _cells(text[:lead]) >= at - COLUMN_SLACK:
        return None, line.slice(lead)
    return line, None
