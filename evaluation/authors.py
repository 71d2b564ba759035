"""Authors from bylines, scored on the real reports of `../shared/reports` (names, not roles).

    PYTHONPATH=$PWD python -m evaluation.authors [--split dev|test|all] [-v]

For each report of the split: the names parsed from its `byline` as printed; where the byline is null,
the names of a dateline/byline opening the body's first line (`本报讯（记者 …）`), if any. Scored
against the report's `authors` as multisets: precision, recall and the share of reports exactly right.
Then the three shared sample pages, where their gold is present: every line read as a byline (a line of
its own, a closing `（…）`, a photo credit, or a dateline's byline), the page's names against the
union of its gold articles' authors. Tune on dev only; test is for closing notes.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass

from evaluation import reports
from transforms import bylines

SAMPLES = reports.SHARED / "samples"
GOLD = reports.SHARED / "gold"


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    right: int = 0
    exact: int = 0
    items: int = 0

    def add(self, gold: list[str], found: list[str]) -> bool:
        right = sum((Counter(gold) & Counter(found)).values())
        self.gold, self.found, self.right, self.items = (
            self.gold + len(gold),
            self.found + len(found),
            self.right + right,
            self.items + 1,
        )
        ok = right == len(gold) == len(found)
        self.exact += ok
        return ok

    def line(self, label: str) -> str:
        p = self.right / self.found if self.found else 1.0
        r = self.right / self.gold if self.gold else 1.0
        return (
            f"{label:<10} precision {p:.3f} ({self.right}/{self.found})  recall {r:.3f} "
            f"({self.right}/{self.gold})  exact {self.exact}/{self.items}"
        )


def report_names(report: dict) -> list[str]:
    """The names the product reads for one report: its byline, else its body's opening line."""
    if report.get("byline"):
        found = bylines.read(report["byline"])
        return [a.name for a in found] if found else []
    first = (report.get("body") or "").split("\n", 1)[0]
    opened = bylines.opening(first)
    return [a.name for a in opened[1]] if opened else []


def page_names(text: str) -> list[str]:
    """Every name a page's lines sign with, in any byline form."""
    names: list[str] = []
    for raw in text.replace("\r", "").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if found := bylines.read(line):
            names += [a.name for a in found]
            continue
        opened = bylines.opening(line)
        names += [a.name for a in opened[1]] if opened else []
        for finder in (bylines.trailing, bylines.photo):
            if hit := finder(line):
                names += [a.name for a in hit[1]]
                break
    return names


def score_reports(split: str | None, verbose: bool) -> Score:
    score = Score()
    for r in reports.load(split):
        found = report_names(r)
        if not score.add(r["authors"], found) and verbose:
            print(f"  {r['id'][:8]} {r.get('byline')!r}: gold {r['authors']} found {found}")
    return score


def score_samples(verbose: bool) -> Score | None:
    if not GOLD.is_dir() or not SAMPLES.is_dir():
        return None
    score = Score()
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        page = SAMPLES / gold["file"]
        if not page.is_file():
            continue
        expected = [n for art in gold["articles"] for n in art.get("authors") or []]
        found = page_names(page.read_text(encoding="utf-8"))
        if not score.add(expected, found) and verbose:
            print(f"  {gold['file']}: gold {sorted(expected)} found {sorted(found)}")
    return score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every report not exactly right")
    args = ap.parse_args(argv)
    if not reports.available():
        print(f"skipped: {reports.REPORTS} is absent")
        return 0
    print(score_reports(None if args.split == "all" else args.split, args.verbose).line(args.split))
    samples = score_samples(args.verbose)
    print(samples.line("samples") if samples else f"samples: skipped, {GOLD} is absent")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
