"""The candidates of the learned initiative decision that `evaluation.train_initiatives` compares
with the rules of `transforms.initiatives`, and their features.

A candidate is a distinct name of one article's prepared text (`transforms.initiatives.prepare`):
each quoted phrase, as the name the rules would extract it as (“红帆”志愿服务队 is 红帆志愿服务队;
the halves of a name spread over two quoted phrases, “小积分”激活“大德治”, are not candidates
apart), and each name the rules find elsewhere (curated names and rooms printed without quotes, the
joined halves). It carries what the rules see in it (``signals``: their verdict, a head noun after
the closing mark or ending the phrase, a verb that introduces a name before it, their tests of its
form, the list of quoted phrases it stands in). `features` adds its form (length, first and last
characters and word, digits, ``+``, Latin letters, Chinese numerals, whether jieba's general
dictionary knows it, how common and which part of speech, how much of it is common words) and its
contexts (the one to three characters and the word before its opening mark and after its closing
one, a colon of quoted speech before it).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import jieba
import rjieba

from transforms.initiatives import (
    CLOSE,
    CN_NUMERALS,
    DOTTED,
    OPEN,
    PROBLEM,
    QUOTED,
    ROLES,
    _coined_list,
    _coined_word,
    _paired_candidates,
    _quoted_lists,
    after_lead_verb,
    head_of,
    heads,
    is_formula,
    is_numeral_name,
    is_numeric_name,
    quoted_candidates,
    quoted_name,
    repeated_candidates,
    suffix_head,
    unquoted_candidates,
)

SPEECH = ("说：", "说:", "表示：", "表示:", "道：", "道:")
LENGTHS = (1, 2, 3, 4, 5, 6, 8, 12, 24)  # upper bounds of the length buckets


@dataclass
class Candidate:
    """One candidate name of an article and where it is printed (``spans``: the phrase between its
    quotation marks at each quoting, or the name itself where the rules found it without them)."""

    name: str
    spans: list[tuple[int, int]]
    signals: set[str] = field(default_factory=set)


def gather(prepared: str) -> list[Candidate]:
    """Every candidate name of the prepared text, in order of first appearance."""
    quotes = list(QUOTED.finditer(prepared))
    ruled, quoted_as = rules(prepared, quotes)
    full_of = {quoted: full for full, quoted in quoted_as.items()}
    paired = _paired_candidates(prepared, quotes)[1]
    found: dict[str, Candidate] = {}
    for members in _quoted_lists(prepared, quotes):
        for m in members:
            if m.start() in paired:
                continue  # half of a name spread over two quoted phrases: the whole is a candidate
            quoted = quoted_name(m.group(1))
            name = full_of.get(quoted, quoted)
            candidate = found.setdefault(name, Candidate(name, []))
            candidate.spans.append(m.span(1))
            candidate.signals |= signals(prepared, m, quoted, members)
    for name, start in ruled.items():
        found.setdefault(name, Candidate(name, [(start, start + len(name))], {"unquoted"})).signals.add(
            "rule"
        )
    return sorted(found.values(), key=lambda c: c.spans[0])


def rules(prepared: str, quotes: list[re.Match[str]]) -> tuple[dict[str, int], dict[str, str]]:
    """The names the rules find, each with where it first appears, and the quoted phrase of each
    name that took its head in (`quoted_candidates`), as `transforms.initiatives._extract` finds them."""
    found, quoted_as = quoted_candidates(prepared, quotes)
    found += unquoted_candidates(prepared)
    found += repeated_candidates(quotes, {name for _, name, _ in found})
    first: dict[str, int] = {}
    for start, name, _ in sorted(found, key=lambda c: c[:2]):
        first.setdefault(name, start)
    return first, quoted_as


def signals(text: str, m: re.Match[str], name: str, members: list[re.Match[str]]) -> set[str]:
    """What the rules see in one quoted phrase: its head nouns, a verb before it, their tests of its
    form, and the list of quoted phrases it stands in."""
    after = heads()[0].match(text, m.end())
    head = head_of(after) if after else None
    own = suffix_head(name)
    tests = {
        f"head={head}": head is not None,
        "after_head": head is not None,
        f"own={own}": own is not None,
        "own_head": own is not None,
        "lead": after_lead_verb(text, m.start(), name),
        "numeral_name": is_numeral_name(name),
        "formula": is_formula(name),
        "numeric": is_numeric_name(name, head),
        "dotted": DOTTED.fullmatch(name) is not None,
        "role": name.endswith(ROLES),
        "problem": name.endswith(PROBLEM),
        "adjective": name.endswith("式"),
        "coined_word": _coined_word(name),
        "listed": len(members) > 1,
        "listed_coined": len(members) > 1
        and _coined_list(text, members, [quoted_name(x.group(1)) for x in members]),
        "wrapped_head": after is not None and after.group(0).startswith("\n"),
    }
    return {signal for signal, holds in tests.items() if holds}


def features(text: str, candidate: Candidate) -> set[str]:
    """The candidate's binary features: the rules' signals, its form and its contexts."""
    out = set(candidate.signals)
    out |= form(candidate.name)
    for start, end in candidate.spans:
        out |= context(text, start, end)
    quoted = sum(1 for s, _ in candidate.spans if s and text[s - 1] in OPEN)
    out.add(f"quoted={min(quoted, 3)}")
    return out


def form(name: str) -> set[str]:
    """Features of the name alone."""
    n = len(name)
    out = {
        f"len<={next((b for b in LENGTHS if n <= b), 99)}",
        f"first={name[:1]}",
        f"last={name[-1:]}",
        f"last2={name[-2:]}",
    }
    flags = {
        "digit": any(c.isdigit() for c in name),
        "plus": "+" in name,
        "latin": re.search("[A-Z]", name) is not None,
        "han_only": re.fullmatch("[\u4e00-\u9fff]+", name) is not None,
        "numeral_first": name[:1] in CN_NUMERALS,
        "numeral": any(c in CN_NUMERALS for c in name),
        "listed_parts": "、" in name,
        "clause": re.search(r"[，,。；;：:！!？?…—]", name) is not None,
        "dict_word": rjieba.has_word(name),
        "dict_last2": n > 2 and rjieba.has_word(name[-2:]),
    }
    out |= {k for k, v in flags.items() if v}
    out |= dictionary(name)
    words = rjieba.cut(name) if n <= 24 else []
    out.add(f"words={min(len(words), 4)}")
    if words:
        out.add(f"last_word={words[-1]}")
    return out


@cache
def lexicon() -> dict[str, tuple[int, str]]:
    """jieba's general dictionary: word -> (frequency, part of speech)."""
    path = Path(jieba.__file__).parent / "dict.txt"
    out: dict[str, tuple[int, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split(" ")
        out[word] = (int(freq), tag)
    return out


def dictionary(name: str) -> set[str]:
    """How common the name and its words are in the general dictionary, and its part of speech."""
    words = lexicon()
    out = set()
    if name in words:
        freq, tag = words[name]
        out |= {f"pos={tag}", f"freq={min(int(math.log10(freq + 1)), 5)}"}
    if len(name) > 2 and name[-2:] in words:
        out.add(f"last2_pos={words[name[-2:]][1]}")
    parts = rjieba.cut(name) if len(name) <= 24 else []
    rare = [w for w in parts if len(w) >= 2 and words.get(w, (0, ""))[0] < 100]
    out.add(f"rare_words={min(len(rare), 2)}")
    common = sum(len(w) for w in parts if len(w) >= 2 and words.get(w, (0, ""))[0] >= 1000)
    out.add(f"common_share={round(4 * common / max(1, len(name)))}")
    return out


def context(text: str, start: int, end: int) -> set[str]:
    """Features of what is printed around one quoting of the candidate: the characters before the
    opening mark and after the closing one (a quoted phrase's marks are one character each; stacked
    marks are skipped)."""
    left = start
    while left and text[left - 1] in OPEN:
        left -= 1
    right = end
    while right < len(text) and text[right] in CLOSE:
        right += 1
    before, after = text[max(0, left - 3) : left], text[right : right + 3]
    out = {f"b1={before[-1:]}", f"b2={before[-2:]}", f"a1={after[:1]}", f"a2={after[:2]}", f"b3={before}"}
    previous, following = rjieba.cut(text[max(0, left - 6) : left]), rjieba.cut(text[right : right + 6])
    out |= {f"bw={previous[-1] if previous else ''}", f"aw={following[0] if following else ''}"}
    if before.endswith(SPEECH) or before.endswith(("：", ":")):
        out.add("after_colon")
    if after[:1] in OPEN + CLOSE:
        out.add("quote_after")
    return out
