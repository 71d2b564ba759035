"""Candidate subjects of a figure and their features, for the learned chooser that
`evaluation.train_subjects` compares with the rules of `transforms.metrics` (issue 18).

Every run of up to ``MAX_WORDS`` whole words (rjieba's tokens, a short quotation one word) of at
most ``MAX_CHARS`` characters, with no function word and not ending in a one-character verb, is a
candidate: in the clause before the figure, the clause before that, and the clause after it
(clauses end at ，。；：！？ and line breaks); the rules' own choice is one too. Each candidate is
described by where it stands (side, distance, what lies between it and the figure: 的, a linking
verb, another number, a quote), its parts of speech, its length, its last character, the words
of the subject word lists of ``transforms/data`` it holds or follows, the unit's kind, and how it
stands to the rules' choice (the same, inside, containing it, apart). A model is one weight a
feature; the candidate with the highest sum of its features' weights is the subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import rjieba

from transforms.metrics import DATA

CLAUSE_END = re.compile(r"[，,。；;！？!?\n：:]")
HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
REACH = 40  # characters read before a figure for its clause and the clause before it
AFTER = 24  # characters read after it
MAX_WORDS = 6
MAX_CHARS = 12
MAX_QUOTED = 12  # characters of a quotation read as one name
LINK_CHARS = set("为达是有共计约近超")
# parts of speech (jieba's tag set) of function words: adverbs, prepositions, conjunctions,
# particles, pronouns, numerals, measure words, modal particles, interjections, onomatopoeia
FUNCTION_TAGS = ("d", "p", "c", "u", "r", "m", "q", "y", "e", "o")


def _words_of(name: str, role: str | None = None) -> frozenset[str]:
    """The first column of a word list of ``transforms/data`` (rows of ``role`` only)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split() for line in lines if line.strip() and not line.startswith("#")]
    return frozenset(row[0] for row in rows if role is None or row[1:2] == [role])


LINK_WORDS = _words_of("subject_verbs.txt", "link")  # 达到, 提升至: between a subject and its figure
LEAD_WORDS = _words_of("subject_verbs.txt", "lead")  # 完成, 投入: before a subject
STOP_WORDS = _words_of("subject_stops.txt")  # 全部, 已经: words no subject holds


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    tag: str


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    side: str  # "before", "before2" (the clause before the figure's clause) or "after"
    words: tuple[Word, ...]
    left: Word | None  # the word before the candidate in its clause
    right: Word | None  # the word after it


def best(
    body: str, start: int, end: int, kind: str, rule: tuple[int, int] | None, weights: dict[str, float]
) -> tuple[int, int] | None:
    """The span of ``body`` that the figure at ``start:end`` counts by the model ``weights``: its
    best scoring candidate, or ``rule`` (the rules' choice) when there is none."""
    found = candidates(body, start, end, rule) if weights else []
    if not found:
        return rule
    top = max(
        found, key=lambda c: sum(weights.get(f, 0.0) for f in features(body, start, end, kind, rule, c))
    )
    return (top.start, top.end)


def candidates(body: str, start: int, end: int, rule: tuple[int, int] | None) -> list[Candidate]:
    """Every run of whole Han words near the figure at ``start:end``, and the rules' choice
    ``rule`` (which may hold quotes: 生态宜居“红旗村”), in a fixed order."""
    out: list[Candidate] = []
    for side, begin, stop in _clauses(body, start, end):
        words = _words(body, begin, stop)
        for i in range(len(words)):
            for j in range(i, min(len(words), i + MAX_WORDS)):
                if words[j].end - words[i].start > MAX_CHARS or not _may_name(words[j]):
                    break
                if not (words[j].tag.startswith("v") and len(words[j].text) == 1):
                    out.append(_candidate(side, words, i, j + 1))
    if rule and not any((c.start, c.end) == rule for c in out):
        side = "after" if rule[0] >= end else "before"
        words = _words(body, *rule)
        if words:
            out.append(Candidate(rule[0], rule[1], side, tuple(words), None, None))
    return out


def _may_name(word: Word) -> bool:
    """A word that a name of a thing may hold: Han characters, not a function word."""
    name = HAN_WORD.fullmatch(word.text) is not None or word.tag == "nq"
    return name and not word.tag.startswith(FUNCTION_TAGS) and word.text not in STOP_WORDS


def _candidate(side: str, words: list[Word], i: int, j: int) -> Candidate:
    left = words[i - 1] if i else None
    right = words[j] if j < len(words) else None
    return Candidate(words[i].start, words[j - 1].end, side, tuple(words[i:j]), left, right)


def _clauses(body: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(side, begin, end) of the figure's clause before it, the clause before that, and the
    clause after the figure."""
    marks = [m.end() for m in CLAUSE_END.finditer(body, max(0, start - REACH), start)]
    begin = marks[-1] if marks else max(0, start - REACH)
    earlier = marks[-2] if len(marks) > 1 else max(0, begin - REACH)
    later = CLAUSE_END.search(body, end, end + AFTER)
    stop = later.start() if later else min(len(body), end + AFTER)
    return [("before", begin, start), ("before2", earlier, max(earlier, begin - 1)), ("after", end, stop)]


def _words(body: str, begin: int, end: int) -> list[Word]:
    """rjieba's words of ``body[begin:end]``, spaces left out, a short quotation one word (its
    tag "nq": “红旗村”, “移动网格员”)."""
    out, pos = [], begin
    for text, tag in _tags(body[begin:end]):
        if text.strip():
            out.append(Word(pos, pos + len(text), text, tag))
        pos += len(text)
    return _quotes_joined(body, out)


def _quotes_joined(body: str, words: list[Word]) -> list[Word]:
    out: list[Word] = []
    for word in words:
        if out and out[-1].text == "“" and word.text != "“":
            closed = body.find("”", word.start, word.start + MAX_QUOTED)
            if closed != -1 and closed < words[-1].end and HAN_WORD.fullmatch(body, out[-1].end, closed):
                out[-1] = Word(out[-1].start, closed + 1, body[out[-1].start : closed + 1], "nq")
                continue
        if not out or word.start >= out[-1].end:
            out.append(word)
    return out


@lru_cache(maxsize=512)
def _tags(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(rjieba.tag(text))


def features(
    body: str, start: int, end: int, kind: str, rule: tuple[int, int] | None, c: Candidate
) -> list[str]:
    """The names of the features that hold for candidate ``c`` of the figure at ``start:end``."""
    gap = body[c.end : start] if c.side != "after" else body[end : c.start]
    side = f"{c.side}:{kind}"
    rule_says = _rule_features(c, rule)
    out = [f"side={side}", f"gap={side}:{_bucket(len(gap))}", *_gap_features(side, gap)]
    out += rule_says + [f"{r}:{side}" for r in rule_says]
    out += [f"{r}:rule_len={_bucket(rule[1] - rule[0])}" for r in rule_says] if rule else []
    return out + _shape_features(c, kind) + _word_features(body, c)


def _shape_features(c: Candidate, kind: str) -> list[str]:
    """Its parts of speech, length and last character, and those of the words around it."""
    tags = [w.tag for w in c.words]
    head = c.words[-1]
    return [
        f"first={c.side}:{tags[0]}",
        f"last={c.side}:{head.tag}",
        f"lasttag={head.tag}:{kind}",
        f"pattern={c.side}:{'-'.join(t[:1] for t in tags)}",
        f"len={_bucket(c.end - c.start)}",
        f"nwords={min(len(c.words), 4)}",
        f"headchar={head.text[-1]}",
        f"left={c.side}:{c.left.tag if c.left else '^'}",
        f"right={c.side}:{c.right.tag if c.right else '$'}",
        f"leftword={c.side}:{c.left.text if c.left else '^'}",
    ]


def _word_features(body: str, c: Candidate) -> list[str]:
    """Whether it is a whole phrase, holds or follows words of the subject word lists, verbs,
    quotes."""
    head, flags = c.words[-1], []
    if c.left is None or not _may_name(c.left):
        flags.append("opens_phrase")
    if c.right is None or not _may_name(c.right):
        flags.append(f"closes_phrase:{c.right.tag if c.right else '$'}")
    if head.text in LINK_WORDS:
        flags.append("ends_link_word")
    if c.words[0].text in LEAD_WORDS:
        flags.append("opens_lead")
    if c.left and c.left.text in LEAD_WORDS:
        flags.append("after_lead")
    if head.text[-1] in LINK_CHARS or (head.tag.startswith("v") and len(head.text) == 1):
        flags.append("ends_link")
    if any(w.tag.startswith("v") for w in c.words[1:]):
        flags.append("verb_inside")
    if body[c.start - 1 : c.start] == "“" or body[c.end : c.end + 1] == "”":
        flags.append("quoted")
    return [f"{flag}={c.side}" for flag in flags]


def _gap_features(side: str, gap: str) -> list[str]:
    out = []
    if not gap.strip():
        out.append(f"adjacent={side}")
    if "的" in gap:
        out.append(f"de_between={side}")
    if re.search(r"\d", gap):
        out.append(f"number_between={side}")
    if gap and set(gap) <= LINK_CHARS | set("了已经累计 "):
        out.append(f"link_between={side}")
    if "“" in gap or "”" in gap:
        out.append(f"quote_between={side}")
    return out


def _rule_features(c: Candidate, rule: tuple[int, int] | None) -> list[str]:
    if rule is None:
        return ["rule=none"]
    if (c.start, c.end) == rule:
        return ["rule=same"]
    if rule[0] <= c.start and c.end <= rule[1]:
        return ["rule=inside", f"rule=inside_ends:{c.end == rule[1]}"]
    if c.start <= rule[0] and rule[1] <= c.end:
        return ["rule=contains", f"rule=contains_more:{_bucket(c.end - c.start - rule[1] + rule[0])}"]
    return ["rule=apart"]


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-6" if n < 7 else "7-10" if n < 11 else "11+"
