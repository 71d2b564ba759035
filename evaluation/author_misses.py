"""Every author the scorer misses on simulated pages, with the byline lines as printed, and a class.

    PYTHONPATH=$PWD python -m evaluation.author_misses [--split dev] [--generators main,alt,...]
                                                       [--pages 40] [--seeds 7000,3000] [--families a,b]
                                                       [--summary]

For each gold article whose body one article of ours holds (as the shared scorer matches them): the gold
names that article's authors lack, what it got, the page lines that print a missed name (two lines
either side of the first such line, `>` marking it), the page's family, and a rough class of the miss:

- `no-holder`: no single article holds the gold body (a segmentation miss, not a byline one)
- `misattached`: the article holding the body has another title (a segmentation miss: the byline
  mostly stays with its headline)
- `not-printed`: the name is printed nowhere on the page (spaces and line breaks ignored)
- `wrapped`: the name is split over two lines
- `placed`: a line printing the name reads as a byline giving it (`bylines.read`, `trailing`, `opening`,
  `photo`, `leading`, `spaced_names`), yet the article lacks it: the byline went to a neighbour or was
  dropped (placement); `(to the previous)` / `(to the next)` when an article before / after it (in
  page order) carries the name
- `unparsed`: the name is printed inside one line that no byline reader gives it from (parsing)
Tune on dev only.
"""

from __future__ import annotations

import argparse
from collections import Counter

from evaluation.segmentation import scorer, simulated_pages
from transforms import bylines
from transforms.articles import split_articles
from transforms.decoding import decode

ALL = ("main", "alt", "third", "template", "blind", "blind2", "blind3")


def _squash(s: str) -> str:
    return "".join(s.split())


def misses(
    generator: str, split: str, pages: int, seed: int, families: list[str] | None = None
) -> list[dict]:
    """One dict per missed gold author of the generator's pages (of `families`, or all)."""
    sc = scorer()
    out = []
    for s in simulated_pages(split, pages, seed, families, generator):
        text = decode(s.raw).text
        articles, _ = split_articles(text)
        lines = text.split("\n")
        for ga in s.gold["articles"]:
            snippet = sc.norm(ga["body_contains"])
            holders = [a for a in articles if snippet in sc.norm(a.body)]
            held = holders[0] if len(holders) == 1 else None
            got = {sc.norm(x.name) for x in held.authors} if held else set()
            for name in ga["authors"]:
                if held and sc.norm(name) in got:
                    continue
                out.append(_miss(sc, s, generator, seed, ga, name, held, articles, lines))
    return out


def _miss(sc, s, generator, seed, ga, name, held, articles, lines) -> dict:  # noqa: ANN001, PLR0913
    key = sc.norm(name)
    where = None
    printing = [k for k, ln in enumerate(lines) if key in sc.norm(ln)]
    reading = [k for k in printing if key in {sc.norm(n) for n in _read_names(lines[k])}]
    at: int | None = (reading or printing)[0] if reading or printing else None
    row = {"title": held.title, "subtitle": held.subtitle, "kicker": held.kicker} if held else None
    if held is None:
        kind = "no-holder"
    elif not sc.title_match(ga["title"], row):
        kind = "misattached"
    elif reading:
        kind = "placed"
        carriers = [k for k, a in enumerate(articles) if key in {sc.norm(x.name) for x in a.authors}]
        if carriers:
            mine = articles.index(held)
            kind += " (to the previous)" if carriers[0] < mine else " (to the next)"
            where = articles[carriers[0]].title
    elif printing:
        kind = "unparsed"
    elif key in sc.norm("".join(lines)):
        kind = "wrapped"
        at = next(
            (k for k in range(len(lines) - 1) if key in sc.norm(lines[k] + lines[k + 1])),
            None,
        )
    else:
        kind = "not-printed"
    shown = []
    if at is not None:
        for k in range(max(0, at - 2), min(len(lines), at + 3)):
            shown.append(("> " if k == at else "  ") + lines[k][-70:])
    return {
        "generator": generator,
        "seed": seed,
        "page": s.name,
        "family": s.family,
        "title": ga["title"],
        "expected": ga["authors"],
        "name": name,
        "got": [f"{x.name}/{x.role}" for x in held.authors] if held else None,
        "kind": kind,
        "carrier": where,
        "lines": shown,
    }


def _read_names(line: str) -> list[str]:
    """Every name any byline reader gives from one line as printed."""
    text = line.strip()
    if not text:
        return []
    out = []
    for fn in (bylines.read, bylines.leading, bylines.tail_byline):
        out += [a.name for a in fn(text) or []]
    for fn2 in (bylines.trailing, bylines.opening, bylines.photo, bylines.spaced_names):
        got = fn2(text)
        out += [a.name for a in got[1]] if got else []
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--generators", default=",".join(ALL))
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--seeds", default="7000,3000")
    ap.add_argument("--families", help="comma-separated layout families (default all)")
    ap.add_argument("--summary", action="store_true", help="counts only")
    args = ap.parse_args(argv)
    if args.split.startswith("test"):
        raise SystemExit("author misses are for tuning: dev only")
    families = args.families.split(",") if args.families else None
    counts: Counter[tuple[str, str]] = Counter()
    for g in args.generators.split(","):
        for seed in (int(x) for x in args.seeds.split(",")):
            for m in misses(g, args.split, args.pages, seed, families):
                counts[(m["kind"], f"{g}/{m['family']}")] += 1
                if args.summary:
                    continue
                print(
                    f"[{m['kind']}] {g}/{m['family']} seed {seed} {m['page']} «{m['title'][:16]}» "
                    f"missed {m['name']} of {m['expected']}, got {m['got']}"
                    + (f", carried by «{(m['carrier'] or '')[:16]}»" if m["carrier"] is not None else "")
                )
                for ln in m["lines"]:
                    print("    " + ln)
    by_kind: Counter[str] = Counter()
    for (kind, _), n in counts.items():
        by_kind[kind] += n
    print("misses by class:", dict(by_kind.most_common()))
    for (kind, fam), n in counts.most_common():
        print(f"  {kind:14s} {fam:32s} {n}")


if __name__ == "__main__":
    main()
