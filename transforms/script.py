"""Traditional characters -> simplified, for extraction only.

Pages printed in traditional characters (Big5 pages, Hong Kong and Taiwan reprints) are stored as
printed; regions, metrics, initiatives, terms and topics are extracted from a simplified copy so they
match the dictionaries. OpenCC's `t2s` conversion is used only when it keeps the length, so every
offset into the copy is an offset into the printed text."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import cache

import opencc


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


# Radicals a PDF's font may map a glyph to instead of the ideograph it prints (`1200⼾`, `居⺠`):
# the CJK Radicals Supplement's forms that stand for a whole character (NFKC leaves them alone)
SUPPLEMENT_RADICALS = {
    "⺠": "民", "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车", "⻑": "長", "⻓": "长",
    "⻔": "门", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食", "⻢": "马",
    "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻨": "麦", "⻩": "黄", "⻬": "齐", "⻮": "齿",
    "⻰": "龙",
}  # fmt: skip
GLYPH_VARIANT = re.compile("[\u2e80-\u2fdf\uf900-\ufaff]")  # radicals, compatibility ideographs


@cache
def _ideographs() -> dict[int, str]:
    """Each radical (Kangxi, and the supplement's above) and compatibility ideograph as the one
    ideograph it prints (NFKC: `⼈` U+2F08 is 人, `林` U+F9F4 is 林)."""
    table = {ord(k): v for k, v in SUPPLEMENT_RADICALS.items()}
    for code in [*range(0x2F00, 0x2FE0), *range(0xF900, 0xFB00)]:
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and folded != chr(code):
            table[code] = folded
    return table


def ideographs(text: str) -> str:
    """The text with a PDF font's radical and compatibility code points read as the ideographs they
    print (`共有队员60⼈` is `共有队员60人`), same length: the dictionaries and units know only those."""
    return text.translate(_ideographs()) if GLYPH_VARIANT.search(text) else text


def simplified(text: str) -> str:
    """The text in simplified characters, same length; the text itself when that cannot be done.
    (A page's radical code points are read as ideographs when it is decoded: `ideographs`.)"""
    out = _converter().convert(text)
    return out if len(out) == len(text) else text


@cache
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    """The text in traditional characters (OpenCC's `s2t`): the forms a traditional page prints."""
    return _to_traditional().convert(text)


class Reprint:
    """Strings read from `simple`, a page's simplified copy (`simplified`: same length), put back in the
    page's own script: a string with offsets takes the printed character at each offset; a string
    without them, the printed text where the copy holds it, else each character as the page prints it
    most often."""

    def __init__(self, simple: str, printed: str) -> None:
        self.simple, self.printed = simple, printed
        seen: dict[str, Counter[str]] = {}
        for s, p in zip(simple, printed, strict=True):
            if s != p:
                seen.setdefault(s, Counter())[p] += 1
        for s in seen:  # a character the page also prints as it is, as often
            seen[s][s] += simple.count(s) - sum(seen[s].values())
        self._chars = {s: c.most_common(1)[0][0] for s, c in seen.items()}

    def chars(self, text: str) -> str:
        return "".join(self._chars.get(c, c) for c in text)

    def text(self, text: str | None) -> str | None:
        """A string read from the copy (a headline's lines joined, a name), run by run as printed: the
        longest run the copy holds from each place on (two characters or more), else the character."""
        if not text or not any(c in self._chars for c in text):
            return text
        out, i = [], 0
        while i < len(text):
            j, at = i + 2, self.simple.find(text[i : i + 2])
            if j > len(text) or at < 0:
                out.append(self._chars.get(text[i], text[i]))
                i += 1
                continue
            while j < len(text) and (longer := self.simple.find(text[i : j + 1], at)) >= 0:
                j, at = j + 1, longer  # a run the copy holds: each of its beginnings it holds too
            out.append(self.printed[at : at + j - i])
            i = j
        return "".join(out)

    def at(self, text: str, offsets: Sequence[int]) -> str:
        """`text`, each of whose characters stands at its offset of the copy (a joining separator does not)."""
        if not any(c in self._chars for c in text):
            return text
        out = []
        for c, o in zip(text, offsets, strict=True):
            out.append(
                self.printed[o]
                if 0 <= o < len(self.simple) and self.simple[o] == c
                else self._chars.get(c, c)
            )
        return "".join(out)
