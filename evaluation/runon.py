"""Bodies run together: the extracted articles whose body holds the text of two gold reports (two
reports printed one after the other with no headline, byline or dateline between them that the
segmenter saw), counted from the simulator's gold and the dev reports the pages print, and where the
missing cut lay.

    python -m evaluation.runon [--split dev] [--generators main,alt] [--pages 40] [--seed 7000] [-v]

For each generator: the gold articles, the extracted articles holding two (or more) reports' text,
and for each missing cut (the first paragraph of the second report in the body) whether it lay at a
sentence's end that ends a printed line (a cut point), at a paragraph's start
(`articles._paragraph_start`), after a closing sentence (`。！？…` and a closing quote), where the
text below opens like a report's lead (`articles._lead_opening`), where the places change
(`articles._fresh_texts`), and whether the second report's headline is an orphan on the page (a cut
`orphan_cut` could pair with it), another article's headline, or nowhere. It also counts, over the
bodies holding one report only, the paragraph ends the cut rule (`articles._lead_cut`) would cut at
(its false cuts) against the paragraph ends it reads.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from evaluation import reports as reports_mod
from evaluation.segmentation import scorer, simulated_pages
from transforms import articles as A
from transforms.decoding import decode
from transforms.lines import Line

PROBE = 12  # normalised characters of a paragraph's start looked for in a body
HELD = 40  # normalised characters of a report's paragraphs a body must hold to hold that report


def _norm_map(text: str, norm) -> tuple[str, list[int]]:  # noqa: ANN001
    """The scorer's normalised text and, for each of its characters, its index in `text`."""
    out, idx = [], []
    for i, ch in enumerate(text):
        if norm(ch):
            out.append(ch)
            idx.append(i)
    return "".join(out), idx


def _report_of(snippet: str, bodies: dict[str, str]) -> str | None:
    hits = [rid for rid, b in bodies.items() if snippet in b]
    return hits[0] if len(hits) == 1 else None


def _body_lines(page: str, art: A.Article) -> list[Line]:
    """The article's body as printed lines: runs of body characters at consecutive page offsets."""
    runs: list[Line] = []
    text, offs = [], []
    last = None
    for ch, o in zip(art.body, art.offsets, strict=False):
        if ch == "\n":
            continue
        if last is not None and (o != last + 1 or "\n" in page[last : o + 1]):
            runs.append(Line("".join(text), offs))
            text, offs = [], []
        text.append(ch)
        offs.append(o)
        last = o
    if text:
        runs.append(Line("".join(text), offs))
    return [r for r in runs if r.text.strip()]


def run(generator: str, split: str, pages: int, seed: int, verbose: bool) -> Counter:
    sc = scorer()
    bodies = {r["id"]: sc.norm(r["body"]) for r in reports_mod.load()}
    paras = {
        r["id"]: [sc.norm(x) for x in r["body"].split("\n") if len(sc.norm(x)) >= PROBE]
        for r in reports_mod.load()
    }
    c: Counter = Counter()
    for s in simulated_pages(split, pages, seed, None, generator):
        page = decode(s.raw).text
        arts, _ = A.split_articles(page)
        gold = {}
        for g in s.gold["articles"]:
            rid = _report_of(sc.norm(g["body_contains"]), bodies)
            if rid is not None:
                gold[rid] = g
        c["gold"] += len(s.gold["articles"])
        for art in arts:
            if art.kind != "article" or len(sc.norm(art.body)) < 50:
                continue
            flat, idx = _norm_map(art.body, sc.norm)
            held = []
            for rid in gold:
                found = [(flat.find(x[:PROBE]), len(x)) for x in paras[rid] if x[:PROBE] in flat]
                if sum(n for _, n in found) >= HELD:
                    held.append((min(f for f, _ in found), rid))
            held.sort()
            c["bodied"] += 1
            if len(held) < 2:
                if len(held) == 1:
                    _single(c, page, art)
                continue
            c["merged"] += 1
            for at, b_id in held[1:]:
                _boundary(c, sc, page, art, arts, idx[at], gold[b_id], s.name if verbose else None)
    return c


def _single(c: Counter, page: str, art: A.Article) -> None:
    """The paragraph ends of a body holding one report, and those the lead cut would take."""
    lines = _body_lines(page, art)
    width = A._column_width(page, lines)
    for e in range(2, len(lines) - 1):
        if not A.ends_paragraph(lines[e - 1].text):
            continue
        c["single ends"] += 1
        if A._paragraph_start(page, lines[e - 1], lines[e], width):
            c["single paragraph starts"] += 1
            if A._lead_cut(lines[:e], lines[e:]):
                c["single lead cut (false)"] += 1
            if A._fresh_start(lines[:e], lines[e:]):
                c["single fresh (false)"] += 1
            if A._lead_opening("".join(x.text for x in lines[e : e + 2])):
                c["single lead opening"] += 1


def _boundary(c: Counter, sc, page: str, art: A.Article, arts: list, at: int, g: dict, name) -> None:  # noqa: ANN001
    c["cuts"] += 1
    lines = _body_lines(page, art)
    while at and not sc.norm(art.body[at - 1]) and art.body[at - 1] != "\n":
        at -= 1  # an opening quote the paragraph starts with
    off = art.offsets[at]
    k = next((i for i, x in enumerate(lines) if x.offs and x.offs[0] <= off <= x.offs[-1]), None)
    above = art.body[:at].rstrip("\n")
    below = art.body[at:]
    line_start = k is not None and lines[k].offs[0] == off
    c["at a line start"] += line_start
    closing = re.search(r"[。！？!?…][”’」』）)]?$", above.strip()) is not None
    c["after a closing sentence"] += closing
    para = False
    if line_start and k:
        width = A._column_width(page, lines)
        para = A._paragraph_start(page, lines[k - 1], lines[k], width)
    c["at a paragraph start"] += para
    lead = A._lead_opening(below[:60])
    c["opens like a lead"] += lead
    fresh = A._fresh_texts(above[-A.FRESH_REACH :], below[: A.FRESH_REACH])
    c["places change (_fresh_texts)"] += fresh
    cut = bool(line_start and k and A._lead_cut(lines[:k], lines[k:]))
    c["lead cut would take it"] += cut
    titled = [
        a
        for a in arts
        if sc.title_match(g["title"], {"title": a.title, "subtitle": a.subtitle, "kicker": a.kicker})
    ]
    where = (
        "this article's own"
        if any(a is art for a in titled)
        else "orphan on the page"
        if any(a.kind == "orphan_headline" for a in titled)
        else "another article's headline"
        if titled
        else "headline nowhere"
    )
    c["second headline: " + where] += 1
    if name:
        print(
            f"  {name}: …{above[-24:]!r} | {below[:30]!r} para={para} closing={closing} lead={lead} "
            f"fresh={fresh} cut={cut} {where}: {g['title'][:16]}"
        )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument(
        "--generators", default="main,alt,third,template,blind,blind2,blind3,blind4,blind5,blind6"
    )
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7000)
    ap.add_argument("-v", action="store_true", help="each missing cut")
    args = ap.parse_args(argv)
    total: Counter = Counter()
    for g in args.generators.split(","):
        c = run(g, args.split, args.pages, args.seed, args.v)
        total += c
        print(f"{g:9s} " + ", ".join(f"{k} {v}" for k, v in c.items()), flush=True)
    print("all       " + ", ".join(f"{k} {v}" for k, v in total.items()))


if __name__ == "__main__":
    main()
