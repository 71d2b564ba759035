"""Articles: a decoded page -> the articles it prints, in page order, each with its headline,
byline, dateline and repaired body, a map from every body character back to the page, and how sure
the segmentation is of it.

Three visible steps:
1. features: the page's lines, repaired (`lines.repair_line`), as a frame (`line_features.frame`);
2. labels: a sequence model labels every printed line (`line_labels.label`: title, byline, dateline,
   body, caption …) with its marginal probability;
3. assembly (here), which reads labels, not raw text: body lines are cut into pieces at every
   headline, byline, dateline, caption and continuation mark; headlines are grouped into units
   (kicker, title lines, subtitle); then every unit of the page is matched to every piece at once
   (`scipy.optimize.linear_sum_assignment`) on the characters they share (places and names weigh
   most: a bigram found in one piece only is strong evidence) and on where the unit stands (right
   above a piece, right under it; a teaser's headline, its next line pointing to another page
   (`详见5版`, `_teaser_head`), by its words only). A unit matched to no piece is an orphan headline, unless it stands
   right next to a body that opens with a dateline or byline and got no headline (`_leftover_pairs`),
   or is a part `split_units` or `recut` cut from a headline whose other part found a body
   (`_rejoin_halves`), or one of two headline lines stacked right above the piece the other
   heads (`_stacked_halves`: a line between a headline and its body, or two short ones); `recut` cuts
   a unit holding two headlines where the whole page's assignment, each part weighted by its share of
   the unit's words, scores more than with the unit whole, and `regroup_blocks`, once the pieces are
   cut, regroups the segments of a doubled block of headlines printed side by side and wrapped into
   the headlines the page's assignment scores most (a `<place>：` opens one). Before all that,
   a piece opening with the rest of a word an earlier open text's last line broke off joins that
   text (`rests_rejoined`: a headline set inside its own text), and `column_cuts` cuts a piece
   whose text changes to a column of another width where the page's matching then heads both parts.
   A piece that got no headline and does not open with a dateline or byline continues the piece
   before it, if set in a column of the same width (its text was cut by a headline displaced into
   the column, or by a subhead). Then three repairs: an
   orphan headline cuts a body whose part it matches while the body's own headline keeps the rest
   (`orphan_cut`: two bodies with nothing between them), unless the two parts go on with each other
   (`_continues`: one report's section under a subhead), and never takes the lower part of a body
   whose headline stands alone right under it (`_trails`); every such cut of a body in two
   (`orphan_cut`, `pair_cut`, `side_pair_cut`, `split_blocks`, `stacked_cut`) is looked for first
   where a paragraph starts (`_paragraphs_first`), then at any sentence's end; a body's headline printed between two of its
   own pieces yields the body to an orphan that matches it better (`_subheads_inside`); and before
   all that, a run-in lead printed a second time above its paragraph is left out (`_without_leads`),
   and a text line is read as a headline whatever the model said when it is a short unended line
   between two paragraphs whose words only the text after it holds, an unended line where one
   article ends and the next opens, half of a headline printed doubled, or one or two lines ending
   the page that print the words above them; a headline line is body text when a quotation it opens
   runs into the next line, or when it repeats the opening words of the headline line above it and
   runs on into the text (a body opening with its headline's words), and a caption when it ends in
   a photographer's credit or its caption's short tail follows; a two-line headline is two where its lines lean to the text above and below
   (`_inner_heads`). A phrase over a `<place>：` headline is its kicker. Headline lines go on (one
   headline, never cut by `split_units` or `recut`) where one leaves a quotation or bracket open
   that the next closes, ends on a joining mark (`：`, `丨`, `，`, `的`) or is a bracketed series
   tag, or the next opens with a closing mark (`_goes_on`); a headline of unmarked lines gets a
   kicker or subtitle where a line is broken off cleanly and set apart by its length (`_set_apart`). Any
   outlet's dispatch (`星报讯`, `中國甘肅網8月16日訊`) opens an article as a dateline does, and a
   headline right above the dateline or byline opening a body gains OPENS_BONUS for it. The matching
   runs twice: the sure pairs of the first (`_side`) say whether the page prints its headlines under
   their bodies, and a sure headline under its body closes that body (the piece after the headline
   cannot go on with it); the second pass adds that prior and the blank lines a headline is glued
   by (`_set_closer`). A byline right under a headline that follows its own body, with another
   headline under the byline, signs the story above (`bylines_under_trailing_heads`).

Each article's confidence is the smaller of the labels' confidence (the lowest marginal of its
headline and byline lines) and of the matching's (0.5 plus its headline's margin over the runner-up
choice, a body or orphan), so a reader knows which articles to check first.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
import math
import operator
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import rjieba
from scipy.optimize import linear_sum_assignment

from transforms import bylines, line_features, line_labels
from transforms.bylines import Author
from transforms.line_features import CLOSERS, CONT, TERMINALS, dateline, dateline_byline
from transforms.lines import (
    ASCII_STOP,
    CJK,
    INVISIBLE,
    Line,
    columns_apart,
    join,
    may_read_doubled,
    repair_line,
    repeat_across_wrap,
    repeats_once,
    split_lines,
    undouble,
    visible,
)
from transforms.script import Reprint, simplified

_MARKDOWN = re.compile(r"^#{1,6}\s*")
_TEXT = operator.attrgetter("text")  # joined with map: a generator of `x.text` costs more
# A line's text is asked whether it ends a sentence by most tests, hundreds of thousands of times over
# 150 pages: remembered by the text (a pure function of it).
ends_paragraph = lru_cache(maxsize=1 << 14)(line_features.ends_paragraph)
_DASH = re.compile(r"^(?:——|——|--|—)\s*")
_BIGRAM_CLEAN = re.compile(f"[^{CJK}A-Za-z0-9]")
_CIRCLED = re.compile(r"[①-⑳]$|[（(]\d+[)）]$|之[一二三四五六七八九十]$")
HEADLINE_MAX = 40
_HEAD = ("kicker", "title", "title+", "subtitle")
_CLOSING = re.compile(r"[)）]")
_BRACKETED = re.compile(r"[（(][^（）()]+[)）]")
_ASKED = re.compile(r"[^。！？；;!?]{6,}[？！?!][”’」）)]?")  # a headline may end with ？ or ！
_CLAUSE = re.compile(r"^[—–]|[，、,]")
UNSEEN_WEIGHT = 0.5
# Matching: a unit's score for a piece is the weighted share of its bigrams found there, plus a bonus
# for standing right above the piece (or right under it: headlines printed after their body). A unit
# scoring no more than ORPHAN anywhere stays an orphan. Calibrated on simulated dev pages: BELOW_BONUS,
# GOES_ON and UNRELATED set by a coordinate search (steps of 0.05) on 100 dev pages of each generator
# (seed 2000, the template generator weighted twice), checked on 200 others (seed 3000): attach +0.6 to
# +1.7 points on each generator there.
ABOVE_BONUS, BELOW_BONUS, PHOTO_BONUS, ORPHAN = 0.15, 0.13, 0.5, 0.2
# What a piece that could be the rest of the piece before it gains by being that rest: a headline
# takes it as a new article's body only when it matches it better than ORPHAN + GOES_ON.
GOES_ON = 0.3
# A headline right above the dateline or byline that opens a body stands where headlines stand.
OPENS_BONUS = 0.1
# A headline printed under a kicker (a series' or a section's label) is an article's own head, not a
# subhead inside a text: right above a piece it gains KICKER_BONUS for it.
KICKER_BONUS = 0.15
# Match's second pass (`_side`, `_set_closer`): a headline under a body on a page whose sure headlines
# stand under their bodies gains SIDE_BONUS there; one glued to the piece over or under it on a page
# printing a blank line after every line (no blank line between, one on its other side) gains
# CLOSER_BONUS for it. Chosen on 200 dev pages of each generator, seeds 7000 and 3000 (SIDE_BONUS
# 0 / 0.1 / 0.2 and CLOSER_BONUS 0.1 / 0.2 within 0.5 points of attach of each other; 0.2 on SIDE cost
# template 0.5 on seed 3000; the glue read on dense pages too: main +0.4, template pages -1 article).
SIDE_BONUS = 0.1
CLOSER_BONUS = 0.2
# Session 30, one constant at a time against attached articles (dev-a, 30 pages x ten generators x seeds
# 8300/8400, 1959 of 2201 as set): OPENS 0.05/0.15/0.2/0.3 +1/-2/-3/-16, SIDE 0.05/0.15/0.2/0.3 0/-1/-4/-5,
# CLOSER 0.1/0.3/0.4/0.6 0/0/-2/-1, KICKER 0.075/0.225/0.3 -1/+1/+1, ABOVE 0.075/0.225/0.3 -3/+1/+1,
# BELOW 0.065/0.195/0.26 +3/-2/-4, PHOTO 0.25/0.75/1.0 0/-1/-4, ORPHAN 0.05/0.1/0.15/0.3 +11/+13/+14/-18,
# GOES_ON 0.15/0.45/0.6 -5/-11/-28. On dev-b (60 pages, 8100/8200; 3953 of 4574 attached, orphan-attached
# 17) ORPHAN 0.1 gave 3957 / 22 and 0.15 gave 3960 / 21: noise-sized, paid in orphans, so all stay.
CHAINED = False
# A unit's share of words found counts in full from EVIDENCE_FULL rarity-weighted bigrams or
# EVIDENCE_COUNT bigrams (`_evidence`), less below both. Chosen on dev pages of the gathered-headline
# families (seed 5000; weighted 3 / 4 / 5 / 6 / 10, count 5 / 6 / 7): the weighted reading alone cost
# template dev 0.5 points (seed 3000: a headline of common words), the count alone blind2 1.5 (seed 7000).
EVIDENCE_FULL, EVIDENCE_COUNT = 4.0, 7.0
# Articles less sure than this are a gate warning. Checked again on 60 simulated dev pages of each
# generator (seed 500) after session 11's changes: 7-21% of the bodied articles fall below it, 58-86%
# of those are wrong, holding 30-59% of all the errors (0.4 flags 5-15%, 86-100% wrong, 27-55% of the
# errors; 0.6 flags 21-31%, 46-54% wrong).
CONFIDENCE_WARN = 0.5


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
    confidence: float | None = None  # min(label_confidence, 0.5 + match_margin), 0..1
    label_confidence: float | None = None  # lowest marginal of its headline and byline lines
    match_margin: float | None = None  # its headline's score over the runner-up choice
    lead_in: int = 0  # characters of `body` that are its dispatch and the byline run into it, as printed


@dataclass
class Piece:
    """A run of body (or caption) lines, and what stands around it."""

    lines: list[Line] = field(default_factory=list)
    kind: str = "article"  # article | photo
    dateline: str | None = None
    authors: list[Author] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    conf: list[float] = field(default_factory=list)  # marginals of its byline and dateline lines
    opens: bool = False  # opens with a dateline or a byline: never the rest of the piece before
    closed: bool = False  # a closing byline, a credit or a continuation mark after it
    pos: int = 0  # its place among the page's pieces and units
    ends: list[Author] = field(default_factory=list)  # the authors of a closing byline
    lead_in: list[Line] = field(default_factory=list)  # its dispatch and the byline run into it, as printed
    # the bylines (text, authors) printed between its text and a headline: its own, or the next body's
    lent: list[tuple[str, list[Author], float]] = field(default_factory=list)
    ending: list[str] = field(default_factory=list)  # the closing bylines of `bylines`, as printed
    # closing bylines printed alone right under its text, before whatever the page prints next: its own,
    # or (when a text follows) the next text's opening byline (`_bylines_opened`)
    doubt: list[tuple[str, list[Author], float]] = field(default_factory=list)
    led_after_text: bool = False  # its opening bylines stand right under another text's end
    inset: bool = False  # a photo's caption printed inside the text after it (`_Reader._inset`)
    marked: bool = False  # printed under a heading the page marks (`# …`): it goes on from no text above
    apart: bool = False  # set apart from the text above by a report's gap (`_report_gap`)
    # printed under a jump mark alone on its line: `（下转…）` sends the text over it to another page,
    # `（上接…）` says the text under it came from one; either way it is not the rest of the text over it
    after_jump: bool = False

    def take(self, text: str, authors: list[Author], conf: float, closing: bool = False) -> None:
        """A byline line of this piece: heading it, or closing it (`closing`: nothing goes on after)."""
        self.authors.extend(authors)
        self.bylines.append(text)
        self.conf.append(conf)
        if closing:
            self.ends.extend(authors)
            self.ending.append(text)
            self.closed = True

    def cut_bylines(self, head: Piece, tail: Piece) -> None:
        """This piece cut in two: its closing bylines go with the part its text ends in, the rest with
        the part it opens with (the authors go so; their printed lines did all stay at the head)."""
        head.bylines = [t for t in self.bylines if t not in self.ending]
        tail.bylines, tail.ending = list(self.ending), list(self.ending)


@dataclass
class Unit:
    """A headline: kicker, title lines, subtitle lines."""

    kicker: list[str] = field(default_factory=list)
    title: list[Line] = field(default_factory=list)
    subtitle: list[str] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)  # every line, as printed (for a subhead)
    conf: list[float] = field(default_factory=list)
    pos: int = 0
    cuts: bool = False  # printed inside a sentence of the text around it
    page: str | None = None  # the page's text (a doubled line is undone again from it, with the next)
    part_of: Unit | None = None  # the headline `split_units` cut this one from

    @property
    def text(self) -> str:
        return _title_text(self.title, self.page) if self.title else " ".join(self.subtitle + self.kicker)


def _repeat_goes_on(above: str, below: str) -> bool:
    """Text `below`, printed under `above`, goes on with a doubled print (`】吉林延吉丹英社区吉林延吉丹英社区：：党建`
    / `赋能党建赋能““石榴籽石榴籽””，，社区治`: the column's wrap cut a repeat): the two joined read doubled
    and most of `below`'s characters repeat (read once, it adds less than DOUBLED_SHARE of them; a line
    printed once under a doubled one, a subtitle or the text, adds them all)."""
    once = undouble(Line(above, range(len(above))))
    for cut in range(min(CUT_REPEAT, len(below) // 2) + 1):  # (CUT_REPEAT)
        kept = below[: len(below) - cut]
        both = undouble(Line(above + kept, range(len(above) + len(kept))))
        if both.doubled:
            return len(both.text) - len(once.text) < DOUBLED_SHARE * len(kept)
    return False


# characters: the wrap may cut a doubled print inside its last run, before that run's repeat
# (`…，，52325户居民5` / `2325户居民““忧居…`): the run's first copy ends the line printed once, and
# the lines joined then read doubled (`undouble`) only with up to this many of its characters left
# off. Dev-a main narrow_dense_block seed 8200: 85.1% -> 85.5% attach; dev-b 8200 82.6% -> 83.1%;
# main dev 7000 87.7% -> 88.3%; the other dev runs of the nine generators as they were.
CUT_REPEAT = 3


def _title_printed(u: Unit) -> str:
    """A headline's title lines joined as the page printed them (a doubled line twice)."""
    return "".join(_printed(u.page, x) if x.doubled and u.page and x.offs else x.text for x in u.title)


def _doubled_print_ended(printed: str) -> bool:
    """A headline printed doubled whose print ends on a repeat's second copy: whole, nothing of it
    is left for a line under it."""
    once = undouble(Line(printed, range(len(printed))))
    return once.doubled and bool(once.offs) and once.offs[-1] < len(printed.rstrip()) - 1


def _ends_doubled_print(u: Unit, line: Line) -> bool:
    """The line goes on with the doubled print of a headline the column wrapped, whose print has not
    ended (`东湖社区志愿队慰问` / `孤寡老人东湖社区` / `志愿队慰问` / `孤寡老人`): the headline's lines
    and it, joined as printed, read doubled, and it repeats what they printed (`_repeat_goes_on`).
    Read as a subtitle, a clause under the title or another headline, the headline's rest was lost."""
    printed = _title_printed(u)
    return not _doubled_print_ended(printed) and _repeat_goes_on(printed, line.text)


def _once_over_doubled(u: Unit, line: Line) -> bool:
    """The headline's one title line is printed once, no word of it twice nor in the line under it,
    and that line is printed doubled: a headline is printed doubled whole, so the line over it is
    none of its (a kicker, or the text's line over a block displaced into it stopping short)."""
    if len(u.title) != 1 or u.kicker or not (line.doubled or _words_twice(line.text)):
        return False
    first = u.title[0]
    once = _BIGRAM_CLEAN.sub("", first.text)
    grams = _bigrams(once)
    if first.doubled or len(grams) < len(once) - 1:
        return False  # a word of it printed twice: a doubled print's start, its repeat cut by the wrap
    under = _printed(u.page, line) if u.page and line.offs else line.text
    return bool(grams) and not grams & _bigrams(under)  # the second copy under it would hold its words


def _once_under_doubled(u: Unit, line: Line) -> bool:
    """The line, printed once, stands under a headline whose doubled print ended on the line over it
    (`_doubled_print_ended`): a headline is printed doubled whole, so the line is no more of it but
    its subtitle (`社区议事会开张社区议事会开张` / `居民的事居民议`)."""
    if line.doubled or line_features.echo(line.text) or _goes_on(u.title[-1].text, line.text):
        return False
    printed = _title_printed(u)
    return _doubled_print_ended(printed) and not _repeat_goes_on(printed, line.text)


def _words_twice(text: str) -> bool:
    """A line printing a run of DOUBLED_RUN characters or more twice (`…党群服务中心启用上海市金山区党群`):
    a doubled headline's line the wrap cut inside its repeat, which `undouble` leaves."""
    s = _BIGRAM_CLEAN.sub("", text)
    return any(s[i : i + DOUBLED_RUN] in s[i + DOUBLED_RUN :] for i in range(len(s) - 2 * DOUBLED_RUN + 1))


DOUBLED_RUN = 4  # characters


def _printed(page: str, line: Line) -> str:
    """A repaired line as the page printed it, to the end of its printed line. A segment of a doubled
    line whose end the wrap cut inside a repeat (`马山街道召开马山街道召开““精品精治年精`, beside
    another headline on its printed line) reads doubled too few of its characters for `undouble`:
    it is the printed text still where each of its repeats read once gives the line's text."""
    printed = visible(_printed_rest(page, line)).strip()
    if undouble(Line(printed, range(len(printed)))).text == line.text:
        return printed
    return printed if line.doubled and repeats_once(printed) == line.text else line.text


def _printed_rest(page: str, line: Line) -> str:
    """The page's characters from a line's first kept one to the end of the printed line of its last."""
    end = page.find("\n", line.offs[-1])
    return page[line.offs[0] : end if end >= 0 else len(page)]


BYLINE_RUN = 30  # characters: the most a dateline's byline in parentheses runs to before it closes


def _byline_runs_on(text: str) -> bool:
    """An open parenthesis after a dateline that may still be its byline: short, no sentence in it."""
    return len(text) <= BYLINE_RUN and not _STOPS.search(text)


_TITLE_TEXTS: dict[tuple, str] = {}  # `_title_text` read once: a page's headlines are read for every match
_TITLE_TEXTS_MAX = 4096


def _title_text(lines: list[Line], page: str | None = None) -> str:
    """`_read_title_text`, remembered by what it reads: each line's text, and where a doubled line
    is read again from the page, the page and the line's first and last offsets."""
    doubled = any(x.doubled for x in lines)
    again = page is not None and doubled
    key: tuple = (  # lines none of which is doubled read by their texts alone (no pair of those is a key)
        tuple(map(_TEXT, lines))
        if not doubled
        else (
            page if again else None,
            tuple((x.text, x.doubled, again and x.doubled and (x.offs[0], x.offs[-1])) for x in lines),
        )
    )
    text = _TITLE_TEXTS.get(key)
    if text is None:
        if len(_TITLE_TEXTS) >= _TITLE_TEXTS_MAX:
            _TITLE_TEXTS.clear()
        text = _TITLE_TEXTS[key] = _read_title_text(lines, page)
    return text


def _read_title_text(lines: list[Line], page: str | None = None) -> str:
    """The lines of a headline joined; a headline printed doubled and wrapped is undone over its
    lines (the longest run of its first lines that reads doubled, then the rest; when no run of its
    first lines does, the longest from the first line on that does, the lines over it read once: a
    kicker or a text's last line printed once over a doubled headline). A line cut out of
    a doubled line (a segment of a block) is read as repaired when another is: doubled and undone
    text mixed never read as doubled."""
    printed = [x.text if not x.doubled or page is None else _printed(page, x) for x in lines]
    if any(x.doubled and t == x.text for x, t in zip(lines, printed, strict=True)):
        printed = [x.text for x in lines]
    texts = [_MARKDOWN.sub("", t) for t in printed]
    for start in range(len(texts)):
        for k in range(len(texts), start, -1):
            head = "".join(texts[start:k])
            once = undouble(Line(head, range(len(head))))
            if once.doubled:
                before = "".join(_MARKDOWN.sub("", x.text) for x in lines[:start])
                return (before + once.text + "".join(texts[k:])).strip()
    joined = "".join(texts)
    once = undouble(Line(joined, range(len(joined))))
    if not once.doubled and printed != [x.text for x in lines]:
        # read again from the page, no run reads doubled as a whole: a line of headlines side by
        # side that `undouble_beside` undid run by run (`甲标题甲标题 乙标题`) reads as repaired
        return "".join(_MARKDOWN.sub("", x.text) for x in lines).strip()
    return once.text.strip()


# ---------------------------------------------------------------- step 1 and 2: lines and labels


def _next_printing(prints: list[bool], k: int) -> int | None:
    """The first line after line k that prints something (`prints`: each line's), a blank line or
    two skipped; None where there is none."""
    for j in range(k + 1, min(k + 4, len(prints))):
        if prints[j]:
            return j
    return None


def _repeats_across_wraps(lines: list[Line]) -> list[Line]:
    """The repaired lines with each run printed twice across a wrap read once (`repeat_across_wrap`),
    between a line and the next that prints something (a blank line or two skipped). A pair that
    function leaves as it is unasked: a blank line over, or neither the line over doubled nor a gap
    between runs in the line under (nearly every pair of text lines)."""
    out = list(lines)
    prints = [bool(x.text.strip()) for x in out]
    for k in range(len(out) - 1):
        if not prints[k] or (n := _next_printing(prints, k)) is None:
            continue
        upper, lower = out[k], out[n]
        if not upper.doubled and not _SPACES_INSIDE.search(lower.text.strip()):
            continue
        out[k], out[n] = repeat_across_wrap(upper, lower)
        prints[n] = bool(out[n].text.strip())
    return out


_SPACES_INSIDE = re.compile("[ \u3000]")


def printed_lines(text: str) -> tuple[list[Line], list[Line]]:
    """The page's lines as printed and as repaired, a dateline, byline or closing byline the column
    wrapped joined: the lines the line model labels, here and in its training
    (`evaluation.train_lines`), so that it learns on lines as it will see them."""
    raw = columns_apart(split_lines(text))
    prints = [bool(x.text.strip()) for x in raw]
    below = [raw[n].text if (n := _next_printing(prints, k)) is not None else "" for k in range(len(raw))]
    lines = _repeats_across_wraps([repair_line(x, b) for x, b in zip(raw, below, strict=True)])
    raw, lines = _datelines_rejoined(raw, lines)
    raw, lines = _closing_tails_rejoined(raw, lines)
    raw, lines = _bylines_rejoined(raw, lines)
    return _closing_bylines_rejoined(raw, lines)


def _labelled(text: str) -> tuple[list[Line], list[str], list[float]]:
    raw, lines = printed_lines(text)
    raw, lines, beside = _beside_headlines_apart(raw, lines)
    got = line_labels.label_values(line_features.frame_values(lines, line_features.indents(raw)))
    if not beside:
        raw, lines, got = _wraps_labelled(raw, lines, got)
    return _beside_moved_down(
        [lines[i] for i in got.lines], list(got.labels), list(got.confidence), beside, got.lines
    )


def _wraps_labelled(
    raw: list[Line], lines: list[Line], got: line_labels.Labelled
) -> tuple[list[Line], list[Line], line_labels.Labelled]:
    """The page with each wrapped headline the model misread joined (`_wrapped_headlines_rejoined`)
    and labelled again, in up to WRAP_PASSES passes; a joined line opening the page that the model
    still reads as text is the page's first headline (as sure as a coin: elsewhere it may be a
    subhead, which `_inner_heads` and the matching tell apart; forcing those cost main and template
    dev pages 0.6-1.2 points of attach)."""
    joined: dict[int, Line] = {}  # (the lines held: an id is never reused while they live)
    for _ in range(WRAP_PASSES):
        rejoined = _wrapped_headlines_rejoined(raw, lines, dict(zip(got.lines, got.labels, strict=True)))
        if rejoined is None:
            break
        before = {id(x) for x in lines}
        joined |= {id(x): x for x in rejoined[1] if id(x) not in before}
        raw, lines = rejoined
        got = line_labels.label_values(line_features.frame_values(lines, line_features.indents(raw)))
    if not got.lines or id(lines[got.lines[0]]) not in joined or got.labels[0] != "body":
        return raw, lines, got
    labels, conf = ("title", *got.labels[1:]), (0.5, *got.confidence[1:])
    return raw, lines, line_labels.Labelled(got.lines, labels, conf)


# ---------------------------------------------------------------- step 3: pieces and units


def _open_quote(text: str) -> bool:
    """`text` opens more quotations than it closes."""
    return text.count("“") > text.count("”")


def _closes_quote(text: str, after: str) -> bool:
    """`text` leaves a quotation open that `after` closes before opening another."""
    if not _open_quote(text) or "”" not in after:
        return False
    return after.find("”") < (after.find("“") if "“" in after else len(after))


def _runs_on(text: str, after: str) -> bool:
    """A short first headline line goes on in the next one when the break cuts a word or a quotation:
    else the two are headlines stacked in a block (`温暖相伴朝阳门` over `小网格 大“家”园…`). Dev,
    seed 5000 and 6000, 100 pages a generator: attach +0.2 to +0.9 on each, samples 1.00."""
    return line_features.wraps(text, after) or _open_quote(text)


def _left_open(text: str) -> bool:
    """A headline line ending on a mark or word that joins it to more (`…工作：`, `…丨`, `…治理的`),
    or a series tag in brackets standing alone (`（辉煌60载 魅力新西藏）`): its headline goes on."""
    tag = _SERIES_TAG.fullmatch(text.strip())
    return text.rstrip().endswith(_JOINING_ENDS) or (tag is not None and not _PHOTO_NOTE.search(text))


def _unpaired(text: str) -> bool:
    """`text` opens a quotation or bracket it does not close, or closes one it did not open
    (`打通社区治理“神经`, `党小组—党员中心户”`): a line cut from a sentence going on elsewhere, never a
    whole headline (a headline pairs its marks)."""
    return any(text.count(a) != text.count(b) for a, b in _PAIRS)


def _unclosed(text: str) -> bool:
    """`text` opens more quotations or brackets of a kind than it closes."""
    return any(text.count(a) > text.count(b) for a, b in _PAIRS)


def _closes_pair(text: str, after: str) -> bool:
    """`text` leaves a quotation or bracket open that `after` closes before opening another of its
    kind (`万秀区各街道推进“一组建` / `两覆盖”攻坚行动`); a line of text cut off inside a bracket
    (`…128起（其`) is closed by nothing under it."""
    for a, b in _PAIRS:
        if (
            text.count(a) > text.count(b)
            and b in after
            and after.find(b) < (after.find(a) % (len(after) + 1))
        ):
            return True
    return False


def _picks_up(text: str) -> bool:
    """A headline line that opens with a closing or joining mark (`”开业`, `丨志愿服务…`): no headline
    starts so; it goes on from the line above."""
    return text.lstrip().startswith(_JOINING_STARTS)


_SERIES_TAG = re.compile(r"[（(【][^（）()【】]{4,}[)）】]")
_PHOTO_NOTE = re.compile(r"[图圖]")  # `（组图）` ends a headline
_PAIRS = (("“", "”"), ("‘", "’"), ("（", "）"), ("(", ")"), ("《", "》"), ("【", "】"), ("「", "」"))
_JOINING_ENDS = ("：", ":", "丨", "|", "、", "，", ",", "·", "的", "与", "及", "——", "—")
_JOINING_STARTS = tuple("”’）)》】」：:丨|、，,。！？")


def _goes_on(above: str, line: str) -> bool:
    """Two headline lines that are one headline's wrap: the upper ends on a joining mark, the lower
    closes what the upper opened or opens with a closing or joining mark."""
    return _left_open(above) or _closes_pair(above, line) or _picks_up(line)


def _under_a_kicker(u: Unit, line: Line) -> bool:
    """The unit's one title line so far is a kicker over this one: this line opens with a place and a
    colon (`开福区：…`, the form of a headline's start) and the line above is a short phrase of its own."""
    if u.kicker or len(u.title) != 1 or not _PLACE_COLON.match(line.text):
        return False
    above = u.title[0].text
    if len(_BIGRAM_CLEAN.sub("", above)) > KICKER_MAX:
        return False  # a headline of its own (`北岭镇以“网格化”管理推动乡村善治`), not a phrase over one
    return not above.endswith(("：", ":", "，", ",", "、")) and not _PLACE_COLON.match(above)


# Characters of a kicker: the reports' and sample pages' longest is 12 (`全媒体看昆明市域社会治理`).
KICKER_MAX = 12


_PLACE_COLON = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:省|市|区|县|旗|州|镇|乡|街道|社区|村)[：:]")


def _first_line_over(p: Piece, u: Unit) -> bool:
    """A headline's lines the model read apart, its first as text (`告别“老破危”` / `老楼迎来“第二春”`
    under a body its closing byline ended): the dangling piece stands on the printed line right
    over the headline's first title line (over a blank line where the page prints one after every
    line), and the headline has no kicker nor anything over its title."""
    if (
        not u.title
        or u.kicker
        or not p.lines
        or not p.lines[-1].offs
        or not u.title[0].offs
        or u.page is None
    ):
        return False
    between = u.page[p.lines[-1].offs[-1] + 1 : u.title[0].offs[0]]
    breaks = between.count("\n")
    return not between.strip() and (breaks == 1 or (breaks == 2 and _spaced(u.page)))


def _dangling(p: Piece) -> bool:
    return (
        not p.opens
        and not p.closed
        and not p.authors
        and 0 < len(p.lines) <= 2
        and all(len(x.text) <= HEADLINE_MAX and _unended(x.text) for x in p.lines)
    )


def _runs_as_text(p: Piece, before: Piece | Unit | None) -> bool:
    """A dangling piece that reads as running text, not a headline's rest, under the headline above:
    it ends on a clause mark (no headline does: the sentence goes on past a headline displaced into
    the column), a line of it holds two clauses marked (`…方向，用…力量，积极`), or the headline above
    already has its subtitle (a headline's rest never stands under its subtitle), or it opens with
    a lead's time and comma (`近日，`: the line over a block displaced into the text stopping short)."""
    if isinstance(before, Unit) and before.title and before.subtitle:
        return True
    last = p.lines[-1].text.rstrip()
    if _OPENING_TIME.match(p.lines[0].text.lstrip()) or any(_STOP_INSIDE.search(x.text) for x in p.lines):
        return True  # `近日，一场…`: a lead's opening time and its comma; `…桩。在场…`: a sentence ended
    return last.endswith(_GOES_ON) or any(len(_CLAUSE_MARKS.findall(x.text)) >= 2 for x in p.lines)


_STOP_INSIDE = re.compile(r"。[”’」）)]?\S")  # a full stop with text after it on its line: no headline's


def _rest_of_text_over(order: list[Piece | Unit]) -> bool:
    """The headline right before a dangling piece stands under text that leaves its sentence open:
    the headline was displaced into that text's column, and the piece is the sentence going on
    (`…聚在城` / `小院议事会开张` / `东老街上…`), not the headline's rest (`_Reader.promote`)."""
    if len(order) < 2 or not isinstance(order[-1], Unit) or not isinstance(order[-2], Piece):
        return False
    text = order[-2]
    return bool(text.lines) and not text.closed and not ends_paragraph(text.lines[-1].text)


def _unended(text: str) -> bool:
    """Ends no sentence, or is a question or exclamation of its own (a headline may be one)."""
    return not ends_paragraph(text) or (len(text) <= 30 and _ASKED.fullmatch(text) is not None)


def _level(text: str) -> int:
    """The `#` level of a Markdown heading line, 0 for any other."""
    m = _MARKDOWN.match(text)
    return len(m.group(0).strip()) if m else 0


# an outlet's dispatch opening a line (`星报讯`, `大江新闻客户端讯`, `中國甘肅網8月16日訊`): a dateline
_OUTLET = re.compile(
    r"^(?:[^\s，。、,：:“”（(]{1,14}?(?:[报報网網社台刊端]|媒体|媒體)[讯訊](?![员員息])"
    r"|[^\s，。,：:“”（(]{0,16}?\d{1,2}月\d{1,2}日(?:[讯訊](?![员員息])|消息))[ \u3000]*"
)


# the page's own furniture: its date, weekday, page number (`2024年9月15日 星期一 第7版`)
_FURNITURE = re.compile(
    r"星期[一二三四五六日天]|第\s*[0-9A-Z]{1,3}\s*版|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$"
)


def _headline_words(text: str) -> bool:
    """A line read as a byline that names nobody: no byline reader finds a name, no role or mark
    opens it, no bracket holds it, no dispatch, and some word in it runs longer than a name."""
    return (
        not _names_a_role(text)
        and _CJK_START.match(text) is not None
        and not _BRACKETED.search(text)
        and _dispatch(text) is None
        and any(len(w) > 4 for w in text.split())
        and not (bylines.read(text) or bylines.leading(text) or bylines.parse(text))
    )


_ROLE = re.compile(
    r"记者|通讯员|作者|编辑|摄|文/图"
)  # matched on `bylines.simplified_roles` text (`_names_a_role`)


def _names_a_role(text: str) -> bool:
    """A role word or a credit in the text (`_ROLE`), in either script: `記者`, `編輯`, `攝` read as `记者`…"""
    return _ROLE.search(bylines.simplified_roles(text)) is not None


_CJK_START = re.compile(f"[{CJK}“‘「《]")


def _furniture(text: str) -> bool:
    """A line that is the page's date and page number, with a section name at most."""
    rest = _FURNITURE.sub("", text)
    return rest != text and len(_BIGRAM_CLEAN.sub("", _DATE.sub("", rest))) <= 6


_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# a line the page's number or date opens (`第7版 综合新闻`, `2024年5月7日 星期二`): text never does so
_PAGE_HEADER = re.compile(
    r"第\s*[0-9A-Z]{1,3}\s*版(?:[\s\d]|$)|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*星期"
)


def _dispatch(text: str) -> re.Match[str] | None:
    """The dateline opening a line: the model's features' (`本报讯`, `新华社北京12月1日电`) or any
    outlet's dispatch. Read only where a paragraph may start: a wrapped line can begin with `网讯`."""
    return dateline(text) or _OUTLET.match(text)


def _boxed_names(text: str) -> bool:
    """A box mark and names alone (`■张三丰`, `□ 张三 李四`, `□ 记者 张三`), each name looking like one by
    its characters (`_name_like`): a byline, never a section's label (`■基层治理`). One two-character
    name alone may be a place's (`◆龙城`), a section's name: not read so."""
    t = text.strip()
    named = bylines.read(t) if t[:1] in bylines.BOX_MARKS and len(t) <= BARE_NAMES_MAX else None
    if not named or not all(_name_like(a) and a.role != "编辑" for a in named):
        return False
    return len(named) >= 2 or len(named[0].name) >= 3 or _byline_marked(t)


def _dispatch_left_open(text: str) -> bool:
    """A dispatch alone on its line, or with only the opening of its byline's bracket after it
    (`某某网8月16日讯 （` / `本网记者 张三 文/图）`, `某某网8月16日讯 （本` / `网记者 张三）`): a short line
    the model may read as noise, yet the byline under it is the text's and is read with the dispatch
    (`_paren_end`)."""
    t = text.strip()
    m = _dispatch(t)
    rest = t[m.end() :].strip() if m else ""
    return m is not None and (not rest or rest[0] in "（(" and _CLOSING.search(rest) is None)


_MARKED_HEAD = re.compile(r"#{1,6}[ \u3000]")  # a markdown headline (`# 标题`), not a hashtag (`#话题#`)


def _names_may_run_on(text: str) -> bool:
    """A byline line that is a dispatch and names, no `报道` yet (`某某网讯 张三`): the names may go on
    on the next line, up to its `报道`."""
    return _dispatch(text) is not None and "报道" not in bylines.simplified_roles(text)


def _ends_on_a_name(text: str, authors: list[bylines.Author]) -> bool:
    """A byline line whose last name ends it (`某某日报记者 张三 李四`): a column may have wrapped more
    names, or the rest of that one, into the line under it (`_Reader._names_wrapped_on`)."""
    return bool(authors) and text.rstrip().endswith(authors[-1].name)


def _plainly(line: Line, label: str) -> str:
    """A headline label on a line that opens with a dateline (a byline label too, when it names
    nobody), that is a byline of its own or the page's furniture, and a text label on a line
    printed doubled (`标题标题`, only headlines are), are read as what the line plainly is: the
    model's rare slips there would cost a whole article."""
    if label in (*_HEAD, "section") and _dispatch(line.text):
        return "dateline"  # (`某某网讯` alone on its line names an outlet's dispatch, no section)
    if label == "byline" and _dispatch(line.text) and not _names_whole(line.text):
        return "dateline"  # `星报讯 日前，…`: a dispatch opening text, not a byline naming anyone
    if label in _HEAD and bylines.leading(line.text):
        return "byline"
    if label == "section" and _boxed_names(line.text):
        return "byline"  # `■张三` over a headline block: a byline's box mark, no section's name
    if label in (*_HEAD, "section") and _credit_line(line.text):
        return "byline"  # `文/张三` alone under a headline: a writer's credit, no headline or section name
    if (label in _HEAD or label == "body" and _teaser_alone(line.text)) and _TEASER.search(line.text):
        return "continuation"  # `…开业（详见第13版）`: a teaser for a story on another page, no headline here
    if (label in _HEAD or (label == "body" and _PAGE_HEADER.match(line.text))) and _furniture(line.text):
        return "noise"  # `第11版2024年11月10日 星期四`: the page's date line, not a headline nor text
    if label in (*_HEAD, "section", "caption", "body") and _index_entry(line.text):
        return "continuation"  # `…开业……第13版`: a front page's index entry, its story on another page
    if label in _HEAD and (found := bylines.photo(line.text)) and found[0] > 0:
        return "caption"  # a headline never ends with a photographer's credit
    if label in ("body", "caption", "noise") and (line.doubled or _MARKED_HEAD.match(line.text)):
        return "title"  # only headlines are printed doubled or marked `# `
    if label in ("body", "caption", "noise") and _holds_doubled_run(line.text):
        return "title"  # headlines side by side, one printed doubled, the line's last cut by the wrap
    if label == "noise" and (named := bylines.read(line.text)) and all(a.role != "编辑" for a in named):
        return "byline"  # `记者 高 平 王 潇` over a body: a reporter's line, not the page's editor's
    if label == "continuation" and _photo_credit_alone(line.text):
        return "credit"  # `张三 摄` under a caption
    if label == "continuation" and not _JUMP_WORD.search(line.text):
        return "body"  # `引导50余`, a column's short last line: a jump always says where it goes
    return label


DOUBLED_ONCE_MIN = 4  # characters: a run printed doubled whole reads as at least this many once
# characters: the shortest run `undouble` can read as DOUBLED_ONCE_MIN once (it reads a run doubled when
# its repeats' copies cover 80% of it, so that at most 60% of it is left once: 4 of 7)
DOUBLED_RUN_MIN = 7
_RUN_GAPS = re.compile("[ \u3000]+")


def _holds_doubled_run(text: str) -> bool:
    """A run between the line's spaces printed twice whole (`甲标题甲标题`, DOUBLED_ONCE_MIN
    characters or more once) on a line `repair_line` left reading doubled nowhere (a line it repaired
    by another path, glyph pairs, a repeat across the wrap): only a headline is printed doubled, and
    a line of text holds no run that repeats itself whole. A run too short, or one that fails
    `undouble`'s first tests (`may_read_doubled`), is not read (nearly every line of text: no `Line`
    built)."""
    t = text.strip()
    for run in _RUN_GAPS.split(t) if " " in t or "\u3000" in t else (t,):
        if len(run) < DOUBLED_RUN_MIN or not may_read_doubled(run):
            continue
        once = undouble(Line(run, range(len(run))))
        if once.doubled and len(_BIGRAM_CLEAN.sub("", once.text)) >= DOUBLED_ONCE_MIN:
            return True
    return False


_HEADS_GAP = re.compile("[^ \u3000][ \u3000]+[^ \u3000]")  # two runs a gap apart
_SENTENCE_MARKS = re.compile("[。；;]|摄$")  # on `bylines.simplified_roles` text, as `_REPORTERS`
_REPORTERS = re.compile("记者|通讯员|[文图][/／]")

# A credit opening a line (`文/张三`, `图/李四`, `文/图 王五`, `撰文：张三`): no headline or section opens so.
_CREDIT_OPENING = re.compile(r"^(?:[文图圖](?:[/／][文图圖摄攝])?[/／]|撰文|摄影|攝影)")


def _credit_line(text: str) -> bool:
    """A short line opening with a writer's or photographer's credit that reads whole as names."""
    t = text.strip()
    return len(t) <= MARKED_BYLINE_MAX and _CREDIT_OPENING.match(t) is not None and bool(bylines.read(t))


def _names_whole(text: str) -> bool:
    """A line that names someone and does not end on a name the column may have cut (`某某网讯
    通讯员韩予` / `川 …`: the dateline's reading takes the rest from the next line)."""
    named = bylines.read(text)
    if not named:
        return False
    last = named[-1].name
    return not (len(last) < CUT_NAME_MAX and text.rstrip().endswith(last))


# A continuation mark names its jump (`（下转A8版）`, `上接第一版`, `（续前）`): a line with none of these is text.
_JUMP_WORD = re.compile(r"[转轉接续續]|版")


def _teaser_alone(text: str) -> bool:
    """A line of no sentence, as long as a headline with its pointer: a teaser, not text citing a page."""
    return len(text) <= HEADLINE_MAX + 8 and not _STOPS.search(text)


def _index_entry(text: str) -> bool:
    """A page's index (导读) entry: a headline's phrase, then dots or a space and the page its story is
    on (`…超市开业……第13版`, `…超市开业  第13版`); no sentence, no date line."""
    t = text.strip()
    return (
        bool(_INDEX_ENTRY.search(t))
        and len(t) <= HEADLINE_MAX + 8
        and "。" not in t
        and not _furniture(t)
        and not _PAGE_HEADER.match(t)
    )


# an index entry's pointer: dots or a space, then the page (`……第13版`, `  第8版`, `…… A3版`)
_INDEX_ENTRY = re.compile(r"[^\s\d年月日期一二三四五六天]\s*(?:[…⋯.·]{2,}|\s)\s*第?\s*[0-9A-Z]{1,3}\s*版$")


# a teaser's pointer to the page its story is on (`（详见第13版）`, `(见A3版)`, `详见第5版`)
_TEASER = re.compile(r"[（(]?(?:详见|詳見|见|見)第?\s*[0-9A-Z]{1,3}\s*版[）)]?\s*$")


# A role word or a credit (`文/`, `/摄`) says a line is a byline; a name alone does not.
_BYLINE_MARK = re.compile(
    r"记者|通讯员|作者|实习生|[文图][/／]|[/／][文图摄]"
    r"|^(?:本报|特约|本报特约)?(?:执笔|撰稿|整理|评论员|供图)[:：\s]"  # `执笔：张三`: a role set apart
)  # matched on `bylines.simplified_roles` text (`_byline_marked`): `本報記者`, `文／圖` read as `本报记者`, `文／图`


def _byline_marked(text: str) -> bool:
    """A role word or a credit marks the line a byline (`_BYLINE_MARK`), in either script."""
    return _BYLINE_MARK.search(bylines.simplified_roles(text)) is not None


MARKED_BYLINE_MAX = 30  # characters: a byline line of its own is short
BARE_NAMES_MAX = 14  # characters: a line of names and nothing else (`张三 李四 王五`)


def _unbalanced(text: str) -> bool:
    """A bracket opened or closed alone: a piece of a byline the column wrapped, not a whole one."""
    return text.count("(") + text.count("（") != text.count(")") + text.count("）")


_READ_AS_TEXT = ("body", "caption", *_HEAD)


def _name_like(author: Author) -> bool:
    """A name whose characters look like a given name's (`bylines.WORD_NAME_MIN`), or one with a `·`."""
    score = bylines.name_score(author.name)
    return "·" in author.name or score is not None and score >= bylines.WORD_NAME_MIN


def _photo_credit_alone(text: str) -> bool:
    """A photographer's credit alone on its line (`张三 摄`): the credit of the text's photo, never a
    byline heading the text under it."""
    found = bylines.photo(text.strip())
    return found is not None and found[0] == 0


def _credits_the_text_above(text: str, piece: Piece | None) -> bool:
    """A photographer's credit alone on its line under an article's finished text that names nobody:
    the credit of that article's photo, never the byline of the text under it."""
    found = bylines.photo(text)
    return (
        found is not None
        and found[0] == 0
        and piece is not None
        and not piece.authors
        and bool(piece.lines)
        and ends_paragraph(piece.lines[-1].text)
    )


def _marked_byline(text: str) -> bool:
    """A short line that reads whole as a byline naming someone and says so (a box mark, a role word
    or a credit; or two names and nothing else, `张三 李四`), not the page's editor's, and no
    photographer's credit (that ends a caption)."""
    t = text.strip()
    credit = t.endswith(("摄", "攝")) and not t.endswith(_BY_ONE)
    if not t or len(t) > MARKED_BYLINE_MAX or credit or _unbalanced(t) or _dispatch(t):
        return False  # a dispatch's byline is read with its dateline
    marked = t[0] in bylines.BOX_MARKS or _byline_marked(t)
    if not marked and len(t) > BARE_NAMES_MAX:
        return False
    named = bylines.read(t)
    if not named:
        return False
    return (marked or len(named) >= 2) and all(a.role != "编辑" for a in named)


# Text and photographs by one (`张三 文/摄`): a byline, not a caption's credit.
_BY_ONE = ("文/摄", "文／摄", "文/攝", "文／攝")


# A run-in byline after a dateline: `大江网讯 郭文勤 龙包海报道：今年以来…`
# (matched on `bylines.simplified_roles` text: `本報記者` / `通訊員` read so too)
_ROLE_CUT = re.compile(
    r"(?:本报|本网|本台)?(?:记者|作者|通讯员|实习生)(?:[:：]?|\s+[^\s，。,：:；;、“”（）()]{1,3})"
)
CUT_NAME_MAX = 3  # characters: a name ending a dispatch's line may be the start of a longer one
_CUT_TOKEN = re.compile(
    r"[^\s，。,：:；;！？、“”（）()]{0,4}"
)  # nothing, or a token the line's end may have cut
_REPORTED = re.compile(
    r"^[ \u3000]*([^，。,：:；;“”\"（）()]{2,24}?)[ \u3000]*[报報]道[：:]?"
)  # the colon may be left out


def _up_to(line: Line, offset: int) -> Line:
    """The part of a line printed before a page offset."""
    return line.slice(0, next((i for i, o in enumerate(line.offs) if o >= offset), len(line.offs)))


def _consumed(printed: Line, rest: Line) -> Line:
    """What the reading took off the front of a printed line (a dispatch, its byline): all of it
    when nothing is left."""
    return _up_to(printed, rest.offs[0]) if rest.text else printed


def _before(lines: list[Line], offset: int) -> list[Line]:
    """The parts of lines printed before a page offset (a dispatch's line whose end, held as a
    possible byline, went back to the text); a space before the text stays, as printed."""
    return [part for x in lines if (part := _up_to(x, offset)).text.strip()]


def _label_over_heading(u: Unit) -> bool:
    """An open headline of one short line, a section's or a column's label (SECTION_MAX, `地方传真`),
    not marked as a heading (`#`), where the line under it is: it is that heading's kicker. A whole
    headline printed plain over the next story's `# …` heading (a headline after its body) stays one."""
    return (
        len(u.title) == 1
        and not u.subtitle
        and not any(_level(x.text) for x in u.lines)
        and len(u.title[0].text.replace(" ", "")) <= SECTION_MAX
    )


class _Reader:
    """Walks the labelled lines once, cutting pieces and units."""

    def __init__(self, page: str) -> None:
        self.page = page
        self.pieces: list[Piece] = []
        self.units: list[Unit] = []
        self.order: list[Piece | Unit] = []
        self.piece: Piece | None = None  # the open piece (more body lines join it)
        self.unit: Unit | None = None  # the open unit (more headline lines join it)
        self.lead: list[tuple[str, list[Author], float]] = []  # bylines waiting for their body
        self.repeated = 0
        self.paren: tuple[Piece, Line] | None = None  # a dateline's byline left open at a line end
        self.reporting: tuple[Piece, Line] | None = None  # names after a dispatch, `报道：` on the next line
        self.after_text = False  # the bylines waiting for a body came right after text
        self.naming: tuple[Piece, Line] | None = None  # a dispatch's spaced byline the line's end cut
        self.held: Author | None = None  # the name ending that line, whole or cut (`颜永` / `利 …`)
        self.recent: list[str] = []
        self.run_on = False  # the last byline waiting for its body is a dispatch's, ending on names
        self.inset: Piece | None = None  # the photo piece of the last caption set inside a text
        self.marked = False  # the last headline line fed is marked as one (`# …`) and no text came since
        self.jumped = False  # a mark sending the text over it to another page was fed, no text since
        self.stretched = False  # the names `reporting` holds ran over more than the dispatch's line
        self.headed = False  # the last line, read as a headline's, closed a dispatch's bracket: text

    def feed(self, line: Line, label: str, conf: float) -> None:
        self._feed(line, label, conf)
        if label not in _HEAD:
            self.marked = False

    def _feed(self, line: Line, label: str, conf: float) -> None:
        run_on, self.run_on = self.run_on, False
        label = _plainly(line, label)
        headed, self.headed = self.headed, label in _HEAD and self._bracket_closes(line.text)
        if (
            headed
            and label == "title+"
            and self.piece is not None
            and self.piece.lines
            and not ends_paragraph(self.piece.lines[-1].text)
        ):
            label, self.headed = "body", True  # the text under a dispatch's byline read as a headline's wrap
        if label in _READ_AS_TEXT and not self._byline_open() and _marked_byline(line.text):
            label = "byline"  # `文/张三`, `新华社记者 张三`, `张三 文/摄`: forms the model read as text
        elif label == "kicker" and conf < SURE and self._signs_the_text_above(line.text):
            label = "byline"  # `……有人解。` / `张三` / headline: a bare name closing the text, no kicker
        elif self._byline_open() and (
            label in ("byline", "byline_end")
            or label == "noise"
            and (_unbalanced(line.text) or self._bracket_goes_on(line.text))
            or label in (*_HEAD, "caption")
            and self._bracket_closes(line.text)
        ):
            label = "body"  # `本报讯（记者 张三` / `通讯员 李四）`: the rest of the dispatch's byline, read with it
        if label == "byline" and self.unit is not None and conf < SURE and _headline_words(line.text):
            label = "title+"  # a line under a headline naming nobody goes on with the headline
        if label == "section" and self.unit is not None and self.unit.title:
            label = "title+"  # a section's name stands over headlines, not under one: the headline's wrap
        if label in _READ_AS_TEXT and self._doubled_print_goes_on(line):
            label = "title+"  # `社區提升居民幸福指數建好服務型社區提升居民` / `幸福指數((組圖組圖))`
        elif label == "caption" and self._headlines_beside_under_doubled(line):
            label = "title+"  # a doubled headline, then `乙标题 丙标题` read as captions at the page's foot
        credited = self.piece
        if credited is not None and (
            label == "body"
            and self._credits_its_text(line.text)
            or label == "caption"
            and self._credit_inside_text(line.text)
        ):
            found = bylines.photo(line.text.strip())
            # not a closing byline: a cut further down leaves the credit with the text it stands under
            credited.take(line.text, found[1] if found else [], conf)
            return  # text, `张三 李四 摄`: the credit of the text's photo, read as text
        if label in _HEAD:
            if self.lead and self.after_text:
                self._lead_closes(before_head=True)  # text, `□ 张三`, headline: it closes the text above
            self._headline(line, label, conf)
            self.marked = bool(_MARKDOWN.match(line.text))
            return
        self.unit = None
        if label == "byline" and _BRACKETED.fullmatch(line.text) and self.piece and self.piece.lines:
            label = "byline_end"  # `（张三 李四）` right after text closes that text
        if label == "byline":
            authors = (
                bylines.read(line.text)
                or bylines.leading(line.text)
                or (bylines.parse(line.text.strip("（）() ")) if conf >= SURE else None)
                or []
            )
            if not authors and not self.lead and self.piece is None and _byline_opens_text(line.text):
                self._text(line, "body", conf)  # its names are read with the text's opening
                return
            self.after_text = not self.lead and self.piece is not None and _text_like(self.piece)
            above = self.piece
            if (
                above is not None
                and self.after_text
                and authors
                and _credits_the_text_above(line.text, above)
            ):
                above.take(line.text, authors, conf, closing=True)  # `记者 张三 摄` under text
                if _WRITER_CREDIT.search(line.text):  # `文/张三 图/李四` may open the text under it
                    above.doubt.append((line.text, authors, conf))
            else:
                self.lead.append((line.text, authors, conf))
                self.run_on = bool(authors) and (
                    _names_may_run_on(line.text) or _ends_on_a_name(line.text, authors)
                )
            self.piece = None
        elif label == "byline_end":
            self._closing(line, conf)
        elif label == "credit":
            self._credit(line, conf)
        elif label == "continuation":
            if self.piece:
                self.piece.closed = True
            self.piece = None
            self.jumped = self.jumped or _JUMP_LINE.match(line.text.strip()) is not None
        elif label == "inset":
            self._inset(line)
        elif label == "section":
            if self.lead and self.after_text:
                self._lead_closes()  # text, `记者 张三`, a section's label: the byline closes the text
            self.piece = None
        elif (
            label == "noise"
            and not _dispatch_left_open(line.text)
            and (
                self._repeats(line)
                or len(line.text) < 16
                or _FURNITURE.search(line.text)
                or _PAGE_FURNITURE.fullmatch(line.text.strip())
            )
        ):
            pass  # a paragraph printed twice, or page furniture (date, page number, editor)
        else:
            self._text(self._names_run_on(line) if run_on else line, label, conf)

    def _named_apart(self, text: str) -> bool:
        """The dispatch opening `text` names authors of its own, none of whom the bylines waiting over
        it name (`○ 本报记者 张三` / `本报讯（通讯员 张三）…` is one text's byline printed twice)."""
        opened = bylines.opening(text)
        if not opened:
            return False
        waiting = {a.name for _, authors, _ in self.lead for a in authors}
        return not waiting & {a.name for a in opened[1]}

    def _signs_the_text_above(self, text: str) -> bool:
        """A short line of names and nothing else (no mark, no role word) right under a text that ended
        its sentence and names nobody yet: the text's closing byline, printed bare. Each name must look
        like one by its characters as a common word would need to (`易门小`, a headline's first
        characters a wrap cut, does not)."""
        p = self.piece
        t = text.strip()
        return (
            p is not None
            and _text_like(p)
            and bool(p.lines)
            and not p.authors
            and ends_paragraph(p.lines[-1].text)
            and len(t) <= BARE_NAMES_MAX
            and (named := bylines.read(t)) is not None
            and all(_name_like(a) for a in named)
        )

    def _credits_its_text(self, text: str) -> bool:
        """A photographer's credit alone on its line right under an article's finished text that names
        nobody, no byline waiting: it credits that text's photo (`_credits_the_text_above`), even where
        the model read it as one more line of text. The piece stays open, as it did with the credit
        read as text: where columns are set in a grid, the text read on under the credit is often the
        same piece's (closing it there cut such texts apart: blind4 grid pages lost 1.8 points of
        attach)."""
        p = self.piece
        return (
            p is not None
            and p.kind == "article"
            and not self.lead
            and not self._byline_open()
            and _credits_the_text_above(text, p)
        )

    def _dispatch_waits(self, p: Piece, kind: str) -> bool:
        """The open piece is a dispatch with its byline and no text yet (`某某9月18日电 （张三）` alone
        on its line): a dispatch opening the next line (`本报讯 …`) is the same text's, printed twice
        by the paper over the wire's, not a text of its own leaving the byline with none."""
        return (
            p.kind == kind == "article"
            and p.dateline is not None
            and not p.lines
            and not p.closed
            and bool(p.authors)
            and not self._byline_open()
        )

    def _credit_inside_text(self, text: str) -> bool:
        """A photographer's credit alone on its line (`张三 李四 摄`) the model read as a caption, right
        under a line of an article's text that ends no sentence, no byline waiting: the photo stands
        inside the column and the text goes on under it (or on another page, `（下转6版）`). It credits
        that text's photo, not a caption of its own (reading it so turned the text into a photo's
        caption). Read as text there, the line stays text (test_auth7). Under a caption's lines that
        name nobody yet, a credit alone on its line is that caption's (`……治理新思路。` / `本报记者 张三
        摄`), wherever the caption's sentence stands."""
        p = self.piece
        return (
            p is not None
            and bool(p.lines)
            and (
                p.kind == "article"
                and not ends_paragraph(p.lines[-1].text)
                or p.kind == "photo"
                and not p.authors
                and _credit_wrapped(p.lines[-1].text, text) is None  # `……能力。 张三` / `李四 摄`: read whole
            )
            and not self.lead
            and not self._byline_open()
            and _photo_credit_alone(text)
        )

    def _names_run_on(self, line: Line) -> Line:
        """The rest of the names of a dispatch's byline on the line under it (`某某网讯 张三` /
        `李四报道：今年…`): they join the byline waiting for its body, the text goes on after them."""
        m = _REPORTED.match(line.text)
        if m is None and self.lead:
            return self._names_wrapped_on(line)
        if m is None or not self.lead:
            return line
        text, authors, conf = self.lead[-1]
        found = bylines.parse(m.group(1), "记者")
        last = authors[-1].name if authors and text.rstrip().endswith(authors[-1].name) else ""
        whole = bylines.parse(last + m.group(1), "记者") if 0 < len(last) <= CUT_NAME_MAX else None
        # `某某网讯 郭文` / `勤龙包海报道：`: the wrap cut a name, read whole with the line under it
        if whole and len(whole[0].name) > len(last):
            authors, found = authors[:-1], whole
        if not found:
            return line
        self.lead[-1] = (text, [*authors, *found], conf)
        return line.slice(m.end()).strip()

    def _names_wrapped_on(self, line: Line) -> Line:
        """The rest of a byline line's names opening the text line under it, the column having wrapped
        the byline into the first line of its text (`某某日报记者 张三 李四` / `王五 赵六 近日，…`, or a
        name cut: `作者：通讯员 张三 李` / `四 王五 近日，…`): they join the byline waiting for its body,
        the text goes on after them. The byline line must be as wide as the text line under it (a line
        stopping short ended the byline there), and read on, the byline must name more people or a
        longer name and keep every name it read (`_names_more`)."""
        text, authors, conf = self.lead[-1]
        head, rest = text.rstrip(), line.text.strip()
        if len(head) < len(rest) - WRAP_SLACK:
            return line
        best: tuple[int, str, list[bylines.Author]] | None = None
        for gap in ("", " "):  # the wrap cut a name, or fell on the space between two
            opened = bylines.byline_opening(head + gap + rest)
            if opened is None or not len(head + gap) < opened[0] < len(head + gap + rest):
                continue
            taken = opened[0] - len(head + gap)
            if _names_more(authors, opened[1]) and (best is None or taken > best[0]):
                best = (taken, gap, opened[1])
        if best is None:
            return line
        taken, gap, named = best
        self.lead[-1] = (head + gap + rest[:taken].rstrip(), named, conf)
        return line.slice(line.text.index(rest) + taken).strip()

    def finish(self) -> None:
        """Bylines after the page's last text, with no body under them, close that text."""
        if self.lead:
            self._lead_closes()
        self._insets_after()

    def _insets_after(self) -> None:
        """A photo piece set inside a text (`_inset`) goes after that text, once the text is read: a
        headline over the text is the text's, not the photo's it would stand right over."""
        for p in [x for x in self.pieces if x.inset]:
            k, j = self.order.index(p), self.pieces.index(p)
            text = self.order[k + 1] if k + 1 < len(self.order) else None
            if (
                isinstance(text, Piece)
                and text.kind == "article"
                and j + 1 < len(self.pieces)
                and self.pieces[j + 1] is text
            ):
                self.order[k : k + 2] = [text, p]
                self.pieces[j : j + 2] = [text, p]

    def _bracket_goes_on(self, text: str) -> bool:
        """A dispatch's bracket the line before left open, and `text` may be more of it: a narrow
        column wraps `本报某县讯（全媒` / `体记者 张三` / `通讯员 李四）近日，…` over three lines or more,
        and a middle line of names and role words, no bracket on it, looks like page furniture."""
        opened = self.paren[1].text if self.paren is not None else ""
        return opened[:1] in "（(" and _byline_runs_on(opened + text)

    def _bracket_closes(self, text: str) -> bool:
        """A dispatch's bracket the line before left open closes on `text` after names (`某某网1月2日消息（记`
        / `者张三） “…`): that line is the rest of the byline and the text's first words, whatever the model
        read it as (the quote opening the text looks like a headline's)."""
        opened = self.paren[1].text if self.paren is not None else ""
        close = _CLOSING.search(text[:BYLINE_RUN]) if opened[:1] in "（(" else None
        return close is not None and bool(_bracket_names(opened, text[: close.start()]))

    def _byline_open(self) -> bool:
        """A dispatch's byline the line before left open: this line may be its rest."""
        return self.paren is not None or self.naming is not None or self.reporting is not None

    def promote(self) -> None:
        """A piece of one or two short lines that end no sentence, standing alone between
        headlines, bylines or datelines, is a headline the model read as text (the rest of the
        headline above it, or one of its own): no body ends without ending its sentence."""
        order: list[Piece | Unit] = []
        for k, x in enumerate(self.order):
            before = order[-1] if order else None
            after = self.order[k + 1] if k + 1 < len(self.order) else None
            alone = (before is None or isinstance(before, Unit) or before.closed) and (
                after is None or isinstance(after, Unit) or after.opens
            )
            if (
                not isinstance(x, Piece)
                or not _dangling(x)
                or not alone
                or _runs_as_text(x, before)
                or _rest_of_text_over(order)
            ):
                order.append(x)
                continue
            self.pieces.remove(x)
            if isinstance(before, Unit) and before.title:
                before.title.extend(x.lines)
                before.lines.extend(x.lines)
                continue
            if isinstance(after, Unit) and _first_line_over(x, after):
                after.title[:0] = x.lines
                after.lines[:0] = x.lines
                after.cuts = False  # the text it seemed to cut was its own first line
                continue
            u = Unit(title=list(x.lines), lines=list(x.lines), conf=[0.5], pos=x.pos, page=self.page)
            self.units.append(u)
            order.append(u)
        self.order = order

    def rejoin(self) -> None:
        """A piece that goes on with the sentence the piece before it left open (no dateline or
        byline between) is the rest of that piece: what stood between them (a headline displaced
        into the column, a caption) was printed inside its text."""
        kept: list[Piece] = []
        for p in self.pieces:
            prev = kept[-1] if kept else None
            if (
                prev
                and not prev.closed
                and not p.opens
                and prev.lines
                and p.lines
                and p.kind == prev.kind
                and not ends_paragraph(prev.lines[-1].text)
                and not _led_by_head_between(self.order, prev, p)
            ):
                prev.lines.extend(p.lines)
                prev.authors.extend(p.authors)
                prev.ends.extend(p.ends)  # a closing byline still closes the text's end
                prev.bylines.extend(p.bylines)
                prev.ending.extend(p.ending)
                prev.conf.extend(p.conf)
                prev.closed = p.closed
                prev.doubt = p.doubt  # a byline alone under the rest's end may open the next text
                prev.lent = prev.lent + p.lent  # bylines under the rest, before a headline (`_join_rest`)
                _displaced_between(self.order, prev, p)
                continue
            kept.append(p)
        gone = {id(p) for p in self.pieces} - {id(p) for p in kept}
        self.pieces = kept
        self.order = [x for x in self.order if id(x) not in gone]

    def _headline(self, line: Line, label: str, conf: float) -> None:
        u = self.unit
        if label in ("title", "title+") and u is not None and u.title and _DASH.match(line.text):
            label = "subtitle"  # `——` under a headline is its subtitle
        if (
            label == "subtitle"
            and u is not None
            and u.title
            and not u.subtitle
            and _closes_quote(u.title[-1].text, line.text)
        ):
            label = (
                "title+"  # `桃园社区“双报` / `到”深化网格化管理`: the headline goes on inside its quotation
            )
        if (
            label == "subtitle"
            and u is not None
            and u.title
            and not u.subtitle
            and _ends_doubled_print(u, line)
        ):
            label = "title+"
        elif (
            label == "title+"
            and u is not None
            and u.title
            and not u.subtitle
            and _once_under_doubled(u, line)
        ):
            label = "subtitle"
        level = _level(line.text)
        if level and u is not None and _label_over_heading(u):
            u.kicker += [x.text for x in u.title]  # the page marks its headings (`# …`), not the label
            u.title = []  # over one: `地方传真` / `# 长坡镇“积分超市”上新` is a kicker over its headline
        if u is not None and level and u.lines and any(_level(x.text) for x in u.lines):
            # `#` levels say it plainly, but for a `#` line that goes on (the model's `title+`, or a
            # headline left open): a long headline wrapped over two `#` lines of one level
            starts = any(_level(x.text) == level for x in u.lines) and not (
                label == "title+"
                or _goes_on(_MARKDOWN.sub("", u.lines[-1].text), _MARKDOWN.sub("", line.text))
            )
            label = "title" if level == min(_level(x.text) or 9 for x in [*u.lines, line]) else "subtitle"
        else:
            # `甲：` goes on, and so does a first line too short to be a headline of its own
            open_end = (
                u is not None
                and bool(u.title)
                and not u.subtitle
                and (
                    _goes_on(u.title[-1].text, line.text)
                    or _ends_doubled_print(u, line)
                    or len(u.title) == 1
                    and len(_BIGRAM_CLEAN.sub("", u.title[0].text)) <= SHORT_HEAD
                    and _runs_on(u.title[0].text, line.text)
                )
            )
            # a subtitle's line the column's wrap cut inside a word (`——…管理纪` / `实`) goes on
            cut_subtitle = (
                u is not None and bool(u.subtitle) and line_features.wraps(u.subtitle[-1], line.text)
            )
            starts = (
                u is None
                or (label == "kicker" and bool(u.title or u.subtitle))
                or (label == "title" and bool(u.title) and not open_end and not cut_subtitle)
            )
        if starts:
            u = self.unit = Unit(pos=len(self.order), page=self.page)
            u.cuts = (
                self.piece is not None
                and bool(self.piece.lines)
                and not ends_paragraph(self.piece.lines[-1].text)
            )
            self.units.append(u)
            self.order.append(u)
        assert u is not None
        if label == "kicker":
            u.kicker.append(line.text)
        elif label in ("title", "title+") and not (u.title and u.subtitle and not _deck_over(u)):
            clause = _CLAUSE.search(line.text) and not _CLAUSE.search(u.title[-1].text) if u.title else False
            if clause and not (line_features.echo(u.title[-1].text) or self._goes_on_doubled(u, line)):
                u.subtitle.append(_DASH.sub("", line.text))  # a subtitle under a wrapped title
            elif _under_a_kicker(u, line) or _once_over_doubled(u, line):
                u.kicker.append(u.title.pop().text)
                u.title.append(line)
            else:
                u.title.append(line)
        elif label in ("title", "title+"):
            u.subtitle.append(line.text)
        else:
            u.subtitle.append(_DASH.sub("", _MARKDOWN.sub("", line.text)))
        u.lines.append(line)
        u.conf.append(conf)
        self.piece = None

    def _doubled_print_goes_on(self, line: Line) -> bool:
        """The line, read as text right under a headline printed doubled whose print has not ended,
        goes on with that print (`_ends_doubled_print`): only headlines are printed doubled, and a
        text line printed once under one adds all its characters, never repeats the headline's."""
        u = self.unit
        return u is not None and bool(u.title) and not u.subtitle and _ends_doubled_print(u, line)

    def _headlines_beside_under_doubled(self, line: Line) -> bool:
        """A line the model read as a caption, right under a headline of which a line is printed
        doubled, holding runs a gap apart and neither a photo credit nor a sentence's end
        (`甲标题甲标题 乙标前` / `乙标后 丙标题`): a block of headlines set side by side, as a page
        may set them at its foot over the photos' captions, goes on; a caption under a headline
        says what a photo shows, in a sentence or with its credit, and a report's opening names its
        dispatch or reporters."""
        u = self.unit
        if u is None or not u.title or u.subtitle or not any(x.doubled for x in u.title):
            return False
        text = line.text.strip()
        simple = bylines.simplified_roles(text)
        return (
            bool(_HEADS_GAP.search(text))
            and not _dispatch(text)  # `某某网讯（记者 张三 文/图）…`: a report's opening, wrapped
            and not _REPORTERS.search(simple)
            and not _SENTENCE_MARKS.search(simple)
            and bylines.photo(text) is None
            and not _CREDIT_OPENING.match(text)
        )

    @staticmethod
    def _goes_on_doubled(u: Unit, line: Line) -> bool:
        """The line goes on with the doubled print of the headline's last line: the headline's, never
        a subtitle (only headlines are printed doubled)."""
        last = u.title[-1]
        above = _printed(u.page, last) if last.doubled and u.page and last.offs else last.text
        return line.doubled or _repeat_goes_on(above, line.text) or _ends_doubled_print(u, line)

    def _lead_closes(self, before_head: bool = False, named_below: bool = False) -> None:
        """Bylines waiting for a body that a caption follows close the article before them, when
        that article ended its sentence and names nobody: a byline never heads a photo's caption.
        `before_head`: a headline follows, whose body may be theirs (`lend_bylines` decides).
        `named_below`: a dispatch naming its own authors follows (`本报讯（记者 李四）…`), so they close
        the text above even where it names someone (two texts read as one, cut apart later: a closing
        byline goes with the part the text ends in)."""
        target = self.pieces[-1] if self.pieces else None
        if target is None or not _text_like(target) or not target.lines:
            return
        photos = all(_photo_credit_alone(text) for text, _, _ in self.lead)
        if target.authors and not (photos or named_below):
            return  # a named text's closing byline is a photographer's credit (`张三 摄`) or none
        if not ends_paragraph(target.lines[-1].text):
            return
        target.kind = "article"
        for text, authors, conf in self.lead:
            target.take(text, authors, conf, closing=True)
            if before_head and _opening_mark(text):
                target.lent.append((text, authors, conf))
        self.lead = []

    def _closing(self, line: Line, conf: float) -> None:
        authors = (
            bylines.read(line.text)
            or bylines.parse(line.text.strip().strip("（）()"))
            or bylines.leading(line.text)
            or _dispatch_names(line.text)
        )
        target = self.pieces[-1] if self.pieces else None
        if target is None:
            return  # closes an article whose text is on another page
        signed = bool(target.authors)
        target.take(line.text, authors, conf, closing=True)
        if self.order and self.order[-1] is target and _text_like(target):  # right under its text
            target.doubt.append((line.text, authors, conf))
            if signed and _own_dispatch(line.text):
                target.lent.append((line.text, authors, conf))  # a headline under it: its text's
        self.piece = None

    def _credit(self, line: Line, conf: float) -> None:
        found = bylines.photo(line.text)
        target = self.pieces[-1] if self.pieces else None
        if target is None:
            return
        target.authors.extend(found[1] if found else [])
        target.bylines.append(line.text)
        target.conf.append(conf)
        target.kind, target.closed = "photo", True
        self.piece = None

    def _inset(self, line: Line) -> None:
        """A photo's caption set inside a column's sentence (`_captions_inside`): a photo piece of
        its own, placed before the text it interrupts, and that text goes on under it."""
        keep = self.piece
        credit = bylines.photo(line.text.strip())
        if credit and credit[0] == 0 and self.pieces and (last := self._last_inset()) is not None:
            last.authors.extend(credit[1])  # the caption's credit on a line of its own under it
            last.bylines.append(line.text.strip())
            last.ends.extend(credit[1])
            last.ending.append(last.bylines[-1])
            return
        p = Piece(kind="photo", pos=len(self.order), inset=True)
        at = self.pieces.index(keep) if keep in self.pieces else len(self.pieces)
        self.pieces.insert(at, p)
        self.order.insert(self.order.index(keep) if keep in self.order else len(self.order), p)
        rest, _ = self._inline_end(p, line, "photo")
        if rest.text:
            p.lines.append(rest)
        p.closed = True
        self.piece, self.inset = keep, p

    def _last_inset(self) -> Piece | None:
        """The photo piece the caption line just before made (`_inset`): placed right before the open
        piece, or last when none is open."""
        at = self.pieces.index(self.piece) if self.piece in self.pieces else len(self.pieces)
        before = self.pieces[at - 1] if at else None
        return before if before is not None and before.kind == "photo" and before is self.inset else None

    def _repeats(self, line: Line) -> bool:
        m = dateline(line.text)
        key = line.text[m.end() :] if m else line.text
        if len(key) >= 6 and key in self.recent:
            self.repeated += 1
            return True
        return False

    def _open(self, kind: str) -> Piece:
        if self.lead and kind == "photo":
            self._lead_closes()
        p = Piece(kind=kind, pos=len(self.order), marked=self.marked, after_jump=self.jumped)
        self.jumped = False
        if self.lead and kind == "article":  # a byline heads text, not a photo's caption
            p.opens = True
            p.led_after_text = self.after_text
            for text, authors, conf in self.lead:
                p.take(text, authors, conf)
            self.lead = []
        self.pieces.append(p)
        self.order.append(p)
        self.piece = p
        return p

    def _text(self, line: Line, label: str, conf: float) -> None:
        kind = "photo" if label == "caption" else "article"
        printed = line
        if self.paren is not None:
            line = self._paren_end(self.piece, line)
        if self.reporting is not None:
            line = self._reported_end(self.piece, line)
        if self.naming is not None:
            line = self._named_on(self.piece, line)
        p = self.piece
        starts = p is None or p.closed or not p.lines or ends_paragraph(p.lines[-1].text)
        m = _dispatch(line.text) if starts else dateline(line.text)
        # `（记者 张三）近日，…`: a byline in brackets opening a paragraph, its dispatch on a line above
        bracket = bylines.opening(line.text) if starts and m is None and line.text[:1] in "（(" else None
        kind = "article" if m or bracket else kind
        if p is not None and p.dateline and kind == "photo":
            kind = p.kind  # a caption does not open with a dateline: the model's slip
        gap = starts and kind == "article" and p is not None and _report_gap(self.page, p, line)
        if p is not None and p.kind != kind and p.lines and not ends_paragraph(p.lines[-1].text):
            p.kind = "photo"  # a caption's first lines read as text: one piece, a photo's
        elif p is None or (
            (m or bracket or label == "dateline" or p.closed or p.kind != kind or gap)
            and not (m and self._dispatch_waits(p, kind))
        ):
            if (m or starts) and self.lead and self.after_text and self._named_apart(line.text):
                self._lead_closes(named_below=True)  # text, `□ 记者 张三`, `本报讯（记者 李四）…`
            p = self._open(kind)
            p.apart = p.apart or bool(gap)
        if m:
            line = self._dateline(p, line, m, conf)
        elif bracket is not None:
            p.opens = True
            p.authors.extend(bracket[1])
            p.conf.append(conf)
            line = line.slice(bracket[0]).strip()
        if p.dateline is not None and not p.lines and (lead_in := _consumed(printed, line)).text.strip():
            p.lead_in.append(lead_in)  # `本报讯（记者 张三）` opens the text as printed
        line, closed = self._inline_end(p, line, kind)
        if line.text and self._repeats(line):
            return
        if line.text:
            p.lines.append(line)
            self.recent = [*self.recent[-39:], line.text]
        if closed:
            p.closed = True
            self.piece = None

    def _dateline(self, p: Piece, line: Line, m: re.Match[str], conf: float) -> Line:
        if p.lines:  # a dateline inside an open piece opens another
            p = self._open(p.kind)
        p.dateline, p.opens = m.group(0).strip(), True
        p.conf.append(conf)
        rest = line.slice(m.end())
        if not rest.text:  # a dispatch alone on its line: `（记者 …）` or `作者 张三 …` may open the next
            self.paren = self.naming = (p, rest)
            return Line("", [])
        if rest.text[0] in "（(" and not _CLOSING.search(rest.text):
            self.paren = (p, rest)  # the byline after the dateline goes on to the next line
            return Line("", [])
        paren = dateline_byline(line.text, m.end())
        authors = bylines.parse(paren.group(1), "记者") if paren else None
        if paren is not None and authors:
            p.authors.extend(authors)
            rest = rest.slice(paren.end()).strip()
        reported = _REPORTED.match(rest.text)
        authors = bylines.parse(reported.group(1), "记者") if reported else None
        spaced = bylines.opening(line.text) if paren is None and reported is None else None
        if reported is not None and authors:
            p.authors.extend(authors)
            rest = rest.slice(reported.end()).strip()
        elif spaced is not None and spaced[0] > m.end():  # `本报讯 记者 张三 通讯员 李四 近日，…`
            p.authors.extend(spaced[1])
            rest = line.slice(spaced[0]).strip()
            last = spaced[1][-1].name
            if not rest.text and len(last) <= CUT_NAME_MAX and line.text.rstrip().endswith(last):
                self.held = p.authors.pop()  # the line ends on a name: the column may have cut it
                rest = line.slice(len(line.text.rstrip()) - len(last)).strip()
            if _CUT_TOKEN.fullmatch(rest.text):
                self.naming = (p, rest)  # `…电 作者 张三 李` / `四 近日，…`: the column cut the byline
                return Line("", [])
        elif _ROLE_CUT.fullmatch(bylines.simplified_roles(rest.text)):
            self.naming = (p, rest)  # `…电 作者` / `张三 李四 近日，…`: the names are on the next line
            return Line("", [])
        elif (
            rest.text
            and "报道" not in bylines.simplified_roles(rest.text)
            and _byline_runs_on(rest.text)
            and not _IN_TEXT.search(rest.text)
        ):
            self.reporting = (p, rest)  # `某某网讯 张三李四报` / `道：…`: the names may end on the next line
            return Line("", [])
        return rest

    def _named_on(self, p: Piece | None, line: Line) -> Line:
        """The rest of a dispatch's spaced byline the line's end cut (`…电 作者 张三 李` / `四 近日，…`):
        its names, and the text after them; else the cut text given back to its piece, as printed."""
        owner, cut = self.naming or (None, Line("", []))
        held, self.naming, self.held = self.held, None, None
        joined = join([cut, line]) if cut.text else line
        reported = _REPORTED.match(joined.text) if owner is p else None  # `…讯 通讯员` / `张三 李四报道正月…`
        if owner is not None and reported and (authors := bylines.parse(reported.group(1), "记者")):
            owner.authors.extend(authors)
            return joined.slice(reported.end()).strip()
        found = bylines.spaced_names(joined.text) if owner is p else None
        if owner is not None and held is not None and (found is None or found[0] <= len(cut.text)):
            owner.authors.append(held)  # the name was whole: the names may go on under it (`王五 近日，…`)
            cut, joined = Line("", []), line
            found = bylines.spaced_names(line.text) if owner is p else None
        if owner is None or found is None or found[0] <= len(cut.text):
            if owner is not None and cut.text:
                owner.lines.append(cut)
            return line
        if owner is p and self._names_go_on(joined, found[0]):
            self.reporting, self.stretched = (owner, joined), True
            return Line("", [])
        owner.authors.extend(found[1])
        return joined.slice(found[0]).strip()

    @staticmethod
    def _names_go_on(names: Line, end: int) -> bool:
        """A dispatch's byline read to the line's end, no `报道` yet, short and no sentence in it: a
        narrow column may wrap it over a third line (`某某网讯` / `通讯员张三 李` / `四报道 近日，…`)."""
        t = names.text.rstrip()
        cut = t[end:] if end < len(t) else ""  # (`李` of `李四` the line's end cut)
        return (
            len(cut) <= CUT_NAME_MAX
            and _CUT_TOKEN.fullmatch(cut) is not None
            and "报道" not in bylines.simplified_roles(t)
            and _byline_runs_on(t)
        )

    def _reported_end(self, p: Piece | None, line: Line) -> Line:
        """The names a dispatch's line left without their `报道：` read with the next line; else that
        line's text given back to its piece, as printed."""
        owner, names = self.reporting or (None, Line("", []))
        stretched, self.reporting, self.stretched = self.stretched, None, False
        reported = _REPORTED.match(names.text + line.text[:DATELINE_REACH]) if owner is p else None
        authors = bylines.parse(reported.group(1), "记者") if reported else None
        if owner is not None and owner is p and reported is None and self._names_run_over(names, line):
            self.reporting = (owner, _names_joined(names, line))  # `通讯` / `员张三 李四报` / `道`
            self.stretched = True
            return Line("", [])
        if owner is not None and stretched and (reported is None or not authors):
            return self._spelled_names(owner, names, line)
        if owner is None or reported is None or not authors or reported.end() <= len(names.text):
            if owner is not None:
                owner.lines.append(names)
            return line
        owner.authors.extend(authors)
        return line.slice(reported.end() - len(names.text)).strip()

    @staticmethod
    def _names_run_over(names: Line, line: Line) -> bool:
        """`line` is more of a dispatch's names waiting for `报道`, not text: no comma or stop in it, and
        the names with it still short enough for a byline (`_byline_runs_on`)."""
        return (
            bool(line.text.strip())
            and _names_so_far(names.text)
            and not _IN_TEXT.search(line.text)
            and "报道" not in bylines.simplified_roles(names.text + line.text)
            and _byline_runs_on(names.text + line.text)
        )

    @staticmethod
    def _spelled_names(owner: Piece, names: Line, line: Line) -> Line:
        """A dispatch's names wrapped over lines that no `报道` closed (`某某网讯` / `记者 张三 李` /
        `四 近日，…`): read spaced with the line under them (a cut name whole), or alone."""
        for gap in (" ", ""):
            head = names.text.rstrip() + gap
            found = bylines.spaced_names(head + line.text)
            if found is not None and found[0] > len(head):
                owner.authors.extend(found[1])
                return line.slice(found[0] - len(head)).strip()
        found = bylines.spaced_names(names.text)
        if found is None:
            owner.lines.append(names)
            return line
        owner.authors.extend(found[1])
        rest = names.slice(found[0]).strip()  # `… 李四 近日` / `，…`: the text began on the names' line
        return join([rest, line]) if rest.text else line

    def _paren_end(self, p: Piece | None, line: Line) -> Line:
        """The end of a byline that a dateline's line opened: its authors, and the line after it."""
        owner, opened = self.paren or (None, Line("", []))
        self.paren = None
        if not opened.text and line.text[:1] not in "（(":
            return line  # a dispatch alone on its line, no bracket under it
        close = _CLOSING.search(line.text[:40])
        if close is None and owner is not None and owner is p and _byline_runs_on(opened.text + line.text):
            self.paren = (owner, join([opened, line]))  # a narrow column wraps it over a third line
            return Line("", [])
        authors = _bracket_names(opened.text, line.text[: close.start()]) if close and owner is p else None
        if close is None or not authors:
            if owner is not None and opened.text:
                owner.lines.append(opened)
            return line
        if owner is not None:
            owner.authors.extend(authors)
        return line.slice(close.end()).strip()

    def _inline_end(self, p: Piece, line: Line, kind: str) -> tuple[Line, bool]:
        """A continuation mark, a closing byline or a photo credit at the end of a text line."""
        t = line.text
        if ("（" in t or "(" in t) and (cont := CONT.search(t)):
            rest = Line(
                t[: cont.start()] + t[cont.end() :], [*line.offs[: cont.start()], *line.offs[cont.end() :]]
            )
            return rest.strip(), "上" not in cont.group(0) and "接" not in cont.group(0)
        if p.lines and (wrapped := _credit_wrapped(p.lines[-1].text, t)):
            at, authors = wrapped  # `……能力。 张三` / `李四 摄`: a photo credit the column wrapped
            p.bylines.append(f"{p.lines[-1].text[at:].strip()} {t}")
            p.lines[-1] = p.lines[-1].slice(0, at).strip()
            p.authors.extend(authors)
            p.ends.extend(authors)
            p.ending.append(p.bylines[-1])
            p.kind = "photo"
            return Line("", []), True
        for finder in (bylines.trailing, bylines.photo):
            found = finder(t)
            if found and found[0] > 0 and _ends_before_byline(t[: found[0]].rstrip()):
                p.authors.extend(found[1])
                p.bylines.append(t[found[0] :].strip())
                p.ends.extend(found[1])  # it closes the text: a cut of this piece leaves it with the end
                p.ending.append(p.bylines[-1])
                if finder is bylines.photo:
                    p.kind = "photo"
                return line.slice(0, found[0]).strip(), True
        return line, False


# `……带来的"新福祉".`: an ASCII stop after an ASCII quote (or before it) ends Chinese text too
_QUOTED_STOP = re.compile(f"[{CJK}][\"'][.!?]$|[{CJK}][.!?][\"']$")


def _names_so_far(text: str) -> bool:
    """`text` reads as the start of a dispatch's byline: a role word, or the start of one the line's
    end cut (`通讯`), or names read to its end (`张三 李`); not text that merely has no comma yet
    (`本报讯 海口市龙华区金` / `贸街道…`)."""
    t = bylines.simplified_roles(text).strip()
    if t.startswith(ROLE_OPENINGS) or any(w.startswith(t) for w in ROLE_OPENINGS):
        return True
    found = bylines.spaced_names(t)
    return found is not None and len(t) - found[0] <= CUT_NAME_MAX


ROLE_OPENINGS = tuple(w for w in bylines.ROLE_WORDS if len(w) >= 2)


def _names_joined(names: Line, line: Line) -> Line:
    """A dispatch's names and the line under them, one text: a space between when the names end on a
    whole token (`记者 张三` / `通讯员 李四`), glued when the line's end cut one (`通讯` / `员李四`)."""
    found = bylines.spaced_names(names.text)
    whole = found is not None and found[0] >= len(names.text.rstrip())
    return join([names.strip(), line], " " if whole else "")


def _bracket_names(opened: str, rest: str) -> list[Author] | None:
    """The names of a dispatch's bracket the column wrapped (`（记者 张三 李四` / `王 五）`): read with the
    line end a space (a line's trailing space is gone), else glued (`（记者 张三 通讯` / `员 李四）`)."""
    glued = (opened + rest)[1:]  # the bracket opens `opened`, or `rest` when the dispatch stood alone
    spaced = f"{opened[1:]} {rest}" if opened else glued
    return bylines.parse(spaced, "记者") or bylines.parse(glued, "记者")


def _ends_before_byline(text: str) -> bool:
    """The text before a closing byline or credit on its line ends a paragraph."""
    return ends_paragraph(text) or _QUOTED_STOP.search(text) is not None


def _credit_wrapped(above: str, line: str) -> tuple[int, list[Author]] | None:
    """A photo credit the column wrapped after a text's last sentence (`……能力。  张三` / `李四 摄`, or
    `……称赞。  张三` / `摄`): where the credit starts on the line above and every name of it,
    photographers; None when `line` is no credit of its own or the line above ends no sentence before
    a name."""
    alone = line.strip() in ("摄", "攝")  # `……称赞。  张三` / `摄`: the mark alone wrapped
    credit = (0, []) if alone else bylines.photo(line) if line.endswith(("摄", "攝")) else None
    start = bylines.after_last_sentence(above) if credit is not None and credit[0] == 0 else None
    if credit is None or start is None or not above[start:].strip():
        return None
    names = bylines.parse(above[start:].strip(), "摄影")
    if names is None or len(above) - start > CREDIT_NAMES_MAX:
        return None
    return start, [Author(a.name, "摄影") for a in names] + credit[1]


CREDIT_NAMES_MAX = 16  # characters: the names a wrapped photo credit leaves on the line above


# ---------------------------------------------------------------- matching


@lru_cache(maxsize=4096)  # a page's texts are read again for every pair of units and pieces
def _bigrams(text: str) -> frozenset[str]:
    s = _BIGRAM_CLEAN.sub("", text)
    return frozenset(map(operator.add, s, s[1:]))


def _lines_bigrams(lines: Sequence[Line]) -> frozenset[str]:
    """`_bigrams` of the lines' texts joined, remembered by those texts."""
    return _joined_bigrams(tuple(map(_TEXT, lines)))


@lru_cache(maxsize=1 << 12)
def _joined_bigrams(texts: tuple[str, ...]) -> frozenset[str]:
    """`_bigrams("".join(texts))` read from each text's own (`_text_bigrams`): the cleaning drops
    single characters, so the joined text cleaned is the texts cleaned, joined, and its bigrams are
    theirs and those across each break between two texts that keep a character (a long piece's
    bigrams built so cost about half)."""
    read = [x for x in map(_text_bigrams, texts) if x[1]]
    grams = set().union(*[x[0] for x in read])
    grams.update(map(operator.add, [x[2] for x in read[:-1]], [x[1] for x in read[1:]]))
    return frozenset(grams)


@lru_cache(maxsize=1 << 14)
def _text_bigrams(text: str) -> tuple[frozenset[str], str, str]:
    """A text's bigrams (`_bigrams`), and the first and last characters it keeps ("" when none)."""
    s = _BIGRAM_CLEAN.sub("", text)
    return frozenset(map(operator.add, s, s[1:])), s[:1], s[-1:]


def _piece_grams(pieces: list[Piece]) -> list[frozenset[str]]:
    """Each piece's character bigrams, as the matching reads them."""
    return [_lines_bigrams(p.lines) for p in pieces]


def _similarity(
    units: list[Unit], pieces: list[Piece], chained: bool = False, grams: list[frozenset[str]] | None = None
) -> np.ndarray:
    """Share of a unit's character bigrams found in each piece, each bigram weighted by how few
    pieces hold it: a place or name found in one piece only is strong evidence, a word every piece
    uses is none. Bigrams found in no piece count half (headlines coin words bodies do not repeat).
    `chained`: a piece is read with the pieces that may be its rest (a body cut by subheads), and
    the weights count whole bodies, not their pieces."""
    grams = grams if grams is not None else _piece_grams(pieces)
    if chained:
        return _chained(units, pieces, grams)
    return _shares(units, grams, grams)


def _chained(units: list[Unit], pieces: list[Piece], grams: list[frozenset[str]]) -> np.ndarray:
    follow = list(range(len(pieces)))
    for j in range(len(pieces) - 2, -1, -1):
        if _may_go_on(pieces[j], pieces[j + 1]):
            follow[j] = follow[j + 1]
    chains = [set().union(*grams[j : follow[j] + 1]) for j in range(len(pieces))]
    bodies = [chains[j] for j in range(len(pieces)) if j == 0 or not _may_go_on(pieces[j - 1], pieces[j])]
    return _shares(units, chains, bodies)


def _shares(
    units: list[Unit],
    grams: Sequence[AbstractSet[str]],
    basis: Sequence[AbstractSet[str]],
    counted: Counter[str] | None = None,
) -> np.ndarray:
    """`counted`: `_held(unit grams, rest)` of pieces of the basis left out of `basis` and of `grams`
    (counted once where a caller tries many cuts against the same rest, whose columns it never
    reads: each cell is read on its own, so the parts' columns are the same floats as the whole
    table's)."""
    unit_grams = [_unit_grams(u) for u in units]
    weight = _rarity(unit_grams, basis, counted)
    if not unit_grams or not grams:
        return np.zeros((len(units), len(grams)))
    # fsum: exactly rounded whatever the order of a set of strings (which changes with the hash seed);
    # the rows built as lists and made an array once (not a cell at a time: the same floats)
    fsum, found, unseen = math.fsum, weight.__getitem__, itertools.repeat(UNSEEN_WEIGHT)
    rows = []
    for ug in unit_grams:
        total = fsum(map(weight.get, ug, unseen)) or 1.0
        rows.append([fsum(map(found, ug & cg)) / total for cg in grams])
    return np.array(rows, dtype=np.float64)


def _unit_grams(u: Unit) -> frozenset[str]:
    return _bigrams(u.text + "".join(u.subtitle))


def _rarity(
    unit_grams: list[frozenset[str]], basis: Sequence[AbstractSet[str]], counted: Counter[str] | None = None
) -> dict[str, float]:
    """Each of the units' bigrams found in a piece (body) of `basis`, weighted by how few hold it.
    `counted`: how many more pieces hold each (`_held`; whole counts added: the same weights)."""
    holding = _held(unit_grams, basis)  # one count, not one a piece
    if counted:
        holding.update(counted)
    return {g: 1 / n for g, n in holding.items()}


def _held(unit_grams: list[frozenset[str]], basis: Sequence[AbstractSet[str]]) -> Counter[str]:
    """How many pieces of `basis` hold each of the units' bigrams."""
    wanted: set[str] = set().union(*unit_grams) if unit_grams else set()
    return Counter(itertools.chain.from_iterable(map(wanted.intersection, basis)))


def _position(
    units: list[Unit],
    pieces: list[Piece],
    order: list[Piece | Unit],
    grams: list[frozenset[str]] | None = None,
    side: _Side | None = None,
) -> np.ndarray:
    """The bonus for where a unit stands: right above a piece (nothing but other headlines and
    bylines between them), or right under it, as much as the unit's label is sure; none for a piece
    farther away (the penalty of 0.05 these had cost 0.2-1.0 points of attach on each generator's
    held-out dev pages, seed 5000). A unit printed inside a sentence stands by nothing."""
    bonus = np.zeros((len(units), len(pieces)))
    index = {id(p): j for j, p in enumerate(pieces)}
    echoes = _echoes(pieces, grams)
    for i, u in enumerate(units):
        if u.cuts:
            continue
        before, after = _neighbours(u, order)
        if after is not None:
            # a headline right above a caption is that photo's: a caption says too little to match on
            bonus[i, index[id(after)]] += (
                PHOTO_BONUS
                if after.kind == "photo"
                and after.pos == u.pos + 1
                and id(after) not in echoes
                and _says_alike(u, after)
                else ABOVE_BONUS
            ) + (OPENS_BONUS if after.opens and after.pos == u.pos + 1 else 0.0)
            bonus[i, index[id(after)]] += KICKER_BONUS if _kicked_between(u, before, after) else 0.0
        if before is not None:
            bonus[i, index[id(before)]] += BELOW_BONUS + (
                SIDE_BONUS if side is not None and side.under else 0.0
            )
        near = _set_closer(u, order) if side is not None else None
        if near is not None:
            bonus[i, index[id(near)]] += CLOSER_BONUS
    sure = np.array([[min(u.conf, default=1.0)] for u in units])
    return bonus * sure  # standing next to a body counts as much as the label is sure


CAPTION_ALIKE = 1  # bigrams at least a headline shares with a photo's description under it


def _says_alike(u: Unit, photo: Piece) -> bool:
    """Whether a headline right above a photo's caption may take it for standing there. A caption that
    opens by naming the picture (`图为…`) describes a photo set with a story, and a headline over its
    own photo tells of that scene, sharing a word with it at least (a place, a name, a thing:
    `春耕备耕忙` over `图为农民在田间春耕。`). One sharing none (`甲县：凝聚新力量` over
    `图为乙市网格员巡查小区。`) stands there by chance: an orphan headline set over another story's
    photo. (A photo news item's caption that tells the news itself, `村里的路修好了。 张三 摄`, may
    share no word with its headline: it keeps the bonus.)"""
    first = next((x.text.strip() for x in photo.lines if x.text.strip()), "")
    if not _PHOTO_WORD.match(first):
        return True
    return len(_bigrams(u.text + "".join(u.subtitle)) & _lines_bigrams(photo.lines)) >= CAPTION_ALIKE


def _kicked_between(u: Unit, before: Piece | None, after: Piece) -> bool:
    """A headline under a kicker (a series' or a section's label, `乡风文明②` / `白石村：…`), printed
    between a text and the text right under it that could be that text's rest: a subhead inside a text
    carries no kicker, so the text under it is more likely that headline's (`KICKER_BONUS`)."""
    return (
        bool(u.kicker and u.title)
        and before is not None
        and after.pos == u.pos + 1
        and _may_go_on(before, after)
    )


def _gap_lines(page: str, at: int, step: int) -> int | None:
    """The blank lines between the line holding page offset `at` and the next printed line over it
    (`step` -1) or under it (1); None at the page's edge."""
    k, breaks = at, 0
    while 0 <= k + step < len(page) and (
        page[k + step].isspace() or page[k + step] in INVISIBLE or breaks == 0
    ):
        k += step
        breaks += page[k] == "\n"
    return breaks - 1 if 0 <= k + step < len(page) and breaks else None


def _report_gap(page: str, p: Piece, line: Line) -> bool:
    """Text line `line` opens a paragraph under a wider gap than a dense page sets between its
    paragraphs (at most one blank line): REPORT_GAP blank lines or more over it, the open piece's text
    ending a paragraph above. A page sets its reports apart by more space than its paragraphs (a rule,
    a box's margin, a photo taken out), which the extractor keeps as blank lines: the text under it
    opens another piece, which never goes on with the text above (`_may_go_on`): a headline printed
    elsewhere (a gathered block, one under its body) heads it, or it stays headless. Opens nothing: a
    subhead set apart so too (a paragraph up to the next blank line holding no clause or sentence mark,
    or a short unmarked line run into the text), a one-line paragraph (a photo's caption), a text
    sharing GAP_SHARED of its words with the text above (one report's wider paragraph gap). A page
    printing blank lines after most lines (`_spaced`) varies its gaps too much to tell."""
    if not p.lines or not line.offs or not p.lines[-1].offs:
        return False
    if _spaced(page):
        return False  # a page printing blank lines after most lines sets its subheads apart by more too
    gap = _gap_lines(page, line.offs[0], -1)
    if gap is None or gap < REPORT_GAP:
        return False
    start = line.offs[0]
    paragraph = _BLANK_LINE.split(page[start : start + SUBHEAD_REACH], maxsplit=1)[0]
    if not (_CLAUSE_MARKS.search(paragraph) or _STOPS.search(paragraph)):
        return False  # a subhead between blank lines, on one line or two: no mark a sentence holds
    if "\n" not in paragraph.strip():
        return False  # one line between blank lines: a photo's caption, a brief's line, no report's opening
    if not (ends_paragraph(line.text) or _CLAUSE_MARKS.search(line.text)):
        full = statistics.median(len(x.text.strip()) for x in p.lines[-REPORT_GAP_LINES:])
        if len(line.text.strip()) < SUBHEAD_SHARE * full:
            return False  # a subhead run into the text: a short line
    above = _bigrams("".join(x.text for x in p.lines)[-GAP_ABOVE:])
    below = _bigrams(page[start : start + GAP_BELOW])
    return len(above & below) < GAP_SHARED * max(1, len(below))  # another report speaks of other things


REPORT_GAP = 2  # blank lines: one sets a dense page's paragraphs apart
SUBHEAD_REACH = 120  # characters of the paragraph under the gap read for a clause or sentence mark
# The text under the gap is another report's where GAP_SHARED of its bigrams at most (of its first GAP_BELOW
# characters) are found in the last GAP_ABOVE characters of the text above: on dev-a pages (seeds 8100, 8200)
# gaps between reports shared 0-5 %, gaps inside one report (a generator's wider paragraph gap) 7-12 %.
GAP_SHARED, GAP_ABOVE, GAP_BELOW = 0.06, 400, 300
REPORT_GAP_LINES = 7  # the text lines over the gap whose median length is the column's
SUBHEAD_SHARE = 0.6  # of the column: a shorter unmarked line under the gap is a subhead, no report's opening


@lru_cache(maxsize=64)  # read for every pair of units on a page; one page is read many times
def _spaced(page: str) -> bool:
    """The page prints a blank line after (nearly) every line, as the sample page 000 does: there a
    headline's blank lines say where it stands; a dense page's rare blank line says less."""
    lines = page.split("\n")
    return sum(1 for x in lines if not x.strip()) >= SPACED * len(lines)


SPACED = 0.35  # the share of blank lines of a page printing one after (nearly) every line


def _set_closer(u: Unit, order: list[Piece | Unit]) -> Piece | None:
    """The neighbouring piece a headline is glued to: printed right over (or right under) it with no
    blank line between them, and a blank line between the headline and the line on its other side
    (the sample page with a blank line after every line glues a headline over its body to the body's
    first line, and sets one printed under its body apart on both sides)."""
    if u.page is None or not u.lines or not u.lines[0].offs or not u.lines[-1].offs or not _spaced(u.page):
        return None
    above = _gap_lines(u.page, u.lines[0].offs[0], -1)
    below = _gap_lines(u.page, u.lines[-1].offs[-1], 1)
    if above is None or below is None or min(above, below) > 0 or above == below:
        return None  # glued to one side only: fewer blank lines (two against one) are no sign
    k = u.pos + 1 if below < above else u.pos - 1
    x = order[k] if 0 <= k < len(order) else None
    return x if isinstance(x, Piece) else None


ECHO = 0.85  # the share of a caption's bigrams an article's piece holds that makes it that article's photo


def _echoes(pieces: list[Piece], grams: list[frozenset[str]] | None = None) -> set[int]:
    """The captions (ids) whose words an article's piece on the page holds (ECHO): a photo of that
    article, captioned with its sentences, heads no article of its own; a headline over it is not
    its title for standing there (a photo with a headline of its own is captioned in its own words).
    `grams`: the pieces' bigrams where the caller has them already."""
    texts = grams if grams is not None else [_lines_bigrams(p.lines) for p in pieces]
    bodies = [g for p, g in zip(pieces, texts, strict=True) if p.kind == "article"]
    return {
        id(p)
        for p, g in zip(pieces, texts, strict=True)
        if p.kind == "photo" and g and max((len(g & b) for b in bodies), default=0) >= ECHO * len(g)
    }


# A headline line (or a part of one after a gap) this similar to another piece than the lines before
# it, and sharing less than UNRELATED with their piece, starts a new unit (SPLIT_MIN: a part of a line).
SPLIT_MIN, UNRELATED = 0.3, 0.15
SURE = 0.9  # a byline line the model is less sure of gives authors only when it names their role
SHORT_HEAD = 8  # a first headline line this short is a wrapped headline's start, never a headline
# a phrase this short before a gap in a headline line is the first of its two phrases (`党建引领 激发…`,
# `以点带面 绘出…`), never a headline of its own set beside another
PHRASE_HEAD = 5


def split_units(units: list[Unit], pieces: list[Piece]) -> list[Unit]:
    """Split a unit where one of its title lines, or a part of a line after a gap, matches another
    piece clearly better than what comes before it: two headlines printed one above the other, or
    side by side on one line (two columns' headlines pulled out of a PDF as one line)."""
    out: list[Unit] = []
    for u in units:
        atoms = [a for x in u.title for a in _atoms(x)]
        starts = [k == 0 for x in u.title for k in range(len(_atoms(x)))]  # an atom that starts a line
        doubled = any(x.doubled or line_features.echo(x.text) for x in u.title)
        if len(atoms) < 2 or not pieces:
            out.append(u)
            continue
        sims = _similarity([Unit(title=[a]) for a in atoms], pieces)
        groups: list[list[int]] = [[0]]
        for i in range(1, len(atoms)):
            whole = _similarity([Unit(title=[atoms[k] for k in groups[-1]])], pieces)[0]
            best, mine = int(np.argmax(whole)), int(np.argmax(sims[i]))
            short = len(_BIGRAM_CLEAN.sub("", "".join(atoms[k].text for k in groups[-1]))) <= SHORT_HEAD
            if not _one_print([_runs(atoms[groups[-1][-1]])[-1], _runs(atoms[i])[0]]):
                groups.append([i])  # a headline printed twice beside one printed once: two
                continue
            phrase = len(_BIGRAM_CLEAN.sub("", "".join(atoms[k].text for k in groups[-1]))) <= PHRASE_HEAD
            if (
                starts[i]
                and (doubled or short)
                or (not starts[i] and (phrase or _opens_with_a_name(atoms[k].text for k in groups[-1])))
                or (not starts[i] and not doubled and _couplet(groups[-1], i, atoms, starts))
                or _goes_on("".join(atoms[k].text for k in groups[-1]), atoms[i].text)
            ):
                groups[-1].append(i)  # a doubled headline wraps unevenly, an open one goes on: together
                continue
            apart = sims[i, best] < (UNRELATED if starts[i] else SPLIT_MIN)
            if mine != best and sims[i, mine] >= SPLIT_MIN and whole[best] >= SPLIT_MIN and apart:
                groups.append([i])
            else:
                groups[-1].append(i)
        out.extend(_regroup(u, [[atoms[k] for k in g] for g in groups]))
    return out


def _couplet(group: list[int], i: int, atoms: list[Line], starts: list[bool]) -> bool:
    """The atom after a narrow gap is the second half of a couplet headline (`邻里驿站集民意 干部下沉解`
    / `民忧`): two phrases of as many characters (COUPLET_HALF), the second maybe wrapped onto the next
    line. An editor sets a headline's parallel halves a space apart; two headlines side by side stand
    a column's gap apart (`_wide_gaps_apart`) and seldom run to the same length. Not asked of a
    headline printed doubled: gathered blocks set two doubled headlines a space apart on one line
    (`甲甲乙乙 丙丙丁丁`), where two of a length are common."""
    first = _BIGRAM_CLEAN.sub("", "".join(atoms[k].text for k in group))
    if len(group) != 1 or not COUPLET_HALF[0] <= len(first) <= COUPLET_HALF[1]:
        return False
    second = _BIGRAM_CLEAN.sub("", atoms[i].text)
    if len(second) == len(first) and not (_left_open(atoms[i].text) or _unpaired(atoms[i].text)):
        return True  # (a half leaving a quotation open goes on into the next line: longer than it looks)
    wrapped = i + 1 < len(atoms) and starts[i + 1]
    return wrapped and len(second + _BIGRAM_CLEAN.sub("", atoms[i + 1].text)) == len(first)


COUPLET_HALF = (5, 10)  # characters of each half of a couplet headline


def _opens_with_a_name(texts: Iterable[str]) -> bool:
    """A headline's short first phrase opens with a short name and a colon (`某市：凝聚“新力量” 激活“微治理”`,
    NAMED_PHRASE characters at most): the name heads the phrase printed after it on its line, a narrow
    gap apart. A whole headline under its name (`某镇：“村民说事”凝心聚力办成事`) may stand a gap or
    two before the next one in a row of headlines: it is not held to what follows."""
    text = "".join(texts).strip()
    return DATELINE_HEAD.match(text) is not None and len(_BIGRAM_CLEAN.sub("", text)) <= NAMED_PHRASE


NAMED_PHRASE = 10  # characters of a name and its phrase before a narrow gap, one headline's first half


# A gap this wide inside a headline line stands between two columns: three spaces or more, two
# ideographic ones, a tab. (No report's headline holds more than one space; PDF layouts set a
# headline's own phrases one or two spaces apart, columns wider.)
_COLUMN_GAP = re.compile(r"[ \u3000]*\t[ \u3000\t]*|[ \u3000]*(?: {3}|\u3000{2}|\u3000 |  \u3000)[ \u3000]*")


def _wide_gaps_apart(units: list[Unit]) -> list[Unit]:
    """A headline line holding a gap as wide as the gap between two columns is two headlines side
    by side (`开在村委会里的表彰会        做好事` / `奖积分小村换新貌`): the unit is cut at every such
    gap, the part after a gap going on into the next title line (the second column's headline
    wrapped), and the parts are headlines of their own, never joined again to find a body
    (`_rejoin_halves`): a part matched to nothing is an orphan. A part of a few characters in all
    (a page number, `第12版`) stays with the part before it."""
    out: list[Unit] = []
    for u in units:
        groups = _short_parts_back(_column_groups(u.title), u.title[-1] if u.title else None)
        parts = _regroup(u, groups) if len(groups) > 1 else [u]
        for part in parts:
            part.part_of = None
        out.extend(parts)
    return out


def column_wraps(units: list[Unit], pieces: list[Piece], order: list) -> tuple[list[Unit], list]:
    """The headline after a column gap at a line's end going on in the headline line under it
    (`…议事角        滨江区红色管家` / `进楼道服务独居老人`: the second column's headline wrapped)
    joins it where the page's matching scores more with the two as one than apart, each apart
    weighted by its share of their words (as `recut` weighs a cut)."""
    if not pieces:
        return units, order
    grams = _piece_grams(pieces)
    out = list(units)
    for u in units:
        v = order[u.pos + 1] if u in out and u.pos + 1 < len(order) else None
        if not isinstance(v, Unit) or not _wraps_after_gap(u, v):
            continue
        at = out.index(u)
        both = Unit(
            kicker=u.kicker,
            title=[*u.title, *v.title],
            subtitle=v.subtitle,
            conf=u.conf + v.conf,
            pos=u.pos,
            cuts=u.cuts,
            page=u.page,
        )
        both.lines = list(both.title)
        sizes = [len(_bigrams(x.text)) for x in (u, v)]
        scale = [1.0] * len(out)
        scale[at], scale[at + 1] = (n / (sum(sizes) or 1) for n in sizes)
        apart = _assigned_total(out, pieces, order, scale, grams)
        trial = out[:at] + [both] + out[at + 2 :]
        trial_order = _replaced([x for x in order if x is not v], u, [both])
        joined = _assigned_total(trial, pieces, trial_order, [1.0] * len(trial), grams)
        _numbered(order)
        # a doubled block's line (`_repeat_ends`) joins only a headline it reads on with
        if joined > apart and (not u.title[-1].doubled or _one_headline([u, v], pieces, grams, False)):
            out, order = trial, trial_order
            _parts_released(out, u)
            _parts_released(out, v)
    return out, _numbered(order)


def _parts_released(units: list[Unit], u: Unit) -> None:
    """The parts cut from the headline `u` was cut from, once `u` went into a headline with another:
    they are no headline `_rejoin_halves` gives back whole (it would print `u`'s words twice)."""
    if u.part_of is None:
        return
    for x in units:
        if x.part_of is u.part_of:
            x.part_of = None


def _words_carried_on(units: list[Unit]) -> list[Unit]:
    """A headline's first few words after a column gap at a line's end (`…笑开颜      告别`, kept
    apart by `_short_parts_back`) open the headline line under them (`“老破危” 老楼迎来“第二春”`);
    with no headline line under them they go back with the part before them on their line."""
    out: list[Unit] = []
    for k, u in enumerate(units):
        if not (u.title and _scrap(u.title) and _after_column_gap(u.page, u.title[0])):
            out.append(u)
            continue
        v = units[k + 1] if k + 1 < len(units) else None
        if v is not None and _wraps_after_gap(u, v, breaks=2):  # a blank line under them on a spaced page
            v.title, v.lines, v.conf = [*u.title, *v.title], [*u.lines, *v.lines], u.conf + v.conf
        elif out and out[-1].pos == u.pos and not out[-1].subtitle:
            out[-1].title, out[-1].lines = [*out[-1].title, *u.title], [*out[-1].lines, *u.lines]
        else:
            out.append(u)
    return out


def kickers_apart(units: list[Unit], pieces: list[Piece]) -> list[Unit]:
    """A line read as the kicker over a headline that is a headline of its own: a block's headline
    over the next one (`协商议事破解小区充电难` / `激活乡村治理新模式…`), as long as a headline runs
    (more than SHORT_HEAD characters, no series number `②`), whose words one piece holds (SPLIT_MIN)
    while the piece its headline matches best holds few of them (UNRELATED): a unit of its own. So
    is one longer than any kicker (`_past_kicker`) whatever the pieces say: a block over bodies run
    together leaves no piece to tell the two apart, and `split_blocks` cuts them only for two units."""
    if not pieces:
        return units
    out: list[Unit] = []
    for u in units:
        kicker = _kicker_line(u)
        if kicker is None or not (_past_kicker(kicker) or _heads_another_body(kicker, u, pieces)):
            out.append(u)
            continue
        k = u.lines.index(kicker)
        out.append(
            Unit(title=[kicker], lines=[kicker], conf=u.conf[k : k + 1], pos=u.pos, cuts=u.cuts, page=u.page)
        )
        rest = [x for x in u.lines if x is not kicker]
        conf = u.conf[:k] + u.conf[k + 1 :]
        out.append(
            Unit(
                title=u.title, subtitle=u.subtitle, lines=rest, conf=conf, pos=u.pos, cuts=u.cuts, page=u.page
            )
        )
    return out


def _past_kicker(line: Line) -> bool:
    """A line longer than any kicker (KICKER_MAX), its marks and spaces not counted: a headline."""
    return len(_BIGRAM_CLEAN.sub("", line.text.strip())) > KICKER_MAX


def _kicker_line(u: Unit) -> Line | None:
    """The unit's one kicker line, as printed, when it reads as long as a headline."""
    if len(u.kicker) != 1 or not u.title or len(u.conf) != len(u.lines):
        return None
    line = next((x for x in u.lines if x.text == u.kicker[0]), None)
    text = u.kicker[0].strip()
    if line is None or len(_BIGRAM_CLEAN.sub("", text)) <= SHORT_HEAD or _CIRCLED.search(text):
        return None
    return line


def _heads_another_body(kicker: Line, u: Unit, pieces: list[Piece]) -> bool:
    """The kicker's words are one piece's (SPLIT_MIN) and not the piece its headline matches best."""
    sims = _similarity([Unit(title=[kicker]), Unit(title=u.title)], pieces)
    mine, theirs = int(np.argmax(sims[0])), int(np.argmax(sims[1]))
    return mine != theirs and sims[0, mine] >= SPLIT_MIN and sims[0, theirs] < UNRELATED


def _wraps_after_gap(u: Unit, v: Unit, breaks: int = 1) -> bool:
    """`u` is a headline printed after a column gap and `v`, a headline with no kicker, stands
    right under it, in the next printed line (`breaks` 2: or under a blank line), the unit after it
    in the list."""
    if not (u.title and v.title) or u.subtitle or v.kicker or u.page is None:
        return False
    last, below = u.title[-1], v.title[0]
    if not _after_column_gap(u.page, u.title[0]):
        return False
    between = u.page[last.offs[-1] + 1 : below.offs[0]]
    under = visible(between).partition("\n")[2]
    if last.doubled:  # undone at its first copy's offsets: the rest of its line is the repeat
        return (
            len(u.title) == 1
            and 1 <= between.count("\n") <= breaks
            and not under.strip()
            and _repeat_ends(u.page, last)
        )
    return 1 <= between.count("\n") <= breaks and not visible(between).replace("\n", "").strip()


def _repeat_ends(page: str, line: Line) -> bool:
    """A line printed doubled ends its printed line: after its repeat, nothing but spaces."""
    printed = _printed(page, line)
    start = line.offs[0]
    end = page.find("\n", start)
    end = len(page) if end < 0 else end
    return (
        page[start : start + len(printed)] == printed
        and not visible(page[start + len(printed) : end]).strip()
    )


def _after_column_gap(page: str | None, line: Line) -> bool:
    """The line starts after a column gap inside its printed line (a second column's headline)."""
    if page is None or not line.offs:
        return False
    before = visible(page[page.rfind("\n", 0, line.offs[0]) + 1 : line.offs[0]])
    gap = _COLUMN_GAP.search(before)
    return gap is not None and gap.end() == len(before) and bool(before[: gap.start()].strip())


def _beside_another(page: str | None, line: Line) -> bool:
    """The line starts after a gap inside its printed line, text before the gap: the second of two
    headlines side by side."""
    if page is None or not line.offs:
        return False
    before = visible(page[page.rfind("\n", 0, line.offs[0]) + 1 : line.offs[0]])
    return before[-1:].isspace() and bool(before.strip())


def _column_groups(title: list[Line]) -> list[list[Line]]:
    """A headline's lines grouped into the headlines its column gaps part: a line holding a gap goes on
    with the headline above in its first part and starts one at each other part; a line under it
    holding as many parts goes on with each column's headline (`A1    B1` / `A2    B2`: both columns
    wrapped), a line holding none with the last one (`A    B1` / `B2`)."""
    groups: list[list[Line]] = []
    columns: list[int] = []  # the groups the line above went on, one a column, when it held a gap
    for x in title:
        parts = _column_parts(x)
        if len(parts) == 1:
            if not groups:
                groups.append([])
            groups[-1].append(x)
            columns = []
        elif len(parts) == len(columns):
            for g, part in zip(columns, parts, strict=True):
                groups[g].append(part)
        else:
            if not groups:
                groups.append([])
            groups[-1].append(parts[0])  # the headline above goes on (`…村规民约“` / `约”出和美乡村    B`)
            columns = [len(groups) - 1, *range(len(groups), len(groups) + len(parts) - 1)]
            groups += [[part] for part in parts[1:]]
    return groups


def _side_by_side(u: Unit, wide: bool = False) -> bool:
    """The headline shares a printed line with another, a gap between them (`wide`: a column gap)."""
    if u.page is None or not u.title or not u.title[0].offs or not u.title[-1].offs:
        return False
    end = u.title[-1].offs[-1] + 1
    after = visible(u.page[end : (u.page.find("\n", end) + 1 or len(u.page) + 1) - 1])
    if wide:
        gap = _COLUMN_GAP.match(after)
        return _after_column_gap(u.page, u.title[0]) or (gap is not None and bool(after[gap.end() :].strip()))
    return _beside_another(u.page, u.title[0]) or (after[:1].isspace() and bool(after.strip()))


def _short_parts_back(groups: list[list[Line]], last: Line | None = None) -> list[list[Line]]:
    """Parts of a few characters (`第12版`) joined to the part before them, but for the words of a
    headline starting after a column gap at the end of the unit's `last` line (`…笑开颜      告别` /
    `“老破危” 老楼迎来“第二春”`): `_words_carried_on` takes them into the headline line under them."""
    out: list[list[Line]] = []
    for g in groups:
        if out and _scrap(g) and not (last is not None and _headline_start_at_end(g, last)):
            out[-1].extend(g)
        else:
            out.append(g)
    return out


def _scrap(lines: list[Line]) -> bool:
    """A part of a few characters: no headline of its own."""
    return len(_BIGRAM_CLEAN.sub("", "".join(map(_TEXT, lines)))) < HEADLINE_MIN


_WORDS_ONLY = re.compile(f"[{CJK}“‘「《]+")


def _headline_start_at_end(group: list[Line], last: Line) -> bool:
    """A part of one line that ends the line `last`, Chinese words only (no figure, no `版`): a
    headline's first words, the rest wrapped into the next line."""
    part = group[0]
    return (
        len(group) == 1
        and bool(part.offs and last.offs)
        and part.offs[-1] == last.offs[-1]
        and _WORDS_ONLY.fullmatch(part.text.strip()) is not None
        and not part.text.strip().endswith("版")
    )


def _column_parts(line: Line) -> list[Line]:
    """A title line cut at its column gaps (outside quotations and brackets), and at its one wider
    gap where its other gaps are narrower (`_wider_gap`)."""
    cuts = [m.span() for m in _COLUMN_GAP.finditer(line.text) if m.start() > 0 and m.end() < len(line.text)]
    cuts = cuts or _wider_gap(line)
    cuts = [(a, b) for a, b in cuts if not _unclosed(line.text[:a])]
    if not cuts:
        return [line]
    bounds = [0, *(x for span in cuts for x in span), len(line.text)]
    return [line.slice(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]


def _wider_gap(line: Line) -> list[tuple[int, int]]:
    """The one gap of two spaces in a title line whose other gaps are one space each: the gap between
    two columns' headlines pulled out of the PDF as one line (`甲乙 丙丁  戊己庚` / `辛壬`). An editor
    sets one headline's phrases evenly apart; the columns' gap comes out of the PDF as wide or wider
    than a phrase's, never narrower, so where one gap is the widest the others are the headlines'
    own. Not on a line printed doubled (its own spaces come out twice) nor a `#` heading."""
    text = line.text
    if line.doubled or text.lstrip().startswith("#") or line_features.echo(text):
        return []
    gaps = [m.span() for m in _SPACE_RUN.finditer(text)]
    widths = [sum(2 if ch == "\u3000" else 1 for ch in text[a:b]) for a, b in gaps]
    if len(gaps) < 2 or widths.count(WIDER_GAP) != 1 or any(w not in (1, WIDER_GAP) for w in widths):
        return []
    a, b = gaps[widths.index(WIDER_GAP)]
    return [] if _unclosed(text[:a]) else [(a, b)]


WIDER_GAP = 2  # spaces: a column's gap beside a headline whose own gaps are one space
_SPACE_RUN = re.compile(r"(?<=\S)[ \u3000]+(?=\S)")


def _rejoin_halves(units: list[Unit], got: dict[int, int]) -> set[int]:
    """A headline `split_units` cut into parts of which one found a body and the others none is one
    headline again, as printed (`蓝田县：党建引领聚合力  小区自治结硕果`: the second half matched
    another body better than the first's, but that body had its own headline). Returns the parts
    given back."""
    groups: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        if u.part_of is not None:
            groups.setdefault(id(u.part_of), []).append(i)
    back: set[int] = set()
    for parts in groups.values():
        found = [i for i in parts if i in got]
        if len(found) != 1:
            continue
        keep, whole = units[found[0]], units[found[0]].part_of
        assert whole is not None
        if _holds_whole(keep, whole):
            continue  # regrouped with the lines after it (`_regrouped`): a part holding all it was cut from
        if any(_prints_differ(keep, units[i]) for i in parts if i != found[0]):
            continue  # one part printed doubled, the other once: two headlines, whatever found a body
        keep.title, keep.kicker, keep.subtitle = whole.title, whole.kicker, whole.subtitle
        back.update(i for i in parts if i != found[0])
    return back


def _prints_differ(u: Unit, v: Unit) -> bool:
    """Two parts cut from one headline line, one printed doubled and the other once (`_printed_twice`
    of each part's title, where it tells): a fake bold is drawn per headline, so they are two
    headlines side by side (`甲标题甲标题 乙标题`), never one headline's halves."""
    if not _start_on_one_line(u, v):
        return False  # a kicker printed once over a doubled headline is that headline's
    mine = {_printed_twice(x) for x in u.title} - {None}
    other = {_printed_twice(x) for x in v.title} - {None}
    return len(mine) == 1 and len(other) == 1 and mine != other


def _start_on_one_line(u: Unit, v: Unit) -> bool:
    """Two units' headlines start on one printed line of the page."""
    if u.page is None or not u.title or not v.title or not u.title[0].offs or not v.title[0].offs:
        return False
    a, b = sorted((u.title[0].offs[0], v.title[0].offs[0]))
    return "\n" not in u.page[a:b]


def _run_wraps_back(
    units: list[Unit], got: dict[int, int], given: set[int], grams: Sequence[frozenset[str]] = ()
) -> set[int]:
    """Headlines gathered into one block and printed as one run of text, wrapped like a paragraph
    (`甲标题 乙标题前半` / blank / `乙标题后半 丙标题`): the wrap breaks a headline anywhere, and the
    line break cut it in two where it should have been cut at the spaces. A headline that found no
    body, opening the printed line after the one a headline that found one ends (blank lines
    between at most), is that headline's rest where one of the two lines holds another headline
    (the run) and the text goes on across the break (`_run_wrap`) or the body the first part found
    names the rest (`_names_rest`). `given`: the units given back already; `grams`: each piece's
    bigrams. Returns the units given back."""
    back: set[int] = set()
    for i, (upper, rest) in enumerate(itertools.pairwise(units)):
        if i not in got or i + 1 in got or {i, i + 1} & (back | given) or upper.subtitle or rest.kicker:
            continue
        if not (upper.title and rest.title and _run_broken(upper, rest)):
            continue
        if _run_wrap(upper.text, rest.text) or _names_rest(rest, got[i], grams):
            upper.title = [*upper.title, *rest.title]
            back.add(i + 1)
    return back


def _run_broken(upper: Unit, rest: Unit) -> bool:
    """`rest` opens the printed line after the one `upper` ends (only blank lines between), and one
    of the two lines prints another headline too (a run, not a headline of its own lines)."""
    page = upper.page
    end, start = upper.title[-1], rest.title[0]
    if page is None or page is not rest.page or not end.offs or not start.offs:
        return False
    between = page[end.offs[-1] + 1 : start.offs[0]]
    if end.doubled:
        between = re.sub(r"^\S+", "", between)  # the repeat of its last words
    if "\n" not in between or between.strip():
        return False
    stop = page.find("\n", start.offs[-1])
    tail = page[start.offs[-1] + 1 : stop if stop >= 0 else len(page)]
    if start.doubled:
        tail = re.sub(r"^\S+", "", tail)
    return not _opens_its_line(upper) or bool(tail.strip())


def _run_wrap(text: str, after: str) -> bool:
    """A headline's text goes on across a wrap: a known word of three characters or more runs
    across the break (`…服务综合` / `体！…`; two characters join too often by chance, `…美丽乡村` /
    `小网格…`: `村小`), or it leaves a quotation or bracket open that `after` closes."""
    return _dictionary_wrap(text, after, long=3) or _closes_pair(text, after)


def _names_rest(rest: Unit, body: int, grams: Sequence[frozenset[str]]) -> bool:
    """The body the part above found holds NAMED_SHARE of the rest's bigrams, and no other piece
    holds more of them: the rest's words are that story's (`…经济开发区` / `织密责任网格`)."""
    mine = _bigrams(rest.text)
    if not mine or body >= len(grams):
        return False
    shares = [len(mine & g) for g in grams]
    return shares[body] >= NAMED_SHARE * len(mine) and shares[body] >= max(shares)


def _opening_phrases_back(
    units: list[Unit], got: dict[int, int], given: AbstractSet[int] = frozenset()
) -> set[int]:
    """A short headline that found no body (HALF_MAX characters at most), printed on the line of a
    headline that found one, right before it and one space apart, is that headline's opening phrase
    (`一“桩”解民忧 社区更“来电”`: the second phrase named the body, the first words none), given back
    to it, where it opens its printed line or a column's gap parts it from what is printed before it
    (else it may be the closing phrase of the headline before it). (Two columns' headlines pulled out of a PDF as one line stand wider apart.) Returns the
    units given back."""
    back: set[int] = set()
    for i, (first, nxt) in enumerate(itertools.pairwise(units)):
        if (
            i in got
            or i + 1 not in got
            or i in back
            or i in given
            or first.subtitle
            or nxt.kicker
            or not first.title
        ):
            continue
        if len(_BIGRAM_CLEAN.sub("", first.text)) > HALF_MAX or not _one_space_apart(first, nxt):
            continue
        if not _opens_its_line(first):
            continue  # the closing phrase of the headline before it (`告别“老破危” 老楼迎来“第二春” B`)
        nxt.kicker, nxt.title = first.kicker, [*first.title, *nxt.title]
        back.add(i)
    return back


def _spaced_wraps_back(
    units: list[Unit], got: dict[int, int], given: set[int], grams: Sequence[frozenset[str]] = ()
) -> set[int]:
    """On a page printing a blank line after every line (`_spaced`), a headline that found no body,
    printed on the line right over or under a headline that found one (one blank line between, no
    text), ending no sentence: lines of that headline the column's wrap broke off (the blank line
    after each line hid the wrap from the model, which read them as a headline of their own, and
    the words they hold named no body), or its kicker or deck. Given back to it (`_lines_under`,
    `_lines_over`). `given`: the units given back already (parts of a headline cut apart); `grams`:
    each piece's bigrams. Returns the units given back."""
    back: set[int] = set()
    for i, u in enumerate(units):
        if i in got or i in given or u.part_of is not None or not _spaced_wrap(u):
            continue
        over = units[i - 1] if i > 0 and i - 1 in got and i - 1 not in back else None
        under = units[i + 1] if i + 1 < len(units) and i + 1 in got else None
        mine = _bigrams(u.text)
        named = bool(mine) and any(
            len(mine & grams[got[k]]) >= NAMED_SHARE * len(mine)
            for k in (i - 1, i + 1)
            if k in got and got[k] < len(grams)
        )
        if _given_back(u, over, under, named):
            back.add(i)
    return back


def _given_back(u: Unit, over: Unit | None, under: Unit | None, named: bool) -> bool:
    """`u` went into the headline right over it, else into the one right under it. `named`: the
    body of one of them holds NAMED_SHARE of `u`'s bigrams."""
    if over is not None and not u.kicker and _stacked_on(over, u) and _lines_under(over, u, named):
        return True
    return under is not None and not under.kicker and _stacked_on(u, under) and _lines_over(u, under, named)


# The share of an orphan's bigrams a neighbour's body must hold for the orphan, set wider than the
# column over a narrower headline line, to be that headline's first line (`_wraps_on`).
NAMED_SHARE = 0.3


def _lines_under(over: Unit, u: Unit, named: bool) -> bool:
    """`u`'s lines go on with the headline `over` it: its title's where they read as its wrap (the
    line over them fills the column, `_wraps_on`), else one line under a headline with no subtitle
    is its deck. False where they are neither: a headline of its own."""
    if not over.subtitle and _wraps_on(over.title[-1], u, named):
        over.title, over.lines, over.conf = (
            [*over.title, *u.title],
            [*over.lines, *u.lines],
            over.conf + u.conf,
        )
        return True
    if len(u.title) != 1 or over.subtitle:
        return False  # (under a subtitle: a headline of its own, or the jump's of a text printed elsewhere)
    over.subtitle = [u.text]
    return True


def _lines_over(u: Unit, under: Unit, named: bool) -> bool:
    """`u`'s lines open the headline `under` them: its title's first lines where they read as its
    wrap (`_wraps_on`), else one line narrower than the line under it is its kicker. False where
    they are neither."""
    if _wraps_on(u.title[-1], under, named):
        under.title, under.lines, under.conf = (
            [*u.title, *under.title],
            [*u.lines, *under.lines],
            u.conf + under.conf,
        )
        under.kicker = u.kicker
        return True
    if len(u.title) != 1 or u.kicker or _cells(u.title[0].text) >= _cells(under.title[0].text) - 1:
        return False
    under.kicker = [u.text]
    return True


def _wraps_on(line: Line, rest: Unit, named: bool) -> bool:
    """A headline's `line` the column's wrap broke, `rest`'s lines its rest: the line and each of
    the rest's but its last fill the column (a column's width, less one for a closing mark hung or an
    opening one carried down), the rest's first no wider than the
    line. A line wider than the column was set at the headline's own measure; a rest narrower than it
    is its last line only where the body names the orphan's words (`named`): an orphan teaser printed
    over the page's first headline (`告别“老破危” 老楼迎来“第二春”` over `内蒙古乌审旗：…`) is none."""
    page = rest.page
    if page is None or not line.offs:
        return False
    width = _page_column(page)
    full = [line, *rest.title[:-1]]
    wider = _print_width(_printed_line(page, line)) > width + 1  # set at the headline's own measure
    return (
        width > 0
        and all(x.offs and _print_width(_printed_line(page, x)) >= width - 1 for x in full)
        and _cells(rest.title[0].text) <= _cells(line.text) + 1
        and not (wider and _cells(rest.title[0].text) < _cells(line.text) - 1 and not named)
    )


def _spaced_wrap(u: Unit) -> bool:
    """A headline of a few lines (WRAP_LINES), no subtitle, ending no sentence, no page furniture
    (`责任编辑…`), on a page printing a blank line after every line."""
    return (
        u.page is not None
        and _spaced(u.page)
        and 1 <= len(u.title) <= WRAP_LINES
        and not u.subtitle
        and not u.cuts
        and all(x.offs for x in u.title)
        and len(u.text) <= HEADLINE_MAX
        and _unended(u.text)
        and not (_PAGE_FURNITURE.search(u.text) or _FURNITURE.search(u.text) or _PAGE_HEADER.search(u.text))
    )


WRAP_LINES = 3  # lines of a headline's rest the column's wrap breaks off


def _stacked_on(upper: Unit, lower: Unit) -> bool:
    """`lower` stands right under `upper` in the page's order and on the printed line after the next
    (the blank line of a spaced page between), nothing but blanks between them, both printed
    doubled or neither, on a page that sets a blank line between a headline's lines too (neither
    headline prints two lines glued), the lower one no jump's headline."""
    last = upper.lines[-1] if upper.lines else None
    first = lower.lines[0] if lower.lines else None
    if upper.page is None or last is None or first is None or not last.offs or not first.offs:
        return False
    if upper.title and lower.title and upper.title[-1].doubled != lower.title[0].doubled:
        return False  # a headline printed doubled is doubled on all its lines
    if (
        _glued_lines(upper)
        or _glued_lines(lower)
        or _JUMP_MARK.match(_next_printed(upper.page, lower.lines[-1]))
    ):
        return False  # the page glues a headline's lines (a blank line parts two), or a jump's headline
    between = upper.page[last.offs[-1] + 1 : first.offs[0]]
    return lower.pos == upper.pos + 1 and between.count("\n") == 2 and not visible(between).strip()


def _glued_lines(u: Unit) -> bool:
    """Two of the headline's lines are printed one right under the other, no blank line between."""
    if u.page is None:
        return False
    return any(
        a.offs and b.offs and u.page[a.offs[-1] + 1 : b.offs[0]].count("\n") == 1
        for a, b in itertools.pairwise(u.lines)
    )


# A jump's mark under a headline whose text is printed on another page (`（见C7版）`, `全文见B8版`)
_JUMP_MARK = re.compile(
    r"^[（(]?\s*(?:全文|详情)?(?:下转|上接|转|接|见|見|续|續)[^（()）。，]{0,12}[版页頁][）)]?$"
)


def _opens_its_line(u: Unit) -> bool:
    """The headline starts its printed line, or a column's gap (two spaces or more) parts it from
    what the line prints before it: no other headline's phrase runs on into it."""
    if u.page is None or not u.title[0].offs:
        return False
    start = u.title[0].offs[0]
    before = u.page[u.page.rfind("\n", 0, start) + 1 : start]
    return not before.strip() or before.endswith(("  ", "\t", "\u3000"))


def _one_space_apart(left: Unit, right: Unit) -> bool:
    """The right headline starts on the printed line the left one ends on, after one space (two
    where the left is printed doubled: its space doubled, its last words' repeat between)."""
    if left.page is None or not left.title[-1].offs or not right.title or not right.title[0].offs:
        return False
    end = left.title[-1]
    between = left.page[end.offs[-1] + 1 : right.title[0].offs[0]]
    printed = left.page[end.offs[0] : end.offs[-1] + 1]
    doubled = end.doubled or undouble(Line(printed, range(len(printed)))).doubled
    gap = re.sub(r"^\S+", "", between) if doubled else between  # the repeat of its last words
    return "\n" not in between and gap.isspace() and len(gap) <= (2 if doubled else 1)


def _holds_whole(part: Unit, whole: Unit) -> bool:
    """The part holds every printed character of the headline it was cut from, and more: the whole
    went into a headline with the line after it (a block regrouped), and giving the whole back would
    drop that line."""
    mine = {o for x in part.title for c, o in zip(x.text, x.offs, strict=True) if not c.isspace()}
    theirs = {o for x in whole.title for c, o in zip(x.text, x.offs, strict=True) if not c.isspace()}
    return bool(theirs) and theirs < mine


def _stacked_halves(units: list[Unit], pieces: list[Piece], order: list, got: dict[int, int]) -> set[int]:
    """Two headline lines stacked right above a piece, one heading it and the other left an orphan
    (`告别“老破危”` / `老楼迎来“第二春”`, each read as a headline's start): one headline printed in
    two lines, as printed, where `_halves` allows. Under a text, the lower heading that text and the
    upper an orphan, the upper is the headline's deck over it (`激活乡村新模式` / `某镇“积分超市”开业`
    printed after the story) when both are short or the upper leaves the line open; a kicker's short
    line over a longer headline (`党建引领看变化` / `某县某镇织密责任网格服务群众`) stays out of the
    title. Returns the orphan halves given back."""
    index = {id(u): i for i, u in enumerate(units)}
    back: set[int] = set()
    for i, upper in enumerate(units):
        j = index.get(id(order[upper.pos + 1]), -1) if upper.pos + 1 < len(order) else -1
        if j < 0 or (i in got) == (j in got) or {i, j} & back:
            continue
        lower = units[j]
        under = order[lower.pos + 1] if lower.pos + 1 < len(order) else None
        over = order[upper.pos - 1] if upper.pos > 0 else None
        piece = got.get(i, got.get(j))
        if piece is not None and i in got and pieces[piece] is over and pieces[piece] is not under:
            if not (_halves(upper, lower, False, kicker=False) or _column_wrapped(upper, lower)):
                continue  # (the upper half heads the piece right over both: a headline under its body)
        elif piece is not None and pieces[piece] is over and pieces[piece] is not under:
            if not _halves(upper, lower, False, kicker=False):
                continue  # (the lower half heads the piece right over both: its deck left over it)
        elif piece is None or pieces[piece] is not under:
            continue  # (the matched half heads the piece right under both)
        elif not (_halves(upper, lower, i in got) or _column_wrapped(upper, lower)):
            continue
        kept, gone = (upper, j) if i in got else (lower, i)
        kept.kicker, kept.title, kept.subtitle = upper.kicker, [*upper.title, *lower.title], lower.subtitle
        back.add(gone)
    return back


def _halves(upper: Unit, lower: Unit, upper_heads: bool, kicker: bool = True) -> bool:
    """Two units that may be one headline's lines: titles not cut from another headline, not printed
    doubled, holding no gap (two phrases with a gap between them are a whole headline), no subtitle
    between them, no kicker over the second; and either the upper heads the piece under both (a
    headline's line printed between a headline and its body is that headline's), or both are short,
    or the upper leaves the headline open or a word cut (an orphan over another headline may be a
    headline whose body is on another page), or (with `kicker`) the upper is a kicker's short line
    over a longer one. Under a body the upper heads, a long line under it may be the next
    article's headline: no `kicker` there."""
    if _side_by_side(upper) or _side_by_side(lower):
        return False  # a column's headline beside another: `_wide_gaps_apart` parted them
    if not (
        bool(upper.title and lower.title)
        and not (upper.subtitle or lower.kicker or upper.cuts or upper.part_of or lower.part_of)
        and not any(x.doubled or len(_atoms(x)) > 1 for x in [*upper.title, *lower.title])
    ):
        return False
    if upper_heads:
        return len(lower.title) == 1 and not lower.subtitle and len(lower.text) <= HEADLINE_MAX
    above, below = upper.title[-1].text, lower.title[0].text
    short = all(len(_BIGRAM_CLEAN.sub("", u.text)) <= HALF_MAX for u in (upper, lower))
    over = kicker and len(upper.title) == 1 and len(above) <= KICKER_MAX and len(above) < len(below)
    return short or over or not _clean_break(above, below)


HALF_MAX = 12  # characters of a half of a headline stacked in two short lines


def _column_wrapped(upper: Unit, lower: Unit) -> bool:
    """On a page printing a blank line after every line (`_spaced`): two one-line headlines that are
    one headline the column's wrap broke (`…积分兑换超市”：农民攒` / `积分换来乡村新风气`): the upper
    line as wide as the page's column or wider (`_wraps_column`), ending in no sentence's end, the
    lower no wider than it, no subtitle, kicker or gap between them, neither doubled nor cut from
    another. Two whole headlines stacked in a block are each as wide as they are long: the first
    of them seldom fills the column."""
    page = upper.page
    if page is None or not _spaced(page) or len(upper.title) != 1 or len(lower.title) != 1:
        return False
    if upper.subtitle or lower.kicker or upper.cuts or upper.part_of or lower.part_of:
        return False
    a, b = upper.title[0], lower.title[0]
    if a.doubled != b.doubled or len(_atoms(a)) > 1 or len(_atoms(b)) > 1:
        return False  # (a headline printed doubled is doubled on both its lines)
    return _wraps_column(page, a, b)


def _wraps_column(page: str | None, above: Line, below: Line) -> bool:
    """A headline's line the column's wrap broke, on a page printing a blank line after every line
    (the caller, `_column_wrapped`, has checked that the page is so):
    as printed, as wide as the page's column (`_page_column`) or wider but not twice as wide (a line
    spanning two columns is a whole headline over them), ending in no sentence's end, and the line
    under it no wider, ending where its word ends (a line whose word runs on into the next printed
    line is a body's)."""
    if page is None or not above.offs or not below.offs:
        return False
    a, b = _printed_line(page, above), _printed_line(page, below)
    width = _page_column(page)
    if not a or not b or not width or _WRAP_STOP.search(a):
        return False
    if line_features.wraps(b, _next_printed(page, below)):
        return False  # the lower line runs on into the line under it: a body's line
    return width <= _print_width(a) < 2 * width and _print_width(b) <= _print_width(a) + 1


_WRAP_STOP = re.compile(r"[。！？!?；;…][”’」》）)]*$")


def _next_printed(page: str, line: Line) -> str:
    """The next printed line with text under the line, stripped ("" at the page's end)."""
    end = page.find("\n", line.offs[-1])
    while 0 <= end < len(page):
        nxt = page.find("\n", end + 1)
        text = page[end + 1 : nxt if nxt >= 0 else len(page)].strip()
        if text or nxt < 0:
            return text
        end = nxt
    return ""


def _printed_line(page: str, line: Line) -> str:
    """The whole printed line a line starts on, as printed (a doubled line twice), stripped."""
    return _page_line(page, line.offs[0]).text


@lru_cache(maxsize=64)
def _page_column(page: str) -> float:
    """The most common printed width of the page's lines of six characters or more: its column's."""
    widths = Counter(_print_width(x.strip()) for x in page.split("\n") if len(x.strip()) >= 6)
    return widths.most_common(1)[0][0] if widths else 0.0


def _atoms(line: Line, gap: re.Pattern[str] | None = None, wrapped: bool = False) -> list[Line]:
    """A title line, cut at its gaps (a space between two runs of 4 characters or more, or as `gap`
    says) but inside a quotation or bracket. A `#` heading is one headline whatever its spaces:
    Markdown prints no two columns on a line. `wrapped`: a line of a block of headlines side by
    side, whose quotation or bracket left open by the line's end closes on a line under it
    (`_open_past`): its gaps after the opening are cut too."""
    cuts = _gap_spans(line, gap, wrapped)  # not inside brackets (`（辉煌60载 魅力新西藏）`)
    if not cuts:
        return [line]
    out, start = [], 0
    for a, b in cuts:
        out.append(line.slice(start, a))
        start = b
    out.append(line.slice(start))
    return out


_GAP = re.compile(r"(?<=\S{4})[ \u3000]+(?=\S{4})")
_NARROW_GAP = re.compile(r"(?<=\S{2})[ \u3000]+(?=\S{2})")  # `…老旧小区 綦江：` (pair_cut)


def _regroup(u: Unit, groups: list[list[Line]]) -> list[Unit]:
    if len(groups) == 1:
        return [u]
    out = []
    for n, title in enumerate(groups):
        out.append(
            Unit(
                kicker=u.kicker if n == 0 else [],
                title=title,
                subtitle=u.subtitle if n == len(groups) - 1 else [],
                lines=title,
                conf=u.conf,
                pos=u.pos,
                cuts=u.cuts,
                page=u.page,
                part_of=u,
            )
        )
    return out


def split_blocks(units: list[Unit], pieces: list[Piece], order: list) -> tuple[list[Piece], list]:
    """A block of two to four headlines printed right above the run of pieces under it, which holds
    fewer bodies than the block has headlines (no byline or dateline cut them: `_run_cut`): the run
    is cut at the paragraph ends that let each headline match its own part best, in the block's
    order, when each part matches its headline clearly better than the others do (`_swaps_lose`).
    A block of three over two texts, the first opening with a byline and holding two reports, is cut
    as one of two over one text."""
    out_order: list = []
    k = 0
    while k < len(order):
        if not isinstance(order[k], Unit):
            out_order.append(order[k])
            k += 1
            continue
        block = list(itertools.takewhile(lambda x: isinstance(x, Unit), order[k:]))
        after = order[k + len(block) :]
        run = list(itertools.takewhile(lambda x: isinstance(x, Piece) and x.kind == "article", after))
        out_order.extend(block)
        out_order.extend(_run_cut(run, block, pieces) if 2 <= len(block) <= BLOCK_MAX and run else run)
        k += len(block) + len(run)
    _numbered(out_order)
    return [x for x in out_order if isinstance(x, Piece)], out_order


BLOCK_MAX = 4  # headlines of one block (a page gathers two or three, now and then four)
BLOCK_CUTS = 2  # cuts looked for in one run under a block: more, and the trials grow past a page's worth


def _run_cut(run: list[Piece], block: list[Unit], pieces: list[Piece]) -> list[Piece]:
    """The run of pieces under a block of headlines, cut so that it holds one body for each headline
    (`split_blocks`). The run's bodies are its pieces that cannot go on with the piece before them
    (`_may_go_on`: a byline or dateline opens them); the cuts missing are looked for at the paragraph
    ends inside the pieces (a paragraph's start first, `_paragraphs_first`) and where one piece
    merely goes on from the one before it. Each headline takes the part in its order. Where the
    first piece alone parts clearly under the block (`_cut`: each part its headline's, none sharing
    UNRELATED with another's), that cut is taken first."""
    first = _cut(run[0], block, pieces) if len(block) <= 3 else [run[0]]
    if len(first) > 1:  # the block's headlines tell the first text's parts apart on their own
        return [*first, *run[1:]]
    bodies = 1 + sum(1 for a, b in itertools.pairwise(run) if not _may_go_on(a, b))
    if not 0 < len(block) - bodies <= BLOCK_CUTS or _restated(block):
        return run
    lines = [x for p in run for x in p.lines]
    starts = list(itertools.accumulate((len(p.lines) for p in run[:-1]), initial=0))
    hard = [s for s, a, b in zip(starts[1:], run, run[1:], strict=False) if not _may_go_on(a, b)]
    soft = [s for s, a, b in zip(starts[1:], run, run[1:], strict=False) if _may_go_on(a, b)]
    page = next((u.page for u in block if u.page), None)
    tiers: list[list[int]] = [soft, soft]
    for s, p in zip(starts, run, strict=True):
        ends = [i for i in range(1, len(p.lines)) if ends_paragraph(p.lines[i - 1].text)]
        tried = _paragraphs_first(p, ends, page)
        tiers[0] += [s + i for i in tried[0]]
        tiers[1] += [s + i for i in tried[-1]]
    others = [q for q in pieces if all(q is not p for p in run)]
    for tier in tiers[:1] if set(tiers[0]) == set(tiers[1]) else tiers:
        cut = _best_run_split(lines, hard, sorted(set(tier)), block, others)
        if cut is not None:
            return _run_parts(run, starts, cut)
    return run


def _restated(block: list[Unit]) -> bool:
    """Two headlines of the block share RESTATED of the shorter one's bigrams: one story's headline
    and its deck, or its text's first line read as a headline (`海口龙华区金贸街道“四个一”…` /
    `海口市龙华区金贸街道创新实施…`). Two stories' headlines name different places and deeds."""
    grams = [_unit_grams(u) for u in block]
    return any(
        a and b and len(a & b) >= RESTATED * min(len(a), len(b)) for a, b in itertools.combinations(grams, 2)
    )


RESTATED = 0.4  # the share of bigrams two headlines of one story share (`_restated`)


def _best_run_split(
    lines: list[Line], hard: list[int], tier: list[int], block: list[Unit], others: list[Piece]
) -> list[int] | None:
    """The cuts among `tier` (with the `hard` ones, always cut) where each headline of the block
    matches its own part best, each part clearly its headline's (`_swaps_lose`, SPLIT_MIN). A
    headline's words sit in its report's lead and first paragraphs: moving a cut through the later
    paragraphs of a report changes no headline's share, and of the cuts scoring within SPLIT_TIE of
    the best, the one where the texts each side share the fewest words is taken (`_seam`: where one
    report ends and the next begins)."""
    counted = _held([_unit_grams(u) for u in block], _piece_grams(others))  # the same at every cut
    found: list[tuple[float, list[int]]] = []
    for chosen in itertools.combinations(tier, len(block) - 1 - len(hard)):
        cut = sorted({*hard, *chosen})
        bounds = (0, *cut, len(lines))
        grams = _piece_grams([Piece(lines=lines[a:b]) for a, b in itertools.pairwise(bounds)])
        sims = _shares(block, grams, grams, counted=counted)  # (the parts' columns)
        own = np.diag(sims)
        if _swaps_lose(sims) and (
            own.min() >= SPLIT_MIN
            or (
                own.min() >= UNRELATED
                and all(_fresh_start(lines[:c], lines[c:]) for c in cut if c not in hard)
            )
        ):
            found.append((float(own.sum()), cut))
    if not found:
        return None
    top = max(score for score, _ in found)
    near = [cut for score, cut in found if score >= top - SPLIT_TIE]
    best = min(near, key=lambda cut: _seams(lines, cut, hard, others))
    return None if _sections_cut(lines, best, hard, others) else best


def _sections_cut(lines: list[Line], cut: list[int], hard: list[int], others: list[Piece]) -> bool:
    """One of the cuts chosen parts two texts that go on with each other (`_continues`): one report's
    sections, its headline's deck read as a headline of the block (`…织密责任网格` / `精细化管理提升
    社区文明程度`) matching the later ones. No cut then, as `orphan_cut` makes none there."""
    bounds = (0, *cut, len(lines))
    return any(
        _continues(lines[bounds[k - 1] : c], lines[c : bounds[k + 1]], others)
        for k, c in enumerate(bounds)
        if 0 < k < len(bounds) - 1 and c not in hard
    )


SPLIT_TIE = 0.02  # cuts of a run scoring this close to the best are told apart by their seams


def _seams(lines: list[Line], cut: list[int], hard: list[int], others: list[Piece]) -> float:
    """How much the parts each side of each of the cuts chosen (not `hard`) go on with each other
    (`_continuation`, words weighted by how few of the page's texts hold them): one report's parts
    name its places and people again; the cut where one report ends and the next begins leaves the
    least of that across it."""
    bounds = (0, *cut, len(lines))
    return math.fsum(
        _continuation(lines[bounds[k - 1] : c], lines[c : bounds[k + 1]], others)
        for k, c in enumerate(bounds)
        if 0 < k < len(bounds) - 1 and c not in hard
    )


def _run_parts(run: list[Piece], starts: list[int], cut: list[int]) -> list[Piece]:
    """The run's pieces cut at `cut` (lines counted over the whole run): a piece cut inside is split
    (`_split_at`, each part after the first that plainly opens another report marked so,
    `_parts_opened`); a piece the cut falls right at opens an article of its own when it plainly
    opens another report."""
    out: list[Piece] = []
    for s, p in zip(starts, run, strict=True):
        inside = tuple(c - s for c in cut if 0 < c - s < len(p.lines))
        if s in cut and s > 0 and not p.opens and out and _fresh_start(out[-1].lines, p.lines):
            p.opens = True
        out.extend(_parts_opened(_split_at(p, inside)) if inside else [p])
    return out


def stacked_cut(units: list[Unit], pieces: list[Piece], order: list) -> tuple[list[Unit], list[Piece], list]:
    """A headline of two or three printed lines right above one piece, each line a whole headline
    (`_stacked_lines`): headlines gathered over bodies run together, read as one headline's wrap.
    As many headlines, as many bodies: the lines come apart and the piece is cut as `split_blocks`
    cuts one under a block, only where a report plainly starts (`_fresh_start`), for a headline's
    wrap over one report's sections cuts nothing."""
    out_units, out_order = list(units), list(order)
    known = {id(u) for u in units}
    for u, p in zip(order, order[1:], strict=False):
        if not isinstance(u, Unit) or not isinstance(p, Piece) or p.kind != "article" or id(u) not in known:
            continue
        lines = _stacked_lines(u)
        parts = _regroup(u, [[x] for x in lines]) if lines else [u]
        cut = _cut(p, parts, pieces, fresh=True) if len(parts) > 1 else [p]
        if len(cut) == 1:
            continue
        k = next(i for i, x in enumerate(out_units) if x is u)
        out_units[k : k + 1] = parts
        out_order = _replaced(_replaced(out_order, u, parts), p, cut)
    if len(out_order) == len(order):
        return units, pieces, order
    _numbered(out_order)
    return out_units, [x for x in out_order if isinstance(x, Piece)], out_order


def _stacked_lines(u: Unit) -> list[Line]:
    """The title lines of a headline printed as two or three whole headlines one above the other:
    none doubled (a bold headline's wrap is uneven), none shorter than a headline, none going on
    with the line above (`_goes_on`) or reading a word across the break. Empty when the headline is
    not so printed."""
    lines = u.title
    if not 2 <= len(lines) <= 3 or any(x.doubled or line_features.echo(x.text) for x in lines):
        return []
    if any(len(_BIGRAM_CLEAN.sub("", x.text)) < STACKED_TAIL for x in lines):
        return []
    if any(_goes_on(a.text, b.text) or _wraps_a_word(a, b) for a, b in zip(lines, lines[1:], strict=False)):
        return []
    return lines


def _wraps_a_word(above: Line, below: Line) -> bool:
    """The break between two lines cuts a word (`…治理新动` / `能 绘就…`: jieba reads `动能` across it)."""
    return line_features.wraps(above.text.rstrip(), below.text.lstrip())


STACKED_TAIL = 10  # characters: a line shorter than that is a wrapped headline's tail, not a headline


def _cut(p: Piece, block: list[Unit], pieces: list[Piece], fresh: bool = False) -> list[Piece]:
    ends = [
        i
        for i in range(1, len(p.lines))
        if ends_paragraph(p.lines[i - 1].text) and (not fresh or _fresh_start(p.lines[:i], p.lines[i:]))
    ]
    page = next((u.page for u in block if u.page), None)
    for tried in _paragraphs_first(p, ends, page):
        best = _best_split(p, block, pieces, tried)
        if best is not None:
            return _parts_opened(_split_at(p, best))
    return [p]


def _parts_opened(parts: list[Piece]) -> list[Piece]:
    """The parts of a piece cut under a block of headlines, each part after the first that plainly
    opens another report (`_fresh_start`: other places, few shared words) marked as opening an
    article (`Piece.opens`), as an orphan's cut marks its part (`_apply_cut`). Each headline of the
    block found its words in its own part; left unmarked, such a part went on with the part above in
    the matching (`_may_go_on`), and its headline, which must then match it by ORPHAN + GOES_ON, went
    without a body while the headline above took both texts. A part that may go on (one report's
    sections under a headline cut in two) stays as it was."""
    for above, part in itertools.pairwise(parts):
        if _fresh_start(above.lines, part.lines):
            part.opens = True
    return parts


def _best_split(p: Piece, block: list[Unit], pieces: list[Piece], ends: list[int]) -> tuple[int, ...] | None:
    """The cut among `ends` where each headline of the block matches its own part best (`_cut`)."""
    others = [q for q in pieces if q is not p]
    counted = _held([_unit_grams(u) for u in block], _piece_grams(others))  # the same at every cut
    best: tuple[float, tuple[int, ...]] | None = None
    for cut in _cuts(ends, len(block) - 1):
        bounds = (0, *cut, len(p.lines))
        parts = [Piece(lines=p.lines[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        grams = _piece_grams(parts)
        sims = _shares(block, grams, grams, counted=counted)  # (the parts' columns)
        own = np.diag(sims)
        rival = max((sims[i, j] for i in range(len(parts)) for j in range(len(parts)) if i != j), default=0.0)
        if (
            own.min() >= SPLIT_MIN
            and own.min() - rival >= UNRELATED
            and (best is None or own.sum() > best[0])
        ):
            best = (float(own.sum()), cut)
    return None if best is None else best[1]


SPLIT_MARGIN = 0.1  # what giving two headlines of a block each other's parts must lose (`_swaps_lose`)


def _swaps_lose(sims: np.ndarray) -> bool:
    """Giving any two headlines of a block (rows) each other's parts loses SPLIT_MARGIN of their
    shares: the block's order holds where its headlines tell the parts apart. A headline in general
    words (`一个高原乡村的基层治理“新”点子`) shares as much with every part of a page on one topic;
    the headline next to it, naming its places, still claims its own part alone."""
    n = len(sims)
    return all(
        sims[i, i] + sims[j, j] - sims[i, j] - sims[j, i] >= SPLIT_MARGIN
        for i in range(n)
        for j in range(i + 1, n)
    )


def _split_at(p: Piece, cut: tuple[int, ...]) -> list[Piece]:
    """The piece cut at the lines `cut`: its dateline with the first part, its closing byline with the last."""
    bounds = (0, *cut, len(p.lines))
    parts = [Piece(lines=p.lines[a:b], kind=p.kind) for a, b in zip(bounds, bounds[1:], strict=False)]
    first, last = parts[0], parts[-1]
    first.dateline, first.opens, first.marked = p.dateline, p.opens, p.marked
    first.authors = [a for a in p.authors if a not in p.ends]
    last.authors, last.ends, last.closed = last.authors + list(p.ends), list(p.ends), p.closed
    p.cut_bylines(first, last)
    for q in parts:
        q.conf = list(p.conf)
    return parts


MAX_ORPHAN_CUTS = 4  # a page prints a handful of articles: more cuts than this are noise
KEPT = 0.2  # how much better the piece's own headline must match the part it keeps


def orphan_cut(units: list[Unit], pieces: list[Piece], got: dict[int, int]) -> tuple[Piece, int] | None:
    """A headline left an orphan whose words one part of a body holds and the rest of that body does
    not, while the body's own headline matches the rest and not that part: two bodies printed one
    after the other with no byline or dateline between them (a headline displaced elsewhere, a block
    of headlines over both). Returns the piece and the line (after a sentence's end) where it is cut,
    the cut that separates the two headlines' words best (the orphan takes either part). None when no orphan finds such a part. A subhead's words are its section's, but its body's
    headline (its place, its topic) runs through the whole body: KEPT keeps subheads out. The orphan
    must match its part as well as any headline must to take a piece that could go on with the one
    before it (ORPHAN + GOES_ON): a headline whose body is on another page shares words with bodies
    on this one. A best cut whose two parts go on with each other (`_continues`) is a subhead's
    section, never two bodies. Where the body's headline stands right under it (a page printing a
    story's headline after its text), the orphan takes only the upper part: the body's own text runs
    on to its headline (`_trails`)."""
    owner = {j: i for i, j in got.items()}
    best: tuple[float, Piece, int] | None = None
    read: dict[tuple[int, int], _CutRead] = {}  # each cut's parts, read once
    grams = _piece_grams(pieces)  # the pieces stay as they are: each one's bigrams read once
    halved = _halves_of_headed_lines(units, pieces, got)
    for i, u in enumerate(units):
        if i in got or not u.title or i in halved:
            continue
        for j, p in enumerate(pieces):
            if p.kind != "article" or j not in owner:
                continue
            others = [q for q in pieces if q is not p]
            other_grams = [g for q, g in zip(pieces, grams, strict=True) if q is not p]
            head = units[owner[j]]
            cut = _best_cut(u, head, p, others, read, other_grams, first_only=_trails(head, p, units))
            if cut is None or (best is not None and cut[0] <= best[0]):
                continue
            if not _continues(p.lines[: cut[1]], p.lines[cut[1] :], others):  # else a subhead's section
                best = (cut[0], p, cut[1])
    return None if best is None else best[1:]


def _halves_of_headed_lines(units: list[Unit], pieces: list[Piece], got: dict[int, int]) -> set[int]:
    """The parts `split_units` cut from a one-line headline at a narrow gap that found no body while
    another part of that line did: a kicker phrase and the headline set a space apart on one line
    (`乙镇推行新办法 丙村“积分超市”开张`) are one headline, and the body the one half found under the
    line is the other half's too (`_rejoin_halves` gives it back whole). Such a half cuts no other
    body (`orphan_cut`): it shares a word or two with many a story on a page about one topic. Only
    a line cut in two whose half found the text printed right under the line: a block of headlines
    gathered on one line (`甲标题 乙标题 丙标题`) stands over no one text, and its parts' bodies may
    run together further down. Two columns' headlines on one line stand a column's gap apart
    (`_wide_gaps_apart`): never parts."""
    groups: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        if u.part_of is not None and len(u.part_of.title) == 1:
            groups.setdefault(id(u.part_of), []).append(i)
    out: set[int] = set()
    for parts in groups.values():
        found = [i for i in parts if i in got]
        if len(parts) == 2 and len(found) == 1 and _text_right_under(units, pieces, parts, got[found[0]]):
            out.update(i for i in parts if i not in got)
    return out


def _text_right_under(units: list[Unit], pieces: list[Piece], parts: list[int], j: int) -> bool:
    """Piece j is the first text printed after the headline's parts, no other headline between (a
    jump line or a byline may stand between)."""
    at = max(units[i].pos for i in parts)
    first = next((p for p in pieces if p.pos > at and p.kind == "article"), None)
    return first is pieces[j] and not any(at < v.pos < first.pos for v in units)


def _trails(head: Unit, p: Piece, units: list[Unit]) -> bool:
    """The headline stands alone right under the body piece it heads (no other headline right under
    it: a block of headlines under two bodies run together heads both): the piece's last text is the
    body's end, and no other text can stand between them."""
    return head.pos == p.pos + 1 and not any(v.pos == head.pos + 1 for v in units)


def rest_cut(
    units: list[Unit], pieces: list[Piece], order: list, got: dict[int, int]
) -> tuple[Piece, int] | None:
    """A body whose first part is the rest of the text before it, cut off by a headline displaced into
    the column, and whose second part is its own headline's text: two bodies run together under a
    headline printed under them or elsewhere (`…说事会…` / displaced block / `…说事会…积分超市上新…`).
    The piece is cut where the headline of the text before it matches the first part and not the
    second, as an orphan would (`_best_cut`), and its own headline the second and not the first; the
    first part, headless, then goes on with the text before it. Never where the piece opens with a
    dateline or byline (it opens a text of its own). Returns (the piece, the line it is cut at)."""
    owner = {j: i for i, j in got.items()}
    best: tuple[float, Piece, int] | None = None
    before: Piece | None = None
    for x in order:
        if not isinstance(x, Piece) or x.kind != "article":
            continue
        j, k = pieces.index(x), pieces.index(before) if before is not None else -1
        before = x
        if x.opens or j not in owner or k not in owner or owner[j] == owner[k]:
            continue
        others = [q for q in pieces if q is not x]
        cut = _best_cut(units[owner[k]], units[owner[j]], x, others, first_only=True)
        if (
            cut is not None
            and (best is None or cut[0] > best[0])
            and not _continues(x.lines[: cut[1]], x.lines[cut[1] :], others)
        ):
            best = (cut[0], x, cut[1])
    return None if best is None else best[1:]


def _printed_open(p: Piece) -> bool:
    """The piece opens with a dateline or a byline printed at its head (`本报讯（记者 张三）`, `□ 李四`),
    not only marked as opening another report because its places and words changed (`_parts_opened`,
    `_run_parts`): a subhead's section cut off under a block of headlines reads so where the next
    report's lead follows it (`选树…` / `…经验。` / `近年来，安顺…`), and is still the rest of the text
    before it."""
    return p.opens and (p.dateline is not None or bool(p.lead_in) or any(a not in p.ends for a in p.authors))


def _best_cut(
    u: Unit,
    head: Unit,
    p: Piece,
    others: list[Piece],
    read: dict | None = None,
    other_grams: list[frozenset[str]] | None = None,
    first_only: bool = False,
) -> tuple[float, int] | None:
    """The line (after a sentence's end) where the orphan `u` cuts piece `p` that `head` heads, and
    how well the cut separates their words; None where no cut does (`orphan_cut`). `other_grams`:
    `_piece_grams(others)`, where the caller has them."""
    ends = [e for e in range(2, len(p.lines) - 1) if ends_paragraph(p.lines[e - 1].text)]
    for tried in _paragraphs_first(p, ends, u.page):
        best = _best_orphan_cut(u, head, p, others, tried, read, other_grams, first_only)
        if best is not None:
            return best
    return None


def _best_orphan_cut(
    u: Unit,
    head: Unit,
    p: Piece,
    others: list[Piece],
    ends: list[int],
    read: dict | None = None,
    other_grams: list[frozenset[str]] | None = None,
    first_only: bool = False,
) -> tuple[float, int] | None:
    """`_best_cut` among the lines `ends`. `read`: each cut's parts' bigrams and `_fresh_start`, by
    the piece's id and the cut (one `orphan_cut`'s, where the pieces stay as they are)."""
    best: tuple[float, int] | None = None
    if other_grams is None:
        other_grams = _piece_grams(others)  # the same at every cut
    counted = _held([_unit_grams(u), _unit_grams(head)], other_grams)  # so are their counts
    for e in ends:
        known = read.get((id(p), e)) if read is not None else None
        if known is None:
            parts = [Piece(lines=p.lines[:e]), Piece(lines=p.lines[e:])]
            known = _CutRead(_piece_grams(parts), parts[0].lines, parts[1].lines)
            if read is not None:
                read[id(p), e] = known
        sims = _shares([u, head], known.grams, known.grams, counted=counted)  # (the parts' columns)
        for mine in (0,) if first_only else (0, 1):
            gain = sims[0, mine] - sims[0, 1 - mine]
            kept = sims[1, 1 - mine] - sims[1, mine]
            if gain < UNRELATED or kept < KEPT:
                continue  # (whatever the cut's need: `_fresh_start` left unread)
            need = _orphan_needs(known.fresh(), kept, left=sims[1, mine], stray=sims[0, 1 - mine])
            if sims[0, mine] < need:
                continue
            least = len(p.lines) - e if mine else e  # ties: the orphan takes the least text
            score = gain + kept - 1e-6 * least
            if best is None or score > best[0]:
                best = (score, e)
    return best


class _CutRead:
    """What `_best_orphan_cut` reads of one cut of a piece: its two parts' bigrams, and whether the
    part below opens another report (`_fresh_start`), read only when a cut's shares leave it to
    decide (most cuts fail on the shares alone, and the bigrams and places of the text each side
    cost more than the shares)."""

    __slots__ = ("above", "below", "grams", "known")

    def __init__(self, grams: list[frozenset[str]], above: list[Line], below: list[Line]) -> None:
        self.grams, self.above, self.below = grams, above, below
        self.known: bool | None = None

    def fresh(self) -> bool:
        if self.known is None:
            self.known = _fresh_start(self.above, self.below)
        return self.known


def _paragraphs_first(p: Piece, ends: list[int], page: str | None) -> list[list[int]]:
    """The cut points `ends` (lines after a sentence's end) to try in turn: those at a paragraph's
    start first (`_paragraph_start`), then all. Two reports printed one after the other part at a
    paragraph; a sentence's end inside a paragraph that the wrap happens to put at a line's end is
    no boundary. On simulated dev pages (40 of each generator, seed 7000) the gold boundaries
    between two bodies sat at a paragraph start 94% (main), 90% (template), 96% (alt), 89% (third),
    the sentence ends at a line's end inside one body 74%, 57%, 68%, 70%. A page printed with no
    paragraph marks gives none such: any sentence's end stays a cut point."""
    if not page or len(p.lines) < 2:
        return [ends]
    starts = _paragraph_starts(page, p.lines, ends)
    return [starts, ends] if starts and len(starts) < len(ends) else [ends]


_PARAGRAPH_STARTS: dict[tuple, tuple[tuple[int, ...], tuple[Line, ...]]] = {}
_PARAGRAPH_STARTS_MAX = 2048


def _paragraph_starts(page: str, lines: list[Line], ends: list[int]) -> list[int]:
    """The cut points `ends` at a paragraph's start (`_paragraphs_first`), remembered by all they
    read (the page and the very lines, by identity: a line is never changed in place, and the
    entry holds its lines, so no other line takes their ids while it lives): every orphan and
    pair tries the same bodies."""
    key = (page, tuple(ends), tuple(map(id, lines)))
    held = _PARAGRAPH_STARTS.get(key)
    if held is None:
        if len(_PARAGRAPH_STARTS) >= _PARAGRAPH_STARTS_MAX:
            _PARAGRAPH_STARTS.clear()
        width = _column_width(page, lines)
        got = tuple(e for e in ends if _paragraph_start(page, lines[e - 1], lines[e], width))
        held = _PARAGRAPH_STARTS[key] = (got, tuple(lines))
    return list(held[0])


def _column_width(page: str, lines: list[Line]) -> float:
    """The most common printed width of a run of body lines: its column's width (0 when none is long)."""
    widths = Counter(
        _indent(page, x)[1] + _print_width(x.text.strip()) for x in lines if len(x.text.strip()) >= 6
    )
    return widths.most_common(1)[0][0] if widths else 0.0


def _indent(page: str, line: Line) -> tuple[bool, float]:
    """Whether the line is indented (only blanks before it on its printed line) and their width:
    a full-width space takes a character, an ASCII one half."""
    start = line.offs[len(line.text) - len(line.text.lstrip())]
    before = page[page.rfind("\n", 0, start) + 1 : start]
    if before.strip():
        return False, 0.0  # a column's line beside another column: no indent of its own
    return bool(before), sum(0.5 if ch.isascii() else 1.0 for ch in before)


def _paragraph_start(page: str, above: Line, below: Line, width: float) -> bool:
    """The line `below` opens a paragraph: the line above ends short of the column's width
    (SHORT_OF), a blank line parts them (two on a page printing one after every line), it is
    indented, or it opens with a dateline or a report's usual first words (`近日，`)."""
    if (
        not above.text.strip()
        or not below.text.strip()
        or len(above.offs) != len(above.text)
        or len(below.offs) != len(below.text)
    ):
        return False
    if width and _indent(page, above)[1] + _print_width(above.text.strip()) <= width - SHORT_OF:
        return True
    if (_gap_lines(page, above.offs[-1], 1) or 0) > _spaced(page):  # a page spaced so prints two
        return True
    text = below.text.strip()
    return _indent(page, below)[0] or _REPORT_OPENS.match(text) is not None or _dispatch(text) is not None


SHORT_OF = 2  # characters: a paragraph's last line ends this much short of the column, a wrapped one at it
_REPORT_OPENS = re.compile(r"(?:近日|日前|今年以来)[，,]")


# A cut where the text below reads as another report's start (`_fresh_start`) needs less of the
# orphan's words in its part: a headline says its body's news in other words (slogans, a series'
# name), so a sure boundary is evidence the words alone do not give. Dev segmentation, 40 pages of
# main, template, blind2 and blind3 at seeds 7000 and 3000: 0.1 took blind2 attach +0.8 / +0.7 and
# left the rest as they were; 0.2 attached an orphan on main, 0.3 one on each of main, blind2 and
# blind3 and cost blind3 0.6 at seed 3000.
FRESH_BONUS = 0.1
BARE = 0.1  # a body's headline finding less than this share of its words in a part of it: none of them
# Where also the body's own headline finds FRESH_KEPT more of its words on its side than on the
# orphan's, the cut needs FRESH_KEPT_BONUS less again: both headlines then tell the two reports
# apart. Same pages: 0.15 changed nothing, 0.25 and 0.35 the same (main 3000 attach +0.6, blind2
# 3000 +0.7, nothing lower, no orphan attached), FRESH_KEPT 0.75 as 0.6.
FRESH_KEPT, FRESH_KEPT_BONUS = 0.6, 0.25
# The dev reports' paragraph ends read as a new report's start (inside one report) against the joins
# of one report's end to another's start: 400 characters each side and under 0.1 of the bigrams
# shared, 12% / 97%; 200 characters, 32% / 99%; 400 and under 0.05, 2% / 80% (place names read by
# their suffix alone, before `_places` left out what names none).
FRESH_REACH = 400  # characters each side of a cut compared: a report's lead or last paragraphs
FRESH_SHARE = 0.1  # the share of bigrams the two sides hold in common, below which they tell of two reports
_PLACE_NAME = re.compile(f"[{CJK}]{{2,5}}?(?:省|市|区|县|旗|州|镇|乡|街道|社区|村)")
# What the pattern also finds that names no place: a word ending on a place's suffix (`积分超市`,
# `老旧小区`, `乡村`), or a run caught from the words before (`在社区`, `区率先在全市`), holding a
# function word or another suffix.
_NOT_PLACE_ENDS = (
    "超市",
    "城市",
    "乡村",
    "农村",
    "城乡",
    "小区",
    "园区",
    "片区",
    "辖区",
    "城区",
    "山区",
    "市区",
    "社区乡",
)
_NOT_IN_PLACE = frozenset("在为了个因许其全各该每这那此我与及对向从到把被让使将由以是省市区县镇乡村")


def _places(text: str) -> set[str]:
    """The place names a text holds, by their suffix (`南寨镇`, `梅兰社区`), less what names none
    (`_NOT_PLACE_ENDS`, `_NOT_IN_PLACE`)."""
    found = set(_PLACE_NAME.findall(text))
    return {x for x in found if not x.endswith(_NOT_PLACE_ENDS) and not _NOT_IN_PLACE.intersection(x[:-1])}


def _orphan_needs(fresh: bool, kept: float, left: float = 1.0, stray: float = 1.0) -> float:
    """The share of its words an orphan must find in its part of a body to cut it there (`_best_cut`):
    that of a headline taking a piece that could go on with the one before, less where the part
    plainly opens another report (`_fresh_start`), less again where the body's own headline stays
    on its side by `kept`, or where it does by CLEAR_KEPT and the orphan finds none of its words on
    the other side (`stray`): each headline's words then lie on one side of the cut only. Where the
    part opens another report and the body's own headline finds next to none of its words in it
    (`left` below BARE), that part is no report of that headline: the orphan needs only UNRELATED,
    as a headline needs to tell its body from another."""
    if fresh and left < BARE:
        return UNRELATED
    need = ORPHAN + GOES_ON
    if fresh and kept >= FRESH_KEPT:
        need -= FRESH_BONUS + FRESH_KEPT_BONUS
    elif fresh and kept >= CLEAR_KEPT and stray <= 0.0:
        need -= FRESH_BONUS + CLEAR_BONUS
    elif fresh:
        need -= FRESH_BONUS
    return need


# An orphan none of whose words the body holds on the other side of a fresh cut, the body's own
# headline CLEAR_KEPT more of its words on its side: the cut needs CLEAR_BONUS less again (a headline
# displaced into the text above its body, naming its place once: `昭通：凝聚…` over `…在昭通，…`).
# Dev-a main, side_by_side and headline_blocks, 100 pages each, seeds 8100 and 8200: 0.15 / 0.4 took
# side_by_side's articles right from 593 to 599; 0.15 / 0.3 attached an orphan on main dev (seed
# 3000), 0.1 / 0.4 gained 2. An earlier try at any share under 0.05 on the other side (no CLEAR_KEPT)
# cost blind, blind3 and blind4.
CLEAR_KEPT, CLEAR_BONUS = 0.4, 0.15


def _fresh_start(above: list[Line], below: list[Line]) -> bool:
    """The text below a paragraph's end opens another report: the places it names are none of those
    the text above names, and the two share few words. On the dev reports' paragraph ends (400
    characters each side), 10.5% of those inside one report read so, 98.5% of the joins of one
    report's end to another's start (400 random pairs of the 61 dev reports with a body)."""
    return _fresh_texts("".join(map(_TEXT, above))[-FRESH_REACH:], "".join(map(_TEXT, below))[:FRESH_REACH])


@lru_cache(maxsize=4096)  # every orphan tries the same cuts of a page's bodies
def _fresh_texts(a: str, b: str) -> bool:
    """`_fresh_start` on the text each side of the cut."""
    there = _places(b)
    if not there or _places(a) & there:
        return False  # (read first: the bigrams cost more)
    ga, gb = _bigrams(a), _bigrams(b)
    return len(ga & gb) / max(1, min(len(ga), len(gb))) < FRESH_SHARE


CONTINUES = 0.1  # the share of its words two parts of a body share that makes them one article's


def _continues(above: list[Line], below: list[Line], others: list[Piece], share: float = CONTINUES) -> bool:
    """The text below goes on with the text above: the two share at least CONTINUES of the smaller
    one's words, each weighted by how few of the page's texts (these two and the other pieces) hold
    it. One report's paragraphs name its places, people and coined terms again; two reports printed
    one after the other share the page's topic words, held by many pieces. On simulated dev pages
    (100 of each of main, alt, third and template, seeds 3000 and 7000), vetoing an orphan's best
    cut of a piece where its two parts go on so took the cuts of one report's body in two from 51
    to 29, and the cuts between two reports from 64 to 63. `share`: CONTINUES, or less where
    nothing printed marks the cut (STACKED_CONTINUES)."""
    return _continuation(above, below, others) >= share


def _continuation(above: list[Line], below: list[Line], others: list[Piece]) -> float:
    """The share of the smaller text's words the two share, weighted by rarity (`_continues`); 0
    when either has none."""
    a, b = (_lines_bigrams(part) for part in (above, below))
    weight = _rarity([a, b], [a, b, *_piece_grams(others)])
    least = min(math.fsum(weight[g] for g in a), math.fsum(weight[g] for g in b))
    return math.fsum(weight[g] for g in a & b) / least if least > 0 else 0.0


MAX_PAIR_CUTS = 4  # two headlines side by side over their two bodies: a few a page at most
PAIR_MIN = 24  # characters: two headlines side by side; a fourth of the reports' headlines is as long


def pair_cut(
    units: list[Unit], pieces: list[Piece], got: dict[int, int]
) -> tuple[int, list[Unit], Piece, int] | None:
    """A headline that is two headlines side by side (a displaced block pulled out of the PDF as one
    line: `西岭区今年计划改造98个老旧小区 东湖社区“双报到”织密服务网格`) matched to a body that is
    their two bodies printed one after the other, with no byline or dateline between them: `recut`
    finds no second body to give the second headline, and `orphan_cut` no orphan to cut for. The
    headline is cut at a gap and the body after a sentence's end where each part matches one part of
    the body clearly (SPLIT_MIN) and clearly better than the other part (KEPT), the cut that
    separates them best. Returns (the unit, its two parts, the piece, the body's cut) or None. The
    other pieces' bigrams are read once: a trial costs the two parts' bigrams only."""
    grams = _piece_grams(pieces)
    best: tuple[float, int, list[Unit], Piece, int] | None = None
    for i, u in enumerate(units):
        if i not in got or u.part_of is not None or pieces[got[i]].kind != "article":
            continue
        p = pieces[got[i]]
        others = [g for q, g in zip(pieces, grams, strict=True) if q is not p]
        ends = [e for e in range(2, len(p.lines) - 1) if ends_paragraph(p.lines[e - 1].text)]
        for tried in _paragraphs_first(p, ends, u.page):  # a paragraph's start before any sentence's end
            found = _best_pair_cut(u, p, [q for q in pieces if q is not p], others, tried)
            if found is not None:
                if best is None or found[0] > best[0]:
                    best = (found[0], i, found[1], p, found[2])
                break
    return None if best is None else best[1:]


def glued_cut(
    units: list[Unit], pieces: list[Piece], got: dict[int, int]
) -> tuple[int, list[Unit], Piece, int] | None:
    """A headline printed on one line with another (`“车友群”发力 龙翔苑小区不再停车难 一“桩”解民忧` /
    `社区更“来电”`: two columns' headlines read across, the gap a space) whose body ran into another
    text under that text's headline: `recut` finds no second body to give the glued part, and
    `orphan_cut` no orphan to cut for. The unit is cut at a gap (as `pair_cut` cuts) where one part
    finds UNRELATED more of its words in another piece than in the unit's body, while the other part
    keeps that body (finds more there than the first), and the first part, read as an orphan, cuts
    that other piece as `orphan_cut` would (`_best_cut`). Returns (the unit, its two parts, the piece cut, the line) or None."""
    owner = {j: i for i, j in got.items()}
    best: tuple[float, int, list[Unit], Piece, int] | None = None
    grams = _piece_grams(pieces)
    for i, u in enumerate(units):
        if i not in got or u.part_of is not None or not _side_by_side_printed(u):
            continue
        mine = got[i]
        for parts, _ in _pair_trials(u):
            sims = _shares(parts, grams, grams)
            for m in (0, 1):
                if sims[1 - m, mine] <= sims[m, mine]:
                    continue  # the other part must keep the unit's body
                for j, p in enumerate(pieces):
                    if j not in owner or p.kind != "article" or sims[m, j] - sims[m, mine] < UNRELATED:
                        continue
                    others = [q for q in pieces if q is not p]
                    other_grams = [g for q, g in zip(pieces, grams, strict=True) if q is not p]
                    head = units[owner[j]]
                    cut = _best_cut(parts[m], head, p, others, None, other_grams, _trails(head, p, units))
                    if cut is None or (best is not None and cut[0] <= best[0]):
                        continue
                    if not _continues(p.lines[: cut[1]], p.lines[cut[1] :], others):
                        best = (cut[0], i, parts, p, cut[1])
    return None if best is None else best[1:]


def wrapped_side_cut(
    units: list[Unit], pieces: list[Piece], got: dict[int, int]
) -> tuple[int, list[Unit], Piece, int] | None:
    """Two headlines printed on one line, the second wrapped into the line under it, read as two
    headlines of their own (`万载县…显成效  全媒体看昆明…丨志愿服务` / `融入社区治理…`; the gap a
    space or two, no column gap for `_wide_gaps_apart`): the line's first part is an orphan, and the
    second part with the line under it heads the body the line under it matched, which is the two
    bodies run together. The line is cut at a gap, its second part joined to the line under it, and
    the body cut where the first part, read as an orphan, and the joined headline match one part each
    (`_best_cut`, as `orphan_cut` cuts). Returns (the orphan's index, the two headlines that replace
    it and the unit under it, the piece, the line it is cut at) or None."""
    best: tuple[float, int, list[Unit], Piece, int] | None = None
    for i, u in enumerate(units[:-1]):
        v = units[i + 1]
        if i in got or i + 1 not in got or not _wraps_under(u, v):
            continue
        p = pieces[got[i + 1]]
        if p.kind != "article":
            continue
        atoms = _atoms(u.title[0], _NARROW_GAP)
        others = [q for q in pieces if q is not p]
        other_grams = _piece_grams(others)
        for k in range(1, len(atoms)):
            if _left_open("".join(a.text for a in atoms[:k])):
                continue
            first, second = _regroup(u, [atoms[:k], atoms[k:]])
            joined = Unit(
                title=[*second.title, *v.title],
                subtitle=v.subtitle,
                lines=[*second.title, *v.lines],
                conf=u.conf + v.conf,
                pos=u.pos,
                cuts=u.cuts,
                page=u.page,
            )
            first.part_of = None
            cut = _best_cut(first, joined, p, others, None, other_grams)
            if cut is None or (best is not None and cut[0] <= best[0]):
                continue
            if not _continues(p.lines[: cut[1]], p.lines[cut[1] :], others):
                best = (cut[0], i, [first, joined], p, cut[1])
    return None if best is None else best[1:]


def _wraps_under(u: Unit, v: Unit) -> bool:
    """`u` is one title line holding a gap, no subtitle, and `v`, a headline with no kicker, is
    printed on the next line: `v` may be the wrap of the headline after `u`'s gap."""
    if len(u.title) != 1 or u.subtitle or v.kicker or not v.title or u.page is None:
        return False
    if len(_atoms(u.title[0], _NARROW_GAP)) < 2 or not u.title[0].offs or not v.title[0].offs:
        return False
    between = u.page[u.title[0].offs[-1] + 1 : v.title[0].offs[0]]
    return between.count("\n") == 1 and not visible(between).replace("\n", "").strip()


def _side_by_side_printed(u: Unit) -> bool:
    """A title line of the unit holds a gap (narrow or wide) with text on both sides: two headlines
    may share it."""
    return any(len(_atoms(x, _NARROW_GAP)) > 1 for x in u.title)


def _best_pair_cut(
    u: Unit, p: Piece, rest: list[Piece], others: list[frozenset[str]], ends: list[int]
) -> tuple[float, list[Unit], int] | None:
    """`pair_cut`'s best cut of the headline `u` and of its body `p` at one of the lines `ends`:
    (how well it separates them, the headline's two parts, the body's cut) or None. `rest` are the
    page's other pieces, `others` their bigrams."""
    best: tuple[float, list[Unit], int] | None = None
    halves = [(_lines_bigrams(p.lines[:e]), _lines_bigrams(p.lines[e:])) for e in ends]
    lopsided: tuple[float, list[Unit], int] | None = None
    for parts, stacked in _pair_trials(u):
        counted = _held([_unit_grams(x) for x in parts], others)  # the same at every cut
        for e, (head, tail) in zip(ends, halves, strict=True):
            if stacked and _continues(p.lines[:e], p.lines[e:], rest, STACKED_CONTINUES):
                continue  # one body's two parts: a headline wrapped, never two stacked
            sims = _shares(parts, [head, tail], [head, tail], counted=counted)  # (the halves' columns)
            for first in (0, 1):
                own = (sims[0, first], sims[1, 1 - first])
                gains = (own[0] - sims[0, 1 - first], own[1] - sims[1, first])
                if min(own) >= SPLIT_MIN and min(gains) >= KEPT:
                    if best is None or sum(gains) > best[0]:
                        best = (sum(gains), parts, e)
                elif best is None and _lopsided(own, gains) and all(_long_enough(x.title) for x in parts):
                    shift = sum(gains) - _continuation(p.lines[:e], p.lines[e:], rest)
                    if lopsided is None or shift > lopsided[0]:
                        lopsided = (shift, parts, e)
    if (
        best is None
        and lopsided is not None
        and _continuation(p.lines[: lopsided[2]], p.lines[lopsided[2] :], rest) < CONTINUES
    ):
        return lopsided  # (the two parts of one report go on with each other)
    return best


def _lopsided(own: tuple[float, float], gains: tuple[float, float]) -> bool:
    """Two headlines side by side over their bodies run together where one names its body plainly
    (LOPSIDED of its words in its part, and that much more than in the other) and the other only
    leans to its own (`居民小区党旗飘`: few words, and those the page's topic), naming the plain one's
    part no more than by chance (under SPLIT_MIN: a headline naming both parts heads them both, a
    series tag or a deck its own): the body's topic shifts where the plain one's words start. Both
    parts a headline's length (`_long_enough`: `小网格` cut from a teaser `小网格 大“家”园…` is none). `_best_pair_cut` then cuts where the two parts go on least."""
    weak = int(gains[1] < gains[0])
    return (
        gains[1 - weak] >= LOPSIDED
        and gains[weak] > 0
        and own[weak] >= UNRELATED
        and own[weak] - gains[weak] < SPLIT_MIN
    )


LOPSIDED = 0.5


SHORT_PAIR_MIN = 16  # characters: two short headlines side by side, of 8 each


def _one_headline_halved(first: list[Line], second: list[Line]) -> bool:
    """Two parts of a short line that read as one headline's halves, not two headlines side by side:
    the first is the shorter (a kicker over its title read out as one line: `激活乡村治理新模式
    五指山市南圣镇“积分超市”开业`), either is shorter than half of SHORT_PAIR_MIN, or the first opens
    with a place and a colon that heads both (`蓝田县：党建引领聚合力 小区自治结硕果`). Only asked of
    a pair shorter than PAIR_MIN: on dev pages, cutting those without this test cost every generator
    but third up to 2.8 points of attach."""
    texts = ["".join(a.text for a in part) for part in (first, second)]
    size = [len(_BIGRAM_CLEAN.sub("", t)) for t in texts]
    return size[0] < size[1] or min(size) < SHORT_PAIR_MIN // 2 or re.search("[:：]", texts[0]) is not None


def side_pair_cut(units: list[Unit], pieces: list[Piece], got: dict[int, int]) -> tuple[Piece, int] | None:
    """`pair_cut` for two headlines a column gap parted (`_wide_gaps_apart`), printed on one line:
    the one matched to a body that is their two bodies run together, the other an orphan. The body is
    cut after a sentence's end where each headline matches one part clearly (SPLIT_MIN) and clearly
    better than the other part (KEPT), as `pair_cut` cuts for one headline holding both; the orphan
    then finds its part. Returns (the piece, the line it is cut at) or None."""
    grams = _piece_grams(pieces)
    best: tuple[float, Piece, int] | None = None
    for i, j in got.items():
        p = pieces[j]
        if p.kind != "article" or not _side_by_side(units[i], wide=True):
            continue
        pair = [o for o in _line_mates(units, i) if units.index(o) not in got]
        if len(pair) != 1:
            continue
        others = [g for q, g in zip(pieces, grams, strict=True) if q is not p]
        ends = [e for e in range(2, len(p.lines) - 1) if ends_paragraph(p.lines[e - 1].text)]
        for tried in _paragraphs_first(p, ends, units[i].page):  # a paragraph's start first
            found = _best_side_cut([pair[0], units[i]], p, others, tried)
            if found is not None:
                if best is None or found[0] > best[0]:
                    best = (found[0], p, found[1])
                break
    return None if best is None else best[1:]


def _best_side_cut(
    heads: list[Unit], p: Piece, others: list[frozenset[str]], ends: list[int]
) -> tuple[float, int] | None:
    """`side_pair_cut`'s best cut of the body `p` the two headlines share, among the lines `ends`."""
    best: tuple[float, int] | None = None
    for e in ends:
        head = _lines_bigrams(p.lines[:e])
        tail = _lines_bigrams(p.lines[e:])
        table = [head, tail, *others]
        sims = _shares(heads, table, table)
        for first in (0, 1):
            own = (sims[0, first], sims[1, 1 - first])
            gains = (own[0] - sims[0, 1 - first], own[1] - sims[1, first])
            if min(own) >= SPLIT_MIN and min(gains) >= KEPT and (best is None or sum(gains) > best[0]):
                best = (sum(gains), e)
    return best


def _line_mates(units: list[Unit], i: int) -> list[Unit]:
    """The headlines printed on the line where unit i's headline starts or ends, beside it."""
    u = units[i]
    if u.page is None or not u.title[0].offs:
        return []
    lines = {u.page.count("\n", 0, u.title[0].offs[0]), u.page.count("\n", 0, u.title[-1].offs[-1])}
    return [
        v
        for v in units
        if v is not u
        and v.title
        and v.title[0].offs
        and _side_by_side(v, wide=True)
        and {u.page.count("\n", 0, v.title[0].offs[0]), u.page.count("\n", 0, v.title[-1].offs[-1])} & lines
    ]


def _pair_cuts(u: Unit, atoms: list[Line]) -> list[int]:
    """Where `pair_cut` may cut a headline's parts (`atoms`, its lines cut at their gaps): at a gap,
    or where a line ends with a blank line under it on a page that prints no blank line after every
    line, and no word or phrase runs on into the next line; never after a headline's `<place>：` or
    where a headline is left open. (A line the column wrapped is no end: `…东门社区五年攻坚，让` /
    `468户居民…` cut there cost narrow pages 4 points of attach.)"""
    starts = {sum(len(_atoms(x, _NARROW_GAP)) for x in u.title[:n]): n for n in range(1, len(u.title))}
    dense = u.page is not None and not _spaced(u.page)
    ended = {k for k, n in starts.items() if dense and _apart(u.page, u.title[n - 1], u.title[n])}
    out = []
    for k in range(1, len(atoms)):
        before = "".join(a.text for a in atoms[:k])
        if atoms[k - 1].text.rstrip().endswith((":", "：")) or _left_open(before):
            continue
        if k not in starts or (k in ended and _clean_break(before, atoms[k].text)):
            out.append(k)
    return out


def _pair_trials(u: Unit) -> list[tuple[list[Unit], bool]]:
    """The ways `pair_cut` may cut a headline in two, each with whether it cuts two headlines stacked
    on lines of their own (`_stacked_ends`) or read so: at a gap or a line's end of its title, and
    between its title and a subtitle line printed with no dash (`_subtitle_as_title`). Never under a
    kicker: a kicker over its title (`新时代“枫桥经验”太平实践` / `麻章区太平镇将矛盾化解…`) names what
    the body's first part tells as a block's headline would; `recut` tries it only where the kicker
    finds a body of its own. A title shorter than
    SHORT_PAIR_MIN is one headline with a gap inside (`…聚合力  小区…`), and one shorter than PAIR_MIN
    whose parts read as one headline's halves (`_one_headline_halved`: `泰州海陵：老旧小区加装` /
    `电梯…`) is cut nowhere."""
    atoms = [a for x in u.title for a in _atoms(x, _NARROW_GAP)]
    stacked = _stacked_ends(u, atoms)
    size = len(_BIGRAM_CLEAN.sub("", u.text))
    gaps = _pair_cuts(u, atoms) if size >= SHORT_PAIR_MIN else []
    out = [
        (_regroup(u, [atoms[:k], atoms[k:]]), k in stacked)
        for k in [*gaps, *stacked]
        if size >= PAIR_MIN or not _one_headline_halved(atoms[:k], atoms[k:])
    ]
    whole = _subtitle_as_title(u)
    if whole is not u:
        lines = [a for x in whole.title for a in _atoms(x, _NARROW_GAP)]
        halves = lines[: len(atoms)], lines[len(atoms) :]
        if len(atoms) in _stacked_ends(whole, lines) and (
            len(_BIGRAM_CLEAN.sub("", whole.text)) >= PAIR_MIN or not _one_headline_halved(*halves)
        ):
            out.append((_regrouped_from(u, whole, len(u.title)), True))
    return out


def _kicker_as_title(u: Unit) -> Unit | None:
    """A headline whose one kicker line may be the headline over it in a block (`温暖相伴朝阳门` /
    `衡山县…慰问…老人`): a line of a headline's length (KICKER_HEAD_MIN and more, no series number `②`
    or tag), broken off cleanly, as the first title line of the unit `pair_cut` and `recut` try;
    else None."""
    if len(u.kicker) != 1 or not u.title or u.subtitle:
        return None
    line = next((x for x in u.lines if x.text == u.kicker[0]), None)
    text = u.kicker[0].strip()
    if (
        line is None
        or u.lines[0] is not line
        or len(_BIGRAM_CLEAN.sub("", text)) < KICKER_HEAD_MIN
        or _CIRCLED.search(text)
        or _SERIES_TAG.fullmatch(text)
        or not _clean_break(text, u.title[0].text)
    ):
        return None
    return Unit(title=[line, *u.title], lines=u.lines, conf=u.conf, pos=u.pos, cuts=u.cuts, page=u.page)


KICKER_HEAD_MIN = 6  # characters: a block's headline read as a kicker (`温暖相伴朝阳门`); `治理一线` is one


def _subtitle_as_title(u: Unit) -> Unit:
    """A headline whose one subtitle line, printed with no dash, may be the next headline of a block
    (`居民小区党旗飘` / `中和镇：深耕“微网格”，细作“大治理”`): the unit with that line as its last title
    line, for `pair_cut` and `recut` to try; else the unit itself."""
    if len(u.subtitle) != 1 or not u.title:
        return u
    line = next((x for x in u.lines if x.text == u.subtitle[0] and not any(x is t for t in u.title)), None)
    if line is None or u.lines[-1] is not line:
        return u
    return Unit(
        kicker=u.kicker,
        title=[*u.title, line],
        lines=u.lines,
        conf=u.conf,
        pos=u.pos,
        cuts=u.cuts,
        page=u.page,
    )


def _stacked_ends(u: Unit, atoms: list[Line]) -> list[int]:
    """The title lines' ends (atom indices), a blank line under them or not (a spaced page prints one
    under every line), where two headlines of a block may meet, one a line (`上庄镇以“网格化”管理助力
    乡村振兴` / `仙居后项村有个“说事会”`): no word, quotation or phrase goes on over the break, the
    line above does not end inside a clause (`…五年攻坚，让` / `468户居民…`: a wrapped sentence), the
    part below is a headline's length and no longer than the part above (a shorter line over a longer
    is a kicker over its title, or a title over its subtitle); none where the column's wrap cut a
    word at any of its line ends (`…参与自` / `治活力`).
    `pair_cut` cuts there only where the two parts of the body share hardly a word of their own
    (`_continues`, STACKED_CONTINUES): a headline the column wrapped heads one body whose parts go on."""
    wrapped, short = _box_wrapped(u), _short_of_box(u)
    starts = {sum(len(_atoms(x, _NARROW_GAP)) for x in u.title[:n]): n for n in range(1, len(u.title))}
    out = []
    for k, n in starts.items():
        if wrapped and n - 1 not in short:
            continue  # the column wrapped the unit inside a word: a full line's end is the column's
        above, below = "".join(a.text for a in atoms[:k]), "".join(a.text for a in atoms[k:])
        last = u.title[n - 1].text.rstrip()
        sizes = [len(_BIGRAM_CLEAN.sub("", x)) for x in (above, below)]
        if (
            _clean_break(above, below)
            and not _CLAUSE_TAIL.search(last)
            and sizes[1] >= STACKED_MIN
            and (sizes[0] >= sizes[1] or (n - 1 in short and sizes[0] > KICKER_MAX))
        ):
            out.append(k)
    return out


def _short_of_box(u: Unit) -> set[int]:
    """The title lines (but the last) that end short of the widest line of the unit by more than
    BOX_SLACK: no box wrapped them (a wrap fills the line, give or take a character the
    typesetting carries down), so a headline of a block stacked over another may end there
    (`中和镇：深耕“微网格”，细作“大治理”` over `成都高新区石羊街道…助力网约配送员安` / `心奔跑`).
    None where a title line is not the whole of its printed line (printed doubled, or beside another
    headline): its printed width is not its own."""
    if u.page is None or not all(x.offs and _whole_line(u.page, x) for x in u.title):
        return set()
    widths = [_print_width(x.text.strip()) for x in u.title]
    widest = max(widths, default=0.0)
    return {n for n, w in enumerate(widths[:-1]) if w < widest - BOX_SLACK}


def _whole_line(page: str, line: Line) -> bool:
    """The line is all its printed line holds (spaces aside): nothing printed beside it, no repeat."""
    start = page.rfind("\n", 0, line.offs[0]) + 1
    end = page.find("\n", line.offs[-1])
    printed = visible(page[start : end if end >= 0 else len(page)])
    return "".join(printed.split()) == "".join(line.text.split())


BOX_SLACK = 2  # characters a wrapped headline line may fall short of the widest: justification, carried marks


def _box_wrapped(u: Unit) -> bool:
    """The column wrapped one of the unit's title lines inside a word (`…配送员安` / `心奔跑`)."""
    return any(line_features.wraps(a.text.rstrip(), b.text.lstrip()) for a, b in itertools.pairwise(u.title))


STACKED_MIN = 8  # characters: each of two headlines stacked in a block
# A cut of a headline where nothing printed marks two (a line's end, a subtitle, a kicker) is vetoed
# where the body's two parts share this much of their words (`_continues`): on dev pages (seed 7000:
# main headline_blocks, blind2 headline_block, alt spaced_tail, third heads_on_top, blind
# narrow_spaced and boxed_block) the 13 right cuts shared 0.007-0.039, the 4 wrong ones (a title
# over its own subtitle, a headline wrapped) 0.044-0.068.
STACKED_CONTINUES = 0.04
# `…攻坚，让` / `…攻坚，让468` / `…怎么抓？说`: a clause the wrap cut; a number goes on with its unit
_CLAUSE_TAIL = re.compile(r"[，,；;、？?！!][^，,；;、？?！!]{0,4}$|[0-9０-９]$")


def _apart(page: str | None, above: Line, below: Line) -> bool:
    """A blank line stands between two lines of the page."""
    return bool(
        page and above.offs and below.offs and _BLANK_LINE.search(page[above.offs[-1] : below.offs[0]])
    )


def column_cuts(units: list[Unit], pieces: list[Piece], order: list) -> tuple[list[Piece], list]:
    """A piece cut where its text changes columns: two paragraphs, one after the other, set in
    columns whose widths differ by more than COLUMN_RATIO (two bodies printed one after the other
    with no byline or dateline between them, one in a wide column and one in a narrow one), where the
    page's matching (its headlines cut as `recut` cuts them) then gives each part a headline. One
    article's text does not change columns (`_may_go_on`), but a cut whose part finds no headline
    left that part an article of its own without one, where the piece's headline had held both
    bodies (2 points of attach on the template generator's mixed pages, seed 7000)."""
    for p in list(pieces):
        target = p  # cut from the last change up: the lines before a cut stay in the piece cut next
        for at in reversed(_column_changes(p.lines)):
            k = next(n for n, x in enumerate(order) if x is target)
            cut_pieces, cut_order = _apply_cut(order, target, at, opens=False)
            if _both_headed(units, cut_pieces, cut_order, cut_order[k : k + 2]):
                pieces, order, target = cut_pieces, cut_order, cut_order[k]
            _numbered(order)  # the trial numbered its own order
    return pieces, order


def _both_headed(units: list[Unit], pieces: list[Piece], order: list, parts: list) -> bool:
    """Whether the page's matching, its headlines cut as `recut` cuts them, heads both `parts`."""
    units, order = recut(units, pieces, order)
    got = match(units, pieces, order)[0]
    headed = {id(pieces[j]) for j in got.values()}
    return all(id(x) in headed for x in parts)


def _column_changes(lines: list[Line]) -> list[int]:
    """The lines opening a paragraph set in another column than the paragraph before it."""
    starts = [0] + [i for i in range(1, len(lines)) if ends_paragraph(lines[i - 1].text)] + [len(lines)]
    widths = [
        (a, max(_print_width(x.text) for x in lines[a : b - 1]))
        for a, b in itertools.pairwise(starts)
        if b - a >= 3
    ]
    return [
        b
        for (a, wa), (b, wb) in itertools.pairwise(widths)
        if max(wa, wb) > COLUMN_RATIO * min(wa, wb) and b >= 3 and len(lines) - b >= 3
    ]


def _print_width(text: str) -> float:
    """A line's printed width in CJK characters: a Latin letter or digit takes half of one."""
    if not text:
        return 0
    return len(text) - 0.5 * len(text.encode("ascii", "ignore"))  # exact: halves sum exactly


def _apply_cut(order: list, p: Piece, at: int, opens: bool = True) -> tuple[list[Piece], list]:
    """The piece cut in two at line `at`; the part after the cut opens an article of its own."""
    head = Piece(
        lines=p.lines[:at],
        kind=p.kind,
        dateline=p.dateline,
        opens=p.opens,
        conf=list(p.conf),
        marked=p.marked,
        apart=p.apart,
        after_jump=p.after_jump,
    )
    head.authors = [a for a in p.authors if a not in p.ends]
    tail = Piece(lines=p.lines[at:], kind=p.kind, opens=opens, closed=p.closed, conf=list(p.conf))
    tail.authors, tail.ends = list(p.ends), list(p.ends)
    p.cut_bylines(head, tail)
    new_order = _replaced(order, p, [head, tail])
    return [x for x in new_order if isinstance(x, Piece)], new_order


def _cuts(ends: list[int], n: int) -> list[tuple[int, ...]]:
    if n == 1:
        return [(e,) for e in ends]
    return [(a, b) for i, a in enumerate(ends) for b in ends[i + 1 :]]


def recut(units: list[Unit], pieces: list[Piece], order: list) -> tuple[list[Unit], list]:
    """A unit holding two headlines (two lines of a block, or two columns' headlines pulled out as
    one line) cut in two where the page's matching as a whole scores more: the assignment of every
    unit to every piece is scored with the unit whole and with each cut between its parts (`_atoms`),
    each part's row weighted by its share of the unit's bigrams, so that a part matching its piece
    better than the whole did is no gain by itself; only parts taking different pieces are.
    `split_units` cuts where a part matches another piece clearly on its own; this one also cuts where
    both headlines share words with the first body (`东湖社区“双报到”织密服务网格` under a headline
    on grids), and where the line is printed inside another text's sentence (a displaced block of
    headlines side by side). A part that finds no body goes back into its headline
    (`_rejoin_halves`). On 200 simulated dev pages of each generator (seed 3000), attach rose 0.3-1.3
    points, none fell."""
    if not pieces:
        return units, order
    out = list(units)
    grams = _piece_grams(pieces)
    columns: dict[int, float] = {}  # the pieces' column on a page, measured once
    for u in units:
        if id(u.page) not in columns:
            columns[id(u.page)] = _body_column(pieces, u.page)
        trials = _recut_trials(u, columns[id(u.page)])
        if not trials:
            continue
        at = out.index(u)
        best = _assigned_total(out, pieces, order, [1.0] * len(out), grams)
        choice = None
        for parts in trials:
            trial = out[:at] + parts + out[at + 1 :]
            sizes = [len(_bigrams(x.text + "".join(x.subtitle))) for x in parts]  # as `_shares` reads them
            scale = [1.0] * at + [n / (sum(sizes) or 1) for n in sizes] + [1.0] * (len(out) - at - 1)
            total = _assigned_total(trial, pieces, _replaced(order, u, parts), scale, grams)
            if total > best + ROUNDING:  # a tie read in the last bits of a float is no gain
                best, choice = total, parts
        if choice is not None:
            order = _replaced(order, u, choice)
            out[at : at + 1] = choice
        _numbered(order)  # the trials numbered their own orders
    return out, order


# What two sums of the same assignment's scores, added in another order, may differ by: `recut` cut
# a headline printed on two markdown lines (`# 告别“老破危”` / `# 老楼迎来“第二春”`) whose halves scored
# 1.5171205018180824 against the whole's 1.517120501818082, and its first half went orphan.
ROUNDING = 1e-9


def _recut_trials(u: Unit, column: float = 0.0) -> list[list[Unit]]:
    """The ways `recut` may cut a unit in two: between its title and a subtitle line printed with no
    dash, the block's next headline read as the subtitle (`“顺口溜”村规民约 “约”出乡村文明新风` /
    `38部电梯连民心！…`: else the cut falls at the title's own gap, giving its second phrase the next
    headline's body); under a kicker line that may be the block's headline over it
    (`_kicker_as_title`); at a gap or a line's end of its title, never where a headline is left open
    (`（辉煌60载` / `魅力新西藏）…`), at a gap narrower than another of its line (`_narrower_gaps`) or
    inside a doubled headline's repeat."""
    if u.part_of is not None:
        return []
    atoms = [a for x in u.title for a in _atoms(x)]
    out = []
    whole = _subtitle_as_title(u)
    if whole is not u and _clean_break(u.title[-1].text, whole.title[-1].text):
        out.append(_regrouped_from(u, whole, len(u.title)))  # first: a tie goes to the line's end
    kicker = _kicker_as_title(u)
    if kicker is not None:
        out.append(_regrouped_from(u, kicker, 1))
    narrower = _narrower_gaps(u.title) | _couplet_gaps(u.title)
    wrapped = _inside_wrapped_run(u.title) | _gaps_inside_wrap(u, column)
    for k in range(1, len(atoms)):
        if _goes_on("".join(a.text for a in atoms[:k]), atoms[k].text) or _left_open(atoms[k - 1].text):
            continue
        if k in narrower or k in wrapped:
            continue
        parts = _regroup(u, [atoms[:k], atoms[k:]])
        if not _inside_a_repeat(u, parts):
            out.append(parts)
    return out


def _couplet_gaps(title: list[Line]) -> set[int]:
    """The cut between the first two parts (`_atoms`) of a title line holding three parts or more
    that another title line follows, where both parts are a couplet's short halves (COUPLET_HALF
    characters each): a row of two headlines side by side, the second wrapped into the next line,
    the first printed as two phrases with a space (`甲镇：种下“新苗” 结出“好果实” 乙村走出` /
    `振兴新路`). The wrapped headline is the line's last part with the next line; the first
    headline's second phrase given to it would match a body by a word shared by chance."""
    if len(title) < 2:
        return set()
    parts = _atoms(title[0])
    if len(parts) < 3:
        return set()
    sizes = [len(_BIGRAM_CLEAN.sub("", a.text)) for a in parts[:2]]
    return {1} if all(COUPLET_HALF[0] <= n <= COUPLET_HALF[1] for n in sizes) else set()


def _inside_wrapped_run(title: list[Line]) -> set[int]:
    """The cuts between a title's parts (`_atoms`, indices over all its lines) inside one headline
    the column wrapped: a run of WRAP_RUN lines or more, none with a gap, all as long as one another
    but the last (no longer), is one text filling the column's width line after line (`易门小街村` /
    `走出基层治` / `理特色路`), never headlines stacked (each as long as its own words)."""
    counts = [len(_atoms(x)) for x in title]
    sizes = [len(x.text.strip()) if n == 1 else -1 for x, n in zip(title, counts, strict=True)]
    firsts = [sum(counts[:i]) for i in range(len(title))]  # each line's first part's index
    out: set[int] = set()
    for start in range(len(sizes)):
        end = start
        while end + 1 < len(sizes) and sizes[start] > 0 and sizes[end + 1] == sizes[start]:
            end += 1
        if end + 1 < len(sizes) and 0 < sizes[end + 1] <= sizes[start]:
            end += 1  # the wrap's last line
        if end - start + 1 >= WRAP_RUN:
            out.update(firsts[start + 1 : end + 1])
    return out


def _gaps_inside_wrap(u: Unit, column: float) -> set[int]:
    """The cuts between a title's parts (`_atoms`, indices over all its lines) at a gap inside a line
    the title goes on from on the next line, where no line of the title is wider than the page's text
    column (`column`, `_body_column`; COLUMN_SLACK): one column's headline wrapped, its phrases set
    a space apart (`激活乡村治理新模式 五指山市` / `南圣镇“积分超市”开业`). A cut there leaves the line's
    tail to the next line's words; two columns' headlines pulled out as one line, or a gathered block
    wrapped across the page, are wider than one column."""
    if not _within_column(u, column):
        return set()
    out: set[int] = set()
    k = 0
    for i, line in enumerate(u.title):
        atoms = _atoms(line)
        if i + 1 < len(u.title) and _runs_into(atoms[-1].text.strip(), u.title[i + 1].text.strip()):
            out.update(range(k + 1, k + len(atoms)))
        k += len(atoms)
    return out


def _runs_into(tail: str, below: str) -> bool:
    """A line's last phrase goes on in the line under it: a place that is the subject of what follows
    (`五指山市` / `南圣镇…`), a word or phrase the wrap cut, or a character or two. A tail ending a
    phrase of its own (`一“桩”解民忧` / `社区更“来电”`) may open a second headline set beside the first
    and wrapped under it."""
    return (
        bool(_PLACE_END.search(tail))
        or not _clean_break(tail, below)
        or len(_BIGRAM_CLEAN.sub("", tail)) <= 2
    )


def _within_column(u: Unit, column: float) -> bool:
    """A title of two lines or more, none printed doubled, none wider than the page's text column
    (`_body_column`, COLUMN_SLACK): one column's headline, wrapped in it (`_gaps_inside_wrap`)."""
    if not column or u.page is None or len(u.title) < 2 or any(not x.offs for x in u.title):
        return False
    if any(x.doubled or line_features.echo(x.text) for x in u.title):
        return False
    return all(_line_width(u.page, x) <= column + COLUMN_SLACK for x in u.title)


COLUMN_SLACK = 1.0  # print cells: a headline's line may stand out of its column by a mark


def _body_column(pieces: list[Piece], page: str | None) -> float:
    """The page's text column: the most common printed width of its texts' lines (0 when unknown)."""
    if page is None:
        return 0.0
    return _column_width(page, [x for p in pieces for x in p.lines if x.offs])


WRAP_RUN = 3  # lines: two lines of a length may be two headlines stacked, three filling a width are a wrap


def _narrower_gaps(title: list[Line], gap: re.Pattern[str] | None = None) -> set[int]:
    """The cuts between a title's parts (`_atoms`, indices over all its lines) at a gap narrower
    than another gap of its line (`告别“老破危” 老楼迎来“第二春”  陕西黑沟村：…`): a layout sets a
    headline's own phrases closer than two headlines side by side, so the narrower gap is inside one.
    Gaps are measured as printed (`_print_width`): an ideographic space is as wide as two spaces
    (`…让乡村充满爱　一个高原乡村的基 层治理…`: the space inside the second headline is the narrower)."""
    out: set[int] = set()
    k = 0
    for line in title:
        spans = _gap_spans(line, gap)
        # a gap after a joining mark (`百名记者基层行vlog④│  “乡音”…`) is the headline's own, however wide
        widths = [
            0 if line.text[:a].endswith(_SEPARATORS) else _print_width(line.text[a:b]) for a, b in spans
        ]
        out.update(k + n + 1 for n, w in enumerate(widths) if 0 < w < max(widths))
        k += len(widths) + 1
    return out


_SEPARATORS = ("│", "|", "丨", "︱", "：", ":", "·")


def _gap_spans(
    line: Line, gap: re.Pattern[str] | None = None, wrapped: bool = False
) -> list[tuple[int, int]]:
    """Where `_atoms` cuts a line: its gaps outside quotations and brackets, and any gap between a
    run printed twice and one printed once (`_print_changes`); `wrapped`, also a gap inside a
    quotation or bracket the rest of the line never closes (`_open_past`)."""
    found = [] if _MARKDOWN.match(line.text) else (gap or _GAP).finditer(line.text)
    text = line.text
    return [
        m.span()
        for m in found
        if not _unclosed(text[: m.start()])
        or _print_changes(line, *m.span())
        or (wrapped and _open_past(text[: m.start()], text[m.end() :]))
    ]


def _open_past(before: str, after: str) -> bool:
    """Every quotation or bracket `before` leaves open, `after` (the rest of its printed line) holds
    no closing mark of: a block's box wrapped its headline inside it, and it closes on a line below
    (`【石榴花开` / `籽籽同心】…`), so what stands after the gap is another column's headline."""
    open_ = [(a, b) for a, b in _PAIRS if before.count(a) > before.count(b)]
    return bool(open_) and all(b not in after for _, b in open_)


def _print_changes(line: Line, a: int, b: int) -> bool:
    """The runs either side of a line's gap `a:b` are printed one twice and the other once (a fake
    bold is drawn per text object, so headlines set side by side on one text line may differ; one
    headline's phrases never do): `（辉煌60载辉煌60载 贵州剑河：…` is two headlines, whatever its
    bracket holds."""
    if line.twice is None:
        return False
    left = max(line.text.rfind(" ", 0, a), line.text.rfind("\u3000", 0, a)) + 1
    ends = [i for i in (line.text.find(" ", b), line.text.find("\u3000", b)) if i >= 0]
    right = min(ends, default=len(line.text))
    before, after = _printed_twice(line.slice(left, a)), _printed_twice(line.slice(b, right))
    return before is not None and after is not None and before != after


def _printed_twice(part: Line) -> bool | None:
    """Whether a part of a repaired line was printed doubled (most of its characters a repeat's first
    copy, `Line.twice`) or once; None when it cannot tell: a part too short, or one `undouble` did
    not undo where two characters come twice or one comes twice in a row (`同心】】吉林延吉丹英社区吉林延吉丹英社`,
    `主心骨””`: a doubled headline the column wrapped inside its repeats, which no run of reads doubled)."""
    if len(part.text.replace(" ", "")) < PRINT_MIN:
        return None
    if part.twice is None:
        pairs = list(itertools.pairwise(part.text.replace(" ", "")))
        again = len(set(pairs)) < len(pairs) or any(a == b for a, b in pairs)
        return None if part.doubled or again else False
    shown = [t for c, t in zip(part.text, part.twice, strict=True) if not c.isspace()]
    return 2 * sum(shown) >= len(shown)


def _one_print(lines: list[Line]) -> bool:
    """The parts hold no run printed twice together with one printed once (`_printed_twice`, where
    it tells): parts of one headline, as far as print says."""
    known = {_printed_twice(r) for x in lines for r in _runs(x)} - {None}
    return len(known) < 2


def _runs(line: Line) -> list[Line]:
    """The line's runs between its spaces (the parts `undouble_beside` undoes one by one)."""
    out, start = [], 0
    for m in re.finditer("[ \u3000]+", line.text):
        out.append(line.slice(start, m.start()))
        start = m.end()
    return [*out, line.slice(start)]


PRINT_MIN = 3  # characters: a shorter part (`章”`, a doubled headline's wrapped end) tells nothing


def _regrouped_from(u: Unit, whole: Unit, k: int) -> list[Unit]:
    """`whole` (u's lines read another way) cut before its title line k, each part cut from `u`:
    a part that finds no body gives `u` back as it came (`_rejoin_halves`)."""
    parts = _regroup(whole, [whole.title[:k], whole.title[k:]])
    for x in parts:
        x.part_of = u
    return parts


def _inside_a_repeat(u: Unit, parts: list[Unit]) -> bool:
    """A headline printed doubled cut where its print repeats a run across the cut (`…交流会亮点工作交流`
    / `会`): its parts read apart keep repeats the headline read whole drops. (Parts reading shorter
    than the whole are two headlines, a doubled one beside a plain one, that read whole as neither.)"""
    if not any(x.doubled or line_features.echo(x.text) for x in u.title):
        return False
    return len("".join(map(_TEXT, parts)).replace(" ", "")) > len(u.text.replace(" ", ""))


BLOCK_SEGMENTS = 10  # the most segments of a block of headlines regrouped (2**9 groupings)
REGROUP_GAIN = 0.1  # what another grouping of a block must score over the units as they came


def regroup_blocks(units: list[Unit], pieces: list[Piece], order: list) -> tuple[list[Unit], list]:
    """A block of headlines printed doubled, side by side and wrapped (`B1 B2 A1` / `A2`: two
    headlines on one line, the second going on in the next, and a headline may hold a space of its
    own): its lines are cut at every gap into segments, and the segments, in reading order, grouped
    into the headlines whose assignment to the page's pieces scores most (`_grouping_score`: a
    grouping gains only where the block's words find their bodies). The units as they came are one
    of the groupings, and another must score REGROUP_GAIN more (bigrams shared by chance moved a
    right grouping). Run once `orphan_cut` and `pair_cut` have cut the pieces: a piece holding two
    bodies gives each of them to no headline of the block."""
    if not pieces:
        return units, order
    grams = _piece_grams(pieces)
    column = _body_column(pieces, next((u.page for u in units if u.page is not None), None))
    for block in _blocks(order):
        if len(block) == 1 and _within_column(block[0], column):
            continue  # one column's headline wrapped, its phrases a space apart (`_gaps_inside_wrap`)
        units, order = _regrouped(block, units, pieces, order, grams)
    return units, order


def wraps_across_lines(units: list[Unit], pieces: list[Piece], order: list) -> tuple[list[Unit], list]:
    """A block of headlines printed doubled whose lines were read as headlines of their own (`B A1`
    / `A2`, each line undone apart): a headline the block's box wrapped from one line into the next
    is one headline again where the page's best assignment then scores REGROUP_GAIN more
    (`_grouping_score`). Only a line's last headline and the next line's first are joined, never cut
    anew: cutting a block's lines again lets a few of a headline's words take the rest of a body the
    block was printed inside."""
    if not pieces:
        return units, order
    grams = _piece_grams(pieces)
    for run in _doubled_runs(order):
        units, order = _joined(run, units, pieces, order, grams)
    return units, order


def _doubled_runs(order: list) -> list[list[Unit]]:
    """The runs of headlines printed doubled one right after the other in reading order (titles
    only: a subtitle says where one headline stands; a kicker stands over a run's first headline,
    `基层治理` / `东湖社区…` / `““网格网格””服务…`, so a unit under one may open a run, never go on with
    one: on 200 dev pages of the main generator's narrow_dense_block, seeds 7000/3000/5000, attach went
    78.5/75.9/77.0% -> 78.6/77.2/77.4%, the eight generators' 40 pages unmoved)."""
    runs: list[list[Unit]] = []
    for x in order:
        if not isinstance(x, Unit) or not x.title or x.subtitle:
            continue
        after = bool(runs) and runs[-1][-1].pos == x.pos - 1 and not x.kicker
        doubled = all(line.doubled for line in x.title) or _wrapped_doubled(x)
        if not doubled and not (after and _goes_on_repeat(runs[-1][-1], x)):
            continue  # (a headline's rest going on with the repeat the one before opened joins it)
        if after:
            runs[-1].append(x)
        else:
            runs.append([x])
    return [r for r in runs if len(r) >= 2]


def _joined(
    run: list[Unit], units: list[Unit], pieces: list[Piece], order: list, grams: list[frozenset[str]]
) -> tuple[list[Unit], list]:
    """The run's headlines, those wrapped over a line break joined (`wraps_across_lines`)."""
    segments = [(x, u) for u in run for x in u.title]
    given = tuple(itertools.accumulate((len(u.title) for u in run), initial=0))
    breaks = _line_breaks([s for s, _ in segments], run[0].page)
    wraps = [
        k
        for k in given[1:-1]
        if k in breaks
        and (not breaks[k] or _tail_below(run, given, k))
        and _long_enough([segments[k - 1][0]])
        and _long_enough([segments[k][0]])
    ]
    page = run[0].page
    gaps = {
        k
        for k in given[1:-1]
        if k not in breaks and page is not None and _doubled_gap(page, segments[k - 1][0], segments[k][0])
    }
    joinable = sorted({*wraps, *gaps})
    if not joinable:
        return units, order
    filled = _box_wraps([s for s, _ in segments], wraps, page) | gaps
    opened = {segments[k][0].offs[0] for k in filled if segments[k][0].offs}
    grouped = _grouping_score(run, segments, units, pieces, order, grams)

    def score(bounds: tuple[int, ...]) -> float:
        return grouped(bounds) - WRAP_CUT * len(filled.intersection(bounds))

    best, choice = score(given) + REGROUP_GAIN, given
    ways = (
        tuple(k for k in given if k not in joins)
        for n in range(1, len(joinable) + 1)
        for joins in itertools.combinations(joinable, n)
    )
    for bounds in ways:
        parts = [
            [u for (a, b), u in zip(itertools.pairwise(given), run, strict=True) if x <= a < y]
            for x, y in itertools.pairwise(bounds)
        ]
        if (
            all(_one_headline(g, pieces, grams, wrapped=opened) for g in parts if len(g) > 1)
            and (t := score(bounds)) > best
        ):
            best, choice = t, bounds
    if choice == given:
        return units, order
    return _with_joins(run, segments, given, choice, units, order)


def _tail_below(run: list[Unit], given: tuple[int, ...], k: int) -> bool:
    """The run's last headline, one short line (under SHORT_HEAD characters) printed under a blank
    line, may be the rest of the one above: a block's box wrapped its last words (`马山街道召开“精品精治年”亮点` / blank /
    `工作交流会`), the extractor reading the box's last line apart."""
    tail = run[-1]
    return k == given[-2] and len(tail.title) == 1 and len(_BIGRAM_CLEAN.sub("", tail.text)) < SHORT_HEAD


def _box_wraps(lines: list[Line], seams: list[int], page: str | None) -> set[int]:
    """The seams of a doubled run (line indices opening a printed line) where the box of headlines
    wrapped one headline on: the printed line over the seam is as wide as the run's widest and as the
    one under it (by DOUBLED_SLACK), another of the run's printed lines is as wide (the box is seen
    twice), it ends no sentence, it holds its printed line alone, and the line under it starts the
    next (no other column's text beside). A doubled headline fills its box line after line; the last
    line of one that ends there stops short of it but by chance. `_joined` charges a cut there
    WRAP_CUT, as a cut where a word runs over the break."""
    if page is None:
        return set()
    widths = [_line_width(page, x) for x in lines]
    starts = {page.rfind("\n", 0, x.offs[0]): w for x, w in zip(lines, widths, strict=True) if x.offs}
    return {
        k
        for k in seams
        if widths[k - 1] >= max(widths) - DOUBLED_SLACK
        and widths[k - 1] >= widths[k] - DOUBLED_SLACK
        and sum(abs(w - widths[k - 1]) <= DOUBLED_SLACK for w in starts.values()) >= 2
        and not _printed_line(page, lines[k - 1]).endswith(_SENTENCE_ENDS)
        and _starts_line(page, lines[k - 1])
        and _ends_line(page, lines[k - 1])
        and _starts_line(page, lines[k])
    }


def _ends_line(page: str, line: Line) -> bool:
    """Nothing but spaces follows the line (or its repeat, printed doubled) on its printed line."""
    if line.doubled:
        return _repeat_ends(page, line)
    end = page.find("\n", line.offs[-1])
    return not visible(page[line.offs[-1] + 1 : end if end >= 0 else len(page)]).strip()


def _starts_line(page: str, line: Line) -> bool:
    """Nothing but spaces stands before the line on its printed line."""
    return not visible(page[page.rfind("\n", 0, line.offs[0]) + 1 : line.offs[0]]).strip()


def _doubled_gap(page: str, left: Line, right: Line) -> bool:
    """Two segments of a printed line apart by a space printed twice (`…新风尚  村规民约…`): a doubled
    headline prints each of its marks twice, its own space too, so its decks go on past the gap; the
    gap between two headlines side by side is the layout's (one space, or three and more)."""
    if not left.offs or not right.offs:
        return False
    between = page[left.offs[-1] + 1 : right.offs[0]]
    gap = between[len(between.rstrip(" \u3000")) :]
    return len(gap) == 2 and gap[0] == gap[1]


def _names_no_other(shares: np.ndarray, j: int) -> bool:
    """A headline's part whose words no piece holds more of than piece `j`, or none holds UNRELATED of."""
    return int(np.argmax(shares)) == j or float(shares.max(initial=0.0)) < SPLIT_MIN


def _opened_at(u: Unit) -> int | None:
    """Where a headline's first line starts on the page."""
    return u.title[0].offs[0] if u.title and u.title[0].offs else None


DOUBLED_SLACK = 2.0  # print cells: a doubled box's wrapped lines vary this much (marks and gaps doubled)


def _wrapped_doubled(u: Unit) -> bool:
    """A headline printed doubled whose lines the column wrapped inside a repeat (`屯昌屯昌：：实施村集体经济实施`
    / `村集体经济“三个20三个20%%””`): no line reads doubled on its own, the lines joined do."""
    joined = _as_printed(u)
    return undouble(Line(joined, range(len(joined)))).doubled


def _as_printed(u: Unit) -> str:
    """The unit's title lines joined as printed (a line read undone as the page printed it)."""
    return "".join(_printed(u.page, x) if x.doubled and u.page and x.offs else x.text for x in u.title)


def _goes_on_repeat(u: Unit, v: Unit) -> bool:
    """Headline `v` is the rest of doubled headline `u`, its lines going on with the repeat `u`'s last
    line opened (`…治理  激发` / `群众参与自治活力激发群众参` / `与自治活力`): the two joined read doubled, and
    most of `v`'s characters repeat (read once, it adds less than DOUBLED_SHARE of them; a subtitle printed
    once under a doubled headline adds them all)."""
    return _repeat_goes_on(_as_printed(u), _as_printed(v))


def _one_headline(
    parts: list[Unit],
    pieces: list[Piece],
    grams: list[frozenset[str]],
    two_bodies: bool = True,
    wrapped: AbstractSet[int] = frozenset(),
) -> bool:
    """Headlines of a block's lines that may be one headline wrapped: no longer than a headline runs,
    and each part holds SPLIT_MIN of its words in the piece the whole matches best, or, next to a seam
    opening at an offset in `wrapped` (where the box wrapped, `_box_wraps`), names no other piece
    (`_names_no_other`: a deck's tail, `“亮”起来了`, says few of its body's words) (a headline's
    wrapped end names its body's places and topic as its start does; a neighbour whose body is on
    another page shares few of them); with `two_bodies`, and not each in a part of its own of that
    piece (two bodies printed one after the other, each under its headline's words: `_best_cut`,
    which a short part naming only a place, found in the body's opening lines, also meets)."""
    whole = Unit(title=[x for u in parts for x in u.title], page=parts[0].page)
    if len(whole.text) > HEADLINE_MAX:
        return False
    j = int(np.argmax(_shares([whole], grams, grams)[0]))
    shares = _shares(parts, grams, grams)
    seams = [_opened_at(u) in wrapped for u in parts[1:]]
    for k, part in enumerate(shares):
        at_wrap = (k > 0 and seams[k - 1]) or (k < len(seams) and seams[k])
        if part[j] < SPLIT_MIN and not (at_wrap and _names_no_other(part, j)):
            return False
    others = [q for q in pieces if q is not pieces[j]]
    return not two_bodies or not any(_best_cut(a, b, pieces[j], others) for a, b in itertools.pairwise(parts))


def _with_joins(
    run: list[Unit],
    segments: list[tuple[Line, Unit]],
    given: tuple[int, ...],
    choice: tuple[int, ...],
    units: list[Unit],
    order: list,
) -> tuple[list[Unit], list]:
    """The units and reading order with the run's headlines grouped as `choice` joins them: a unit
    left whole stays as it was; a joined one is part of no headline `_rejoin_halves` gives back, nor
    are the other parts of the headlines it took a part of."""
    whole = {(a, b): u for (a, b), u in zip(itertools.pairwise(given), run, strict=True)}
    groups = list(itertools.pairwise(choice))
    new = [whole.get(g) or _block_unit(segments[g[0] : g[1]], None) for g in groups]
    touched = {id(u.part_of or u) for g, u in whole.items() if g not in groups}
    for u in units:
        if u.part_of is not None and id(u.part_of) in touched:
            u.part_of = None
    at = min(i for i, u in enumerate(units) if any(u is v for v in run))
    kept = [u for u in units if not any(u is v for v in run)]
    order = [x for x in order if not any(x is u for u in run[1:])]
    return kept[:at] + new + kept[at:], _replaced(order, run[0], new)


def _blocks(order: list) -> list[list[Unit]]:
    """The headlines read as one and cut at gaps (`split_units`, `recut`), each line of them printed
    doubled or read as one holding two columns' headlines, the second wrapped
    (`_side_by_side_wrapped`), titles only (a kicker or subtitle says where one headline stands):
    the runs of units cut from one unit, or a unit not cut, printed on two lines or more. A kicker
    stands over a block's first headline (a displaced block `A  B1` / `B2` under A's kicker): a unit
    under one may open a run, never go on with one. (On 200 dev pages of the main generator's
    side_by_side family, seeds 7000/3000/5000, attach went 76.6/77.5/76.2% -> 76.8/77.8/76.5%.)"""
    runs: list[list[Unit]] = []
    prev: Unit | None = None
    closed = False  # the last run ended on a headline with a subtitle: nothing goes on with it
    for x in order:
        if not isinstance(x, Unit) or not x.title or (x.subtitle and not _closes_block(runs, x)):
            continue
        if x.subtitle:
            runs[-1].append(x)
            prev, closed = None, True
            continue
        before, prev = prev, x
        ended, closed = closed, False
        if x.kicker:  # a kicker over the block's first headline: the block may start here, go on below
            if _side_by_side_wrapped(x) or all(line.doubled for line in x.title):
                runs.append([x])
            continue
        if before is not None and _wrapped_beside(before, x):
            if not (runs and runs[-1][-1] is before):
                runs.append([before])
            runs[-1].append(x)
            continue
        root = x.part_of or x
        # a headline first read as one (`root`) whose lines mix runs printed doubled and once
        # (`_one_print`) holds two headlines or more: a gathered stream of them, one printed doubled,
        # the next once (`…稻田养鱼稻田养鱼 临` / `川社区…`)
        if (
            not all(line.doubled for line in x.title)
            and not _side_by_side_wrapped(root)
            and _one_print(root.title)
        ):
            continue
        if (
            runs
            and not ended
            and runs[-1][-1].pos == x.pos - 1
            and ((runs[-1][-1].part_of or runs[-1][-1]) is root or _doubled_under(runs[-1][-1], x))
        ):
            runs[-1].append(x)
        else:
            runs.append([x])
    return [r for r in runs if _printed_lines(r) >= 2]


def _closes_block(runs: list[list[Unit]], x: Unit) -> bool:
    """Headline `x`, holding a subtitle, ends the block of doubled headlines side by side the run
    before it holds (`A1 B1` / `A2 B2` / `B's subtitle`: a block's last line under the headline
    that goes on in it): its title lines printed doubled, the first beside the run's last headline
    or right under it, no blank line between. Its subtitle goes with the headline the regrouping
    gives its last title line (`_block_unit`)."""
    if not runs or not runs[-1] or x.kicker or not all(line.doubled for line in x.title):
        return False
    last = runs[-1][-1]
    line, below = last.title[-1], x.title[0]
    if last.pos != x.pos - 1 or not (line.doubled and line.offs and below.offs and x.page):
        return False
    between = x.page[line.offs[-1] + 1 : below.offs[0]]
    return (
        between.count("\n") <= 1
        and not _blank_parts(x.page, between)
        and (_beside_another(x.page, line) or _beside_another(x.page, below))
    )


def _doubled_under(u: Unit, v: Unit) -> bool:
    """Headline `v` printed doubled on the line right under doubled headline `u`, no blank line
    that parts between (`_blank_parts`): a gathered block of headlines side by side whose lines were read as headlines of their
    own (`A1 B1` / `A2 B2`), regrouped as one (`_by_columns`)."""
    line, below = u.title[-1], v.title[0]
    if not (line.doubled and below.doubled and line.offs and below.offs and u.page is not None):
        return False
    between = u.page[line.offs[-1] + 1 : below.offs[0]]
    return (
        "\n" in between
        and not _blank_parts(u.page, between)
        and (_beside_another(u.page, line) or _beside_another(u.page, below))
    )


def _wrapped_beside(u: Unit, v: Unit) -> bool:
    """Headline `v`, read as one of its own, on the printed line right under headline `u`'s last
    line, which holds two headlines side by side (`A  B1` / `B2`: the second column's headline
    wrapped into the next line): `v` may be the rest of the headline beside, a block with `u`.
    Printed once (a doubled block is read as such), titles only, no blank line between."""
    if v.pos != u.pos + 1 or not u.title or not v.title or v.kicker or v.subtitle:
        return False
    line, below = u.title[-1], v.title[0]
    if any(x.doubled or line_features.echo(x.text) for x in (line, below)):
        return False
    if not line.offs or not below.offs or u.page is None:
        return False
    between = u.page[line.offs[-1] + 1 : below.offs[0]]
    atoms = _atoms(line, _NARROW_GAP)
    return (
        between.count("\n") == 1
        and (
            len(atoms) > 1
            and len(_BIGRAM_CLEAN.sub("", "".join(a.text for a in atoms[:-1]))) > SHORT_HEAD
            or _cut_beside(u.page, line)
        )
        and _long_enough([below])
    )


def _cut_beside(page: str, line: Line) -> bool:
    """The line is the part after a gap of a printed line a headline stands first in, cut from it
    (`split_units`): `西岭镇…慰问老人  东湖社区推行三项清单` / `夯实社区治理根基` read as two, the
    second's words going on in the next line. The text before the gap is a headline's (more than SHORT_HEAD characters)."""
    if not line.offs or not _beside_another(page, line):
        return False
    before = visible(page[page.rfind("\n", 0, line.offs[0]) + 1 : line.offs[0]])
    return len(_BIGRAM_CLEAN.sub("", before)) > SHORT_HEAD


def _side_by_side_wrapped(u: Unit) -> bool:
    """A headline read as one whose line holds a gap (a space or more) with a line of a few words or
    more under it (`A B1` / `B2`: two columns' headlines on one line, the second wrapped), printed
    once. Regrouped as a doubled block is: on 40 dev pages of the main generator's side_by_side
    family (seed 7000) attach rose 73.8% -> 75.0%, nothing else moved. A doubled headline wrapped
    inside its repeat (`一“桩”解民忧  社区更“来电` / `来电””`) is left to the doubled blocks' reading,
    and a line opening with a few characters (`辉煌60载 魅力新西藏` over its headline) is a kicker's."""
    if any(x.doubled or line_features.echo(x.text) for x in u.title):
        return False
    return any(
        len(_atoms(x, _NARROW_GAP)) > 1
        and len(_BIGRAM_CLEAN.sub("", _atoms(x, _NARROW_GAP)[0].text)) > SHORT_HEAD
        and _long_enough([below])
        for x, below in itertools.pairwise(u.title)
    )


def _printed_lines(block: list[Unit]) -> int:
    """How many printed lines a block's title lines stand on."""
    first, last, page = block[0].title[0], block[-1].title[-1], block[0].page
    return 1 + (page[first.offs[0] : last.offs[-1]].count("\n") if page else len(block) - 1)


def _regrouped(
    block: list[Unit], units: list[Unit], pieces: list[Piece], order: list, grams: list[frozenset[str]]
) -> tuple[list[Unit], list]:
    """The block's units regrouped (`regroup_blocks`), or as they came."""
    segments = [(a, u) for u in block for x in u.title for a in _block_atoms(x)]
    if not 2 <= len(segments) <= BLOCK_SEGMENTS:
        return units, order
    sizes = (sum(len(_block_atoms(x)) for x in u.title) for u in block)
    given = tuple(itertools.accumulate(sizes, initial=0))
    breaks = _line_breaks([s for s, _ in segments], block[0].page)
    ways = _groupings([s for s, _ in segments], given, breaks)
    grouped = _grouping_score(block, segments, units, pieces, order, grams)
    wrapped = _words_wrapped([s for s, _ in segments], breaks, block[0].page)
    joins = _join_logits([s for s, _ in segments], breaks, grams)
    place_cuts = _place_cuts([s for s, _ in segments], breaks)

    def plain(bounds: tuple[int, ...]) -> float:
        return grouped(bounds) - WRAP_CUT * len(wrapped.intersection(bounds))

    def score(bounds: tuple[int, ...]) -> float:
        learned = JOIN_WEIGHT * math.fsum(joins.get(k, 0.0) for k in bounds[1:-1])
        return plain(bounds) - learned - PLACE_TAKES * len(place_cuts.intersection(bounds))

    best, choice = (score(given) + REGROUP_GAIN, given) if given in ways else (-math.inf, given)
    for bounds in ways:
        if bounds != given and (t := score(bounds)) > best:
            best, choice = t, bounds
    if joins and best > -math.inf:  # the columns' reading is weighed without the learned term
        best = plain(choice) + (REGROUP_GAIN if choice == given else 0.0)
    columns = _by_columns(block, segments, units, pieces, order, grams, best + REGROUP_GAIN)
    if columns is not None:
        return _with_columns(block, segments, columns, units, order)
    # a block cut only inside its lines is headlines side by side: `_rejoin_halves` never joins them
    root = None if len(choice) > 2 and not breaks.keys() & set(choice) else block[0].part_of or block[0]
    if root is None and _one_doubled_headline(block):
        root = block[0].part_of  # a doubled headline's own gap, where `recut` cut it: rejoined if need be
    if choice == given:
        for u in block:
            u.part_of = u.part_of if root else None
        return units, order
    new = [_block_unit(segments[a:b], root) for a, b in itertools.pairwise(choice)]
    at = min(i for i, u in enumerate(units) if any(u is v for v in block))
    kept = [u for u in units if not any(u is v for v in block)]
    order = [x for x in order if not any(x is u for u in block[1:])]
    return kept[:at] + new + kept[at:], _replaced(order, block[0], new)


def _block_atoms(line: Line) -> list[Line]:
    """A block line's segments (`_atoms` at its wider gaps), each cut again at a single space where
    the print changes (`_print_cuts`)."""
    return [part for a in _atoms(line, _NARROW_GAP, True) for part in _print_cuts(a)]


def _print_cuts(segment: Line) -> list[Line]:
    """A segment of a block cut at each single space where a run printed doubled meets one with no
    character printed twice, or the other way round (`…稻田养鱼稻田养鱼 临` / `川社区…`: a stream of gathered
    headlines, one printed doubled whole, the next printed once and wrapped after its first
    character). A headline is printed doubled whole or once whole, so the print's change ends one
    headline; which headline the short run goes with is left to the grouping's score."""
    if segment.twice is None:
        return [segment]
    cuts, start = [], 0
    spans = [m.span() for m in _RUN_GAPS.finditer(segment.text)]
    bounds = [0, *(x for span in spans for x in span), len(segment.text)]
    runs = [segment.slice(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    prints = [_doubled_run(r) for r in runs]
    for (left, right), (_, end) in zip(itertools.pairwise(prints), spans, strict=True):
        if None not in (left, right) and left != right:
            cuts.append(_trimmed(segment, start, end))
            start = end
    return [*cuts, segment.slice(start)] if cuts else [segment]


def _trimmed(segment: Line, start: int, end: int) -> Line:
    """The segment's characters from start to end, less the spaces it ends with."""
    text = segment.text[start:end]
    return segment.slice(start, start + len(text.rstrip()))


def _doubled_run(run: Line) -> bool | None:
    """A run printed doubled (most of its characters a repeat's first copy, DOUBLED_RUN or more),
    printed once (none of them), or None (some, or too few to tell a repeat)."""
    if run.twice is None or not run.text.strip():
        return None
    shown = [t for c, t in zip(run.text, run.twice, strict=True) if not c.isspace()]
    if not any(shown):
        return False
    return True if 2 * sum(shown) >= len(shown) and sum(shown) >= DOUBLED_RUN else None


def _place_cuts(lines: list[Line], breaks: dict[int, bool]) -> set[int]:
    """For each segment k that opens with a place (`昭通：…`, `_PLACE_OPENS`), the first seam after
    it (k+1) when the next segment stands on the same printed line, opens with no place and the
    place-led segment ends open (no sentence's end, no closing bracket; a closing quote only in a
    couplet, `青溪县：点亮“小书屋”  温暖“老街坊”`, a headline's quoted last word being common), and the next opens with no
    bracket and either is a phrase as long as the one after the place (a couplet:
    `蓝田县：党建引领聚合力  小区自治结硕果`) or has nothing after it but a place-led segment or the
    block's end (it has no headline to go on in but the place's). A headline led by a place takes
    that phrase, so a grouping that cuts there (and gives the phrase to the headline after) pays
    PLACE_TAKES. A phrase that may open a headline of its own with what follows it
    (`陕西黑沟村:…让乡村充满爱  福清三山镇乡贤好样的` / `捐款…`) is left to the other scores."""
    out: set[int] = set()
    for k in range(len(lines) - 1):
        left, right = lines[k].text.strip(), lines[k + 1].text.strip()
        if not _PLACE_OPENS.match(left) or _PLACE_OPENS.match(right) or k + 1 in breaks:
            continue
        if left.endswith(("！", "？", "!", "?", "。", ":", "：")) or left.endswith(tuple(_BRACKET_CLOSES)):
            continue
        if right[:1] in _OPENS:
            continue  # a bracketed kicker beside is a headline's own
        phrase = len(_BIGRAM_CLEAN.sub("", _PLACE_OPENS.sub("", left)))
        couplet = len(_BIGRAM_CLEAN.sub("", right)) == phrase  # two phrases of one length
        if left.endswith(tuple(_QUOTE_CLOSES)) and not couplet:
            continue  # a quoted word may end a headline; a couplet's first phrase ends on one too
        if couplet or k + 2 == len(lines) or _PLACE_OPENS.match(lines[k + 2].text.strip()):
            out.add(k + 1)
    return out


# What a grouping pays for cutting a place-led headline's segment from the phrase beside it on its
# printed line (`_place_cuts`).
PLACE_TAKES = 0.5


def _by_columns(
    block: list[Unit],
    segments: list[tuple[Line, Unit]],
    units: list[Unit],
    pieces: list[Piece],
    order: list,
    grams: list[frozenset[str]],
    beat: float,
) -> tuple[tuple[int, ...], ...] | None:
    """A block of headlines set side by side over two printed lines or more with no blank line
    between (`A1 B1 C1` / `A2 C2`: each column's headline wrapped, the lines read across): the
    grouping that joins each line's parts to the columns of the line above, in order (a column
    whose headline ended takes nothing more; a part right of those going on may open a headline of
    its own, `_placements`), a word wrapped down a column (`_column_wraps`) kept in it, where the
    page's best assignment then scores `beat`
    (the best reading in reading order, and REGROUP_GAIN over it) or more. None otherwise."""
    lines = [s for s, _ in segments]
    breaks = _line_breaks(lines, block[0].page, spacing=True)
    if not breaks or any(breaks.values()):
        return None
    starts = [0, *sorted(breaks), len(lines)]
    rows = [range(a, b) for a, b in itertools.pairwise(starts)]
    cuts = [_row_cuts(lines, r) for r in rows]
    if math.prod(len(c) for c in cuts) > COLUMN_TRIALS:
        return None
    score = _groups_score(block, segments, units, pieces, order, grams)
    wrapped = _column_wraps(lines, rows, block[0].page)
    held = [r.start for r in rows[1:] if _goes_on(lines[r.start - 1].text, lines[r.start].text)]
    closing = _closers_below(lines, rows)
    best, choice = beat, None
    for trial in _column_trials(cuts):
        if not all(_long_enough([lines[k] for k in g]) and _one_print([lines[k] for k in g]) for g in trial):
            continue
        if not all(any(_follows(g, {i - 1}, i) for g in trial) for i in held):
            continue  # a line closing what the line above left open (`…“暖途·心守` / `护”…`) goes on with it
        if not all(any(_follows(g, {j}, i) for g in trial) for i, j in closing.items()):
            continue  # nor does a part closing the one part of the line above left open
        apart = sum(1 for i, above in wrapped.items() if not any(_follows(g, above, i) for g in trial))
        joins = sum(1 for g in trial for a, b in itertools.pairwise(g) if b != a + 1)
        if (t := score(trial) - WRAP_CUT * apart + COLUMN_JOIN * joins) > best:
            best, choice = t, trial
    return choice


def _closers_below(lines: list[Line], rows: list[range]) -> dict[int, int]:
    """For a part of a block's printed line (past the first) that closes a quotation or bracket one
    part alone of the line above left open (`【石榴花开  贤庠镇：…` / `籽籽同心】吉林…`: the left
    column's headline wrapped inside its bracket), that part: the column it goes on in."""
    out: dict[int, int] = {}
    for above, row in itertools.pairwise(rows):
        for i in row:
            opened = [j for j in above if _closes_pair(lines[j].text, lines[i].text)]
            if len(opened) == 1:
                out[i] = opened[0]
    return out


def join_features(
    lines: list[Line], k: int, breaks: dict[int, bool], shares: np.ndarray, joint: np.ndarray
) -> list[float]:
    """What says segments k-1 and k of a block of headlines are one headline's parts, or two
    headlines' (`_join_logits`, JOIN_FEATURES names them): marks the left leaves open and the right
    closes, a known word across the seam, a line break or blank line at it, the left ending as a
    text goes on (`_GOES_ON`) or as a sentence ends, the right ending with a colon (named
    `place_right`), each part's length and best body similarity (`shares`: a row a segment),
    whether both find the same body and whether read whole they find it better (`joint`), a
    couplet's two phrases of one length, print doubled on one side or both, a place and colon
    opening the right, the left ending with a closing mark, a colon anywhere in either part."""
    left, right = lines[k - 1].text.strip(), lines[k].text.strip()
    a, b = _BIGRAM_CLEAN.sub("", left), _BIGRAM_CLEAN.sub("", right)
    sa, sb = shares[k - 1], shares[k]
    best_a, best_b = float(sa.max(initial=0.0)), float(sb.max(initial=0.0))
    same = len(sa) > 0 and int(np.argmax(sa)) == int(np.argmax(sb)) and min(best_a, best_b) >= UNRELATED
    whole = float(joint.max(initial=0.0))
    return [
        1.0,
        float(_unclosed(left)),
        float(_closes_pair(left, right)),
        float(any(right.count(y) > right.count(x) for x, y in _PAIRS)),
        float(_dictionary_wrap(left, right, long=3)),
        float(_dictionary_wrap(left, right)),
        float(k in breaks),
        float(bool(breaks.get(k))),
        float(left.endswith(_GOES_ON)),
        float(left.endswith(("！", "？", "!", "?", "。"))),
        float(right.endswith((":", "："))),
        float(len(a) < HEADLINE_MIN),
        float(len(b) < HEADLINE_MIN),
        math.log1p(len(a)),
        math.log1p(len(b)),
        best_a,
        best_b,
        float(same),
        whole - max(best_a, best_b),
        float(abs(len(a) - len(b)) <= 1 and 4 <= len(a) <= 9),
        float(lines[k - 1].doubled != lines[k].doubled),
        float(lines[k - 1].doubled and lines[k].doubled),
        float(bool(_PLACE_OPENS.match(right))),
        float(left.endswith(tuple(_CLOSES))),
        float(any(c in left for c in ":：")),
        float(any(c in right for c in ":：")),
    ]


_PLACE_OPENS = re.compile(r"^[^\s：:，,“”]{2,8}[：:]")  # `昭通：…`, `泰州海陵：`: a place opens a headline


# What a cut of `_regrouped` pays per unit of the learned log-odds that its two segments are one
# headline's (a cut the scorer favours gains as much). On 60 dev-a pages (seed 8100) of the five
# gathered families attach rose with it to 0.2 and stayed there to 0.6; 0.05 and 0.1 gave less.
JOIN_WEIGHT = 0.2
JOIN_FEATURES = [
    "bias",
    "open_left",
    "closes_pair",
    "closes_right",
    "word3",
    "word2",
    "line_break",
    "blank",
    "goes_on",
    "sentence_end",
    "place_right",
    "short_left",
    "short_right",
    "log_len_left",
    "log_len_right",
    "best_left",
    "best_right",
    "same_body",
    "whole_gain",
    "couplet",
    "print_changes",
    "both_doubled",
    "place_opens_right",
    "closes_left",
    "colon_left",
    "colon_right",
]


@lru_cache(maxsize=1)
def _join_model() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairwise join scorer's weights and the features' means and scales
    (transforms/data/block_joins.json). A missing file, or one trained on other features than
    JOIN_FEATURES, is an error, never a silent fallback to the unlearned score."""
    path = Path(__file__).parent / "data" / "block_joins.json"
    rebuild = "rebuild it with `python -m evaluation.train_block_joins` (or `make train`)"
    if not path.exists():
        raise line_features.ModelError(f"the block join model is missing ({path}): {rebuild}")
    data = json.loads(path.read_text(encoding="utf-8"))
    sizes = {len(data.get(k) or ()) for k in ("weights", "mean", "scale")}
    if data.get("features") != JOIN_FEATURES or sizes != {len(JOIN_FEATURES)}:
        raise line_features.ModelError(
            f"the block join model was trained on other features than this code's: {rebuild}"
        )
    return np.array(data["weights"]), np.array(data["mean"]), np.array(data["scale"])


def _join_logits(
    segments: list[Line], breaks: dict[int, bool], grams: list[frozenset[str]]
) -> dict[int, float]:
    """For each seam k of a block's segments (k-1 | k), the learned log-odds that the two are one
    headline's parts (`join_features`); empty without a model."""
    if not JOIN_WEIGHT or len(segments) < 2:
        return {}
    weights, mean, scale = _join_model()
    singles = _shares([Unit(title=[x]) for x in segments], grams, grams)
    pairs = _shares([Unit(title=[x, y]) for x, y in itertools.pairwise(segments)], grams, grams)
    rows = np.array(
        [join_features(segments, k, breaks, singles, pairs[k - 1]) for k in range(1, len(segments))]
    )
    logits = ((rows - mean) / scale) @ weights
    return {k: float(z) for k, z in enumerate(logits, start=1)}


def _column_wraps(lines: list[Line], rows: list[range], page: str | None) -> dict[int, set[int]]:
    """For each segment of a block's printed line (past the first), the segments of the line above
    whose word jieba reads run on into it (`_words_wrapped`, as the box wraps: the line above no
    narrower). Read across the columns, not in reading order: in `万载县…党建引领基  贤庠镇…办` /
    `层社会治理显成效  成事` the left column's `基` goes on in `层` under it, and the reading order's
    `办` / `层` tells nothing of where the right column goes on (jieba may read a word there too)."""
    out: dict[int, set[int]] = {}
    for above, row in itertools.pairwise(rows):
        wider = page is None or _line_width(page, lines[above[0]]) >= _line_width(page, lines[row[0]])
        for i in row:
            out[i] = {j for j in above if wider and _dictionary_wrap(lines[j].text, lines[i].text)}
    return {i: js for i, js in out.items() if js}


def _dictionary_wrap(
    text: str, after: str, reach: int = 4, long: int = 2, from_word_start: bool = False
) -> bool:
    """`line_features.wraps` read with jieba's dictionary alone: a word of it runs across the break
    (`…引领基` / `层社会…`: `基层`). Its guess at unknown words reads one across nearly any two
    characters (`…办` / `层…`: `办层`, `…特色路` / `个…`: `路个`), and a block's line may go on under any
    segment of the line above: only a known word says which. `long`: the word's fewest characters;
    `from_word_start`: the word must start where a word of `text` read alone starts (`_cut_word`)."""
    head, tail = text.rstrip()[-reach:], after.lstrip()[:reach]
    if not head or not tail or not ("\u4e00" <= head[-1] <= "\u9fff" and "\u4e00" <= tail[0] <= "\u9fff"):
        return False
    starts = {start for _, start, _ in rjieba.tokenize(head, hmm=False)} if from_word_start else None
    cut = len(head)
    return any(
        start < cut < end and end - start >= long and (starts is None or start in starts)
        for _, start, end in rjieba.tokenize(head + tail, hmm=False)
    )


def _follows(group: tuple[int, ...], above: set[int], i: int) -> bool:
    """Segment `i` goes on right after one of the segments `above` in a column's group."""
    return any(a in above and b == i for a, b in itertools.pairwise(group))


# What a headline of `_by_columns` gains for each line of a column it joins across others' parts: no
# blank line between a block's printed lines says its headlines go on (a blank line ends one). On 200
# dev pages of blind4's stream_gathered (seeds 7000, 3000) attach went 46.4%/49.9% with none, 46.8/50.3
# with 0.05, 47.2/50.5 with 0.1, 47.0/51.0 with 0.2 (45.1/49.0 before `_by_columns`).
COLUMN_JOIN = 0.1
COLUMN_TRIALS = 200  # the most ways to cut a block's lines into parts tried in `_by_columns`


def _row_cuts(lines: list[Line], row: range) -> list[list[tuple[int, ...]]]:
    """The ways to cut one printed line's segments into parts, as `_groupings` cuts: never inside a
    quotation or brackets, never after a colon or a comma."""
    allowed, depth = [], 0
    for i in row[:-1]:
        t = lines[i].text
        depth = max(0, depth + sum(ch in _OPENS for ch in t) - sum(ch in _CLOSES for ch in t))
        before = "".join(lines[k].text for k in range(row.start, i + 1))
        after = "".join(lines[k].text for k in range(i + 1, row.stop))
        if (depth == 0 or _open_past(before, after)) and not t.rstrip().endswith(_GOES_ON):
            allowed.append(i + 1)
    out = []
    for n in range(len(allowed) + 1):
        for cut in itertools.combinations(allowed, n):
            bounds = (row.start, *cut, row.stop)
            out.append([tuple(range(a, b)) for a, b in itertools.pairwise(bounds)])
    return out


def _column_trials(cuts: list[list[list[tuple[int, ...]]]]) -> Iterator[tuple[tuple[int, ...], ...]]:
    """Each line cut as one of its ways, its parts joined in order to columns the line above
    continued, or opening headlines of their own under columns that ended (`_placements`,
    `_by_columns`)."""

    def grow(cols: list[tuple[int, ...]], open_: list[int], r: int) -> Iterator[tuple[tuple[int, ...], ...]]:
        if r == len(cuts):
            yield tuple(cols)
            return
        for parts in cuts[r]:
            for placed in _placements(len(parts), open_):
                new = list(cols)
                used = []
                for c, part in zip(placed, parts, strict=True):
                    if c is None:
                        new.append(part)
                        used.append(len(new) - 1)
                    else:
                        new[c] = new[c] + part
                        used.append(c)
                yield from grow(new, used, r + 1)

    for first in cuts[0]:
        yield from grow(list(first), list(range(len(first))), 1)


def _placements(parts: int, open_: list[int]) -> Iterator[tuple[int | None, ...]]:
    """Each way to set a printed line's parts, left to right, under the columns still open: each
    goes on with an open column (in their order), or, every headline above having ended, each opens
    a headline of its own (None): a gathered block streams its headlines, the next opening under
    those that ended (`贵州剑河：…` / `治理新动能…  振兴` / `开在村委会里的表彰会`). Only under
    headlines side by side (two columns open or more): under one, a line opening a headline is a
    stack the reading order cuts as well (`_groupings`), and a wrapped headline's short rest
    (`德州运河经济开发区织` / `密责任网格`) would take a stray piece. A line where some go on and others
    open is not tried: on 80 dev pages of blind4's stream_gathered (seed 8400) it gained 1.1 points
    of attach (59.1% -> 60.2%), yet on blind3's dense_gathered, whose headlines run on like text
    (`…村规民约  “约”出乡村文明新风  成都…“暖途·心守` / `护”助力…`), it cost 0.7 (seed 3000, all
    families). Where a line's start stands cannot be read (an extractor drops the spaces before
    it), so the first part may take any column still open."""
    if parts <= len(open_):
        yield from itertools.combinations(open_, parts)
    if len(open_) > 1:  # under one headline, none opens: `_groupings` reads that
        yield (None,) * parts


def _groups_score(
    block: list[Unit],
    segments: list[tuple[Line, Unit]],
    units: list[Unit],
    pieces: list[Piece],
    order: list,
    grams: list[frozenset[str]],
) -> Callable[[tuple[tuple[int, ...], ...]], float]:
    """`_grouping_score` for groups of segments that need not stand one after the other."""
    at = {id(u): i for i, u in enumerate(units)}
    others = [i for i, u in enumerate(units) if not any(u is v for v in block)]
    stands = _position(units, pieces, order, grams)
    fixed = _shares(units, grams, grams) + stands
    lines = [s for s, _ in segments]
    wrapped = _words_wrapped(lines, _line_breaks(lines, block[0].page), block[0].page)
    cache: dict[tuple[int, ...], tuple[np.ndarray, float, np.ndarray]] = {}

    def of(g: tuple[int, ...]) -> tuple[np.ndarray, float, np.ndarray]:
        if g not in cache:
            u = Unit(title=[lines[k] for k in g])
            words = _shares([u], grams, grams)[0]
            weight = _rarity([_bigrams(u.text)], grams)
            mass = math.fsum(weight.get(x, UNSEEN_WEIGHT) for x in _bigrams(u.text))
            stray = (
                mass * (words < STRAY_SHARE)
                if len(g) == 1 and _long_enough([lines[g[0]]]) and not {g[0], g[0] + 1} & wrapped
                else np.zeros(len(grams))
            )
            cache[g] = (words, mass, stray)
        return cache[g]

    def score(groups: tuple[tuple[int, ...], ...]) -> float:
        whole = math.fsum(of(g)[1] for g in groups) or 1.0
        strays = [sum((of((k,))[2] for k in g), np.zeros(len(grams))) for g in groups]
        rows = [
            (of(g)[0] * of(g)[1] - UNFOUND_COST * st) * len(block) / whole + stands[at[id(segments[g[0]][1])]]
            for g, st in zip(groups, strays, strict=True)
        ]
        full = _table(np.vstack([fixed[others], *rows]), pieces)
        mine = len(others) + np.arange(len(groups))
        full[mine, len(pieces) + mine] = 0.0
        r, c = linear_sum_assignment(full, maximize=True)
        return float(full[r, c].sum())

    return score


def _with_columns(
    block: list[Unit],
    segments: list[tuple[Line, Unit]],
    columns: tuple[tuple[int, ...], ...],
    units: list[Unit],
    order: list,
) -> tuple[list[Unit], list]:
    """The units and reading order with the block's headlines read by columns (`_by_columns`):
    headlines side by side, none a part `_rejoin_halves` joins."""
    new = [_block_unit([segments[k] for k in g], None) for g in sorted(columns)]
    at = min(i for i, u in enumerate(units) if any(u is v for v in block))
    kept = [u for u in units if not any(u is v for v in block)]
    order = [x for x in order if not any(x is u for u in block[1:])]
    return kept[:at] + new + kept[at:], _replaced(order, block[0], new)


def _one_doubled_headline(block: list[Unit]) -> bool:
    """The block is the parts `recut` cut from one headline printed doubled (`贵州剑河贵州剑河：：…` /
    `…新动能  绘就和美乡` / `村新画卷绘就和美乡村新画卷`): a phrase of the headline's own, set off by
    its gap, may find no body of its own."""
    whole = block[0].part_of
    return (
        whole is not None
        and len(block) > 1
        and all(u.part_of is whole for u in block)
        and DOUBLED_SHARE * sum(len(x.text) for x in whole.title) >= len(whole.text)
    )


DOUBLED_SHARE = 0.6  # of its printed characters, a doubled headline read once keeps about half


def _grouping_score(
    block: list[Unit],
    segments: list[tuple[Line, Unit]],
    units: list[Unit],
    pieces: list[Piece],
    order: list,
    grams: list[frozenset[str]],
    stray: float | None = None,
) -> Callable[[tuple[int, ...]], float]:
    """The page's best assignment with the block's units replaced by a grouping of its segments:
    each group's words weighted by its share of the block's (its bigrams' weights, as `_shares` weighs
    them), the block weighing as many units as it came as; a group stands where its first segment's
    unit stood. `stray`: what a group pays for each segment's words its body holds none of (UNFOUND_COST)."""
    stray = UNFOUND_COST if stray is None else stray
    at = {id(u): i for i, u in enumerate(units)}
    others = [i for i, u in enumerate(units) if not any(u is v for v in block)]
    stands = _position(units, pieces, order, grams)
    fixed = _shares(units, grams, grams) + stands
    n = len(segments)
    spans = {(a, b): Unit(title=[s for s, _ in segments[a:b]]) for a in range(n) for b in range(a + 1, n + 1)}
    words = dict(zip(spans, _shares(list(spans.values()), grams, grams), strict=True))
    weight = _rarity([_bigrams(u.text) for u in spans.values()], grams)
    mass = {k: math.fsum(weight.get(g, UNSEEN_WEIGHT) for g in _bigrams(u.text)) for k, u in spans.items()}
    strays = _strays(segments, words, mass)

    def score(bounds: tuple[int, ...]) -> float:
        groups = list(itertools.pairwise(bounds))
        whole = math.fsum(mass[g] for g in groups) or 1.0
        rows = [
            (words[g] * mass[g] - stray * strays[g]) * len(block) / whole + stands[at[id(segments[g[0]][1])]]
            for g in groups
        ]
        full = _table(np.vstack([fixed[others], *rows]), pieces)
        mine = len(others) + np.arange(len(groups))
        full[mine, len(pieces) + mine] = 0.0  # a part left without a body explains none of the block
        r, c = linear_sum_assignment(full, maximize=True)
        return float(full[r, c].sum())

    return score


def _strays(
    segments: list[tuple[Line, Unit]],
    words: dict[tuple[int, int], np.ndarray],
    mass: dict[tuple[int, int], float],
) -> dict[tuple[int, int], np.ndarray]:
    """For each run of a block's segments, and each piece, the weight of its segments of a headline's
    length whose words that piece holds next to none of (STRAY_SHARE): a headline of the block that
    finds no body (a teaser) glued to its neighbour costs UNFOUND_COST of its words, so it stands
    alone (`开在村委会里的表彰会` + `衡山县…乡贤…`); a headline's half whose words its body holds a
    few of (`邻里驿站集民意` + `干部下沉解民忧`) costs nothing, and stays whole. Nor does a segment
    whose word a box wrapped over a line break (`…走村入户）一` / `个东湖…`): part of a longer headline."""
    lines = [x for x, _ in segments]
    page = segments[0][1].page
    wrapped = _words_wrapped(lines, _line_breaks(lines, page), page)
    none = np.zeros(len(words[(0, 1)]))
    one = [
        mass[(k, k + 1)] * (words[(k, k + 1)] < STRAY_SHARE)
        if _long_enough([lines[k]]) and not {k, k + 1} & wrapped
        else none
        for k in range(len(segments))
    ]
    return {(a, b): sum(one[a:b], none) for a, b in words}


UNFOUND_COST = 0.4
STRAY_SHARE = 0.1  # the share of a segment's words a body holds below which the segment is not that body's

_OPENS, _CLOSES = "“‘「《（([【〔", "”’」》）)]】〕"
_QUOTE_CLOSES, _BRACKET_CLOSES = "”’」》", "）)]】〕"
_GOES_ON = (":", "：", "，", ",", "、")  # no headline ends with these
HEADLINE_MIN = 5  # characters: a headline's shortest


def _line_breaks(segments: list[Line], page: str | None, spacing: bool = False) -> dict[int, bool]:
    """The segments (indices, the first aside) that open a printed line, each with whether a blank
    line stands before it (with `spacing`, one that parts them on the page's spacing: `_blank_parts`)."""
    between = {
        i: page[segments[i - 1].offs[-1] : segments[i].offs[0]] if page else "\n"
        for i in range(1, len(segments))
    }
    if spacing:
        return {i: _blank_parts(page, t) for i, t in between.items() if "\n" in t}
    return {i: bool(_BLANK_LINE.search(t)) for i, t in between.items() if "\n" in t}


def _blank_parts(page: str | None, between: str) -> bool:
    """The text between two printed lines holds a blank line that parts them: one, or on a page
    printed double-spaced (`_double_spaced`) two."""
    return bool((_TWO_BLANK_LINES if page and _double_spaced(page) else _BLANK_LINE).search(between))


@functools.lru_cache(maxsize=8)
def _double_spaced(page: str) -> bool:
    """The page prints a blank line after nearly every line (DOUBLE_SPACED of them, an extractor's
    way): a blank line there parts nothing, two do."""
    rows = page.split("\n")
    printed = [k for k, x in enumerate(rows[:-1]) if visible(x).strip()]
    after = sum(1 for k in printed if not visible(rows[k + 1]).strip())
    return len(printed) >= DOUBLE_SPACED_MIN and after >= DOUBLE_SPACED * len(printed)


DOUBLE_SPACED = 0.9
DOUBLE_SPACED_MIN = 20  # printed lines: fewer tell nothing of the page's spacing
_TWO_BLANK_LINES = re.compile(f"\n[ \t\u3000{INVISIBLE}]*\n[ \t\u3000{INVISIBLE}]*\n")


_BLANK_LINE = re.compile(f"\n[ \t\u3000{INVISIBLE}]*\n")  # a line of invisible characters is blank


def _groupings(
    segments: list[Line], given: tuple[int, ...], breaks: dict[int, bool]
) -> list[tuple[int, ...]]:
    """The ways to cut the segments, in reading order, into headlines: where a line's segments meet
    (a line's last segment goes on in the next line's first, unless the units as given cut there or
    a blank line stands between), never inside a quotation or brackets, never after a colon or a
    comma (a `<place>：` opens the headline that goes on after it), never into a headline of a few
    characters (unless the units came so); and a block cut at all is cut before a segment that is
    a `<place>：` (`蓝田县：` wrapped at a line's end opens the headline beside the one before it),
    however the units came."""
    allowed, depth = [], 0
    for i, s in enumerate(segments[:-1], start=1):
        depth = max(0, depth + sum(ch in _OPENS for ch in s.text) - sum(ch in _CLOSES for ch in s.text))
        if (
            depth == 0
            and not s.text.rstrip().endswith(_GOES_ON)
            and (i not in breaks or i in given or breaks[i] or _both_doubled(s, segments[i]))
        ):
            allowed.append(i)
    cuts = itertools.chain.from_iterable(itertools.combinations(allowed, j) for j in range(len(allowed) + 1))
    ways = [(0, *cut, len(segments)) for cut in cuts]
    places = {i for i, s in enumerate(segments) if i > 0 and s.text.rstrip().endswith((":", "："))}
    return [
        w
        for w in ways
        if (len(w) == 2 or places <= set(w))
        and (w == given or all(_long_enough(segments[a:b]) for a, b in itertools.pairwise(w)))
        and all(_one_print(segments[a:b]) for a, b in itertools.pairwise(w))
    ]


def _words_wrapped(segments: list[Line], breaks: dict[int, bool], page: str | None = None) -> set[int]:
    """The line breaks of a block (segment indices) where its box wrapped a word from one line into
    the next (`…魅力新西藏）一` / `个高原…`: jieba reads a word across the break,
    `line_features.wraps`): one headline most likely goes on there (`WRAP_CUT`). Only where the
    wrap is seen in print too: a box wraps a full line, so the printed line over the break is no
    narrower than the one under it; a short line over a longer one ended where its headline did
    (`方寸网格暖意浓` / `易门小街村走出…`: jieba reads `浓易` by chance)."""
    return {
        i
        for i, blank in breaks.items()
        if not blank
        and line_features.wraps(segments[i - 1].text.rstrip(), segments[i].text.lstrip())
        and (page is None or _line_width(page, segments[i - 1]) >= _line_width(page, segments[i]))
    }


def _line_width(page: str, segment: Line) -> float:
    """The print width of the whole page line a segment stands on."""
    return _print_width(_page_line(page, segment.offs[0]).text)


def _both_doubled(above: Line, below: Line) -> bool:
    """Two segments of a block on two printed lines, each printed doubled: a doubled block sets its
    headlines' parts a line each or side by side (`居民小区党` / `旗飘 綦江：`), so a line break
    inside it may end a headline however the units came."""
    return above.doubled and below.doubled


# What a grouping of a block loses for each cut where a word runs over a line break: more than the
# units as they came gain (REGROUP_GAIN), so a tie goes to the headline read on over the wrap, while
# two headlines meeting where jieba reads a word by chance (`…暖意浓` / `开在…`: `浓开`) stay apart
# where each finds its own body. On 40 dev pages of seeds 7000 and 3000 of template like_004 and third
# heads_inside: forbidding such cuts outright gave 4 pages and took 1 (`浓开`); 0.15 gave 2, 0.3 gave
# 3, 0.5 and 0.6 gave the 4 and took none.
WRAP_CUT = 0.5


def _long_enough(segments: list[Line]) -> bool:
    """Segments that could be a headline of their own: not a few characters (`小网格`, `五指`)."""
    return len(_BIGRAM_CLEAN.sub("", "".join(s.text for s in segments))) >= HEADLINE_MIN


def _block_unit(segments: list[tuple[Line, Unit]], part_of: Unit | None, kicker: bool = True) -> Unit:
    """A headline of a regrouped block: its segments, as sure as the units they came from, printed
    inside a sentence where its first segment was, under the kicker of the unit it opens (`kicker`
    false: the kicker's lines are segments of the block themselves, `regroup_stacks`)."""
    sources = list({id(u): u for _, u in segments}.values())
    title = [s for s, _ in segments]
    first = segments[0][1]
    conf = [c for u in sources for c in u.conf]
    opens = bool(title[0].offs) and bool(first.title[0].offs) and title[0].offs[0] == first.title[0].offs[0]
    last = segments[-1][1]
    ends = kicker and bool(last.subtitle) and _ends_unit(title[-1], last)  # (a stack's are segments)
    return Unit(
        kicker=list(first.kicker) if opens and kicker else [],
        title=title,
        subtitle=list(last.subtitle) if ends else [],
        lines=list(title) + ([x for x in last.lines if x.text in last.subtitle] if ends else []),
        conf=conf,
        pos=first.pos,
        cuts=first.cuts,
        page=first.page,
        part_of=part_of,
    )


def _ends_unit(segment: Line, u: Unit) -> bool:
    """The segment is the last of unit `u`'s title, as printed (where its subtitle goes on)."""
    end = u.title[-1].offs
    return bool(segment.offs and end) and segment.offs[-1] == end[-1]


def regroup_stacks(units: list[Unit], pieces: list[Piece], order: list) -> tuple[list[Unit], list]:
    """A stack of headlines printed one over the other with no text between them (two or three
    articles' headlines printed together above their bodies, or gathered elsewhere), each perhaps
    wrapped over lines: where one headline ends and the next starts is read again from the whole
    page's assignment (`_grouping_score`), its printed lines cut into the headlines whose words find
    their bodies best, as `regroup_blocks` cuts a doubled block's segments. A wrapped headline read
    as two, two read as one, a headline read as the subtitle of the one above (or its kicker over
    it). Only units whose printed lines are all known; a cut where a word runs over the line break
    costs WRAP_CUT, and another grouping must score REGROUP_GAIN more than the units as given."""
    if not pieces:
        return units, order
    grams = _piece_grams(pieces)
    for run in _stacks(order):
        units, order = _restacked(run, units, pieces, order, grams)
    return units, order


def _stack_lines(u: Unit) -> list[Line] | None:
    """A unit's printed lines, kicker, title then subtitle, where they are all known (a unit cut from
    another keeps only its title lines)."""
    if not u.title or u.page is None:
        return None
    if not u.subtitle and not u.kicker:
        return list(u.title)
    k = len(u.kicker)
    if any(_CIRCLED.search(x.strip()) or _SERIES_TAG.fullmatch(x.strip()) for x in u.kicker):
        return None  # a series' numbered tag (`…vlog④`) is a kicker whatever its words find
    if all(_MARKDOWN.match(x.text) for x in u.title) and not any(_MARKDOWN.match(x) for x in u.kicker):
        return None  # the print marks the headings (`# …`) and not the line over them: a kicker
    if len(u.lines) == k + len(u.title) + len(u.subtitle) and u.lines[k : k + len(u.title)] == u.title:
        return list(u.lines)
    return _printed_stack(u)


def _printed_stack(u: Unit) -> list[Line] | None:
    """A headline's printed lines read from the page, kicker, title then subtitle, each whole, where
    its title's segments are its printed lines cut at their gaps (`“车棚”建起来` and `新村不再停车难`
    of the one line `“车棚”建起来 新村不再停车难`) and its kicker and subtitle stand right over
    and under them with no blank line: a stack reads a headline's lines as printed. None otherwise
    (a doubled print, a line elsewhere)."""
    page = u.page
    if page is None or any(x.doubled or not x.offs for x in u.title):
        return None
    title = _page_lines(page, u.title[0].offs[0], u.title[-1].offs[-1])
    if not _title_cut_from(u.title, title):
        return None
    above = _lines_next_to(page, title[0], -len(u.kicker))
    below = _lines_next_to(page, title[-1], len(u.subtitle))
    if above is None or below is None:
        return None
    if [x.text for x in above] != [t.strip() for t in u.kicker] or [x.text for x in below] != [
        t.strip() for t in u.subtitle
    ]:
        return None
    return [*above, *title, *below]


def _page_line(page: str, at: int) -> Line:
    """The printed line holding page offset `at`, stripped of the blanks around it."""
    start = page.rfind("\n", 0, at) + 1
    end = page.find("\n", at)
    end = len(page) if end < 0 else end
    raw = page[start:end]
    lead = len(raw) - len(raw.lstrip())
    return Line(raw.strip(), range(start + lead, start + lead + len(raw.strip())))


def _page_lines(page: str, first: int, last: int) -> list[Line]:
    """The printed lines from the one holding offset `first` to the one holding `last`."""
    out = [_page_line(page, first)]
    while out[-1].offs and out[-1].offs[-1] < last:
        nxt = page.find("\n", out[-1].offs[-1])
        if nxt < 0:
            break
        out.append(_page_line(page, nxt + 1))
    return out


def _lines_next_to(page: str, line: Line, n: int) -> list[Line] | None:
    """The |n| printed lines right under (n > 0) or over (n < 0) a line, none blank; None where one is."""
    out: list[Line] = []
    edge = line.offs[-1] if n > 0 else line.offs[0]
    for _ in range(abs(n)):
        if n > 0:
            nxt = page.find("\n", edge)
            if nxt < 0:
                return None
            x = _page_line(page, nxt + 1)
        else:
            prev = page.rfind("\n", 0, edge)
            if prev <= 0 or page[prev - 1] == "\n":
                return None
            x = _page_line(page, prev - 1)
        if not x.text or not x.offs:
            return None
        out.append(x)
        edge = x.offs[-1] if n > 0 else x.offs[0]
    return out if n > 0 else out[::-1]


def _title_cut_from(title: list[Line], printed: list[Line]) -> bool:
    """The title's segments are the printed lines `printed` cut at their gaps and nothing else, in
    order, each printed line holding one segment or more."""
    if not title or not printed or any(not x.offs for x in [*title, *printed]):
        return False
    at = 0
    for line in printed:
        inside = set(line.offs)
        took = 0
        while at < len(title) and set(title[at].offs) <= inside:
            at, took = at + 1, took + 1
        if not took:
            return False
    return at == len(title)


def _stacks(order: list) -> list[list[Unit]]:
    """The runs of headlines standing one right after the other in reading order, each of known
    lines (`_stack_lines`), two printed lines or more in all (one headline of two lines may be two)."""
    runs: list[list[Unit]] = []
    for x in order:
        lines = _stack_lines(x) if isinstance(x, Unit) else None
        if lines is None:
            runs.append([])
            continue
        prev = runs[-1][-1] if runs and runs[-1] else None
        if prev is not None and prev.pos == x.pos - 1 and prev.page is x.page:
            runs[-1].append(x)
        else:
            runs.append([x])
    return [r for r in runs if sum(len(_stack_lines(u) or []) for u in r) >= 2]


def _restacked(
    run: list[Unit], units: list[Unit], pieces: list[Piece], order: list, grams: list[frozenset[str]]
) -> tuple[list[Unit], list]:
    """The run's units regrouped (`regroup_stacks`), or as they came."""
    owned = [(line, u) for u in run for line in _stack_lines(u) or []]
    lines = [x for x, _ in owned]
    if not 2 <= len(lines) <= BLOCK_SEGMENTS or any(not x.offs for x in lines):
        return units, order
    given = tuple(itertools.accumulate((len(_stack_lines(u) or []) for u in run), initial=0))
    page = run[0].page
    breaks = _line_breaks(lines, page)
    wrapped = _words_wrapped(lines, breaks, page)
    allowed, depth = [], 0
    for i, s in enumerate(lines[:-1], start=1):
        depth = max(0, depth + sum(ch in _OPENS for ch in s.text) - sum(ch in _CLOSES for ch in s.text))
        if i in given or (
            depth == 0
            and not s.text.rstrip().endswith(_GOES_ON)
            and not lines[i].text.lstrip().startswith("—")
        ):
            allowed.append(i)
    # a line that ends a headline as given is joined to the next only where it fills the box as a wrap does
    kickers = {a: len(u.kicker) for a, u in zip(given, run, strict=False) if u.kicker}
    narrow = set(given[1:-1]) - _wrap_joins(lines, given, page, pieces, grams, kickers)
    ways = [
        w
        for n in range(len(allowed) + 1)
        for cut in itertools.combinations(allowed, n)
        if (w := (0, *cut, len(lines))) == given
        or (narrow <= set(w) and all(_long_enough(lines[a:b]) for a, b in itertools.pairwise(w)))
    ]
    if all(bounds == given for bounds in ways):
        return units, order  # no other grouping to weigh: the units stay as they came
    grouped = _grouping_score(run, owned, units, pieces, order, grams, 0.0)

    def score(bounds: tuple[int, ...]) -> float:
        return grouped(bounds) - WRAP_CUT * len(wrapped.intersection(bounds))

    best, choice = score(given) + REGROUP_GAIN, given
    for bounds in ways:
        if bounds != given and (t := score(bounds)) > best:
            best, choice = t, bounds
    if choice == given:
        return units, order
    whole = {(a, b): u for (a, b), u in zip(itertools.pairwise(given), run, strict=True)}
    groups = list(itertools.pairwise(choice))
    new = [whole.get(g) or _block_unit(owned[g[0] : g[1]], None, kicker=False) for g in groups]
    at = min(i for i, u in enumerate(units) if any(u is v for v in run))
    kept = [u for u in units if not any(u is v for v in run)]
    trial = kept[:at] + new + kept[at:]
    trial_order = _replaced([x for x in order if not any(x is u for u in run[1:])], run[0], new)
    if not _all_headed(
        trial, [u for g, u in zip(groups, new, strict=True) if g not in whole], pieces, trial_order, grams
    ) or not _cut_parts_beside(trial, new, groups, given, lines, pieces, trial_order, grams):
        return units, _numbered(order)
    touched = {id(u.part_of or u) for g, u in whole.items() if g not in groups}
    for u in units:
        if u.part_of is not None and id(u.part_of) in touched:
            u.part_of = None  # a part regrouped is no half `_rejoin_halves` gives back, nor its siblings
    return trial, trial_order


_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "…", "）", ")", "】", "]")
STACK_SLACK = 1.0  # print cells: a wrapped line of a stack's box stops this short of its widest line at most


def _wrap_joins(
    lines: list[Line],
    given: tuple[int, ...],
    page: str | None,
    pieces: list[Piece],
    grams: list[frozenset[str]],
    kickers: dict[int, int] | None = None,
) -> set[int]:
    """The boundaries of a stack's units as given where the print says one headline wrapped on
    (`regroup_stacks` may join there): the line over the break fills the stack's box as a wrapped
    line does (no narrower than any of its lines, by STACK_SLACK, nor than the line under it), ends
    no sentence nor bracket, the line under it opens no subtitle (`——`), and each part holds SPLIT_MIN
    of its words in the body the joined headline finds best (`_one_headline`). Where the unit under
    the break opens with a kicker (`kickers`: its first line's index, its kicker's lines), the part
    under it is that kicker alone, and the line over it need only be no narrower than the kicker (the
    stack's headlines may each be set in a box of their own width): a wrapped headline's end read as
    the kicker of the headline under it (`某县推进物业小区` / `老城片区治理全覆盖` / `“车棚”建起来…`)
    goes on with the words above, whatever the headline under it names. (Dev-a main headline_blocks
    attach 82.6/84.2% -> 83.0/84.6%, seeds 8300/8400; dev-b main 8200 86.9% -> 87.3%.)"""
    if page is None:
        return set()
    breaks = _line_breaks(lines, page)
    widths = [_line_width(page, x) for x in lines]
    kicker = kickers or {}
    joins = set()
    for a, k, b in zip(given, given[1:-1], given[2:], strict=False):
        up, down = lines[k - 1], lines[k]
        if (
            k in breaks
            and not breaks[k]
            and (k in kicker or widths[k - 1] >= max(widths) - STACK_SLACK)
            and widths[k - 1] >= widths[k]
            and not up.text.rstrip().endswith(_SENTENCE_ENDS)
            and not down.text.lstrip().startswith("—")
            and _one_headline(
                [
                    Unit(title=lines[a:k], page=page),
                    Unit(title=lines[k : k + kicker.get(k, b - k)], page=page),
                ],
                pieces,
                grams,
                False,
            )
        ):
            joins.add(k)
    return joins


def _all_headed(
    units: list[Unit], new: list[Unit], pieces: list[Piece], order: list, grams: list[frozenset[str]]
) -> bool:
    """Each headline of a stack cut anew heads a body in the page's best assignment: a part left
    without one explains nothing the whole did not (`“车友群”发力` / `龙翔苑小区不再停车难`)."""
    words = _shares(units, grams, grams)
    got = _solved(_assignment_table(units, pieces, order, words, grams), len(units), len(pieces))
    return all(i in got for i, u in enumerate(units) if any(u is v for v in new))


def _cut_parts_beside(
    units: list[Unit],
    new: list[Unit],
    groups: list[tuple[int, int]],
    given: tuple[int, ...],
    lines: list[Line],
    pieces: list[Piece],
    order: list,
    grams: list[frozenset[str]],
) -> bool:
    """Each headline a stack's regrouping cut out of one unit as given (its lines' bounds in `groups`
    lying inside one given unit, `_inside_given`, that one headline could hold: HEADLINE_MAX) heads a text next to the stack in the page's best
    assignment: the text right over it, or one of the texts under it, one a headline of the stack.
    One headline's two lines read as one (`“顺口溜”村规民约` / `“约”出乡村文明新风`: a couplet) are two
    headlines only where each heads a text the stack stands by; the second line taking a headless
    text printed elsewhere on the page is a chance match of its words."""
    one = [
        (a, b)
        for a, b in itertools.pairwise(given)
        if len("".join(x.text for x in lines[a:b])) <= HEADLINE_MAX
    ]
    parts = [
        u
        for g, u in zip(groups, new, strict=True)
        if _inside_given(g, given) and any(a <= g[0] and g[1] <= b for a, b in one)
    ]
    if not parts:
        return True
    words = _shares(units, grams, grams)
    got = _solved(_assignment_table(units, pieces, order, words, grams), len(units), len(pieces))
    at = [i for i, x in enumerate(order) if any(x is u for u in new)]
    near = [x for x in reversed(order[: at[0]]) if isinstance(x, Piece)][:1]
    near += [x for x in order[at[-1] + 1 :] if isinstance(x, Piece)][: len(new)]
    index = {id(p): i for i, p in enumerate(pieces)}
    allowed = {index[id(p)] for p in near if id(p) in index}
    return all(got.get(i) in allowed for i, u in enumerate(units) if any(u is v for v in parts))


def _inside_given(bounds: tuple[int, int], given: tuple[int, ...]) -> bool:
    """Lines `bounds` lie inside one unit as given (no given bound between them) and are not all of it."""
    a, b = bounds
    return not any(a < k < b for k in given) and not (a in given and b in given)


def _replaced(order: list, x: Piece | Unit, by: Sequence[Piece | Unit]) -> list:
    """The page's reading order with `x` replaced by `by`, every place numbered again."""
    return _numbered([z for y in order for z in (by if y is x else (y,))])


def _captions_under_headlines(pieces: list[Piece], order: list) -> tuple[list[Piece], list]:
    """A photo's one-sentence caption printed between a headline and a text that has no headline of
    its own (`“车友群”发力…` / `党员群众清理小区环境。张三 摄` / `3月25日，…`) is that article's photo:
    the caption and its credit join the text under it. Else the headline took the caption as a photo
    item and left the text headless. A photo news item's caption is its whole text, longer than this."""
    k = 0
    while k + 2 < len(order):
        head, photo, text = order[k : k + 3]
        if (
            isinstance(head, Unit)
            and isinstance(photo, Piece)
            and isinstance(text, Piece)
            and photo.kind == "photo"
            and not photo.inset  # printed inside that text, not over it
            and text.kind == "article"
            and _one_sentence_caption(photo)
        ):
            merged = Piece(
                lines=photo.lines + text.lines,
                dateline=text.dateline,
                opens=True,
                closed=text.closed,
                pos=photo.pos,
                lead_in=text.lead_in,
            )
            merged.authors, merged.bylines, merged.ends = (
                text.authors + photo.authors,
                photo.bylines + text.bylines,
                text.ends,
            )
            merged.conf, merged.ending, merged.lent = photo.conf + text.conf, text.ending, text.lent
            pieces = [merged if x is photo else x for x in pieces if x is not text]
            order = _numbered([merged if x is photo else x for x in order if x is not text])
        k += 1
    return pieces, order


def _before_credit(text: str) -> str:
    """A caption's text before its photographer's credit (`…清理小区环境。张三 摄` -> `…清理小区环境。`)."""
    found = bylines.photo(text)
    return text[: found[0]].rstrip() if found and found[0] > 0 else text


def _one_sentence_caption(p: Piece) -> bool:
    """One sentence of a photo's caption with its photographer's credit (a line the model read as a
    caption with no credit may be a subtitle: `…全面提升基层社会治理效能` under a headline)."""
    text = "".join(map(_TEXT, p.lines))
    credited = any(bylines.photo(b) for b in p.bylines)
    return credited and 0 < len(text) <= CAPTION_MAX and len(_STOPS.findall(text.rstrip("。.！!？? "))) == 0


CAPTION_MAX = 50  # characters: a caption under a headline says what the photo shows in one sentence


def _numbered(order: list) -> list:
    for k, x in enumerate(order):
        x.pos = k
    return order


def _assigned_total(
    units: list[Unit], pieces: list[Piece], order: list, scale: list[float], grams: list[frozenset[str]]
) -> float:
    """The value of the best assignment, each unit's row (its pieces and its orphan slot) scaled
    (`grams`: each piece's bigrams, as `_similarity` makes them)."""
    words = _similarity(units, pieces, chained=True) if CHAINED else _shares(units, grams, grams)
    full = _assignment_table(units, pieces, order, words, grams)
    full[: len(units)] *= np.array(scale)[:, None]
    rows, cols = linear_sum_assignment(full, maximize=True)
    return float(full[rows, cols].sum())


def _assignment_table(
    units: list[Unit],
    pieces: list[Piece],
    order: list[Piece | Unit],
    words: np.ndarray,
    grams: list[frozenset[str]] | None = None,
    side: _Side | None = None,
) -> np.ndarray:
    """Rows: the units, then one row a piece that may go on with the one before; columns: the pieces,
    then each unit's orphan slot, then each going-on row's slot for "it has a headline after all".
    `side`: where the page prints its headlines, and the pieces its sure headlines close."""
    worth = words * _evidence(units, grams) if pieces and grams is not None else words
    score = worth + _position(units, pieces, order, grams, side) if pieces else words
    for j, p in enumerate(pieces):
        if _sentence_rest(p) and 0 < p.pos < len(order) and isinstance(order[p.pos - 1], Piece):
            score[:, j] = min(ORPHAN, 0.0) - 1.0  # (under a headline line: perhaps its own first line)
    return _table(score, pieces, side)


def _sentence_rest(p: Piece) -> bool:
    """The piece opens with the rest of a sentence begun elsewhere (`作。` / `自党史学习教育…`, the
    first line of a column after a story cut off mid-sentence by its neighbour): no headline stands
    over such a text, so none is matched to it (it goes on from the text it continues)."""
    first = next((x.text.strip() for x in p.lines if x.text.strip()), "")
    if p.kind != "article" or p.opens or not first:
        return False
    return first.startswith(_JOINING_STARTS) or _SENTENCE_END_SOON.match(first) is not None


# A sentence ended within SENTENCE_REST characters of a line's start, by no quotation opened there
# (`作。`, `了。”`): the end of a sentence begun on another line. (A clause mark that soon is no such
# sign: a story opens `昨日，`, `近日，`.)
_SENTENCE_END_SOON = re.compile(r"^[^“‘「『（(《]{1,3}[。！？!?]")


def _evidence(units: list[Unit], grams: list[frozenset[str]]) -> np.ndarray:
    """How much a unit's share of words found can say, by how many bigrams it holds: a short line (a
    sub-head, a body's first line) found whole in a body says less than a long headline found nine
    tenths there. A unit of EVIDENCE_COUNT bigrams, or of EVIDENCE_FULL weighted as `_rarity` weighs
    them (a place or name one body holds weighs 1), says all its share does."""
    unit_grams = [_bigrams(u.text + "".join(u.subtitle)) for u in units]
    weight = _rarity(unit_grams, grams)
    worth = [math.fsum(weight.get(g, UNSEEN_WEIGHT) for g in ug) / EVIDENCE_FULL for ug in unit_grams]
    many = [len(ug) / EVIDENCE_COUNT for ug in unit_grams]
    return np.array([[min(1.0, max(w, c))] for w, c in zip(worth, many, strict=True)])


def _table(score: np.ndarray, pieces: list[Piece], side: _Side | None = None) -> np.ndarray:
    """`_assignment_table` from the units' scores for the pieces (shared bigrams and where they stand)."""
    n, m = score.shape
    closed = side.closed if side is not None else frozenset()
    goes_on = [j for j in range(1, m) if _may_go_on(pieces[j - 1], pieces[j]) and j - 1 not in closed]
    k = len(goes_on)
    full = np.full((n + k, m + n + k), -1.0)
    full[:n, :m] = score
    full[np.arange(n), m + np.arange(n)] = ORPHAN  # each unit's own orphan slot
    for r, j in enumerate(goes_on):  # "this piece goes on with the one before": no headline of its own
        full[n + r, j] = GOES_ON
        full[n + r, m + n + r] = 0.0
    return full


def match(
    units: list[Unit], pieces: list[Piece], order: list[Piece | Unit]
) -> tuple[dict[int, int], list[float]]:
    """Every unit to one piece or to none, all at once. Returns {unit: piece} and each unit's
    margin: its score over the best choice it did not get (another piece, or staying an orphan)."""
    if not units:
        return {}, []
    grams = _piece_grams(pieces)
    words = _similarity(units, pieces, CHAINED, grams) if pieces else np.zeros((len(units), 0))
    full = _assignment_table(units, pieces, order, words, grams)
    side = _side(units, pieces, order, _solved(full, len(units), len(pieces)), words)
    full = _assignment_table(units, pieces, order, words, grams, side)
    n, m = len(units), len(pieces)
    away = {
        i: _teaser_only(_over_only(u, pieces, order), words[i])
        if _teaser_head(u)
        else _over_only(u, pieces, order)
        for i, u in enumerate(units)
        if _jumps_away(u) or _teaser_head(u)
    }
    for i, only in away.items():
        kept = full[i, only]
        full[i, :m] = min(ORPHAN, 0.0) - 1.0
        full[i, only] = kept
    rows, cols = linear_sum_assignment(full, maximize=True)
    got: dict[int, int] = {}
    margins = []
    for r, c in zip(rows, cols, strict=True):
        if r >= n:
            continue
        chosen = full[r, c]
        options = [full[r, j] for j in range(m) if j != c] + ([ORPHAN] if c < m else [])
        margins.append(float(chosen - max(options, default=0.0)))
        if c < m:
            got[int(r)] = int(c)
    for i, j in _leftover_pairs(units, pieces, order, got, words):
        got[i] = j
    got.update(_lead_pairs(units, pieces, order, got))
    got.update(_continued_pairs(units, pieces, order, got))
    for i, only in away.items():
        if i in got and got[i] not in only:
            del got[i]
    if len(units) == len(pieces) == 1 and not got and order[0] is units[0] and order[1] is pieces[0]:
        got[0] = 0  # a page of one headline over one text (a file holding one article): theirs
    return got, margins


def _solved(full: np.ndarray, n: int, m: int) -> dict[int, int]:
    """{unit: piece} of the best assignment of a table `_assignment_table` made."""
    rows, cols = linear_sum_assignment(full, maximize=True)
    return {int(r): int(c) for r, c in zip(rows, cols, strict=True) if r < n and c < m}


@dataclass(frozen=True)
class _Side:
    """Where a page prints its headlines: under their bodies (`under`) or over them, and the pieces
    (indices) a sure headline right under them closes (nothing of theirs goes on after it)."""

    under: bool
    closed: frozenset[int]


def _neighbours(u: Unit, order: list[Piece | Unit]) -> tuple[Piece | None, Piece | None]:
    """The piece right over a unit (no other headline between them) and the first piece under it."""
    after = next((x for x in order[u.pos + 1 :] if isinstance(x, Piece)), None)
    before = next((x for x in reversed(order[: u.pos]) if isinstance(x, Piece)), None)
    # a headline printed inside another text's sentence (`cuts`) stands between no body and its own
    if before is not None and any(isinstance(x, Unit) and not x.cuts for x in order[before.pos + 1 : u.pos]):
        before = None
    return before, after


def _side(
    units: list[Unit], pieces: list[Piece], order: list[Piece | Unit], got: dict[int, int], words: np.ndarray
) -> _Side:
    """Where the page prints its headlines, from the sure pairs of a first assignment: a headline
    that holds SURE_WORDS of the words of the piece it got, standing right under or over it, and
    UNRELATED more of that piece's words than of the piece on its other side. A page prints its
    headlines one way (the sample pages: under their bodies on one, over them on the others), so the
    way most sure pairs go is a prior for the unsure ones; and a sure headline under its body closes
    that body: the piece after the headline is another article's, not the rest of that body."""
    index = {id(p): j for j, p in enumerate(pieces)}
    votes: Counter[str] = Counter()
    closed: set[int] = set()
    for i, j in got.items():
        before, after = _neighbours(units[i], order)
        ways = {"under": before, "over": after}
        for way, mine in ways.items():
            other = ways["over" if way == "under" else "under"]
            clear = words[i, j] - (words[i, index[id(other)]] if other is not None else 0.0)
            if mine is pieces[j] and words[i, j] >= SURE_WORDS and clear >= UNRELATED:
                votes[way] += 1
                if way == "under":
                    closed.add(j)
    return _Side(votes["under"] > votes["over"], frozenset(closed))


def _heads_under_bodies(
    units: list[Unit], pieces: list[Piece], got: dict[int, int], words: np.ndarray
) -> int:
    """How many headlines stand right under the piece they were matched to on shared words (`words`:
    `_similarity`'s table)."""
    return sum(1 for i, j in got.items() if words[i, j] >= SURE_WORDS and pieces[j].pos == units[i].pos - 1)


SURE_WORDS = 0.4  # the share of a headline's words found in a piece that places it there for sure


def _leftover_pairs(
    units: list[Unit], pieces: list[Piece], order: list[Piece | Unit], got: dict[int, int], words: np.ndarray
) -> list[tuple[int, int]]:
    """An orphan headline standing right above a piece that opens an article (a dateline or byline
    heads it) and got no headline, or right under one on a page that prints other headlines under
    their bodies: theirs is the only pairing left, so they are one article even when they share no
    words (a headline says it in other words). On simulated dev pages, 300 of each generator, 44
    such pairs were right and 6 took a headline whose body is on another page, all under a body,
    before the page had to show that it prints headlines there."""
    taken, index = set(got.values()), {id(p): j for j, p in enumerate(pieces)}
    under = _heads_under_bodies(units, pieces, got, words)
    pairs = []
    for i, u in enumerate(units):
        if i in got or _cuts_first(u, order) or not u.title:
            continue
        near = [order[u.pos - 1] if u.pos > 0 and under else None]  # under a body where the page does so
        near.append(order[u.pos + 1] if u.pos + 1 < len(order) else None)
        free = [
            index[id(x)]
            for x in near
            if isinstance(x, Piece) and x.opens and index[id(x)] not in taken and x.kind == "article"
        ]
        if len(free) == 1:
            pairs.append((i, free[0]))
            taken.add(free[0])
    return pairs


def _block_pairs(
    units: list[Unit], pieces: list[Piece], order: list[Piece | Unit], got: dict[int, int]
) -> list[tuple[int, int]]:
    """A block of headlines printed together over the bodies under it, in the order of their
    columns: a headline of the block left an orphan heads a body under the block that opens an
    article (a dateline or byline) and got no headline, the first such body in reading order that
    keeps the block's matched headlines and their bodies in the same order (`A` / `B` over `a` `b`:
    B took b by its words, so A heads a). A headline matched to nothing else stays an orphan, and so
    does one whose next line sends the reader to another page (`（全文见第12版）`)."""
    unit_at, piece_at = {id(u): i for i, u in enumerate(units)}, {id(p): j for j, p in enumerate(pieces)}
    taken = set(got.values())
    pairs: list[tuple[int, int]] = []
    for block, below in _blocks_over_bodies(order):
        rank = {piece_at[id(p)]: k for k, p in enumerate(below)}
        placed = [(n, rank.get(got[unit_at[id(u)]])) for n, u in enumerate(block) if unit_at[id(u)] in got]
        for n, u in enumerate(block):
            i = unit_at[id(u)]
            if i in got or _cuts_first(u, order) or not u.title or _jumps_away(u):
                continue
            for k, p in enumerate(below):
                j = piece_at[id(p)]
                if j in taken or not p.opens or p.kind != "article":
                    continue
                if all(r is None or (r < k) == (m < n) for m, r in placed):
                    pairs.append((i, j))
                    taken.add(j)
                    placed.append((n, k))
                    break
    return pairs


_EDITION_MARK = re.compile(r"[（(][^（）()]{0,16}版[)）]")  # `（全文见第12版）`, `（详见A3版）`


def _continued_pairs(
    units: list[Unit], pieces: list[Piece], order: list[Piece | Unit], got: dict[int, int]
) -> dict[int, int]:
    """A headline left without text, printed right over a continued-from mark (`（上接第2版）`) with
    a text no headline took right under the mark: that text goes on from the story the headline
    names, however few of its words the part printed here shares with it."""
    taken, out = set(got.values()), {}
    for i, u in enumerate(units):
        if i in got or not _continued_under(u) or u.pos + 1 >= len(order):
            continue
        below = order[u.pos + 1]
        j = next((j for j, p in enumerate(pieces) if p is below), None)
        if j is not None and j not in taken and pieces[j].kind == "article":
            out[i] = j
            taken.add(j)
    return out


def _continued_under(u: Unit) -> bool:
    """The headline's next printed line is a continued-from mark (`（上接第2版）`)."""
    if u.page is None or not u.title or not u.title[-1].offs:
        return False
    after = visible(u.page[u.title[-1].offs[-1] + 1 :]).lstrip().split("\n", 1)[0].strip()
    return bool(CONT.search(after)) and bool(_CONTINUED_FROM.search(after))


def _over_only(u: Unit, pieces: list[Piece], order: list[Piece | Unit]) -> list[int]:
    """A headline over a mark sending the reader to another page (`（下转第5版）`) has its text on
    that page (`_over_a_jump`), is printed after its own text, over the page foot's jump marks, or
    is a story's whose text opens under the mark (a dateline or byline opening it): the pieces it
    may take are the one right over it and such an opening one right under it (their indices)."""
    before, after = _neighbours(u, order)
    near = [before, after if after is not None and after.opens else None]
    return [j for j, p in enumerate(pieces) if any(p is x for x in near)]


def _jumps_away(u: Unit) -> bool:
    """The headline's next printed line sends the reader to another page: its body is there."""
    after = _line_after(u)
    if after is None or _CONTINUED_FROM.search(after):
        return False  # `（上接第1版）`: the text under the mark goes on from another page, here
    return bool(CONT.search(after) or _EDITION_MARK.fullmatch(after) or _teaser_pointer(after))


def _teaser_head(u: Unit) -> bool:
    """The headline's next printed line is a teaser's pointer (`（详见第12版）`, `详见5版`, `（全文见A3版）`):
    a front page's or a block's teaser of a story printed on another page. Nothing of that story is
    printed here: the headline heads no text of this page, neither the text right over it (another
    story's, or a photo's caption) nor the one under it, whatever words they share. (A `（下转第5版）`
    mark under a headline is another thing: the story opened over it and goes on elsewhere.) A
    phrase cut from a teaser's line (`甲村村规民约` of `甲村村规民约 “约”出新风` / `▶第7版`,
    `split_units`) is the teaser's too: the pointer stands under the whole line."""
    return any(
        after is not None and _teaser_pointer(after)
        for after in (_line_after(u), _line_after(u.part_of) if u.part_of is not None else None)
    )


def _teaser_only(near: list[int], words: np.ndarray) -> list[int]:
    """The pieces a teaser's headline may take: of those a headline over a jump may (`_over_only`),
    none by where it stands alone (the text over it is another story's, the caption under it
    another photo's), only one holding SURE_WORDS of its words, which holds the story of a headline
    the teaser's line was read with (`甲地某某举措全覆盖` / `乙地织密网格` / `详见6版` / `本报讯 甲地…`:
    the upper one heads the text under the pointer)."""
    return [j for j in near if words[j] >= SURE_WORDS]


def _teaser_pointer(line: str) -> bool:
    """A line that is a teaser's pointer alone (TEASER_LINE characters at most), no continued-to or
    continued-from mark."""
    if len(line) > TEASER_LINE or CONT.search(line):
        return False
    return _TEASER.search(line) is not None or _ARROW_POINTER.fullmatch(line) is not None


TEASER_LINE = 12  # characters: `（全文见第12版）` is 9, `（详见A3版）` 7
_ARROW_POINTER = re.compile(r"[▶►▸→＞>]\s*第?\s*[0-9A-Z]{1,3}\s*版")  # `▶第6版`, `→A3版`


def _line_after(u: Unit) -> str | None:
    """The first printed line after a unit's last title line, stripped; None without a page."""
    if u.page is None or not u.title or not u.title[-1].offs:
        return None
    found = _NEXT_PRINTED.match(u.page, u.title[-1].offs[-1] + 1)
    return visible(found.group(1)).strip() if found else ""


# blank and invisible characters, then the first printed line (read from where it starts, not by
# copying the rest of the page: `_line_after` is asked of every headline)
_NEXT_PRINTED = re.compile(f"[\\s{INVISIBLE}]*([^\\n]*)")


def _blocks_over_bodies(order: list[Piece | Unit]) -> list[tuple[list[Unit], list[Piece]]]:
    """The runs of two headlines or more in reading order with the run of pieces right under them."""
    out: list[tuple[list[Unit], list[Piece]]] = []
    k = 0
    while k < len(order):
        heads = [
            x for x in itertools.takewhile(lambda x: isinstance(x, Unit), order[k:]) if isinstance(x, Unit)
        ]
        after = order[k + len(heads) :]
        bodies = [
            x for x in itertools.takewhile(lambda x: isinstance(x, Piece), after) if isinstance(x, Piece)
        ]
        if len(heads) >= 2 and bodies:
            out.append((heads, bodies))
        k += max(1, len(heads) + len(bodies))
    return out


def _may_go_on(prev: Piece, p: Piece) -> bool:
    """A piece could be the rest of the one before it: nothing closed that one, nothing opens it (nor
    a heading the page marks, `# …`, printed over it: on a markdown page the text under `# 昭通：…` went
    on from the text above, its heading went orphan, and the next heading took both texts), and it is
    set in a column of about the same width (one article's text does not change columns)."""
    return (
        not prev.closed
        and not p.opens
        and not p.marked
        and not p.apart
        and prev.kind == p.kind
        and not _other_column(prev, p)
    )


def _leads_off(prev: Piece, p: Piece) -> bool:
    """The piece opens another report: the text over it ends its paragraph and it opens as a report's
    lead does where the places change (`_lead_cut`: `金秋十月，…`, `3月27日，在…`). It may still be the
    rest of the piece before (a report's later paragraph reads so now and then): only a headline
    displaced elsewhere and left without a body takes it so (`_displaced_to_headless`)."""
    return bool(prev.lines) and ends_paragraph(prev.lines[-1].text) and _lead_cut(prev.lines, p.lines)


def _other_column(a: Piece, b: Piece) -> bool:
    """Two pieces of three lines or more whose widest lines differ by more than half: set in columns
    of different widths."""
    if len(a.lines) < 3 or len(b.lines) < 3:
        return False
    wa, wb = (sorted(len(x.text) for x in p.lines)[-2] for p in (a, b))
    return max(wa, wb) > COLUMN_RATIO * min(wa, wb)


COLUMN_RATIO = 1.5


# ---------------------------------------------------------------- the page


def paragraphs(lines: list[Line]) -> Line:
    """Join layout line wraps; a line that ends a sentence ends a paragraph. Wrapped lines join
    with nothing between them, or a space between two Latin letters; paragraphs with a newline.
    A separator takes the offset of the character before it (see `lines.join`)."""
    text: list[str] = []
    offs: list[int] = []
    new_para, last = True, ""
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
        new_para = ends_paragraph(t)
    return Line("".join(text), offs)


@dataclass
class _Body:
    pieces: list[Piece]
    lines: list[Line]
    unit: int | None = None


def _bodies(
    units: list[Unit], pieces: list[Piece], order: list, got: dict[int, int]
) -> tuple[list[_Body], set[int]]:
    """Pieces joined into bodies: a piece with no headline that does not open with a dateline or a
    byline continues the body before it, unless that one was closed. A unit between two such pieces,
    matched to nothing and printed at a paragraph's end, is a subhead: its lines stay in the text.
    Returns the bodies and the units kept as subheads."""
    head_of = {p: u for u, p in got.items()}
    bodies: list[_Body] = []
    between: list[int] = []  # unmatched units since the last piece
    subheads: set[int] = set()
    unit_index = {id(u): i for i, u in enumerate(units)}
    piece_index = {id(p): j for j, p in enumerate(pieces)}
    for x in order:
        if isinstance(x, Unit):
            i = unit_index[id(x)]
            if i not in got:
                between.append(i)
            continue
        j = piece_index[id(x)]
        prev = bodies[-1] if bodies else None
        if prev is not None and j not in head_of and _may_go_on(prev.pieces[-1], x) and not x.after_jump:
            for i in between:
                if not units[i].cuts and units[i].title:
                    subheads.add(i)
                    prev.lines.extend(units[i].lines)
            prev.pieces.append(x)
            prev.lines.extend(x.lines)
        elif j not in head_of and not between and (above := _text_over_caption(bodies, x)) is not None:
            above.pieces.append(x)
            above.lines.extend(x.lines)
        else:
            bodies.append(_Body([x], list(x.lines), head_of.get(j)))
        between = []
    return bodies, subheads


def rests_rejoined(pieces: list[Piece], order: list) -> tuple[list[Piece], list]:
    """A text printed in two pieces with something set between them mid-word (a headline set across
    the middle of its own columns, another story's text read in between): the later piece opens
    with the rest of a word the earlier one's last line broke off (`…物业公司、志愿` / headline /
    `者、楼栋长…`), so it is that piece's rest and joins it before any headline is matched (its
    headline, printed over the rest, then finds the whole text, never half of it). The earlier piece
    must end no sentence, be closed by nothing and be the only one such a word runs from, and not
    both pieces stand right under a headline (each is then a text of its own: `…重点项` / headline /
    `目前，…` is two stories, whatever word `项目` the wrap made); the later piece opens with no
    dateline or byline, and the two are not set in columns of different widths."""
    headed = {id(x) for h, x in itertools.pairwise(order) if isinstance(h, Unit) and isinstance(x, Piece)}
    tails: list[Piece] = []
    gone: set[int] = set()
    for x in order:
        if not isinstance(x, Piece) or x.kind != "article":
            continue
        into = _rest_of([q for q in tails if id(q) not in headed] if id(x) in headed else tails, x)
        if into is None:
            tails.append(x)
            continue
        _join_rest(into, x)
        gone.add(id(x))
    if not gone:
        return pieces, order
    return [p for p in pieces if id(p) not in gone], _numbered([x for x in order if id(x) not in gone])


def _rest_of(tails: list[Piece], p: Piece) -> Piece | None:
    """The one earlier piece whose text piece `p` goes on mid-word (`rests_rejoined`), or None."""
    first = p.lines[0].text.strip() if p.lines else ""
    if p.opens or p.marked or p.after_jump or not first:
        return None  # (a rest under a jump mark is read by `_sentence_rest` and the grid's threads)
    found = [
        q
        for q in tails
        if q.lines
        and not q.closed
        and not ends_paragraph(q.lines[-1].text.strip())
        and not _other_column(q, p)
        and _word_across(q.lines[-1].text.strip(), first[:4])
    ]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1 << 12)
def _word_across(tail: str, head: str) -> bool:
    """A word of the dictionary, two characters or more, starting where a word of `tail` starts, runs
    from `tail`'s end into `head` (`志愿` / `者、`: `志愿者`)."""
    return _dictionary_wrap(tail, head, long=2, from_word_start=True)


def _join_rest(into: Piece, rest: Piece) -> None:
    """Piece `rest` appended to `into`: its lines, and what stands under its end (closing bylines)."""
    into.lines.extend(rest.lines)
    into.closed = rest.closed
    into.ends = into.ends + rest.ends
    into.ending = into.ending + rest.ending
    into.bylines = into.bylines + rest.bylines
    into.authors = into.authors + rest.authors
    into.conf = into.conf + rest.conf
    into.lent = into.lent + rest.lent  # bylines under the rest, before a headline: maybe the next body's
    into.doubt = rest.doubt


def _first_pieces_headed(bodies: list[_Body], units: list[Unit], order: list) -> list[_Body]:
    """Text with no headline right under a headline heading the body right after it (`乌审旗：…` /
    `（记者 …）` / `“放心吧…”` / `干净整洁的院落…`: the matching gave the headline the later text,
    and the first went headless, or ran on in the headless text over the headline): that text is
    the headline's, from the line under it on. The headless text over the headline goes with it
    too where it starts a report (`_starts_fresh`: the page's first text, or after a text a byline
    or credit closed) and nothing closes it: the report's lead, printed before its headline
    (`“老白，…日常检查。` / `乌审旗：…`)."""
    where = {id(x): k for k, x in enumerate(order)}
    out: list[_Body] = []  # from the page's end: a body taken in heads the one before as well
    for k in range(len(bodies) - 1, -1, -1):
        b, nxt = bodies[k], out[-1] if out else None
        cut = _under_next_head(b, nxt, units, order, where) if nxt is not None else None
        if nxt is None or cut is None:
            out.append(b)
            continue
        over = b.pieces[:cut]
        whole = not over or (not over[-1].closed and _starts_fresh(b, order, where))
        if not whole and cut == len(b.pieces):
            out.append(b)
            continue
        at = len(b.lines) if whole else b.lines.index(b.pieces[cut].lines[0])
        nxt.pieces[:0] = b.pieces if whole else b.pieces[cut:]
        nxt.lines[:0] = b.lines if whole else b.lines[at:]
        if not whole:
            out.append(_Body(over, b.lines[:at], None))
    return out[::-1]


def _under_next_head(
    b: _Body, nxt: _Body, units: list[Unit], order: list, where: dict[int, int]
) -> int | None:
    """The index of the first of the pieces of headless body `b` printed right under the headline
    of the body right after it (all of them after that one, up to that body; their count where the
    headline stands between `b` and that body), or None."""
    if b.unit is not None or nxt.unit is None:
        return None
    head, last, first = units[nxt.unit], where.get(id(b.pieces[-1]), -9), where.get(id(nxt.pieces[0]))
    if first == last + 2 and order[last + 1] is head:
        return len(b.pieces)  # all of it over the headline
    if first != last + 1:
        return None
    for i, p in enumerate(b.pieces):
        at = where.get(id(p))
        if at and order[at - 1] is head:
            return i
    return None


def _starts_fresh(b: _Body, order: list, where: dict[int, int]) -> bool:
    """Body `b` starts a report: no text is printed before it, or the text before it was closed
    (a byline or credit after it)."""
    before = [x for x in order[: where.get(id(b.pieces[0]), 0)] if isinstance(x, Piece)]
    return not before or before[-1].closed


def _text_over_caption(bodies: list[_Body], p: Piece) -> _Body | None:
    """The body a headless piece goes on from past a photo's caption set between two of its
    paragraphs (`…中的大作用。` / `图为… 张三 摄` / `筑牢队伍根基…`): a column flows its text around
    the photo, so the text under the caption is the rest of the text over it, unless a headline, a
    dateline or a byline opens it (`p.opens`). The caption is a body of its own, one short photo
    piece, and the text over it ends its paragraph there, closed by no byline or jump."""
    if len(bodies) < 2 or p.kind != "article" or p.opens or p.marked or p.apart:
        return None
    above, caption = bodies[-2], bodies[-1]
    photo, last = caption.pieces[-1], above.pieces[-1]
    if (
        caption.unit is not None
        or len(caption.pieces) > 1
        or photo.kind != "photo"
        or not _short_caption(photo)
    ):
        return None
    if last.kind != "article" or not last.lines or not ends_paragraph(last.lines[-1].text):
        return None
    if last.closed and not (last.ends and all(a.role == "摄影" for a in last.ends)):
        return None  # a byline or a jump closed it; a photographer's credit closes only its caption
    return None if _other_column(last, p) else above


# ---------------------------------------------------------------- a column grid read column by column


def _rethreaded(bodies: list[_Body], page: str) -> list[_Body]:
    """A grid read column by column (`A-head A1 | B-head B1 | C-head C1 | A2 B2 C2 | A3 …`) prints each
    article's text in chunks, one per column, set apart by a blank line only, the chunks of the
    articles taking turns: the pieces, cut at headlines and bylines, run `C1 A2 B2 C2 …` together under
    the last headline. A body is cut where a blank line follows a full line stopping mid-sentence
    (`_grid_chunks`); on a page where most of its blank lines do so (`_read_by_columns`), at each
    blank line, but where the page sets its paragraphs apart by blank lines too. The headlines
    printed in a row, each over its first chunk, are the articles stacked in the grid's first column
    top to bottom (`_Threads`): once one of them stops mid-sentence over the next headline (the
    column's foot), each column after it prints the same articles in the same order, so each chunk
    after the first goes to the next article in that order that it may go on
    (`_Threads.next_in_column`); its closing byline goes with it. Elsewhere a chunk goes to the open
    body whose text it continues, if any (`_continued_by`). A caption set in the column (`图为… 张三
    摄`) stays, and the text above it stays open. A page printing a blank line after every line says
    nothing by its blank lines: its chunks are read from the modules' heights (`_spaced_rows`)."""
    if len(bodies) < 2:
        return bodies
    if _spaced(page):
        return _spaced_rows(bodies, page)
    split = [_grid_chunks(b.lines, page) for b in bodies]
    if all(len(c) < 2 for c in split):
        return bodies
    indents = _indents_paragraphs(bodies, page)
    if indents:
        split = [_grid_chunks(b.lines, page, indents=True) for b in bodies]
    grid = _read_by_columns(bodies, split, page)
    if grid and not _paragraphs_set_apart(bodies, page):
        split = [_grid_chunks(b.lines, page, every=True) for b in bodies]
    threads = _Threads(bodies, split, page, grid)
    for i, (b, chunks) in enumerate(zip(bodies, split, strict=True)):
        headed = b.unit is not None or (b.pieces[0].kind == "article" and b.pieces[0].opens)
        for k, ch in enumerate(chunks):
            threads.place(i, ch, heads=k == 0 and headed)
    if all(len(g) == len(c) for g, c in zip(threads.got, split, strict=True)):
        return bodies
    return threads.bodies()


# ------------------------------------------ a grid read column by column, a blank line after every line


def _spaced_rows(bodies: list[_Body], page: str) -> list[_Body]:
    """A grid of stacked modules read column by column on a page printing a blank line after every
    line: no blank line marks where one column's chunk of a module ends, so the turns are read from
    the modules' heights. Headed bodies printed in a row, each stopping mid-sentence right over the
    next headline (the grid's first column, `_column_rows`), are modules stacked in the same columns;
    the last of them holds its own first chunk, then the next column's chunks of all of them in the
    same order, and so on (a text stopping on a short line ending no sentence, a headline read as its
    text, is no module's chunk: the run stops there). A module's columns are set to one height, so each chunk after the first
    runs about as many lines as the module's first chunk (`_cycle_cut`); where the cut by heights
    also reads the chunks' words as their modules' words better than as the last body's own
    (`_cycle_holds`), each chunk goes to its module. Elsewhere the bodies are left alone."""
    out = list(bodies)
    groups = _column_rows(bodies, page)
    for group in groups:
        cut = _cycle_cut(
            [_text_lines(bodies[i], page) for i in group], [_lead_rows(bodies[i], page) for i in group]
        )
        if cut is None:
            continue
        tail = bodies[group[-1]]
        lines = _text_lines(tail, page)
        last = len(group) - 1
        for r, (a, b) in cut[1:]:
            if r != last:
                out[group[r]] = _Body(
                    out[group[r]].pieces, out[group[r]].lines + lines[a:b], out[group[r]].unit
                )
        moved = {id(x) for r, (a, b) in cut if r != last for x in lines[a:b]}
        out[group[-1]] = _Body(tail.pieces, [x for x in tail.lines if id(x) not in moved], tail.unit)
    return out if any(a is not b for a, b in zip(out, bodies, strict=True)) else bodies


def _grid_reheaded(
    bodies: list[_Body], units: list[Unit], pieces: list[Piece], got: dict[int, int], subheads: set[int]
) -> None:
    """Headlines matched again to a grid's bodies once their column chunks are rethreaded: the first
    matching read the bodies run together (the last headline's text holding every article's later
    chunks), so a headline could go to the body holding its words' chunks rather than to the text it
    stands over. Each headline (not a subhead) is scored again on each rethreaded body as `match`
    scores it (its words' share, ABOVE_BONUS right over the body's first text) and the page's
    assignment taken where it scores more than the headlines as they were matched."""
    heads = [
        i for i, u in enumerate(units) if u.title and i not in subheads and (i in got or not _jumps_away(u))
    ]  # (a headline over a mark sending its text to another page, left without text here, stays so)
    if not heads or not bodies:
        return
    sims = _similarity([units[i] for i in heads], [Piece(lines=b.lines) for b in bodies])
    starts = sorted(p.pos for b in bodies for p in b.pieces)
    for c, j in itertools.product(range(len(heads)), range(len(bodies))):
        sims[c, j] += ABOVE_BONUS * _right_over(units[heads[c]], bodies[j], heads, units, starts)
    n = len(heads)
    score = np.full((n, len(bodies) + n), -1.0)
    score[:, : len(bodies)] = sims
    score[np.arange(n), len(bodies) + np.arange(n)] = ORPHAN
    rows, cols = linear_sum_assignment(-score)
    new = {heads[r]: int(c) for r, c in zip(rows, cols, strict=True) if c < len(bodies)}
    old = {b.unit: j for j, b in enumerate(bodies) if b.unit is not None and b.unit in heads}
    total = sum(score[heads.index(i), j] for i, j in new.items()) + ORPHAN * (n - len(new))
    before = sum(score[heads.index(i), j] for i, j in old.items()) + ORPHAN * (n - len(old))
    if total <= before + REHEAD_MARGIN:
        return
    index = {id(p): k for k, p in enumerate(pieces)}
    for i in heads:
        got.pop(i, None)
    for b in bodies:
        if b.unit in heads:
            b.unit = None
    for i, j in new.items():
        bodies[j].unit = i
        got[i] = next((index[id(p)] for p in bodies[j].pieces if id(p) in index), -1)  # matched: no orphan


REHEAD_MARGIN = 0.1


def _right_over(u: Unit, b: _Body, heads: list[int], units: list[Unit], starts: list[int]) -> bool:
    """The headline is the last one printed before the body's first text, no text between."""
    first = b.pieces[0].pos
    if u.pos >= first or any(u.pos < s < first for s in starts):
        return False
    return not any(u.pos < units[i].pos < first for i in heads)


def _caption_line(x: Line, b: _Body, page: str) -> bool:
    """A photo caption's line in a body (a short photo piece's, `图为…`, or ending in `张三 摄`)."""
    photo = any(
        p.kind == "photo" and len(p.lines) <= CAPTION_LINES and any(y is x for y in p.lines) for p in b.pieces
    )
    return photo or _PHOTO_WORD.match(x.text) is not None or _photo_credited(x, page)


def _text_lines(b: _Body, page: str) -> list[Line]:
    return [x for x in b.lines if not _caption_line(x, b, page)]


def _headed(b: _Body) -> bool:
    return b.unit is not None or (b.pieces[0].kind == "article" and b.pieces[0].opens)


def _column_rows(bodies: list[_Body], page: str) -> list[list[int]]:
    """Runs of headed bodies (ROWS_MIN at least) whose last holds more lines than all the others
    together, most of the others (ROWS_CUT) stopping mid-sentence at a full line
    (`_cut_mid_sentence`) right where the next one's headline follows: the modules stacked in a
    grid's first column, the last one's text running on into the next columns with the others'."""
    groups: list[list[int]] = []
    run: list[int] = []
    for i, b in enumerate(bodies):
        text = _text_lines(b, page)
        if not _headed(b):
            run = []
            continue
        if not text:
            continue
        stacked = _stacked_over(run, len(text), bodies, page)
        if stacked:
            groups.append(stacked + [i])
            run = []
            continue
        last = text[-1]
        run = run + [i] if ends_paragraph(last.text) or _cut_mid_sentence(last, _median_width(text)) else []
    return groups


ROWS_CUT = 0.5
ROWS_MIN = 2
ROWS_UNDER = 3  # a row read under another's closing chunk: two modules stacked over the text at least


def _stacked_over(run: list[int], n: int, bodies: list[_Body], page: str) -> list[int]:
    """The longest tail of `run` (headed bodies printed in a row) that reads as the modules stacked
    over a text of `n` lines holding their later chunks (`_column_rows`), or none. A grid's second row
    of modules follows the first row's last chunk, which ends its article at a paragraph's end: that
    body is no module of the row (`C3` ending `…经验。` before `D-head D1 | E-head E1 | F-head F1 D2
    E2 F2 …`), and counting it would ask the last text for lines it does not hold."""
    for j in range(len(run)):
        if j and not ends_paragraph(_text_lines(bodies[run[j - 1]], page)[-1].text):
            continue  # (a module cut mid-sentence at the column's foot is the row's, not over it)
        tail = run[j:]
        texts = [_text_lines(bodies[k], page) for k in tail]
        heights = [len(t) for t in texts]
        if n <= sum(heights) + max(heights) or len(tail) + 1 < (ROWS_MIN if not j else ROWS_UNDER):
            continue
        stops = sum(_cut_mid_sentence(t[-1], _median_width(t)) for t in texts)
        if stops >= ROWS_CUT * len(tail):
            return tail
    return []


def _lead_rows(b: _Body, page: str) -> int:
    """The page lines a body's dispatch (and the byline run into it) fill alone, over its text lines:
    a column's height counts them."""
    text = b.pieces[0].lines[:1] if b.pieces and b.pieces[0].lines else []
    rows = {page.count("\n", 0, x.offs[0]) for x in text if x.offs}
    return (
        len({page.count("\n", 0, x.offs[0]) for x in b.pieces[0].lead_in if x.offs} - rows) if b.pieces else 0
    )


def _cycle_cut(texts: list[list[Line]], leads: list[int]) -> list[tuple[int, tuple[int, int]]] | None:
    """The last text cut into column chunks of the stacked modules whose first chunks `texts` holds
    (the last's own first chunk, then a chunk of each module in turn, column after column): each
    (module, (start, end)) over the last text's lines, or None where no cut reads better than the
    text left whole. A chunk runs its module's height, give or take a line (HEIGHT_OFF each), or
    fewer lines ending a paragraph where the module's text ends (SHORT_END; the module then takes
    no more chunks); a seam where a word runs on across the two lines costs SEAM_WORD; a chunk
    whose rarer words (held by one module's first chunk only) name its module gains VOCAB_WEIGHT
    times their share. Of the last text's own first heights, the best."""
    k = len(texts)
    tail = texts[-1]
    n = len(tail)
    firsts = [_lines_bigrams(t) for t in texts[:-1]]
    best: tuple[float, list[tuple[int, tuple[int, int]]]] | None = None
    for first in range(1, min(n - 1, max(len(t) for t in texts[:-1]) + HEIGHT_REACH) + 1):
        own = firsts + [_lines_bigrams(tail[:first])]
        heights = [len(t) + lead for t, lead in zip(texts[:-1], leads, strict=False)] + [first + leads[-1]]
        found = _cycle_parse(tail, first, heights, own)
        if found is None or not _turns_kept(found[1], heights):
            continue
        cost, segs = found
        cost += SEAM_WORD * line_features.wraps(tail[first - 1].text, tail[first].text)
        if best is None or cost < best[0]:
            best = (cost, [(k - 1, (0, first))] + segs)
    if best is None or not _cycle_holds(tail, best[1], firsts):
        return None
    return best[1]


HEIGHT_REACH = 3
HEIGHT_OFF = 0.6
SHORT_END = 0.3
SEAM_WORD = 0.5
VOCAB_WEIGHT = 1.0


def _cycle_parse(
    tail: list[Line], start: int, heights: list[int], own: list[frozenset[str]]
) -> tuple[float, list[tuple[int, tuple[int, int]]]] | None:
    """The cheapest cut of `tail[start:]` into chunks of the modules in turn (`_cycle_cut`), the
    first module first; a module whose text has ended is passed over (SKIP each time)."""
    k, n = len(heights), len(tail)
    only = _only_in(own)
    inf = float("inf")
    best = [[inf] * k for _ in range(n + 1)]  # the cheapest cut of tail[pos:] opening with module r
    step: list[list[tuple[int, int]]] = [[(0, 0)] * k for _ in range(n + 1)]  # (module taken, end)
    best[n] = [0.0] * k
    seams = [SEAM_WORD * line_features.wraps(tail[p - 1].text, tail[p].text) if p else 0.0 for p in range(n)]
    for pos in range(n - 1, start - 1, -1):
        taken = [inf] * k
        ends_at = [0] * k
        for r in range(k):
            for size in range(1, min(heights[r] + 1, n - pos) + 1):
                end = pos + size
                off = abs(size - heights[r])
                if off <= 1:
                    cost = HEIGHT_OFF * off
                elif end == n or ends_paragraph(tail[end - 1].text):
                    cost = SHORT_END
                else:
                    continue
                cost += seams[pos] - VOCAB_WEIGHT * _named_by(tail[pos:end], r, only)
                total = cost + best[end][(r + 1) % k]
                if total < taken[r]:
                    taken[r], ends_at[r] = total, end
        for r in range(k):
            for s in range(k):
                m = (r + s) % k
                if taken[m] + s * SKIP < best[pos][r]:
                    best[pos][r], step[pos][r] = taken[m] + s * SKIP, (m, ends_at[m])
    if best[start][0] == inf:
        return None
    segs = []
    pos, r = start, 0
    while pos < n:
        m, end = step[pos][r]
        segs.append((m, (pos, end)))
        pos, r = end, (m + 1) % k
    return best[start][0], segs


SKIP = 0.5


def _turns_kept(segs: list[tuple[int, tuple[int, int]]], heights: list[int]) -> bool:
    """A cut a grid's columns could print: each module's chunks run its height (give or take a line)
    but its last, and the modules' chunks of full height fill a column at least (one of each module
    but one)."""
    full = 0
    for r in range(len(heights)):
        sizes = [b - a for m, (a, b) in segs if m == r]
        if any(abs(s - heights[r]) > 1 for s in sizes[:-1]):
            return False
        full += sum(abs(s - heights[r]) <= 1 for s in sizes)
    return full >= len(heights) - 1


def _only_in(own: list[frozenset[str]]) -> dict[str, int]:
    """Each bigram one module's first chunk holds and no other's: the module."""
    held = Counter(g for s in own for g in s)
    return {g: r for r, s in enumerate(own) for g in s if held[g] == 1}


def _named_by(lines: list[Line], r: int, only: dict[str, int]) -> float:
    """The share of a chunk's module-telling bigrams (`_only_in`) that tell module r, less the best
    other module's share."""
    votes = Counter(only[g] for g in _lines_bigrams(lines) if g in only)
    total = sum(votes.values())
    if not total:
        return 0.0
    other = max((v for m, v in votes.items() if m != r), default=0)
    return (votes[r] - other) / total


def _cycle_holds(
    tail: list[Line], segs: list[tuple[int, tuple[int, int]]], firsts: list[frozenset[str]]
) -> bool:
    """The chunks the cut gives to other modules read as theirs more than as the last text's own."""
    own = firsts + [_lines_bigrams(tail[: segs[0][1][1]])]
    only = _only_in(own)
    k = len(own)
    gain = sum(
        _named_by(tail[a:b], r, only) - _named_by(tail[a:b], k - 1, only)
        for r, (a, b) in segs[1:]
        if r != k - 1
    )
    return gain > CYCLE_GAIN


CYCLE_GAIN = 0.0


class _Threads:
    """The chunks of a page read column by column, placed one by one in the page's order: each
    body's chunks, the line each body's text goes on from, the closing bylines a body takes with a
    chunk, and the column's articles top to bottom (`group`: the headlines printed in a row since a
    chunk without one, the grid's first column)."""

    def __init__(self, bodies: list[_Body], split: list[list[list[Line]]], page: str, grid: bool) -> None:
        self.source, self.page, self.grid = bodies, page, grid
        held: Counter[str] = Counter()
        for chunks in split:
            for ch in chunks:
                held.update(_bigrams("".join(x.text for x in ch)))
        self.weight = {g: 1 / n for g, n in held.items() if n > 1}  # a word one chunk holds links nothing
        self.got: list[list[list[Line]]] = [[] for _ in bodies]  # each body's chunks, in the page's order
        self.grams: list[set[str]] = [set() for _ in bodies]
        self.tails: list[str | None] = [None] * len(bodies)  # the line each body goes on from; None: closed
        self.carried: list[list[Piece]] = [[] for _ in bodies]
        self.dropped: set[int] = set()  # pieces (ids) whose closing bylines went with their chunk
        self.piece_of = {id(x): p for b in bodies for p in b.pieces for x in p.lines}
        self.indents = _indents_paragraphs(bodies, page)
        self.group: list[int] = []
        self.turned = False  # a chunk without a headline was printed since the group's last headline
        self.runs_on = False  # an article of the group stops mid-sentence over the next one's headline
        self.last: int | None = None

    def place(self, home: int, ch: list[Line], heads: bool) -> None:
        """One chunk printed in body `home`; `heads`: the first chunk of a headed body."""
        p = self.piece_of.get(id(ch[-1]))
        ends_piece = p is not None and p.lines and p.lines[-1] is ch[-1]
        aside = self.caption(ch, heads)
        to = home
        if aside:
            pass
        elif heads:
            if self.turned:
                self.group, self.turned, self.runs_on = [], False, False
            self.join(home)
        elif not aside:
            to = self.next_in_column(ch, home)
            if to == home and not self.got[home] and home not in self.group:
                self.join(home)  # an article whose headline went elsewhere: one of the column's
            else:
                self.turned = True
        self.got[to].append(ch)
        self.grams[to] |= _bigrams("".join(x.text for x in ch))
        if aside:  # a caption set in the column leaves the text above it open
            return
        self.tails[to] = None if ends_piece and p is not None and p.closed else ch[-1].text
        self.last = to
        if to != home and ends_piece and p is not None and p.ends:
            self.carried[to].append(Piece(kind=p.kind, authors=list(p.ends), bylines=list(p.ending)))
            self.dropped.add(id(p))

    def join(self, i: int) -> None:
        """Body i is the next article down the first column; the text of the one over it, one chunk
        stopping mid-sentence there, says the column's articles go on in the next column (`runs_on`;
        a text broken by blank lines before it stops is no column's part)."""
        if self.group:
            over = self.group[-1]
            once = len(self.got[over]) == 1 and self.tails[over] is not None
            chunk = self.got[over][0] if once else []
            self.runs_on |= once and _cut_mid_sentence(chunk[-1], _median_width(chunk))
        self.group.append(i)

    def caption(self, ch: list[Line], heads: bool) -> bool:
        """A photo's caption set in the column: read as one (a piece of kind `photo`), or a short chunk
        its credit closes or naming the photo (`图为…`, `张三 摄`)."""
        if heads:
            return False
        first = self.piece_of.get(id(ch[0]))
        if first is not None and first.kind == "photo":
            return True
        short = len(ch) <= CAPTION_LINES
        return short and (_photo_credited(ch[-1], self.page) or _PHOTO_WORD.match(ch[0].text) is not None)

    def next_in_column(self, ch: list[Line], home: int) -> int:
        """The body a chunk goes on: the next of the column's articles after the last chunk's, in the
        column's order, that it may go on (`_may_take`), unless another it may go on continues it
        clearly better (`_continued_by`); a chunk none may take stays where it was printed."""
        if not (self.grid and self.runs_on):
            return _continued_by(ch, home, self.tails, self.grams, self.weight)
        fits = [j for j in self.group if _may_take(self.tails[j], ch[0], self.page, self.indents)]
        if not fits:
            return home
        start = self.group.index(self.last) + 1 if self.last in self.group else 0
        turn = self.group[start:] + self.group[:start]
        expected = next(j for j in turn if j in fits)
        tails = [t if j in fits else None for j, t in enumerate(self.tails)]
        return _continued_by(ch, expected, tails, self.grams, self.weight)

    def bodies(self) -> list[_Body]:
        out = []
        for i, b in enumerate(self.source):
            lines = [x for ch in self.got[i] for x in ch]
            if not lines:
                continue
            pieces = [_without_ends(p) if id(p) in self.dropped else p for p in b.pieces] + self.carried[i]
            out.append(_Body(pieces, lines, b.unit))
        return out


def _may_take(tail: str | None, first: Line, page: str, indents: bool) -> bool:
    """A chunk whose first line is `first` may go on a body whose text stops at `tail`: not closed
    (a closing byline), the chunk going on mid-sentence where the text stops mid-sentence, and
    opening a paragraph (indented, on a page indenting its paragraphs) where it stops at a sentence's
    end."""
    if tail is None:
        return False
    if not indents:
        return True
    return _indented(page, first) == ends_paragraph(tail)


def _indents_paragraphs(bodies: list[_Body], page: str) -> bool:
    """Most lines of the bodies printed after a line ending its sentence are indented (INDENTED)."""
    after = [b for x in bodies for a, b in itertools.pairwise(x.lines) if ends_paragraph(a.text)]
    return len(after) >= PAGE_SIGNS and sum(_indented(page, x) for x in after) >= INDENTED * len(after)


def _read_by_columns(bodies: list[_Body], split: list[list[list[Line]]], page: str) -> bool:
    """The page's text stops mid-sentence at a blank line (or goes on with a paragraph under one:
    `_grid_chunks`) GRID_CUTS times at least, and at most of the blank lines between two lines of a
    body (GRID_SHARE): blank lines set apart a grid's column chunks,
    not paragraphs (a page breaking its text mid-sentence once or twice, or setting its paragraphs
    apart, is read in the text's own order: `_continued_by`)."""
    cuts = sum(len(c) - 1 for c in split)
    blanks = sum(1 for b in bodies for x, y in itertools.pairwise(b.lines) if _blank_between(x, y, page))
    return cuts >= GRID_CUTS and cuts >= GRID_SHARE * blanks


GRID_CUTS = 2
GRID_SHARE = 0.5


def _paragraphs_set_apart(bodies: list[_Body], page: str) -> bool:
    """Most lines of the bodies ending a sentence before another line are followed by a blank line
    (BLANK_PARAGRAPHS): the page sets its paragraphs apart, so a blank line there is no column's end.
    In a grid read column by column, setting apart its frames only, a sixth to two fifths are
    (blind4 grid_columns dev pages, seed 3000)."""
    ends = [(a, b) for x in bodies for a, b in itertools.pairwise(x.lines) if ends_paragraph(a.text)]
    blank = sum(1 for a, b in ends if _blank_between(a, b, page))
    return len(ends) >= PAGE_SIGNS and blank >= BLANK_PARAGRAPHS * len(ends)


PAGE_SIGNS = 4  # lines at least a page shows before its indentation or blank lines say anything
INDENTED = 0.5
BLANK_PARAGRAPHS = 0.5


def _without_ends(p: Piece) -> Piece:
    """A piece whose closing bylines went with the chunk they close."""
    authors = list(p.authors)
    for a in p.ends:
        if a in authors:
            authors.reverse()
            authors.remove(a)
            authors.reverse()
    return dataclasses.replace(
        p, authors=authors, bylines=[t for t in p.bylines if t not in p.ending], ends=[], ending=[]
    )


def _grid_chunks(
    lines: list[Line], page: str, every: bool = False, indents: bool = False
) -> list[list[Line]]:
    """A body's lines cut where a blank line follows a full line (FULL_LINE of the body's median
    width: a column's end cuts a paragraph's line, a subhead is short) that stops mid-sentence, or
    stands over a line going on with a paragraph (not indented, on a page indenting its paragraphs:
    `indents`), or (`every`) any line."""
    chunks: list[list[Line]] = [[]]
    width = _median_width(lines)
    for k, x in enumerate(lines):
        above = lines[k - 1]
        stops = _cut_mid_sentence(above, width)
        broken = every or stops or (indents and not _indented(page, x))
        if k and chunks[-1] and _blank_between(above, x, page) and broken:
            chunks.append([])
        chunks[-1].append(x)
    return [c for c in chunks if c]


FULL_LINE = 0.9


def _cut_mid_sentence(line: Line, width: int) -> bool:
    """The line stops mid-sentence and is full (FULL_LINE of its text's median `width`): a column's
    foot cut the text there; a headline's or a subhead's short line ends none."""
    return not ends_paragraph(line.text) and len(line.text) >= FULL_LINE * width


def _median_width(lines: list[Line]) -> int:
    return sorted(len(x.text) for x in lines)[len(lines) // 2] if lines else 0


_BLANK_AFTER = re.compile(r"[ \t\u3000]*\r?\n[ \t\u3000]*\r?\n")


def _blank_between(above: Line, below: Line, page: str) -> bool:
    """A blank line follows `above`, printed before `below`."""
    if not above.offs or not below.offs or below.offs[0] <= above.offs[-1]:
        return False
    return _BLANK_AFTER.match(page, above.offs[-1] + 1) is not None


def _continued_by(
    chunk: list[Line],
    home: int,
    tails: list[str | None],
    grams: list[set[str]],
    weight: dict[str, float],
) -> int:
    """The body (index) a chunk goes on with: among the bodies so far whose text stops mid-sentence,
    the one it continues best (a word read across the seam, GRID_WRAP; the share of its words, each
    weighted by how few chunks of the page hold it, the text holds), when that beats staying where it
    was printed (`home`, its own body) by GRID_MARGIN and scores GRID_MIN at least. Otherwise `home`."""
    own = _lines_bigrams(chunk)
    total = math.fsum(weight.get(g, 0.0) for g in own) or 1.0

    def score(j: int) -> float:
        tail = tails[j] or ""
        shared = math.fsum(weight.get(g, 0.0) for g in own & grams[j]) / total
        return shared + GRID_WRAP * line_features.wraps(tail, chunk[0].text)

    open_ = [j for j, t in enumerate(tails) if t is not None and not ends_paragraph(t)]
    if not open_:
        return home
    best = max(open_, key=score)
    base = score(home) if home in open_ else 0.0
    wrapped = line_features.wraps(tails[best] or "", chunk[0].text)
    shown = math.fsum(weight.get(g, 0.0) for g in own & grams[best])  # a short chunk shows few words
    if best != home and score(best) >= max(GRID_MIN, base + GRID_MARGIN) and (wrapped or shown >= GRID_SHOWN):
        return best
    return home


CAPTION_LINES = 2
_PHOTO_CREDIT_END = re.compile(r"\S\s*摄[)）]?\s*$")  # on `bylines.simplified_roles` text


def _photo_credited(line: Line, page: str) -> bool:
    """The line as the page printed it ends with a photographer's credit (`图为… 张三 摄`): a caption."""
    return (
        bool(line.offs)
        and _PHOTO_CREDIT_END.search(bylines.simplified_roles(_printed_rest(page, line))) is not None
    )


GRID_WRAP = 0.3
GRID_MIN = 0.25
GRID_MARGIN = 0.15
GRID_SHOWN = 1.0  # the weight of the shared words a chunk must show where no word runs across the seam


def _subheads_over_their_rest(
    units: list[Unit], pieces: list[Piece], order: list, got: dict[int, int]
) -> None:
    """A short headline printed between two pieces that go on with each other (`_may_go_on`: nothing
    closed the one above, nothing opens the one below, one column), after a paragraph's end, heading
    the piece below it, is a subhead of one report when the text below names the places and words of
    the text above (`_continues`, not `_fresh_start`): it gives up its piece (`_bodies` keeps its
    lines in the text), and the report is not cut in two under a false headline."""
    for k in range(1, len(order) - 1):
        prev, u, x = order[k - 1], order[k], order[k + 1]
        if not (isinstance(prev, Piece) and isinstance(u, Unit) and isinstance(x, Piece)):
            continue
        i = next((n for n, v in enumerate(units) if v is u), None)
        if i is None or i not in got or pieces[got[i]] is not x or len(u.text) > SUBHEAD_MAX or u.cuts:
            continue
        if _places(u.text) or re.search(r"\d", u.text):  # a report's headline names its place, its figures
            continue
        if not prev.lines or not ends_paragraph(prev.lines[-1].text) or prev.closed or x.opens:
            continue
        if len(x.lines) < SUBHEAD_REST or _other_column(prev, x):  # a piece of text, not a caption
            continue
        others = [p for p in pieces if p is not prev and p is not x]
        if _continues(prev.lines, x.lines, others, STACKED_CONTINUES) and not _new_report_under(prev, u, x):
            del got[i]


def _new_report_under(prev: Piece, u: Unit, x: Piece) -> bool:
    """The text under a short headline opens another report: it names other places than the text
    above and opens as a report's lead does (`_lead_opening`: a time, a dispatch, a place that acts),
    or names a place in its first words; or the headline stands under a series' label (a kicker).
    A section of one report under its subhead goes on in a scene or a quotation (`“张姐，明天…”`)
    and may name a village of the town above: new places alone do not make it another report."""
    opening = _opening_of(x, 0)
    return _fresh_start(prev.lines, x.lines) and (
        bool(u.kicker)
        or _lead_opening(opening)
        or bool(_places(opening[:PLACE_OPENING]))
        or _datelined_head(u.text, prev.lines, x.lines)
    )


PLACE_OPENING = 12  # characters: a lead naming its place first (`某市某区某社区某小区，…`)
DATELINE_HEAD = re.compile(r"^([\u4e00-\u9fff]{2,6})[：:]")  # `某州某陵：…` a report's headline by its place


def _datelined_head(head: str, above: list[Line], below: list[Line]) -> bool:
    """The headline opens with a short name and a colon (`甲州乙陵：加装电梯…`) whose first words the
    text below names (`在甲州市乙陵区…`) and the text above does not: a report's headline under its
    place, not a section's subhead, which heads a phrase of its own story (`“订单式服务”：精准对接…`)."""
    m = DATELINE_HEAD.match("".join(head.split()))
    if m is None:
        return False
    name = m.group(1)[:2]
    return name in "".join(map(_TEXT, below))[:FRESH_REACH] and name not in "".join(map(_TEXT, above))


SUBHEAD_REST = 3  # lines at least of the text under a subhead (a photo's caption runs one or two)


def _subheads_inside(bodies: list[_Body], units: list[Unit], got: dict[int, int], subheads: set[int]) -> None:
    """A body's headline printed between two of its own pieces is a subhead when a headline left an
    orphan matches the whole body clearly better: the orphan (displaced elsewhere on the page) heads
    the body, and the subhead's lines go back into its text where they were printed."""
    for b in bodies:
        v = b.unit
        if v is None or not (b.pieces[0].pos < units[v].pos < b.pieces[-1].pos):
            continue
        orphans = [i for i in range(len(units)) if i not in got and i not in subheads and units[i].title]
        thin = _thin_trailing(b, bodies, units)
        if not orphans and thin is None:
            return
        texts = [Piece(lines=x.lines) for x in bodies]
        k = bodies.index(b)
        trail = _trailing_orphan(
            b, bodies, units, orphans + ([thin.unit] if thin and thin.unit is not None else [])
        )
        if trail is not None and thin is not None and trail == thin.unit:
            _subhead_back(b, units, v, subheads)
            got[trail] = got.pop(v)
            b.unit, thin.unit = trail, None
            continue
        if not orphans:
            continue
        sims = _similarity([units[v]] + [units[i] for i in orphans], texts)
        best = int(np.argmax(sims[1:, k]))
        if trail is not None:
            best = orphans.index(trail)
        if (
            trail is not None
            or (sims[1 + best, k] >= SPLIT_MIN and sims[1 + best, k] - sims[0, k] >= UNRELATED)
            or _outweighs_subhead(sims, [units[v]] + [units[i] for i in orphans], best, k, texts)
        ):
            _subhead_back(b, units, v, subheads)
            got[orphans[best]] = got.pop(v)
            b.unit = orphans[best]


def _trailing_subheads(
    bodies: list[_Body],
    units: list[Unit],
    pieces: list[Piece],
    order: list,
    got: dict[int, int],
    subheads: set[int],
) -> None:
    """A short headline left with no body, printed right under a text's last paragraph and over
    another headline, that repeats the words of that text above all others is a
    subhead of that text, not an orphan: a column or an excerpt that breaks right after a section's
    head (`…推动辖区物业小区党建覆盖。` / `摸清底数台账 推动小区党建全覆盖` / next report's headline).
    A headline whose body went to another page names another report's words. Its lines end the text."""
    ends = {id(b.pieces[-1]): b for b in bodies if b.pieces}
    for k in range(1, len(order)):
        prev, u = order[k - 1], order[k]
        if not (isinstance(prev, Piece) and isinstance(u, Unit)) or id(prev) not in ends:
            continue
        if k + 1 == len(order) or not isinstance(order[k + 1], Unit):
            continue  # (a headline closing the page may be that of the text above, printed after it)
        i = next((n for n, v in enumerate(units) if v is u), None)
        if i is None or i in got or i in subheads or not u.title or len(u.text) > SUBHEAD_MAX or u.cuts:
            continue
        if u.part_of is not None or u.subtitle:  # the rest of a headline cut in two, or one with its subtitle
            continue
        if (
            _places(u.text)
            or re.search(r"\d", u.text)
            or not prev.lines
            or not ends_paragraph(prev.lines[-1].text)
        ):
            continue
        b = ends[id(prev)]
        if "——" not in u.text and _headed_well(b, units) and _echoes_text_above(u, prev, pieces):
            b.lines.extend(u.lines)
            subheads.add(i)


TRAILING_ECHO = 0.2  # of a subhead's bigrams the text right above it holds
OWN_HEAD = 0.5  # of its headline's bigrams a body holds: that headline is its own


def _headed_well(b: _Body, units: list[Unit]) -> bool:
    """The body already has a headline whose words it holds (OWN_HEAD): a headline printed after its
    body (`…的报春花。` / `方寸网格暖意浓`) is left to a body that has none, or a poor one."""
    if b.unit is None:
        return False
    head = _bigrams(units[b.unit].text)
    return bool(head) and len(head & _lines_bigrams(b.lines)) / len(head) >= OWN_HEAD


def _echoes_text_above(u: Unit, above: Piece, pieces: list[Piece]) -> bool:
    """The text above holds TRAILING_ECHO of the headline's words, more than any other piece does."""
    mine = _bigrams(u.text)
    if not mine:
        return False
    held = len(mine & _lines_bigrams(above.lines)) / len(mine)
    best_other = max(
        (
            len(mine & g) / len(mine)
            for q, g in zip(pieces, _piece_grams(pieces), strict=True)
            if q is not above
        ),
        default=0.0,
    )
    return held >= TRAILING_ECHO and held > best_other


def _same_shape(a: str, b: str) -> bool:
    """Two headlines set alike: as many characters, their marks at the same places (`X“XXXX”XXXXXX“XXX”`)."""
    a, b = "".join(a.split()), "".join(b.split())
    return len(a) == len(b) >= SERIES_MIN and _MARKS_AT.sub("x", a) == _MARKS_AT.sub("x", b)


SERIES_MIN = 6  # characters: shorter subheads (`一是`, `二、`) say nothing by their shape
_MARKS_AT = re.compile(f"[{CJK}A-Za-z0-9]")


def _subhead_back(b: _Body, units: list[Unit], v: int, subheads: set[int]) -> None:
    """Unit v, read as body b's headline, is a subhead: its lines go back into b's text where printed."""
    at = next(p for p in b.pieces if p.pos > units[v].pos).lines[0]
    cut = next(n for n, x in enumerate(b.lines) if x is at)
    b.lines[cut:cut] = units[v].lines
    subheads.add(v)


# characters: a "body" this short under a headline is a deck or a caption (the scorer's bodiless)
THIN_BODY = 50


def _thin_trailing(b: _Body, bodies: list[_Body], units: list[Unit]) -> _Body | None:
    """The body right after body b whose headline is printed right after b's last piece and holds
    only a line or two (a deck read as its text): that headline may be b's, printed after it."""
    at = bodies.index(b)
    if at + 1 >= len(bodies):
        return None
    nxt = bodies[at + 1]
    if nxt.unit is None or units[nxt.unit].pos != b.pieces[-1].pos + 1:
        return None
    return nxt if sum(len(x.text) for x in nxt.lines) < THIN_BODY else None


def _outweighs_subhead(sims: np.ndarray, heads: list[Unit], best: int, k: int, texts: list[Piece]) -> bool:
    """The body's own headline (`heads[0]`, row 0 of `sims`) is a subhead-short line whose words its
    text repeats (`东湖社区明确分工` over `…社区明确分工，网格长…`), and the orphan found best in body k,
    the body it is found best in of all, says more of it: its share weighed by how much its line
    holds (`_evidence`, against an orphan too short to say much) is higher, or it is found mostly
    there (FOUND_MOSTLY) holding twice the line's words (FULLER). An in-body subhead's few words are
    found there nearly whole, so the orphan need not clear it by UNRELATED."""
    if len(heads[0].text) > SUBHEAD_MAX or int(np.argmax(sims[1 + best])) != k:
        return False
    share, own = sims[1 + best, k], sims[0, k]
    worth = _evidence([heads[0], heads[1 + best]], _piece_grams(texts))[:, 0]
    if share * worth[1] >= SPLIT_MIN and share * worth[1] > own * worth[0]:
        return True
    fuller = len(_bigrams(heads[1 + best].text)) >= FULLER * len(_bigrams(heads[0].text))
    return bool(share >= FOUND_MOSTLY and fuller)


FOUND_MOSTLY = (
    0.8  # the share of an orphan's words found in a body that heads it over a subhead half its size
)
FULLER = 2  # times the subhead's bigrams such an orphan holds at least


def _trailing_orphan(b: _Body, bodies: list[_Body], units: list[Unit], orphans: list[int]) -> int | None:
    """The orphan headline printed right after a body's last piece, on a page whose matched
    headlines stand under their bodies more often than over them: that is where this page prints
    the body's headline, so the body's own headline found between its pieces is a subhead."""
    last = b.pieces[-1].pos
    trail = next((i for i in orphans if units[i].pos == last + 1), None)
    if trail is None or b.unit is None or not _heads_under(bodies, units):
        return None
    if len(units[b.unit].text) > SUBHEAD_MAX:  # a subhead is a short line; a longer one heads the text above
        return None
    return trail if _leans_to_the_top(units[trail], units[b.unit], b.pieces) else None


def _leans_to_the_top(u: Unit, inside: Unit, pieces: list[Piece]) -> bool:
    """A headline under a body cut by a line `inside` it holds some words of the text over that line,
    no fewer than of the text under it, or some where the line `inside` holds none of them: it heads
    the whole body (the line is a subhead), not just the text under the line (then that line closes
    the story above it)."""
    top = Piece(lines=[x for p in pieces if p.pos < inside.pos for x in p.lines])
    rest = Piece(lines=[x for p in pieces if p.pos > inside.pos for x in p.lines])
    (over, under), (inside_over, _) = _similarity([u, inside], [top, rest])
    return over > 0 and (over >= under or inside_over == 0)


SUBHEAD_MAX = 22  # the in-body subheads of the dev reports run 6 to 21 characters (24 of them, 13 reports)


def _heads_under(bodies: list[_Body], units: list[Unit]) -> bool:
    """More of the page's headed bodies have their headline right under their last piece than right
    over their first."""
    headed = [(units[b.unit].pos, b.pieces) for b in bodies if b.unit is not None]
    below = sum(1 for at, ps in headed if at == ps[-1].pos + 1)
    above = sum(1 for at, ps in headed if at == ps[0].pos - 1)
    return below > above


def split_articles(text: str) -> tuple[list[Article], list[str]]:
    """The articles of one decoded page, and page-level warnings. A page in traditional script is
    read in its simplified copy (same length, so every offset holds), as a simplified page is read:
    the line model, the byline and dateline words and the matching's bigrams then see one script;
    what comes out is put back as the page prints it (`script.Reprint`)."""
    simple = simplified(text)
    if not _traditional_page(text, simple):
        return _split_articles(text)
    articles, warnings = _split_articles(simple)
    back = Reprint(simple, text)
    return [_reprinted(a, back) for a in articles], [back.chars(w) for w in warnings]


# The share of a page's Chinese characters its simplified copy changes from which the page is printed in
# traditional script: about a third on such pages (35-40% on simulated dev pages of every generator), a
# twentieth to a sixth on a simplified page holding one or two articles in traditional script (which
# stay as printed: read in one script with the rest, their words cost 1-3 points of attach on blind dev
# pages, seed 3000: they matched their own headlines by their script alone).
TRADITIONAL_SHARE = 0.2


def _traditional_page(text: str, simple: str) -> bool:
    """The page prints its text in traditional script (`TRADITIONAL_SHARE`)."""
    if simple == text:
        return False
    changed = sum(1 for a, b in zip(text, simple, strict=True) if a != b)
    return changed >= TRADITIONAL_SHARE * len(_CJK_CHARS.findall(text))


_CJK_CHARS = re.compile(f"[{CJK}]")


def _reprinted(a: Article, back: Reprint) -> Article:
    """An article read in a page's simplified copy, in the page's own script."""
    return dataclasses.replace(
        a,
        title=back.text(a.title),
        subtitle=back.text(a.subtitle),
        kicker=back.text(a.kicker),
        byline=back.text(a.byline),
        dateline=back.text(a.dateline),
        body=back.at(a.body, a.offsets),
        authors=[Author(back.text(x.name) or x.name, x.role) for x in a.authors],
        warnings=[back.chars(w) for w in a.warnings],
    )


def _split_articles(text: str) -> tuple[list[Article], list[str]]:
    lines, labels, conf = _labelled(text)
    labels = _jump_lines(lines, labels)
    lines, labels, conf = _without_leads(lines, labels, conf)
    labels, conf = _lone_page_head(
        lines, _bylines_over_first_text(lines, _editors_apart(lines, labels)), conf
    )
    labels, conf = _inner_heads(lines, labels, conf, text)
    labels = _heads_between_reports(lines, labels, conf)
    labels = _heads_after_reports(lines, labels, conf)
    labels = _second_halves(lines, labels, conf)
    labels, conf = _displaced_blocks(lines, labels, conf)
    labels, conf = _wide_lines_at_heads(lines, labels, conf)
    labels, conf = _unsure_block_lines(lines, labels, conf)
    labels, conf = _short_head_starts(lines, labels, conf)
    labels, conf = _wrapped_doubled_heads(lines, labels, conf)
    labels = _heads_cut_at_commas(lines, _heads_opened_in_brackets(lines, labels))
    labels = _tails_read_apart(lines, labels)
    labels, conf = _heads_over_datelines(lines, labels, conf)
    labels, conf = _continued_under_heads(lines, labels, conf)
    labels = _decks_over_heads(lines, labels)
    labels = _quoted_tails(lines, labels)
    labels = _closed_from_above(lines, _series_heads_in_text(lines, _wraps_closed_below(lines, labels)))
    labels = _captions_between(lines, _captions_inside(lines, _furniture_inside(lines, labels)))
    labels = _marked_headings(lines, labels)
    labels = _spaced_text_lines(lines, labels)
    labels = _dispatches_closing_texts(lines, _dispatches_read_as_bylines(lines, labels))
    labels = _kickers_over_heads(lines, _bylines_read_as_text(lines, labels))
    reader = _Reader(text)
    for line, label, c in zip(lines, labels, conf, strict=True):
        reader.feed(line, label, c)
    reader.finish()
    reader.promote()
    reader.rejoin()
    _dispatches_across_lines(reader.pieces)
    _bylines_opening_texts(reader.pieces)
    _bylines_opened(reader.order)
    _bylines_glued(reader.order, text)
    _gaps_on_railed_pages(reader.order)
    pieces = reader.pieces
    headlines = [_settled(u) for u in reader.units if u.title or u.subtitle]
    units = split_units(kickers_apart(_words_carried_on(_wide_gaps_apart(headlines)), pieces), pieces)
    order = _numbered(
        [y for x in reader.order for y in (_split_of(x, units) if isinstance(x, Unit) else [x])]
    )
    pieces, order = _captions_under_headlines(pieces, order)
    pieces, order = rests_rejoined(pieces, order)
    pieces, order = column_cuts(units, pieces, order)
    pieces, order = split_blocks(units, pieces, order)
    units, pieces, order = stacked_cut(units, pieces, order)
    units, order = recut(units, pieces, order)
    units, order = column_wraps(units, pieces, order)
    got, margins = match(units, pieces, order)
    units, pieces, order, (got, margins) = _bodies_cut(units, pieces, order, (got, margins))
    regrouped, order = regroup_blocks(units, pieces, order)
    regrouped, order = wraps_across_lines(regrouped, pieces, order)
    regrouped, order = regroup_stacks(regrouped, pieces, order)
    if regrouped is not units:
        units = regrouped
        got, margins = match(units, pieces, order)
    got.update(_block_pairs(units, pieces, order, got))  # once bodies run together were cut for orphans
    got.update(_half_to_headless(units, pieces, got))
    got.update(_trailing_to_headless(units, pieces, got))
    got.update(_displaced_to_headless(units, pieces, got))
    got.update(_split_heads_over_headless(units, pieces, order, got))
    got.update(_heads_over_closing_photos(units, pieces, order, got))
    lend_bylines(units, pieces, order, got)
    bylines_over_gathered_blocks(order)
    bylines_under_trailing_heads(units, pieces, order, got)
    rejoined = _rejoin_halves(units, got) | _stacked_halves(units, pieces, order, got)
    rejoined |= _run_wraps_back(units, got, rejoined, _piece_grams(pieces))
    rejoined |= _opening_phrases_back(units, got, rejoined)
    rejoined |= _spaced_wraps_back(units, got, rejoined, _piece_grams(pieces))
    _subheads_over_their_rest(units, pieces, order, got)
    bodies, subheads = _bodies(units, pieces, order, got)
    bodies = _first_pieces_headed(bodies, units, order)
    subheads |= rejoined
    _subheads_inside(bodies, units, got, subheads)
    _trailing_subheads(bodies, units, pieces, order, got, subheads)
    rethreaded = _rethreaded(bodies, text)
    if rethreaded is not bodies:
        _grid_reheaded(rethreaded, units, pieces, got, subheads)
    bodies = rethreaded
    warnings = [f"repeated text removed: {reader.repeated} line(s) printed twice"] if reader.repeated else []
    articles = [_article(b, units, margins) for b in bodies if b.lines]
    orphans = [
        i
        for i in range(len(units))
        if i not in got and i not in subheads and units[i].title and len(units[i].text) <= 2 * HEADLINE_MAX
    ]  # a "headline" of more than two column lines of text is not one: left out
    articles += [_orphan(units[i], margins[i]) for i in orphans]
    warnings += [f"orphan headline (body not on this page): {units[i].text}" for i in orphans]
    return articles, warnings


# A line that is a jump mark and nothing else: `（下转第3版）`, `（转A2版）`, `（上接第1版）`, `（紧接第2版）`,
# bare `下转第5版`, `◀上接B3版`. It names where the story goes on (or came from) and holds no sentence.
_JUMP_LINE = re.compile(
    r"^[◀▶◆■●▲▼]?\s*(?:[（(]\s*(?:下转|转下|上接|接上|紧接|承接|转|接|续|續)[^（()）。，、；：]{0,10}[版页頁]\s*[）)]"
    r"|(?:下转|转下|上接|接上|紧接|承接)[^（()）。，、；：\s]{0,8}[版页頁][）)]?)$"
)


def _jump_lines(lines: list[Line], labels: list[str]) -> list[str]:
    """A line that is a jump mark alone is a continuation mark, whatever the model read: the mark
    ends the piece over it (its story goes on elsewhere) and leaves the line under it free to open
    another story or be its headline; read as text, it glued the story above to the one below."""
    return [
        "continuation" if _JUMP_LINE.match(x.text.strip()) else label
        for x, label in zip(lines, labels, strict=True)
    ]


# A whole line set in bold marks or square brackets (`**…**`, `【…】`): a heading on a page pulled from
# the web, when what it holds reads as a headline (MARKED_MIN characters or more, no sentence end), names
# no credit and marks no jump (`【记者 张三】`, `【下转第3版】`).
_MARKED_HEADING = re.compile(r"^(?:\*\*([^*]+)\*\*|【([^【】]+)】)$")
_NO_HEADING_WORDS = re.compile(r"记者|通讯员|编辑|摄|转|版|来源|图")  # on `bylines.simplified_roles` text
MARKED_MIN = 7  # characters (marks not counted): more than a pair of names


def _dispatches_closing_texts(lines: list[Line], labels: list[str]) -> list[str]:
    """A dispatch credit alone on its line (`某地5月1日电（张三）`, no text after its bracket) right
    under a text line ending its sentence and right over a headline: the credit closes the text above
    (printed after it, as a report's source is), it opens nothing: a dateline opening a text has the
    text's first words after it, or the text itself on the line under it, never a headline. The
    model reads such a line as a dateline, a jump mark or noise as often as a byline; a line naming
    its writers in a dispatch's brackets is none of those."""
    out = list(labels)
    for k in range(1, len(lines) - 1):
        if out[k] not in _CREDIT_MISREAD or out[k - 1] != "body" or out[k + 1] not in _HEAD:
            continue
        t = lines[k].text.strip()
        opened = bylines.opening(t)
        if opened and opened[1] and opened[0] >= len(t) and ends_paragraph(lines[k - 1].text):
            out[k] = "byline_end"
    return out


_CREDIT_MISREAD = ("dateline", "continuation", "noise")
# A paper's own dispatch (`本报讯`, `本报5月3日讯`, `本报某地讯`) naming its writers
_OWN_DISPATCH = re.compile(r"本报[^（(，。\s]{0,12}?讯\s*[（(]")


def _named_besides(x: Piece, authors: list[Author]) -> bool:
    """Piece x names writers other than `authors` (the very objects a byline gave it)."""
    return any(not any(a is b for b in authors) for a in x.authors)


def _own_dispatch(text: str) -> bool:
    """`本报讯（记者 张三）` opening its line (read as a closing byline: alone on it, or the rest read as
    the same byline's): the paper's own dispatch naming its writers. Printed alone
    between a text that names its own writers already and a headline (the headline set beside it, read
    after it), it is the next text's: a text names its writers once, and the paper's own dispatch
    opens its report. (Under a text that names no one, it is that text's source, as a page built from
    web reports prints it after the text: `tests/transforms/test_bare.py`.)"""
    return _OWN_DISPATCH.match(bylines.simplified_roles(text.strip())) is not None


def _bylines_read_as_text(lines: list[Line], labels: list[str]) -> list[str]:
    """A byline line of its own that the model read as text, right under a text line ending its
    sentence and right over a headline: the text's closing byline. A page laid out from a web report
    prints the report's byline as the report printed it, and where it prints it after the text, the
    line is a bare name (`张三`), a dispatch naming its writers (`某某网讯（记者 李四）`, `某某网讯 王五报道`)
    or a role-led one; a paragraph of text is never a line of names alone. Names standing alone must look
    like names by their characters (`_name_like`: a headline's first characters a wrap cut do not)."""
    out = list(labels)
    for k in range(1, len(lines) - 1):
        if out[k] != "body" or out[k - 1] != "body" or out[k + 1] not in _HEAD:
            continue
        t = lines[k].text.strip()
        if not ends_paragraph(lines[k - 1].text) or len(t) > bylines.OPENING_MAX // 2:
            continue
        if _names_alone(t):
            out[k] = "byline_end"
    return out


def _names_alone(t: str) -> bool:
    """Line `t` is a byline and nothing else: a dispatch naming its writers, or names that look like names."""
    if (opened := bylines.opening(t)) and opened[1] and opened[0] >= len(t):
        return True
    named = bylines.read(t) or []
    return bool(named) and all(_name_like(a) for a in named)


def _dispatches_read_as_bylines(lines: list[Line], labels: list[str]) -> list[str]:
    """A dispatch alone on its line, naming its writers (`本报讯（记者 张三 通讯员 李四）`), between a
    byline and a line of text, that the model read as a byline too: the dateline opening that text.
    Read as a byline it waited for a body with the byline over it (`□ 王五`, closing the text above),
    and the two signed the text under them together; read as a dateline, the byline over it closes
    the text above (a text whose dispatch names its writers needs no byline over it)."""
    out = list(labels)
    for k in range(1, len(lines) - 1):
        if out[k] != "byline" or out[k - 1] != "byline" or out[k + 1] != "body":
            continue
        t = lines[k].text.strip()
        opened = bylines.opening(t) if _dispatch(t) else None
        if opened and opened[1] and opened[0] >= len(t):
            out[k] = "dateline"
    return out


def _dispatch_names(text: str) -> list[Author]:
    """The names of a dispatch credit (`某地5月1日电（张三）`), or none."""
    opened = bylines.opening(text.strip())
    return opened[1] if opened else []


def _marked_headings(lines: list[Line], labels: list[str]) -> list[str]:
    """Lines wholly in bold marks or square brackets holding a headline's words (`_MARKED_HEADING`)
    that the model read as text, a byline or a jump mark: headlines. The marks set the line apart
    as a web page's heading does; no credit nor a paragraph is printed so."""
    out = list(labels)
    for k, line in enumerate(lines):
        m = _MARKED_HEADING.match(line.text.strip())
        if not m or out[k] in _HEAD:
            continue
        inner = (m.group(1) or m.group(2)).strip()
        if (
            len(_BIGRAM_CLEAN.sub("", inner)) >= MARKED_MIN
            and len(inner) <= HEADLINE_MAX
            and not _NO_HEADING_WORDS.search(bylines.simplified_roles(inner))
            and not ends_paragraph(inner)
        ):
            out[k] = "title"
    return out


def _lone_page_head(lines: list[Line], labels: list[str], conf: list[float]) -> tuple[list[str], list[float]]:
    """A page on which the model reads no line as a headline, whose first line is a phrase of a
    headline's length (longer than a section's label, no page furniture, no byline, no sentence end)
    printed over the opening of a text: that line is the page's headline. A file holding one article
    (`红色物业进小区` / blank / `本报讯 …`) looks like a page opening with its section label, and the
    model, trained on pages that do, read its headline as a label and the article came out headless."""
    if (
        len(lines) < 2
        or labels[0] not in ("section", "noise")
        or labels[1] not in ("dateline", "body", "byline")
    ):
        return labels, conf
    head = lines[0].text.strip()
    if (
        any(x in _HEAD_LABELS for x in labels)
        or not SECTION_MAX < len(head.replace(" ", "")) <= HEADLINE_MAX
        or not _CJK_START.match(head)
        or head[-1] in "。！？；，、：:"
        or _PAGE_FURNITURE.search(head)
        or _FURNITURE.search(head)
        or _PAGE_HEADER.search(head)
        or bylines.parse(head, marked=False)
        or bylines.read(head)
    ):
        return labels, conf
    return ["title", *labels[1:]], [0.5, *conf[1:]]


def _half_to_headless(units: list[Unit], pieces: list[Piece], got: dict[int, int]) -> list[tuple[int, int]]:
    """Two headlines printed side by side and cut apart (`recut`, `split_units`), or one displaced
    (`_displaced`): the half or headline sharing no words with any body (a headline says it in other
    words) heads the one body on the page that opens an article (a dateline or byline) and got no
    headline. Only where the page has exactly one such orphan and one such body: otherwise the half
    went back into its headline."""
    taken = set(got.values())
    after_end = {id(b) for a, b in itertools.pairwise(pieces) if a.closed and a.kind == "article"}
    headless = [
        j
        for j, p in enumerate(pieces)
        if j not in taken and (p.opens or id(p) in after_end) and p.kind == "article"
    ]
    if len(headless) != 1:
        return []
    grams = _piece_grams(pieces)
    orphans = [i for i, u in enumerate(units) if i not in got and u.title and len(u.text) >= HALF_MIN]
    halves = [i for i in orphans if units[i].part_of is not None or _displaced(units[i])]
    if len(halves) != 1 or len(orphans) != 1:
        return []
    if _shares([units[halves[0]]], grams, grams).max(initial=0.0) >= (
        ORPHAN if _displaced(units[halves[0]]) else UNRELATED
    ):
        return []
    return [(halves[0], headless[0])]


def _trailing_to_headless(
    units: list[Unit], pieces: list[Piece], got: dict[int, int]
) -> list[tuple[int, int]]:
    """A whole report left headless (it opens with a dispatch, a dateline or a byline and closes with
    its byline) and the headline printed right after it that found no body: that headline is its own,
    printed under it (`星报讯 …` / `（记者 …）` / `# 告别“老破危”` / the next kicker and headline), however
    few words they share (a headline says its news in other words), where another headline stands right
    under it (so no text below is its own: a headline closing the page may be an orphan whose story
    goes on on another page). Only where the page has exactly one such report and one such headline,
    as `_half_to_headless` pairs a displaced one."""
    taken = set(got.values())
    headless = [
        j for j, p in enumerate(pieces) if j not in taken and p.kind == "article" and p.opens and p.closed
    ]
    orphans = [i for i, u in enumerate(units) if i not in got and u.title and len(u.text) >= HALF_MIN]
    if len(headless) != 1 or len(orphans) != 1:
        return []
    at = units[orphans[0]].pos
    if at != pieces[headless[0]].pos + 1 or not any(u.pos == at + 1 for u in units):
        return []  # not right under that report, or no headline right under it: its text may follow
    return [(orphans[0], headless[0])]


def _heads_over_closing_photos(
    units: list[Unit], pieces: list[Piece], order: list, got: dict[int, int]
) -> dict[int, int]:
    """A headline printed after its report, its photo's caption under it (`…需求多元。` / `昭通：凝聚
    “新力量”…` / `图为志愿者在社区开展服务。 张三 摄`), no text after the caption (the page's end,
    or the next headlines): the headline took the caption as a photo item and left its report
    headless. Where the text right over the headline got no headline and ends its paragraph, the
    headline heads that text; the caption, printed at the story's foot, stays a photo of its own.
    (A caption over a text is that text's photo: `_captions_under_headlines`.)"""
    taken, index = set(got.values()), {id(p): j for j, p in enumerate(pieces)}
    out: dict[int, int] = {}
    for i, j in got.items():
        u, photo = units[i], pieces[j]
        if photo.kind != "photo" or photo.pos != u.pos + 1 or not _short_caption(photo):
            continue
        after = photo.pos + 1
        while after < len(order) and isinstance(order[after], Piece) and order[after].kind == "photo":
            after += 1
        if after < len(order) and isinstance(order[after], Piece):
            continue  # a text under the caption: the caption may open it
        above = order[u.pos - 1] if u.pos > 0 else None
        if not isinstance(above, Piece) or above.kind != "article" or not above.lines:
            continue
        t = index.get(id(above))
        if t is None or t in taken or not ends_paragraph(above.lines[-1].text):
            continue
        if len(_bigrams(u.text) & _lines_bigrams(above.lines)) < TRAIL_WORDS:
            continue  # (a headline after its report names what the report names)
        out[i] = t
        taken.add(t)
    return out


TRAIL_WORDS = 2  # bigrams a headline printed after its report shares with it (`_trailing_head_span`)


def _short_caption(p: Piece) -> bool:
    """A photo's caption of one sentence (`_one_sentence_caption`, its credit there or not)."""
    text = "".join(map(_TEXT, p.lines))
    return 0 < len(text) <= CAPTION_MAX and not _STOPS.findall(text.rstrip("。.！!？? "))


def _split_heads_over_headless(
    units: list[Unit], pieces: list[Piece], order: list, got: dict[int, int]
) -> list[tuple[int, int]]:
    """A headline `split_units` cut in two at a space (`昭通：凝聚“新力量” 激活“微治理”` read as two
    headlines side by side) of which no part found a body, printed right over a text that got no
    headline and finds the whole headline's words in its opening (LEAD_WORDS) more often than the
    text above it finds them in its close: the first part heads that text (`_rejoin_halves` then
    gives it the whole headline back). Each half alone held too few words to head the text; the
    text, headless, ran on in the body above it, the headline read as a subhead between."""
    taken, index = set(got.values()), {id(p): j for j, p in enumerate(pieces)}
    groups: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        if u.part_of is not None:
            groups.setdefault(id(u.part_of), []).append(i)
    pairs = []
    for parts in groups.values():
        if any(i in got for i in parts):
            continue
        first, last = min(parts, key=lambda i: units[i].pos), max(parts, key=lambda i: units[i].pos)
        j = _headless_under(order, units[last].pos, index, taken)
        whole = units[first].part_of
        if j is None or whole is None:
            continue
        prev = order[units[first].pos - 1] if units[first].pos > 0 else None
        if not isinstance(prev, Piece) or not _closed_report_above(prev, pieces[j]):
            continue
        own = _bigrams(whole.text)
        below = _bigrams("".join(map(_TEXT, pieces[j].lines))[:LEAD_WORDS])
        above = _bigrams("".join(map(_TEXT, prev.lines))[-LEAD_WORDS:])
        if len(own & below) >= LEAD_TIE and len(own & below) > len(own & above):
            pairs.append((first, j))
            taken.add(j)
    return pairs


def _closed_report_above(prev: Piece, x: Piece) -> bool:
    """The text printed before a headline ends its paragraph and the text under the headline opens
    another report (`_fresh_start`), its first sentence closing no quotation it did not open
    (`_unpaired`: `…心里感觉暖暖的。”` is a quotation's rest): a headline between two reports, not
    over a text's scrambled rest."""
    if not prev.lines or not ends_paragraph(prev.lines[-1].text):
        return False
    first = re.match(r"[^。！？!?]*[。！？!?]?[”’」』]?", "".join(map(_TEXT, x.lines[:3])))
    return not (first and _unpaired(first.group())) and _fresh_start(prev.lines, x.lines)


def _headless_under(order: list, pos: int, index: dict[int, int], taken: set[int]) -> int | None:
    """The index of the article piece printed right after order place `pos`, where it got no headline."""
    x = order[pos + 1] if pos + 1 < len(order) else None
    if not isinstance(x, Piece) or x.kind != "article" or not x.lines:
        return None
    j = index.get(id(x))
    return None if j is None or j in taken else j


def _displaced_to_headless(
    units: list[Unit], pieces: list[Piece], got: dict[int, int]
) -> list[tuple[int, int]]:
    """Headlines printed inside another text (`_displaced`) left without a body, and texts that open a
    report (a byline or dateline over them, a text closed before them, or a lead opening after a
    paragraph's end: `_leads_off`) left without a headline: each such headline heads the headless text
    holding most of its words, where it holds UNRELATED of them or more and no other such headline
    finds more there. A displaced headline's own text is somewhere else on the page; of the texts
    left headless, the one it shares its words with is that text (a headline printed after a page
    break, whose text is on another page, shares next to none with them)."""
    taken = set(got.values())
    heads = [
        i
        for i, u in enumerate(units)
        if i not in got and u.title and _displaced(u) and len(u.text) >= HALF_MIN and not _unpaired(u.text)
    ]
    bodies = [j for j, p in enumerate(pieces) if j not in taken and p.kind == "article"]
    if not heads or not bodies:
        return []
    grams = _piece_grams(pieces)
    words = _shares([units[i] for i in heads], grams, grams)[:, bodies]
    opens = [_opens_report(pieces, j) for j in bodies]
    pairs = []
    for r, i in enumerate(heads):
        c = int(np.argmax(words[r]))
        need = UNRELATED if opens[c] else GOES_ON if units[i].part_of is None else math.inf
        if words[r, c] >= need and words[r, c] >= words[:, c].max():
            pairs.append((i, bodies[c]))
    return pairs


def _opens_report(pieces: list[Piece], j: int) -> bool:
    """Piece j opens a report: a byline or dateline heads it, a byline closed the text before it, or it
    opens as a report's lead does after a paragraph's end (`_leads_off`)."""
    p = pieces[j]
    if p.opens or j == 0:
        return True
    prev = pieces[j - 1]
    return (prev.closed and prev.kind == "article") or _leads_off(prev, p)


def _displaced(u: Unit) -> bool:
    """A headline printed away from its body: inside another text's sentence, or beside another
    headline on one printed line."""
    return u.cuts or _side_by_side(u)


HALF_MIN = 6  # characters: a part shorter than that is a kicker's or a place's, not a headline


def _headline_and_body_cut(
    units: list[Unit], order: list, cut: tuple[int, list[Unit], Piece, int]
) -> tuple[list[Unit], list[Piece], list]:
    """Unit i put in its parts and piece p cut at line `at` (`glued_cut`, `pair_cut`)."""
    i, parts, p, at = cut
    order = _replaced(order, units[i], parts)
    pieces, order = _apply_cut(order, p, at)
    return units[:i] + parts + units[i + 1 :], pieces, order


def _bodies_cut(
    units: list[Unit], pieces: list[Piece], order: list, matched: tuple[dict[int, int], list[float]]
) -> tuple[list[Unit], list[Piece], list, tuple[dict[int, int], list[float]]]:
    """Bodies run together in one piece cut apart (`orphan_cut`, then `pair_cut` where no orphan
    cuts), the page matched again after each cut: a pair cut leaves a headline's part an orphan
    whose body the other part's piece may still hold."""
    orphan_cuts = pair_cuts = 0
    while orphan_cuts < MAX_ORPHAN_CUTS or pair_cuts < MAX_PAIR_CUTS:
        got = matched[0]
        cut = orphan_cut(units, pieces, got) if orphan_cuts < MAX_ORPHAN_CUTS else None
        pair = pair_cut(units, pieces, got) if cut is None and pair_cuts < MAX_PAIR_CUTS else None
        side = (
            side_pair_cut(units, pieces, got)
            if cut is None and pair is None and pair_cuts < MAX_PAIR_CUTS
            else None
        )
        glued = (
            glued_cut(units, pieces, got)
            if cut is None and pair is None and side is None and pair_cuts < MAX_PAIR_CUTS
            else None
        )
        wrapped = (
            wrapped_side_cut(units, pieces, got)
            if cut is None and pair is None and side is None and glued is None and pair_cuts < MAX_PAIR_CUTS
            else None
        )
        if cut is not None:
            orphan_cuts += 1
            pieces, order = _apply_cut(order, *cut)
        elif wrapped is not None:
            pair_cuts += 1
            i, parts, p, at = wrapped
            order = _replaced([x for x in order if x is not units[i + 1]], units[i], parts)
            units = units[:i] + parts + units[i + 2 :]
            pieces, order = _apply_cut(order, p, at)
        elif glued is not None:
            pair_cuts += 1
            units, pieces, order = _headline_and_body_cut(units, order, glued)
        elif side is not None:
            pair_cuts += 1
            pieces, order = _apply_cut(order, *side)
        elif pair is not None:
            pair_cuts += 1
            units, pieces, order = _headline_and_body_cut(units, order, pair)
        else:
            lead = lead_cut(units, pieces, order, got) if orphan_cuts < MAX_ORPHAN_CUTS else None
            rest = (
                rest_cut(units, pieces, order, got)
                if lead is None and orphan_cuts < MAX_ORPHAN_CUTS
                else None
            )
            if rest is not None:
                orphan_cuts += 1
                pieces, order = _apply_cut(order, *rest, opens=False)
                matched = match(units, pieces, order)
                continue
            if lead is None and orphan_cuts < MAX_ORPHAN_CUTS:
                lead = own_lead_cut(units, pieces, order, got)
            if lead is None:
                break
            pieces, order, matched = lead
            orphan_cuts += 1
            continue
        matched = match(units, pieces, order)
    return units, pieces, order, matched


def _text_like(p: Piece) -> bool:
    """An article's text, or lines the model read as a caption that no credit closed (`张三 摄`): a
    text's short last paragraph often reads so, and a byline under it signs the text."""
    return p.kind == "article" or (p.kind == "photo" and not p.closed)


def _opening_mark(text: str) -> bool:
    """A byline marked the way bylines heading a text are (a box mark, a role word, a credit), not
    bracketed or bare as closing ones are (`（张三）`, `张三 李四`)."""
    t = text.strip()
    return bool(t) and t[0] not in "（(" and (t[0] in bylines.BOX_MARKS or _byline_marked(t))


def lend_bylines(units: list[Unit], pieces: list[Piece], order: list, got: dict[int, int]) -> None:
    """A byline printed between one article's text and a headline closed that text (`_lead_closes`):
    where the matching gives that headline the body under it (the page prints headlines over their
    bodies), the byline is that body's, printed over its headline, unless the body names its own.
    Only on a page printing its bylines so (`_signs_over_headlines`)."""
    signs = _signs_over_headlines(order)
    unit_at = {id(u): i for i, u in enumerate(units)}
    place = {id(x): k for k, x in enumerate(order)}
    for k, x in enumerate(order[:-1]):
        i = unit_at.get(id(order[k + 1]))
        if not isinstance(x, Piece) or not x.lent or i is None or i not in got:
            continue
        body = pieces[got[i]]
        lent = x.lent if signs else [y for y in x.lent if _own_dispatch(y[0]) and _named_besides(x, y[1])]
        if body is x or body.authors or place[id(body)] < k or not lent:
            continue
        _lend(x, body, lent)


def _lend(x: Piece, to: Piece, lent: list[tuple[str, list[Author], float]]) -> None:
    """The byline lines `lent` of piece x go to piece `to`, with the writers they name; x lends no more."""
    for text, authors, conf in lent:
        to.take(text, authors, conf)
        x.bylines.remove(text)
        if text in x.ending:
            x.ending.remove(text)
        x.authors = [a for a in x.authors if not any(a is b for b in authors)]
        x.ends = [a for a in x.ends if not any(a is b for b in authors)]
    x.lent = []


def bylines_over_gathered_blocks(order: list) -> None:
    """A box-marked byline between one text's end and a block of headlines, with a text naming
    nobody right under the block (`…生活质量。` / `□ 张三` / `甲标题` / `乙标题` / `近日，…`), opens
    that text, whichever headline the matching gave it, on a page that prints a byline line over a
    text with no headline over it elsewhere (the headlines gathered in blocks): the byline stands over
    its own text, the block set between them. `_lead_closes` had read it as closing the text above."""
    for k, x in enumerate(order[:-1]):
        if not isinstance(x, Piece) or not x.lent or not isinstance(order[k + 1], Unit):
            continue
        if not all(t.strip()[:1] in bylines.BOX_MARKS for t, _, _ in x.lent):
            continue
        y = next((z for z in order[k + 1 :] if not isinstance(z, Unit)), None)
        if y is None or not _long_text(y) or y.authors or y.bylines or not _bylines_over_texts(order, x, y):
            continue
        _lend(x, y, x.lent)


def _bylines_over_texts(order: list, *others: Piece) -> bool:
    """Another text of the page (none of `others`) opens with a box-marked byline line that no
    headline stands right over (atop the page, or right under another text)."""
    return any(
        isinstance(p, Piece)
        and all(p is not o for o in others)
        and (k == 0 or not isinstance(order[k - 1], Unit))
        and any(t not in p.ending and t.strip()[:1] in bylines.BOX_MARKS for t in p.bylines)
        for k, p in enumerate(order)
    )


def bylines_under_trailing_heads(
    units: list[Unit], pieces: list[Piece], order: list, got: dict[int, int]
) -> None:
    """A byline printed right under a headline that stands under its own body (the matching gave it
    the piece right over it: a page where a story's headline may follow its text) signs that story,
    not the text under the byline: the reader gave it to the next text as the byline heading it. Where
    another headline stands between the byline and that text (`…增收2000元以上。` / `乌审旗：…` /
    `□ 张三` / `另一个标题` / `本报讯…`), the names are the trailing headline's story's, unless that
    story names its own authors already."""
    for k, x in enumerate(order[1:-2], start=1):
        head, nxt, text = order[k - 1], order[k + 1], order[k + 2]
        if not (
            isinstance(x, Unit)
            and isinstance(head, Piece)
            and isinstance(nxt, Unit)
            and isinstance(text, Piece)
        ):
            continue
        i, n = _index_of(units, x), _index_of(units, nxt)
        if i is None or n is None or got.get(i) is None or got.get(n) is None:
            continue
        body = pieces[got[i]]
        if body is not head or pieces[got[n]] is not text or body.authors or text.ending:
            continue
        for line in _printed_between(x, nxt, text.bylines):
            _byline_moved(text, body, line)


def _index_of(units: list[Unit], u: Unit) -> int | None:
    return next((i for i, v in enumerate(units) if v is u), None)


def _printed_between(upper: Unit, lower: Unit, lines: list[str]) -> list[str]:
    """Those of the byline `lines` printed between the two headlines (the page's text between them)."""
    if upper.page is None or not upper.lines or not lower.lines:
        return []
    if not upper.lines[-1].offs or not lower.lines[0].offs:
        return []
    between = upper.page[upper.lines[-1].offs[-1] + 1 : lower.lines[0].offs[0]]
    return [t for t in lines if t.strip() and t.strip() in between]


def _byline_moved(source: Piece, target: Piece, text: str) -> None:
    """The byline line `text` and the authors it names taken from `source` to `target`."""
    moved = [a for a in source.authors if a.name and a.name in text]
    at = source.bylines.index(text)
    conf = source.conf[at] if at < len(source.conf) else 1.0
    source.bylines.remove(text)
    source.authors = [a for a in source.authors if not any(a is b for b in moved)]
    target.take(text, moved, conf)


def _signs_over_headlines(order: list) -> bool:
    """The page prints its bylines over its headlines: LEND_MIN texts or more end with a byline a
    headline follows, and no text ends with one marked so (`_opening_mark`: `□ 张三`, `记者 张三`)
    that no headline follows (the page's last text signed after it: it closes its texts). One byline
    between a text and a headline alone closes the text above, as most pages print them."""
    pieces = [x for x in order if isinstance(x, Piece) and x.kind == "article"]
    closes = any(not x.lent and any(_opening_mark(t) for t in x.ending) for x in pieces)
    return not closes and sum(1 for x in pieces if x.lent) >= LEND_MIN


LEND_MIN = 2  # bylines between a text and a headline that show a page printing bylines over headlines


DISPATCH_LINES = 3  # a narrow column wraps a dispatch and its byline over three lines at most


def _dispatches_across_lines(pieces: list[Piece]) -> None:
    """A text that names nobody and opens with a dispatch a narrow column wrapped before its bracket
    (`某某客户端、南` / `海网1月26日消息（记` / `者张三）“…`): no line of it reads as a dateline, the
    lines read together do (`bylines.opening`). The names are the text's; the text stays as printed."""
    for p in pieces:
        if p.kind != "article" or p.authors or p.dateline is not None or len(p.lines) < 2:
            continue
        head = "".join(x.text for x in p.lines[:DISPATCH_LINES])[: bylines.OPENING_MAX]
        found = bylines.opening(head)
        if found is not None and found[0] > len(p.lines[0].text) and _dispatch(head) is not None:
            p.authors.extend(found[1])


def _bylines_opening_texts(pieces: list[Piece]) -> None:
    """A text that names nobody and opens with a byline of no dispatch, set off from its first words by
    a space or a bracket (`作者：张三 李四 近日，…`, `□记者 王五 文/图 今年以来，…`, `·赵六· 日前，…`),
    as a page built from a web page's text prints the byline the page put over it: the model reads the
    line as text, a narrow column may wrap the byline over two lines. The lines read together name the
    text's authors (`bylines.byline_opening`); the text stays as printed."""
    for p in pieces:
        if p.kind != "article" or p.authors or p.dateline is not None or not p.lines:
            continue
        head = "".join(x.text for x in p.lines[:DISPATCH_LINES])[: bylines.OPENING_MAX]
        if _marked_list(p.lines):
            continue
        found = bylines.byline_opening(head)
        if found is not None and found[0] < len(head.rstrip()):
            p.authors.extend(found[1])
            p.opens = True  # a byline opens a text, never goes on with the text before


def _byline_opens_text(text: str) -> bool:
    """A line read as a byline that names no one read alone, yet opens with a byline the text goes on
    after (`□记者 张三 李四 近日，某镇…`: the byline run into the first line of its text): that line,
    whose names `_bylines_opening_texts` reads."""
    found = bylines.byline_opening(text)
    return found is not None and bool(found[1]) and found[0] < len(text.rstrip())


def _marked_list(lines: list[Line]) -> bool:
    """The text opens with a box mark and another of its lines opens with the same mark
    (`●王芳 青禾镇卫生院护士，…` / `●李娜 白沙村卫生室医生，…`): a list of people, each item opening
    with the name it is about, not a byline over the text."""
    first = lines[0].text.strip()[:1]
    return (
        bool(first)
        and first in bylines.BOX_MARKS
        and any(x.text.strip().startswith(first) for x in lines[1:])
    )


def _bylines_opened(order: list) -> None:
    """A byline printed alone between two texts closes the one above or opens the one below: the page
    says which. Where no other text of the page ends with a closing byline of its form (`_byline_form`),
    the byline read as closing the text above opens the text under it when that text opens with no
    dispatch and either names nobody while another text of the page opens with a byline line of its
    own (under a headline or atop the page: a dispatch's names say nothing, both conventions print
    them), or names only by bylines of the same form stacked right over it (`□ 张三` / `□ 李四`)."""
    texts = [x for x in order if isinstance(x, Piece) and _text_like(x)]
    pairs = [
        (x, y)
        for x, y in _next_over_displaced(order)
        if isinstance(x, Piece)
        and isinstance(y, Piece)
        and x.doubt
        and y.kind == "article"
        and y.lines
        and _wraps_text(y)
        and not y.ending
        and x.ending[-len(x.doubt) :] == [t for t, _, _ in x.doubt]
        and x.bylines[-len(x.doubt) :] == [t for t, _, _ in x.doubt]
    ]
    if not pairs:
        return
    between = {id(x): {t for t, _, _ in x.doubt} for x, _ in pairs}
    closers = [_byline_form(t) for x in texts for t in x.ending if t not in between.get(id(x), set())]
    heads = any(not x.led_after_text and any(t not in x.ending for t in x.bylines) for x in texts)
    for x, y in pairs:
        forms = {_byline_form(t) for t, _, _ in x.doubt}
        if forms & set(closers) or not all(_says_byline(t) for t, _, _ in x.doubt):
            continue
        stacked = bool(y.bylines) and forms == {_byline_form(y.bylines[0])} != {""}
        if not (stacked or heads and not y.authors and not y.dateline and _signed_apart(x)):
            continue  # (`□ 张三` / `□ 本报记者 李四` / `本报讯 …`: a dispatch under a stack names no one)
        _doubt_opens(x, y)


def _bylines_glued(order: list, page: str) -> None:
    """A byline printed alone between two texts closes the text above or opens the one under it, and
    the page's spacing often says which: the extractor keeps the wider gap between two stories as a
    blank line, while a byline sits close to its own text. A byline the reader read as closing the
    text above (`Piece.doubt`) that has a blank line over it and none under it opens the text under
    it (`……新篇章。` / blank / `（记者 张三）` / `近日，…`), when the byline is marked as one (a role
    word, a box mark: `_says_byline`) and that text names nobody and opens with no dispatch
    (`本报讯（记者 李四）…` names its own). Not on a page printing a blank line after every
    line (`_spaced`: there its blank lines say nothing). (The other way, a byline read as opening the
    text under it yet set close to the text above, is left alone: a box-marked byline `■记者 张三`
    with the gap of a headline printed elsewhere under it opens its text all the same.)"""
    pairs = [
        (x, y)
        for x, y in _next_over_displaced(order)
        if isinstance(x, Piece) and isinstance(y, Piece) and x.doubt and x.lines and y.lines
    ]
    if not pairs or _spaced(page):
        return
    for x, y in pairs:
        if _doubt_glued_below(page, x, y):
            _doubt_opens(x, y)


def _doubt_glued_below(page: str, x: Piece, y: Piece) -> bool:
    """The bylines `x` doubts (`Piece.doubt`: alone under its text) open `y`, a text under them that
    names nobody and opens with no dispatch: a blank line over them and none under them."""
    if y.kind != "article" or y.ending or y.authors or y.dateline is not None or not _wraps_text(y):
        return False
    texts = [t for t, _, _ in x.doubt]
    if x.ending[-len(texts) :] != texts or x.bylines[-len(texts) :] != texts:
        return False
    if any(_photo_credit_alone(t) or _dispatch(t.strip()) or not _says_byline(t) for t in texts):
        return False  # (names alone, `（张三 李四）`, are how a closing byline reads, set off or not)
    return _glued(page, x, y, texts) == "below"


def _glued(page: str, x: Piece, y: Piece, texts: list[str]) -> str | None:
    """The side the byline lines `texts`, printed between the end of `x` and the start of `y`, are
    set close to: `above` (no blank line between them and `x`, one or more between them and `y`),
    `below` (the other way round), or None (alike on both sides, or not found as printed)."""
    if not x.lines[-1].offs or not y.lines[0].offs:
        return None
    lo, hi = x.lines[-1].offs[-1] + 1, y.lines[0].offs[0]
    first, last = texts[0].strip(), texts[-1].strip()
    start = page.find(first, lo, hi) if first else -1
    end = page.rfind(last, lo, hi) if last else -1
    if start < 0 or end < start:
        return None
    over, under = _gap_lines(page, start, -1), _gap_lines(page, end + len(last) - 1, 1)
    if over is None or under is None or (over == 0) == (under == 0):
        return None
    return "above" if over == 0 else "below"


def _doubt_opens(x: Piece, y: Piece) -> None:
    """The bylines `x` doubts (`Piece.doubt`) taken from it to open `y`."""
    moved = [a for _, authors, _ in x.doubt for a in authors]
    y.authors[:0] = moved
    y.bylines[:0] = [t for t, _, _ in x.doubt]
    y.conf[:0] = [c for _, _, c in x.doubt]
    y.opens = True
    x.authors = [a for a in x.authors if not any(a is b for b in moved)]
    x.ends = [a for a in x.ends if not any(a is b for b in moved)]
    x.bylines = x.bylines[: len(x.bylines) - len(x.doubt)]
    x.ending = x.ending[: len(x.ending) - len(x.doubt)]
    x.lent = [e for e in x.lent if e[0] in x.bylines]  # (a byline that opens y is lent no more)
    x.doubt = []


def _signed_apart(x: Piece) -> bool:
    """The text above a byline printed between two texts names someone besides that byline (its own
    byline under its headline, its dispatch's names): the byline is then a second one, the lower
    text's. A text naming nobody else (a dispatch of no names, `本报讯 …`, included) keeps it as its closing byline (`……新篇章。` / `（记者 张三）` /
    `挂牌十五个…`): on a page of columns set side by side or in a grid the text under such a byline is
    often another story's text going on from another column, not a story the byline opens."""
    doubted = [a for _, authors, _ in x.doubt for a in authors]
    return any(not any(a is b for b in doubted) for a in x.authors)


def _wraps_text(p: Piece) -> bool:
    """One line of the piece, or a line of it that runs on into the next (a wrapped paragraph): a
    piece of lines that each end a sentence (`某村网格员入户走访。` / `党员群众清理小区环境。`) is a
    run of photos' captions, not a text a byline opens."""
    return len(p.lines) < 2 or any(not ends_paragraph(x.text) for x in p.lines)


def _next_over_displaced(order: list) -> Iterator[tuple]:
    """Each item of the page's order with the next one, headlines displaced into a text passed
    over (`Unit.cuts`: `近日，某县在全县` / `某乡某村获评` / `个村开展…`, the text rejoined over it): such
    a headline stands inside the text before it, not between that text and the next."""
    for k, x in enumerate(order[:-1]):
        j = k + 1
        while j < len(order) - 1 and isinstance(order[j], Unit) and order[j].cuts:
            j += 1
        yield x, order[j]


def _long_text(p: Piece) -> bool:
    """An article's text, or one of CAPTION_LINES lines or more the model's last line turned into a
    photo's (`…他们用` read as a caption over `（下转第3版）`): no caption runs so long."""
    return p.kind == "article" and bool(p.lines) or len(p.lines) >= CAPTION_LINES


CAPTION_LINES = 5


def _gaps_on_railed_pages(order: list) -> None:
    """On a page whose texts each open with a box-marked byline line and no headline over it (the
    headlines gathered in one block elsewhere: `■记者 张三` / `近日，…` … `■记者 李四` / `昨天，…`), the
    byline lines are where one story ends and the next begins: a wider gap inside a text
    (`_report_gap`) is one report's paragraph gap, not another report's start, so the text under it may
    go on with the text above (its byline over the first part names the whole)."""
    opened = [
        (k, x)
        for k, x in enumerate(order)
        if isinstance(x, Piece)
        and x.kind == "article"
        and x.opens
        and x.dateline is None
        and any(t not in x.ending and t.strip()[:1] in bylines.BOX_MARKS for t in x.bylines)
    ]
    under_heads = sum(k > 0 and isinstance(order[k - 1], Unit) for k, _ in opened)
    if len(opened) < RAILED_MIN or under_heads > 1:
        return
    for x in order:
        if isinstance(x, Piece) and not x.opens:
            x.apart = False


RAILED_MIN = 2  # texts opened by a box-marked byline line, none (or one) under a headline


_WRITER_CREDIT = re.compile(r"[文][/／]|[/／]文")  # a credit naming the text's writer, not a photo's alone


def _says_byline(text: str) -> bool:
    """A byline line marked as one (a box mark, a role word, a credit): names alone, bracketed or bare
    (`（张三 李四）`), are how a text's closing byline reads, whatever the page does elsewhere."""
    t = text.strip()
    return bool(t) and (t[0] in bylines.BOX_MARKS or _byline_marked(t))


def _byline_form(text: str) -> str:
    """How a byline line is printed: its box mark, a bracket, or bare (`□`, `（`, `` for `记者 张三`)."""
    t = text.strip()
    if t[:1] in bylines.BOX_MARKS:
        return t[0]
    return "（" if t[:1] in "（(" else ""


def _datelines_rejoined(raw: list[Line], lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """A dateline the column wrapped (`中新网西藏那曲7月20日` / `电(记者 程小路)今年5月…`) is one line,
    before the lines are labelled: the model then sees a dateline, and the reader reads the dateline
    and the byline after it whole. Only a line opening a paragraph (the page's first, or after a blank
    line, a sentence's end or a line of no running text) that is no dateline by itself, whose text
    with the next line's opens with a dateline running past its end. `raw` (the lines as printed) is
    joined alike."""
    out_raw, out = list(raw), list(lines)
    k = 0
    while k < len(out) - 1:
        j = _below(out, k)
        t, after = out[k].text, out[j].text
        if t and after and _opens_a_paragraph(out, k) and _wrapped_dateline(t, after):
            _join_lines(out_raw, out, k, j)
        k += 1
    return out_raw, out


def _opens_a_paragraph(out: list[Line], k: int) -> bool:
    """Line k is the page's first, or comes after a blank line, a sentence's end or a line of no
    running text (`_datelines_rejoined`)."""
    before = out[k - 1].text if k >= 1 else ""
    if not before and k >= 2:
        before = out[k - 2].text  # over a blank line
    return not before or ends_paragraph(before) or not _IN_TEXT.search(before)


def _wrapped_dateline(t: str, after: str) -> bool:
    """`t` with `after` opens with a dateline running past `t`'s end: `t` is no dateline by itself, or
    one whose rest opens a second the wrap cut (`本报讯 新华社某地` / `10月20日电(记者…`: a reprint)."""
    own = _dispatch(t)
    rest = t[own.end() :] if own is not None else t
    if not rest.strip() or (own is None and _dispatch(after) is not None):
        return False  # a dispatch of its own on each line: two datelines
    m = _dispatch(rest + after[:DATELINE_REACH])  # any outlet's (`某某客户端、某某网1` / `月26日消息`)
    return m is not None and m.end() > len(rest)


# A wide gap (three spaces or more, two ideographic ones, a tab) before a line's last run of text:
# two columns read out as one line.
_WIDE_GAP = re.compile(r"(?:[ \u3000]*\t[ \u3000\t]*|[ \u3000]{3,}| ?\u3000{2,} ?)(?=\S[^\t]*$)")
_SENTENCE_INSIDE = re.compile(r"[。；;]")
BESIDE_MIN, BESIDE_HOST = 6, 8  # characters: the headline's Chinese text, the line it is printed beside
BESIDE_LINES, BESIDE_SHARE = 3, 0.05  # more lines than these holding text beside text: columns interleaved


def _beside_headlines_apart(raw: list[Line], lines: list[Line]) -> tuple[list[Line], list[Line], set[int]]:
    """A headline printed at the end of another column's line (`…公开曝光。        吴忠市永昌社区：
    建好服务型社区`: a two-column page read out line by line) is a line of its own, before the lines
    are labelled, right after the line it was printed beside: the model then reads a headline, and
    the matching finds its body (the text it interrupts goes on: `_Reader.rejoin`). The line's two
    parts keep their page offsets; `raw` is cut alike. Returns the lines and the headlines' indices."""
    out_raw: list[Line] = []
    out: list[Line] = []
    beside: set[int] = set()
    cuts = [_beside_cut(x.text) for x in lines]
    if sum(c is not None for c in cuts) > max(BESIDE_LINES, len(lines) * BESIDE_SHARE):
        return raw, lines, beside  # two columns of text read out side by side: no headline is beside them
    for r, x, at in zip(raw, lines, cuts, strict=True):
        if at is None:
            out_raw.append(r)
            out.append(x)
            continue
        gap, head = at
        host, head_line = x.slice(0, gap).strip(), x.slice(head)
        beside.add(len(out) + 1)
        out += [host, head_line]
        out_raw += [r, head_line]  # the host keeps its indent
    return out_raw, out, beside


def _beside_moved_down(
    lines: list[Line], labels: list[str], conf: list[float], beside: set[int], index: Sequence[int]
) -> tuple[list[Line], list[str], list[float]]:
    """A headline printed beside another column's line (`_beside_headlines_apart`), read as one,
    goes after the text that follows it, up to the next line read as anything else (a headline,
    dateline, byline): the column it was printed beside reads on under it, and its own body opens
    further down. Left where it stands, it headed the rest of the text it interrupted."""
    labels = list(labels)
    for k, i in enumerate(index):
        if i in beside and labels[k] == "body" and _unended(lines[k].text):
            labels[k] = "title"  # set apart from its line, unended: the model read its neighbours' text
    order = list(range(len(lines)))
    for k in sorted((k for k, i in enumerate(index) if i in beside and labels[k] in _HEAD), reverse=True):
        at = order.index(k)
        end = at + 1
        while end < len(order) and labels[order[end]] == "body":
            end += 1
        order[at:end] = [*order[at + 1 : end], k]
    return [lines[k] for k in order], [labels[k] for k in order], [conf[k] for k in order]


def _beside_cut(text: str) -> tuple[int, int] | None:
    """Where a line holding a headline printed beside its text cuts: (the gap's start, the
    headline's start), or None. The part before the line's last wide gap is running text (a clause
    mark in it), the part after a headline: Chinese text, ending no sentence inside, no byline,
    credit or page furniture (`第5版`, `（张三）`)."""
    m = next(reversed(list(_WIDE_GAP.finditer(text))), None)
    if m is None or not text[: m.start()].strip():
        return None
    head, host = text[m.end() :].strip(), text[: m.start()].strip()
    chinese = len(re.findall(f"[{CJK}]", head))
    if (
        chinese < BESIDE_MIN
        or len(head) > 2 * HEADLINE_MAX
        or len(re.findall(f"[{CJK}]", host)) < BESIDE_HOST
    ):
        return None
    if not _IN_TEXT.search(host):
        return None  # headlines side by side: `_wide_gaps_apart` cuts them once read as headlines
    if _SENTENCE_INSIDE.search(head) or head.endswith(_GOES_ON) or head[0] in "（([【〔":
        return None
    if _marked_byline(head) or bylines.read(head) or _furniture(head) or _dispatch(head):
        return None
    return m.start(), m.end()


def _below(out: list[Line], k: int) -> int:
    """The line under line k, over one blank line (a page with a blank after every line)."""
    return k + 1 if k + 1 >= len(out) or out[k + 1].text or k + 2 == len(out) else k + 2


def _join_lines(out_raw: list[Line], out: list[Line], k: int, j: int, sep: str = "") -> None:
    """Lines k to j as one line, in the repaired lines and in the lines as printed alike (`sep` between
    them: the space a line's end lost)."""
    out[k : j + 1] = [join(out[k : j + 1], sep)]
    out_raw[k : j + 1] = [join(out_raw[k : j + 1], sep)]


def _bylines_rejoined(raw: list[Line], lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """A byline line the column wrapped (`□ 本报记者 张三 通讯员 李` / `四 王五`, `□ 本报记者 张三 通讯`
    / `员 李四`) is one line before the lines are labelled: the line under a line read as a byline, or
    opening with a byline's mark or role, is its rest when it is short, holds no clause mark and the
    two read together name more people than the first alone, or a longer name (the wrap cut one).
    `raw` is joined alike."""
    out_raw, out = list(raw), list(lines)
    width = line_features.column_width([x.text for x in lines])
    tail_max = max(BYLINE_TAIL, width + 1)
    k = 0
    while k < len(out) - 1:
        j = _below(out, k)
        t, after = out[k].text, out[j].text
        if t and after and len(after) <= tail_max and _dispatch_credit_wrapped(t, after):
            _join_lines(out_raw, out, k, j)
            continue
        if (
            t
            and after
            and len(after) <= tail_max
            and not _IN_TEXT.search(after)
            and not _own_byline(t, after)
            and not _closed_byline(t)
        ):
            alone = bylines.read(t)
            opens = (
                alone is not None or _opens_a_byline(t) or _ROLE_CUT_NAME.search(bylines.simplified_roles(t))
            )
            both = bylines.read(t + after) if opens else None
            # `某某新闻记者 高平 方` / `华`: a lone character last is a name the wrap cut (read alone, 高平方)
            cut = _CUT_NAME.search(t) is not None
            kept = alone[:-1] if alone and cut else alone
            # (a rest as wide as the column only with a third line, under a role word the wrap cut, or
            # after a name the wrap cut: `某某日报记者 韩` / `予川 钟晓岷 潘语桐 高平`)
            short = len(after) <= BYLINE_TAIL or _role_cut_at_end(t, alone) or cut and alone is None
            if (
                short
                and both
                and (
                    kept is None
                    or _names_more(kept, both)
                    and (not _glued_rest(t, alone, after) or _name_wrapped_off(t, after, width))
                )
            ):
                _join_lines(out_raw, out, k, j)
                continue  # a narrow column may wrap it once more
            if both is None and alone is None and (end := _third_line_ends(out, k, j, tail_max)):
                _join_lines(out_raw, out, k, end)
                continue
        k += 1
    return out_raw, out


def _dispatch_credit_wrapped(t: str, after: str) -> bool:
    """A dispatch credit alone on its line that the column wrapped inside its bracket, the rest closing
    the bracket and naming the rest of its writers, nothing after it (`本报某地讯 （记者张三` / `通讯员李四）`,
    a report's source printed after its text): one line, read as the dispatch credit it is."""
    a = after.strip()
    if not a or a[-1] not in ")）" or not _dispatch(t.strip()) or not re.search(r"[（(][^)）]*$", t):
        return False
    both = t.strip() + a
    opened = bylines.opening(both)
    return opened is not None and bool(opened[1]) and opened[0] >= len(both)


def _closed_byline(t: str) -> bool:
    """A byline closed by its own marks (`·张三·`, `（记者 李四）`): the line under it is none of its rest."""
    t = t.strip()
    return len(t) > 2 and (t[0] == t[-1] == "·" or t[0] in "（(" and t[-1] in "）)")


def _role_cut_at_end(t: str, alone: list[bylines.Author] | None) -> bool:
    """Line `t` names nobody and ends with a role word the wrap cut, no clause mark in it
    (`某某日报/某某新闻记` / `者 张三 李四 王五 赵六`): the line under it holds all the names, as wide as
    the column."""
    return (
        alone is None
        and _ROLE_WRAPPED.search(bylines.simplified_roles(t)) is not None
        and not _IN_TEXT.search(t)
    )


def _third_line_ends(out: list[Line], k: int, j: int, tail_max: int) -> int | None:
    """The line under j when lines k, j and it read as one byline that neither k alone nor k and j
    do: a narrow column cut a role word and then a name (`某某日报/某某新闻记` / `者 张三 李四 王` / `五`)."""
    t, after = out[k].text, out[j].text
    if not (_opens_a_byline(t) and _CUT_NAME.search(after)):
        return None
    i = _below(out, j)
    third = out[i].text if i < len(out) else ""
    if not third or len(third) > tail_max or _IN_TEXT.search(third):
        return None
    return i if bylines.read(t + after + third) else None


def _opens_a_byline(t: str) -> bool:
    """Line `t` opens a byline whatever the wrap left of it: a role word near its start (after a box
    mark), at its end (`某某新闻/某某晚报 记者` / `张三`), ending its first token (`某某日报/某某新闻记者 高`
    / `平 方华`), or cut at its end (`某某日报/某某新闻记` / `者 高平 方华`, no clause mark before)."""
    s = bylines.simplified_roles(t)  # once for the four tests (same length: the marks strip alike)
    return (
        _ROLE.search(s.lstrip(bylines.BOX_MARKS + " ")[:ROLE_REACH]) is not None
        or _ROLE_ENDS.search(s) is not None
        or _ROLE_ENDS_TOKEN.match(s) is not None
        or (_ROLE_WRAPPED.search(s) is not None and not _IN_TEXT.search(t))
    )


def _closing_tails_rejoined(raw: list[Line], lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """A closing byline run on after a text's last sentence that the column wrapped (`……社区。□ 本报记者 林`
    / `海`, `……完成。□` / `本报记者 王琼`) is one line before the lines are labelled. `raw` is joined alike."""
    out_raw, out = list(raw), list(lines)
    width = line_features.column_width([x.text for x in lines])
    k = 0
    while k < len(out) - 1:
        end = _wrapped_tail_end(out, k, width)
        if end is not None:
            _join_lines(out_raw, out, k, end)
        k += 1
    return out_raw, out


def _wrapped_tail_end(out: list[Line], k: int, width: int) -> int | None:
    """The last line of the rest of a byline line k opens after its last sentence (`bylines.tail_opening`),
    when line k fills the column (a wrap cut it): up to OPENING_LINES lines under it, each holding no
    clause mark and no wider than the column, every one but the last as wide as the column or ending
    with a role word, that read on from line k as that byline (`_reads_on`); None when none do."""
    t = out[k].text
    at = bylines.tail_opening(t) if t and len(t) >= width - WRAP_SLACK else None
    if at is None:
        return None
    tail, rest, j, end = t[at:], "", k, None
    alone = bylines.tail_byline(tail.strip())
    for _ in range(OPENING_LINES):
        j = _below(out, j)
        after = out[j].text if j < len(out) else ""
        if not after or len(after) > max(BYLINE_TAIL, width + 1) or _IN_TEXT.search(after):
            break
        if after.startswith(("责任", "責任")):  # `责任编辑：…`, a byline of its own
            break
        rest += after
        end = j if _reads_on(tail, alone, rest) else end
        if len(after) < width - WRAP_SLACK and not _ROLE_ENDS.search(bylines.simplified_roles(" " + rest)):
            break  # the rest stopped short of the column, not at a role word: no wrap goes on from it
    return end


def _reads_on(tail: str, alone: list[bylines.Author] | None, after: str) -> bool:
    """`tail` and `after` read together as one byline: names where `tail` had none, or other names
    keeping all but the last `tail` read (the wrap may have cut that one: `高平 通` / `讯员 方华`)."""
    both = bylines.tail_byline((tail + after).strip())
    if both is None or alone is None:
        return both is not None
    return both != alone and _names_more(alone[:-1], both) and not _glued_rest(tail, alone, after)


WRAP_SLACK = 2  # characters: a wrapped line stops this short of the column at most (a trailing space cut)


def _closing_bylines_rejoined(raw: list[Line], lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """A closing byline the column wrapped (`…每月召开一次。（记者 张` / `三 通讯员 李四）`, or a line of its
    own: `（某某新闻/某某晚` / `报 记者 张三）`) is one line before the lines are labelled: a parenthesis
    opened at a line's start or after a sentence's end, closed at the end of one of the next
    OPENING_LINES lines within BYLINE_RUN characters, holding names. `raw` is joined alike."""
    out_raw, out = list(raw), list(lines)
    for k in range(len(out)):
        if k >= len(out) - 1:
            break
        t = out[k].text
        at = max(t.rfind("（"), t.rfind("("))
        if at < 0 or _CLOSING.search(t, at) or (at and not ends_paragraph(t[:at].rstrip())):
            continue
        parts, ends = [t[at + 1 :]], [k]
        for _ in range(OPENING_LINES):
            j = _below(out, ends[-1])
            if j >= len(out) or not out[j].text:
                break
            ends.append(j)
            parts.append(out[j].text)
            close = _CLOSING.search("".join(parts))
            if close is not None or len("".join(parts)) > BYLINE_RUN:
                break
        sep = _closing_names_sep(parts)
        if sep is not None:
            _join_lines(out_raw, out, k, ends[-1], sep)
    return out_raw, out


def _closing_names_sep(parts: list[str]) -> str | None:
    """How the pieces of a closing bracket a column wrapped read as names: glued (`（记者 张` / `三）`), or
    with the space the line's end lost (`（高 平` / `王 潇）`, names printed spaced out, read glued as
    `高 平王 潇`); None when the bracket does not close at the last piece's end or names nobody."""
    for sep in ("", " "):
        inner = sep.join(p.strip() if sep else p for p in parts)
        close = _CLOSING.search(inner)
        if close is not None and close.end() == len(inner.rstrip()) and bylines.parse(inner[: close.start()]):
            return sep
    return None


def _wrapped_headlines_rejoined(
    raw: list[Line], lines: list[Line], labels: dict[int, str]
) -> tuple[list[Line], list[Line]] | None:
    """A headline a narrow column wrapped (`西岭镇深耕微网格细作` / `大治理让群众诉求件件` / `有回音`)
    that the model read as anything but one headline (a line of it read as text, a section or
    noise: a headline cut in two, a part orphaned or glued to the body) is one line, to be labelled
    again. A run of lines opening a paragraph, none holding a clause mark (`_headline_like`), every
    line but the last as wide as the first and the first as wide as the page's column (the
    column's wrap), the last shorter (no line of text stops short unended but a paragraph's last,
    and that one ends a sentence), reading as one headline (`_headline_run`). `labels`: the first
    labelling's, by line index. `raw` is joined alike; None when nothing is."""
    out_raw, out = list(raw), list(lines)
    width = line_features.column_width([x.text for x in lines])
    k, shift = 0, 0  # shift: lines joined away so far (labels are by the original index)
    while k < len(out) - 1:
        run = _headline_run(out, k, width)
        if len(run) > 1 and any(line_features.indents([out_raw[j]])[0] for j in run[1:]):
            run = [k]  # an indented line opens a paragraph: no headline's wrap
        if len(run) > 1 and _misread(out[k].text, [labels.get(j + shift, "") for j in run]):
            shift += run[-1] - k
            _join_lines(out_raw, out, k, run[-1])  # (and the blank lines between)
        k += 1
    return (out_raw, out) if len(out) < len(lines) else None


_ONE_HEADLINE = ("title", "title+", "kicker", "subtitle")  # a run read as a headline's lines
WRAP_PASSES = 2  # a headline joined changes how the model reads the lines around it (its subtitle's)


def _misread(first: str, labels: list[str]) -> bool:
    """The model read a wrapped headline's lines as anything but one headline: a line as text, a
    section or noise, or a `——` subtitle's wrap as a headline of its own (`——西岭镇推进网格化` /
    `管理纪实` read subtitle, title: an orphan `管理纪实`)."""
    if any(x not in _ONE_HEADLINE for x in labels):
        return True
    return first.startswith("——") and "title" in labels[1:]


def _headline_run(out: list[Line], k: int, width: int) -> list[int]:
    """The lines from k of a headline the column wrapped, or [k]."""
    first = out[k].text
    if len(first) < WRAP_MIN or not _headline_like(out[k]):
        return [k]  # (read first: most lines of text hold a clause mark)
    before = next((x.text for x in reversed(out[max(0, k - 2) : k]) if x.text), "")
    opens = (
        not before
        or ends_paragraph(before)
        or first.startswith("——")
        or (not _IN_TEXT.search(before) and len(before) != len(first) and not _opens_text(before))
    )
    if not opens:
        return [k]
    run, total = [k], len(first)
    while len(out[run[-1]].text) == len(first):
        j = _below(out, run[-1])
        if j >= len(out) or j == run[-1] or out[j].text.startswith("——"):
            return [k]
        if not (_headline_like(out[j]) or _word_ended_below(out[run[-1]], out[j])):
            return [k]
        total += len(out[j].text)
        if total > HEADLINE_MAX:
            return [k]
        run.append(j)
    last = out[run[-1]].text
    if len(run) == 1 or len(last) > len(first) - RAGGED or _end_mark(last) != "none":
        return [k]
    spans = _over_columns(first, run, width)
    if abs(len(first) - width) > 1 and not spans:
        return [k]
    if _text_goes_on(out, run[-1], width if spans else len(first)) or _two_met(out, run):
        return [k]
    short_rest = width <= NARROW_MAX and len(run) == 2 and len(last) <= BARE_REST  # wrapped a little past
    if _more_headlines(out, run[-1], narrow=short_rest):
        return [k]
    return run if _reads_as_one_headline("".join(out[j].text for j in run)) else [k]


def _over_columns(first: str, run: list[int], width: int) -> bool:
    """A headline set over several narrow columns and wrapped once at its own measure, wider than
    any line of text (`…“暖途·心守护”助力网约` / `配送员安心奔跑` over 12-character columns): the
    column's width says nothing of its wrap, the text under it is as wide as the column."""
    return width <= NARROW_MAX and len(run) == 2 and len(first) >= width + SPAN_PAST


SPAN_PAST = 3  # characters: a headline line this much wider than the column spans two columns or more


def _word_ended_below(line: Line, below: Line) -> bool:
    """A line of a character or two under a full one, ending the word the wrap cut there (`…增收致` /
    `富路`): the headline's rest, though it reads as a bare name (a name under a headline starts
    no word of it)."""
    t = below.text
    bare = bool(t) and len(t) <= BARE_REST and _ALL_HAN.fullmatch(t) is not None
    return bare and bylines.read(t) is not None and line_features.wraps(line.text, t)


BARE_REST = 3  # characters: a wrapped headline's rest short enough to read as a bare name


def _reads_as_one_headline(text: str) -> bool:
    """Joined lines that read as one headline: quotes and brackets closed (a quotation the text
    goes on with is open), a colon only after a headline's opening place or topic (`西岭镇：…`; one
    further in is a sentence introducing speech), not printed doubled (`_doubled_over_two` reads that)."""
    colon = max(text.rfind(":"), text.rfind("："))
    if _unbalanced(text) or text.count("“") != text.count("”") or colon > COLON_REACH:
        return False
    return not undouble(Line(text, range(len(text)))).doubled


def _two_met(out: list[Line], run: list[int]) -> bool:
    """The run's first line reads as the text's on one side of it and the rest as the text's on the
    other: two headlines where two articles meet (one printed after its body, the next over its
    own), whatever the first's width (`_two_headlines_met` reads them so once labelled)."""
    only_above, only_below = _words_around(out, run[0], run[-1], MEET_REACH)
    first = _bigrams(out[run[0]].text)
    rest = _bigrams("".join(out[j].text for j in run[1:]))
    return (_leans(first, only_above, only_below) and _leans(rest, only_below, only_above)) or (
        _leans(first, only_below, only_above) and _leans(rest, only_above, only_below)
    )


def _opens_text(t: str) -> bool:
    """A line whose text runs on into the next: a dispatch (`某某网讯（张三）一个`) or a byline
    run into the text's first words."""
    return dateline(t) is not None or _dispatch(t) is not None or bool(_LEADING_PAREN_TEXT.search(t))


_LEADING_PAREN_TEXT = re.compile(r"[）)]\s*\S+$")  # words after a byline's closing bracket


def _more_headlines(out: list[Line], k: int, narrow: bool = False) -> bool:
    """The line under the run's last reads as a headline's line too (not a subtitle's `——`): a
    block of headlines stacked, or a headline over its subtitle, the model's to tell apart. Under
    a headline a `narrow` column wrapped a character or two past its edge, not a line whose
    sentence runs on into the line under it (`…发展茶叶产` / `业，全村…`): a text's first line,
    which a narrow column often cuts before its first mark. (Under longer runs, or in a wider
    column, that test joined subheads and mark-free text lines: blind and blind2 dev -0.6, -0.7.)"""
    j = _below(out, k)
    if j >= len(out) or j == k or not _headline_like(out[j]) or out[j].text.startswith("——"):
        return False
    n = _below(out, j)
    return not narrow or n >= len(out) or n == j or not _sentence_runs_on(out[j].text, out[n].text)


def _sentence_runs_on(text: str, after: str) -> bool:
    """The line under `text` goes on with its sentence: the wrap cut a word between them, or it
    opens with a mark or a clause of a few words (`茶叶` / `产业，全村…`)."""
    return line_features.wraps(text, after) or after[:1] in _RUNS_ON or _clause_goes_on(after)


MEET_REACH = 30  # lines each side whose words tell two articles apart
RAGGED = 2  # characters the run's last line stops short of its first at least (text lines vary by one)
COLON_REACH = 8  # characters: a headline's colon follows its opening place or topic within these
WRAP_MIN = 6  # characters: the narrowest column a headline is wrapped in here
_RUNS_ON = "，。、；：,.;:！？!?”’）)」』"  # marks a line of text never opens with


def _text_goes_on(out: list[Line], k: int, width: int) -> bool:
    """Line k, a run's last, may open the text under it: the wrap cut a word between them or left
    a sentence's mark on the next line, or that line opens nothing of its own (a byline, a dateline)
    and is no wider, or is not as wide as the column the run was wrapped at (a text under its
    headline fills that column; a ragged or wide one says nothing of a wrap)."""
    j = _below(out, k)
    if j >= len(out) or j == k or not out[j].text:
        return False
    after = out[j].text
    if line_features.wraps(out[k].text, after) or after[0] in _RUNS_ON:
        return True
    if dateline(after) or _dispatch(after) or bylines.read(after) or _marked_byline(after):
        return False
    return len(after) <= len(out[k].text) or not width - INDENT_MAX <= len(after) <= width + 1


INDENT_MAX = 3  # characters: a paragraph's first line indented, stripped, stops this short of the column


def _headline_like(line: Line) -> bool:
    """A line a wrapped headline's part may be: text holding no clause or sentence mark, no byline,
    dateline, bracket or page furniture, not printed doubled (`_title_text` reads those whole)."""
    t = line.text
    if not t or line.doubled or _HEADLINE_BREAKS.search(t) or t[0] in "（([【〔<《#" + bylines.BOX_MARKS:
        return False
    return not (dateline(t) or _dispatch(t) or bylines.read(t) or _marked_byline(t) or _furniture(t))


_HEADLINE_BREAKS = re.compile(r"[，,。；;！!？?、]")


# (the three matched on `bylines.simplified_roles` text: `記者`, `通訊員` read as `记者`, `通讯员`)
_ROLE_ENDS = re.compile(r"[ \u3000/／](?:记者|通讯员|作者)[ \u3000]*$")  # the names wrapped away
# `某某日报/某某新闻记者 高`: the role word ends the line's first token, an outlet before it
_ROLE_ENDS_TOKEN = re.compile(r"^[^\s，。,；;]{0,16}(?:记者|通讯员)(?=[ \u3000])")
_ROLE_WRAPPED = re.compile(r"(?:记|通讯?|实习?)$")  # `某某新闻记` / `者 张三`: a role word the wrap cut
_CUT_NAME = re.compile(r"[ \u3000]\S$")  # `记者 高平 方` / `华`: one character last, after a space
# `□ 张三 李四 本报记者 王`: a role word, then the first character of a name the wrap cut, end the line
_ROLE_CUT_NAME = re.compile(r"(?:记者|通讯员|作者)[ \u3000]?[^\s，。,；;：:]$")
OPENING_LINES = 3  # a wrapped byline runs over this many more lines at most
ROLE_REACH = 6  # a byline line's role word starts within its first characters (`本报记者`, `融媒体记者`)
BYLINE_TAIL = 12  # characters: the most of a wrapped byline the next line holds


def _own_byline(t: str, after: str) -> bool:
    """The line under a byline starts one of its own (`责任编辑：…`, `通讯员 …`), or the byline ended
    with a photographer's credit (`… 摄`): two bylines, not one wrapped."""
    return (
        t.rstrip().endswith(("摄", "攝"))
        or _ROLE.match(bylines.simplified_roles(after.lstrip(bylines.BOX_MARKS + " "))) is not None
        or after.startswith(("责任", "責任"))
    )


def _names_more(alone: list[bylines.Author], both: list[bylines.Author]) -> bool:
    """The two lines read together name more people, or a name longer (the wrap cut it), and keep every
    name the first line read whole: a rest never cuts them (`责任编辑 周海燕` over the section label
    `地方传真` read together is 周海 燕地 方传真, no wrapped byline)."""
    names, more = [a.name for a in alone], [a.name for a in both]
    if not all(m.startswith(n) for n, m in zip(names, more, strict=False)):
        return False
    return len(more) > len(names) or any(m != n for n, m in zip(names, more, strict=False))


def _glued_rest(t: str, alone: list[bylines.Author] | None, after: str) -> bool:
    """A byline line ending with a name, over a line of three characters or more and no separator:
    read on, the name's end and a name of its own would follow with nothing between, which no
    byline prints (`记者 张三` over the section label `地方传真` is 张三地 方传真). A name the wrap cut
    leaves one or two characters, or a separator, on the next line."""
    rest = after.strip()
    ends_named = alone is not None and len(alone) > 0 and t == t.rstrip() and t.endswith(alone[-1].name)
    return (
        ends_named
        and not after[:1].isspace()
        and len(rest) >= GLUED_REST
        and not re.search(r"[\s\u3000、，,/]", rest)
    )


GLUED_REST = 3  # characters


def _name_wrapped_off(t: str, after: str, width: int) -> bool:
    """A byline line as wide as the column, a name alone on the line under it: the wrap fell on the
    space between two names and dropped it (`作者：通讯员 韩予川` / `钟晓岷`, a column of ten). A byline
    line stopping short of the column ended there (`记者 张三` over a section label `地方传真`)."""
    rest = after.strip()
    return width > 0 and len(t.strip()) >= width - WRAP_SLACK and bylines.plausible_name(rest)


_IN_TEXT = re.compile(r"[，,。；;]")  # a line holding none is no line of running text (a headline)
DATELINE_REACH = 12  # the part of a dateline the next line may hold (`10月20日电`)


LEAD_LINES = 3  # a run-in lead set apart wraps over a line or two, three at most


def _without_leads(
    lines: list[Line], labels: list[str], conf: list[float]
) -> tuple[list[Line], list[str], list[float]]:
    """A short run of lines after a sentence's end whose words the paragraph under it opens with
    (`走进大石冲` / `村积分超市` / `走进大石冲村积分超市，3个货架…`) is that paragraph's run-in lead,
    set bold and pulled out of the text a second time: left out, whatever the model labelled it (read
    as a headline, it takes the body from the article's own headline)."""
    drop: set[int] = set()
    for k in range(len(lines)):
        if k and k - 1 not in drop and labels[k - 1] == "body" and not ends_paragraph(lines[k - 1].text):
            continue
        lead = ""
        for end in range(k, min(k + LEAD_LINES, len(lines) - 1)):
            if _not_lead(lines[end], labels[end]):
                break
            lead += lines[end].text
            if labels[end + 1] == "body" and _echoed(lead, lines[end + 1 : end + 2 + LEAD_LINES]):
                drop.update(range(k, end + 1))
                break
    keep = [k for k in range(len(lines)) if k not in drop]
    return [lines[k] for k in keep], [labels[k] for k in keep], [conf[k] for k in keep]


def _not_lead(line: Line, label: str) -> bool:
    """A line no lead is: a long one, one ending a sentence, a byline or a dateline (printed again
    with the text under it, it still names the authors)."""
    t = line.text
    return len(t) > HEADLINE_MAX or ends_paragraph(t) or label in _CREDITS or dateline(t) is not None


_CREDITS = ("byline", "byline_end", "dateline", "credit")
_SPACE = re.compile(r"\s+")


def _echoed(lead: str, after: list[Line]) -> bool:
    """The lines after open with the lead's words and go on with more of the sentence."""
    words = _SPACE.sub("", lead)
    if not after or not words or _SPACE.sub("", after[0].text)[:1] != words[0]:
        return False
    text = _SPACE.sub("", "".join(map(_TEXT, after)))
    return len(_BIGRAM_CLEAN.sub("", words)) >= 4 and len(text) > len(words) and text.startswith(words)


def _inner_heads(
    lines: list[Line], labels: list[str], conf: list[float], page: str | None = None
) -> tuple[list[str], list[float]]:
    """Two text lines that read as one printed doubled, a text line standing where one article ends
    and the next begins (`_over_opening`), and a text line between two text lines that starts
    after a sentence's end, ends no sentence and stops short of the column's width are headlines
    the model read as text (or a subhead: the
    matching tells them apart, a subhead takes no body of its own). A justified column fills every
    line of a paragraph but its last, and that one ends the sentence."""
    width = line_features.column_width([x.text for x in lines])
    labels, conf = list(labels), list(conf)
    for k in range(len(lines) - 1):
        if (
            _doubled_over_two(lines, labels, k)
            or _spaced_kicker_goes_on(lines, labels, k)
            or _spaced_pair_read_as_text(lines, labels, k)
        ):
            labels[k : k + 2], conf[k : k + 2] = ["title", "title+"], [0.5, 0.5]
        elif (
            _doubled_wrap_goes_on(lines, labels, k)
            or _spaced_head_goes_on(lines, labels, k)
            or _doubled_column_goes_on(lines, labels, k, page)
            or _beside_wrap_read_as_text(lines, labels, k, page)
            or _spaced_wrap_read_as_text(lines, labels, conf, k, page, width)
        ):
            labels[k + 1] = "title+"
    if len(lines) > 1 and _opens_page(lines, labels, page):
        labels[0], conf[0] = "title", 0.5
    elif (
        (top := _page_top(lines, labels)) and len(lines) > top + 1 and _opens_page(lines[top:], labels[top:])
    ):
        labels[top], conf[top] = "title", 0.5
    for k in _sections_after_bylines(lines, labels):
        labels[k], conf[k] = "section", 0.5
        if labels[k - 1] not in _CREDITS:
            labels[k - 1], conf[k - 1] = "byline_end", 0.5  # a bare name (`韩昕`) the model read as text
        if labels[k + 1] not in _HEAD_LABELS:
            labels[k + 1], conf[k + 1] = "title", 0.5
    for k in range(1, len(lines) - 1):
        if _over_opening(lines, labels, k, conf[k]):
            labels[k], conf[k] = "title", 0.5
        elif (
            labels[k - 1] == labels[k] == labels[k + 1] == "body"
            and ends_paragraph(lines[k - 1].text)
            and _inner_head_shaped(lines, k, width)
        ):
            labels[k], conf[k] = "title", 0.5  # as sure as a coin: the model said otherwise
        elif _after_an_end(lines, labels, k) and _full_width_headline(lines, labels, k, width):
            labels[k], conf[k] = "title", 0.5
    for k in range(1, len(lines) - 2):
        if _kicker_over_inner_head(lines, labels, k, width):
            labels[k : k + 2], conf[k : k + 2] = ["kicker", "title"], [0.5, 0.5]
        elif _label_over_head(lines, labels, k):
            labels[k], conf[k] = "kicker", 0.5
    for k in range(2, len(lines) - 1):
        if labels[k] == "body" and _heads_under_a_closing_byline(lines, labels, k, page):
            labels[k], conf[k] = "title", 0.5
    for k in range(2, len(lines) - 1):
        if _displaced_headline(lines, labels, k, page):
            labels[k], conf[k] = "title", 0.5
        elif _displaced_under_kicker(lines, labels, k, page):
            labels[k - 1 : k + 1], conf[k - 1 : k + 1] = ["kicker", "title"], [0.5, 0.5]
        elif _displaced_with_wrap(lines, labels, k, page):
            labels[k : k + 2], conf[k : k + 2] = ["title", "title+"], [0.5, 0.5]
    for k in range(len(lines) - 1):
        if labels[k] in ("title", "title+") and labels[k + 1] == "body" and _quote_goes_on(lines, k):
            labels[k], conf[k] = "body", 0.5  # a body line cut inside a quotation
        elif (
            _title_runs_on(lines, labels, k)
            or _body_opens_with_its_headline(lines, labels, k)
            or _clause_run_into_text(lines, labels, k)
        ):
            labels[k], conf[k] = "body", 0.5
    for k in range(len(lines) - 1, 0, -1):
        credited = labels[k] == "caption" and _credit_after_text(lines[k].text)
        if (credited or labels[k] == "title+" and _credit_after_text(lines[k].text)) and labels[k - 1] in (
            "title",
            "title+",
        ):
            if (
                k + 1 < len(lines)
                and labels[k + 1] == "body"
                and ends_paragraph(_before_credit(lines[k].text))
            ):
                labels[k], conf[k] = "caption", 0.5  # a headline, its photo's caption, its text
                continue
            if _PHOTO_WORD.match(lines[k].text.strip()):
                labels[k], conf[k] = "caption", 0.5  # (`图为…` opens a caption: no wrap of the line above)
                continue
            labels[k - 1], labels[k] = "caption", "caption"  # a wrapped caption ending in its credit
            conf[k - 1] = conf[k] = 0.5
    for k in range(1, len(lines) - 1):
        if _caption_over_its_tail(lines, labels, k):
            labels[k + 1], conf[k + 1] = "caption", 0.5  # its headline is the photo's
    for k in _two_headlines_met(lines, labels):
        labels[k] = "title"  # (was `title+`: the line under it goes on the same headline)
    for k in _page_tail(lines, labels, width):
        labels[k], conf[k] = ("title+" if k > 0 and labels[k - 1] == "title" else "title"), 0.5
    for k in range(1, len(lines) - 1):
        if (
            _closes_the_text_above(lines, labels, conf, k)
            or _over_a_jump(lines, labels, conf, k)
            or _closes_a_signed_text(lines, labels, conf, k)
        ):
            labels[k], conf[k] = "title", 0.5
        elif (
            (n := _run_closes_the_text_above(lines, labels, conf, k))
            or (n := _run_under_a_signature(lines, labels, conf, k))
            or (n := _run_opens_another_report(lines, labels, conf, k))
        ):
            labels[k : k + n], conf[k : k + n] = ["title"] + ["title+"] * (n - 1), [0.5] * n
    for k, n in _sentences_read_as_headlines(lines, labels):
        label = (
            "body" if k and labels[k - 1] == "body" and not ends_paragraph(lines[k - 1].text) else "caption"
        )
        labels[k : k + n], conf[k : k + n] = [label] * n, [0.5] * n
    return labels, conf


DISPLACED_REACH = 5  # text lines each side whose widths say how wide the column runs
SENTENCE_REST = 3  # characters: a line whose first clause ends this soon goes on with a sentence
_CLAUSE_INSIDE = re.compile(r"[，,、；;]")


@lru_cache(maxsize=1 << 14)  # the text lines near every candidate line are measured again for the next
def _cells(text: str) -> float:
    """Display cells of a text line, closing marks at its end left out (the column hangs them): an
    ASCII character takes half a cell, any other one (counted, not summed a character at a time:
    halves and ones add up exactly either way)."""
    t = text.rstrip(CLOSERS)
    return len(t) - 0.5 * len(t.encode("ascii", "ignore"))


def _displaced_headline(lines: list[Line], labels: list[str], k: int, page: str | None) -> bool:
    """Line k, read as text between two text lines, is a headline set into a dense column inside a
    sentence (the line above it ends none): a headline block displaced into another article's text.
    It ends no sentence, on no joining mark or word (`，`, `的`), opens with no mark a text line
    never opens with, and either is wider than any text line near it with few of their words
    (a justified column's lines never run past its width, but by a hung closing mark: a character
    and a half wider, two where it holds a clause mark, three where a word or a quotation runs on
    into the next line), or stands alone between blank lines in text that has fewer around it
    (`_apart_by_blanks`: a dense page's blank lines follow a paragraph's end, a spaced page's come
    one a line), running nothing on (but where the text over it runs a word on into the text under
    it, across the line), under a line of running text (not a short headline-like line: a block of
    subheads). A clause mark inside does not make it text there: the blank lines set it apart."""
    t = lines[k].text
    if labels[k - 1] != "body" or labels[k] != "body" or labels[k + 1] != "body" or not t:
        return False
    if not 4 <= len(t) <= HEADLINE_MAX or _STOPS.search(t) or _end_mark(t) != "none" or t[0] in _RUNS_ON:
        return False
    above = lines[k - 1].text
    if ends_paragraph(above) or t.rstrip().endswith(_JOINING_ENDS) or dateline(t) or _dispatch(t):
        return False
    clause = _CLAUSE_INSIDE.search(t)
    if clause and clause.start() < SENTENCE_REST:
        return False  # a sentence's rest (`容，兴庆区今年…`)
    reach = [*lines[max(0, k - DISPLACED_REACH) : k], *lines[k + 2 : k + 2 + DISPLACED_REACH]]
    near = [w for x in reach if (w := _cells(x.text))]
    if len(near) < 4:
        return False
    margin = _cells(t) - max(near)
    if margin < 1.5 and (page is None or _as_wide_as_around(lines, k)):
        return False  # too narrow for the first test and shut out of the second, or failing its width
        # test (read first: jieba is slow; most lines of a justified column stop here)
    if _closes_pair(above, t) or (
        _dictionary_wrap(above, t) and not _dictionary_wrap(above, lines[k + 1].text)
    ):
        return False  # the text runs on into it, closing a quotation it left open (`…共建“美丽` /
        # `家园”…`) or a word (`…征拆安` / `置小区，…`), not across it: a line of its sentence set
        # wider than the column, however wide (a ragged narrow column)
    runs_on = line_features.wraps(t, lines[k + 1].text) or _unclosed(t)
    if margin >= (3.0 if runs_on else 2.0 if clause else 1.5) and _near_words(lines, k) <= 0.2:
        return True
    if runs_on and (
        line_features.wraps(above, lines[k + 1].text) or not _dictionary_wrap(t, lines[k + 1].text)
    ):
        runs_on = _unclosed(t)  # the text's own word runs across the line (`…服务机` / line / `制，…`),
        # or only jieba's guess at an unknown word runs on (`…特色路` / `多积分…`: `路多`)
    if page is None or runs_on:
        return False
    if _as_wide_as_around(lines, k):
        return False  # as wide as the text lines over and under it: a line of their paragraph
    if not (
        _CLAUSE_INSIDE.search(above)
        or _STOPS.search(above)
        or _unclosed(above)  # a quotation left open: text cut off (`“每天我们把街道`), no headline
        or _cells(above) >= 0.7 * max(near)
        or _cut_short(lines, labels, k - 1, page, sorted(near)[len(near) // 2])
    ):
        return False  # under a short headline-like line: one of a block of subheads
    if above.rstrip().endswith(tuple(CLOSERS)) and not _running_text(above, near):
        return False  # a subhead's quoted last words (`…配强小区支部“主心骨”`)
    if not all(x.offs for x in lines[k - 2 : k + 3]):
        return False
    return _apart_by_blanks(lines, k, page)


def _as_wide_as_around(lines: list[Line], k: int) -> bool:
    """Line k is as wide as the lines over and under it, give or take a cell: a line of their paragraph."""
    width = _cells(lines[k].text)
    return all(abs(width - _cells(x.text)) <= 1 for x in (lines[k - 1], lines[k + 1]))


def _displaced_under_kicker(lines: list[Line], labels: list[str], k: int, page: str | None) -> bool:
    """Line k under a short label of Chinese words alone (a kicker: `走基层`, `样本调查`), both read as
    text inside a sentence: a kicker and its headline set into the column together
    (`_displaced_block`)."""
    kicker = lines[k - 1]
    if page is None or k < 3:
        return False
    if not 2 <= len(kicker.text.strip()) <= SECTION_MAX or not _ALL_HAN.fullmatch(kicker.text.strip()):
        return False
    return _displaced_block(lines, labels, k - 1, page)


def _displaced_with_wrap(lines: list[Line], labels: list[str], k: int, page: str | None) -> bool:
    """Line k and a shorter line under it (KICKER_MAX characters at most, ending no sentence and
    holding no clause mark), both read as text inside a sentence: a headline the column wrapped, or a line holding two headlines
    whose second wraps (`A   B1` / `B2`), set into the column as a block (`_displaced_block`)."""
    if page is None or k + 3 > len(lines):
        return False
    wrap = lines[k + 1].text.strip()
    return (
        0 < len(wrap) <= min(KICKER_MAX, len(lines[k].text.strip()) - 1)  # (shorter: no kicker over it)
        and _end_mark(wrap) == "none"
        and not _CLAUSE_MARKS.search(wrap)  # `亮点工作交流会，锚定`: a sentence going on
        and _displaced_block(lines, labels, k, page)
    )


def _displaced_block(lines: list[Line], labels: list[str], k: int, page: str) -> bool:
    """Lines k and k + 1 read as one line pass `_displaced_headline` set apart by blank lines
    (`_apart_by_blanks`), never by their joint width alone (no printed line is that wide)."""
    top, under = lines[k], lines[k + 1]
    if labels[k] != "body" or labels[k + 1] != "body" or not top.offs or not under.offs:
        return False
    block = Line(top.text + under.text, [*top.offs, *under.offs])
    read = [*lines[:k], block, *lines[k + 2 :]]
    read_labels = [*labels[:k], "body", *labels[k + 2 :]]
    return (
        2 <= k <= len(read) - 3
        and _apart_by_blanks(read, k, page)
        and _displaced_headline(read, read_labels, k, page)
    )


def _running_text(text: str, near: list[float]) -> bool:
    """A line holding a clause mark and as wide as the column's lines run (`near`: their widths, the
    median taken): a line of running text, never a subhead's last."""
    return bool(_CLAUSE_INSIDE.search(text)) and _cells(text) >= 0.9 * sorted(near)[len(near) // 2]


def _apart_by_blanks(lines: list[Line], k: int, page: str) -> bool:
    """Line k has more blank lines around it than the text lines over and under it have on their
    other sides: a blank line each side in a dense page, in a page printing one after every line
    (`_spaced`) one each side and two on one (a headline's larger type leaves more room), or none
    over it and one under it where the text over it runs a word on across it (`…力所能及的小` /
    line / `事，…`). The line under it may end its paragraph and have a blank line under it."""
    usual = int(_spaced(page))
    over = _gap_lines(page, lines[k].offs[0], -1) or 0
    under = _gap_lines(page, lines[k].offs[-1], 1) or 0
    if usual and over == 0 and under and _dictionary_wrap(lines[k - 1].text, lines[k + 1].text):
        over = 2  # glued to the line over it, as no two lines of the page are, the text's word across it
    if min(over, under) < 1 or max(over, under) <= usual:
        return False
    below = lines[k + 1]
    return _gap_lines(page, lines[k - 1].offs[0], -1) == usual and (
        _gap_lines(page, below.offs[-1], 1) == usual or ends_paragraph(below.text)
    )


def _cut_short(lines: list[Line], labels: list[str], k: int, page: str, width: float) -> bool:
    """Text line k stops short of the column, its sentence open, right under a line of the same
    paragraph as wide as the column's lines run (`width`: their median; `“目前…服务中心已经` /
    `具备基本的`): where a block set into the
    column cut the sentence, the text going on under the block. A subhead's short line stands under
    a paragraph's end or a blank line, never inside a paragraph so."""
    if k < 1 or labels[k - 1] not in ("body", "dateline") or not lines[k - 1].offs or not lines[k].offs:
        return False
    over = lines[k - 1].text
    return (
        _cells(over) >= 0.9 * width
        and not ends_paragraph(over)
        and _gap_lines(page, lines[k].offs[0], -1) == int(_spaced(page))
    )


SECTION_MAX = 6  # characters: a section's label (`地方传真`, `基层党建`) is a word or two


def _sections_after_bylines(lines: list[Line], labels: list[str]) -> list[int]:
    """A short label of Chinese words alone (no mark, no figure, naming nobody) between a byline
    closing a text and a line shaped as a headline over text: a section's label opening the next
    part of the page (`记者 张三` / `地方传真` / headline / text). Read as text, the label and the
    headline under it ran into the next body, and the byline went with them."""
    found = []
    for k in range(2, len(lines) - 2):
        t, head = lines[k].text.strip(), lines[k + 1].text.strip()
        if (
            labels[k] in _HEAD_LABELS
            or not 2 <= len(t) <= SECTION_MAX
            or not _ALL_HAN.fullmatch(t)
            or not _closing_byline_line(lines, labels, k - 1)
            or bylines.parse(t, marked=False)
        ):
            continue
        if _headline_over_text(lines, labels, k + 1) and not line_features.wraps(t, head):
            found.append(k)
    return found


_ALL_HAN = re.compile(f"[{CJK}]+")
BYLINE_LINES_MAX = 2  # a closing byline the column wraps runs over two lines at most


def _heads_under_a_closing_byline(
    lines: list[Line], labels: list[str], k: int, page: str | None = None
) -> bool:
    """Line k, read as text, comes right after a byline (one line or two) that came right after an
    article's finished text, is shaped as a headline, runs no word on into the next line and is not
    as wide as the justified column under it: the next article's headline, the byline closing the
    text above (`……回复。` / `记者 张三 通讯员 李四` / headline / text). Read as text, the headline
    ran into its own body and the byline opened it."""
    t = lines[k].text.strip()
    if not 4 <= len(t) <= HEADLINE_MAX:  # as `_headline_over_text` wants it: most lines are longer
        return False
    if t[-1] in _OPENING_QUOTES or _indented(page, lines[k]):
        return False  # a quotation the column wrapped, a paragraph's indented first line: text
    if not (_after_a_closing_byline(lines, labels, k) and _headline_over_text(lines, labels, k)):
        return False  # read first: most lines fail them, and the width below is the slow part
    text = list(itertools.takewhile(lambda i: labels[i] == "body", range(k + 1, len(lines))))
    width = _justified_under(lines[: text[-1] + 1], k) if text else 0  # the text's lines, not its byline
    return (
        width > 0
        and (len(t) > width or width - len(t) >= 2)  # wider than the column: no line of its text
        and not _CLAUSE_MARKS.search(t)
        and not line_features.wraps(t, lines[k + 1].text)
    )


_OPENING_QUOTES = "“‘「『《（("


def _after_a_closing_byline(lines: list[Line], labels: list[str], k: int) -> bool:
    """The lines right over line k are a byline naming someone (the column may wrap it over two),
    and the line over that ends an article's text."""
    for j in range(k - 1, max(0, k - 1 - BYLINE_LINES_MAX), -1):
        if labels[j - 1] == "body" and ends_paragraph(lines[j - 1].text):
            text = "".join(x.text.strip() for x in lines[j:k])
            read = len(text) <= MARKED_BYLINE_MAX and (bylines.read(text) or _marked_byline(text))
            return all(labels[i] in _CREDITS for i in range(j, k)) or bool(read)
        if labels[j] not in _CREDITS and labels[j] != "body":
            return False
    return False


def _closing_byline_line(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k names people (the model's byline, or a short line reading as names) after a line
    ending its sentence."""
    t = lines[k].text.strip()
    if not ends_paragraph(lines[k - 1].text) or len(t) > SECTION_MAX * 3:
        return False
    return labels[k] in _CREDITS or bool(bylines.read(t) or _marked_byline(t))


def _inner_head_shaped(lines: list[Line], k: int, width: int, share: float | None = None) -> bool:
    """Line k, a text line between texts, reads as a headline: no sentence or stop in it, nothing
    opened at its end, its words the text's below (`share` of them; any where 0) and none of the
    text's above (`_new_topic`), and shorter than the column (or than the justified column under it)."""
    t = lines[k].text
    return (
        4 <= len(t) <= HEADLINE_MAX
        and _end_mark(t) == "none"
        and t[-1] not in _OPENS  # a quotation or title opened at its end goes on in the line under it
        and not _STOPS.search(t)
        and _new_topic(lines, k, share=NEW_TOPIC if share is None else share)
        and (len(t) <= 0.8 * width or _short_of_a_full_line(lines, k))
    )


def _kicker_over_inner_head(lines: list[Line], labels: list[str], k: int, width: int) -> bool:
    """Line k, after a paragraph's end, is a short line over a headline, all three read as text by
    the model: a kicker its marks set apart (`_KICKER_MARKED`: a series number `善治乡村④`, a column's
    name in brackets `【基层动态】`, a site's `栏目|` cut before its title) over its headline. The line
    under it is tested as a headline between texts (`_inner_head_shaped`, `_full_width_headline`), the
    kicker's own words left aside, any of its words the text's below (the kicker says a story opens).
    An unmarked short line over a headline-shaped one is no kicker here: a story's two-row subhead
    (`稳住“基本盘”` / `拓宽“增收路”`) reads so too (dev pages: it cut stories apart). The kicker
    is no longer than the headline, holds no sentence, no stop and no clause mark but at its end, and
    no word runs on from it into the headline nor from the headline into the text (`_runs_on_under`)."""
    t, head = lines[k].text.strip(), lines[k + 1].text.strip()
    if not (labels[k - 1] == labels[k + 1] == labels[k + 2] == "body" and _text_or_label(t, labels[k])):
        return False
    if not (ends_paragraph(lines[k - 1].text) and 2 <= len(_BIGRAM_CLEAN.sub("", t)) <= KICKER_MAX):
        return False
    if len(t) > len(head) or _STOPS.search(t) or t[-1] in TERMINALS or line_features.wraps(t, head):
        return False
    if _CLAUSE_MARKS.search(t[:-1]) or _runs_on_under(head, lines[k + 2].text):
        return False  # `今年以来，…` over `“…”行动` / `方案，把…`: a paragraph's opening lines
    if not _KICKER_MARKED.search(t):
        return False  # a story's two-row subhead (`稳住“基本盘”` / `拓宽“增收路”`) reads so too
    rest, rest_labels = lines[:k] + lines[k + 1 :], labels[:k] + labels[k + 1 :]  # the kicker's words aside
    return _inner_head_shaped(rest, k, width, share=0.0) or _full_width_headline(rest, rest_labels, k, width)


def _text_or_label(t: str, label: str) -> bool:
    """A line read as text, or a column's name in square brackets (`【基层动态】`) the model read as a
    jump mark (`【下转第3版】` looks so): a jump mark names a page or a jump, a column's name neither."""
    if label == "body":
        return True
    return label == "continuation" and bool(_LABEL_LINE.fullmatch(t)) and not _NO_HEADING_WORDS.search(t)


# A line a kicker's marks set apart from the text: a series number (`善治乡村④`, `观察5`), a column's
# name in brackets (`【基层动态】`), a site title's bar (`栏目|`). A colon or comma at a short line's end
# is none: a headline's row cut there looks so, but so does a text line a noisy page broke short.
_KICKER_MARKED = re.compile(r"(?:[①-⑳]|(?<![\d.])\d{1,2}|[|｜│︱])$|^【[^【】]+】$")


def _runs_on_under(line: str, after: str) -> bool:
    """The line's sentence goes on into the line under it: a word cut at its end (`…行动` / `方案，…`
    as `行动方案`) or a short clause opening the line under it (`_clause_goes_on`)."""
    return (
        line_features.wraps(line, after) or bool(after) and (after[0] in _RUNS_ON or _clause_goes_on(after))
    )


def _label_over_head(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k, a column's name in square brackets alone on its line (`【基层动态】`) read as text or as
    a jump mark, right over a headline: the headline's kicker. A jump mark names a page or a jump
    (`【下转第3版】`), a credit a role (`_NO_HEADING_WORDS`); a column's name neither."""
    t = lines[k].text.strip()
    return (
        labels[k] in ("body", "continuation")
        and labels[k + 1] == "title"
        and bool(_LABEL_LINE.fullmatch(t))
        and not _NO_HEADING_WORDS.search(t)
    )


def _headline_over_text(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k is shaped as a headline (ending no sentence, holding no stop), with text under it."""
    t = lines[k].text.strip()
    return (
        4 <= len(t) <= HEADLINE_MAX
        and _end_mark(t) == "none"
        and not _STOPS.search(t)
        and labels[k + 1] not in _CREDITS + _HEAD
    )


JUSTIFIED_REACH = 4  # lines under a line looked at for its column's justified width


def _justified_under(lines: list[Line], k: int) -> int:
    """The width the text lines under line k fill exactly, when all of them that end no paragraph do
    (two at least): a justified column, where only a paragraph's last line stops short (in a ragged
    one any line may). 0 when they do not."""
    near = [x.text for x in lines[k + 1 : k + 1 + JUSTIFIED_REACH] if x.text and not ends_paragraph(x.text)]
    widths = {len(t) for t in near}
    if len(near) < 2:
        return 0
    if len(widths) == 1:
        return widths.pop()
    return _hung_width(near)


_HUNG_MARKS = frozenset("，、；：,;:”’」』）)")


def _hung_width(near: list[str]) -> int:
    """The justified width of text lines some of which end with a mark hung past the column's edge
    (Chinese typesetting hangs a comma or a closing mark rather than carry it down to the next line:
    `近日，东坪镇便民服务` / `项集中到一个窗口办理，` / `中心还推出了预约服务`, ten cells and eleven):
    the one width the lines ending in no such mark fill, every other line filling it or one more with
    its last mark hung. 0 when the lines fill no one width so."""
    plain = {len(t) for t in near if t[-1] not in _HUNG_MARKS}
    if len(plain) != 1:
        return 0
    width = plain.pop()
    return width if all(len(t) in (width, width + 1) for t in near) else 0


def _short_of_a_full_line(lines: list[Line], k: int) -> bool:
    """Line k, wider than most headlines (a headline in a narrow column), still stops short of the
    justified column under it, holds no clause mark, and no word runs on from it into the next
    line: a paragraph's first line fills the column, and its wrap often cuts a word. (A ragged
    column, where text lines stop short anywhere, says nothing: on dev pages, widening the rule
    without the justified test cost blind and template attach.)"""
    t = lines[k].text
    return (
        len(t) < _justified_under(lines, k)
        and not _CLAUSE_MARKS.search(t)
        and not line_features.wraps(t, lines[k + 1].text)
    )


NARROW_MAX = 16  # characters: a column this narrow fills with a headline of a few words


def _after_an_end(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k follows a paragraph's end (a text line ending its sentence) or a closing byline."""
    before = labels[k - 1]
    return (before == "body" and ends_paragraph(lines[k - 1].text)) or before in ("byline_end", "credit")


def _full_width_headline(lines: list[Line], labels: list[str], k: int, width: int) -> bool:
    """Line k, read as text, as wide as a narrow column or a character or two wider (a headline the
    column filled, or wrapped and `_wrapped_headlines_rejoined` joined), is a headline where it
    holds no mark a sentence or clause holds, no word runs on from it into the line under it, and
    its words are the text's below and none of the text's above (`_new_topic`): a paragraph's
    first line fills the column too, but goes on with its sentence and its topic."""
    t, after = lines[k].text, lines[k + 1].text
    if labels[k] != "body" or labels[k + 1] != "body" or not after:
        return False
    widths = {width, max(len(x.text) for x in lines[k + 1 : k + 1 + JUSTIFIED_REACH])}
    if not any(_fills_or_spans(len(t), w) for w in widths):
        return False  # (the text under it: a small page's indented and hung lines blur its column)
    if not any(w - 1 <= len(t) <= w + 2 for w in widths) and not _wider_than_the_text(lines, labels, k):
        return False  # (a line spanning two narrow columns: on a page of mixed widths, a wider column's)
    if _CLAUSE_MARKS.search(t) or _STOPS.search(t) or _end_mark(t) != "none":
        return False
    if line_features.wraps(t, after) or after[0] in _RUNS_ON or _clause_goes_on(after):
        return False
    return _names_the_text_below(lines, k)


def _wider_than_the_text(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k is wider than every other line of the page read as text: a headline set over two
    narrow columns is the page's widest line. On a page whose columns differ in width (a wide
    column beside a narrow one) a line that much wider than the narrow column is the wide column's
    text, and the page holds other text lines as wide or wider."""
    n = len(lines[k].text.strip())
    return all(len(x.text.strip()) < n for j, x in enumerate(lines) if j != k and labels[j] == "body")


def _fills_or_spans(n: int, width: int) -> bool:
    """A line of `n` characters fills a narrow column of `width` (a character short, or one or two
    past it, wrapped and joined), or spans two such columns (SPAN_PAST wider, at most two columns
    wide: a headline set over the columns of its story, `_over_columns`), which no text line of the
    column does."""
    if width > NARROW_MAX:
        return False
    return width - 1 <= n <= width + 2 or (width >= WRAP_MIN and width + SPAN_PAST <= n <= 2 * width)


def _names_the_text_below(lines: list[Line], k: int) -> bool:
    """Line k's words are the text's under it and none of the text's above (`_new_topic`); any of
    them will do where the line under it opens a story (`近日，`, a dateline)."""
    opens = _opens_a_story(lines[k + 1].text)
    return _new_topic(lines, k) or (opens and _new_topic(lines, k, share=0.0))


_STORY_TIME = re.compile(r"^(?:近日|日前|近期|今年以来|\d{1,2}月\d{1,2}日)[，,]")


def _opens_a_story(text: str) -> bool:
    """A line a news story opens with: a dateline, a dispatch, or a time and a comma (`近日，`)."""
    return bool(_STORY_TIME.match(text) or dateline(text) or _dispatch(text))


_OPENING_TIME = re.compile(
    r"^(?:近日|日前|近期|近年来|今年以来|今年|去年|目前|当前|连日来|此前|\d{1,2}月\d{1,2}日|\d{1,2}月(?:以来|份)?)"
    r"[，,]"
)
CLAUSE_REACH = 6  # characters: a clause a line opens with that ends this soon is a sentence's rest


def _clause_goes_on(after: str) -> bool:
    """The line opens with a clause of a few characters ended by a clause mark (`开展以来，昆明市…`
    under `市域社会治理现代化试点工作`): the rest of the sentence the line above began, unless the
    clause is a time a paragraph opens with (`近日，`, `今年以来，`) or a dateline."""
    if _CLAUSE_MARKS.search(after[: CLAUSE_REACH + 1]) is None:
        return False
    return not (_OPENING_TIME.match(after) or dateline(after) or _dispatch(after))


def _sentences_read_as_headlines(lines: list[Line], labels: list[str]) -> list[tuple[int, int]]:
    """Headlines (a `title` line and the `title+` lines under it) that end with a full stop, or whose
    sentence ends in a short text line under them (`_sentence_tail`): a sentence, never a headline
    (none of the reports' 68 headlines ends with `。`; a question or a cry may). On 150 simulated
    dev pages of each generator, all six such runs (ending with `。`) were a photo's caption or a
    body's line. Returns (first line, number of lines) of each."""
    runs = []
    for k, label in enumerate(labels):
        if label != "title":
            continue
        n = 1
        while k + n < len(lines) and labels[k + n] == "title+":
            n += 1
        if lines[k + n - 1].text.rstrip(CLOSERS + " \u3000").endswith("。"):
            runs.append((k, n))
        elif (
            k + n < len(lines)
            and labels[k + n] == "body"
            and _sentence_tail(lines[k + n].text)
            and not _open_text_over(lines, labels, k)
        ):
            # its sentence ends in the short line under it (`…召开例会` / `推进工作。`); not where a
            # text line over it leaves its sentence open (a block set inside a paragraph: that
            # text goes on in the short line)
            runs.append((k, n + 1))
    return runs


def _open_text_over(lines: list[Line], labels: list[str], k: int) -> bool:
    """The text line over the headlines stacked over line k leaves its sentence open."""
    j = k - 1
    while j >= 0 and labels[j] in _HEAD_LABELS:
        j -= 1
    return j >= 0 and labels[j] == "body" and not ends_paragraph(lines[j].text)


def _sentence_tail(text: str) -> bool:
    """A line that is a sentence's last few words and its full stop, nothing more: a caption's wrapped
    end (a body's first line runs on; a headline does not end with `。`)."""
    t = text.strip()
    return 2 <= len(t) <= SENTENCE_TAIL and t.endswith("。") and not _CLAUSE_MARKS.search(t[:-1])


SENTENCE_TAIL = 8  # characters, the stop included


def _closes_the_text_above(
    lines: list[Line], labels: list[str], conf: list[float], k: int, reach: int = 30
) -> bool:
    """A text line the model is far from sure of (below UNSURE), after a sentence's end, ending none
    and holding no clause mark, not running on into the next line (`wraps`), whose words are the
    text's above it and not the text's below: a headline printed after its body."""
    if not _doubted_lone_line(lines, labels, conf, k, UNSURE) or line_features.wraps(
        lines[k].text, lines[k + 1].text
    ):
        return False
    only_above, only_below = _words_around(lines, k, k, reach)
    return _leans(_bigrams(lines[k].text), only_above, only_below)


UNSURE = 0.7


def _closes_a_signed_text(
    lines: list[Line], labels: list[str], conf: list[float], k: int, reach: int = 30
) -> bool:
    """A text line the model is not sure of (below SURE) right under a byline that closes a finished
    text (`……进网入格。` / `作者：张三`), shaped as a headline (ending no sentence, one clause mark at
    most, not running on into the next line), whose words are the text's above it and not the
    text's below: the headline of the signed text, printed after it. An in-body subhead, which the
    model reads as text as unsurely, never stands under a closing byline (the byline ends the
    story), so the model's doubt may be milder here than `_closes_the_text_above` asks."""
    t = lines[k].text.strip()
    if labels[k] != "body" or conf[k] >= SURE or not _signed_text_above(lines, labels, k):
        return False
    if not (4 <= len(t) <= HEADLINE_MAX and _unended(t) and t[-1] not in _OPENS) or _STOPS.search(t):
        return False
    if len(_CLAUSE_MARKS.findall(t)) > 1 or line_features.wraps(t, lines[k + 1].text):
        return False
    only_above, only_below = _words_around(lines, k, k, reach)
    return _leans(_bigrams(t), only_above, only_below)


def _signed_above(lines: list[Line], labels: list[str], k: int) -> bool:
    """The line or two right over line k are a byline the model read as one (never a dateline: that
    opens a text), and the line over them is text ending its sentence."""
    for j in range(k - 1, max(0, k - 1 - BYLINE_LINES_MAX), -1):
        if labels[j] not in _SIGNS:
            return False
        if labels[j - 1] == "body" and ends_paragraph(lines[j - 1].text):
            return True
    return False


_SIGNS = ("byline", "byline_end", "credit")


def _signed_text_above(lines: list[Line], labels: list[str], k: int) -> bool:
    """A text ending right over line k is signed: by a byline line or two (`_signed_above`), or by
    names bracketed after its last sentence on its last line (`……之一。（记者 张三）`)."""
    glued = labels[k - 1] == "body" and _SIGNED_END.search(lines[k - 1].text) is not None
    return glued or _signed_above(lines, labels, k)


def _run_under_a_signature(lines: list[Line], labels: list[str], conf: list[float], k: int) -> int:
    """The number of lines from k (1 to SIGNED_HEAD_LINES) of a headline the model read as text, or 0:
    right under a text signed at its end (a closing byline on a line of its own, or printed after the
    text's last sentence: `……之一。（记者 张三）`), a run of text lines the model is not sure of (each
    below SURE), none ending a sentence, joined no longer than a headline with one clause mark at
    most and opening no dispatch, over a text line the model is sure of that its last line runs no
    word into. After a signature a story ends; what opens the next one is its headline or a
    dispatch, and a headline printed after its body has its signature above it too."""
    if not _signed_text_above(lines, labels, k):
        return 0
    for end in range(k, min(k + SIGNED_HEAD_LINES, len(lines) - 1)):
        if labels[end] != "body" or conf[end] >= SURE or not _unended(lines[end].text):
            return 0
        if labels[end + 1] == "body" and conf[end + 1] >= SURE:
            text = "".join(x.text.strip() for x in lines[k : end + 1])
            fits = 4 <= len(text) <= HEADLINE_MAX and len(_CLAUSE_MARKS.findall(text)) <= 1
            if not fits or _STOPS.search(text) or _opens_a_story(text):
                return 0
            return 0 if line_features.wraps(lines[end].text, lines[end + 1].text) else end - k + 1
    return 0


SIGNED_HEAD_LINES = 3  # lines of a headline under a signed text, read as text
# a sentence's end and a bracketed name or two after it, closing a text's last line (`。（记者 张三）`)
_SIGNED_END = re.compile(r"[。！？!?][”」]?[ \u3000]*[（(][^（）()]{2,20}[)）]$")


def _run_closes_the_text_above(
    lines: list[Line], labels: list[str], conf: list[float], k: int, reach: int = 30
) -> int:
    """The number of lines from k (2 to WRAPPED_HEAD_LINES) of a wrapped headline that the model read
    as text, or 0: the run of text lines the model is unsure of (each below UNSURE) between a
    sentence's end and a line it is sure of, none of them ending a sentence, joined no longer than
    HEADLINE_MAX, reading as one headline whose words are the text's above it and not the text's
    below (`_run_leans_up`): a headline printed after its body on a page whose blank line after
    every line hides a headline's wrap from the model (words leaning down were as often an in-body
    subhead's, which heads the text under it). `_closes_the_text_above` reads a lone line so."""
    if labels[k] != "body" or labels[k - 1] not in ("body", "noise") or not ends_paragraph(lines[k - 1].text):
        return 0
    end = k
    while end + 1 < len(lines) and labels[end] == "body" and conf[end] < UNSURE:
        end += 1
    n = end - k  # line `end` is the first one the model is sure of (or not text)
    if not 2 <= n <= WRAPPED_HEAD_LINES or not all(_unended(x.text) for x in lines[k:end]):
        return 0
    text = "".join(x.text for x in lines[k:end])
    return n if len(text) <= HEADLINE_MAX and _run_leans_up(lines, k, end - 1, text, reach) else 0


def _run_leans_up(lines: list[Line], k: int, end: int, text: str, reach: int) -> bool:
    """Lines k to end, read as one headline, close the text above them: no line of text runs on from
    the last, at most one clause mark (a headline holds a comma at most; a sentence more), not a
    passage of the text above printed again (a pull quote repeats the text's words as printed)."""
    if line_features.wraps(lines[end].text, lines[end + 1].text) or not _reads_as_one_headline(text):
        return False
    above = "".join(x.text for x in lines[max(0, k - reach) : k])
    if len(_CLAUSE_MARKS.findall(text)) > 1 or text[:REPEAT_PROBE] in above:
        return False
    only_above, only_below = _words_around(lines, k, end, reach)
    return _leans(_bigrams(text), only_above, only_below)


WRAPPED_HEAD_LINES = 4  # lines of a wrapped headline printed after its body, read as text


def _run_opens_another_report(lines: list[Line], labels: list[str], conf: list[float], k: int) -> int:
    """The number of lines from k (1 to WRAPPED_HEAD_LINES) of a headline the model read as text, or
    0: after a paragraph's end, a run of text lines the model doubts (each below SURE), shaped as one
    headline (`_head_run`), that names next to nothing of the text above it (under ABOVE_SHARE of its
    character pairs), where the texts above and below it are two reports (`_fresh_start`: other
    places, few words shared). Two reports printed one after the other in a column, the second's
    headline no wider than the column or set wider than it alone on its line (`……有落实。` /
    `东湖镇网格服务暖民心` / `“请大家……`): read as text, it glued the two reports into one body. An
    in-body subhead has the same shape, but its report goes on under it, naming its places again."""
    if labels[k] != "body" or labels[k - 1] != "body" or not ends_paragraph(lines[k - 1].text):
        return 0
    n = _head_run(lines, labels, conf, k)
    if not n:
        return 0
    text = "".join(x.text.strip() for x in lines[k : k + n])
    if _lead_opening(text) or _CREDIT_WORDS.search(text):
        return 0  # a lead's first line cut mid-word (`海口市龙华区街道创新`), a byline read as text
    window = NEW_TOPIC_WINDOW
    own, before = _bigrams(text), _lines_bigrams(lines[max(0, k - window) : k])
    if not own or len(own & before) / len(own) >= ABOVE_SHARE:
        return 0
    above, below = lines[max(0, k - FRESH_LINES) : k], lines[k + n : k + n + FRESH_LINES]
    if _places(text) or len(own & _lines_bigrams(lines[k + n : k + n + window])) / len(own) >= NEW_TOPIC:
        return n if _fresh_start(above, below) else 0
    return n if _retold_under_two_reports(text, lines[k + n : k + n + window], above, below) else 0


def _retold_under_two_reports(text: str, under: list[Line], above: list[Line], below: list[Line]) -> bool:
    """A run naming no place, few of whose words the text under it prints, is a headline still where
    its characters are the text's (RETOLD of them: the lead retells it in other words, `邻里议事解民忧`
    over `……居民的忧心事在议事会上解决了`) and the texts above and below share next to none of their
    words (under STRANGERS, half of `_fresh_start`'s FRESH_SHARE): two reports. An in-body subhead is
    a slogan couplet (`创新工作机制 搭起连心桥`), its characters not the text's, and its report goes
    on under it in the words it used above. The run must be a couplet (two phrases a gap apart), as
    such a headline is: a lone short phrase (`激活治理末梢`) is a section's kicker more often."""
    own = set(text) - _NOT_WORD_CHARS
    if (
        not _HEADS_GAP.search(text)
        or not own
        or len(own & set("".join(x.text for x in under))) / len(own) < RETOLD
    ):
        return False
    a, b = "".join(map(_TEXT, above))[-FRESH_REACH:], "".join(map(_TEXT, below))[:FRESH_REACH]
    if not _fresh_texts(a, b):
        return False
    ga, gb = _bigrams(a), _bigrams(b)
    return len(ga & gb) / max(1, min(len(ga), len(gb))) < STRANGERS


RETOLD = 0.35  # of a no-place headline's characters the lines under it print (dev-a headlines 0.38-0.69)
STRANGERS = FRESH_SHARE / 2  # pairs two reports' texts share (dev-a: the 3 headlines it took 0.02-0.04)
_NOT_WORD_CHARS = frozenset(" \u3000“”‘’\"'《》「」、，：")


def _head_run(lines: list[Line], labels: list[str], conf: list[float], k: int) -> int:
    """The lines from k the model doubts (below SURE) that read together as one headline: each a text
    line ending no sentence and holding no stop, joined HEADLINE_MIN to HEADLINE_MAX characters with
    a clause mark at most, opening no story (a dateline, `近日，`), the line under the run text that
    runs no word on from it and opens no clause of its sentence; 0 where there is none."""
    end = k
    while (
        end < len(lines) - 1
        and end - k < WRAPPED_HEAD_LINES
        and labels[end] == "body"
        and conf[end] < SURE
        and _unended(lines[end].text)
        and not _STOPS.search(lines[end].text)
    ):
        end += 1
    n = end - k
    text = "".join(x.text.strip() for x in lines[k:end])
    if not n or not HEADLINE_MIN <= len(text) <= HEADLINE_MAX or len(_CLAUSE_MARKS.findall(text)) > 1:
        return 0
    after = lines[end].text.strip()
    if labels[end] != "body" or not after or _end_mark(text) != "none" or text[-1] in _OPENS:
        return 0
    if _opens_a_story(text) or line_features.wraps(lines[end - 1].text, after):
        return 0
    if n == 1 and _fills_the_column(lines, k):
        return 0  # a paragraph's first line, indented, its sentence going on in the next
    return 0 if after[0] in _RUNS_ON or (_clause_goes_on(after) and not _lead_opening(after)) else n


def _fills_the_column(lines: list[Line], k: int) -> bool:
    """Line k, holding no gap between phrases, is as wide as the text lines under it or an indent
    (two characters) short of them: a paragraph's first line, as a headline alone seldom is."""
    t = lines[k].text.strip()
    width = max(len(x.text.strip()) for x in lines[k + 1 : k + 1 + JUSTIFIED_REACH])
    return width - PARAGRAPH_INDENT <= len(t) <= width and not _HEADS_GAP.search(t)


PARAGRAPH_INDENT = 2  # characters a paragraph's first line is set in by


NEW_TOPIC_WINDOW = 8  # lines above a doubted run whose words it must not name (`_new_topic`'s window)
_CREDIT_WORDS = re.compile(r"记者|通讯员|编辑|来源|[/／]")  # a byline's words, none a headline's
ABOVE_SHARE = 0.15  # of a headline's character pairs the text above it may hold (a subhead's: 0.4 or so)
FRESH_LINES = 30  # lines each side of the run whose text `_fresh_start` reads (it keeps FRESH_REACH)
REPEAT_PROBE = 8  # characters: a run opening with these as the text above prints them repeats it


def _over_a_jump(lines: list[Line], labels: list[str], conf: list[float], k: int) -> bool:
    """A text line the model is unsure of, after a sentence's end, ending none and holding no clause
    mark, right above a continuation mark (`（下转A6版）`): a headline whose body is printed on another
    page (a paragraph cut by the jump opens with a line that runs on, clause marks and all)."""
    return (
        labels[k + 1] == "continuation"
        and len(lines[k].text) >= 4
        and _doubted_lone_line(lines, labels, conf, k, SURE)
    )


def _doubted_lone_line(lines: list[Line], labels: list[str], conf: list[float], k: int, below: float) -> bool:
    """Line k is text the model gives less than `below`, after a sentence's end, ending none, holding
    no clause mark and no longer than a headline: a headline by its shape, if its place says so."""
    t = lines[k].text
    return (
        labels[k] == "body"
        and conf[k] < below
        and labels[k - 1] in ("body", "noise")
        and ends_paragraph(lines[k - 1].text)
        and _unended(t)
        and t[-1:] not in _OPENS  # a quotation or title opened at its end goes on in the line under it
        and not _CLAUSE_MARKS.search(t)
        and len(t) <= HEADLINE_MAX
    )


def _words_around(lines: list[Line], start: int, end: int, reach: int) -> tuple[set[str], set[str]]:
    """The character pairs of the `reach` lines above line `start` that the `reach` lines under line
    `end` do not print, and the other way round (words both sides print say nothing of either)."""
    above = _lines_bigrams(lines[max(0, start - reach) : start])
    below = _lines_bigrams(lines[end + 1 : end + 1 + reach])
    return set(above - below), set(below - above)


# Marks that end a clause inside a sentence (the full stop among them), read by rules all over this
# module. (An earlier definition without `。` near the top was dead: this one replaced it at import.)
_CLAUSE_MARKS = re.compile(r"[，。；;,、]")


def _two_headlines_met(lines: list[Line], labels: list[str], reach: int = 30) -> list[int]:
    """The lines starting the second of two headlines read as one where two articles meet: the
    first lines' words are the text's above them and not the text's below, the rest's the other way
    round (a headline printed after its body, right above the next article's). The cut falls at the
    first line break that cuts no word and leaves no headline open (a wrapped first headline keeps
    its lines). Words are character pairs found in one of the two texts (`reach` lines each side) only."""
    out = []
    for k in range(1, len(lines) - 2):
        if labels[k] != "title" or labels[k + 1] != "title+":
            continue
        end = k + 1
        while end + 1 < len(lines) and labels[end + 1] == "title+":
            end += 1
        only_above, only_below = _words_around(lines, k, end, reach)
        for cut in range(k + 1, end + 1):  # the first line that starts the second headline
            if line_features.wraps(lines[cut - 1].text, lines[cut].text) or _goes_on(
                "".join(map(_TEXT, lines[k:cut])), lines[cut].text
            ):
                continue  # (`五指山市南圣` / `镇“积分超市”开业`: the first headline's wrap)
            first = _lines_bigrams(lines[k:cut])
            rest = _lines_bigrams(lines[cut : end + 1])
            if _leans(first, only_above, only_below) and _leans(rest, only_below, only_above):
                if not _met_beside(lines[k:cut], lines[cut : end + 1], only_above, only_below):
                    out.append(cut)
                break
    return out


def _met_beside(upper: list[Line], lower: list[Line], above: set[str], below: set[str]) -> bool:
    """Two headlines met (`_two_headlines_met`) side by side rather than one over the other: the
    upper lines' last holds a gap after a headline's words (more than SHORT_HEAD characters), and
    cut there, the text before the gap leans to the text above and the words after it, read on
    into the lower lines (the second column's headline wrapped: `西岭镇…慰问老人  东湖社区` /
    `推行三项清单`), to the text below. Their lines stay one headline, which the matching cuts at the gap
    (`split_units`, `regroup_blocks`). Lines printed doubled are left to the doubled blocks' reading."""
    last = upper[-1]
    if any(x.doubled or line_features.echo(x.text) for x in (*upper, *lower)):
        return False  # a doubled headline's repeat is no second column (`_doubled_runs` reads it)
    for start, end in reversed(_gap_spans(last, _NARROW_GAP)):
        head = "".join(map(_TEXT, upper[:-1])) + last.text[:start]
        tail = last.text[end:] + "".join(map(_TEXT, lower))
        if len(_BIGRAM_CLEAN.sub("", head)) <= SHORT_HEAD or _left_open(head):
            continue
        if _leans(_bigrams(head), above, below) and _leans(_bigrams(tail), below, above):
            return True
    return False


def _leans(own: AbstractSet[str], this: AbstractSet[str], other: AbstractSet[str]) -> bool:
    """A line's words are found in `this` text's own words at least twice, and twice as often as in
    the `other`'s."""
    here, there = len(own & this), len(own & other)
    return here >= 2 and here >= 2 * there


def _credit_after_text(text: str) -> bool:
    found = bylines.photo(text)
    return found is not None and found[0] > 0


def _caption_over_its_tail(lines: list[Line], labels: list[str], k: int) -> bool:
    """A one-line headline over a short line ending a sentence with nothing after it (a caption, a
    continuation mark, another headline or the page's end): a photo's caption wrapped (`…召开例会` /
    `推进工作。`); a headline's body runs longer than one short line."""
    if labels[k] != "title" or labels[k - 1] in _HEAD or labels[k + 1] not in ("body", "caption"):
        return False
    tail = lines[k + 1].text
    if len(tail) > TAIL_MAX or not ends_paragraph(tail) or len(lines[k].text) <= len(tail):
        return False
    return k + 2 == len(lines) or labels[k + 2] not in ("body", "dateline", "byline", "byline_end", "title+")


TAIL_MAX = 12  # characters: the most a caption's wrapped last line holds here


def _body_opens_with_its_headline(lines: list[Line], labels: list[str], k: int) -> bool:
    """A line read as the headline's second line whose words open the headline line above it, and
    that runs on, unended, into the text under it (`上海市金山区党群服务中心启用` / `上海市金山区党群服务中心`
    / `近日正式启用。…`): the body's first line, opening with its headline's words."""
    if labels[k] != "title+":
        return False  # (read first: nearly every line is another's)
    t, above = _SPACE.sub("", lines[k].text), _SPACE.sub("", lines[k - 1].text) if k else ""
    return (
        k > 0
        and labels[k - 1] in ("title", "title+")
        and labels[k + 1] == "body"
        and not lines[k].doubled
        and len(t) >= HEAD_ECHO
        and above.startswith(t)
        and not ends_paragraph(t)
    )


def _clause_run_into_text(lines: list[Line], labels: list[str], k: int) -> bool:
    """A lone headline line that holds a clause break with words after it and whose last word the
    wrap cut, running on into the body line under it (`3月27日，在某区某小区施工现场，挖掘` / `机马达轰鸣，…`):
    a body's first line. A headline may hold a comma, but it ends at a word's end (`wraps`)."""
    t = lines[k].text
    return (
        labels[k] == "title"
        and (k == 0 or labels[k - 1] not in ("title", "title+"))
        and labels[k + 1] == "body"
        and (m := _CLAUSE_BREAK.search(t)) is not None
        and len(t) - m.end() >= 2
        and line_features.wraps(t, lines[k + 1].text)
    )


_CLAUSE_BREAK = re.compile(r"[，,；;](?=.*[^\s，,；;])")


HEAD_ECHO = 6  # characters of a headline's opening words that a body's first line repeats


def _title_runs_on(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k, read as a one-line headline over text, ends inside a word the text line under it
    finishes, going on as text (`…上报安` / `全隐患，…`): the column's wrap cut a sentence,
    as it cuts no headline (on simulated dev pages a headline's last line ran a dictionary word on
    into its body's first line about once in a hundred)."""
    if labels[k] != "title" or labels[k + 1] != "body" or (k and labels[k - 1] in _HEAD_LABELS):
        return False
    after = lines[k + 1].text
    if not (_STOPS.search(after) or _CLAUSE_INSIDE.search(after) or _end_mark(after) != "none"):
        return False  # a headline's own second line (`…党建引领基` / `层社会治理显成效`)
    return _cut_word(lines[k].text, after)


def _cut_word(text: str, after: str, reach: int = 4) -> bool:
    """A dictionary word runs across the break (`_dictionary_wrap`) from where a word of `text` read
    alone starts: its last characters are no word of their own (`…上报安` / `全…`: `安全`), whereas
    a line ending on a whole word (`…责任网格` / `式，…`: `网格`, not `格式`) only looks cut."""
    return _dictionary_wrap(text, after, reach, from_word_start=True)


def _quote_goes_on(lines: list[Line], k: int) -> bool:
    """Line k opens a quotation the line under it closes (`…探索“茶室议` / `事”机制，把居民…`), and
    that line goes on as text: the column's wrap cut a sentence, which a headline does not leave open."""
    t, after = lines[k].text, lines[k + 1].text
    return _closes_quote(t, after) and len(after) - after.find("”") > 2


def _page_tail(lines: list[Line], labels: list[str], width: int) -> list[int]:
    """The one or two text lines ending the page, after a paragraph's end, when they read as the
    headline of the article above them printed after it: short of the column's width where they
    start, ending no sentence, holding no clause mark, and sharing their words with the text before
    (a paragraph cut off by the page's end fills the column's width from its first line)."""
    for n in (2, 1):
        ks = list(range(len(lines) - n, len(lines)))
        if len(lines) < n + 2 or any(labels[k] not in ("body", "caption") for k in ks):
            continue
        texts = [lines[k].text for k in ks]
        if labels[ks[0] - 1] != "body" or not ends_paragraph(lines[ks[0] - 1].text):
            continue  # (the last line alone may still be one: the text above ends on the line before)
        if not 4 <= len(_BIGRAM_CLEAN.sub("", "".join(texts))) <= HEADLINE_MAX:
            return []
        if len(texts[0]) > 0.8 * width or any(_STOPS.search(t) or _end_mark(t) != "none" for t in texts):
            return []
        start = ks[0]  # the text above them, back to the last headline or byline (40 lines at most)
        while start > max(0, ks[0] - 40) and labels[start - 1] in ("body", "dateline", "caption", "noise"):
            start -= 1
        own = _bigrams("".join(texts))
        before = _lines_bigrams(lines[start : ks[0]])
        return ks if own and len(own & before) / len(own) >= NEW_TOPIC else []
    return []


_TEXT_LABELS = ("body", "caption", "noise")


def _spaced_head_goes_on(lines: list[Line], labels: list[str], k: int) -> bool:
    """A headline printed spaced out (`屯 昌 ： 实 施 …`) that a narrow column wraps over several lines
    goes on in the next line printed so, which the model read as text (`标 行 动 …`) or as the next
    headline's kicker (`领 富 乡 村`, its ASCII colon closed up, the first line read as a whole headline):
    text is not spaced out but for a run-in subhead, and that one runs into plain text or ends its
    sentence; a kicker is set in a style of its own, not spaced out alike under another headline. A
    line opening with a time and a comma (`3 月 2 7 日 ， 在 …`, `近 日 ，`) opens a paragraph: it is the
    text's first line, spaced out by the justified column, not the headline's."""
    return (
        labels[k] in ("title", "title+")
        and labels[k + 1] in ("body", "kicker")
        and printed_spaced(lines[k])
        and printed_spaced(lines[k + 1])
        and not _STOPS.search(lines[k + 1].text)
        and not _OPENING_TIME.match(_SPACE.sub("", lines[k + 1].text))
        and _head_so_far(lines, labels, k) + len(_SPACE.sub("", lines[k + 1].text)) <= HEADLINE_MAX
        and (
            k + 2 >= len(lines)
            or not printed_spaced(lines[k + 2])
            or labels[k + 2] != "body"
            or _STOPS.search(lines[k + 2].text) is None
        )
    )


def _head_so_far(lines: list[Line], labels: list[str], k: int) -> int:
    """Characters of the headline whose line k is (its `title` line and the `title+` lines down to k),
    spaces left out: a spaced line that would take it past HEADLINE_MAX is the text's, set as wide
    (`海 口 市 龙 华 区 … 党` under a two-line spaced headline)."""
    start = k
    while start > 0 and labels[start] == "title+" and labels[start - 1] in ("title", "title+"):
        start -= 1
    return sum(len(_SPACE.sub("", x.text)) for x in lines[start : k + 1])


def _spaced_pair_read_as_text(lines: list[Line], labels: list[str], k: int) -> bool:
    """Two text lines printed spaced out, one under the other, the second whole or a wrap's short
    tail (`成 都 高 新 区 …` / `护 ” 助 力 …`, `… 细 作 “ 大 治` / `理 ”`), neither ending a sentence,
    under no line printed so and no sentence running on into them: a headline set letterspaced that a
    column wrapped, which the model read as text. Text is spaced out on a paragraph's first line at
    most (`_spaced_head_goes_on`), or where a sentence runs on spaced (`…书记孙` / `宏 良 介 绍 ，…`)."""
    above = lines[k - 1] if k and labels[k - 1] == "body" else None
    return (
        labels[k] == labels[k + 1] == "body"
        and (above is None or ends_paragraph(above.text) and not printed_spaced(above))
        and printed_spaced(lines[k])
        and (printed_spaced(lines[k + 1]) or _SPACED_TAIL.fullmatch(lines[k + 1].text) is not None)
        and not _STOPS.search(lines[k].text + lines[k + 1].text)
        and not _pair_runs_on(lines, k)
    )


def _pair_runs_on(lines: list[Line], k: int) -> bool:
    """Two spaced lines k, k+1 that are a sentence's lines, not a headline's: the first opens with
    the rest of a mark cut at the line above (`… 这 得 到 了 …`, an ellipsis's second half) or a mark
    a line of text never opens with, or the second ends on a word that joins it to more (`… 所 需 的`)
    or is cut from the line under it."""
    first, second = (_SPACE.sub("", lines[j].text) for j in (k, k + 1))
    below = _SPACE.sub("", lines[k + 2].text) if k + 2 < len(lines) else ""
    return (
        first[:1] in _RUNS_ON + "…"
        or second.endswith(_PARTICLE_ENDS)
        or (bool(below) and line_features.wraps(second, below))
    )


_SPACED_TAIL = re.compile(r"\S(?:[ \u3000]+\S){1,2}")  # `硕 果`, `理 ”`: a spaced line's last characters


def _spaced_wrap_read_as_text(
    lines: list[Line], labels: list[str], conf: list[float], k: int, page: str | None, width: int
) -> bool:
    """On a page printing a blank line after every line (`_spaced`: the model sees no headline's wrap),
    a text line the model is unsure of (below SURE) under a headline line the column filled, is that
    headline's wrap (`…“积分兑换超市”：农民攒` / `积分换来乡村新风气`) when it ends no sentence, runs
    nothing on into the text under it, stops short of the column and of the line over it, and the
    two read as one headline holding one clause mark at most: a text's first line fills the column
    and runs its sentence on. Over a short line that ends nothing (a subhead, another headline) it
    is left as the model read it."""
    if page is None or k + 2 >= len(lines) or labels[k] not in ("title", "title+") or labels[k + 1] != "body":
        return False
    if len(lines[k].text) < width - RAGGED:
        return False  # a short line under a headline line the column did not fill is a subhead as often
    wrap, after = lines[k + 1].text, lines[k + 2].text
    if conf[k + 1] >= SURE or ends_paragraph(wrap) or labels[k + 2] not in ("body", "dateline"):
        return False
    if len(wrap) > len(lines[k].text) or len(wrap) >= width:
        return False  # a wrap runs no longer than the line over it, and stops short of the column
    if len(after) < width - RAGGED and not ends_paragraph(after):
        return False  # a subhead or another headline under it, not the text: the model's to read
    if _sentence_runs_on(wrap, after) or _opens_text(wrap):
        return False
    joined = lines[k].text + wrap
    return (
        len(joined) <= HEADLINE_MAX
        and len(_CLAUSE_MARKS.findall(joined)) <= 1
        and _reads_as_one_headline(joined)
        and _spaced(page)
    )


def _spaced_kicker_goes_on(lines: list[Line], labels: list[str], k: int) -> bool:
    """A line printed spaced out that the model read as a kicker over a headline line printed spaced
    out alike (`西 岭 : 实 施 网 格` over `管 理 “ 三 个 …`) is that headline's first line, a narrow
    column's wrap: a kicker is set in a style of its own (`_set_apart` splits none off so either)."""
    return (
        labels[k] == "kicker"
        and labels[k + 1] in ("title", "title+")
        and printed_spaced(lines[k])
        and printed_spaced(lines[k + 1])
    )


def _spaced_text_lines(lines: list[Line], labels: list[str]) -> list[str]:
    """Text lines of a justified column that the extractor spaced out glyph by glyph (`帮 助 小 区 居
    民 协 调 解 决 … 的`), read as headlines, are text again (`_spaced_text_line`): read so, they cut
    a text in two and its closing byline goes with the second part."""
    width = line_features.column_width([x.text for x in lines])
    labels = list(labels)
    for k in range(1, len(lines) - 1):
        if _spaced_text_line(lines, labels, k, width):
            labels[k] = "body"
    return labels


def _spaced_text_line(lines: list[Line], labels: list[str], k: int, width: int) -> bool:
    """Line k, a headline's line printed spaced out, is a text line spaced out to fill a justified
    column: it spans the column (its glyphs and the spaces between them, as wide as the column in
    print), stands between text lines, picks up the sentence the line above left open (no sentence
    end there, and a word cut across the break or a clause mark before it) and leaves its own open
    for the line under it (it ends no sentence, and ends inside a phrase or a pair of marks, or the
    line under goes on with it). A headline printed spaced out is short, or stands after a sentence's
    end, and closes its phrase and its quotation marks."""
    line, above, below = (_SPACE.sub("", lines[j].text) for j in (k, k - 1, k + 1))
    if labels[k] not in ("title", "title+") or labels[k - 1] != "body":
        return False
    if labels[k + 1] not in ("body", "continuation"):
        return False  # (a jump mark under it, `（下转14版）`: the sentence goes on on another page)
    if not printed_spaced(lines[k]) or lines[k].offs[-1] - lines[k].offs[0] + 1 < width - RAGGED:
        return False
    if not above or not below or ends_paragraph(above) or ends_paragraph(line):
        return False
    picks_up = (
        _sentence_runs_on(above, line)
        or above[-1] in _CLAUSE_ENDS
        or above[-1].isdigit()  # a number its measure word goes on from (`现任169` / `名 小 区 …`)
        or _unclosed(above)
    )
    leaves_open = (
        labels[k + 1] == "continuation"
        or _sentence_runs_on(line, below)
        or _unpaired(line)
        or line.endswith(_PARTICLE_ENDS)
    )
    return picks_up and leaves_open


_CLAUSE_ENDS = "，、,；;："
_PARTICLE_ENDS = ("的", "了", "和", "与", "及", "在", "对", "把", "将", "为", "是", "从", "向", "让", "被")


def printed_spaced(line: Line, share: float = 0.65) -> bool:
    """The line was printed spaced out: a space (or more) stood between most of its characters,
    as the page offsets of its text tell (its characters fill no more than `share` of the page span
    they stand in)."""
    shown = len(line.text) - line.text.count(" ") - line.text.count("\u3000")
    if shown < 4 or line.doubled:  # a doubled line's kept glyphs stand apart too, with no space between
        return False
    return shown <= share * (line.offs[-1] - line.offs[0] + 1)


def _doubled_over_two(lines: list[Line], labels: list[str], k: int) -> bool:
    """Two text lines that end no sentence and read, joined, as a line printed twice
    (`西岭区今年计划改造98个老旧小区西岭区今` / `年计划改造98个老旧小区`): a headline whose
    doubled print wrapped; only headlines are printed doubled (`_plainly` reads one line so)."""
    a, b = lines[k].text, lines[k + 1].text
    if (
        labels[k] not in _TEXT_LABELS
        or labels[k + 1] not in _TEXT_LABELS
        or len(a) + len(b) > 2 * HEADLINE_MAX
    ):
        return False
    if a[:3] not in (a + b)[3:] or ends_paragraph(a) or ends_paragraph(b) or b.startswith(a):
        return False  # (a lead printed again opens the line under it: `_without_leads`)
    return undouble(Line(a + b, range(len(a) + len(b)))).doubled


def _doubled_wrap_goes_on(lines: list[Line], labels: list[str], k: int) -> bool:
    """A headline line that reads doubled only with the headline line under it: a doubled headline
    the column wrapped inside a repeat (`贵州剑河贵州剑河：：积分超市激活乡村治理` / `新动能积分超市激活…`),
    one headline, though the model read the second line as a headline's start. Two stacked doubled
    headlines each read doubled on their own line."""
    if labels[k] not in ("title", "title+") or labels[k + 1] != "title" or lines[k].doubled:
        return False
    joined = lines[k].text + lines[k + 1].text
    return len(joined) <= 2 * HEADLINE_MAX and undouble(Line(joined, range(len(joined)))).doubled


def _doubled_column_goes_on(lines: list[Line], labels: list[str], k: int, page: str | None = None) -> bool:
    """A headline printed doubled that the column wrapped over three lines or more, the model reading
    a line inside it as a headline's start (`海口龙华区金贸街道海口龙华区金贸街道` / `““四个一四个一””举措…`
    / `…党组织全覆`): the line over that start fills the column as wide as the start does, and the
    start is wrapped itself (a headline line goes on under it). A headline ending at a line's end
    leaves that line short of the column; two doubled headlines stacked are one line each, or the
    first shorter than the second's wrapped line."""
    if labels[k] not in ("title", "title+") or labels[k + 1] != "title":
        return False
    end = k + 2
    while end < len(lines) and labels[end] == "title+":
        end += 1
    run = lines[k:end]
    if end == k + 2 or not all(x.offs for x in run):
        return False
    start = "".join(map(_TEXT, run[1:]))
    doubled = not lines[k + 1].doubled and undouble(Line(start, range(len(start)))).doubled
    return doubled and abs(_printed_width(lines[k], page) - _printed_width(lines[k + 1], page)) <= 2


_TEXT_MARKS = re.compile(f"[，、,：:。！？；!?;]|{ASCII_STOP}")


def _beside_wrap_read_as_text(lines: list[Line], labels: list[str], k: int, page: str | None = None) -> bool:
    """A line the model read as text right under a headline line holding a gap after a headline's
    words (more than SHORT_HEAD characters: `A  B1`, two columns' headlines side by side), short of
    a headline's length and printing no clause or sentence mark: the second column's headline
    wrapped (`B2`), which goes on with the line above (`西岭镇…慰问老人  东湖社区推行` /
    `三项清单`); the matching cuts the line at its gap. Text opening a body under it prints its marks,
    or fills its column (`_stands_clear`)."""
    if (
        labels[k] != "title"
        or labels[k + 1] != "body"
        or lines[k].doubled
        or line_features.echo(lines[k].text)
    ):
        return False
    t = lines[k + 1].text.strip()
    if not 2 <= len(t) <= HEADLINE_MAX or _TEXT_MARKS.search(t) or not _CJK_START.match(t):
        return False
    spans = _gap_spans(lines[k], _NARROW_GAP)
    if not any(len(_BIGRAM_CLEAN.sub("", lines[k].text[:a])) > SHORT_HEAD for a, _ in spans):
        return False
    return k + 2 == len(lines) or labels[k + 2] != "body" or _stands_clear(lines[k + 1], lines[k + 2], page)


def _stands_clear(line: Line, below: Line, page: str | None) -> bool:
    """A short line stands clear of the text line under it: a blank line between them (on a page
    that prints none after every line), or it stops short of that line's width (a body's first line fills its column: `…实施…发展基础` over
    `记者从近日召开的…` is a headline with a space of its own over its text)."""
    if (
        page is not None
        and line.offs
        and below.offs
        and page.count("\n", line.offs[-1] + 1, below.offs[0]) > 1
    ):
        return not _spaced(page)  # a page printing a blank line after every line sets nothing apart
    return _print_width(line.text.strip()) + WRAP_SLACK <= _print_width(below.text.strip())


def _printed_width(line: Line, page: str | None) -> int:
    """Characters of the line as the page printed it (a doubled line's repeats counted); without the
    page, from its first character to its last kept one."""
    if page is None:
        return line.offs[-1] - line.offs[0] + 1
    end = page.find("\n", line.offs[-1])
    return len(visible(page[page.rfind("\n", 0, line.offs[0]) + 1 : end if end >= 0 else len(page)]).strip())


# An editor's credit over a page (`责任编辑 周晓明`): page furniture, whatever the model reads it as.
_EDITOR = re.compile(
    r"^(?:责任编辑|責任編輯|责编|責編|美编|美編|校对|校對|版式设计|版式|版式設計)\s*[:：]?\s*\S"
)


def _editors_apart(lines: list[Line], labels: list[str]) -> list[str]:
    """An editor's credit closing the page (`责任编辑：蒋立  版式：孙强燕`, nothing but furniture
    under it) that the model read as a headline is page furniture: as a headline it took the page's
    last bodies. (Over the page, where the furniture stands with the page's date, it is left as read:
    made noise there, the date line under it became the headline instead.)"""
    out = list(labels)
    for k in range(len(lines) - 1, -1, -1):
        if out[k] in _HEAD_LABELS and _EDITOR.match(lines[k].text.strip()):
            out[k] = "noise"
        elif out[k] not in ("noise", "section"):
            break
    return out


def _bylines_over_first_text(lines: list[Line], labels: list[str]) -> list[str]:
    """The byline over the page's first text, whose headline the page prints elsewhere (beside or
    under the columns): `（记者 张三）` the model read as closing a text, where no text stands above it
    to close, or a bare name (`张三`) it read as a section's label. Either stands right over text
    and under nothing but the page's furniture; a bare line must read whole as names that look like
    names by their characters (`_name_like`), as a section's word (`要闻`, `民生`) does not."""
    out = list(labels)
    k = 0
    while k + 1 < len(lines) and out[k] in ("noise", "section") and not _bare_names(lines[k].text):
        k += 1
    if k + 1 >= len(lines) or out[k + 1] != "body":
        return out
    if out[k] == "byline_end" or out[k] == "section" and _bare_names(lines[k].text):
        out[k] = "byline"
    return out


def _bare_names(text: str) -> bool:
    """A short line of names and nothing else, each looking like a name by its characters."""
    t = text.strip()
    named = (bylines.read(t) if 0 < len(t) <= BARE_NAMES_MAX else None) or []
    return bool(named) and all(a.role == "作者" and _name_like(a) for a in named)


def _page_top(lines: list[Line], labels: list[str]) -> int:
    """The page's first line of its own, under its furniture (a date, a page number, an editor's
    credit, a section label) and under a closing byline whose text ended on the page before: there
    `_opens_page` reads (a headline over them is the page's first as much as one opening it). 0
    where the first line is not such."""
    k = 0
    while k + 1 < len(lines) and (
        labels[k] in ("noise", "section", "byline_end")
        or _furniture(lines[k].text)
        or _EDITOR.match(lines[k].text) is not None
    ):
        k += 1
    return k


def _opens_page(lines: list[Line], labels: list[str], page: str | None = None) -> bool:
    """The page's first line read as text, as short as a headline and ending no sentence, right over a
    line opening an article (a dateline, a byline) or a paragraph (indented where the first is not):
    the page's first headline (nothing above it tells the model so)."""
    t = lines[0].text
    opening = _plainly(lines[1], labels[1]) in ("dateline", "byline")
    if _headline_not_furniture(t, labels[0], opening):
        return not line_features.wraps(t, lines[1].text)
    if labels[0] not in ("body", "caption") or _STOPS.search(t) or _end_mark(t) != "none":
        return False
    if not 4 <= len(_BIGRAM_CLEAN.sub("", t)) <= HEADLINE_MAX:
        return False
    return (
        _plainly(lines[1], labels[1]) in ("dateline", "byline")
        or _dispatch(lines[1].text) is not None
        or (labels[1] == "body" and _short_over_text(lines, labels))
        or (_indented(page, lines[1]) and not _indented(page, lines[0]) and _new_topic(lines, 0, share=0.0))
    )


def _indented(page: str | None, line: Line) -> bool:
    """The page printed the line after blank space at its start: a paragraph's first line."""
    if page is None or not line.offs:
        return False
    before = visible(page[page.rfind("\n", 0, line.offs[0]) + 1 : line.offs[0]])
    return bool(before) and not before.strip()


def _headline_not_furniture(text: str, label: str, opening: bool = False) -> bool:
    """A first line the model took for page furniture (a date, a page number, an editor's credit)
    that holds none of it and reads as a headline as much as any (`内蒙古某旗:党建引领富乡村` over
    its body), or any such line over a byline or a dateline (`opening`: furniture heads no story;
    a narrow column's headline, as wide as the column, the model reads as furniture)."""
    return (
        label == "noise"
        and not _STOPS.search(text)
        and _end_mark(text) == "none"
        and 4 <= len(_BIGRAM_CLEAN.sub("", text)) <= HEADLINE_MAX
        and not _DIGIT.search(text)
        and not _names_a_role(text)
        and (opening or line_features.headline_ness(text) == "high")
    )


_DIGIT = re.compile(r"[0-9０-９]")


def _short_over_text(lines: list[Line], labels: list[str]) -> bool:
    """The page's first line stops well short of the column the text under it fills, and the wrap cut no
    word between them: no text's line (a paragraph's lines run full until its last, which ends a
    sentence), so a headline printed with no blank line over its body (`居民小区党旗飘` / `永州市…`).
    In a narrow column, one as wide as the column reads so as any other (`_full_width_headline`)."""
    width = line_features.column_width([x.text for x in lines])
    if _full_width_headline(lines, labels, 0, width):
        return True
    if len(lines[0].text) > OPENING_SHORT * width:  # nearly as wide: see `_short_of_a_full_line`
        return len(lines) > 2 and _short_of_a_full_line(lines, 0) and _names_the_text_below(lines, 0)
    return not line_features.wraps(lines[0].text, lines[1].text)


OPENING_SHORT = 0.7  # of the column's width: a first line this short is no text's line


def _over_opening(lines: list[Line], labels: list[str], k: int, sure: float = 1.0) -> bool:
    """A text line that ends no sentence, standing where an article ends and the next begins: after
    a sentence's end and right above a line opening an article (a dateline, a byline), or right
    after a closing byline or a credit, narrower or wider than the line under it, with its words in
    the text around it and read as text by a model not SURE of it (`sure`: its marginal). A
    headline, above that article or under the one before it, however wide (it runs wider than a
    narrow column): no paragraph ends unended, and a closed article goes on with nothing."""
    if labels[k] not in ("body", "caption"):
        return False
    t, before, after = lines[k].text, lines[k - 1].text, lines[k + 1].text
    ended = labels[k - 1] in ("body", "caption") and ends_paragraph(before)
    closed = labels[k - 1] in ("byline_end", "credit") or (
        labels[k - 1] == "byline" and bylines.photo(before) is not None
    )
    if not (ended or closed) or _FULL_STOPS.search(t) or not _unended(t):
        return False
    if not 4 <= len(_BIGRAM_CLEAN.sub("", t)) <= HEADLINE_MAX:
        return False
    if ended:
        opening = (
            _plainly(lines[k + 1], labels[k + 1]) in ("dateline", "byline")
            or _dispatch(after) is not None
            or _credited(after)
        )
        return opening and not ends_paragraph(t)  # a question of its own ends its paragraph
    # a wrapped line of text is as wide as the line under it
    return sure < SURE and abs(len(t) - len(after)) > 1 and _near_words(lines, k) >= NEW_TOPIC


_FULL_STOPS = re.compile(r"[。；;]")


_PHOTO_WORD = re.compile(r"^[（(【\[]?(?:图为|图：|图:|图片[：:为]|上图|下图|左图|右图|图\s)")


def _captions_inside(lines: list[Line], labels: list[str]) -> list[str]:
    """A photo's caption (`图为…。 记者 张三 摄`: it names the photo and ends in its credit) set
    inside a sentence of a column's text (the text line over it ends no sentence, the one under it
    is text opening no paragraph) is labelled `inset`: the reader keeps it out of that text, which
    goes on under it, instead of closing the article there (a caption the column flowed around)."""
    out = list(labels)
    for k in range(1, len(lines) - 1):
        t = lines[k].text.strip()
        if out[k] not in ("body", "caption") or labels[k - 1] != "body" or labels[k + 1] != "body":
            continue
        if not (_PHOTO_WORD.match(t) and bylines.photo(t)):
            continue
        below = lines[k + 1].text
        if ends_paragraph(lines[k - 1].text) or not below.strip() or below[:1].isspace():
            continue
        if _dispatch(below) or dateline(below) or _PHOTO_WORD.match(below.strip()):
            continue
        out[k] = "inset"
    return out


def _captions_between(lines: list[Line], labels: list[str]) -> list[str]:
    """A photo's caption ending in its credit (`图为…。 记者 张三 摄`, or the credit on a line of its own
    under it), its source (`（资料图片）`) or opening with a mark (`▲`) printed between two paragraphs of
    one article's text: the text under it opens no report (no headline, dispatch, dateline or bracketed
    byline over it) and goes on with the text above: it shares its words (CAPTION_CARRIED), or at
    least does not open as another report's lead where the places change (`_lead_cut`: a photo set
    after a report's lead is followed by its next section, which often shares few words with the
    lead alone). Labelled `inset` as `_captions_inside` does: a photo piece, and the text
    goes on under it, instead of the credit closing the article and the text under it standing
    headless (a photo news item has a headline or a report of its own under it)."""
    out = list(labels)
    k = 1
    while k < len(lines) - 1:
        span = _caption_span(lines, out, k)
        if not span and (end := _text_read_as_caption(lines, out, k)):
            tried = out[: k + 1] + ["body"] * (end - k - 1) + out[end:]
            if span := _caption_span(lines, tried, k):
                out = tried
        if span:
            out[k : k + span] = ["inset"] * span
        k += span or 1
    return out


def _text_read_as_caption(lines: list[Line], labels: list[str], k: int) -> int:
    """Where the run of lines under a credited caption at line k (`图为…。 张三 摄`) that the model read
    as caption ends, when that run is text: a credit ends its caption, and the run goes on past
    CAPTION_MAX characters or one sentence (a caption says what its photo shows in one, short).
    The run stops at the next credited line or label other than caption; 0 for no such run."""
    credit = bylines.photo(lines[k].text.strip())
    if not credit or credit[0] == 0 or k + 1 >= len(lines) or labels[k + 1] != "caption":
        return 0
    end = k + 1
    while end < len(lines) and labels[end] == "caption" and not bylines.photo(lines[end].text.strip()):
        end += 1
    text = "".join(x.text for x in lines[k + 1 : end])
    return end if len(text) > CAPTION_MAX or len(_STOPS.findall(text.rstrip("。.！!？? "))) else 0


def _caption_span(lines: list[Line], labels: list[str], k: int) -> int:
    """How many lines from k (one or two) a caption between two paragraphs of one text takes; 0 for none."""
    t = lines[k].text.strip()
    if (
        labels[k] not in ("body", "caption", "byline", "noise")
        or labels[k - 1] != "body"
        or not ends_paragraph(lines[k - 1].text)  # inside a sentence: `_captions_inside` (a text's
    ):  # last line ends `…力支撑。 记者 张三 摄` too)
        return 0
    credit = bylines.photo(t)
    source = _PHOTO_SOURCE.search(t)
    if credit and credit[0] > 0:
        span, caption = 1, t[: credit[0]].strip()
    elif k + 2 < len(lines) and (found := bylines.photo(lines[k + 1].text.strip())) and found[0] == 0:
        span, caption = 2, t  # the caption, its credit alone on the line under it
    elif source or t[:1] in _PHOTO_MARKS:
        span, caption = 1, (t[: source.start()] if source else t).lstrip(_PHOTO_MARKS + " ")
    else:
        return 0
    if (
        not ends_paragraph(caption)
        or len(caption) > CAPTION_MAX
        or len(_STOPS.findall(caption.rstrip("。.！!？? ")))
    ):
        return 0  # one sentence saying what the photo shows
    j = k + span
    below = lines[j].text
    if labels[j] != "body" or not below.strip() or _dispatch(below) or dateline(below):
        return 0
    if below.lstrip()[:1] in "（(" and bylines.opening(below) or _PHOTO_WORD.match(below.strip()):
        return 0
    if _carried_on(lines, labels, k, j):
        return span
    return 0 if _lead_cut(_text_over(lines, labels, k), lines[j : j + CAPTION_WINDOW]) else span


def _text_over(lines: list[Line], labels: list[str], k: int) -> list[Line]:
    """The text above line k, up to its headline, dateline or byline (CAPTION_REACH lines at most)."""
    i = k
    while i > 0 and k - i < CAPTION_REACH and labels[i - 1] in ("body", "inset", "noise"):
        i -= 1
    return lines[i:k]


def _carried_on(lines: list[Line], labels: list[str], k: int, j: int) -> bool:
    """The text from line j goes on with the words of the text above line k (CAPTION_CARRIED)."""
    above = _lines_bigrams(_text_over(lines, labels, k))
    after = _lines_bigrams(lines[j : j + CAPTION_WINDOW])
    return bool(after) and len(after & above) >= CAPTION_CARRIED * len(after)


def _furniture_inside(lines: list[Line], labels: list[str]) -> list[str]:
    """A page's furniture line (its edition, date, page number, editors: `第3版 要闻`, `— 5 —`,
    `责任编辑 王小明`) printed between two lines of one article's text (the text under it opens no
    report and goes on with the words above) is `noise`, which the reader passes over, instead of a
    headline, byline or continuation mark cutting the text in two."""
    out = list(labels)
    for k in range(1, len(lines) - 1):
        t, below = lines[k].text.strip(), lines[k + 1].text
        if labels[k - 1] != "body" or labels[k + 1] != "body" or not _PAGE_FURNITURE.fullmatch(t):
            continue
        if CONT.search(t) or _dispatch(below) or dateline(below) or not _carried_on(lines, out, k, k + 1):
            continue
        out[k] = "noise"
    return out


# The page's desk credits (`责任编辑：张三  版式：李四`, `责编 王五 美编 赵六 校对 钱七`): furniture, no byline
_DESK = r"(?:(?:责任|美术)?编辑|责编|美编|版式(?:设计)?|校对|制图|审核|审校|组版|排版|终审|监制)"
_PAGE_FURNITURE = re.compile(
    r"第\s*[0-9A-Z]{1,3}\s*版(?:\s*[\u4e00-\u9fff]{1,6})?"  # `第3版 要闻`
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*星期[一二三四五六日天])?"
    r"|[—\-－]{1,2}\s*\d{1,3}\s*[—\-－]{1,2}|[A-Z]\d{1,2}"  # `— 5 —`, `A4`
    rf"|{_DESK}[:：\s]\s*[\u4e00-\u9fff]{{2,4}}(?:\s+{_DESK}[:：\s]\s*[\u4e00-\u9fff]{{2,4}})*"
)


_PHOTO_SOURCE = re.compile(
    r"[（(](?:资料图片|资料照片|资料图|[^（）()\s]{1,12}(?:供图|发))[）)]$"
)  # `（资料图片）`
_PHOTO_MARKS = "▲△▼▽"  # a caption points at its photo
CAPTION_WINDOW = 8  # lines of the text under a caption whose words are looked for above it
CAPTION_REACH = 60  # lines at most of the text above a caption
# share of the words under a caption found in the text above it: the same text goes on (on the dev
# reports, the 150 characters after a paragraph's end hold 0.12 of their bigrams in the text before it,
# 0.04 for one in twenty; another report's first 150 characters 0.02, 0.04 for one in four)
CAPTION_CARRIED = 0.04


def _credited(text: str) -> bool:
    """A photo's caption of one sentence ending in its credit (`…开展政策宣讲。张三 摄`): it opens an
    article too, under that article's headline."""
    before = _before_credit(text)
    return before != text and ends_paragraph(before)


def _near_words(lines: list[Line], k: int, window: int = 8) -> float:
    """The larger share of line k's bigrams found in the lines before it or in those after it."""
    own = _bigrams(lines[k].text)
    if not own:
        return 0.0
    before = _lines_bigrams(lines[max(0, k - window) : k])
    after = _lines_bigrams(lines[k + 1 : k + 1 + window])
    return max(len(own & before), len(own & after)) / len(own)


_HEAD_LABELS = frozenset(_HEAD)
NEW_TOPIC = (
    0.4  # share of a line's bigrams the text after it must hold (0.3, and 0.1 before: dev -0.7 attach)
)


def _new_topic(lines: list[Line], k: int, window: int = 8, share: float = NEW_TOPIC) -> bool:
    """Line k's words are found in the lines after it (more than `share` of them when that is 0,
    else `share` at least) and none in those before it: a headline naming another place or topic,
    not a subhead of the text around it (on simulated dev pages, promoting every such line without
    this test cost 5 points of attach)."""
    own = _bigrams(lines[k].text)
    before = _lines_bigrams(lines[max(0, k - window) : k])
    after = _lines_bigrams(lines[k + 1 : k + 1 + window])
    if not own:
        return False
    ahead, back = len(own & after) / len(own), len(own & before) / len(own)
    return (ahead >= share if share else ahead > 0) and back == 0


_STOPS = re.compile(f"[。！？；!?;]|{ASCII_STOP}")  # a run-in subhead (`汇聚共建合力。充分调动`) is text


def _end_mark(text: str) -> str:
    if line_features.ascii_stop_at_end(text):
        return "mark"
    return "none" if text[-1:] not in TERMINALS + CLOSERS + "，、,：:；;" or text[-1:] in "”」" else "mark"


def _settled(u: Unit) -> Unit:
    """A unit printed with `#` levels: the lines of its lowest level are the title, the rest subtitles."""
    levels = [_level(x.text) for x in u.lines]
    if not any(levels) or not u.title:
        return u
    top = min(x for x in levels if x)
    u.title = [x for x, v in zip(u.lines, levels, strict=True) if v == top]
    u.subtitle = [_MARKDOWN.sub("", x.text) for x, v in zip(u.lines, levels, strict=True) if v != top and v]
    # those lines are subtitles now (a `##` pre-title over `# 标题` included), no kicker as well
    u.kicker = [k for k in u.kicker if not _level(k)]
    return u


def _kind(pieces: list[Piece]) -> str:
    """`photo` for a photo item (a caption with its credit, a few lines under it at most), `article`
    for a report printed with its photo: a text of its own opening with a dispatch or byline, or a
    photo piece (the credit closing the report's text) holding a report's length (`REPORT_MIN`) after
    a dispatch. An analyst counting reports (`kind = 'article'`) would otherwise miss every report
    printed with a photo."""
    if not any(x.kind == "photo" for x in pieces):
        return "article"
    if any(x.kind == "article" and (x.opens or x.dateline) for x in pieces):
        return "article"
    size = sum(len(line.text) for x in pieces for line in x.lines)
    return "article" if size >= REPORT_MIN and any(x.dateline for x in pieces) else "photo"


REPORT_MIN = 150  # characters: a photo news item's caption runs a sentence or two, a report paragraphs


def _split_of(x: Unit, units: list[Unit]) -> list[Unit]:
    """The units a unit of the reading order became (none when it had no title or subtitle)."""
    if any(x is u for u in units):
        return [x]
    return [u for u in units if u.pos == x.pos and u.title]


def _article(b: _Body, units: list[Unit], margins: list[float]) -> Article:
    p = b.pieces[0]
    body = paragraphs(b.lines)
    lead_in = _before(p.lead_in, body.offs[0]) if body.text else []
    opening = join(lead_in)
    if opening.text:  # the text as printed: its dispatch and the byline run into it open it
        body = join([opening, body])
    u = units[b.unit] if b.unit is not None else None
    kicker, title, subtitle = _headline_parts(u) if u else (None, None, None)
    authors = [a for piece in b.pieces for a in piece.authors]
    label_conf = min([*(u.conf if u else []), *(c for piece in b.pieces for c in piece.conf)], default=1.0)
    margin = margins[b.unit] if b.unit is not None else -0.5
    return Article(
        kind=_kind(b.pieces),
        title=title,
        subtitle=subtitle,
        kicker=kicker,
        byline=" ".join(t for piece in b.pieces for t in piece.bylines) or _run_in(opening.text, p) or None,
        dateline=p.dateline,
        body=body.text,
        offsets=body.offs,
        authors=_signers(authors),
        warnings=[] if u else ["no headline found for this body"],
        confidence=round(max(0.0, min(label_conf, 0.5 + margin, 1.0)), 4),
        label_confidence=round(label_conf, 4),
        match_margin=round(margin, 4),
        lead_in=len(opening.text),
    )


_CATCH_ALL_ROLES = ("记者", "作者")  # what a byline's leading mark gives every name after it
_CREDIT_ROLES = ("摄影",)  # roles beside the writing, not instead of it (`（记者 张三）` … `张三 摄`)
# An editor (`责任编辑 张三`, `编辑：李四`) edits a page, not writes an article: no author of it (the warehouse's
# authors are reporters, correspondents, photographers and signed officials; its roles have no 编辑).
_EDITOR_ROLE = "编辑"


def _signers(authors: list[Author]) -> list[Author]:
    """Each signature once. A name a byline's leading mark gave the catch-all role (`■记者 张三 李四`) and
    another byline a narrower one (`（记者 张三 通讯员 李四）`) keeps the narrower: the catch-all was the
    line's, not the person's; signed in two catch-all roles (`记者`, `作者`), it is one signer, in the
    first. A photo is credited beside the writing: `记者` and `摄影` both stand, as two narrow roles do
    (`通讯员` who also took the photo). An editor's credit names no author."""
    authors = [a for a in authors if a.role != _EDITOR_ROLE]
    narrow = {a.name for a in authors if a.role not in (*_CATCH_ALL_ROLES, *_CREDIT_ROLES)}
    kept, caught = [], set()
    for a in authors:
        if a.role in _CATCH_ALL_ROLES:
            if a.name in narrow or a.name in caught:
                continue
            caught.add(a.name)
        kept.append(a)
    return list(dict.fromkeys(kept))


def _run_in(opening: str, p: Piece) -> str | None:
    """The byline a dispatch runs into the text (`本报讯（记者 张三）` -> `（记者 张三）`), when it named someone."""
    rest = opening.strip()[len(p.dateline or "") :].strip()
    return rest if rest and p.authors else None


def _headline_parts(u: Unit) -> tuple[str | None, str | None, str | None]:
    return _labels_apart(*_parts_read(u))


_EMPHASIS = re.compile(r"^(\*\*|__)((?:(?!\*\*|__).)+)\1$")  # a markdown page's bold heading: `**…**`, whole
_LABEL_LINE = re.compile(r"【[^【】]{2,12}】")  # a column label alone on a line (fullmatch)
_LABEL_FIRST = re.compile(r"^(【[^【】]+】)(.*)$")  # a bracketed label opening the text: `【栏目】…`
_DASH_LED = re.compile(r"^(?:——|--|—|－－)")


def _labels_apart(
    kicker: str | None, title: str | None, subtitle: str | None
) -> tuple[str | None, str | None, str | None]:
    """A headline's parts with the page's marks read: a bold heading's `**` marks dropped; a column
    label in square brackets printed over the headline and joined into its title (`【栏目名】` +
    headline) moved to the kicker, as a label is shorter than what it labels, where a bracketed part
    longer than the rest is the headline itself, its brackets dropped, the rest its subtitle (a web
    page heading set in `【…】` with its deck under it); a title that opens with a dash is the
    series line or deck of the subtitle under it (`——…系列报道③` over `…暖意浓`), swapped back."""
    kicker, title, subtitle = _bold_apart(kicker, title, subtitle)
    title, subtitle, kicker = (_unmarked(x) for x in (title, subtitle, kicker))
    m = _LABEL_FIRST.match(title or "")
    if m and subtitle and m.group(2).strip():
        m = None  # a headline wrapped into title and subtitle: kicker, title and subtitle never match whole
    if m:
        label, rest = m.group(1), m.group(2).strip()
        if not rest and subtitle and len(label) - 2 < len(_BIGRAM_CLEAN.sub("", subtitle)):
            kicker, title, subtitle = _with_space(kicker, label), subtitle, None
        elif not rest:
            title = label[1:-1]
        elif len(label) - 2 < len(_BIGRAM_CLEAN.sub("", rest)):
            kicker, title = _with_space(kicker, label), rest
        else:
            title, subtitle = label[1:-1], _with_space(_DASH.sub("", rest), subtitle)
    if title and subtitle and _DASH_LED.match(title) and not _DASH_LED.match(subtitle):
        title, subtitle = subtitle, _DASH.sub("", title)
    return kicker, title, subtitle


_BOLD_FIRST = re.compile(r"^(\*\*|__)([^*_]+)\1\s*([^*_\s][^*_]*)$")  # `**headline**deck`, no marks after
_BOLD_LAST = re.compile(r"^([^*_]*[^*_\s])\s*(\*\*|__)([^*_]+)\2$")  # `deck**headline**`


def _bold_apart(
    kicker: str | None, title: str | None, subtitle: str | None
) -> tuple[str | None, str | None, str | None]:
    """A title joined from a bold heading and a plain line printed with it: the marks say where the
    headline ends, so the plain line under it is its deck (`**…交流会**` / `“一社一品”创特色`: the
    subtitle) and one over it the deck over it (the kicker). Only where that place is free."""
    if not title:
        return kicker, title, subtitle
    if (m := _BOLD_FIRST.match(title.strip())) and not subtitle:
        return kicker, m.group(2).strip(), m.group(3).strip()
    if (m := _BOLD_LAST.match(title.strip())) and not kicker:
        return m.group(1).strip(), m.group(3).strip(), subtitle
    return kicker, title, subtitle


def _unmarked(text: str | None) -> str | None:
    """A text without the bold marks around it (`**…**`)."""
    m = _EMPHASIS.match(text.strip()) if text else None
    return m.group(2).strip() if m else text


def _with_space(first: str | None, second: str | None) -> str | None:
    """Two optional texts joined with a space."""
    return " ".join(x for x in (first, second) if x) or None


def _parts_read(u: Unit) -> tuple[str | None, str | None, str | None]:
    """A headline unit's kicker, title and subtitle as its lines were read."""
    kicker = " ".join(u.kicker) or None
    if not u.title:
        return kicker, " ".join(u.subtitle), None
    if kicker and not u.subtitle and _kicker_over_a_tag(kicker, u.text):
        return None, kicker, u.text
    if not u.subtitle and len(u.title) > 1:
        found, title, subtitle = _set_apart(u, kicker_free=not u.kicker)
        return kicker or found, title, subtitle
    subtitle = _once(_wrapped(u.subtitle)) or None
    if subtitle and u.title[-1].doubled and (whole := _doubled_seam(u.text, subtitle)):
        return kicker, whole, None
    return kicker, u.text, subtitle


def _kicker_over_a_tag(kicker: str, title: str) -> bool:
    """The line read as the kicker is the headline and the short line under it its tag (`邻里驿站集民意
    干部下沉解民忧` / `仁怀坛厂街道`): a kicker is the shorter line over a headline, never twice as long
    as it."""
    return len(_BIGRAM_CLEAN.sub("", title)) <= TAG_MAX and len(kicker) >= 2 * len(title)


TAG_MAX = 8  # characters of a headline's tag line: a place or a unit (`仁怀坛厂街道`)


def _doubled_seam(title: str, subtitle: str, longest: int = 8) -> str | None:
    """A doubled headline the wrap cut inside a doubled word (`…深耕深耕““微网格微网` / `格””,,细作细作…`):
    undone line by line, the title ends with the word and a piece of its double (`…微网格微网`) and the
    second line opens with the double's rest (`格”,细作…`), no subtitle but the title's own words. Returns
    the headline read whole (`…微网格”,细作…`), or None where the two lines meet cleanly."""
    for n in range(2, longest + 1):
        for cut in range(1, n):
            word = title[-(n + cut) : -cut] if len(title) >= n + cut else ""
            if word and title.endswith(word + word[:cut]) and subtitle.startswith(word[cut:]):
                return title[:-cut] + subtitle[n - cut :]
    return None


def _set_apart(u: Unit, kicker_free: bool = True) -> tuple[str | None, str | None, str | None]:
    """The kicker and the subtitle of a headline printed in lines with no marks: a column's wrap fills
    a headline's first lines, so a first line shorter than the next, short as a kicker and broken off
    cleanly (no word cut, nothing left open), is set apart as one (unless `kicker_free` is False: the
    headline has its kicker); a last line broken off cleanly, no longer than the line above and at
    least half as long, a full phrase under its title, is a subtitle (`德州…织密责任网格` /
    `精细化管理提升社区文明程度`), and so is one longer than the line above where that line is the short
    tail of the title's wrap (`…干部下沉解` / `民忧` / `仁怀坛厂街道`: a wrap's tail ends the title, the
    line under it is no wrap). A line naming only a place is the headline's subject, neither. A
    headline read so keeps all its words, in order."""
    texts = [x.text.strip() for x in u.title]
    if u.text != "".join(texts) or any(_level(t) for t in texts):
        return None, u.text, None  # printed doubled (undone over its lines), or `#` levels saying it
    kicker = subtitle = None
    lines = list(u.title)
    if kicker_free and (
        _LABEL_LINE.fullmatch(texts[0])
        or _kicker_set_apart(u.page, lines, texts)
        or _kicker_over_wrap(u.page, lines, texts)
        or _kicker_over_cut_words(u.page, lines, texts)
    ):
        kicker, lines, texts = texts[0], lines[1:], texts[1:]  # a label on its own line: `【栏目】`
    sizes = [len(t) for t in texts]
    if not kicker and (m := _LABEL_FIRST.match(texts[0])):
        sizes[0] -= len(m.group(1))  # a label opening the first line: the headline's wrap is the rest
    if (
        len(texts) > 1
        and _clean_break(texts[-2], texts[-1])
        and _printed_apart(u.page, lines[-2], lines[-1])
        and (
            SUBTITLE_MIN <= sizes[-1] <= sizes[-2] <= 2 * sizes[-1]
            or (sizes[-1] >= SUBTITLE_MIN and _wrap_tail(sizes))
        )
        and not _PLACE_END.search(texts[-2])
        and not _narrow_column_wrap(u.page, texts[:-1], texts[-1])
    ):
        subtitle, lines = texts[-1], lines[:-1]
    if kicker and subtitle and _LABEL_LINE.fullmatch(kicker):
        return None, kicker + _title_text(lines, u.page), subtitle  # (`_labels_apart`: label kept)
    return kicker, _title_text(lines, u.page), subtitle


def _narrow_column_wrap(page: str | None, texts: list[str], rest: str) -> bool:
    """Headline lines each exactly as wide as the page's narrow column (NARROW_MAX: its most common
    line width, `_page_column`) over a `rest` of WRAP_REST of the column or less: the column's wrap,
    whose rest is the line under them, no subtitle (`西岭镇网格员走村入户` / `收集群众诉求` on a page
    of 10-character lines). A subtitle is a phrase of its own set in the column too, most of its
    width (`…织密责任网格` / `精细化管理提升社区文明程度`, 13 of 15: dev-a mixed_random, seed 8500)."""
    if page is None or not texts:
        return False
    width = _narrow_page_column(page)
    return (
        width > 0 and all(_print_width(t) == width for t in texts) and _print_width(rest) <= WRAP_REST * width
    )


WRAP_REST = 0.75  # of a narrow column: the longest rest of a headline's wrap read as no subtitle


@lru_cache(maxsize=64)
def _narrow_page_column(page: str) -> float:
    """The page's column width (`_page_column`) where it is narrow (WRAP_MIN to NARROW_MAX) and
    COLUMN_LINES lines of the page fill it at least: a column of text, not two headlines' lines that
    happen to be as wide as each other. 0 otherwise."""
    widths = Counter(_print_width(x.strip()) for x in page.split("\n") if len(x.strip()) >= 6)
    if not widths:
        return 0.0
    width, n = widths.most_common(1)[0]
    return width if WRAP_MIN <= width <= NARROW_MAX and n >= COLUMN_LINES else 0.0


COLUMN_LINES = 4  # lines of one width that make a page's column


def _kicker_set_apart(page: str | None, lines: list[Line], texts: list[str]) -> bool:
    """A headline's first line shorter than the next, short as a kicker (its marks not counted, as
    for any kicker) and broken off cleanly: a kicker (see `_set_apart`)."""
    return (
        _clean_break(texts[0], texts[1])
        and _printed_apart(page, lines[0], lines[1])
        and len(texts[0]) < len(texts[1]) <= HEADLINE_MAX
        and len(_BIGRAM_CLEAN.sub("", texts[0])) <= DECK_MAX
        and not _PLACE_END.search(texts[0])  # `鼓楼颐和社区` / `“青苗计划”激活…`: the headline's subject
        and not _beside_another(page, lines[0])  # a second column's headline the line's end cut
        and not (printed_spaced(lines[0]) and printed_spaced(lines[1]))  # one headline spaced out alike
    )


def _kicker_over_wrap(page: str | None, lines: list[Line], texts: list[str]) -> bool:
    """A headline's first line wider than the lines under it, which the column wrapped to one width
    (two lines or more, all as long as one another but the last, no longer), short as a deck (DECK_MAX)
    and broken off cleanly: a wrap fills its lines to one width, so a first line wider by KICKER_WIDER
    is none of its lines but a kicker set in smaller type over the headline (`新时代“枫桥经验”太平实践` /
    `麻章区太平镇` / `将矛盾化解在` / `“家门口”`)."""
    if len(texts) < 3:
        return False
    sizes = [len(t) for t in texts]
    width = sizes[1]
    return (
        sizes[0] >= width + KICKER_WIDER
        and all(abs(n - width) <= 1 for n in sizes[2:-1])
        and sizes[-1] <= width
        and _clean_break(texts[0], texts[1])
        and _printed_apart(page, lines[0], lines[1])
        and len(_BIGRAM_CLEAN.sub("", texts[0])) <= DECK_MAX
        and not _beside_another(page, lines[0])
    )


def _kicker_over_cut_words(page: str | None, lines: list[Line], texts: list[str]) -> bool:
    """A headline's first line broken off cleanly over lines of which the column's wrap cut a word or
    a phrase in two (`新时代“枫桥经验”太平实践` / `麻章区太` / `平镇将矛盾化解在“家门口”`): a wrap cuts
    wherever the column's width falls, so a first line ending on a whole phrase while the lines under
    it run on mid-word is a deck set on a line of its own over the headline, its kicker, however wide
    the wrap's lines are (a narrow column wraps a big headline unevenly). Short as a deck (DECK_MAX);
    three lines at least, as with `_kicker_over_wrap`. (Where the first line was the title's own, the
    kicker and the title still read as the headline whole.)"""
    return (
        len(texts) >= 3
        and _clean_break(texts[0], texts[1])
        and _printed_apart(page, lines[0], lines[1])
        and any(not _clean_break(a, b) for a, b in itertools.pairwise(texts[1:]))
        and len(_BIGRAM_CLEAN.sub("", texts[0])) <= DECK_MAX
        and not _beside_another(page, lines[0])
        and not (printed_spaced(lines[0]) and printed_spaced(lines[1]))
    )


KICKER_WIDER = 2  # characters: a wrap's line may stop one short of its width (a mark kept off a line's end)


# characters (marks not counted): a deck over a headline, set apart as its kicker where it is shorter
# than the headline's first line; longer than a kicker (`精细化管理提升社区文明程度` over `德州…`)
DECK_MAX = 16


SUBTITLE_MIN = 6  # characters: the reports' shortest subtitle (`仁怀坛厂街道`)


def _wrap_tail(sizes: list[int]) -> bool:
    """The line over a headline's last line is the short tail of the line over it, which the column
    wrapped (half its length at most), and the last line is longer than that tail (`sizes`: the
    lines' lengths)."""
    return len(sizes) > 2 and 2 * sizes[-2] <= sizes[-3] and sizes[-1] > sizes[-2]


_PLACE_END = re.compile(r"(?:省|市|区|县|旗|州|镇|乡|街道|社区|村)$")


def _printed_apart(page: str | None, a: Line, b: Line) -> bool:
    """Two parts of a headline printed on two lines, not one line's two phrases with a gap between
    them (`…民生网  服务直达百姓家`: one headline)."""
    if page is None or not a.offs or not b.offs:
        return True
    return "\n" in page[a.offs[-1] : b.offs[0]]


def _clean_break(above: str, below: str) -> bool:
    """Two headline lines the page broke where neither a word nor a phrase nor a number goes on (`…尾声，523`
    / `25户居民…`: a column's wrap cuts a figure as it cuts a word)."""
    number_cut = above[-1:].isdigit() and below[:1].isdigit()
    return not (number_cut or _goes_on(above, below) or line_features.wraps(above, below))


def _wrapped(parts: list[str]) -> str:
    """Subtitle lines joined: with nothing where the column's wrap cut Chinese text (`…有了“主心` /
    `骨”`), else with a space."""
    out = parts[0] if parts else ""
    for p in parts[1:]:
        out += ("" if _CJK_END.search(out) and _CJK_START.match(p) else " ") + p
    return out


_CJK_END = re.compile(f"[{CJK}“‘「《]$")


def _once(text: str) -> str:
    """A subtitle printed doubled and wrapped (`安顺基层治理的暖心答卷安顺基层治` / `理的暖心答卷`),
    undone once its lines are joined: only the title's lines are undone line by line."""
    return undouble(Line(text, range(len(text)))).text if text else text


def _orphan(u: Unit, margin: float) -> Article:
    conf = min(u.conf, default=1.0)
    return Article(
        "orphan_headline",
        u.text,
        None,
        None,
        None,
        None,
        "",
        [],
        [],
        ["orphan headline"],
        confidence=round(max(0.0, min(conf, 0.5 + margin, 1.0)), 4),
        label_confidence=round(conf, 4),
        match_margin=round(margin, 4),
    )


# ---------------------------------------------------------------- headlines displaced into a paragraph


BLOCK_LINES = 6  # printed lines: a block of headlines set inside another body's column
BLOCK_REACH = 8  # body lines each side whose lengths give the column's width at the block
_IN_SENTENCE = re.compile(r"[。；;，,、]")  # a line of running text holds these; a headline mostly not


def _displaced_blocks(
    lines: list[Line], labels: list[str], conf: list[float]
) -> tuple[list[str], list[float]]:
    """Headlines printed inside another body's paragraph (`_block_in_a_paragraph`): their lines are
    headlines whatever the model said, each opening its own (the matching groups and pairs them);
    the text around them is one paragraph again once the pieces are cut (`_Reader.rejoin`)."""
    labels, conf = list(labels), list(conf)
    k = 1
    while k < len(lines) - 1:
        run = _block_in_a_paragraph(lines, labels, conf, k) or _wide_block_in_a_paragraph(lines, labels, k)
        for j in run:
            if labels[j] not in _HEAD:
                goes_on = j > run[0] and _goes_on(lines[j - 1].text, lines[j].text)
                labels[j], conf[j] = ("title+" if goes_on else "title"), 0.5
        k = run[-1] + 1 if run else k + 1
    return labels, conf


def _unsure_block_lines(
    lines: list[Line], labels: list[str], conf: list[float]
) -> tuple[list[str], list[float]]:
    """Lines right under a headline's lines that the model read as text but hardly (under
    UNSURE_HEAD), each reading as a headline's line (`_block_line`: no clause or sentence mark, no
    sentence end, no dateline, byline or furniture) and followed by no line it surely reads as text:
    the next headlines of a block printed over their bodies (`…发展公益事业` / `吉林西部兴起…` / `换来…`).
    Each is a headline's line, going on with the line above where the two read so (`_goes_on`, a
    word across the break), else opening one; the matching groups and pairs them. A doubted line
    right over sure text is that text's first line as often (`…四〇三厂` / `社区联合…`): left as read."""
    labels, conf = list(labels), list(conf)
    for k in range(1, len(lines)):
        if labels[k] != "body" or conf[k] >= UNSURE_HEAD or labels[k - 1] not in ("title", "title+"):
            continue
        line = lines[k]
        if len(_BIGRAM_CLEAN.sub("", line.text)) > HEADLINE_MAX or not _block_line(line, "body"):
            continue
        if (
            k + 1 < len(lines)
            and labels[k + 1] == "body"
            and conf[k + 1] >= UNSURE_HEAD
            and not _parted(line.text)  # a text's first line sets no gap in it
            and not _names_text_away(lines, labels, k)
        ):
            continue
        above = lines[k - 1].text
        goes_on = (
            _goes_on(above, line.text)
            or line_features.wraps(above.rstrip(), line.text.lstrip())
            or (labels[k - 1] == "title" and len(_BIGRAM_CLEAN.sub("", above)) <= SHORT_HEAD)
        )  # a headline's first line this short wraps (`宜昌：政府采购领域` / `获验收通过…`)
        labels[k], conf[k] = ("title+" if goes_on else "title"), 0.5
    return labels, conf


def _names_text_away(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k's words are those of a text away from it (`_found_away`, FOUND_AWAY) and hardly those of
    the text right under it (under NEAR_MAX of its bigrams in the AWAY lines below): the next headline
    of a block of headlines stacked over the first one's text (`东湖镇：“院坝会”解民忧` under `西山村…`,
    over `今年以来，西山村…`), whose own text is printed further down. A text's first line goes on with
    the lines under it, and shares their words."""
    grams = _bigrams(lines[k].text)
    under = "".join(lines[i].text for i in range(k + 1, min(len(lines), k + 1 + AWAY)) if labels[i] == "body")
    if not grams or len(grams & _bigrams(under)) >= NEAR_MAX * len(grams):
        return False
    return _found_away(lines, labels, [k]) >= FOUND_AWAY


NEAR_MAX = 0.2  # share of a line's bigrams the text under it holds, from which it is that text's line


# The model's confidence in a text line under a headline below which `_unsure_block_lines` reads it
# as the next headline's. Dev-a main, headline_blocks, 100 pages, seeds 8100 and 8200 (598 articles
# right before): 0.7 took 600; without the sure-text check, 0.5 / 0.6 / 0.7 / 0.8 took 599 / 602 /
# 603 / 603, but template dev (seed 3000) lost 0.6 attach: a body's first line read as a headline.
UNSURE_HEAD = 0.7


def _short_head_starts(
    lines: list[Line], labels: list[str], conf: list[float]
) -> tuple[list[str], list[float]]:
    """A headline whose first line wraps short (`溪头镇` over `南村有个“议事亭”`) under another
    story's text: the model reads the short line as that text's last, or reads the text's last
    line with it as a headline (`…开一次会，` / `溪头镇`) and the rest as another headline.
    Inside a paragraph every line but its last fills the column, and a paragraph's last line ends
    its sentence: a line as wide as the text line over it that leaves its clause open
    (`_text_read_as_head`) is that text's; a short line holding no punctuation at all, under a
    longer text line and over a headline's first line, is that headline's first line."""
    labels, conf = list(labels), list(conf)
    for k in range(1, len(lines) - 2):
        if _text_read_as_head(lines, labels, k) and labels[k + 1] in _HEAD and labels[k + 2] == "title":
            labels[k], labels[k + 1] = "body", "title"
    for k in range(1, len(lines) - 1):
        if _opens_the_headline_under(lines, labels, k):
            labels[k], labels[k + 1], conf[k] = "title", "title+", 0.5
    return labels, conf


def _wrapped_doubled_heads(
    lines: list[Line], labels: list[str], conf: list[float]
) -> tuple[list[str], list[float]]:
    """A headline printed doubled that the column wrapped inside a repeat, whose second line the model
    read as another headline's start or whose first it read as a kicker (`福清三山镇乡贤好样的福清三山镇乡贤好样`
    / `的  捐款…`; `德州运河经济开发区织密` / `责任网格德州运河经济开发` / `区织密责任网格`): no line reads
    doubled alone. The lines joined read doubled and the first line's own characters are part of
    the repeat (`_starts_doubled_print`): they are one headline, the first line its start. A kicker
    printed once over a doubled headline (`治理一线` / `马山街道召开马山街道召开`) keeps all its
    characters and stays one; two headlines each printed doubled on a line of its own read doubled
    alone (`Line.doubled`) and stay two."""
    labels, conf = list(labels), list(conf)
    for k in range(len(lines) - 1):
        if labels[k] not in ("kicker", "title") or labels[k + 1] != "title" or lines[k].doubled:
            continue
        end = k + 2
        while end < len(lines) and labels[end] == "title+":
            end += 1
        if _starts_doubled_print([x.text for x in lines[k:end]]):
            if labels[k] == "kicker":
                conf[k] = 0.5
            labels[k], labels[k + 1] = "title", "title+"
    return labels, conf


HEAD_BRACKET_OPENING = 14  # characters at most of a headline's first line opening a bracket the next closes


def _heads_opened_in_brackets(lines: list[Line], labels: list[str]) -> list[str]:
    """A headline opening with a series or occasion in brackets that the column wrapped inside them
    (`(辉煌60载` / `魅力新西藏)一个高原乡村的…`): the model reads the short first line, open bracket
    and no headline words, as a jump mark, section label or kicker, and the headline loses its
    start. A short line opening a bracket it leaves open, ending no sentence, over a headline's
    line that closes it (`_closes_pair`) is that headline's first line: a kicker or label prints
    its brackets whole."""
    labels = list(labels)
    for k in range(len(lines) - 1):
        t = lines[k].text.strip()
        if labels[k + 1] != "title" or labels[k] in _HEAD or not 2 <= len(t) <= HEAD_BRACKET_OPENING:
            continue
        if t[0] in "（(【" and _end_mark(t) == "none" and _closes_pair(t, lines[k + 1].text):
            labels[k], labels[k + 1] = "title", "title+"
    return labels


def _heads_cut_at_commas(lines: list[Line], labels: list[str]) -> list[str]:
    """A headline printed in two rows cut at its comma (`小网格撬动大治理，` / `某镇诉求件件有回音`)
    after a text's last paragraph: the model reads the first row, ending in a comma, as text and the
    second with it, and the report loses its headline to the story above. A paragraph opening after
    another's end runs the column's width, and text ends no line short without a mark; a short row
    ending in a comma, over a short row ending in none, both shorter than the text around them by
    HEAD_ROW_SHORT (an indent's two characters more), or over a byline, is a headline's two rows."""
    labels = list(labels)
    for k in range(1, len(lines) - 2):
        a, b = lines[k].text.strip(), lines[k + 1].text.strip()
        if labels[k - 1] in _HEAD or labels[k] != "body" or labels[k + 1] != "body":
            continue
        if not (a.endswith(("，", ",")) and 4 <= len(a) <= HEAD_ROW_MAX and 4 <= len(b) <= HEAD_ROW_MAX):
            continue
        if (
            _end_mark(b) != "none"
            or any(c in TERMINALS for c in a + b)
            or not ends_paragraph(lines[k - 1].text)
        ):
            continue
        if (a + b).count("“") != (a + b).count("”"):  # a headline closes its quotes; a quotation goes on
            continue
        if _verse_goes_on(lines, k + 2):
            continue
        if labels[k + 2] == "byline" or _rows_short(lines, labels, k, _print_width(a), _print_width(b)):
            labels[k], labels[k + 1] = "title", "title+"
    return labels


HEAD_ROW_MAX = 16  # characters of one row of a headline cut in two


def _verse_goes_on(lines: list[Line], k: int) -> bool:
    """Lines k and k+1 are another pair of rows of the same shape, a short row ending in a comma over
    a short row ending in no mark: verse quoted in a text (`春风吹过田野，` / `种下一片希望` /
    `秋雨洒满村庄，` / `收获满仓金黄`), its couplets set a row each, not a headline's two rows, which a
    text's opening or a byline follows."""
    if k + 1 >= len(lines):
        return False
    a, b = lines[k].text.strip(), lines[k + 1].text.strip()
    return (
        a.endswith(("，", ","))
        and 4 <= len(a) <= HEAD_ROW_MAX
        and 4 <= len(b) <= HEAD_ROW_MAX
        and _end_mark(b) == "none"
    )


HEAD_ROW_SHORT = 3  # characters a headline's row runs short of the text's lines around it, at least


def _rows_short(lines: list[Line], labels: list[str], k: int, a: float, b: float) -> bool:
    """Both rows at k and k+1 run HEAD_ROW_SHORT short of the column's width: the middle width of
    the text lines among the four on each side that the column wrapped (ending no paragraph: a
    paragraph's last line tells no width; the middle one, as a photo's caption the model read as
    text may run wider). No wrapped line of that text could."""
    near = [k + d for d in (-4, -3, -2, -1, 2, 3, 4, 5) if 0 <= k + d < len(lines)]
    wrapped = [
        lines[n].text.strip() for n in near if labels[n] == "body" and not ends_paragraph(lines[n].text)
    ]
    if not wrapped:
        return False
    width = sorted(map(_print_width, wrapped))[len(wrapped) // 2]
    return max(a, b) <= width - HEAD_ROW_SHORT


def _starts_doubled_print(texts: list[str]) -> bool:
    """The texts joined read doubled (`undouble`), every character the first text keeps the first
    copy of a repeat (`Line.twice`): it is part of the doubled print, not a line printed once over it."""
    joined = "".join(texts)
    once = undouble(Line(joined, range(len(joined))))
    if not once.doubled or not once.twice:
        return False
    first = [
        t
        for o, t, ch in zip(once.offs, once.twice, once.text, strict=True)
        if o < len(texts[0]) and not ch.isspace()
    ]
    return bool(first) and all(first)


def _tails_read_apart(lines: list[Line], labels: list[str]) -> list[str]:
    """A headline's wrapped last line the model read as a kicker or subtitle (`激活…南圣镇“积分` /
    `超市”开业`, `…一个高原乡村的` / `基层治理“新”点子`): under a headline line that the break leaves
    open (`_clean_break`: a quotation or a joining mark left open, a word or a figure cut), the
    line goes on with it. A kicker stands over its title and a subtitle is a phrase of its own; a
    line continuing the one above is neither, and read apart it left the headline cut in two."""
    out = list(labels)
    for k in range(1, len(lines)):
        if (
            out[k] in ("kicker", "subtitle")
            and out[k - 1] in ("title", "title+")
            and not _clean_break(lines[k - 1].text.strip(), lines[k].text.strip())
        ):
            out[k] = "title+"
    return out


def _opens_the_headline_under(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k, short under a text line and over a headline's first line, is that headline's start,
    unless it is the text's line cut short by a block set into the column (`_cut_over_block`)."""
    if labels[k - 1] != "body" or labels[k] not in ("body", "title", "title+") or labels[k + 1] != "title":
        return False
    return _short_head_start(lines[k - 1].text, lines[k].text) and not _cut_over_block(lines, labels, k)


def _cut_over_block(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k is a text line stopped short where a block of headlines cut into the column, its
    sentence going on under the block (`…道路硬化、` / `外墙保温及` / [block] / `粉刷、线路改造…`): the
    line over it leaves its sentence open, and the first text line under the headline lines at k+1
    takes the sentence up (`_sentence_runs_on`: a word cut, a mark or a short clause first)."""
    if not _sentence_open(lines[k - 1].text):
        return False
    j = k + 1
    while j < len(lines) and labels[j] in _HEAD:
        j += 1
    return j < len(lines) and labels[j] == "body" and _sentence_runs_on(lines[k].text, lines[j].text)


def _text_read_as_head(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k, read as a headline, is the text line above it going on: it ends on a clause's mark
    (`，`), and is at least as wide as that line (punctuation may hang past the column's edge),
    which leaves its sentence open."""
    above, line = lines[k - 1].text, lines[k].text
    if labels[k] != "title" or labels[k - 1] != "body" or not above or not line:
        return False
    if line[-1] not in "，、；,;" or ends_paragraph(above):
        return False
    return _print_width(line) >= _print_width(above) - 1.5


def _heads_over_datelines(
    lines: list[Line], labels: list[str], conf: list[float]
) -> tuple[list[str], list[float]]:
    """A headline of one line the model read as text, right over the dateline opening its story
    (`河长巡河记` / `本报讯（通讯员 …）`): a dispatch opens a story under its headline, and
    a text's line before it would end its sentence or hold some punctuation; one narrower than the
    text line above it is no wrapped line of that text either (`_head_over_dispatch`)."""
    labels, conf = list(labels), list(conf)
    for k in range(1, len(lines) - 1):
        if (
            labels[k] == "body"
            and labels[k + 1] in ("body", "dateline")
            and _head_over_dispatch(lines, labels, k)
        ) or (labels[k] == "body" and conf[k] < SURE and _head_over_byline(lines, labels, k)):
            labels[k], conf[k] = "title", 0.5
    return labels, conf


def _continued_under_heads(
    lines: list[Line], labels: list[str], conf: list[float]
) -> tuple[list[str], list[float]]:
    """A headline over a mark that the text under it goes on from another page (`（上接第1版）`): the
    story's text follows the mark, so a line under the mark the model reads as a headline (a subhead or
    a short paragraph the cut left first) opens that text; left a headline, it took the text and left
    the story's own headline an orphan. A text line over the mark shaped as a headline is that
    headline (`_head_over_continued`)."""
    labels, conf = list(labels), list(conf)
    for k in range(1, len(lines) - 1):
        if labels[k] != "continuation" or not _CONTINUED_FROM.search(lines[k].text):
            continue
        if _head_over_continued(lines, labels, k - 1):
            labels[k - 1], conf[k - 1] = "title", 0.5
        if labels[k - 1] not in _HEAD:
            continue
        n = k + 1
        while n < len(lines) and labels[n] in _HEAD and n - k <= WRAP_LINES:
            n += 1
        if n < len(lines) and labels[n] in ("body", "dateline"):
            labels[k + 1 : n], conf[k + 1 : n] = ["body"] * (n - k - 1), [0.5] * (n - k - 1)
    return labels, conf


def _quoted_tails(lines: list[Line], labels: list[str]) -> list[str]:
    """A line read as a headline that closes a quotation the text above it left open, and ends its
    sentence there (`…心里真是踏实` / `多了！”`): the paragraph's last line, not a headline; a
    headline never closes a quotation a text opened."""
    labels = list(labels)
    for k in range(1, len(lines)):
        if labels[k] != "title" or labels[k - 1] != "body" or not ends_paragraph(lines[k].text):
            continue
        start = k - 1
        while start > 0 and labels[start - 1] == "body" and not ends_paragraph(lines[start - 1].text):
            start -= 1
        said = "".join(x.text for x in lines[start:k])
        if said.count("“") > said.count("”") and "”" in lines[k].text and not ends_paragraph(said):
            labels[k] = "body"
    return labels


def _deck_over(u: Unit) -> bool:
    """The headline's first line after its kicker is a dash-led deck (`_decks_over_heads`): the
    title lines under it are the title's, not more of the deck."""
    first = u.lines[len(u.kicker)] if len(u.lines) > len(u.kicker) else None
    return first is not None and bool(_DASH.match(first.text)) and bool(u.subtitle)


def _decks_over_heads(lines: list[Line], labels: list[str]) -> list[str]:
    """A headline whose first line opens with a dash (`——精细化管理提升…` / `德州运河…`): that line is
    its deck (subtitle) printed over it, as some pages set it; a headline never opens with a dash.
    Read as the headline's first line, the deck came out as the title and the title as its rest or
    its subtitle."""
    labels = list(labels)
    for k in range(len(lines) - 1):
        if labels[k] != "title" or not _DASH.match(lines[k].text):
            continue
        n = k + 1
        while n < len(lines) and labels[n] in ("title+", "subtitle") and n - k <= WRAP_LINES:
            n += 1
        if n > k + 1 and not _DASH.match(lines[k + 1].text):
            labels[k:n] = ["subtitle", "title"] + ["title+"] * (n - k - 2)
    return labels


def _head_over_continued(lines: list[Line], labels: list[str], j: int) -> bool:
    """Line j, right over a continued-from mark, read as text or a caption: the continued story's
    headline printed again, when it is shaped as one (longer than a section's label, no headline's
    length exceeded, no sentence or clause ended, no page furniture) and no text runs on into it."""
    t = lines[j].text.strip()
    above_runs_on = j > 0 and labels[j - 1] == "body" and not ends_paragraph(lines[j - 1].text)
    return (
        labels[j] in ("body", "caption")
        and not above_runs_on
        and SECTION_MAX < len(t) <= HEADLINE_MAX
        and _unended(t)
        and t[-1:] not in "，、；：,;:"
        and not _furniture(t)
        and not _PAGE_HEADER.search(t)
    )


# the mark a continued text opens with (`（上接第1版）`, `接上版`, `（续前）`): its story began on another page
_CONTINUED_FROM = re.compile(r"上接|接上|[续續]前")


def _head_over_byline(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k, read as text, after a paragraph's end and over a byline (or over a deck line wider than
    the column and then a byline), ending no sentence and holding no clause mark: a headline printed
    after its body with its byline under it (the sample page 000's way); a body's last line over its
    closing byline ends its sentence."""
    line, above = lines[k].text.strip(), lines[k - 1].text
    if labels[k - 1] != "body" or not ends_paragraph(above):
        return False
    if not 4 <= len(line) <= HEADLINE_MAX or _CLAUSE_MARKS.search(line) or _end_mark(line) != "none":
        return False
    nxt = k + 1
    if (
        labels[nxt] == "body"
        and nxt + 1 < len(lines)
        and _print_width(lines[nxt].text) > DECK_WIDER * _print_width(above)
    ):
        nxt += 1  # a deck set wider than the column
    return labels[nxt] == "byline" and not bylines.is_name(line)


DECK_WIDER = 1.3  # a line this many times as wide as the column's text is set across it: a deck


def _head_over_dispatch(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k, read as text, is a one-line headline over the dispatch on line k+1; not a headline's
    wrapped line read as text (the line above a headline's, or holding no punctuation of running
    text: left as the reading of it settles)."""
    line, above = lines[k].text.strip(), lines[k - 1].text
    if labels[k - 1] in _HEAD or not (ends_paragraph(above) or _IN_SENTENCE.search(above)):
        return False  # the line above may be the headline's first, read as text too
    if _dispatch(lines[k + 1].text) is None or _dispatch(line) is not None:
        return False
    if not 4 <= len(line) <= HEADLINE_MAX or _IN_SENTENCE.search(line) or _end_mark(line) != "none":
        return False
    if (
        labels[k - 1] == "body"
        and not ends_paragraph(above)
        and _print_width(line) >= _print_width(above) - 1.5
    ):
        return False
    return not bylines.is_name(line)


def _series_heads_in_text(lines: list[Line], labels: list[str]) -> list[str]:
    """Headlines of a line or two printed between a paragraph's end and more text (no byline or
    dateline under them), set in the very shape of another so printed (`_series_alike`), are one
    report's subheads (`协同机制 奏响治理“大合唱”` … `以点带面 绘出最大“同心圆”`): they stay in its
    text. Read as headlines they cut the report in pieces, each too short to say whose it is; another
    report's headline is seldom set just like one of them, and a headline printed inside another
    text (`_displaced_blocks`) interrupts a sentence."""
    runs = []
    k = 1
    while k < len(lines) - 1:
        e = k + 1 if labels[k] == "title" else k
        while e < len(lines) and labels[e] == "title+":
            e += 1
        if (
            k < e < len(lines)
            and e - k <= SERIES_LINES
            and labels[e] == labels[k - 1] == "body"
            and ends_paragraph(lines[k - 1].text)
        ):
            runs.append((k, e, "".join(x.text for x in lines[k:e])))
        k = max(e, k + 1)
    alike = {(k, e) for k, e, t in runs for k2, e2, t2 in runs if (k, e) != (k2, e2) and _series_alike(t, t2)}
    if not alike:
        return labels
    labels = list(labels)
    for k, e in alike:
        labels[k:e] = ["body"] * (e - k)
    return labels


SERIES_LINES = 2  # a subhead is set on a line or two


def _wraps_closed_below(lines: list[Line], labels: list[str]) -> list[str]:
    """A line read as text under a headline's line that closes the quotation or title mark that line
    left open (`陕西某村：“电力` / `爱心超市”让乡村充满爱`), holding no sentence or clause mark, is the
    headline's wrap: a headline pairs its marks, and the text it interrupts (a headline displaced
    into a column) goes on under the wrap."""
    labels = list(labels)
    for k in range(1, len(lines)):
        line = lines[k].text.strip()
        if (
            labels[k] == "body"
            and labels[k - 1] in ("title", "title+")
            and _closes_pair(lines[k - 1].text, line)
            and len(line) <= HEADLINE_MAX
            and not _CLAUSE_MARKS.search(line)
        ):
            labels[k] = "title+"
    return labels


def _closed_from_above(lines: list[Line], labels: list[str]) -> list[str]:
    """A line read as a headline's that closes a quotation or title the text line over it left open
    (`…出台《某区基层` / `治理工作职责》`) is that sentence going on, and so are the lines read as its
    wrap under it: a headline opens no sentence of the text above. The line over it must be read as
    text and go on from text itself: a headline's first line read as text (under a byline) is
    closed so too (`屯昌：实施村集体经济“三个2` / `0%”目标行动…`)."""
    labels = list(labels)
    for k in range(2, len(lines)):
        if (
            labels[k] in _HEAD
            and labels[k - 1] == labels[k - 2] == "body"
            and _closes_pair(lines[k - 1].text, lines[k].text)
        ):
            labels[k] = "body"
            e = k + 1
            while e < len(lines) and labels[e] == "title+":
                labels[e] = "body"
                e += 1
    return labels


def _series_alike(a: str, b: str) -> bool:
    """Two subheads of one series: set alike (`_same_shape`), and more than by chance: marks at the
    same places, or the same first or last character (`提升组织领导力`, `提升群众服务力`)."""
    a, b = "".join(a.split()), "".join(b.split())
    return _same_shape(a, b) and (bool(_MARKS_AT.sub("", a)) or a[0] == b[0] or a[-1] == b[-1])


SHORT_HEAD_START = (3, 8)  # a headline's short first line read as text: this many characters


def _short_head_start(above: str, line: str) -> bool:
    """The line could be a headline's first few characters cut by the wrap, not a text's last line
    nor a name signing the text above: short, all characters of words, and half as wide as the line
    above at most, or under a line that ends its paragraph (a headline printed after its body: the
    body's last line may be shorter than the headline's first)."""
    least, most = SHORT_HEAD_START
    if not least <= len(line) <= most or not _WORD_CHARS.fullmatch(line):
        return False
    wide_above = _print_width(above) >= 2 * _print_width(line) or ends_paragraph(above)
    return wide_above and not bylines.is_name(line)


_WORD_CHARS = re.compile(f"[{CJK}A-Za-z0-9]+")


SURE_TEXT = 0.95  # a line the model reads as text this surely is the text's (the line cut over a block)
UNSURE_TEXT = 0.9  # a block's first line read as text is read so less surely than this


def _block_in_a_paragraph(lines: list[Line], labels: list[str], conf: list[float], k: int) -> list[int]:
    """The lines from k of a block of headlines sitting between two lines that continue one
    sentence, or []: the line over it leaves its sentence open, the line under it is text, and
    every line of the block ends no sentence or clause, holds none, and is not as wide as the
    column around it (inside a paragraph every line but its last fills the column); the model read
    one of them at least as a headline or was unsure it is text."""
    above = lines[k - 1].text
    if labels[k - 1] != "body" or not above or ends_paragraph(above) or not _sentence_open(above):
        return []
    if labels[k] == "body" and conf[k] >= UNSURE_TEXT:
        return []
    run: list[int] = []
    j = k
    while j < len(lines) and len(run) < BLOCK_LINES and _block_line(lines[j], labels[j]):
        run.append(j)
        j += 1
    if not run or j >= len(lines) or labels[j] != "body":
        return []
    if not any(labels[i] == "body" for i in run):
        return []
    width = _width_around(lines, labels, run[0], run[-1])
    wide = [i for i in run if abs(_print_width(lines[i].text) - width) <= 1]
    if not width or any(not _parted(lines[i].text) for i in wide):
        return []  # as wide as the column: a text line, unless a gap parts two phrases in it
    if not _text_line(lines, labels, conf, k - 1, width):
        return []  # the line over it is no text's (a subhead's first line)
    if lines[j].text[:1] in "“「‘":
        return []  # the line under it opens a quotation: a paragraph's start, not the sentence going on
    if line_features.wraps(above, lines[k].text):
        return []  # the wrap cut a word there: the line goes on with the text above
    if _found_away(lines, labels, run) < FOUND_AWAY:
        return []
    return run


BLOCK_WIDE = 1.5  # times the column's width: a line this wide is no line of that column's text
BLOCK_WIDER = 8  # cells wider than the column at least (a narrow column's quoted words run over it)
_FULL_STOP = re.compile(r"[。.](?![0-9])")  # a sentence's end inside a line: a paragraph printed whole


def _wide_block_in_a_paragraph(lines: list[Line], labels: list[str], k: int) -> list[int]:
    """The lines from k of a block of headlines set across the columns inside a sentence, or []:
    line k is far wider than the column around it (BLOCK_WIDE), the line over it fills that column
    and leaves its sentence open, and the line under the block goes on with it as text. Inside a
    paragraph every line but its last fills the column, so a line wider than it, setting headlines
    side by side (`_block_wide`), is none of that text's, whatever clause marks it holds (a
    headline's comma: `深耕“微网格”，细作“大治理”`); a paragraph printed whole on a line ends its
    sentences (`_FULL_STOP`), a block of headlines mostly not.
    The block's lines are the wide ones and at most one line under them (the block's wrap,
    `…提升居民幸福指数(` / `組圖)`), which neither fills the column nor ends a sentence. The text
    under the block may open a quotation (`…示范社区”、` / `[block]` / `“全国…基地”、`): the line
    over it, filling the column and ending no sentence, says the paragraph goes on."""
    above, t = lines[k - 1].text, lines[k].text.strip()
    if labels[k - 1] != "body" or labels[k] != "body" or not _sentence_open(above):
        return []
    if not _parted(t, _BLOCK_GAP) or _FULL_STOP.search(t) or ends_paragraph(t):
        return []  # no `_block_wide` line at any width: the column's width is not needed
    width = _column_set_width(lines, labels, k, k)
    if not width or abs(_print_width(above) - width) > 1 or not _block_wide(lines[k].text, width):
        return []
    j = k
    while j < len(lines) and labels[j] in ("body", *_HEAD) and _block_wide(lines[j].text, width):
        j += 1
    if j < len(lines) and labels[j] in ("body", *_HEAD) and _block_tail(lines[j].text, width):
        j += 1
    if j >= len(lines) or labels[j] != "body":
        return []  # the block closes no sentence: the text under it must go on with the one over it
    under = lines[j].text
    if abs(_print_width(under) - width) > 1 and not ends_paragraph(under):
        return []
    return list(range(k, j))


def _wide_lines_at_heads(
    lines: list[Line], labels: list[str], conf: list[float]
) -> tuple[list[str], list[float]]:
    """Lines read as text or a caption that are far wider than the column (`_block_wide`) and name
    no role or credit (`张三 摄`), next to a headline's line: a block of headlines set across the
    columns, whose first line the model read as the end of the paragraph over it (`…民生问题。` /
    `[block]` / `[block]`) or whose last lines as a caption under it. A line over the headline's
    opens the block when the line over it ends a paragraph; a line under one goes on with it (a
    word across the break, `_goes_on`) or opens the next headline; a line short of the column,
    ending no sentence, under such a wide line read as text, is the block's wrap (`_block_tail`):
    under a wide line the model read as a headline, it is the text's first line as often."""
    read, labels, conf = labels, list(labels), list(conf)
    for k in range(len(lines) - 1):
        if labels[k] not in ("body", "caption") or labels[k + 1] not in _HEAD:
            continue
        opens = k == 0 or labels[k - 1] not in ("body", "caption") or ends_paragraph(lines[k - 1].text)
        if opens and _wide_here(lines, labels, k):
            labels[k], conf[k] = "title", 0.5
    for k in range(1, len(lines)):
        if labels[k] not in ("body", "caption") or labels[k - 1] not in _HEAD:
            continue
        wide = _wide_here(lines, labels, k)
        tail = not wide and read[k - 1] in ("body", "caption") and _wide_here(lines, labels, k - 1)
        if (wide or (tail and _tail_here(lines, labels, k))) and not _names_a_role(lines[k].text):
            goes_on = _goes_on(lines[k - 1].text, lines[k].text)
            labels[k], conf[k] = ("title+" if goes_on else "title"), 0.5
    return labels, conf


def _wide_here(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k is far wider than the body column around it (`_block_wide`) and names no role."""
    width = _column_set_width(lines, labels, k, k)
    t = lines[k].text
    return bool(width) and _block_wide(t, width) and not _names_a_role(t)


def _tail_here(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k could be a block's wrap under a wide line (`_block_tail`)."""
    width = _column_set_width(lines, labels, k, k)
    return bool(width) and _block_tail(lines[k].text, width)


COLUMN_LINES = 3  # body lines of one width near a line that show a column set there


def _column_set_width(lines: list[Line], labels: list[str], first: int, last: int) -> int:
    """The width of the column around lines first..last (`_width_around`), or 0 where fewer than
    COLUMN_LINES body lines near them are as wide (within a cell): text printed a paragraph a line
    sets no column, and a line wider than its neighbours says nothing there."""
    width = _width_around(lines, labels, first, last)
    near = [
        i
        for i in [
            *range(max(0, first - BLOCK_REACH), first),
            *range(last + 1, min(len(lines), last + 1 + BLOCK_REACH)),
        ]
        if labels[i] == "body" and abs(_print_width(lines[i].text) - width) <= 1
    ]
    return width if len(near) >= COLUMN_LINES else 0


def _block_wide(text: str, width: int) -> bool:
    """A line far wider than the column (BLOCK_WIDE, BLOCK_WIDER) that ends no sentence, inside it or
    at its end, and sets a gap between phrases (`_parted` with `_BLOCK_GAP`: headlines side by side, which a text line
    running wider than its column, `…“实景图”,`, or a paragraph's first line set wider, never
    does), and is no dateline, dispatch, byline or furniture (`大江网讯 张三报道：…`)."""
    t = text.strip()
    if _print_width(t) < max(BLOCK_WIDE * width, width + BLOCK_WIDER) or not _parted(t, _BLOCK_GAP):
        return False
    if _FULL_STOP.search(t) or ends_paragraph(t):
        return False
    return not (dateline(t) or _dispatch(t) or bylines.read(t) or _marked_byline(t) or _furniture(t))


# a gap between two headlines set side by side: `_PHRASE_GAP`, a bracket closing or opening one as well
# (`…敬老院老人 （辉煌60载…）`, `干部下沉解民忧 【2018…】`)
_BLOCK_GAP = re.compile(f"(?<=[{CJK}”」》）)】]{{2}})[ \u3000]+(?=[{CJK}“「《（(【])")


def _block_tail(text: str, width: int) -> bool:
    """A block's last line under its wide ones: not as wide as the column (a text line inside a
    paragraph fills it) and ending no sentence (a paragraph's last line ends one)."""
    t = text.strip()
    if len(t) < 2 or abs(_print_width(t) - width) <= 1:
        return False
    return not _FULL_STOP.search(t) and not ends_paragraph(t)


# a space between two words inside a line (`邻里驿站集民意 干部下沉解民忧`), two characters or more
# each side: a headline's two phrases or two headlines; running Chinese text sets none between two
# characters (and a line spaced out glyph by glyph, `大 江 网`, sets one around every character)
_PHRASE_GAP = re.compile(f"(?<=[{CJK}”」》]{{2}})[ \u3000]+(?=[{CJK}“「《]{{2}})")
PHRASE_MIN = 4  # characters a gap: a line spaced out glyph by glyph (`邻 里 驿 站`) sets one a character


def _parted(text: str, gap: re.Pattern[str] = _PHRASE_GAP) -> bool:
    """The line sets gaps between its phrases (`_PHRASE_GAP`; `_BLOCK_GAP` counts brackets as a
    phrase's ends), a phrase of PHRASE_MIN characters or more a gap: a headline's phrases, or
    headlines side by side, where a text line sets none (and a line spaced out glyph by glyph sets
    one everywhere)."""
    gaps = len(gap.findall(text.strip()))
    return gaps > 0 and PHRASE_MIN * gaps <= len(_CJK_CHARS.findall(text))


_CLAUSE_END = "，、,；;"  # marks a line of running text ends on with its sentence going on


def _sentence_open(text: str) -> bool:
    """A text line leaves its sentence open: it ends on no mark, or on a clause mark (`…青年中心、`,
    `…就业等问题，`): a block set into the column after it stands inside that sentence as well."""
    return _end_mark(text) == "none" or text.rstrip()[-1:] in _CLAUSE_END


# The share of a block's bigrams the page's text away from it must hold: 0.5 left the host's own
# headline (its words in the text around it) as text; 0.35 took heads_inside dev (200 pages) +0.4 and
# +0.8 attach, seeds 7000 and 3000, and changed no other generator's 40 dev pages.
FOUND_AWAY = 0.35
AWAY = 12  # lines: text this far from the block is another paragraph's, or another body's


def _found_away(lines: list[Line], labels: list[str], run: list[int]) -> float:
    """The share of the run's bigrams the page's text holds away from it (more than AWAY lines
    off): a headline's words are its body's, a text line's those of the lines around it."""
    grams = _bigrams("".join(lines[i].text for i in run))
    away = _bigrams(
        "".join(
            x.text
            for i, x in enumerate(lines)
            if labels[i] == "body" and (i < run[0] - AWAY or i > run[-1] + AWAY)
        )
    )
    return len(grams & away) / len(grams) if grams else 0.0


def _block_line(line: Line, label: str) -> bool:
    t = line.text
    if label not in ("body", *_HEAD) or len(t) < 4 or _IN_SENTENCE.search(t) or _end_mark(t) != "none":
        return False
    if ends_paragraph(t):
        return False
    return not (dateline(t) or _dispatch(t) or bylines.read(t) or _marked_byline(t) or _furniture(t))


def _width_around(lines: list[Line], labels: list[str], first: int, last: int) -> int:
    """The most common length of the body lines around lines first..last: the column's width there."""
    near = [
        lines[i].text
        for i in [
            *range(max(0, first - BLOCK_REACH), first),
            *range(last + 1, min(len(lines), last + 1 + BLOCK_REACH)),
        ]
        if labels[i] == "body"
    ]
    lengths = Counter(round(_print_width(t)) for t in near if len(t) >= 6)
    return lengths.most_common(1)[0][0] if lengths else 0


def _led_by_head_between(order: list[Piece | Unit], prev: Piece, p: Piece) -> bool:
    """A headline printed between a text left open and the next piece names that piece's first
    lines (OPENED_LINES; LEAD_SHARE of its bigrams, LEAD_GRAMS at least): it stands over its own text,
    displaced into no other. A grid read column by column stacks modules in its first column, each
    cut mid-sentence at its foot (`…着力构` / `某区某街道推出新举措` / `某区某街道创新实施…`): the
    text after the headline opens that headline's story, whatever the text over it left open. Only
    words the open text does not hold count: a story's own rest shares its topic's words with the
    headline displaced into it as much as with its own first half."""
    at = next((k for k, x in enumerate(order) if x is p), None)
    if at is None:
        return False
    lead = _lines_bigrams(p.lines[:OPENED_LINES])
    told = _lines_bigrams(prev.lines)  # words the open text shares with both name no story apart
    for x in reversed(order[:at]):
        if x is prev or not isinstance(x, Unit):
            break
        if not x.title:
            continue
        head = _lines_bigrams(x.title)
        common = len((head & lead) - told)
        if common >= LEAD_GRAMS and common >= LEAD_SHARE * len(head):
            return True
    return False


OPENED_LINES = 3
LEAD_SHARE = 0.25
LEAD_GRAMS = 3


def _displaced_between(order: list[Piece | Unit], prev: Piece, p: Piece) -> None:
    """The headlines printed between a piece and its rest (`_Reader.rejoin`) were displaced into
    its text: every one of them cuts it (`Unit.cuts`), standing by no body there, not only the first."""
    at = next((k for k, x in enumerate(order) if x is p), None)
    if at is None:
        return
    for x in reversed(order[:at]):
        if x is prev or not isinstance(x, Unit):
            break
        x.cuts = True


def _text_line(lines: list[Line], labels: list[str], conf: list[float], k: int, width: int) -> bool:
    """Line k is running text: it holds a clause mark or fills the column, or it is the start of
    one (the column cut it over a block) under such a line that leaves its sentence open."""
    t = lines[k].text
    if _IN_SENTENCE.search(t) or abs(_print_width(t) - width) <= 1:
        return True
    over = lines[k - 1].text if k > 0 and labels[k - 1] == "body" and conf[k - 1] >= SURE_TEXT else ""
    return bool(over) and abs(_print_width(over) - width) <= 1 and not ends_paragraph(over)


def _cuts_first(u: Unit, order: list[Piece | Unit]) -> bool:
    """The unit opens a block printed inside a sentence, right after the text it cuts: a block's
    other headlines (`_displaced_between`) still pair with a body left without one under it."""
    return u.cuts and (u.pos == 0 or not isinstance(order[u.pos - 1], Unit))


# A report's lead as a paragraph opens it: a dispatch, a time and a comma (`近日，`, `9月18日，`),
# or a place or body that acts (`南寨镇坚持…`, `县委组织部以…为抓手`).
_LEAD_PLACE = re.compile(
    f"^[{CJK}]{{2,12}}?(?:省|市|区|县|旗|州|镇|乡|街道|社区|村|党委|党工委|党组|政府|委员会|局|部|中心)"
    r"(?:[^，。]{0,4})?(?:坚持|聚焦|以|围绕|立足|紧扣|着力|积极|深入|扎实|持续|探索|创新|大力|全面|不断|通过|把|将)"
)


# or the place named whole, a province or a city and the division under it (`广东省广州市天河区上线…`):
# a report names its place so once, opening its lead; its later paragraphs name it short
_LEAD_DIVISIONS = re.compile(
    f"^(?:[{CJK}]{{2,7}}?(?:省|自治区))?[{CJK}]{{2,7}}?(?:市|自治州|州|盟|地区)[{CJK}]{{1,7}}?(?:区|县|市|旗)(?![{CJK}]{{0,2}}[，,、])"
)


def _lead_opening(text: str) -> bool:
    """The text opens as a report's lead does (`_LEAD_PLACE`, `_OPENING_TIME`, a dispatch)."""
    t = text.lstrip()
    return bool(
        t.startswith("本报讯")
        or _OPENING_TIME.match(t)
        or _LEAD_TIME.match(t)
        or _dispatch(t)
        or _LEAD_PLACE.match(t)
        or _LEAD_DIVISIONS.match(t)
    )


_LEAD_TIME = re.compile(
    r"^(?:(?:去年|今年|近年|入冬|入夏|开春|年初)以来|自[^，,。]{2,16}以来|(?:金秋|深秋|初秋|盛夏|初夏|初春|早春|岁末|隆冬|寒冬|仲夏|暮春)[^，,。]{0,4}[，,]"
    r"|走进|在[^，,。]{2,12}(?:省|市|区|县|旗|州|镇|乡|街道|社区|村)[，,])"
)


def _opening_of(p: Piece, e: int) -> str:
    """The first words of the paragraph of piece `p` starting at line `e`."""
    return "".join(map(_TEXT, p.lines[e : e + 2]))


def _lead_cut(above: list[Line], below: list[Line]) -> bool:
    """Where `lead_cut` tries a cut: the paragraph below opens as a report's lead does
    (`_lead_opening`) and names other places than the text above, sharing few of its words
    (`_fresh_start`). On 40 dev pages of each generator (seed 7000, `evaluation.runon`) 20 of the 67
    missing cuts between two reports read so, and 19 of the 2278 paragraph starts inside one
    report's body (0.8%). The places changing alone read so at 56 of the 67, but at 10.5% of the
    paragraph starts inside one report, and the page's matching then gave sections of one report
    (`如今的…`, `巴音高勒嘎查紧紧围绕…`) to orphans."""
    if not above or not below:
        return False
    return _lead_opening(_opening_of(Piece(lines=below), 0)) and _fresh_start(above, below)


def lead_cut(
    units: list[Unit], pieces: list[Piece], order: list, got: dict[int, int]
) -> tuple[list[Piece], list, tuple[dict[int, int], list[float]]] | None:
    """Two reports run together in one body where no headline's words told `orphan_cut` where (the
    second's headline says its news in other words, or a wrong body held it): a paragraph opening
    as a report's lead does where the places change (`_lead_cut`: `近日，`, `3月25日，`, `本报讯`,
    `南寨镇坚持…`) cut off, kept only where the page's matching then heads both parts, finds a body
    for one more headline than before (an orphan's, or one a wrong body held while its own headline
    was an orphan) and none of them a headline's half; each of the two headlines finds no fewer of
    its words in its own part than in the other, the body's own headline KEPT more (a subhead's
    words run through its whole report, and so do its report's headline's) and less than UNRELATED
    in the part it gives away (that part is still its report's: on alt and blind2 dev pages, seed
    5000, a report's closing paragraphs printed over its lead went to an orphan). Returns the pieces, the order and the matching after the cut, or None."""
    if all(i in got for i, u in enumerate(units) if u.title):
        return None  # no orphan headline on the page: nothing to pair the new part with
    owner = {j: i for i, j in got.items()}
    for j, p in enumerate(pieces):
        page = units[owner[j]].page if j in owner else None
        if p.kind != "article" or page is None or len(p.lines) < 4:
            continue
        others = [q for q in pieces if q is not p]
        ends = [e for e in range(2, len(p.lines) - 1) if ends_paragraph(p.lines[e - 1].text)]
        for e in _paragraph_starts(page, p.lines, ends):
            if not _lead_cut(p.lines[:e], p.lines[e:]) or _continues(p.lines[:e], p.lines[e:], others):
                continue
            tried = _lead_trial(units, order, p, e, got, owner[j])
            if tried is not None:
                return tried
            _numbered(order)  # the trial numbered the cut order's places: the page's own again
    return None


def own_lead_cut(
    units: list[Unit], pieces: list[Piece], order: list, got: dict[int, int]
) -> tuple[list[Piece], list, tuple[dict[int, int], list[float]]] | None:
    """Two texts run together in one body under the second one's headline, the first left with no
    headline to give it (its own lost, or taken by the text before): a paragraph opening as a
    report's lead does where the places change (`_lead_cut`), the body's headline finding KEPT more
    of its words below the cut than above and under UNRELATED above (`…经验。` / `近年来，安顺…` under
    `…安顺…`). The headline keeps the part below; the part above, headless, goes on with the text
    before it where the page's matching joins them (a report's last section cut off by a headline
    displaced into the column). Kept only where the matching still heads the part below with that
    headline. Returns the pieces, the order and the matching after the cut, or None."""
    owner = {j: i for i, j in got.items()}
    for j, p in enumerate(pieces):
        if p.kind != "article" or j not in owner or len(p.lines) < 4 or _printed_open(p):
            continue
        page = units[owner[j]].page
        others = [q for q in pieces if q is not p]
        ends = [e for e in range(2, len(p.lines) - 1) if ends_paragraph(p.lines[e - 1].text)]
        for e in _paragraph_starts(page, p.lines, ends) if page else []:
            if not _lead_cut(p.lines[:e], p.lines[e:]) or _continues(p.lines[:e], p.lines[e:], others):
                continue
            tried = _own_trial(units, order, p, e, owner[j])
            if tried is not None:
                return tried
            _numbered(order)
    return None


def _own_trial(
    units: list[Unit], order: list, p: Piece, e: int, head: int
) -> tuple[list[Piece], list, tuple[dict[int, int], list[float]]] | None:
    """`own_lead_cut`'s cut of piece `p` (headed by unit `head`) at line `e`, or None."""
    new_pieces, new_order = _apply_cut(order, p, e)
    k = next(i for i, x in enumerate(new_pieces) if x.lines and x.lines[0] is p.lines[0])
    new_pieces[k].opens = False  # headless: it may go on with the text before
    sims = _similarity([units[head]], new_pieces)
    if sims[0, k + 1] - sims[0, k] < KEPT or sims[0, k] >= UNRELATED:
        return None
    matched = match(units, new_pieces, new_order)
    if matched[0].get(head) != k + 1:
        return None
    return new_pieces, new_order, matched


def _lead_trial(
    units: list[Unit], order: list, p: Piece, e: int, got: dict[int, int], head: int
) -> tuple[list[Piece], list, tuple[dict[int, int], list[float]]] | None:
    """`lead_cut`'s cut of piece `p` (headed by unit `head`) at line `e`, or None where the page's
    matching after it does not take it."""
    new_pieces, new_order = _apply_cut(order, p, e)
    matched = match(units, new_pieces, new_order)
    k = next(i for i, x in enumerate(new_pieces) if x.lines and x.lines[0] is p.lines[0])  # the head part
    by = {c: r for r, c in matched[0].items()}
    if (
        len(matched[0]) <= len(got)
        or k not in by
        or k + 1 not in by
        or any(units[i].part_of is not None for i in matched[0].keys() - got.keys())
    ):
        return None  # no more headlines headed, or the one that did is a headline's half cut off
    sims = _similarity([units[by[k]], units[by[k + 1]]], new_pieces)
    leans = (sims[0, k] - sims[0, k + 1], sims[1, k + 1] - sims[1, k])
    kept = [x for x, i in zip(leans, (by[k], by[k + 1]), strict=True) if i == head]
    given = [sims[r, k + 1 - r] for r, i in enumerate((by[k], by[k + 1])) if i == head]
    if min(leans) >= 0.0 and all(x >= KEPT for x in kept) and all(x < UNRELATED for x in given):
        return new_pieces, new_order, matched
    return None


LEAD_WORDS = 200  # characters of the text each side of a headline its words are looked for in


def _lead_pairs(
    units: list[Unit], pieces: list[Piece], order: list[Piece | Unit], got: dict[int, int]
) -> list[tuple[int, int]]:
    """A headline the matching left out, printed between two reports' bodies run together: after a
    piece ending its sentence and right above a piece that got no headline and opens as a report's
    lead does (`_lead_opening`: `近年来，`, `金秋十月，`, `3月25日，`), where the text below names
    other places than the text above and does not go on with it (`_fresh_start`, not `_continues`),
    and the headline's words are found in the text below more than in the text above (a subhead's
    words are its own report's, above and below), or as often, LEAD_TIE bigrams or more: two
    reports on one topic (`小网格 大“家”园——安顺…` under a report on another village's 小网格) share
    the topic's words, and the lead and the places already say a report starts. It heads the piece below: left out, it read as a
    subhead and the second report ran on in the first's body (`…邱广说。` / `小网格 大“家”园——…` /
    `近年来，安顺将…`)."""
    taken, index = set(got.values()), {id(p): j for j, p in enumerate(pieces)}
    pairs = []
    for i, u in enumerate(units):
        if i in got or not u.title or _cuts_first(u, order) or not 0 < u.pos < len(order) - 1:
            continue
        prev, x = order[u.pos - 1], order[u.pos + 1]
        if not (isinstance(prev, Piece) and isinstance(x, Piece)) or x.kind != "article":
            continue
        j = index.get(id(x))
        if j is None or j in taken or not prev.lines or not x.lines or prev.kind != "article":
            continue
        if _end_mark(u.text.rstrip()) != "none" or _STOPS.search(u.text):
            continue
        if not ends_paragraph(prev.lines[-1].text) or not _lead_opening(_opening_of(x, 0)):
            continue
        if not _fresh_start(prev.lines, x.lines):
            continue
        others = [p for p in pieces if p is not prev and p is not x]
        if _continues(prev.lines, x.lines, others):
            continue
        own = _bigrams(u.text)
        above = _bigrams("".join(y.text for y in prev.lines)[-LEAD_WORDS:])
        below = _bigrams("".join(y.text for y in x.lines)[:LEAD_WORDS])
        shared, back = len(own & below), len(own & above)
        if shared > back or shared == back >= LEAD_TIE:
            pairs.append((i, j))
            taken.add(j)
    return pairs


TRAIL_REACH = 40  # text lines over a line read as a headline after its report, back to its report's start


def _heads_after_reports(lines: list[Line], labels: list[str], conf: list[float]) -> list[str]:
    """Text lines that are a report's headline printed after its body (`…每月召开一次。` /
    `西岭镇网格员走村入户收集群众诉求` / `东湖社区近日推行…`): one line or two (a headline the column
    wrapped) as `_heads_between_reports` reads them, after a paragraph's end, whose words are found
    in the text above, back to that text's start, and not below it. A subhead shares its words
    with its own report on both sides and the text under it goes on with the text over it; here
    the text under it opens another report (`_fresh_start`, not `_continues`), or nothing is
    under it (the page's end). Where the text under it opens no lead (`_lead_opening`: a quote,
    a scene), the words must say so more clearly (TRAIL_CLEAR)."""
    labels = list(labels)
    trailing = _opens_with_text(labels)
    sizes = _trailing_sizes(lines) if trailing else (1, 2)
    for k in range(1, len(lines)):
        if not _ended_above(lines, labels, k) or not (trailing or _jumped_off(lines, labels, k)):
            continue  # (a story sent to another page ends at its mark: its headline may follow it)
        for size in sizes:
            span = _trailing_head_span(lines, labels, k, size)
            if span:
                for j in range(k, k + size):
                    labels[j], conf[j] = ("title" if j == k else "title+"), 0.5
                break
    return labels


def _trailing_sizes(lines: list[Line]) -> tuple[int, ...]:
    """The numbers of lines a headline after its report is looked for in, in turn: one or two, and in
    a narrow column (NARROW_MAX) three, the longest first: there a headline's first line fills the
    column as its wrap's do (`西岭镇深耕微网格细作` / `大治理让群众诉求件件` / `有回音`), and read
    alone it would leave its rest to the text under it."""
    width = line_features.column_width([x.text for x in lines])
    return (3, 2, 1) if WRAP_MIN <= width <= NARROW_MAX else (1, 2)


def _second_halves(lines: list[Line], labels: list[str], conf: list[float]) -> list[str]:
    """A headline printed in two halves on two lines (`“车友群”发力` / `龙翔苑小区不再停车难`), the
    second read as the first line of the text under it: a line under a one-line headline that may
    be a headline's line (`_head_alone`), no clause mark and not as wide as the text lines around
    (`_short_of_text`), over a text line, the two halves no longer than a headline, is the
    headline's second line. A paragraph's first line fills the column or ends its sentence."""
    labels = list(labels)
    for k in range(1, len(lines) - 1):
        if labels[k - 1] != "title" or labels[k] != "body" or labels[k + 1] != "body":
            continue
        t = lines[k].text.strip()
        if len(lines[k - 1].text.strip()) + len(t) > HEADLINE_MAX or not _head_alone(t, lines[k + 1].text):
            continue
        if _short_of_text(lines, labels, k, k + 1) and not _clause_goes_on(lines[k + 1].text):
            labels[k], conf[k] = "title+", 0.5
    return labels


# A mark sending the text over it to another page (`（下转第3版）`, `（转A2版）`), not one saying where it came from.
_DOWN_JUMP = re.compile(r"下转|转下|[（(]\s*转")


def _jumped_off(lines: list[Line], labels: list[str], k: int) -> bool:
    """Line k-1 is a jump mark sending the text over it to another page, under a text line: that
    story stops there on this page (`…起早摸` / `（下转A13版）`)."""
    return (
        k >= 2
        and labels[k - 1] == "continuation"
        and labels[k - 2] == "body"
        and _DOWN_JUMP.search(lines[k - 1].text) is not None
    )


def _ended_above(lines: list[Line], labels: list[str], k: int) -> bool:
    """The text over line k ends there: a text line ending its paragraph, or a text line and a
    mark sending its story to another page (whatever it stops on, nothing under the mark is its)."""
    if _jumped_off(lines, labels, k):
        return True
    return labels[k - 1] == "body" and ends_paragraph(lines[k - 1].text)


def _opens_with_text(labels: list[str]) -> bool:
    """The page's first story opens with its text, a byline or a dateline, no headline over it
    (section labels and furniture apart): a page that prints its headlines after their bodies."""
    first = next((x for x in labels if x in ("body", "byline", "dateline", *_HEAD)), None)
    return first is not None and first not in _HEAD


TRAIL_CLEAR = 3  # bigrams a headline after its report shares with it, none below, where no lead follows


def _trailing_head_span(lines: list[Line], labels: list[str], k: int, size: int) -> bool:
    """Lines k..k+size-1 are a headline printed after the report over them (`_heads_after_reports`)."""
    end = k + size
    if end > len(lines) or any(labels[j] != "body" for j in range(k, end)):
        return False
    texts = [x.text.strip() for x in lines[k:end]]
    after = "" if end == len(lines) else lines[end].text
    last = texts[-1] if size == 1 or len(texts[-1]) >= 4 else "".join(texts[-2:])  # (`…件件` / `有回音`)
    if not all(_head_alone(x, "") for x in texts[:-1]) or not _head_alone(last, after):
        return False  # (a wrapped headline's first line runs on into its second)
    if after and _cut_word(texts[-1], after):
        return False  # (`…温泉社区金河湾` / `小区是…`: a paragraph's first line)
    t = "".join(texts)
    if len(t) > HEADLINE_MAX or (end < len(lines) and (labels[end] != "body" or _clause_goes_on(after))):
        return False
    above = _report_above(lines, labels, k)
    if _cut_off_report(lines, labels, above, end):
        return False
    below = lines[end : end + LEAD_LINES_AROUND]
    if below and (not _fresh_start(above, below) or _continues(above, below, [])):
        return False
    own = _bigrams(t)
    back, ahead = len(own & _lines_bigrams(above)), len(own & _lines_bigrams(below))
    if not below or _lead_opening("".join(x.text for x in below[:2])):
        return back >= 2 and back > ahead
    return (
        back >= TRAIL_CLEAR
        and ahead == 0
        and (_short_of_text(lines, labels, k, end) or _narrow_wrapped_head(lines, labels, k, end))
    )


def _narrow_wrapped_head(lines: list[Line], labels: list[str], k: int, end: int) -> bool:
    """Lines k..end-1, holding no clause mark, are a headline a narrow column (NARROW_MAX) wrapped:
    every line but the last as wide as the column's text lines (the wrap), the last RAGGED short of
    them (`西岭镇网格员走村入户` / `收集群众诉求` over 10-character text), or one line as wide as the
    column or a character or two wider that ends on no mark a column hangs (a headline that filled
    the column, or wrapped a little past its edge and joined again, `_wrapped_headlines_rejoined`).
    A justified column's text line never runs past its edge but by a hung mark, and a paragraph's
    last line, the only one stopping short, ends its sentence (`_head_alone` has asked that the run
    ends none); a paragraph's first line filling the column goes on with its report's words under
    it, which `_trailing_head_span` has asked the line's words not to be, or leaves a quotation open
    (`_reads_as_one_headline`)."""
    width = _width_around(lines, labels, k, end - 1)
    texts = [x.text.strip() for x in lines[k:end]]
    if not WRAP_MIN <= width <= NARROW_MAX or any(_CLAUSE_MARKS.search(t) for t in texts):
        return False
    if not _reads_as_one_headline("".join(texts)):
        return False  # a quotation left open (`新任会长张三说:“希望各位`): a sentence going on
    if len(texts) == 1:
        if abs(line_features.column_width([x.text for x in lines]) - width) > 1:
            return False  # (a page of mixed widths: a line as wide as a narrow column may be a wider one's)
        return -1 <= _print_width(texts[0]) - width <= 2 and texts[0][-1] not in _HUNG_MARKS
    return (
        all(abs(_print_width(t) - width) <= 1 for t in texts[:-1])
        and _print_width(texts[-1]) <= width - RAGGED
    )


# A report cut off by a line read as its headline after it (`_cut_off_report`): fewer characters over
# the line than TRAIL_WHOLE, and the text under it goes on with their words (`_continuation`, at least
# TRAIL_GOES_ON). On dev-a pages (main, blind2, template, blind all families; blind3 column_trail, third
# after_body, blind4 stream_trail; 60 pages, seeds 8100 and 8200) the 12 false hits had 60-242
# characters over them and a continuation of 0.053-0.132; the true ones 326-579 characters.
TRAIL_WHOLE = 300
TRAIL_GOES_ON = 0.04


def _cut_off_report(lines: list[Line], labels: list[str], above: list[Line], end: int) -> bool:
    """The text `above` a line read as a headline after its report is no whole report: it is short
    (TRAIL_WHOLE) and the text under the line, to the next line that is not text, goes on with its
    words (TRAIL_GOES_ON). A report's own subhead follows its first paragraphs, and the paragraphs
    under it name its places and people again; a brief ended by its headline is short too, but the
    report under it names others."""
    if sum(len(x.text.strip()) for x in above) >= TRAIL_WHOLE:
        return False
    stop = end
    while stop < min(len(lines), end + TRAIL_REACH) and labels[stop] == "body":
        stop += 1
    return _continuation(above, lines[end:stop], []) >= TRAIL_GOES_ON


def _short_of_text(lines: list[Line], labels: list[str], k: int, end: int) -> bool:
    """Lines k..end-1 hold no clause mark and none is as wide as the column's text lines around
    (`_width_around`): a paragraph's first line fills the column and goes on with its clause."""
    width = _width_around(lines, labels, k, end - 1)
    texts = [x.text.strip() for x in lines[k:end]]
    return not any(_CLAUSE_MARKS.search(t) or abs(_print_width(t) - width) <= 1 for t in texts)


def _head_alone(t: str, after: str) -> bool:
    """A line that may be a headline printed between text lines: a headline's length, ending no
    sentence, holding no stop, opening no clause of a sentence's rest, running no word on into the
    line under it, no dateline, byline or credit."""
    if not 4 <= len(t) <= HEADLINE_MAX or _end_mark(t) != "none" or _STOPS.search(t) or t[0] in _RUNS_ON:
        return False
    clause = _CLAUSE_INSIDE.search(t)
    if (clause and clause.start() < SENTENCE_REST) or (after and line_features.wraps(t, after)):
        return False
    return not (dateline(t) or _dispatch(t) or bylines.read(t) or _marked_byline(t) or bylines.photo(t))


def _report_above(lines: list[Line], labels: list[str], k: int) -> list[Line]:
    """The text lines over line `k`, back to the first that is not text (at most TRAIL_REACH); over
    a mark sending the text to another page (`_jumped_off`), the text over the mark."""
    if _jumped_off(lines, labels, k):
        k -= 1
    start = k
    while start > max(0, k - TRAIL_REACH) and labels[start - 1] == "body":
        start -= 1
    return lines[start:k]


LEAD_TIE = 2  # bigrams a headline shares with the text each side that make a tie go to the lead below
LEAD_LINES_AROUND = 8  # text lines each side of a line read as a headline between two reports


def _heads_between_reports(lines: list[Line], labels: list[str], conf: list[float]) -> list[str]:
    """Text lines that are the second of two reports' headlines, printed between their bodies run
    together (`…车位紧张的压力。` / `白银区老旧小区改造接近尾声，…` / `金秋十月，阳光明媚。…`): a
    line of a headline's length between a line ending its sentence and a paragraph opening as a
    report's lead does (`_lead_opening`), ending no sentence, holding no stop, opening with no
    clause of a sentence's rest, running no word on into the line under it, no dateline, byline or
    credit; the text below names other places than the text above and does not go on with it
    (`_fresh_start`, not `_continues`), and the line's words are found more often below than above
    (a subhead's words are its report's, both sides). Read as text, the matching had no headline
    to give the second report (`_lead_pairs` pairs it)."""
    labels = list(labels)
    for k in range(1, len(lines) - 1):  # the report under it may be a line long, closing the page
        t = lines[k].text.strip()
        if labels[k] != "body" or labels[k + 1] != "body" or not _ended_above(lines, labels, k):
            continue
        if not 4 <= len(t) <= HEADLINE_MAX or _end_mark(t) != "none" or _STOPS.search(t) or t[0] in _RUNS_ON:
            continue
        clause = _CLAUSE_INSIDE.search(t)
        if (clause and clause.start() < SENTENCE_REST) or line_features.wraps(t, lines[k + 1].text):
            continue
        if dateline(t) or _dispatch(t) or bylines.read(t) or _marked_byline(t) or bylines.photo(t):
            continue
        top = k - 1 if _jumped_off(lines, labels, k) else k
        above = lines[max(0, top - LEAD_LINES_AROUND) : top]
        below = lines[k + 1 : k + 1 + LEAD_LINES_AROUND]
        if not _fresh_start(above, below) or _continues(above, below, []):
            continue
        own = _bigrams(t)
        here, back = len(own & _lines_bigrams(below)), len(own & _lines_bigrams(above))
        if _lead_opening("".join(x.text for x in lines[k + 1 : k + 3])):
            if here >= 2 and here > back:
                labels[k], conf[k] = "title", 0.5
        elif _named_head(t, above, below) and here >= NAMED_HEAD_WORDS and back <= 1:
            labels[k], conf[k] = "title", 0.5
    return labels


NAMED_HEAD_WORDS = 3  # bigrams a headline over a report opening with no lead's formula shares with it
NAMED_HEAD_WIDTH = 0.75  # of the text's median line: a headline's line under it fills no column


def _named_head(t: str, above: list[Line], below: list[Line]) -> bool:
    """A line between two reports that reads as the second's headline though no lead's formula opens
    the text under it (`清晨的小街村，…`, `昨日，记者从…`): it names a place the text above does not
    (a subhead names its section's point, not its report's place again: `社工入格，温暖“一老一小”`),
    holds no comma, and is short of the column (NAMED_HEAD_WIDTH): a text line of a headline's
    length in a narrow column (`五指山市乡村振兴局副局长`) fills it and runs on below."""
    named = _places(t)
    if not named or named & _places("".join(map(_TEXT, above))) or _COMMA.search(t):
        return False
    return len(t) <= NAMED_HEAD_WIDTH * _median_width([*above, *below])


_COMMA = re.compile("[，,]")


_OPENERS = ("byline", "dateline")


def _kickers_over_heads(lines: list[Line], labels: list[str]) -> list[str]:
    """Two headlines stacked with no text between, the upper one line printed narrower than the
    lower (`新时代乡村实践` / `某某镇把小事办在家门口`), then one opening byline or dateline and a
    single text: the upper line is the lower headline's kicker (a series' or a column's label), not a
    headline of its own, or it would take the lead and the byline from the real headline. A layout
    gathering its headlines at the top (title, title, text, text) prints a byline or dateline for
    each story under the block, so a second opener before the next headline keeps both headlines."""
    labels = list(labels)
    for k in range(1, len(lines) - 2):
        if labels[k] != "title" or labels[k - 1] in _HEAD or labels[k + 1] != "title":
            continue
        n = k + 2
        while n < len(lines) and labels[n] == "title+" and n - k <= WRAP_LINES:
            n += 1
        if n >= len(lines) or labels[n] not in _OPENERS or not _narrower(lines[k], lines[k + 1 : n]):
            continue
        if _goes_on(lines[k].text, lines[k + 1].text):
            continue  # `（系列名` / `甲）标题…`: one headline wrapped inside its bracket
        if _openers_before_head(labels, n) == 1:
            labels[k] = "kicker"
    return labels


def _narrower(upper: Line, head: list[Line]) -> bool:
    """A kicker's length (KICKER_MAX at most, marks not counted), printed at least KICKER_MARGIN
    characters narrower than the headline under it, in one phrase. A line of two phrases a gap apart
    or opened by a place and a colon (`某市：甲  乙`) has a headline's own form; a line as wide as the
    first of a headline wrapped under it (`某某街道“三个一”` / `举措实现小区全覆` / `盖`) is that
    headline's first line, the column's wrap."""
    text = _MARKDOWN.sub("", upper.text).strip()
    width = len(text.replace(" ", ""))
    widths = [len(_MARKDOWN.sub("", x.text).strip().replace(" ", "")) for x in head]
    return (
        len(_BIGRAM_CLEAN.sub("", text)) <= KICKER_MAX
        and width <= sum(widths) - KICKER_MARGIN
        and not (len(widths) > 1 and widths[0] >= width - 1)
        and not _TWO_PHRASES.search(text)
        and not _PLACE_OPENS.match(text)
    )


KICKER_MARGIN = 2  # characters a kicker is printed narrower than the headline under it, at least


_TWO_PHRASES = re.compile(r"\S[ \u3000]+\S")


def _openers_before_head(labels: list[str], start: int) -> int:
    """Opening bylines and datelines from `start` up to the next headline line."""
    count = 0
    for label in labels[start:]:
        if label in _HEAD:
            break
        count += label in _OPENERS
    return count
