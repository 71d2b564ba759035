"""Rebuild `name_chars.tsv` and `name_lookalikes.txt` from jieba's dictionary (shipped in the jieba
wheel, no download): `python transforms/data/build_name_chars.py`.

`name_chars.tsv`: for each character, how much likelier it is in a personal name than in running text,
as natural-log odds: `given` for the given-name part (the characters after the surname of the words jieba
tags `nr`/`nrt`, frequency at most MAX_NAME_FREQ so that common words mis-tagged as names stay out),
against the characters of every other word weighted by its frequency; `surname` likewise for the first
character (blank for characters that are not surnames in `surnames.txt`). A character's traditional form
(OpenCC `s2t`) gets its simplified form's row. Characters absent from the file score `DEFAULT_GIVEN` in
transforms.bylines.

`name_lookalikes.txt`: words of two or three characters that start with a surname and are not personal
names: places and organisations (tagged `ns`, `nt`), every other word not tagged as a name, and
words tagged as names but too frequent to be one (`黄金周`, `高新区`): `方面`, `周边`, `江西`. A byline
read without a role word or a byline mark never takes one of these as a name, nor does a run of
characters split into names.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import jieba
import opencc

HERE = Path(__file__).resolve().parent
MAX_NAME_FREQ = 200
LOOKALIKE_FREQ = 1  # every word jieba knows and does not tag as a name
GIVEN_PRIOR, TEXT_PRIOR = 0.5, 50.0  # additive smoothing of the two counts


def surnames() -> tuple[set[str], set[str]]:
    words = [
        w
        for line in (HERE / "surnames.txt").read_text("utf-8").splitlines()
        if not line.startswith("#")
        for w in line.split()
    ]
    return {w for w in words if len(w) == 1}, {w for w in words if len(w) == 2}


def count(path: Path) -> tuple[Counter, Counter, Counter, list[str]]:
    single, double = surnames()
    given: Counter[str] = Counter()
    sur: Counter[str] = Counter()
    text: Counter[str] = Counter()
    lookalikes: list[str] = []
    for line in path.read_text("utf-8").splitlines():
        word, freq, tag = line.split()
        starts = len(word) in (2, 3) and (word[0] in single or word[:2] in double)
        if starts and (tag in ("ns", "nt") or int(freq) >= LOOKALIKE_FREQ and tag not in ("nr", "nrt")):
            lookalikes.append(word)  # places, organisations, common words
        if tag in ("nr", "nrt"):
            if int(freq) > MAX_NAME_FREQ:
                lookalikes.extend([word] if starts else [])  # `黄金周`, `高新区`: tagged nr, used as words
                continue
            head = 2 if word[:2] in double and len(word) in (3, 4) else 1
            if len(word) in (2, 3) and word[0] in single or head == 2:
                sur[word[:head]] += 1
                given.update(word[head:])
            continue
        for c in word:
            text[c] += int(freq)
    return given, sur, text, lookalikes


def main(out: Path = HERE) -> None:
    given, sur, text, lookalikes = count(Path(jieba.__file__).parent / "dict.txt")
    g_total, s_total, t_total = sum(given.values()), sum(sur.values()), sum(text.values())

    def odds(n: int, total: int, c: str) -> float:
        return math.log((n + GIVEN_PRIOR) / total) - math.log((text[c] + TEXT_PRIOR) / t_total)

    common = {c for c, _ in text.most_common(4000)}
    chars = set(given) | set(sur) | common
    rows = ["# char\tgiven\tsurname  (natural-log odds against running text; see build_name_chars.py)"]
    traditional = opencc.OpenCC("s2t")
    for c in sorted(chars):
        s = f"{odds(sur[c], s_total, c):.2f}" if c in sur else ""
        row = f"\t{odds(given[c], g_total, c):.2f}\t{s}"
        t = traditional.convert(c)  # names printed in traditional script score as their simplified form
        rows += [c + row] + ([t + row] if len(t) == 1 and t != c and t not in chars else [])
    (out / "name_chars.tsv").write_text("\n".join(rows) + "\n", "utf-8")
    head = "# common words that start with a surname (see build_name_chars.py)"
    (out / "name_lookalikes.txt").write_text("\n".join([head, *sorted(set(lookalikes))]) + "\n", "utf-8")


if __name__ == "__main__":
    main()
