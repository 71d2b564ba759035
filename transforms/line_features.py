"""Line features: a page's lines -> a frame, one row per printed (non-blank) line, a column per
thing a reader notices about it (its length against the page's column width, how it ends, whether
it reads as a byline, a dateline, a continuation mark, a photo credit…) and about the blank lines
around it. The sequence model (`transforms.line_labels`) reads this frame and nothing else, with the
columns of the lines before and after it as context.

The frame knows no generator: every column is something a page pulled out of a PDF shows whatever
paper printed it. Today's rules (bylines.leading / trailing / photo, the dateline pattern) are columns
here, not decisions.
"""

from __future__ import annotations

import hashlib
import json
import math
import operator
import re
from collections import Counter
from collections.abc import Callable
from functools import cache, lru_cache, partial
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import rjieba

from transforms import bylines
from transforms.lines import ASCII_STOP, CJK, INVISIBLE, Line, visible

TERMINALS, CLOSERS = "。！？!?；…", "”’」』）)"
_DATELINE = re.compile(
    r"^(?:(?:本报|本刊|本報)(?!记者|記者|通讯员|通訊員)[^\s，。、]{0,10}?[讯訊](?![员員])"
    r"|(?:(?:新华社|中新社|中新网|人民网|央视网|[^\s，。、]{2,6}(?:日报|晚报|网|社))[ \u3000]?)?"
    r"[^\s，。、]{0,8}?\d{1,2}月\d{1,2}日[电電])"
    r"[ \u3000]*"
)
# A paper's own dateline: a short name ending in 讯 or 电, then a gap, a bracket, a quote or the line's end.
_OPENER = re.compile(r"^[ \u3000]*[^\s，。、,“”\"：:；;！？]{1,16}[讯訊电電](?:[ \u3000（(“\"]|$)")
_DATELINE_STARTS, _DATELINE_DATES = ("本报", "本刊", "本報"), ("日电", "日電")
CONT = re.compile(r"[（(](?:下转|转下|上接|接上|转)[^）)]{0,12}[)）]")
_LEADING_PAREN = re.compile(r"^[（(]([^（）()]{2,40})[)）]\s*")
_CIRCLED = re.compile(r"[①-⑳]|[（(]\d+[)）]$|之[一二三四五六七八九十]$")
_SENTENCE_PUNCT = re.compile(f"[。！？；]|{ASCII_STOP}")
_MARKDOWN = re.compile(r"^(#{1,6})\s*")
# Runs, not characters: counting a run's length is faster than a match per character.
_CJK_RUNS = re.compile(f"[{CJK}]+")
_DIGITS = re.compile(r"[0-9０-９]+")
_LATIN = re.compile(r"[A-Za-z]")
# Characters `bylines.parse` reads in no byline: not in its tokens (runs of Chinese characters, letters
# and digits; credits `文/图`) nor between them (`bylines._pieces`), even after its folding (`，` -> `,`).
# A line holding one parses as no names, and most lines of running text hold one: the parse is skipped.
_NOT_NAMES = re.compile(r"[^\u3400-\u9fff\uf900-\ufaffA-Za-z0-9\s,、;:|/·\-—.：／，；｜_＿•・‧∙]")
_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|第\s*\d+\s*版|星期[一二三四五六日天]")
# A gap between two runs of Chinese text: two headlines set side by side come out of a PDF as one line.
_GAP = re.compile(f"(?<=[{CJK}”」』）)])[ \u3000]+(?=[{CJK}“「『（(【])")

# The columns, in order. Changing what a column means changes FEATURES_VERSION: a model trained for
# other features is refused (transforms.line_labels).
SCHEMA = pl.Schema(
    {
        "line": pl.Int32,  # index into the page's lines
        "chars": pl.Int32,
        "width": pl.String,  # the line's length against the page's column width: tiny|short|part|full|wide
        "end": pl.String,  # how it ends: stop|comma|colon|quote|question|bracket|none
        "inner_stop": pl.Boolean,  # a sentence stop before its end
        "comma": pl.Boolean,
        "space": pl.Boolean,  # a gap between words after repair (`协同机制 奏响治理`)
        "dash": pl.Boolean,  # starts with —— (a subtitle)
        "box": pl.Boolean,  # starts with □ ■ …
        "role": pl.Boolean,  # starts with a role word (本报记者, 通讯员 …)
        "markdown": pl.Int8,  # `#` level, 0 when none
        "dateline": pl.Boolean,  # opens with a dateline
        "opener": pl.Boolean,  # opens with any paper's `<source>讯` / `<place>电` (`星报讯 `, `某某网讯`)
        "dateline_only": pl.Boolean,  # the dateline (and a byline after it) is all the line holds
        "byline_leading": pl.Boolean,  # bylines.leading reads the whole line as a byline
        "byline_paren": pl.Boolean,  # the whole line is `（张三 李四）`
        "byline_tail": pl.Boolean,  # text, then a closing `（张三）`
        "names": pl.Boolean,  # the whole line parses as names with roles (`张三 李四`)
        "credit": pl.Boolean,  # ends with a photographer's credit `张三 摄`
        "credit_only": pl.Boolean,  # the credit is the whole line
        "cont": pl.Boolean,  # holds a continuation mark (下转第2版)
        "circled": pl.Boolean,  # a series number (②, （3）, 之一)
        "middot": pl.Boolean,
        "quote_open": pl.Boolean,  # starts with an opening quote
        "date": pl.Boolean,  # a page date or page number (2024年12月18日, 第3版, 星期三)
        "doubled": pl.Boolean,  # printed twice (`标题标题`), undone by repair
        "echo": pl.Boolean,  # runs printed twice side by side that repair left (a wrapped doubled headline)
        "indent": pl.Boolean,  # printed indented (a paragraph's first line)
        "opens": pl.String,  # its first character's class: punct|digit|latin|quote|bracket|cjk|other
        "closes": pl.String,  # its last character's class, the same classes
        "digits": pl.String,  # share of digits: none|some|many
        "cjk": pl.String,  # share of Chinese characters: low|mid|high
        "latin": pl.Boolean,
        "blank_before": pl.Boolean,
        "blank_after": pl.Boolean,
        "blank_layout": pl.Boolean,  # the page prints a blank line after every line
        "repeat": pl.Boolean,  # a long line printed a few lines before
        "first": pl.Boolean,
        "last": pl.Boolean,
        "ends_para_prev": pl.Boolean,  # the printed line before it ends a sentence
        "shares_next": pl.String,  # share of its character pairs in the next few lines: none|some|half|most
        "shares_prev": pl.String,  # the same in the few lines before it
        "shares_page": pl.String,  # the same anywhere else on the page
        "wraps": pl.Boolean,  # the break after it falls inside a word: its text goes on in the next line
        "gaps": pl.Int8,  # runs of spaces between Chinese text inside it (two headlines side by side), up to 3
        "named_head": pl.Boolean,  # after a paragraph's end, opens with a name and a colon and runs on unpunctuated (`宜昌：…`)
        "headish": pl.String,  # how much its words read as a headline's (`headline_ness`): no|low|mid|high
        "topic_break": pl.String,  # how little the lines above it share with those below (`topic_breaks`)
    }
)
FEATURES_VERSION = hashlib.sha256(repr(list(SCHEMA.items())).encode()).hexdigest()[:12] + "-v8"


def dateline(text: str) -> re.Match[str] | None:
    """The dateline opening a line (`本报讯`, `新华社北京12月1日电`), or None."""
    if text.startswith(_DATELINE_STARTS) or _DATELINE_DATES[0] in text or _DATELINE_DATES[1] in text:
        return _DATELINE.match(text)
    return None


def dateline_byline(text: str, start: int) -> re.Match[str] | None:
    """A parenthesised byline right after a dateline (`本报讯（记者 张三）`), or None."""
    return _LEADING_PAREN.match(text[start:])


def ends_paragraph(text: str) -> bool:
    rest = text.rstrip(CLOSERS)
    return bool(rest) and (rest[-1] in TERMINALS or ascii_stop_at_end(rest))


def ascii_stop_at_end(text: str) -> bool:
    """The text ends with an ASCII full stop closing Chinese text (`…一站式服务.`), as pages printed in
    ASCII punctuation end their sentences; not a number's point (`收入2480.` cut by the wrap) nor an
    abbreviation's. Only a text ending in the stop (or in it and a newline, where `$` also matches)
    can: the others are told by their end, without the search (which tries every position)."""
    return text.endswith(_STOP_ENDS) and _ASCII_STOP_END.search(text) is not None


_STOP_ENDS = (".", ".\n")


_ASCII_STOP_END = re.compile(ASCII_STOP + "$")


def column_width(texts: list[str]) -> int:
    """The most common length of the page's long lines: its body column width."""
    lengths = Counter(len(t) for t in texts if len(t) >= 6)
    return lengths.most_common(1)[0][0] if lengths else 0


def _width(n: int, width: int) -> str:
    if n <= 4:
        return "tiny"
    if not width:
        return "part"
    r = n / width
    return "short" if r < 0.5 else "part" if r < 0.85 else "full" if r <= 1.1 else "wide"


# How a line ends, by its last character (`end`); any other last character: none.
_ENDS = {
    **dict.fromkeys("。；…", "stop"),
    **dict.fromkeys("？！?!", "question"),
    **dict.fromkeys("，、,", "comma"),
    **dict.fromkeys("：:", "colon"),
    **dict.fromkeys('”’」』"', "quote"),
    **dict.fromkeys("）)】]", "bracket"),
}


def _share(n: int, total: int, cuts: tuple[float, float], names: tuple[str, str, str]) -> str:
    r = n / total if total else 0.0
    return names[0] if r <= cuts[0] else names[1] if r <= cuts[1] else names[2]


@lru_cache(maxsize=1 << 14)  # lines open and close with few distinct characters: each is classed once
def _char(ch: str) -> str:
    if not ch:
        return "none"
    if ch in '“「『"‘':
        return "quote"
    if ch in "（(【[":
        return "bracket"
    if ch in "，、。；：,.;:！？!?）)”’」』…":
        return "punct"
    if ch.isdigit():
        return "digit"
    if ch.isascii():
        return "latin"
    return "cjk" if _CJK_RUNS.match(ch) else "other"


# The columns `_text_columns` computes from a line's text alone, in its order.
_TEXT_COLUMNS = (
    "chars",
    "end",
    "inner_stop",
    "comma",
    "space",
    "dash",
    "box",
    "role",
    "markdown",
    "dateline",
    "opener",
    "dateline_only",
    "byline_leading",
    "byline_paren",
    "byline_tail",
    "names",
    "credit",
    "credit_only",
    "cont",
    "circled",
    "middot",
    "quote_open",
    "date",
    "echo",
    "opens",
    "closes",
    "digits",
    "cjk",
    "latin",
    "gaps",
    "named_head",
    "headish",
)


_TEXT_ROWS: dict[
    str, tuple
] = {}  # `_text_columns` by text: a line printed twice, here or on another page, is read once
_TEXT_ROWS_MAX = 1 << 14


def _text_row(text: str) -> tuple:
    """`_text_columns`, remembered (a pure function of the text and the headline-ness model in use)."""
    row = _TEXT_ROWS.get(text)
    if row is None:
        if len(_TEXT_ROWS) >= _TEXT_ROWS_MAX:
            _TEXT_ROWS.clear()
        row = _TEXT_ROWS[text] = _text_columns(text)
    return row


def _text_columns(text: str) -> tuple:
    """The columns that depend on a line's text alone, in `_TEXT_COLUMNS` order, and the text a
    repeat is looked for by (the line after its dateline)."""
    d = dateline(text)
    rest = text[d.end() :] if d else ""
    paren = dateline_byline(text, d.end()) if d else None
    trailing = bylines.trailing(text)
    photo = bylines.photo(text)
    core = text.lstrip("□■▲◆●◎★☆ ")
    stripped = text.strip()
    spaced = " " in stripped or "\u3000" in stripped
    n = len(text)
    return (
        n,
        "stop" if ascii_stop_at_end(text) else _ENDS.get(text[-1:], "none"),
        bool(_SENTENCE_PUNCT.search(text[:-1])),
        "，" in text or "," in text,
        spaced,
        text.startswith(("——", "--", "—")),
        text[:1] in "□■▲◆●◎★☆",
        core.startswith(bylines._LEADING_ROLES),
        len(m.group(1)) if text[:1] == "#" and (m := _MARKDOWN.match(text)) else 0,
        d is not None,
        d is not None or _OPENER.match(text) is not None,
        d is not None and (not rest.strip() or (paren is not None and paren.end() >= len(rest))),
        bylines.leading(text) is not None,
        trailing is not None and trailing[0] == 0,
        trailing is not None and trailing[0] > 0,
        n <= 40 and _names(core.strip("（）() ")),
        photo is not None,
        photo is not None and photo[0] == 0,
        ("（" in text or "(" in text) and CONT.search(text) is not None,
        _CIRCLED.search(text) is not None,
        "·" in text or "•" in text,
        text[:1] in '“「『"',
        n <= 40 and _DATE.search(text) is not None,
        echo(text),
        _char(text[:1]),
        _char(text[-1:]),
        _share(sum(map(len, _DIGITS.findall(text))), n, (0.0, 0.15), ("none", "some", "many")),
        _share(sum(map(len, _CJK_RUNS.findall(text))), n, (0.4, 0.75), ("low", "mid", "high")),
        _LATIN.search(text) is not None,
        min(len(_GAP.findall(stripped)), 3) if spaced else 0,
        _NAMED_HEAD.match(text) is not None and not _SENTENCE_PUNCT.search(text),
        headline_ness(text),
        text[d.end() :] if d else text,
    )


# A headline naming its place or subject first: `宜昌：政府采购…`, `昭通:凝聚“新力量”`; running text
# rarely opens a line so (a quotation's speaker, `他说：`, ends the line or the clause with the colon).
_NAMED_HEAD = re.compile(f'^[{CJK}·]{{2,10}}[：:][“「"]?[{CJK}]')


def _names(text: str) -> bool:
    return not _NOT_NAMES.search(text) and bylines.parse(text) is not None


def indents(raw: list[Line]) -> list[bool]:
    """Whether each line of the page as printed starts with whitespace before its text (invisible
    format characters before it print nothing)."""
    texts = (x.text.lstrip(INVISIBLE) for x in raw)
    return [bool(t) and t[0] in " \u3000\t" and bool(visible(t).strip()) for t in texts]


def echo(text: str) -> bool:
    """Runs of two characters or more printed twice in a row cover half the line or more."""
    n = len(text)
    if n < 6 or n > 200:
        return False
    # A run of L characters printed twice starts L - 1 character pairs that come again later in the
    # line, and covering half the line takes runs of n / 4 characters or more in all, so pairs that
    # come again n / 8 times or more: most lines have fewer, and the search below is the slow part.
    # A pair that comes again starts at a character that comes again, so there are no more of them
    # than repeated characters: counting those (no tuples made) rules out most lines cheaper still.
    if 8 * (n - len(set(text))) < n or 8 * (n - 1 - len(set(zip(text, text[1:], strict=False)))) < n:
        return False
    covered = sum(len(m.group(0)) for m in _ECHO.finditer(text))
    return 2 * covered >= n


_ECHO = re.compile(r"(\S{2,}?)\1")


def frame(lines: list[Line], indented: list[bool] | None = None) -> pl.DataFrame:
    """One row per non-blank line of a page (its repaired lines, blank ones included, in page order);
    `indented`: whether each line was printed indented (its whitespace is gone after repair)."""
    printed = [i for i, x in enumerate(lines) if x.text]
    if not printed:
        return pl.DataFrame(schema=SCHEMA)
    texts = [lines[i].text for i in printed]
    width = column_width(texts)
    rows = [_text_row(t) for t in texts]
    columns = dict(zip((*_TEXT_COLUMNS, "key"), map(list, zip(*rows, strict=True)), strict=True))
    keys, n = columns.pop("key"), len(printed)
    after_end = [False, *map(ends_paragraph, texts[:-1])]
    columns.update(
        line=printed,
        width=[_width(chars, width) for chars in columns["chars"]],
        doubled=[lines[i].doubled for i in printed],
        indent=[bool(indented and indented[i]) for i in printed],
        blank_before=[i > 0 and not lines[i - 1].text for i in printed],
        blank_after=[i + 1 < len(lines) and not lines[i + 1].text for i in printed],
        blank_layout=[n < 0.65 * len(lines) and n > 2] * n,
        repeat=_repeats(keys),
        first=[k == 0 for k in range(n)],
        last=[k == n - 1 for k in range(n)],
        ends_para_prev=after_end,
        # where a line opens a headline between two reports, not a headline's second line under its kicker
        named_head=[named and after for named, after in zip(columns["named_head"], after_end, strict=True)],
        wraps=[*map(wraps, texts[:-1], texts[1:]), False],
        topic_break=topic_breaks(texts),
        **_shared(texts),
    )
    return pl.DataFrame(
        list(zip(*(columns[name] for name in SCHEMA), strict=True)), schema=SCHEMA, orient="row"
    )


def _shared(texts: list[str]) -> dict[str, list[str]]:
    """How much of each line's Chinese character pairs (two Chinese characters side by side, each
    counted once a line) the lines near it, and the rest of the page, print too: a headline's words
    come again in its body, wherever the body is; a line of running text shares little with its
    neighbours but the paragraph's subject. Computed for the whole page at once: its (pair, line)
    entries sorted by pair then line, an entry is found in the SHARE_SPAN lines before its line when
    the entry before it holds the same pair that many lines back or fewer (no set per line)."""
    pair, on = _entries(texts)
    same_before = np.zeros(len(pair), dtype=bool)
    same_before[1:] = pair[1:] == pair[:-1]
    before = same_before.copy()
    before[1:] &= on[1:] - on[:-1] <= SHARE_SPAN
    after, same_after = np.zeros_like(before), np.zeros_like(before)
    after[:-1], same_after[:-1] = before[1:], same_before[1:]
    total = np.bincount(on, minlength=len(texts)).tolist()

    def portions(found: np.ndarray) -> list[str]:
        counts = np.bincount(on, weights=found, minlength=len(texts)).astype(np.int64).tolist()
        return list(map(_portion, counts, total))

    return {
        "shares_next": portions(after),
        "shares_prev": portions(before),
        "shares_page": portions(same_before | same_after),
    }


SHARE_SPAN = 6


def wraps(text: str, after: str, reach: int = 4) -> bool:
    """Whether jieba reads a word across the break between a line and the next (`…社区网` / `格员…`):
    the column's wrap cut the word, so the two lines are one run of text. Between two lines of
    different labels on simulated dev pages this holds 0-3% of the time, between two body lines 37%:
    a headline, byline or caption ends at a word's end."""
    head, tail = text[-reach:], after[:reach]
    if not head or not tail or not ("\u4e00" <= head[-1] <= "\u9fff" and "\u4e00" <= tail[0] <= "\u9fff"):
        return False
    return any(start < len(head) < end for _, start, end in rjieba.tokenize(head + tail))


def _portion(found: int, total: int) -> str:
    if not total:
        return "none"
    r = found / total
    return "none" if r == 0 else "some" if r < 0.34 else "half" if r < 0.67 else "most"


def _repeats(keys: list[str]) -> list[bool]:
    """Whether each line's text (after its dateline), when 6 characters or more, is also one of the
    40 lines before it."""
    last_at: dict[str, int] = {}
    out = []
    for k, key in enumerate(keys):
        out.append(len(key) >= 6 and k - last_at.get(key, -REPEAT_SPAN - 1) <= REPEAT_SPAN)
        last_at[key] = k
    return out


REPEAT_SPAN = 40


class ModelError(RuntimeError):
    """A model the features or labels need is missing or was trained for other features."""


HEADLINES_FILE = "headlines.json"
_headlines_dir = [Path(str(resources.files("transforms").joinpath("models/lines")))]


def use_headlines(directory: Path) -> None:
    """Read the headline-ness model from another folder from now on (training, held-out runs)."""
    _headlines_dir[0] = directory
    headline_model.cache_clear()
    _headline_bin.cache_clear()
    _TEXT_ROWS.clear()


@cache
def headline_model() -> tuple[dict[str, float], tuple[float, ...]]:
    """The headline-ness model, read once per process: each character and character pair's weight
    (log odds of a headline against running text) and the cuts between the bins of a line's mean."""
    path = _headlines_dir[0] / HEADLINES_FILE
    if not path.is_file():
        raise ModelError(f"the headline-ness model is missing ({path}): rebuild it with `make train`")
    model = json.loads(path.read_text("utf-8"))
    return model["weights"], tuple(model["cuts"])


_WHITE = re.compile(r"\s+")


def headlines_digest() -> str:
    """A short hash of the headline-ness model in use: the line model records the one it was trained with."""
    path = _headlines_dir[0] / HEADLINES_FILE
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12] if path.is_file() else "missing"


def headline_grams(text: str) -> set[str]:
    """A line's characters and pairs of characters side by side, spaces left out."""
    t = _WHITE.sub("", text)
    return {*t, *map(operator.add, t, t[1:])}


_KNOWN = partial(operator.is_not, None)  # a weight the model has (`dict.get` gives None for none)


def headline_score(text: str, weights: dict[str, float]) -> float | None:
    """The mean weight of a line's characters and pairs the model knows; None when it knows none."""
    found: list[float] = list(filter(_KNOWN, map(weights.get, headline_grams(text))))  # type: ignore[arg-type]
    return math.fsum(found) / len(found) if found else None  # exact: the same in any set order


def headline_ness(text: str) -> str:
    """How much a line's words read as a headline's, against the lines of running text the model
    was trained on: no (below their median), low, mid, high (above all but a few of them); no for a
    line too short to tell."""
    return _headline_bin(text) if len(text) >= 4 else "no"


@lru_cache(maxsize=1 << 14)
def _headline_bin(text: str) -> str:
    weights, cuts = headline_model()
    score = headline_score(text, weights)
    if score is None:
        return "no"
    return ("no", "low", "mid", "high")[sum(score > c for c in cuts)]


TOPIC_SPAN = 8


def topic_breaks(texts: list[str], span: int = TOPIC_SPAN) -> list[str]:
    """For each line, how little the `span` lines above it share with the `span` below it, in
    Chinese character pairs weighted by how few of the page's lines hold them (log(lines / holding);
    a place or a name weighs most, a pair on one line is never shared): none|low|some|much of the
    lighter side's weight is shared (`edge`: a side holds no pair found on two lines). Two paragraphs of one report share
    its places and subjects across a line; a headline printed between two reports stands where they
    share little. Computed for the whole page at once from the (pair, line) entries sorted by pair
    then line, as `_shared` does: each entry adds its weight to the lines whose window above (below)
    it falls in, up to the pair's next (previous) line, and a pair is shared across the lines between
    two of its lines no more than `span` apart from either."""
    n = len(texts)
    pair, on = _entries(texts)
    if not len(pair):
        return ["edge"] * n
    first = np.ones(len(pair), dtype=bool)
    first[1:] = pair[1:] != pair[:-1]
    starts = np.flatnonzero(first)
    held = np.diff(np.append(starts, len(pair)))
    weight = np.where(held > 1, np.log(n / held), 0.0)[np.cumsum(first) - 1]
    far = np.int64(1 << 40)
    before = np.where(first, -far, np.roll(on, 1))  # the pair's line before this one
    after = np.where(np.roll(first, -1), far, np.roll(on, -1))  # and after it
    counted = held[np.cumsum(first) - 1] > 1
    ups = on + 1, np.minimum(on + span, after)
    downs = np.maximum(on - span, before), on - 1
    up, down = _spread(n, *ups, weight), _spread(n, *downs, weight)
    up_held, down_held = _spread(n, *ups, counted), _spread(n, *downs, counted)
    shared = _spread(n, np.maximum(on + 1, after - span), np.minimum(after - 1, on + span), weight)
    inside = (on - before <= span) & (after - on <= span)
    shared += np.bincount(on[inside], weights=weight[inside], minlength=n)
    return [
        "edge" if u < 0.5 or d < 0.5 else _break(min(a, b), c)
        for u, d, a, b, c in zip(
            up_held.tolist(), down_held.tolist(), up.tolist(), down.tolist(), shared.tolist(), strict=True
        )
    ]


def _entries(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The page's (Chinese character pair, line) entries, each once, sorted by pair then line."""
    code = np.frombuffer("\n".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(
        np.int64
    )
    line = np.repeat(np.arange(len(texts), dtype=np.int64), [len(t) + 1 for t in texts])[: len(code)]
    cjk = ((code >= 0x3400) & (code <= 0x9FFF)) | ((code >= 0xF900) & (code <= 0xFAFF))  # lines.CJK
    at = np.flatnonzero(cjk[:-1] & cjk[1:])  # where a pair starts: "\n" is no Chinese character
    entries = np.unique((code[at] << 16 | code[at + 1]) << 31 | line[at])  # a code point < 2**16 here
    return entries >> 31, entries & (2**31 - 1)


def _spread(n: int, lo: np.ndarray, hi: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """The sum of the weights of the entries whose line range lo..hi (clipped to the page) holds each line."""
    lo, hi = np.maximum(lo, 0), np.minimum(hi, n - 1)
    ok = lo <= hi
    steps = np.bincount(lo[ok], weights=weight[ok], minlength=n + 1)
    steps -= np.bincount(hi[ok] + 1, weights=weight[ok], minlength=n + 1)
    return np.cumsum(steps, dtype=np.float64)[:n]  # float even when no entry adds (bincount of none is int)


def _break(light: float, shared: float) -> str:
    r = shared / light if light > _EPS else 0.0
    return "none" if r <= _EPS else "low" if r < 0.1 else "some" if r < 0.25 else "much"


_EPS = 1e-9  # sums made by adding and taking away: a window holding nothing holds about zero


def _pairs(text: str) -> set[str]:
    return {m[i : i + 2] for m in _CJK_RUNS.findall(text) for i in range(len(m) - 1)}


# The columns a line's neighbours lend it as context (offsets -2..2), for the sequence model.
CONTEXT = (
    "width",
    "end",
    "indent",
    "opens",
    "closes",
    "repeat",
    "echo",
    "dateline",
    "opener",
    "byline_leading",
    "byline_paren",
    "names",
    "credit",
    "cont",
    "space",
    "dash",
    "markdown",
    "blank_before",
    "box",
    "inner_stop",
    "comma",
    "shares_next",
    "shares_page",
    "wraps",
    "gaps",
)


def items(f: pl.DataFrame) -> list[list[str]]:
    """The frame as the sequence model's items: for each line its attributes as `column=value`
    strings (weight 1.0): its own columns but those false or zero, its length and shape, then the
    CONTEXT columns of the lines up to two before and after it (`-1:column=value`; `-2:edge` past
    the page's ends). Built a column at a time: a column's few distinct values are formatted once."""
    return _items(f, str)


def crf_items(f: pl.DataFrame) -> list[list[bytes]]:
    """`items(f)` with every attribute UTF-8 encoded, as CRFsuite reads it: python-crfsuite encodes
    each str attribute it is given (some 110 a line), here each distinct attribute is encoded once."""
    return _items(f, str.encode)


def _items(f: pl.DataFrame, form: Callable[[str], Any]) -> list[list[Any]]:
    """`items`, each distinct attribute string passed through `form` once."""
    if f.is_empty():
        return []
    values = {c: f[c].to_list() for c in f.columns}
    # every column of SCHEMA, read when called: columns added to it later are attributes too
    named = (_named(c, values[c], form) for c in SCHEMA.names() if c not in ("line", "chars"))
    own = [list(filter(None, row)) for row in zip(*named, strict=True)]
    widths, ends = values["width"], values["end"]
    lengths = _named("len", [_length(n) for n in values["chars"]], form)
    shapes = _joined("shape", form, widths, ends)
    openings = _joined("opening", form, values["ends_para_prev"], widths, ends)
    # the line against the one before it: a short unpunctuated line under a full line that does not
    # end a sentence is where running text should have gone on (a headline dropped into a column)
    flows = [form("flow=edge"), *_joined("flow", form, widths[:-1], ends[:-1], widths[1:], ends[1:])]
    distinct = {c: set(values[c]) for c in CONTEXT}
    around = [
        _shifted(
            list(zip(*(_context(off, c, values[c], distinct[c], form) for c in CONTEXT), strict=True)),
            off,
            form,
        )
        for off in _OFFSETS
    ]
    lines = zip(own, lengths, shapes, openings, flows, *around, strict=True)
    bias = form("bias")
    return [
        [bias, *o, length, shape, opening, flow, *a, *b, *c, *d]
        for o, length, shape, opening, flow, a, b, c, d in lines
    ]


def _joined(name: str, form: Callable[[str], Any], *columns: list) -> list:
    """`name=a|b|…` for each line's values of `columns`, each distinct combination formatted once."""
    combos = list(zip(*columns, strict=True))
    names = {k: form(f"{name}={'|'.join(map(str, k))}") for k in set(combos)}
    return list(map(names.__getitem__, combos))


def _shifted(context: list[tuple], off: int, form: Callable[[str], Any]) -> list[tuple]:
    """Each line's context from the line `off` away: past the page's ends, `off:edge`."""
    n = len(context)
    edge = [(form(f"{off}:edge"),)]
    return edge * min(-off, n) + context[: max(0, n + off)] if off < 0 else context[off:] + edge * min(off, n)


_OFFSETS = (-2, -1, 1, 2)


def _named(column: str, values: list, form: Callable[[str], Any]) -> list:
    """`column=value` for each value (a scalar); None for false and zero."""
    names = {v: None if v is False or v == 0 else form(f"{column}={v}") for v in set(values)}
    return list(map(names.__getitem__, values))


def _context(off: int, column: str, values: list, distinct: set, form: Callable[[str], Any]) -> list:
    """`off:column=value` for each value, false and zero too; `distinct`: the set of `values`."""
    names = {v: form(f"{off}:{column}={v}") for v in distinct}
    return list(map(names.__getitem__, values))


def _length(n: int) -> str:
    return next((str(cut) for cut in _LENGTHS if n <= cut), "more")


_LENGTHS = (2, 4, 6, 9, 12, 16, 20, 26, 32, 40, 50)
