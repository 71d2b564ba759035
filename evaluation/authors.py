"""Authors from bylines, scored on the real reports of `../shared/reports` (names, not roles).

    PYTHONPATH=$PWD python -m evaluation.authors [--split dev|test|all] [-v] [--timeit]

For each report of the split: the names parsed from its `byline` as printed; where the byline is null,
the names of a dateline/byline opening the body's first line (`本报讯（记者 …）`), if any. Scored
against the report's `authors` as multisets: precision, recall and the share of reports exactly right.
Then the same names laid out in every byline form pages print (`FORMS`: parentheses, box marks, role
words, datelines, credits, units, separators or none, two-character names spaced out, a bare line),
each read back, per form. Then the three shared sample pages, where their gold is present: every line
read as a byline (a line of its own, a closing `（…）`, a photo credit, or a dateline's byline), the
page's names against the union of its gold articles' authors. And the other way round: the reports'
headlines and the lines of their bodies after the first paragraph, wrapped at several column widths and cut
at clauses, none of which is a byline: how many `read` takes for one (false bylines). Tune on dev only;
test is for closing notes.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import timeit
from collections import Counter
from collections.abc import Callable
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


def _spaced(name: str) -> str:
    return " ".join(name) if len(name) == 2 else name


def _roles(ns: list[str]) -> str:
    return f"记者 {ns[0]}" + (f" 通讯员 {' '.join(ns[1:])}" if len(ns) > 1 else "")


# Each form lays out a list of names as a byline line (the place and outlet words are invented).
FORMS: dict[str, Callable[[list[str]], str]] = {
    "paren": lambda ns: f"（{' '.join(ns)}）",
    "box": lambda ns: f"□ {' '.join(ns)}",
    "box_role": lambda ns: f"■记者 {' '.join(ns)}",
    "dateline_paren": lambda ns: f"本报讯（{_roles(ns)}）",
    "own_line_roles": lambda ns: f"本报{_roles(ns)}",
    "photo": lambda ns: f"{' '.join(ns)} 摄",
    "credit": lambda ns: f"文/图 {' '.join(ns)}",
    "dated_electric": lambda ns: f"某地9月18日电 ({' '.join(ns)})",
    "agency": lambda ns: f"新华社某地3月1日电（记者 {' '.join(ns)}）",
    "enumeration": lambda ns: f"通讯员 {'、'.join(ns)}",
    "commas": lambda ns: f"记者 {'，'.join(ns)}",
    "glued_paren": lambda ns: f"（{''.join(ns)}）",
    "glued_roles": lambda ns: f"（记者{ns[0]}" + (f"通讯员{''.join(ns[1:])}）" if len(ns) > 1 else "）"),
    "spaced": lambda ns: f"（{' '.join(_spaced(n) for n in ns)}）",
    "unit": lambda ns: f"{' '.join(ns)} （某某县融媒体中心）",
    "outlet": lambda ns: f"某某日报/某某新闻记者 {' '.join(ns)}",
    "bare": lambda ns: " ".join(ns),
}


def score_forms(split: str | None, verbose: bool) -> dict[str, Score]:
    scores = {form: Score() for form in FORMS}
    for r in reports.load(split):
        if not r["authors"]:
            continue
        for form, lay_out in FORMS.items():
            line = lay_out(r["authors"])
            found = bylines.read(line)
            names = [a.name for a in found] if found else []
            if not scores[form].add(r["authors"], names) and verbose:
                print(f"  {form}: {line!r} -> {names}")
    return scores


WIDTHS = (8, 10, 12, 15, 20, 25)
_CLAUSE = re.compile(r"[。，；！？]")


def text_lines(report: dict) -> list[str]:
    """Lines that are not bylines: the headline, and the body after its first paragraph (which may open
    with a dateline's byline) wrapped at each of WIDTHS and cut at clauses."""
    lines = [t for t in (report.get("title"), report.get("subtitle")) if t]
    for para in (report.get("body") or "").split("\n")[1:]:
        lines += [para[i : i + w] for w in WIDTHS for i in range(0, len(para), w)]
        lines += [c for c in _CLAUSE.split(para) if c]
    return [x.strip() for x in lines if x.strip()]


def false_bylines(split: str | None, verbose: bool) -> tuple[int, int]:
    lines = [x for r in reports.load(split) for x in text_lines(r)]
    false = [x for x in lines if bylines.read(x)]
    for x in false if verbose else []:
        print(f"  false byline: {x!r}")
    return len(false), len(lines)


def false_openings(split: str | None, verbose: bool) -> tuple[int, int]:
    """Text the product might take for a paragraph opened by a byline (`bylines.byline_opening`): every
    paragraph but the first, and every line of `text_lines`, each with the text after it."""
    heads = []
    for r in reports.load(split):
        paras = (r.get("body") or "").split("\n")[1:]
        heads += [p for p in paras if p.strip()] + text_lines(r)
    false = [x for x in heads if bylines.byline_opening(x)]
    for x in false if verbose else []:
        print(f"  false opening byline: {x[:40]!r}")
    return len(false), len(heads)


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


def time_per_line() -> None:
    """CPU microseconds a line of `bylines.byline_features` and of `bylines.read` over the sample pages'
    non-blank lines (the reports' text lines where the samples are absent); best of five, with the
    name caches emptied before each pass so that no line is scored from an earlier pass."""
    pages = sorted(SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []
    lines = [x.strip() for p in pages for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = lines or [x for r in reports.load("dev") for x in text_lines(r)]
    for name, fn in (("byline_features", bylines.byline_features), ("read", bylines.read)):

        def run(fn: Callable[[str], object] = fn) -> None:
            bylines.name_score.cache_clear()
            bylines._plausible.cache_clear()
            for x in lines:
                fn(x)

        best = min(timeit.repeat(run, number=1, repeat=5, timer=time.process_time))
        print(f"{name}: {best / len(lines) * 1e6:.1f} us a line over {len(lines)} lines (CPU time)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every report not exactly right")
    ap.add_argument("--timeit", action="store_true", help="also time byline_features and read a line")
    args = ap.parse_args(argv)
    if not reports.available():
        print(f"skipped: {reports.REPORTS} is absent")
        return 0
    split = None if args.split == "all" else args.split
    print(score_reports(split, args.verbose).line(args.split))
    forms = score_forms(split, args.verbose)
    total = Score()
    for form, score in forms.items():
        print(score.line(f"  {form}"))
        for k in ("gold", "found", "right", "exact", "items"):
            setattr(total, k, getattr(total, k) + getattr(score, k))
    print(total.line("forms"))
    false, lines = false_bylines(split, args.verbose)
    print(f"text lines read as bylines: {false} of {lines}")
    false, lines = false_openings(split, args.verbose)
    print(f"text read as opening with a byline: {false} of {lines}")
    samples = score_samples(args.verbose)
    print(samples.line("samples") if samples else f"samples: skipped, {GOLD} is absent")
    if args.timeit:
        time_per_line()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
