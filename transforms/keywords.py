"""Content terms and TF-IDF keywords of one article (fact_keyword).

Segmentation is rjieba (the Rust port of jieba: same dictionary, same HMM for unknown words) with
the domain terms of ``data/governance_terms.txt`` added to a private ``rjieba.Jieba`` instance.
rjieba has no ``load_userdict``: the file is read here and each term added with
``add_word(term, None, None)``, which gives it the frequency jieba's own ``add_word`` would suggest.

Per-call vocabulary: rjieba's dictionary is shared mutable state, so adding each article's names
to it would make one article's tokens depend on the articles cut before it. Instead the text is
split around the extra terms (by default the initiative names found in the text) and only the
pieces between them are cut; the terms themselves come out as single tokens. The result is a pure
function of the text.

Text is NFKC-folded first (full-width letters, digits and ＋), like initiative names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import rjieba

from transforms.initiatives import extract_initiatives, nfkc
from transforms.scanning import occurrences

DATA = Path(__file__).parent / "data"
MIN_TERM_CHARS = 2
# No Chinese character and no Latin letter (pure digits or punctuation), or a number with a measure.
NO_WORD = r"[^\u4e00-\u9fffA-Za-z]*"
COUNT = r"[\d.%一二三四五六七八九十百千万亿两零〇几]+[个名户人次元年月日项条家处多余批]?"
NOT_CONTENT = re.compile(f"{NO_WORD}|{COUNT}")


def read_lines(file_name: str) -> list[str]:
    lines = (DATA / file_name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@cache
def segmenter() -> rjieba.Jieba:
    """rjieba with the default dictionary plus the governance terms, built once."""
    jieba = rjieba.Jieba()
    for term in read_lines("governance_terms.txt"):
        jieba.add_word(term, None, None)
    return jieba


@cache
def stopwords() -> frozenset[str]:
    return frozenset(read_lines("stopwords.txt"))


def tokenize(text: str, extra_terms: Iterable[str] | None = None) -> list[str]:
    """Tokens of the text without whitespace; extra_terms (default: its initiative names) stay whole."""
    return [t for t in _tokens(text, extra_terms) if t.strip()]


def _tokens(text: str, extra_terms: Iterable[str] | None) -> list[str]:
    """Every token, whitespace included."""
    folded = nfkc(text)
    names = [i.name for i in extract_initiatives(folded)] if extra_terms is None else extra_terms
    terms = {unicodedata.normalize("NFKC", t) for t in names} - {""}
    cut, tokens, end = segmenter().cut, [], 0
    for start, term in occurrences(folded, terms):
        tokens += cut(folded[end:start]) if start > end else []
        tokens.append(term)
        end = start + len(term)
    tokens += cut(folded[end:]) if end < len(folded) or not folded else []
    return tokens


def is_content_term(token: str) -> bool:
    return len(token) >= MIN_TERM_CHARS and token not in stopwords() and not NOT_CONTENT.fullmatch(token)


# Tokens already judged, and those of them that are content terms: tokens repeat from article to
# article, so each is judged once per worker, and an article's tokens are filtered by set lookups
# with no Python call per token. Emptied when it holds MAX_JUDGED tokens (a worker's memory stays
# bounded).
MAX_JUDGED = 1 << 18
_judged: set[str] = set()
_content: set[str] = set()


def term_counts(text: str, extra_terms: Iterable[str] | None = None) -> dict[str, int]:
    """How often each content term occurs: two characters or more, no stop word, not a bare number.
    `extra_terms` (default: the text's initiative names) stay whole."""
    # Count first (far fewer distinct tokens to check); whitespace tokens are no content term either.
    counts = Counter(_tokens(text, extra_terms))
    # most articles' tokens were all judged before: a test that stops at the first new token is
    # cheaper than the difference (a new set of every distinct token)
    new = () if _judged.issuperset(counts) else counts.keys() - _judged
    if new:
        if len(_judged) + len(new) > MAX_JUDGED:
            _judged.clear()
            _content.clear()
            new = set(counts)
        _judged.update(new)
        stop = stopwords()  # is_content_term inlined: no Python call per new token
        _content.update(
            t for t in new if len(t) >= MIN_TERM_CHARS and t not in stop and not NOT_CONTENT.fullmatch(t)
        )
    content = _content
    return {t: n for t, n in counts.items() if t in content}
