"""Every gold article of simulated pages classed by what became of it, as the shared scorer matches
bodies: which kind of segmentation miss is the largest on a family, before choosing what to fix.

    PYTHONPATH=$PWD python -m evaluation.attach_misses [--split dev] --generator blind4
                                                       [--families stream_gathered] [--pages 40]
                                                       [--seeds 7000,3000] [-v]

Classes (one per gold article, `attach_class`):
- `ok`: the one article holding its body is titled as the gold says; `ok+merged` when that article
  holds another gold article's body too (the scorer counts it, yet the bodies were not cut)
- `merged`: wrongly titled, and the article holds another gold article's body as well (bodies not cut
  where one article ends: a column grid read column by column, bodies gathered without headlines)
- `swapped`: wrongly titled, and another article carries the gold title (a headline matched to
  another body)
- `untitled`: the article holding the body has no title and no article carries the gold title
- `misparsed`: wrongly titled, and no article carries the gold title (the headline's lines were read
  wrong: two headlines joined, one cut in two, a wrapped line left out)
- `untitled-elsewhere`: no title, the gold title heads another article
- `no-holder`: no single article holds the body
Authors (per gold name, on the article holding the body): `hit`, `elsewhere` (another article got
the name: a byline gone to the wrong article), `absent`; `extra` counts names the article holds that
the gold article does not. Tune on dev only.
"""

from __future__ import annotations

import argparse
from collections import Counter

from evaluation.segmentation import scorer, simulated_pages
from transforms.articles import Article, split_articles
from transforms.decoding import decode


def attach_class(sc, gold: dict, articles: list[Article]) -> tuple[str, int | None]:  # noqa: ANN001
    """The class of one gold article (see the module's docstring) and the index of the article
    holding its body (None when no single article does). `sc`: the shared scorer module."""
    bodies = [sc.norm(a.body) for a in articles]
    rows = [{"title": a.title, "subtitle": a.subtitle, "kicker": a.kicker} for a in articles]
    snippet = sc.norm(gold["body_contains"])
    holders = [i for i, b in enumerate(bodies) if snippet in b]
    if len(holders) != 1:
        return "no-holder", None
    i = holders[0]
    merged = any(
        other["body_contains"] != gold["body_contains"] and sc.norm(other["body_contains"]) in bodies[i]
        for other in gold.get("_page", [])
    )
    if sc.title_match(gold["title"], rows[i]):
        return ("ok+merged" if merged else "ok"), i
    if merged:
        return "merged", i
    elsewhere = any(sc.title_match(gold["title"], r) for j, r in enumerate(rows) if j != i)
    if articles[i].title is None:
        return ("untitled-elsewhere" if elsewhere else "untitled"), i
    return ("swapped" if elsewhere else "misparsed"), i


def author_classes(sc, gold: dict, articles: list[Article], i: int) -> Counter:  # noqa: ANN001
    """Per gold name of the article whose body article `i` holds: hit, elsewhere or absent; and
    `extra`, the names article `i` holds that the gold article does not."""
    out: Counter = Counter()
    names = [{sc.norm(x.name) for x in a.authors} for a in articles]
    wanted = {sc.norm(n) for n in gold["authors"]}
    for n in wanted:
        if n in names[i]:
            out["hit"] += 1
        else:
            out["elsewhere" if any(n in got for got in names) else "absent"] += 1
    out["extra"] += len(names[i] - wanted)
    return out


def classify_page(sc, gold: dict, articles: list[Article]) -> list[tuple[dict, str, Counter]]:  # noqa: ANN001
    """Each gold article of a page with its class and its author counts."""
    out = []
    for g in gold["articles"]:
        kind, i = attach_class(sc, {**g, "_page": gold["articles"]}, articles)
        out.append((g, kind, author_classes(sc, g, articles, i) if i is not None else Counter()))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--generator", default="main")
    ap.add_argument("--families")
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--seeds", default="7000,3000")
    ap.add_argument("-v", action="store_true", help="list each gold article not attached")
    args = ap.parse_args(argv)
    sc = scorer()
    families = tuple(args.families.split(",")) if args.families else None
    for seed in (int(s) for s in args.seeds.split(",")):
        kinds: Counter = Counter()
        authors: Counter = Counter()
        for page in simulated_pages(args.split, args.pages, seed, families, args.generator):
            articles, _ = split_articles(decode(page.raw).text)
            for g, kind, au in classify_page(sc, page.gold, articles):
                kinds[kind] += 1
                authors.update(au)
                if args.v and not kind.startswith("ok"):
                    print(f"  {page.name}  {kind:18s} {g['title'][:24]}")
        total = sum(kinds.values()) or 1
        print(
            f"{args.generator} {args.split} seed {seed}: "
            + "  ".join(f"{k} {n} ({100 * n / total:.0f}%)" for k, n in kinds.most_common())
        )
        print("  authors: " + "  ".join(f"{k} {n}" for k, n in authors.most_common()))


if __name__ == "__main__":
    main()
