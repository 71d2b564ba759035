"""NFKC folding (full-width letters, digits and punctuation to their plain forms), fast for the
texts this project reads.

`unicodedata.normalize("NFKC", text)` costs ~0.2 µs a character: 6% of staging when every
article's text is folded. Most characters of a Chinese page fold on their own: their NFKC is
their own NFKC with or without neighbours. Such a text is folded with `str.translate` and a table
of the characters that change. A text holding any character that can interact with its
neighbour (one whose decomposition starts with a combining mark, or with a character that
composes with the one before it: accents, Hangul jamo, some Indic vowel signs), or any character
outside the Basic Multilingual Plane, goes to `unicodedata.normalize` whole.

Why that is exact: NFKC decomposes each character, reorders runs of combining marks, then
composes a starter with the marks or the second characters that follow it. When every
character's decomposition starts with a starter that is never the second of a composition, no
reordering and no composition crosses from one character into the next, so the NFKC of the text
is the NFKC of each character, in order (Unicode Standard Annex #15, sections 1.3 and 9).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import groupby

_BMP = 0x10000
_SURROGATES = range(0xD800, 0xE000)
# Hangul composes algorithmically (L + V, LV + T), not through the decomposition table.
_HANGUL_SECONDS = (range(0x1161, 0x1176), range(0x11A8, 0x11C3))


def _composition_seconds() -> set[str]:
    """Every character that is the second of a canonical pair (excluded compositions included:
    more than needed is only slower, never wrong)."""
    seconds = {chr(cp) for r in _HANGUL_SECONDS for cp in r}
    for cp in range(0x110000):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    return seconds


def _ranges(code_points: list[int]) -> str:
    """A regex character class body for sorted code points, as ranges of consecutive ones."""
    out = []
    for _, run in groupby(enumerate(code_points), key=lambda pair: pair[1] - pair[0]):
        cps = [cp for _, cp in run]
        first, last = chr(cps[0]), chr(cps[-1])
        out.append(re.escape(first) + ("-" + re.escape(last) if last != first else ""))
    return "".join(out)


@cache
def _tables() -> tuple[dict[int, str], re.Pattern[str]]:
    """(translation of the characters NFKC changes, pattern of the characters that need the whole
    text normalised). Built once per process (~0.15 s)."""
    seconds = _composition_seconds()
    table: dict[int, str] = {}
    unsafe: list[int] = []
    for cp in range(_BMP):
        if cp in _SURROGATES:
            continue
        c = chr(cp)
        decomposed = unicodedata.normalize("NFKD", c)
        if not decomposed or unicodedata.combining(decomposed[0]) or decomposed[0] in seconds:
            unsafe.append(cp)
            continue
        folded = unicodedata.normalize("NFKC", c)
        if folded != c:
            table[cp] = folded
    pattern = re.compile(f"[{_ranges(unsafe)}\U00010000-\U0010ffff]")
    return table, pattern


SHORT_TEXT = 64  # characters


@cache
def _changed() -> re.Pattern[str]:
    """The characters NFKC changes on their own (the keys of the table)."""
    return re.compile(f"[{_ranges(sorted(_tables()[0]))}]")


def nfkc(text: str) -> str:
    """`unicodedata.normalize("NFKC", text)`, by table where that gives the same. A short text goes
    to `unicodedata` itself: the tables cost 0.3 s to build, which a process that folds only a
    search query (`jiceng search`) never repays."""
    if text.isascii():
        return text
    if len(text) < SHORT_TEXT:
        return unicodedata.normalize("NFKC", text)
    table, unsafe = _tables()
    if unsafe.search(text):
        return unicodedata.normalize("NFKC", text)
    # Only the changed characters cost a Python step (a few in a hundred on a Chinese page), where
    # str.translate looks up every character: 0.14 s against 0.52 s for the 10 MB bench corpus.
    return _changed().sub(lambda m: table[ord(m.group())], text)
