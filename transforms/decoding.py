"""Decoding: bytes of one page -> text, the encoding that was used, and what had to be repaired.

Order of attempts: a byte-order mark (UTF-8, UTF-16) decides outright; then strict UTF-8 (a last
character cut in half is dropped, not fatal); then GB18030 and Big5, choosing the candidate whose text
holds more of the most frequent Chinese characters (Big5 bytes also decode as GB18030, into rare
characters); then a page of mixed lines (UTF-8 and GB18030) is decoded line by line. UTF-8 text that
was once read as Latin-1 and saved again (mojibake) is repaired with ftfy, the well-kept library for it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import ftfy

from transforms.script import ideographs

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_LEGACY = ("gb18030", "big5")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MOJIBAKE_HINT = re.compile(r"[\u00c0-\u00ff][\u0080-\u00bf\u2018-\u203a\u0152-\u0178]")

_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str | None
    repairs: tuple[str, ...] = field(default=())
    error: str | None = None


@cache
def _common_chars() -> frozenset[str]:
    raw = resources.files("transforms").joinpath("data/common_chars.txt").read_text("utf-8")
    return frozenset("".join(line for line in raw.splitlines() if not line.startswith("#")))


def _commonness(text: str) -> float:
    """Share of frequent Chinese characters, less a heavy penalty for private-use code points (what
    Big5 bytes turn into when read as GB18030)."""
    hits = sum(map(_common_chars().__contains__, text))  # no Python step per character
    private = len(_PRIVATE_USE.findall(text))
    return (hits - 10 * private) / max(1, len(text))


def _binary_reason(raw: bytes) -> str | None:
    head = raw[:65536]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary content: the file holds NUL bytes, it is not a text page"
    return None


def _utf8(raw: bytes) -> tuple[str, tuple[str, ...]] | None:
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError as err:
        if err.start >= len(raw) - 3 and err.reason == "unexpected end of data":
            return raw[: err.start].decode("utf-8"), ("last character truncated",)
        return None


def _legacy(raw: bytes) -> tuple[str, str] | None:
    candidates = []
    for enc in _LEGACY:
        try:
            candidates.append((_commonness(raw.decode(enc)), enc))
        except UnicodeDecodeError:
            continue
    if not candidates:
        return None
    _, enc = max(candidates)
    return raw.decode(enc), enc


def _mixed(raw: bytes) -> str | None:
    parts, kinds = [], set()
    for line in raw.splitlines(keepends=True):
        try:
            parts.append(line.decode("utf-8"))
            if not line.isascii():
                kinds.add("utf-8")
        except UnicodeDecodeError:
            parts.append(line.decode("gb18030", errors="replace"))
            kinds.add("gb18030")
    return "".join(parts) if len(kinds) == 2 else None


def _fix_mojibake(text: str) -> tuple[str, tuple[str, ...]]:
    if len(_MOJIBAKE_HINT.findall(text)) < 5:
        return text, ()
    fixed = ftfy.fix_encoding(text)
    if fixed != text and _commonness(fixed) > _commonness(text):
        return fixed, ("mojibake repaired (UTF-8 once read as Latin-1)",)
    return text, ()


def decode(raw: bytes) -> Decoded:
    """Decode one page. Never raises: an undecodable page comes back with `error` set."""
    if not raw.strip():
        return Decoded("", None, error="empty file: no text at all")
    if reason := _binary_reason(raw):
        return Decoded("", None, error=reason)
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            return _finish(raw.decode(enc, errors="replace"), enc, ())
    if (utf8 := _utf8(raw)) is not None:
        return _finish(utf8[0], "utf-8", utf8[1])
    if (mixed := _mixed(raw)) is not None:
        return _finish(mixed, "mixed utf-8/gb18030", ("mixed encodings decoded line by line",))
    if (legacy := _legacy(raw)) is not None:
        return _finish(legacy[0], legacy[1], ())
    return Decoded("", None, error="undecodable: not UTF-8, UTF-16, GB18030 or Big5")


def _finish(text: str, encoding: str, repairs: tuple[str, ...]) -> Decoded:
    text, more = _fix_mojibake(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    if (read := ideographs(text)) != text:
        text, more = read, (*more, "radical and compatibility code points read as ideographs")
    if _CONTROL.search(text[:65536]) and len(_CONTROL.findall(text)) > len(text) // 100:
        return Decoded("", encoding, repairs + more, error="binary content: many control characters")
    return Decoded(text, encoding, repairs + more)
