"""How well `jiceng search` finds the real reports: on a warehouse of simulated pages.

    python -m evaluation.search [--split dev] [--pages 120] [--seed 1] [--distractor-mb 5] [--out DIR] [-v]

Lays out `--pages` pages of all 77 reports (`evaluation.simulate`, each page 2-5 reports), adds
`--distractor-mb` of the benchmark's recombined pages (benchmarks/make_corpus.py: the same governance
vocabulary, other places), stages and publishes them into a fresh warehouse (`evaluation.pages`,
no gate), then asks, for the reports of `--split` only:
- each annotated initiative name as a query: is an article that names it among the first 10?
- the report's place (county, else city, else province, as annotated) and its topic word (the
  governance term of transforms/data/governance_terms.txt it uses most; reports with none are
  counted apart) as a query: is an article carrying that report among the first 10?
Both through `jiceng search`'s own path (jiceng.search: rjieba terms) and, for the names, through the
SQL macro `search_articles`. An article "names" an initiative or "carries" a report when its headline
and body, reduced to Chinese characters, letters and digits in simplified script, hold the name, or
any of three 16-character pieces of the report's body.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import duckdb

from evaluation import reports as report_store
from evaluation import simulate

ROOT = Path(__file__).resolve().parents[1]
TOP = 10
PROBE_CHARS = 16
_NOT_WORD = re.compile(r"[^\u3400-\u9fffA-Za-z0-9]+")


def normalized(text: str) -> str:
    from transforms.script import simplified

    return _NOT_WORD.sub("", simplified(text or ""))


def build(out: Path, pages: int, seed: int, distractor_mb: float) -> Path:
    from evaluation.pages import build_warehouse

    sims = simulate.pages(None, pages, seed)  # type: ignore[arg-type]
    simulate.write(out, sims)
    files = sorted((out / "pages").glob("*.txt"))
    if distractor_mb:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from make_corpus import generate, harvest, source_files

        generate(out / "distractors", distractor_mb, harvest(source_files()))
        files += sorted((out / "distractors").rglob("*.txt"))
    warehouse = out / "search.duckdb"
    warehouse.unlink(missing_ok=True)
    build_warehouse(files, warehouse)
    return warehouse


def topic_word(report: dict) -> str | None:
    from transforms.keywords import read_lines

    text = (report.get("title") or "") + report["body"]
    counts = Counter({t: text.count(t) for t in read_lines("governance_terms.txt")})
    word, n = counts.most_common(1)[0]
    return word if n else None


def place(report: dict) -> str | None:
    return report.get("county") or report.get("city") or report.get("province")


def probes(report: dict) -> list[str]:
    body = normalized(report["body"])
    if len(body) < PROBE_CHARS:
        return [body] if body else []
    starts = {0, (len(body) - PROBE_CHARS) // 2, len(body) - PROBE_CHARS}
    return [body[s : s + PROBE_CHARS] for s in sorted(starts)]


class Texts:
    """Each article's headline and body, normalized, read once."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        rows = con.execute(
            "select article_id, concat_ws(' ', kicker, title, subtitle, body) from dim_article"
        ).fetchall()
        self.by_id = {aid: normalized(text) for aid, text in rows}

    def anywhere(self, pieces: list[str]) -> bool:
        return any(p and p in text for text in self.by_id.values() for p in pieces)

    def any_holds(self, article_ids: list[str], pieces: list[str]) -> bool:
        return any(p and p in self.by_id.get(a, "") for a in article_ids for p in pieces)


def cli_hits(con: duckdb.DuckDBPyConnection, query: str) -> list[str]:
    from jiceng.search import QueryError, query_terms, query_words, search

    try:
        return [h.article_id for h in search(con, query_terms(query), limit=TOP, words=query_words(query))]
    except QueryError:
        return []


def sql_hits(con: duckdb.DuckDBPyConnection, query: str) -> list[str]:
    rows = con.execute(
        "select article_id from search_articles($q) order by score desc, article_id limit $n",
        {"q": query, "n": TOP},
    ).fetchall()
    return [a for (a,) in rows]


def evaluate(warehouse: Path, split: str, verbose: bool) -> dict[str, tuple[int, int]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    texts = Texts(con)
    tally: dict[str, list[int]] = {k: [0, 0] for k in ("names (jiceng search)", "names (search_articles)")}
    tally["place + topic (jiceng search)"] = [0, 0]
    no_topic = absent = 0
    for r in report_store.load(split):
        if not r.get("title") or not texts.anywhere(probes(r)):  # not laid out (no headline, or not drawn)
            absent += 1
            continue
        for name in r.get("initiatives") or []:
            want = [normalized(name)]
            if not texts.anywhere(want):
                continue
            for key, hits in (
                ("names (jiceng search)", cli_hits(con, name)),
                ("names (search_articles)", sql_hits(con, name)),
            ):
                found = texts.any_holds(hits, want)
                tally[key][0] += found
                tally[key][1] += 1
                if verbose and not found:
                    print(f"  miss {key}: {name!r} ({r['id']})")
        word, where = topic_word(r), place(r)
        if not (word and where):
            no_topic += 1
            continue
        query = f"{where} {word}"
        found = texts.any_holds(cli_hits(con, query), probes(r))
        tally["place + topic (jiceng search)"][0] += found
        tally["place + topic (jiceng search)"][1] += 1
        if verbose and not found:
            print(f"  miss place+topic: {query!r} ({r['id']})")
    con.close()
    result = {k: (v[0], v[1]) for k, v in tally.items()}
    result["reports without a topic word or place (not asked)"] = (no_topic, no_topic)
    result["reports on no page (not asked)"] = (absent, absent)
    return result


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "test"], default="dev")
    ap.add_argument("--pages", type=int, default=120)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--distractor-mb", type=float, default=5.0)
    ap.add_argument("--out", type=Path, default=None, help="keep the pages and warehouse here")
    ap.add_argument("--warehouse", type=Path, default=None, help="evaluate this warehouse (built before)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    args = ap.parse_args(argv)
    if not report_store.available():
        sys.exit(f"the reports are not at {report_store.REPORTS} (they live beside the repository)")
    with tempfile.TemporaryDirectory() as tmp:
        warehouse = args.warehouse or build(args.out or Path(tmp), args.pages, args.seed, args.distractor_mb)
        con = duckdb.connect(str(warehouse), read_only=True)
        n_articles = con.execute("select count(*) from dim_article").fetchone()[0]  # type: ignore[index]
        con.close()
        made = (
            f"{args.pages} simulated pages, seed {args.seed}, {args.distractor_mb} MB of distractor pages"
            if args.warehouse is None
            else f"{args.warehouse}"
        )
        print(f"warehouse: {n_articles} articles ({made}); {args.split} reports")
        for key, (hit, total) in evaluate(warehouse, args.split, args.verbose).items():
            share = f"{hit / total:.0%}" if total else "-"
            print(
                f"{key}: {hit}/{total} in the first {TOP} ({share})"
                if "not asked" not in key
                else f"{key}: {total}"
            )


if __name__ == "__main__":
    main()
