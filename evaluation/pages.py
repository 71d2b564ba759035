"""Score the product on simulated pages and on the shared sample pages, with the shared scorer.

    python -m evaluation.pages [--split dev|test|all] [--count 40] [--seed 1000] [--out DIR] [--families a,b]
                               [--generator main|alt|third|template|blind|blind2|blind3|blind4|blind5|blind6|blind7|blind8]

Lays out `count` pages of the split's reports (`evaluation.simulate`, or with `--generator alt` / `third`
the independently written `evaluation.simulate_alt` / `evaluation.simulate_third`, or with `--generator
template` the sample pages' layouts refilled, `evaluation.simulate_template`; with `--generator blind` `evaluation.simulate_blind`, written from
the sample pages alone; with `--generator blind2` `evaluation.simulate_blind2` and `--generator blind3`
`evaluation.simulate_blind3`, a second and a third one written the same way; `--generator blind4`
`evaluation.simulate_blind4`, a fourth that models a PDF extractor's reading orders; `--generator blind5`
`evaluation.simulate_blind5`, a fifth that mixes the sample pages' layouts within one page; `--generator blind6`
`evaluation.simulate_blind6`, a sixth with random choices of its own; `--generator blind7`
`evaluation.simulate_blind7`, a seventh written blind; `--generator blind8` `evaluation.simulate_blind8`,
an eighth written blind, a measure nobody tuned on), stages each with the product's
own per-file transform (`transforms.page.stage_page`), publishes them into a fresh warehouse without the
Great Expectations gate (the gate decides which files load, not what they hold), then runs
`../shared/tools/score_warehouse.py` on all pages, on each layout family, and on `../shared/samples`,
and prints each TOTAL line. Pages and warehouses go to a temporary folder unless `--out` names one.
`--split all` takes every report: for a report set read through JICENG_SHARED that nobody tuned on,
where the dev/test split means nothing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from evaluation import reports as report_store
from evaluation import (
    simulate,
    simulate_alt,
    simulate_blind,
    simulate_blind2,
    simulate_blind3,
    simulate_blind4,
    simulate_blind5,
    simulate_blind6,
    simulate_blind7,
    simulate_blind8,
    simulate_template,
    simulate_third,
)

SCORER = report_store.SHARED / "tools" / "score_warehouse.py"
SAMPLES = report_store.SHARED / "samples"
SAMPLE_GOLD = report_store.SHARED / "gold"
# alt and third: written apart from main (and third from the samples alone), to test generalising;
# template: the sample pages' own layouts, parsed at run time and refilled with reports
GENERATORS = {
    "main": simulate,
    "alt": simulate_alt,
    "third": simulate_third,
    "template": simulate_template,
    "blind": simulate_blind,
    "blind2": simulate_blind2,
    "blind3": simulate_blind3,
    "blind4": simulate_blind4,
    "blind5": simulate_blind5,
    "blind6": simulate_blind6,
    "blind7": simulate_blind7,
    "blind8": simulate_blind8,
}


def build_warehouse(files: list[Path], warehouse: Path) -> None:
    """Stage every file with the product's transform and publish all of them, loaded, in one step."""
    from expectations.gate import Verdict
    from transforms.page import batch_frames, stage_page
    from warehouse import publish
    from warehouse.store import writable_copy

    staged = [stage_page(str(f), f.read_bytes()) for f in files]
    frames = batch_frames(staged)
    verdicts = [Verdict(s.file_id, "loaded", None) for s in staged]
    with writable_copy(warehouse) as con:
        publish.facts(con, frames)
        publish.file_rows(con, frames["file"], verdicts, "evaluation")


def score(warehouse: Path, gold: Path, verbose: bool = False) -> str:
    """The scorer's output: its TOTAL line, or every line with -v."""
    args = [sys.executable, str(SCORER), str(warehouse), "--gold", str(gold)] + (["-v"] if verbose else [])
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return out if verbose else next(line for line in out.splitlines() if line.startswith("TOTAL"))


def evaluate(
    split: str | None,
    count: int,
    seed: int,
    out: Path,
    families: tuple[str, ...] | None,
    verbose: bool,
    generator=simulate,
) -> None:
    sims = generator.pages(split, count, seed, families)
    generator.write(out, sims)
    warehouse = out / "sim.duckdb"
    warehouse.unlink(missing_ok=True)
    build_warehouse(sorted((out / "pages").glob("*.txt")), warehouse)
    print(
        f"simulated {split or 'all'} pages ({len(sims)}, seed {seed}): {score(warehouse, out / 'gold' / 'all')}"
    )
    for family in families or generator.FAMILIES:
        if (out / "gold" / family).is_dir():
            print(f"  {family:20s} {score(warehouse, out / 'gold' / family).removeprefix('TOTAL ')}")
    if verbose:
        print(score(warehouse, out / "gold" / "all", verbose=True))


def evaluate_samples(out: Path, verbose: bool) -> None:
    warehouse = out / "samples.duckdb"
    warehouse.unlink(missing_ok=True)
    build_warehouse(sorted(SAMPLES.glob("*.txt")), warehouse)
    print(f"shared samples: {score(warehouse, SAMPLE_GOLD, verbose)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--split",
        choices=["dev", "test", "all"],
        default="dev",
        help="dev (default); `make eval` asks for test",
    )
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1000)
    ap.add_argument("--families", help="comma-separated layout families (default: all)")
    ap.add_argument(
        "--out", type=Path, help="keep pages, gold and warehouses here (default: a temporary folder)"
    )
    ap.add_argument(
        "--generator", choices=sorted(GENERATORS), default="main", help="page simulator (default: main)"
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="the scorer's misses, page by page")
    args = ap.parse_args(argv)
    if not (report_store.available() and SCORER.is_file()):
        print(f"the shared reports or scorer are not at {report_store.SHARED}: nothing to evaluate")
        return 2
    families = tuple(args.families.split(",")) if args.families else None
    with tempfile.TemporaryDirectory(prefix="jiceng-eval-") as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        generator = GENERATORS[args.generator]
        split = None if args.split == "all" else args.split
        evaluate(split, args.count, args.seed, out, families, args.verbose, generator)
        if SAMPLES.is_dir():
            evaluate_samples(out, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
