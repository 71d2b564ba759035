"""The headlines segmentation missed on simulated pages, each classified and shown in its context.

    python -m evaluation.missed_headlines [--split dev] [--generator main] [--pages 100] [--seed 1000]
                                          [--families a,b] [--kinds k1,k2] [--context 3] [--quiet]

For every gold article whose body is not held by one article under its headline (the scorer's
attach miss), says what became of the headline and of the body, as one kind:

- `in_text`: the headline's printed lines ended in an article's body (read as text);
- `orphan`: the headline stands as an orphan headline, its body under another or none;
- `heads_other`: the headline heads another body (the matching swapped two);
- `split`: only a part of the headline is some article's headline (a line of it went elsewhere);
- `run_together`: the article holding the body holds another gold body too (no cut between them);
- `no_holder`: no single article holds the body's snippet (cut inside it, or printed twice);
- `lost`: the headline is nowhere to be found among the articles.

Then, unless --quiet, the page's lines around the headline: the line index, the generator's label,
the line model's label (after the reader's own relabelling is not shown: the model's), the article
the line's characters went to (`#n` body of the n-th article, `-` none) and the text. A tally of the
kinds closes the listing. For `run_together`, the lines where the body that got no cut of its own
starts are shown too (`*`), found by its report's first words. Reads the simulated pages only; dev split only for tuning.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from evaluation import reports as report_store
from evaluation.segmentation import scorer, simulated_pages
from transforms import articles as arts_mod
from transforms.articles import Article, split_articles
from transforms.decoding import decode

_SEGMENT = re.compile(r"[\u3400-\u9fffA-Za-z0-9·]+|[^\u3400-\u9fffA-Za-z0-9·]")
_HEAD_LABELS = ("title", "title+", "kicker", "subtitle")


def doubled(text: str) -> str:
    """`text` as a doubled headline prints it: each run of characters and each mark twice."""
    return "".join(seg * 2 for seg in _SEGMENT.findall(text))


@dataclass
class Miss:
    page: str
    title: str
    kind: str
    got: str | None  # the title of the article holding the body
    head_lines: list[int]  # the page's lines printing the headline
    context: list[str]


def _norm(sc, text: str | None) -> str:  # noqa: ANN001 - the shared scorer module
    return sc.norm(text or "")


def headline_lines(sc, gold_title: str, texts: list[str], labels: tuple[str, ...] | None) -> list[int]:  # noqa: ANN001
    """The page's lines printing `gold_title` (as it is, or doubled): lines whose text is a part of it,
    labelled a headline's where the generator labels lines, the longest run of neighbours."""
    forms = [_norm(sc, gold_title), _norm(sc, doubled(gold_title))]
    hits = []
    for k, t in enumerate(texts):
        n = _norm(sc, t)
        if len(n) < 2 or (labels is not None and k < len(labels) and labels[k] not in _HEAD_LABELS):
            continue
        if any(n in f for f in forms) or any(f in n for f in forms if len(f) >= 4):
            hits.append(k)
    runs: list[list[int]] = []
    for k in hits:
        if runs and k - runs[-1][-1] <= 2:
            runs[-1].append(k)
        else:
            runs.append([k])
    return max(runs, key=lambda r: sum(len(_norm(sc, texts[k])) for k in r)) if runs else []


def body_start(sc, gold_title: str, texts: list[str], pool: list[dict]) -> int | None:  # noqa: ANN001
    """The page line where the text of the report headed `gold_title` starts (its first paragraph's
    opening characters, found across line breaks), or None (a report not in `pool`, a page converted
    to another script)."""
    want = _norm(sc, gold_title)
    report = next((r for r in pool if _norm(sc, (r.get("title") or "").split("|")[-1]) == want), None)
    if report is None:
        return None
    first = next((x for x in (report.get("body") or "").split("\n") if x.strip()), "")
    key = _norm(sc, first)[:10]
    joined, where = "", []
    for k, t in enumerate(texts):
        n = _norm(sc, t)
        joined += n
        where += [k] * len(n)
    at = joined.find(key) if len(key) >= 6 else -1
    return where[at] if at >= 0 else None


def owners(text: str, articles: list[Article]) -> list[str]:
    """Per page line: which article's body holds its characters (`#n`, 1-based), or `-`."""
    starts = list(itertools.accumulate((len(x) + 1 for x in text.split("\n")), initial=0))
    out = ["-"] * (len(starts) - 1)
    for n, a in enumerate(articles, start=1):
        for o in a.offsets:
            k = bisect.bisect_right(starts, o) - 1
            if 0 <= k < len(out) and f"#{n}" not in out[k]:
                out[k] = f"#{n}" if out[k] == "-" else out[k] + f",#{n}"
    return out


def model_labels(text: str) -> list[str]:
    """Per page line, the line model's label of the (first) labelled line printing it."""
    starts = list(itertools.accumulate((len(x) + 1 for x in text.split("\n")), initial=0))
    lines, labels, _ = arts_mod._labelled(text)
    out = ["."] * (len(starts) - 1)
    for line, y in zip(lines, labels, strict=True):
        if line.offs:
            k = bisect.bisect_right(starts, line.offs[0]) - 1
            if 0 <= k < len(out) and out[k] == ".":
                out[k] = y
    return out


def classify(
    sc, ga: dict, articles: list[Article], head: list[int], own: list[str], golds: list[dict]
) -> tuple[str, str | None]:  # noqa: ANN001
    """The kind of one missed article (see the module's docstring), and the title its body got."""
    snippet = _norm(sc, ga["body_contains"])
    holders = [a for a in articles if snippet in _norm(sc, a.body)]
    if len(holders) != 1:
        return "no_holder", None
    holder = holders[0]
    others = [g for g in golds if g is not ga and _norm(sc, g["body_contains"]) in _norm(sc, holder.body)]
    if others:
        return "run_together", holder.title
    row = lambda a: {"title": a.title, "subtitle": a.subtitle, "kicker": a.kicker}  # noqa: E731
    titled = [a for a in articles if sc.title_match(ga["title"], row(a))]
    if titled:
        return ("orphan" if titled[0].kind == "orphan_headline" else "heads_other"), holder.title
    if head and any(own[k] != "-" for k in head):
        return "in_text", holder.title
    g = _norm(sc, ga["title"])
    for a in articles:
        t = _norm(sc, (a.kicker or "") + (a.title or "") + (a.subtitle or ""))
        if len(t) >= 4 and (t in g or g in t or t in _norm(sc, doubled(ga["title"]))):
            return "split", holder.title
    return "lost", holder.title


def page_misses(sim, context: int = 3, pool: list[dict] | None = None) -> list[Miss]:  # noqa: ANN001 - a simulated page
    sc = scorer()
    text = decode(sim.raw).text
    articles, _ = split_articles(text)
    texts = text.split("\n")
    labels = tuple(getattr(sim, "labels", None) or ()) or None
    if labels is not None and len(labels) != len(texts):
        labels = None
    own = owners(text, articles)
    model = model_labels(text)
    out = []
    golds = sim.gold["articles"]
    for ga in golds:
        snippet = _norm(sc, ga["body_contains"])
        holders = [a for a in articles if snippet in _norm(sc, a.body)]
        if len(holders) == 1 and sc.title_match(
            ga["title"],
            {"title": holders[0].title, "subtitle": holders[0].subtitle, "kicker": holders[0].kicker},
        ):
            continue
        head = headline_lines(sc, ga["title"], texts, labels)
        kind, got = classify(sc, ga, articles, head, own, golds)
        lo = max(0, (head[0] if head else 0) - context)
        hi = min(len(texts), (head[-1] if head else -1) + context + 1)
        shown = [
            f"{'>' if k in head else ' '}{k:4d} {(labels[k] if labels else '?'):10s} {model[k]:10s} "
            f"{own[k]:6s} {texts[k]}"
            for k in range(lo, hi)
        ]
        if kind == "run_together" and pool is not None:  # where the body that got no cut starts
            start = body_start(sc, ga["title"], texts, pool)
            if start is not None:
                shown.append("    … its text starts:")
                shown += [
                    f"{'*' if k == start else ' '}{k:4d} {(labels[k] if labels else '?'):10s} {model[k]:10s} "
                    f"{own[k]:6s} {texts[k]}"
                    for k in range(max(0, start - context), min(len(texts), start + context + 1))
                ]
        out.append(Miss(sim.name, ga["title"], kind, got, head, shown))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--generator", default="main")
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1000)
    ap.add_argument("--families")
    ap.add_argument("--kinds", help="comma-separated kinds to list (default all)")
    ap.add_argument("--context", type=int, default=3)
    ap.add_argument("--quiet", action="store_true", help="the tally only")
    args = ap.parse_args(argv)
    families = tuple(args.families.split(",")) if args.families else None
    kinds = set(args.kinds.split(",")) if args.kinds else None
    tally: Counter[str] = Counter()
    pool = report_store.load(args.split) if args.split in ("dev", "test", "dev-a", "dev-b") else None
    for sim in simulated_pages(args.split, args.pages, args.seed, families, args.generator):
        for m in page_misses(sim, args.context, pool):
            tally[m.kind] += 1
            if args.quiet or (kinds and m.kind not in kinds):
                continue
            print(f"{m.page}: [{m.kind}] {m.title} -> body titled {m.got}")
            print("\n".join(m.context))
            print()
    print("misses by kind: " + ", ".join(f"{k} {n}" for k, n in tally.most_common()))


if __name__ == "__main__":
    main()
