"""Precision and recall of the initiative extractor on the real reports' clean text:

    PYTHONPATH=$PWD python -m evaluation.initiatives [--split dev|dev-a|dev-b|test|all] [--half a|b] [--noise]

Recall is `evaluation.clean`'s: the reports' annotated names found by the shared scorer's rule.
Precision needs more, because the annotated lists may be incomplete: an extracted name that is not
in its report's list is not necessarily wrong. So every such name was judged by hand, reading it in
its report, in `data/initiative_judgements.tsv`: the report's id, the first 12 hex digits of the
SHA-1 of the name as extracted (no report text enters the repository), a verdict and a short reason:

* coined: a coined name of a practice, mechanism, team, platform, brand or place-brand;
* not: anything else (a generic term, a common word or a slogan in quotes, a fragment, a name cut
  short or run on, an honorary title);
* unsure: left out of precision, counted apart.

An extracted name equal to an annotated one (after the scorer's `norm`) is correct without a
judgement. Precision is correct / (correct + not) over the distinct names of each report. Names
with no judgement yet are listed, with their report and hash, so that the file can be extended when
the extractor changes.

`--split dev-a|dev-b` keeps one of the dev halves every other evaluation uses (`reports.half_of`).
`--half a|b` keeps one half of the split (fixed by the id, `half_of`): look at the misses of one
half, confirm a change on the other. `--noise` also measures recall with the clean text printed the
ways pages print it (`NOISES`: hard wraps inside or after a quoted name or at a column's width,
stacked quotation marks, spaced-out characters, traditional script, ASCII or corner quotes), each
report's noise drawn from its id: what the extractor loses to a page's print, apart from segmentation.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from evaluation import clean, reports
from transforms.initiatives import canonical_name, extract_initiatives
from transforms.script import simplified, traditional

JUDGEMENTS = Path(__file__).parent / "data" / "initiative_judgements.tsv"
COLUMNS = ["report_id", "name_sha1", "verdict", "reason"]
VERDICTS = ("coined", "not", "unsure")


def name_hash(name: str) -> str:
    """How a judged name is keyed: the first 12 hex digits of the SHA-1 of its UTF-8 bytes."""
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def load_judgements(path: Path = JUDGEMENTS) -> dict[tuple[str, str], str]:
    """(report id, name hash) -> verdict. A malformed file is an error that says which row."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    judgements: dict[tuple[str, str], str] = {}
    for number, row in enumerate(rows, start=2):
        if list(row) != COLUMNS or None in row.values() or row["verdict"] not in VERDICTS:
            raise ValueError(f"{path}:{number}: want {COLUMNS} with a verdict in {VERDICTS}, got {row}")
        key = (row["report_id"], row["name_sha1"])
        if key in judgements:
            raise ValueError(f"{path}:{number}: {key} is judged twice")
        judgements[key] = row["verdict"]
    return judgements


@dataclass
class Precision:
    """Distinct extracted names of a split, by how they were judged."""

    correct: int = 0
    wrong: int = 0
    unsure: int = 0
    unjudged: list[str] = field(default_factory=list)  # "report id, hash, name" to judge

    def value(self) -> float | None:
        judged = self.correct + self.wrong
        return self.correct / judged if judged else None


def tally(
    report_id: str,
    names: list[str],
    annotated: list[str],
    judgements: dict[tuple[str, str], str],
    into: Precision,
) -> None:
    """Add one report's distinct extracted names to the count: annotated or judged coined are
    correct, judged not are wrong, unsure and unjudged are kept apart."""
    norm = clean.scorer().norm
    gold = {norm(a) for a in annotated}
    for name in dict.fromkeys(names):
        verdict = "coined" if norm(name) in gold else judgements.get((report_id, name_hash(name)))
        if verdict == "coined":
            into.correct += 1
        elif verdict == "not":
            into.wrong += 1
        elif verdict == "unsure":
            into.unsure += 1
        else:
            into.unjudged.append(f"{report_id}\t{name_hash(name)}\t{name}")


PRINTED_QUOTE = re.compile(r"“([^“”\n]{2,40})”")


def _wrap_inside(text: str, rng: random.Random) -> str:
    """A hard wrap at a random place inside every quoted phrase (“红色物\\n业”)."""

    def wrapped(quote: re.Match[str]) -> str:
        phrase = quote.group(1)
        cut = rng.randint(1, len(phrase) - 1)
        return f"“{phrase[:cut]}\n{phrase[cut:]}”"

    return PRINTED_QUOTE.sub(wrapped, text)


def _wrap_after(text: str, rng: random.Random) -> str:
    """A hard wrap right after every closing mark that a Chinese character follows (“红驿先锋”\\n志愿服务队)."""
    return re.sub(r"”(?=[\u4e00-\u9fff])", "”\n", text)


def _column(text: str, rng: random.Random) -> str:
    """Every paragraph hard-wrapped at one column width of 12-22 characters, none of it repaired."""
    width = rng.randint(12, 22)
    return "\n".join("\n".join(p[i : i + width] for i in range(0, len(p), width)) for p in text.split("\n"))


def _stacked(text: str, rng: random.Random) -> str:
    """Each quoted phrase in stacked marks, as an overprinted page gives them: 「““红色物业””」."""
    return PRINTED_QUOTE.sub(lambda q: f"「““{q.group(1)}””」", text)


def _doubled_marks(text: str, rng: random.Random) -> str:
    return text.replace("“", "““").replace("”", "””")


def _ascii(text: str) -> str:
    return text.replace("“", '"').replace("”", '"')


def _spaced(text: str, rng: random.Random) -> str:
    return "\n".join(" ".join(line) for line in text.split("\n"))


NOISES: dict[str, Callable[[str, random.Random], str]] = {
    "clean": lambda text, rng: text,
    "wrap inside quote": _wrap_inside,
    "wrap after quote": _wrap_after,
    "column wraps": _column,
    "stacked marks": _stacked,
    "doubled marks": _doubled_marks,
    "spaced out": _spaced,
    "traditional": lambda text, rng: traditional(text),
    "ASCII quotes": lambda text, rng: _ascii(text),
    "ASCII, wrap inside": lambda text, rng: _ascii(_wrap_inside(text, rng)),
    "corner quotes": lambda text, rng: text.replace("“", "「").replace("”", "」"),
}


def printed_as(noise: str, text: str, seed: str) -> str:
    """The text printed with one of `NOISES`, its random choices drawn from ``seed``."""
    return NOISES[noise](text, random.Random(seed))


def half_of(report_id: str) -> str:
    """'a' or 'b': a second, independent hash of the id halves a split."""
    return "ab"[int(hashlib.sha256(report_id.encode()).hexdigest()[8:16], 16) % 2]


def load(split: str, half: str | None = None) -> list[dict]:
    return [r for r in reports.load(split) if half is None or half_of(r["id"]) == half]


def evaluate(
    split: str, judgements: dict[tuple[str, str], str], half: str | None = None
) -> tuple[Precision, clean.Tally]:
    """Precision over the split's extracted names and `evaluation.clean`'s tally (for recall)."""
    precision, recall = Precision(), clean.Tally()
    for report in load(split, half):
        facts = clean.extract(report)
        tally(report["id"], facts.initiatives, report["initiatives"], judgements, precision)
        clean.score(report, facts, recall)
    return precision, recall


def noisy_recall(split: str, noise: str, half: str | None = None) -> tuple[int, int]:
    """(found, annotated) names of the split with its text printed with one of `NOISES`, by the
    scorer's rule, names and annotations compared in simplified script."""
    norm, hit, total = clean.scorer().norm, 0, 0
    for report in load(split, half):
        title = " ".join(x for x in (report.get("title"), report.get("subtitle")) if x)
        shown = printed_as(noise, title + "\n" + report["body"], report["id"])
        found = [
            norm(simplified(canonical_name(i.printed or i.name)))
            for i in extract_initiatives(simplified(shown), shown)
        ]
        for name in (norm(simplified(a)) for a in report["initiatives"]):
            total += 1
            hit += any(name == x or (name in x and len(x) <= len(name) + 6) for x in found)
    return hit, total


def percent(hit: int, total: int) -> str:
    return f"{100 * hit / total:5.1f}% ({hit}/{total})" if total else "    -"


def table(split: str, precision: Precision, recall: clean.Tally) -> str:
    judged = precision.correct + precision.wrong
    lines = [
        f"{split}: {recall.reports} reports",
        f"  initiatives precision {percent(precision.correct, judged)}",
        f"  initiatives recall    {percent(recall.init_hit, recall.init_gold)}",
        f"  unsure {precision.unsure}, unjudged {len(precision.unjudged)}",
    ]
    return "\n".join(lines + [f"  unjudged\t{u}" for u in precision.unjudged])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "dev-a", "dev-b", "test", "all"], default="dev")
    parser.add_argument("--half", choices=["a", "b"], help="one half of the split (half_of)")
    parser.add_argument("--noise", action="store_true", help="recall under each page noise too")
    args = parser.parse_args(argv)
    if not reports.available():
        print(f"no reports at {reports.REPORTS}: nothing to evaluate")
        return 2
    judgements = load_judgements()
    for split in ["dev", "test"] if args.split == "all" else [args.split]:
        name = f"{split}-{args.half}" if args.half else split
        print(table(name, *evaluate(split, judgements, args.half)))
        for noise in NOISES if args.noise else []:
            print(f"  recall, {noise:<18}{percent(*noisy_recall(split, noise, args.half))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
