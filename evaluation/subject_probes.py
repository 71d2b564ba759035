"""What each figure counts (fact_metric.subject) on sentences written for the purpose, not taken
from the reports, so that a rule fitted to the dev reports shows where it fails on other phrasing:

    PYTHONPATH=$PWD python -m evaluation.subject_probes [-v] [--probes evaluation/data/subject_heldout.tsv]

Each row of ``data/subject_probes.tsv`` is a sentence, a figure as printed and the subject a reader
would annotate (``-``: none; ``!``: a figure that is no metric, which must not be extracted, scored
apart as metric precision). A subject is right by the shared scorer's rule (`subject_match`) when
the scorer is there, else by equality; a figure the extractor does not find is counted apart (the
units it needs, 盏, 类, are not the subject's business). A range is one figure as printed (80至120人),
right when both its ends are.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from evaluation import clean, reports
from transforms.metrics import RANGE_MARK, extract_metrics

PROBES = Path(__file__).parent / "data" / "subject_probes.tsv"
HELD_OUT = Path(__file__).parent / "data" / "subject_heldout.tsv"  # round 20's sets (--probes to score them)


def probes(path: Path = PROBES) -> list[tuple[str, str, str | None]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [(s, fig, None if gold == "-" else gold) for s, fig, gold in rows]


def matcher() -> Callable[[str, str | None], bool]:
    """The scorer's subject rule; where ../shared is absent (a clean clone on its own), the rule as
    issue 18 states it, so that the probes and their tests read the same either way."""
    if reports.SHARED.joinpath("tools", "score_warehouse.py").is_file():
        return clean.scorer().subject_match
    return stated_rule


def stated_rule(gold: str, got: str | None) -> bool:
    """Right when the annotated subject lies inside the extracted one with at most 4 characters more,
    or the extracted one inside it with at least half its length (spaces ignored)."""
    g, x = "".join(gold.split()), "".join((got or "").split())
    if not g or not x:
        return False
    return (g in x and len(x) <= len(g) + 4) or (x in g and 2 * len(x) >= len(g))


NOT_METRIC = "!"


def verdict(sentence: str, figure: str, gold: str | None, match: Callable) -> tuple[str, str | None]:
    """("no figure", "right" or "wrong") of one probe, and the subject extracted; for a figure that is
    no metric, "kept out" or "false metric"."""
    metrics = extract_metrics(sentence)
    found = [m for m in metrics if figure in m.raw_text][:1] or _ends_within(metrics, sentence, figure)
    if gold == NOT_METRIC:
        return ("false metric", found[0].subject) if found else ("kept out", None)
    if not found:
        return "no figure", None
    # the first figure holding the probe's text, or every end of a range (each must be right)
    wrong = [m.subject for m in found if not _right(gold, m.subject, match)]
    return ("wrong", wrong[0]) if wrong else ("right", found[0].subject)


def _right(gold: str | None, got: str | None, match: Callable) -> bool:
    return got is None if gold is None else got is not None and match(gold, got)


def _ends_within(metrics: list, sentence: str, figure: str) -> list:
    """The metrics printed inside a figure as the reports annotate it: a range (150至200名) is one
    figure as printed, which the extractor reads as two ends at their places (150, 200名); both
    must count the same thing."""
    at = sentence.find(figure)
    if at < 0 or not RANGE_MARK.search(figure):
        return []
    return [m for m in metrics if at <= m.char_start and m.char_end <= at + len(figure)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong subject")
    parser.add_argument(
        "--probes", type=Path, default=PROBES, help=f"another file of probes ({HELD_OUT.name})"
    )
    args = parser.parse_args(argv)
    match = matcher()
    counts = {"right": 0, "wrong": 0, "no figure": 0, "kept out": 0, "false metric": 0}
    for sentence, figure, gold in probes(args.probes):
        outcome, got = verdict(sentence, figure, gold, match)
        counts[outcome] += 1
        if args.verbose and outcome in ("wrong", "false metric"):
            print(f"{figure} in {sentence}: {got} != {gold}")
    judged = counts["right"] + counts["wrong"]
    print(f"subject {counts['right']}/{judged} of the figures found; {counts['no figure']} figures not found")
    if non_metrics := counts["kept out"] + counts["false metric"]:
        print(f"non-metrics {counts['kept out']}/{non_metrics} kept out")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
