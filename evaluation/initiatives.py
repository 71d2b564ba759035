"""Precision and recall of the initiative extractor on the real reports' clean text:

    PYTHONPATH=$PWD python -m evaluation.initiatives [--split dev|test|all]

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
"""

from __future__ import annotations

import argparse
import csv
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from evaluation import clean, reports

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


def evaluate(split: str, judgements: dict[tuple[str, str], str]) -> tuple[Precision, clean.Tally]:
    """Precision over the split's extracted names and `evaluation.clean`'s tally (for recall)."""
    precision, recall = Precision(), clean.Tally()
    for report in reports.load(split):
        facts = clean.extract(report)
        tally(report["id"], facts.initiatives, report["initiatives"], judgements, precision)
        clean.score(report, facts, recall)
    return precision, recall


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
    parser.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    args = parser.parse_args(argv)
    if not reports.available():
        print(f"no reports at {reports.REPORTS}: nothing to evaluate")
        return 2
    judgements = load_judgements()
    for split in ["dev", "test"] if args.split == "all" else [args.split]:
        print(table(split, *evaluate(split, judgements)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
