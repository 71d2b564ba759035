"""Articles: a decoded page -> the articles it prints, in page order, each with its headline,
byline, dateline and repaired body, and a map from every body character back to the page.

How a page is read (each step a small function below):
1. Lines are repaired (`lines.repair_line`) and classified: heading, byline (leading, closing,
   photo credit), dateline, continuation mark, body.
2. Bodies are cut only at hard boundaries: bylines, datelines, `#` headings and continuation marks.
   Headlines do not cut a body: a headline between two pieces of text with no byline or dateline
   between them is a subhead, or a headline displaced into another article's column.
3. Every headline unit is attached to the body it shares most with (weighted character bigrams,
   with a bonus for the bodies next to it), so a headline printed after its body, before it, or in
   the middle of another article finds its own body. A unit that matches no body well enough is an
   orphan headline (its body is on another page) and is never attached.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass, field

from transforms import bylines
from transforms.bylines import Author
from transforms.lines import CJK, Line, repair_line, split_lines

_TERMINALS, _CLOSERS = "。！？!?；…", "”’」』）)"
_TERMINAL = re.compile(f"[{_TERMINALS}][{_CLOSERS}]*$")
_DATELINE = re.compile(
    r"^(?:(?:本报|本刊|本報)(?!记者|記者|通讯员|通訊員)[^\s，。、]{0,10}?[讯訊](?![员員])"
    r"|(?:新华社|中新社|中新网|人民网|央视网|[^\s，。、]{2,6}(?:日报|晚报|网|社))?[^\s，。、]{0,8}?\d{1,2}月\d{1,2}日[电電])"
    r"[ \u3000]*"
)
# Every dateline starts with one of these or holds `日电`: lines with neither skip the regex.
_DATELINE_STARTS, _DATELINE_DATES = ("本报", "本刊", "本報"), ("日电", "日電")
_CONT = re.compile(r"[（(](?:下转|转下|上接|接上|转)[^）)]{0,12}[)）]")
_LEADING_PAREN = re.compile(r"^[（(]([^（）()]{2,40})[)）]\s*")
# A headline ending in ？ or ！: six characters or more, no other sentence punctuation, no comma.
_EXCLAIMED_HEADLINE = re.compile(r"[^。！？；，!?]{6,}[？！?!][”’」）)]?")
_EXCLAIMED_ENDS = tuple(m + q for m in "？！?!" for q in ("", *"”’」）)"))  # what that pattern can end with
_MARKDOWN = re.compile(r"^(#{1,6})\s*")
_SENTENCE_PUNCT = re.compile(r"[。！？；]")
_BIGRAM_CLEAN = re.compile(f"[^{CJK}A-Za-z0-9]")
_CIRCLED = re.compile(r"[①-⑳]$|[（(]\d+[)）]$|之[一二三四五六七八九十]$")
HEADLINE_MAX = 50
SHORT_UNIT = 10
NEIGHBOUR_MIN = 0.1
MIN_SPLIT_CHARS = 40
UNSEEN_WEIGHT = 0.5
ADJACENT_MIN, FAR_MIN, FAR_MARGIN, ADJACENT_BONUS = 0.34, 0.4, 0.15, 0.12


@dataclass
class Item:
    kind: str  # heading | lead_byline | end_byline | photo | body | cont_out | cont_in
    line: Line
    level: int = 0
    authors: list[Author] = field(default_factory=list)
    dateline: str | None = None


@dataclass
class Chunk:
    lines: list[Line] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    dateline: str | None = None
    closed: bool = False
    awaiting: bool = False
    photo: bool = False
    end_authors: list[Author] = field(default_factory=list)


@dataclass
class Unit:
    text: str
    level: int
    block: int
    order: int
    lines: tuple[int, ...] = ()
    displaced: bool = False


@dataclass
class Article:
    kind: str  # article | photo | orphan_headline
    title: str | None
    subtitle: str | None
    kicker: str | None
    byline: str | None
    dateline: str | None
    body: str
    offsets: Sequence[int]
    authors: list[Author]
    warnings: list[str] = field(default_factory=list)


def _ends_paragraph(text: str) -> bool:
    """Ends with sentence punctuation, closing quotes or brackets after it allowed."""
    if text.endswith("\n"):  # `$` also matches before a final newline: let the regex decide
        return bool(_TERMINAL.search(text))
    rest = text.rstrip(_CLOSERS)
    return bool(rest) and rest[-1] in _TERMINALS


def _dateline(text: str) -> re.Match[str] | None:
    """`_DATELINE.match`, without running the regex on the many lines that cannot hold one."""
    if text.startswith(_DATELINE_STARTS) or _DATELINE_DATES[0] in text or _DATELINE_DATES[1] in text:
        return _DATELINE.match(text)
    return None


def _headline_like(line: Line) -> bool:
    """Could be a headline: short, no sentence inside. A headline may end with ？ or ！
    (`老旧小区如何焕新？`) but not with 。 and never holds a full stop or a clause comma at its end."""
    t = line.text
    if line.doubled:
        return len(t) <= 2 * HEADLINE_MAX
    if not 0 < len(t) <= HEADLINE_MAX or t.endswith(("，", "、", ",", "；")):
        return False
    exclaimed = t.endswith(_EXCLAIMED_ENDS) and _EXCLAIMED_HEADLINE.fullmatch(t) is not None
    return exclaimed or (not _ends_paragraph(t) and not _SENTENCE_PUNCT.search(t))


def _column_width(lines: list[Line]) -> int:
    lengths = Counter(len(x.text) for x in lines if len(x.text) >= 6)
    return lengths.most_common(1)[0][0] if lengths else 0


def _is_heading(lines: list[Line], i: int, width: int, prev_kind: str) -> bool:
    line = lines[i]
    t = line.text
    if _dateline(t) or not _headline_like(line):
        return False
    clause = "，" in t or "、" in t
    if line.doubled:
        return True
    if prev_kind in ("end_byline", "photo", "start", "cont_out", "cont_in"):
        return not clause
    if prev_kind == "heading":
        return not clause or len(t) > width + 3 or t.startswith("——")
    isolated = 0 < i < len(lines) - 1 and not lines[i - 1].text and not lines[i + 1].text
    if clause or not (isolated or _ends_paragraph(_neighbour(lines, i, -1))):
        return False
    nxt = _neighbour(lines, i, 1)
    off_width = width and (len(t) < width - 2 or len(t) > width + 1)
    return bool(
        off_width or " " in t or not nxt or _dateline(nxt) or _CONT.search(nxt) or bylines.leading(nxt)
    )


def _neighbour(lines: list[Line], i: int, step: int) -> str:
    """Text of the nearest non-blank line before (step -1) or after (step 1) line i."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].text:
        j += step
    return lines[j].text if 0 <= j < len(lines) else ""


def _drop_blank_layout(lines: list[Line]) -> list[Line]:
    """Pages printed with a blank line after every line: blank lines carry no meaning there."""
    blank = sum(1 for x in lines if not x.text)
    return [x for x in lines if x.text] if blank >= 0.35 * len(lines) else lines


def _repeated(lines: list[Line]) -> tuple[list[Line], int]:
    """Drop a line (or paragraph) printed twice: a long line equal to one of the last few lines."""
    out: list[Line] = []
    recent: deque[str] = deque(maxlen=12)  # keys of the last lines kept (dateline taken off)
    dropped = 0
    for line in lines:
        m = _dateline(line.text)  # the pattern is anchored at the start: it matches once at most
        key = line.text[m.end() :] if m else line.text
        if len(key) >= 16 and key in recent:
            dropped += 1
            continue
        out.append(line)
        recent.append(key)
    return out, dropped


def classify(lines: list[Line]) -> list[Item]:
    width = _column_width(lines)
    items: list[Item] = []
    prev = "start"
    for i in range(len(lines)):
        item = _classify_one(lines, i, width, prev)
        items.extend(item)
        prev = item[-1].kind if item else prev
    return items


def _classify_one(lines: list[Line], i: int, width: int, prev: str) -> list[Item]:
    line = lines[i]
    if not line.text:
        return []
    if line.text[0] == "#" and (m := _MARKDOWN.match(line.text)):
        return [Item("heading", line.slice(m.end()), level=len(m.group(1)))]
    if ("（" in line.text or "(" in line.text) and (cont := _CONT.search(line.text)):
        kind = "cont_in" if ("上" in cont.group(0) or "接" in cont.group(0)) else "cont_out"
        rest = [line.slice(0, cont.start()).strip(), line.slice(cont.end()).strip()]
        items = [it for part in rest if part.text for it in _classify_one([part], 0, width, prev)]
        return ([Item(kind, line)] + items) if kind == "cont_in" else (items + [Item(kind, line)])
    if end := _closing_byline(lines, i):
        return end
    if authors := bylines.leading(line.text):
        return [Item("lead_byline", line, authors=authors)]
    if _is_heading(lines, i, width, prev):
        return [Item("heading", line)]
    return [_body_item(line)]


def _closing_byline(lines: list[Line], i: int) -> list[Item] | None:
    line = lines[i]
    for finder, kind in ((bylines.trailing, "end_byline"), (bylines.photo, "photo")):
        found = finder(line.text)
        if not found:
            continue
        start, authors = found
        before = line.slice(0, start).strip()
        context = before.text or (lines[i - 1].text if i else "")
        if kind == "end_byline" and context and not _ends_paragraph(context) and before.text:
            continue
        if kind == "end_byline" and not before.text and i and not _ends_paragraph(lines[i - 1].text):
            continue
        items = [_body_item(before)] if before.text else []
        return items + [Item(kind, line.slice(start).strip(), authors=authors)]
    return None


def _body_item(line: Line) -> Item:
    """A body line; a dateline at its start is taken out, and so is a byline right after it
    (`本报讯（记者 张三 通讯员 李四）近日，…`, `新华社北京12月1日电（记者 王五）…`)."""
    m = _dateline(line.text)
    if not (m and m.end() < len(line.text)):
        return Item("body", line)
    rest = line.slice(m.end())
    byline = _LEADING_PAREN.match(rest.text)
    authors = bylines.parse(byline.group(1), "记者") if byline else None
    if byline is not None and authors:
        rest = rest.slice(byline.end()).strip()
    return Item("body", rest, authors=authors or [], dateline=m.group(0).strip())


def chunk(items: list[Item]) -> tuple[list[Chunk], list[tuple[int, int, list[Item]]]]:
    """Cut the page into bodies at hard boundaries. Returns the bodies and the headline blocks,
    each as (index of the body before it, index of the body open around or after it, its items)."""
    chunks: list[Chunk] = []
    blocks: list[tuple[int, int, list[Item]]] = []
    cur: Chunk | None = None
    pending: list[Item] = []
    for it in items:
        if it.kind == "heading":
            if it.level == 1 and cur:
                cur.closed = True
            pending.append(it)
            continue
        cur = _feed(chunks, cur, it, pending, blocks)
        pending = [] if it.kind in ("body", "lead_byline", "end_byline", "photo", "cont_in") else pending
    if pending:
        blocks.append((len(chunks) - 1, len(chunks), pending))
    return chunks, blocks


def _open_new(chunks: list[Chunk]) -> Chunk:
    chunks.append(Chunk())
    return chunks[-1]


def _feed(chunks, cur, it, pending, blocks):  # noqa: ANN001, ANN202 - internal state machine step
    fresh = cur is None or cur.closed
    if it.kind == "cont_out":
        if cur:
            cur.closed, cur.awaiting = True, True
        return cur
    if it.kind == "cont_in":
        waiting = next((c for c in reversed(chunks) if c.awaiting), None)
        if waiting:
            waiting.closed = waiting.awaiting = False
        return waiting
    starts = it.kind == "lead_byline" or it.dateline
    if fresh or (starts and cur.lines):
        cur = _open_new(chunks)
    if pending:
        inner = not fresh and not starts
        blocks.append((len(chunks) - (1 if inner else 2), len(chunks) - 1, list(pending)))
        if inner and cur.lines and not _ends_paragraph(cur.lines[-1].text):
            for p in pending:  # the block cuts a sentence in two: it was printed over another column
                p.level = -1
        if inner:  # a subhead or a displaced headline: its text stays in place unless claimed
            cur.lines.extend(p.line for p in pending)
    if it.kind == "photo" and cur.lines and (caption := _split_caption(cur)):
        chunks.append(caption)
        caption.authors.extend(it.authors)
        caption.bylines.append(it.line.text)
        cur.closed = True
        return cur
    if it.kind in ("lead_byline", "end_byline", "photo"):
        cur.authors.extend(it.authors)
        if it.kind == "end_byline":
            cur.end_authors.extend(it.authors)
        cur.bylines.append(it.line.text)
        cur.closed = it.kind != "lead_byline"
        cur.photo = cur.photo or it.kind == "photo"
        return cur
    cur.dateline = cur.dateline or it.dateline
    cur.authors.extend(it.authors)
    cur.lines.append(it.line)
    return cur


def _split_caption(cur: Chunk) -> Chunk | None:
    """A photo credit closing an article's text: the caption is the last paragraph only, and
    becomes its own item; the article ends there."""
    ends = [n for n, line in enumerate(cur.lines[:-1]) if _ends_paragraph(line.text)]
    if not ends:
        return None
    k = ends[-1] + 1
    caption = Chunk(lines=cur.lines[k:], closed=True, photo=True)
    cur.lines = cur.lines[:k]
    return caption


def paragraphs(lines: list[Line]) -> Line:
    """Join layout line wraps; a line that ends a sentence ends a paragraph. Wrapped lines join
    with nothing between them, or a space between two Latin letters; paragraphs with a newline.
    A separator takes the offset of the character before it (see `lines.join`)."""
    text: list[str] = []
    offs: list[int] = []
    new_para, last = True, ""  # last: the paragraph's last character so far
    for line in lines:
        t = line.text
        if new_para:
            if text:
                text.append("\n")
                offs.append(offs[-1] if offs else 0)
            new_para, last = False, ""
        elif last.isascii() and last.isalpha() and t[:1].isascii() and t[:1].isalpha():
            text.append(" ")
            offs.append(offs[-1])
        text.append(t)
        offs.extend(line.offs)
        last = t[-1:] or last
        new_para = _ends_paragraph(t)
    return Line("".join(text), offs)


def _bigrams(text: str) -> set[str]:
    s = _BIGRAM_CLEAN.sub("", text)
    return set(map(operator.add, s, s[1:]))


def _units(blocks: list[tuple[int, int, list[Item]]]) -> list[tuple[Unit, int, int]]:
    out, order = [], 0
    for b, (before, after, items) in enumerate(blocks):
        ids = tuple(id(it.line) for it in items)
        displaced = any(it.level == -1 or it.line.doubled for it in items)
        for text, level in _block_units(items):
            out.append((Unit(text, max(level, 0), b, order, ids, displaced), before, after))
            order += 1
    return out


def _block_units(items: list[Item]) -> list[tuple[str, int]]:
    """Split a headline block into units: `甲：标题一 乙：` + `标题二` -> two units; a short line
    or one ending in `：` joins the line after it."""
    pieces: list[tuple[str, int]] = []
    for it in items:
        parts = re.split(r"(?<=\S)\s+(?=[^\s：:]{2,14}[：:]$)", it.line.text)
        pieces.extend((p.strip(), it.level) for p in parts if p.strip())
    units: list[tuple[str, int]] = []
    for text, level in pieces:
        if units and _continues(units[-1][0], text) and units[-1][1] == level:
            units[-1] = (units[-1][0] + text, level)
        else:
            units.append((text, level))
    return units


def _continues(prev: str, text: str) -> bool:
    if prev.endswith(("：", ":")):
        return True
    return (
        len(_BIGRAM_CLEAN.sub("", prev)) <= SHORT_UNIT - 4 and not _CIRCLED.search(prev) and "，" not in text
    )


def _similarity(units, chunks: list[Chunk]) -> list[list[float]]:  # noqa: ANN001
    """Share of a unit's character bigrams found in each body, each bigram weighted by how few
    bodies hold it: a place or name found in one body only is strong evidence, a word every body
    uses is none. Bigrams found in no body count half (headlines coin words bodies do not repeat)."""
    heads = {i for unit, _, _ in units for i in unit.lines}
    grams = [_bigrams("".join(x.text for x in c.lines if id(x) not in heads)) for c in chunks]
    unit_grams = [_bigrams(unit.text) for unit, _, _ in units]
    # 1 / (bodies holding the bigram), for the few bigrams the units have: counting every body
    # bigram would cost more than the whole comparison. A bigram no body holds has no weight here.
    wanted: set[str] = set().union(*unit_grams)
    holding: Counter[str] = Counter()
    for cg in grams:
        holding.update(wanted & cg)  # set intersections in C, no Python step per bigram and body
    weight = {g: 1 / n for g, n in holding.items()}
    # fsum: exactly rounded whatever the order, and the order of a set of strings changes with the
    # process's hash seed; a plain sum let near-ties between bodies differ from one worker to another.
    table = []
    for ug in unit_grams:
        total = math.fsum(weight.get(g, UNSEEN_WEIGHT) for g in ug) or 1.0
        table.append([math.fsum(map(weight.__getitem__, ug & cg)) / total for cg in grams])
    return table


def attach(chunks: list[Chunk], blocks) -> tuple[dict[int, list[Unit]], list[Unit], set[int]]:  # noqa: ANN001
    """Give each body its headline units. Returns (units per body, orphan units, ids of the units
    that stay in the body they stand in as subheads)."""
    units = _units(blocks)
    sims = _similarity(units, chunks)
    taken: dict[int, list[Unit]] = {}
    used: set[int] = set()
    for _, u, c in sorted(_candidates(units, sims, [c.photo for c in chunks]), reverse=True):
        _take(taken, used, units[u][0], u, c)
    _extend_with_neighbours(units, sims, taken, used)
    displaced = {units[u][0].block for u in used}
    inner = {u for u, (unit, b, a) in enumerate(units) if b == a and u not in used}
    for u in sorted(inner):
        unit, c = units[u][0], units[u][1]
        if unit.block in displaced and sims[u][c] >= ADJACENT_MIN and c not in taken:
            _take(taken, used, unit, u, c)
    subheads = {u for u in inner if u not in used}
    orphans = [units[u][0] for u in range(len(units)) if u not in used and u not in subheads]
    return taken, orphans, {units[u][0].order for u in subheads}


def _extend_with_neighbours(units, sims, taken, used) -> None:  # noqa: ANN001
    """A title's neighbour in its block (a subtitle, a pre-title line) goes with it when it shares
    at least a little with that body and no other body took it."""
    grew = True
    while grew:
        grew = False
        for c, got in taken.items():
            orders = {x.order for x in got}
            for u, (unit, _, _) in enumerate(units):
                near = unit.order - 1 in orders or unit.order + 1 in orders
                marked = unit.level > 0 and all(x.level > 0 for x in got)
                if u not in used and near and unit.block == got[0].block and (marked or _fits(sims[u], c)):
                    got.append(unit)
                    used.add(u)
                    grew = True


def _fits(row: list[float], c: int) -> bool:
    return row[c] >= max(NEIGHBOUR_MIN, max(row) - 0.05)


def _candidates(units, sims: list[list[float]], chunks_photo: list[bool]) -> list[tuple[float, int, int]]:  # noqa: ANN001
    """(score, unit, body) pairs worth considering: next to the unit and similar enough, or far
    away but clearly more similar to that body than to any other (a displaced headline)."""
    out = []
    for u, (unit, before, after) in enumerate(units):
        row = sims[u]
        rivals = sorted(x for x, photo in zip(row, chunks_photo, strict=True) if not photo)
        second = rivals[-2] if len(rivals) > 1 else 0.0
        for c, sim in enumerate(row):
            if before == after and (c == before or not unit.displaced):
                continue  # a subhead, or a block inside this body: decided after the others
            near = c in (before, after)
            marked = unit.level == 1 and c == after  # a `#` headline heads the body that follows it
            if (
                marked
                or (near and sim >= ADJACENT_MIN)
                or (sim >= FAR_MIN and sim - second >= FAR_MARGIN and sim == rivals[-1])
            ):
                out.append((sim + (ADJACENT_BONUS if near else 0.0), u, c))
    return out


def _take(taken: dict[int, list[Unit]], used: set[int], unit: Unit, u: int, c: int) -> None:
    if u in used:
        return
    if c not in taken or taken[c][0].block == unit.block:
        taken.setdefault(c, []).append(unit)
        used.add(u)


def _headline_parts(units: list[Unit]) -> tuple[str | None, str | None, str | None]:
    units = sorted(units, key=lambda x: x.order)
    marked = [x for x in units if x.level == 1]
    plain = [
        x for x in units if "，" not in x.text and not x.text.startswith("——") and not _kicker_like(x, units)
    ]
    title = (marked or plain or units)[0]
    before = [x.text for x in units if x.order < title.order]
    after = [x.text.lstrip("—") for x in units if x.order > title.order]
    kicker = next((t for t in before if len(t) <= 8 or _CIRCLED.search(t)), None)
    subtitle = " ".join([t for t in before if t != kicker] + after) or None
    return kicker, title.text, subtitle


def _kicker_like(unit: Unit, units: list[Unit]) -> bool:
    """A series line (善治天心③, 基层治理·一线观察) above a longer headline."""
    longer = any(x.order > unit.order and len(x.text) > len(unit.text) for x in units)
    return longer and (bool(_CIRCLED.search(unit.text)) or "·" in unit.text or len(unit.text) <= 6)


def split_articles(text: str) -> tuple[list[Article], list[str]]:
    """The articles of one decoded page, and page-level warnings."""
    lines = _drop_blank_layout([repair_line(x) for x in split_lines(text)])
    lines, dropped = _repeated(lines)
    warnings = [f"repeated text removed: {dropped} line(s) printed twice"] if dropped else []
    chunks, blocks = split_on_new_places(*chunk(classify(lines)))
    taken, orphans, _ = attach(chunks, blocks)
    claimed = {i for got in taken.values() for unit in got for i in unit.lines}
    for c in chunks:
        c.lines = [x for x in c.lines if id(x) not in claimed]
    articles = [_article(c, taken.get(n, [])) for n, c in enumerate(chunks) if c.lines]
    articles += [_orphan(u) for u in orphans]
    warnings += [f"orphan headline (body not on this page): {u.text}" for u in orphans]
    return articles, warnings


def _places(text: str) -> set[str]:
    from transforms.regions import find_mentions  # regions load a dictionary: only when needed

    return {m.region_id for m in find_mentions(text) if not m.region_id.endswith("0000")}


def _new_place_split(c: Chunk, items: list[Item]) -> int | None:
    """Where a body printed with no byline or dateline between two articles splits: at a headline
    block naming a county or city that the text before it never names and the text after it does
    (a subhead does not change place). None when the block is a subhead."""
    ids = [id(x) for x in c.lines]
    if any(it.level == -1 or it.line.doubled for it in items) or id(items[0].line) not in ids:
        return None
    k = ids.index(id(items[0].line))
    before = "".join(x.text for x in c.lines[:k])
    after = "".join(x.text for x in c.lines[k + len(items) :])
    if len(before) < MIN_SPLIT_CHARS or len(after) < MIN_SPLIT_CHARS or not _ends_paragraph(before):
        return None
    named = _places(" ".join(it.line.text for it in items))
    return k if named and not named & _places(before) and named & _places(after) else None


def split_on_new_places(chunks: list[Chunk], blocks: list) -> tuple[list[Chunk], list]:  # noqa: ANN001
    """Split bodies at headline blocks that start a new article (see `_new_place_split`)."""
    for n, (before, after, items) in enumerate(blocks):
        if before != after or before < 0 or (k := _new_place_split(chunks[before], items)) is None:
            continue
        c = chunks[before]
        tail = Chunk(lines=c.lines[k + len(items) :], authors=list(c.end_authors), closed=c.closed)
        c.lines, c.authors = c.lines[:k], [a for a in c.authors if a not in c.end_authors]
        chunks.insert(before + 1, tail)
        shifted = [(b + (b > before), a + (a > before), its) for b, a, its in blocks]
        shifted[n] = (before, before + 1, items)
        later = {id(x) for x in tail.lines}
        shifted = [
            (b + 1, a + 1, its) if b == a == before and id(its[0].line) in later else (b, a, its)
            for b, a, its in shifted
        ]
        return split_on_new_places(chunks, shifted)
    return chunks, blocks


def _article(c: Chunk, units: list[Unit]) -> Article:
    body = paragraphs(c.lines)
    kicker, title, subtitle = _headline_parts(units) if units else (None, None, None)
    warnings = [] if units else ["no headline found for this body"]
    return Article(
        kind="photo" if c.photo else "article",
        title=title,
        subtitle=subtitle,
        kicker=kicker,
        byline=" ".join(c.bylines) or None,
        dateline=c.dateline,
        body=body.text,
        offsets=body.offs,
        authors=c.authors,
        warnings=warnings,
    )


def _orphan(u: Unit) -> Article:
    return Article("orphan_headline", u.text, None, None, None, None, "", [], [], ["orphan headline"])
