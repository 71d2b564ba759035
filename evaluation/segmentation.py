"""Segmentation alone, scored fast: titles F1, attach, authors and orphan-attached of the shared
scorer (`../shared/tools/score_warehouse.py`, its `score_page`) over the articles `split_articles`
makes of each page, loaded into an in-memory DuckDB holding only what those figures read (no
regions, metrics or initiatives: `make eval` scores the whole pipeline).

    python -m evaluation.segmentation [--split dev] [--generator main] [--pages 100] [--seed 1000]
                                      [--families a,b] [--samples] [--heads] [--lolo] [--logo]
                                      [--halves] [--model DIR]

Prints a TOTAL line for the simulated pages of one generator (main, alt, third, template: the
shared samples' layouts, or blind, blind2 and blind3: never trained on), one per layout family, for ../shared/samples (with --samples);
with --heads the line model's headline lines labelled body and body lines labelled headline, per family
(pages with line labels; -v lists each headline read as body); with
--lolo a leave-one-layout-out table (a model trained without each main-generator family, or each of --families, in a
temporary folder, scored on that family); with --logo leave-one-generator-out (a model trained on
the other generators' pages, scored on the one left out); with --halves the honest validation: a model trained on the pages of one half of the dev reports
(`dev-a`), scored on the other half's (`dev-b`), for each generator. The models these runs train see
the dev reports (`dev-a` when scoring `dev-b`, `dev-b` when scoring `dev-a`). Also how well the articles' confidence ranks errors: the
share of wrong attachments among the lowest-confidence tenth of bodied articles, against all.
--model DIR scores the line model in DIR (`python -m evaluation.train_lines --out DIR` writes one)
in place of the committed one, which is left as it is.
"""

from __future__ import annotations

import argparse
import bisect
import importlib.util
import itertools
import json
import tempfile
from collections import defaultdict
from pathlib import Path

import duckdb

from evaluation.reports import SHARED
from transforms.articles import Article, split_articles
from transforms.decoding import decode

SCORER = SHARED / "tools" / "score_warehouse.py"
_DDL = """
create table dim_file (file_id varchar, file_name varchar, path varchar);
create table dim_article (article_id varchar, file_id varchar, seq integer, title varchar, subtitle varchar,
    kicker varchar, body varchar, primary_region_id varchar, confidence double);
create table dim_region (region_id varchar, province varchar, city varchar, county varchar);
create table dim_author (author_id varchar, name varchar);
create table bridge_article_author (article_id varchar, author_id varchar);
create table fact_metric (article_id varchar, value double, unit varchar, qualifier varchar, subject varchar,
    raw_text varchar);
create table dim_initiative (initiative_id varchar, name varchar);
create table fact_article_initiative (article_id varchar, initiative_id varchar);
"""


def scorer():  # noqa: ANN201 - the shared scorer as a module
    spec = importlib.util.spec_from_file_location("score_warehouse", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load(con: duckdb.DuckDBPyConnection, name: str, articles: list[Article]) -> None:
    fid = name
    con.execute("insert into dim_file values (?, ?, ?)", [fid, name, name])
    for seq, a in enumerate(articles, start=1):
        aid = f"{fid}-{seq:03d}"
        con.execute(
            "insert into dim_article values (?, ?, ?, ?, ?, ?, ?, null, ?)",
            [aid, fid, seq, a.title, a.subtitle, a.kicker, a.body, a.confidence],
        )
        for au in dict.fromkeys(x.name for x in a.authors):
            con.execute("insert into dim_author values (?, ?)", [aid + au, au])
            con.execute("insert into bridge_article_author values (?, ?)", [aid, aid + au])


def score(pages: list[tuple[str, bytes, dict]]) -> tuple[dict, list[dict], list[tuple[float, bool]]]:
    """(totals, per-page results, (confidence, wrongly attached) per bodied article)."""
    sc = scorer()
    con = duckdb.connect()
    con.execute(_DDL)
    results, ranked = [], []
    for name, raw, gold in pages:
        articles, _ = split_articles(decode(raw).text)
        load(con, name, articles)
        res = sc.score_page(con, gold)
        results.append(res)
        ranked += _ranked(sc, gold, articles)
    return _totals(results), results, ranked


def _ranked(sc, gold: dict, articles: list[Article]) -> list[tuple[float, bool]]:  # noqa: ANN001
    """Each bodied article's confidence, and whether it is wrong: it holds a gold body under another
    title, holds no gold body, or its title is an orphan's."""
    out = []
    for a in articles:
        if len(sc.norm(a.body)) < 50:
            continue
        row = {"title": a.title, "subtitle": a.subtitle, "kicker": a.kicker}
        held = [g for g in gold["articles"] if sc.norm(g["body_contains"]) in sc.norm(a.body)]
        right = len(held) == 1 and sc.title_match(held[0]["title"], row)
        out.append((a.confidence if a.confidence is not None else 1.0, not right))
    return out


def _totals(results: list[dict]) -> dict:
    t: dict = defaultdict(float)
    for r in results:
        t["gold"] += r["gold"]
        t["attach"] += r["attach"]
        t["ah"] += r["authors"][0]
        t["an"] += r["authors"][1]
        t["orph"] += r["orphan_bad"]
        t["f1"] += r["title_f1"]
        t["pages"] += 1
    return t


def line(label: str, t: dict) -> str:
    pct = lambda a, b: 100.0 * a / b if b else 0.0  # noqa: E731
    return (
        f"{label:24s} pages {int(t['pages']):4d}  titles F1 {t['f1'] / max(t['pages'], 1):.2f}  "
        f"attach {pct(t['attach'], t['gold']):5.1f}%  authors {pct(t['ah'], t['an']):5.1f}%  "
        f"orphan-attached {int(t['orph'])}"
    )


def ranking(ranked: list[tuple[float, bool]]) -> str:
    if not ranked:
        return "no bodied articles"
    ordered = sorted(ranked, key=lambda x: x[0])
    tenth = ordered[: max(1, len(ordered) // 10)]
    wrong = sum(w for _, w in ranked)
    low = sum(w for _, w in tenth)
    return (
        f"confidence: {wrong} of {len(ranked)} bodied articles wrong ({100 * wrong / len(ranked):.1f}%); "
        f"lowest 10% ({len(tenth)}): {low} wrong ({100 * low / len(tenth):.1f}%), "
        f"holding {100 * low / max(wrong, 1):.0f}% of the errors"
    )


def simulated_pages(split: str, count: int, seed: int, families=None, generator: str = "main") -> list:  # noqa: ANN001
    from evaluation import (
        simulate_blind,
        simulate_blind2,
        simulate_blind3,
        simulate_blind4,
        simulate_blind5,
        simulate_blind6,
        simulate_blind7,
        simulate_blind8,
        train_lines,
    )

    if generator == "blind":  # no line labels and its own entry point: pages as they are written
        return [_Blind(p) for p in simulate_blind.pages(split, count, seed, families)]
    if generator == "blind2":  # the same, in the page's own encoding
        return [_Blind(p, p.data()) for p in simulate_blind2.pages(split, count, seed, families)]
    if generator == "blind3":
        return [_Blind(p, p.data()) for p in simulate_blind3.pages(split, count, seed, families)]
    if generator == "blind4":
        return [_Blind(p, p.data()) for p in simulate_blind4.pages(split, count, seed, families)]
    if generator == "blind5":
        return [_Blind(p, p.data()) for p in simulate_blind5.pages(split, count, seed, families)]
    if generator == "blind6":
        return [_Blind(p, p.data()) for p in simulate_blind6.pages(split, count, seed, families)]
    if generator == "blind7":
        return [_Blind(p, p.data()) for p in simulate_blind7.pages(split, count, seed, families)]
    if generator == "blind8":
        return [_Blind(p, p.data()) for p in simulate_blind8.pages(split, count, seed, families)]
    return train_lines.simulated(split, count, seed, families, generator)


class _Blind:
    """A blind page with the bytes a file of it holds, as the other generators' pages carry."""

    def __init__(self, page, raw: bytes | None = None) -> None:  # noqa: ANN001 - a blind generator's Page
        self.name, self.family, self.text, self.gold = page.name, page.family, page.text, page.gold
        self.raw = page.text.encode("utf-8") if raw is None else raw


def training_split(split: str) -> str:
    """The reports a model scored on `split` may be trained on: the other half of dev, or dev."""
    return {"dev-a": "dev-b", "dev-b": "dev-a"}.get(split, "dev")


def samples() -> list[tuple[str, bytes, dict]]:
    gold = {
        g["file"]: g for g in (json.loads(p.read_text("utf-8")) for p in (SHARED / "gold").glob("*.json"))
    }
    return [
        (p.name, p.read_bytes(), gold[p.name])
        for p in sorted((SHARED / "samples").glob("*.txt"))
        if p.name in gold
    ]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--split",
        default="dev",
        help="dev (default), a half of dev (dev-a, dev-b), or test (`make eval` asks for it)",
    )
    ap.add_argument(
        "--generator",
        default="main",
        choices=(*GENERATORS, "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"),
    )
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1000)
    ap.add_argument("--samples", action="store_true")
    ap.add_argument("--lolo", action="store_true")
    ap.add_argument("--logo", action="store_true", help="leave one generator out")
    ap.add_argument("--halves", action="store_true", help="train on dev-a pages, score dev-b pages")
    ap.add_argument("--heads", action="store_true", help="headline lines the line model labels body")
    ap.add_argument("--families", help="comma-separated layout families of the generator (default all)")
    ap.add_argument("--model", type=Path, help="a line model's folder (train_lines --out) to score instead")
    ap.add_argument("-v", action="store_true", help="list each page's misses")
    args = ap.parse_args(argv)
    if args.model:
        use_model(args.model)
    if args.halves:
        args.split = "dev-b"
        held_out(args, [(GENERATORS, GENERATORS)])
        return
    if args.logo:
        held_out(args, [(tuple(x for x in GENERATORS if x != g), (g,)) for g in GENERATORS])
        return
    families = tuple(args.families.split(",")) if args.families else None
    if args.lolo:
        lolo(args, families)
        return
    sims = simulated_pages(args.split, args.pages, args.seed, families, args.generator)
    totals, results, ranked = score([(s.name, s.raw, s.gold) for s in sims])
    print(line(f"{args.generator} {args.split}", totals))
    by_family: dict[str, list] = defaultdict(list)
    for s, r in zip(sims, results, strict=True):
        by_family[s.family].append(r)
        if args.v and r.get("misses"):
            print(
                f"  {s.name}: "
                + "; ".join(
                    m
                    for m in r["misses"]
                    if not m.startswith(("metric", "region", "initiative", "extra", "subject"))
                )
            )
    for fam, rs in by_family.items():
        print(line(f"  {fam}", _totals(rs)))
    print(ranking(ranked))
    if args.heads:
        headline_errors(sims, args.v)
    if args.samples:
        t, rs, rk = score(samples())
        print(line("shared samples", t))
        if args.v:
            for r in rs:
                print(
                    "  ",
                    r["file"],
                    [
                        m
                        for m in r["misses"]
                        if not m.startswith(("metric", "region", "initiative", "extra", "subject"))
                    ],
                )


def use_model(directory: Path) -> None:
    """Score the line model (and its headline-ness model) in `directory`, as `train_lines --out` writes
    them, in place of the committed one: a candidate is compared without overwriting it."""
    from transforms import line_labels

    line_labels.use(directory)
    line_labels.tagger()  # a missing or stale model says so before any page is laid out


def headline_errors(sims: list, verbose: bool) -> None:
    """Per family: the headline lines (gold `title`) of pages with line labels that the line model
    labels body, and the body lines it labels a headline; with `verbose`, each headline read as body
    (page, the end of the line above, the line, the start of the line below)."""
    from transforms import articles

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    shown = []
    for s in (x for x in sims if getattr(x, "labels", None)):
        text = decode(s.raw).text
        starts = list(itertools.accumulate((len(x) + 1 for x in text.split("\n")), initial=0))
        lines, labels, _ = articles._labelled(text)
        for k, (line, y) in enumerate(zip(lines, labels, strict=True)):
            gold = s.labels[bisect.bisect_right(starts, line.offs[0]) - 1] if line.offs else None
            c = counts[s.family]
            if gold == "title":
                c[0] += 1
                c[1] += y == "body"
                if y == "body":
                    above, below = (
                        lines[k - 1].text if k else "",
                        lines[k + 1].text if k + 1 < len(lines) else "",
                    )
                    shown.append(f"  {s.name}: …{above[-10:]} | {line.text} | {below[:10]}…")
            elif gold == "body":
                c[2] += 1
                c[3] += y in ("title", "title+")
    for fam, (heads, as_body, body, as_head) in counts.items():
        print(
            f"  {fam:22s} headlines {heads:5d}, labelled body {as_body:4d}; body lines {body:6d}, labelled headline {as_head:4d}"
        )
    print(
        f"  {'all':22s} headlines labelled body {sum(c[1] for c in counts.values())} of {sum(c[0] for c in counts.values())}, body lines labelled headline {sum(c[3] for c in counts.values())} of {sum(c[2] for c in counts.values())}"
    )
    if verbose:
        print("\n".join(shown))


GENERATORS = ("main", "alt", "third", "template")  # the ones the model is trained on


def lolo(args: argparse.Namespace, families: tuple[str, ...] | None = None) -> None:
    """Leave one layout out: train without a main-generator family, score on that family's pages
    (`args.pages` / 10 of them, 10 at least); each of `families` in turn when given, else every one.
    The model is trained on the reports `training_split` allows: `--split dev-b` trains on dev-a's."""
    from evaluation import simulate, train_lines
    from transforms import line_labels

    for fam in families or simulate.FAMILIES:
        with tempfile.TemporaryDirectory() as tmp:
            others = ",".join(f for f in simulate.FAMILIES if f != fam)
            train_lines.main(
                [
                    "--out",
                    tmp,
                    "--families",
                    others,
                    "--generators",
                    "main",
                    "--split",
                    training_split(args.split),
                ]
            )
            line_labels.use(Path(tmp))
            sims = simulated_pages(
                args.split, max(10, args.pages // len(simulate.FAMILIES)), args.seed, (fam,)
            )
            t, _, _ = score([(s.name, s.raw, s.gold) for s in sims])
            print(line(f"without {fam}", t), flush=True)
    line_labels.use(line_labels.MODEL_DIR)


def held_out(args: argparse.Namespace, runs: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
    """For each (generators trained on, generators scored): a model trained on the first's pages of
    the reports `training_split` allows, scored on the second's pages of `args.split`."""
    from evaluation import train_lines
    from transforms import line_labels

    for trained, scored in runs:
        with tempfile.TemporaryDirectory() as tmp:
            split = training_split(args.split)
            train_lines.main(["--out", tmp, "--generators", ",".join(trained), "--split", split])
            line_labels.use(Path(tmp))
            for g in scored:
                sims = simulated_pages(args.split, args.pages, args.seed, None, g)
                t, _, _ = score([(s.name, s.raw, s.gold) for s in sims])
                print(line(f"{'+'.join(trained)} -> {g} {args.split}", t), flush=True)
    line_labels.use(line_labels.MODEL_DIR)


if __name__ == "__main__":
    main()
