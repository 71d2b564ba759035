"""Fact errors on simulated pages of the articles the segmentation cut right, each put down to its cause:

    PYTHONPATH=$PWD python -m evaluation.page_facts [--split dev] [--generator main] [--count 40]
                                                    [--seed 7000] [--out DIR] [-v]

Lays out and stages pages as `evaluation.pages` does (and prints the shared scorer's TOTAL line on
them), then takes each gold article whose
`body_contains` lies in exactly one staged article and whose title that article carries (the shared
scorer's attach rule): its article was found and headed right. Each of its fact errors (the scorer's
rules: region, a missed metric, an extra one in an article annotated completely, a missed initiative)
gets one cause:

* `extractor`: the report's own clean text gives the same error (`evaluation.clean`): the fact
  extractors, not the page;
* `cut`: the report's clean sentences that the staged article holds (whole, or altered only in
  places by the page: `present`) give the same error too: the text the fact needs is not in the article, or another article's text is (the body was
  cut short or runs into a neighbour's: segmentation after all);
* `stray`: of the `cut` figures missed, those whose sentence stands in a piece of the page that
  holds no article (a headline with no body, a photo's caption): a line of the text read as a
  headline or a caption (a paragraph printed bold, doubled; a line after a column break inside a
  quotation), the page's text lost through the segmentation;
* `page text`: the rest, the facts lost or invented by the page's text itself although the
  sentences are there (wraps, spacing, glyphs, script, captions and furniture inside the body).

The report of a gold article is the one whose body holds its `body_contains`.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from evaluation import clean, pages
from evaluation import reports as report_store
from transforms.script import simplified

CAUSES = ("cut", "stray", "extractor", "page text")
KINDS = ("region", "metric missed", "metric extra", "subject", "initiative")
RATES = ("region", "metrics R", "metrics P", "subjects", "initiatives R")
_NOT_TEXT = re.compile(r"[^\u3400-\u9fff0-9A-Za-z%.]+")
_FOREIGN_RUN = 12  # characters of a body paragraph that, absent from the report, make it another's


def flat(text: str | None) -> str:
    """Text as compared here: simplified script, letters, digits and CJK only."""
    return _NOT_TEXT.sub("", simplified(text or ""))


@dataclass
class Error:
    kind: str
    cause: str
    file: str
    title: str
    detail: str


@dataclass
class Tally:
    articles: int = 0  # gold articles cut and headed right
    errors: list[Error] = field(default_factory=list)
    # the scorer's rates on those articles alone: (right, of) per fact
    rates: Counter[str] = field(default_factory=Counter)

    def rate(self, fact: str) -> str:
        hit, total = self.rates[fact], self.rates[fact + " of"]
        return f"{100 * hit / total:.0f}% of {total}" if total else "-"

    def counts(self) -> Counter[tuple[str, str]]:
        return Counter((e.kind, e.cause) for e in self.errors)


def _same(value: float, unit: str, gold: dict) -> bool:
    return unit == gold["unit"] and abs(value - gold["value"]) <= 1e-6 * max(1.0, abs(gold["value"]))


class _Reports:
    """The reports of the split, found by a snippet of their body, with their clean facts."""

    def __init__(self, split: str | None) -> None:
        self.items = [
            (flat(r["body"]), flat(" ".join(filter(None, (r.get("title"), r.get("subtitle"))))), r)
            for r in report_store.load(split)
            if r.get("body")
        ]
        self.facts: dict[str, clean.Facts] = {}

    def find(self, snippet: str) -> tuple[str, dict] | None:
        want = flat(snippet)
        hits = [(body + "\n" + head, r) for body, head, r in self.items if want and want in body]
        return hits[0] if len(hits) == 1 else None

    def clean_facts(self, report: dict) -> clean.Facts:
        if report["id"] not in self.facts:
            self.facts[report["id"]] = clean.extract(report)
        return self.facts[report["id"]]


def _foreign(body: str, own: str) -> bool:
    """The body holds a paragraph with a run of text its report does not."""
    for para in body.split("\n"):
        text = flat(para)
        for i in range(0, max(1, len(text) - _FOREIGN_RUN + 1), _FOREIGN_RUN):
            run = text[i : i + _FOREIGN_RUN]
            if len(run) == _FOREIGN_RUN and run not in own:
                return True
    return False


_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*")


_ANCHOR = 6  # characters of a sentence looked up in the body to place it
_ALTERED = 0.85  # share of a sentence's characters a body window must keep, in order, to hold it


def present(sentence: str, body: str) -> bool:
    """The staged body holds the (flat) sentence whole, or altered only in places: a doubled glyph,
    a split figure, a furniture line wrapped into it keep most of its characters in order where one
    of its anchors is found. A sentence cut off or missing keeps too few."""
    if sentence in body:
        return True
    if len(sentence) < 2 * _ANCHOR:
        return False
    for at in range(0, len(sentence) - _ANCHOR + 1, _ANCHOR):
        anchor = sentence[at : at + _ANCHOR]
        found = body.find(anchor)
        while found >= 0:  # every place the anchor stands: an opening phrase may stand earlier too
            start = max(0, found - at - _ANCHOR)
            window = body[start : found - at + len(sentence) * 3 // 2 + _ANCHOR]
            blocks = difflib.SequenceMatcher(None, sentence, window, autojunk=False).get_matching_blocks()
            if sum(b.size for b in blocks) >= _ALTERED * len(sentence):
                return True
            found = body.find(anchor, found + 1)
    return False


def held(report: dict, body: str, headline: str) -> dict:
    """The report with only the sentences of its body that the staged body holds, whole or altered
    only in places (`present`), under the staged article's headline: the text the page kept, as
    the report wrote it."""
    kept = [x for x in _SENTENCE.findall(report["body"]) if flat(x) and present(flat(x), body)]
    return dict(report, title=headline, subtitle=None, body="".join(kept))


def _found_in(metrics: list, gold: dict) -> bool:
    unit = simplified(gold["unit"])
    return any(abs(m.value - gold["value"]) < 1e-6 and simplified(m.unit) == unit for m in metrics)


def _named(names: list[str], gold: str) -> bool:
    norm = clean.scorer().norm
    g = norm(simplified(gold))
    got = [norm(simplified(y)) for y in names]
    return any(g == y or (g in y and len(y) <= len(g) + 6) for y in got)


def article_errors(con, gold_page: dict, found: _Reports, tally: Tally) -> None:  # noqa: ANN001
    s = clean.scorer()
    fid = s.q(con, "select file_id from dim_file where file_name = ?", gold_page["file"])[0]["file_id"]
    arts = s.q(
        con,
        """select a.article_id, a.kind, a.title, a.subtitle, a.kicker, a.body, r.province, r.city, r.county
           from dim_article a left join dim_region r on r.region_id = a.primary_region_id
           where a.file_id = ? order by a.seq""",
        fid,
    )
    stray = flat(
        " ".join(" ".join(filter(None, (a["title"], a["body"]))) for a in arts if a["kind"] != "article")
    )
    for ga in gold_page["articles"]:
        holders = [a for a in arts if s.norm(ga["body_contains"]) in s.norm(a["body"])]
        if len(holders) != 1 or not s.title_match(ga["title"], holders[0]):
            continue
        a, hit = holders[0], found.find(ga["body_contains"])
        if hit is None:
            continue
        tally.articles += 1
        own, report = hit
        facts = found.clean_facts(report)
        body = flat(a["body"])
        foreign = _foreign(a["body"], own)
        headline = " ".join(x for x in (a["kicker"], a["title"], a["subtitle"]) if x)
        there = clean.extract(
            held(report, body, headline)
        )  # the report's facts as far as the article holds it

        def add(kind: str, cause: str, detail: str, title: str = ga["title"]) -> None:
            tally.errors.append(Error(kind, cause, gold_page["file"], title, detail))

        def cause_of(clean_right: bool, held_right: bool, cut: bool = False) -> str:
            return "extractor" if not clean_right else "page text" if held_right and not cut else "cut"

        want = (ga["province"], ga["city"], ga["county"])
        tally.rates.update({"region of": 1, "region": _region_ok(a, ga)})
        if not _region_ok(a, ga):
            add(
                "region",
                cause_of(facts.region == want, there.region == want, foreign),
                f"{a['province']}/{a['city']}/{a['county']} for {'/'.join(map(str, want))}",
            )
        rows = [
            x
            for x in s.q(
                con,
                "select value, unit, raw_text, sentence, subject from fact_metric where article_id = ?",
                a["article_id"],
            )
            if x["value"] is not None
        ]
        allowed = ga.get("allowed_values", [])
        for x in rows if ga.get("complete") else []:  # extra rows count where the scorer counts them
            value, unit = float(x["value"]), x["unit"]
            tally.rates["metrics P of"] += 1
            if any(_same(value, unit, gm) for gm in ga["metrics"]) or any(
                abs(value - v) <= 1e-9 for v in allowed
            ):
                tally.rates["metrics P"] += 1
                continue
            row = {"value": value, "unit": simplified(unit)}
            add(
                "metric extra",
                cause_of(not _found_in(facts.metrics, row), present(flat(x["sentence"]), own)),
                f"{x['raw_text']} in {str(x['sentence'])[:40]}",
            )
        for gm in ga["metrics"]:
            hit = [x for x in rows if _same(float(x["value"]), x["unit"], gm)]
            tally.rates.update({"metrics R of": 1, "metrics R": bool(hit)})
            if hit and gm.get("subject"):
                right = any(s.subject_match(gm["subject"], x["subject"]) for x in hit)
                tally.rates.update({"subjects of": 1, "subjects": right})
                if not right:
                    add(
                        "subject",
                        cause_of(_subject_in(facts.metrics, gm), _subject_in(there.metrics, gm), foreign),
                        f"{gm['value']:g}{gm['unit']}: {hit[0]['subject']} for {gm['subject']}"
                        f" in {str(hit[0]['sentence'])[:40]}",
                    )
            if not hit:
                cause = cause_of(_found_in(facts.metrics, gm), _found_in(there.metrics, gm))
                add(
                    "metric missed",
                    "stray" if cause == "cut" and _strayed(facts, gm, stray) else cause,
                    f"{gm['value']:g}{gm['unit']}",
                )
        names = [
            x["name"]
            for x in s.q(
                con,
                """select i.name from fact_article_initiative f join dim_initiative i using (initiative_id)
               where f.article_id = ?""",
                a["article_id"],
            )
        ]
        for gi in ga["initiatives"]:
            tally.rates.update({"initiatives R of": 1, "initiatives R": _named(names, gi)})
            if not _named(names, gi):
                add("initiative", cause_of(_named(facts.initiatives, gi), _named(there.initiatives, gi)), gi)


def _subject_in(metrics: list, gm: dict) -> bool:
    """A figure of ``metrics`` with the gold's value and unit has the gold's subject."""
    match = clean.scorer().subject_match
    unit = simplified(gm["unit"])
    return any(
        abs(m.value - gm["value"]) < 1e-6 and simplified(m.unit) == unit and match(gm["subject"], m.subject)
        for m in metrics
    )


def _strayed(facts: clean.Facts, gm: dict, stray: str) -> bool:
    """The clean text's sentence of the figure stands in the page's pieces that hold no article
    (`stray`, flat): a line of the text read as a headline or a caption."""
    said = [m.sentence for m in facts.metrics if _found_in([m], gm)]
    return any(present(flat(x), stray) for x in said if x)


def _region_ok(a: dict, ga: dict) -> bool:
    """The scorer's region rule: the province, and the city and county where the gold names them."""
    return (
        a["province"] == ga["province"]
        and (ga["city"] is None or a["city"] == ga["city"])
        and (ga["county"] is None or a["county"] == ga["county"])
    )


def evaluate(split: str | None, count: int, seed: int, out: Path, generator_name: str) -> tuple[Tally, str]:
    generator = pages.GENERATORS[generator_name]
    sims = generator.pages(split, count, seed, None)
    generator.write(out, sims)
    warehouse = out / "sim.duckdb"
    warehouse.unlink(missing_ok=True)
    pages.build_warehouse(sorted((out / "pages").glob("*.txt")), warehouse)
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    found, tally = _Reports(split), Tally()
    for path in sorted((out / "gold" / "all").glob("*.json")):
        article_errors(con, json.loads(path.read_text(encoding="utf-8")), found, tally)
    con.close()
    return tally, pages.score(warehouse, out / "gold" / "all")


def table(name: str, tally: Tally) -> str:
    counts = tally.counts()
    lines = [f"{name}: {tally.articles} articles cut and headed right; fact errors by cause"]
    lines.append(f"  {'':15s}" + "".join(f"{c:>11s}" for c in CAUSES))
    for kind in KINDS:
        lines.append(f"  {kind:15s}" + "".join(f"{counts[(kind, c)]:11d}" for c in CAUSES))
    lines.append("  on them: " + "  ".join(f"{f} {tally.rate(f)}" for f in RATES))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "dev-a", "dev-b", "test", "all"], default="dev")
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7000)
    ap.add_argument("--generator", choices=sorted(pages.GENERATORS), default="main")
    ap.add_argument("--out", type=Path, help="keep pages, gold and warehouse here")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = ap.parse_args(argv)
    if not report_store.available():
        print(f"the shared reports are not at {report_store.SHARED}: nothing to evaluate")
        return 2
    split = None if args.split == "all" else args.split
    with tempfile.TemporaryDirectory(prefix="jiceng-facts-") as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        tally, total = evaluate(split, args.count, args.seed, out, args.generator)
    if args.verbose:
        for e in tally.errors:
            print(f"{e.cause:10s} {e.kind:14s} {e.file} | {e.title[:16]} | {e.detail}")
    print(f"{args.generator} {args.split} seed {args.seed} (scorer): {total}")
    print(table(f"{args.generator} {args.split} seed {args.seed}", tally))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
