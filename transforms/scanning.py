"""Finding many literal names in a text at once, the way a regex alternation of them would, without
compiling a pattern per text. Used for initiative names (initiatives), the terms kept whole when
segmenting (keywords) and township and community names (localities)."""

from __future__ import annotations

from collections.abc import Callable, Iterable


def occurrences(
    text: str, names: Iterable[str], accept: Callable[[str, int, str], bool] | None = None
) -> list[tuple[int, str]]:
    """(start, name) of the names in the text, left to right and never overlapping; where several
    start at one place the longest wins, then the alphabetically first. This is what `re.finditer`
    does over the alternation of the names sorted longest first, without compiling a pattern for
    every article (a compile costs more than the scan). `accept(text, start, name)` can veto a hit."""
    hits = []
    for rank, name in enumerate(sorted(set(names), key=lambda n: (-len(n), n))):
        start = text.find(name)
        while start >= 0:
            if accept is None or accept(text, start, name):
                hits.append((start, rank, name))
            start = text.find(name, start + 1)
    found, end = [], 0
    for start, _, name in sorted(hits):
        if start >= end:
            found.append((start, name))
            end = start + len(name)
    return found
