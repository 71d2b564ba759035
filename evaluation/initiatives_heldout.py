"""Recall and precision of the initiative extractor on passages written for the purpose, not taken
from the reports (``data/initiative_heldout22.tsv``), so that rules fitted to the dev reports show
what they miss on coined names nobody here has seen:

    PYTHONPATH=$PWD python -m evaluation.initiatives_heldout [-v] [--passages FILE]

Each passage is read as `evaluation.clean` reads a report (its simplified copy, names as printed);
``\n`` written in a passage (a backslash and an n) is a hard wrap, a line break a page's column left
inside it (“红\n色先锋”突击队), as a row of the file holds one line.
An annotated name is found by the shared scorer's rule (the name, or the name inside an extracted
one with at most 6 characters more), any of its spellings (``/``) counting; an extracted name is
right when it finds an annotated name by that rule. Names are compared in simplified script, with
the scorer's `norm` where the scorer is there (else without spaces and quotation marks).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from evaluation import clean
from transforms.initiatives import canonical_name, extract_initiatives
from transforms.script import simplified

HELD_OUT = Path(__file__).parent / "data" / "initiative_heldout22.tsv"
SLACK = 6  # the shared scorer's: a name inside an extracted one with at most this many more characters
WRAP = "\\n"  # a hard wrap as a passage's row writes it
NOT_NAME = re.compile(r"[\s“”「」『』\"'‘’：:，,·、。()（）—\-]+")


@dataclass(frozen=True)
class Passage:
    text: str
    names: list[list[str]]  # each annotated name as its accepted spellings


@dataclass
class Score:
    found: int = 0
    annotated: int = 0
    right: int = 0
    extracted: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)


def passages(path: Path = HELD_OUT) -> list[Passage]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    out = []
    for number, row in enumerate(rows, start=1):
        if not row[0].strip() or row[0].startswith("#"):
            continue
        if len(row) != 2 or not row[1].strip():
            raise ValueError(f"{path}:{number}: want passage<TAB>names, got {row}")
        names = [] if row[1] == "-" else [spellings.split("/") for spellings in row[1].split("|")]
        out.append(Passage(row[0].replace(WRAP, "\n"), names))
    return out


def normaliser() -> Callable[[str], str]:
    """The scorer's `norm` in simplified script, or a plain stand-in where ../shared is absent."""
    norm = clean.scorer().norm if clean.SCORER.is_file() else lambda s: NOT_NAME.sub("", s)
    return lambda name: norm(simplified(name)).upper()


def finds(extracted: str, annotated: str) -> bool:
    return annotated == extracted or (annotated in extracted and len(extracted) <= len(annotated) + SLACK)


def extracted_names(text: str) -> list[str]:
    """The names of one passage, as `evaluation.clean.extract` gives a report's."""
    return [canonical_name(i.printed or i.name) for i in extract_initiatives(simplified(text), text)]


def score(rows: list[Passage]) -> Score:
    norm, tally = normaliser(), Score()
    for passage in rows:
        got = list(dict.fromkeys(extracted_names(passage.text)))
        found = [norm(x) for x in got]
        gold = [[norm(s) for s in spellings] for spellings in passage.names]
        for spellings, shown in zip(gold, passage.names, strict=True):
            tally.annotated += 1
            if any(finds(x, g) for x in found for g in spellings):
                tally.found += 1
            else:
                tally.misses.append(f"missed {shown[0]}\t{passage.text}")
        for x, shown in zip(found, got, strict=True):
            tally.extracted += 1
            if any(finds(x, g) for spellings in gold for g in spellings):
                tally.right += 1
            else:
                tally.extras.append(f"extra  {shown}\t{passage.text}")
    return tally


def percent(hit: int, total: int) -> str:
    return f"{100 * hit / total:5.1f}% ({hit}/{total})" if total else "    -"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra name")
    parser.add_argument("--passages", type=Path, default=HELD_OUT)
    args = parser.parse_args(argv)
    rows = passages(args.passages)
    tally = score(rows)
    if args.verbose:
        print("\n".join(tally.misses + tally.extras))
    print(f"{args.passages.name}: {len(rows)} passages")
    print(f"  initiatives recall    {percent(tally.found, tally.annotated)}")
    print(f"  initiatives precision {percent(tally.right, tally.extracted)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
