"""The fact extractors on each real report's own headline and body (no page layout), scored against
the report's annotations:

    PYTHONPATH=$PWD python -m evaluation.clean [--split dev|dev-a|dev-b|test|all] [-v]

The extractors are called the way `transforms.page.stage_page` calls them on an article (simplified
text, `places` + `primary_region`, `extract_metrics`, `extract_initiatives`); authors come from
the report's printed `byline` through `transforms.bylines`. The matching rules are the shared
scorer's (`../shared/tools/score_warehouse.py`, imported at evaluation time):

* region: province, city and county of the primary region all equal to the annotation (a null
  county or city must be null);
* metrics: a row is right when value and unit equal an annotated figure's. Every report is annotated
  completely, so extra rows count against precision, except counts written only in Chinese
  numerals (`四个`, `近七成`), which the reports' README makes optional: neither required nor wrong;
* qualifier: of the annotated figures found, those found with the annotated qualifier;
* subject: of the annotated figures found that have a subject, those whose subject the scorer's
  `subject_match` accepts;
* initiatives: the scorer's rule (the annotated name, or the name inside an extracted one with at
  most 6 characters more);
* authors: the annotated names among the parsed ones.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
from dataclasses import dataclass, field, replace
from functools import cache
from types import ModuleType

from evaluation import reports
from transforms import bylines
from transforms.initiatives import canonical_name, extract_initiatives
from transforms.localities import places
from transforms.metrics import Metric, extract_metrics
from transforms.page import _printed
from transforms.regions import _regions, primary_region
from transforms.script import simplified

SCORER = reports.SHARED / "tools" / "score_warehouse.py"
ARABIC = re.compile(r"\d")


@cache
def scorer() -> ModuleType:
    """The shared scorer, for its matching rules (norm, subject_match)."""
    spec = importlib.util.spec_from_file_location("score_warehouse", SCORER)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"the shared scorer is not at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Tally:
    """Hits and totals of one split."""

    reports: int = 0
    region: int = 0
    metric_hit: int = 0
    metric_gold: int = 0
    row_ok: int = 0
    rows: int = 0
    qualifier: int = 0
    subject_hit: int = 0
    subject_gold: int = 0
    init_hit: int = 0
    init_gold: int = 0
    author_hit: int = 0
    author_gold: int = 0
    misses: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Facts:
    region: tuple[str | None, str | None, str | None]
    metrics: list  # transforms.metrics.Metric
    initiatives: list[str]
    authors: list[str]


def extract(report: dict) -> Facts:
    """The facts of one report, extracted as stage_page extracts an article's."""
    title = " ".join(x for x in (report.get("title"), report.get("subtitle")) if x)
    headline, body = simplified(title), simplified(report["body"])
    text = headline + "\n" + body
    mentions, localities = places(text, len(headline))
    rid = primary_region(simplified(report.get("title") or ""), body, mentions, tuple(localities), text)
    region = _regions().get(rid.split("-")[0]) if rid else None
    place = (region.province, region.city, region.county) if region else (None, None, None)
    shown = title + "\n" + report["body"]
    names = [canonical_name(i.printed or i.name) for i in extract_initiatives(text, shown)]
    printed = report["body"] if len(report["body"]) == len(body) else body
    metrics = [as_printed(m, printed, body) for m in extract_metrics(body)]
    return Facts(place, metrics, names, authors_of(report.get("byline")))


def as_printed(metric: Metric, printed: str, simple: str) -> Metric:
    """The metric with its subject, unit and qualifier as printed (stage_page does the same: a
    report in traditional script is annotated with 個, 戶, 餘)."""
    span, at = metric.subject_span, (metric.char_start, metric.char_end)
    return replace(
        metric,
        subject=printed[span[0] : span[1]] if span else None,
        unit=_printed(printed, simple, metric.unit, *at),
        qualifier=metric.qualifier and _printed(printed, simple, metric.qualifier, *at),
    )


def authors_of(byline: str | None) -> list[str]:
    """Names in a printed byline: a closing `（…）`, a leading role line, or a bare list of names."""
    if not byline:
        return []
    text = byline.strip()
    found = bylines.trailing(text)
    authors = found[1] if found else bylines.leading(text) or bylines.parse(text)
    return [a.name for a in authors or []]


def _chinese_only(text: str) -> bool:
    return not ARABIC.search(text)


def score(report: dict, facts: Facts, tally: Tally) -> None:
    s = scorer()
    rid, misses = report["id"], tally.misses
    tally.reports += 1
    gold_place = (report["province"], report["city"], report["county"])
    if facts.region == gold_place:
        tally.region += 1
    else:
        misses.append(f"{rid} region {'/'.join(map(str, facts.region))} != {'/'.join(map(str, gold_place))}")
    _score_metrics(report, facts, tally)
    inits = [s.norm(x) for x in facts.initiatives]
    for gi in report["initiatives"]:
        g = s.norm(gi)
        tally.init_gold += 1
        if any(g == x or (g in x and len(x) <= len(g) + 6) for x in inits):
            tally.init_hit += 1
        else:
            misses.append(f"{rid} initiative {gi}")
    names = {s.norm(n) for n in facts.authors}
    tally.author_gold += len(report["authors"])
    tally.author_hit += sum(s.norm(n) in names for n in report["authors"])
    if set(report["authors"]) - set(facts.authors):
        misses.append(f"{rid} authors {facts.authors} != {report['authors']} from {report.get('byline')!r}")


def _same(row, gold: dict) -> bool:  # noqa: ANN001
    return row.unit == gold["unit"] and abs(row.value - gold["value"]) <= 1e-6 * max(1.0, abs(gold["value"]))


def _score_metrics(report: dict, facts: Facts, tally: Tally) -> None:
    s, rid, gold = scorer(), report["id"], report["metrics"]
    for row in facts.metrics:
        known = any(_same(row, gm) for gm in gold)
        if not known and _chinese_only(row.raw_text):
            continue  # optional: neither required nor wrong
        tally.rows += 1
        tally.row_ok += known
        if not known:
            tally.misses.append(
                f"{rid} extra {row.raw_text} ({row.value:g} {row.unit}) in {row.sentence[:40]}"
            )
    for gm in gold:
        hit = [row for row in facts.metrics if _same(row, gm)]
        if not hit and _chinese_only(gm["text"]):
            continue
        tally.metric_gold += 1
        if not hit:
            tally.misses.append(f"{rid} metric {gm['text']} ({gm['value']:g} {gm['unit']}) missed")
            continue
        tally.metric_hit += 1
        want = gm["qualifier"] if isinstance(gm["qualifier"], list) else [gm["qualifier"]]
        if any((row.qualifier or None) in want for row in hit):
            tally.qualifier += 1
        else:
            tally.misses.append(f"{rid} qualifier of {gm['text']}: {[r.qualifier for r in hit]} != {want}")
        if gm.get("subject"):
            tally.subject_gold += 1
            if any(s.subject_match(gm["subject"], row.subject) for row in hit):
                tally.subject_hit += 1
            else:
                got = [row.subject for row in hit]
                tally.misses.append(f"{rid} subject of {gm['text']}: {got} != {gm['subject']}")


def evaluate(split: str | None) -> Tally:
    tally = Tally()
    for report in reports.load(split):
        score(report, extract(report), tally)
    return tally


def _pct(hit: int, total: int) -> str:
    return f"{100 * hit / total:5.1f}% ({hit}/{total})" if total else "    -"


def table(name: str, t: Tally) -> str:
    rows = [
        ("region", t.region, t.reports),
        ("metrics recall", t.metric_hit, t.metric_gold),
        ("metrics precision", t.row_ok, t.rows),
        ("qualifier", t.qualifier, t.metric_hit),
        ("subject", t.subject_hit, t.subject_gold),
        ("initiatives recall", t.init_hit, t.init_gold),
        ("authors", t.author_hit, t.author_gold),
    ]
    lines = [f"{name}: {t.reports} reports"] + [f"  {label:<19}{_pct(h, n)}" for label, h, n in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "dev-a", "dev-b", "test", "all"], default="dev")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    if not reports.available():
        print(f"no reports at {reports.REPORTS}: nothing to evaluate")
        return 2
    for split in ["dev", "test"] if args.split == "all" else [args.split]:
        tally = evaluate(split)
        if args.verbose:
            print("\n".join(tally.misses))
        print(table(split, tally))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
