"""Traditional characters -> simplified, for extraction only.

Pages printed in traditional characters (Big5 pages, Hong Kong and Taiwan reprints) are stored as
printed; regions, metrics, initiatives, terms and topics are extracted from a simplified copy so they
match the dictionaries. OpenCC's `t2s` conversion is used only when it keeps the length, so every
offset into the copy is an offset into the printed text."""

from __future__ import annotations

from functools import cache

import opencc


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """The text in simplified characters, same length; the text itself when that cannot be done."""
    out = _converter().convert(text)
    return out if len(out) == len(text) else text


@cache
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    """The text in traditional characters (OpenCC's `s2t`): the forms a traditional page prints."""
    return _to_traditional().convert(text)
