"""`make train`: the line-label model from simulated dev pages, deterministically.

    python -m evaluation.train_lines [--pages 500] [--seed 17] [--split dev|dev-a|dev-b]
                                     [--generators main,alt,third,template] [--families a,b] [--out DIR]

Lays out the dev reports as pages with each of the three page generators (`evaluation.simulate`,
`simulate_alt`, `simulate_third`; --pages of each, their families in turn), turns each page into its
feature frame (`transforms.line_features.frame`) and its line labels, and trains the CRF
(`transforms.line_labels.train`; L-BFGS, no randomness: the same pages give the same model). Pages of
every generator, because one generator's quirks learned alone do not carry to another's (measured by
`python -m evaluation.segmentation --logo`). Writes `model.crfsuite` and `model.json` (the features it
was trained for, the seed, the pages, the generators and families) to `transforms/models/lines/`, or to
--out (validation runs). `--split dev-a` / `dev-b`: the pages of one half of the dev reports only
(`half_of`), to score a model on the other half's pages: reports it never saw.

Beside them `headlines.json`, the headline-ness model the features read (`headline_model`: how much
a line's characters and character pairs read as a headline's, from the split's reports' titles
against their body text). Its training pages are cross-fitted (`training_sequences`): the pages of
one fold of the reports read their headline-ness from a model of the other fold's reports, so the
CRF weighs it as it will be worth on reports it never saw.

The generators label every line of a headline `title` and every byline line `byline`; the model
learns two finer labels, read off the page's gold: `title+` (a wrapped headline's next line: the
lines so far are the start of one gold headline) and `byline_end` (a byline printed after its body:
the body it names comes before it). The third generator's own words are put in the main one's
(`labels_of`).

The template generator (`evaluation.simulate_template`: the shared sample pages' own layouts filled
with report text) is trained on too, since the line model reads how a line reads as a headline
(`line_features.headline_ness`, `topic_breaks`): on 200 dev pages of each generator (seeds 7000 / 3000),
the model with those features trained with it against without it, attach: template 86.5 / 88.8 against
82.5 / 86.7, blind 84.3 / 83.8 against 82.7 / 82.2, alt 92.2 / 90.9 against 91.4 / 90.3, main 81.3 /
76.7 against 82.2 / 79.2, third 83.0 / 83.4 against 84.8 / 83.1; the shared samples 1.00 either way. Its
pages are then no unseen check: the blind generator (`evaluation.simulate_blind`) is.

`--generators` also takes blind3 to blind6 (`blind_page`: their pages record each line's kind, read
as a label; a page whose printed lines do not match those kinds one for one is skipped) and
`name:pages` for fewer pages of one generator (`main,alt,third,template,blind3:150,...`). Not the
default: on 40 dev pages of blind7 (never trained on), seeds 7000 / 3000, the model trained with
150 pages of each of blind3-6 besides the four scored attach 71.0 / 79.7 against 77.4 / 78.0; with
main left out (250 pages of each other generator, dev-b reports, 60 dev-a main pages, seeds 8300 /
8400) 80.3 / 73.3 against 75.8 / 71.7 (session 29).
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import importlib
import json
import math
import random
import re
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from evaluation import reports as report_store
from transforms import articles, bylines, line_features, line_labels
from transforms.lines import Line, split_lines

SEED = 17
PAGES = 500  # of each generator (300: dev attach 0.8-1.8 points lower on every generator)
PARAMS = {"c1": 0.0, "c2": 0.1, "max_iterations": 150, "feature.possible_transitions": True}
_NORM = re.compile(r"[\s“”「」\"'‘’：:，,·、。()（）—\-#]+")


def norm(text: str) -> str:
    return _NORM.sub("", text)


def sequence(text: str, labels: tuple[str, ...], gold: dict) -> tuple[list[dict[str, float]], list[str]]:
    """A simulated page's items and its labels for the printed lines, the finer labels derived."""
    raw, lines = articles.printed_lines(text)  # wrapped datelines and bylines joined, as when labelling
    f = line_features.frame(lines, line_features.indents(raw))
    origin = _origins(raw, split_lines(text))
    idx = [origin[i] for i in f["line"].to_list()]  # the page's line numbers (a joined line: its first)
    ys = [labels[i] for i in idx]
    texts = [lines[i].text for i in f["line"].to_list()]
    ys = _titles(ys, texts, [g["title"] for g in gold["articles"]] + list(gold["orphan_titles"]))
    ys = _bylines(ys, texts, idx, text, gold)
    return line_features.items(f), [_known(y) for y in ys]


def _origins(lines: list[Line], page: list[Line]) -> list[int]:
    """The page line each of `lines` (the page's lines, some joined) begins on."""
    starts = [x.offs.start for x in page]  # ranges, as split_lines gives them (a blank line's too)
    return [bisect.bisect_right(starts, _start(x)) - 1 for x in lines]


def _start(line: Line) -> int:
    """A line's page offset: where it starts (a joined line begins with a printed character)."""
    return line.offs.start if isinstance(line.offs, range) else line.offs[0]


def _known(y: str) -> str:
    return y if y in line_labels.LABELS else "noise"


def _titles(ys: list[str], texts: list[str], titles: list[str]) -> list[str]:
    """`title+` for a title line that continues the headline the lines before it started."""
    heads = [norm(t) for t in titles if t]
    out = list(ys)
    run = ""
    for k, y in enumerate(ys):
        if y != "title":
            run = ""
            continue
        piece = norm(texts[k])
        if run and not _whole(run, heads):
            out[k] = "title+"
            run += piece
        else:
            run = piece
    return out


def _whole(run: str, heads: list[str]) -> bool:
    """The headline lines so far already make a whole headline (printed once or doubled)."""
    once = _ONCE.sub(r"\1", run)
    return any(run == h or once == h or (run.endswith(h) and len(run) > len(h)) for h in heads)


_ONCE = re.compile(r"(.+?)\1")  # a doubled headline's runs, once


def _bylines(ys: list[str], texts: list[str], idx: list[int], page: str, gold: dict) -> list[str]:
    """`byline_end` for a byline line printed after the body of the article whose authors it names."""
    out = list(ys)
    page_lines = page.split("\n")
    for k, y in enumerate(ys):
        if y != "byline":
            continue
        line = norm(texts[k])
        owners = [g for g in gold["articles"] if g["authors"] and all(norm(a) in line for a in g["authors"])]
        where = [_line_of(page_lines, g["body_contains"]) for g in owners]
        where = [w for w in where if w is not None]
        if (
            where
            and all(w < idx[k] for w in where)
            or not where
            and k
            and ys[k - 1] in ("body", "continuation")
        ):
            out[k] = "byline_end"
    return out


def _line_of(lines: list[str], snippet: str) -> int | None:
    """The page line where a gold body snippet begins (its first characters, punctuation aside)."""
    probe = norm(snippet)[:8]
    owner: list[int] = []
    flat = []
    for n, raw in enumerate(lines):
        piece = norm(raw)
        flat.append(piece)
        owner.extend([n] * len(piece))
    at = "".join(flat).find(probe) if probe else -1
    return owner[at] if at >= 0 else None


GENERATORS = ("main", "alt", "third", "template")  # trained on by default (see the module's docstring)
_MODULES = {
    "main": "evaluation.simulate",
    "alt": "evaluation.simulate_alt",
    "third": "evaluation.simulate_third",
    "template": "evaluation.simulate_template",
    "blind3": "evaluation.simulate_blind3",
    "blind4": "evaluation.simulate_blind4",
    "blind5": "evaluation.simulate_blind5",
    "blind6": "evaluation.simulate_blind6",
}
# Generators whose pages record each printed line's kind in their own words (`page.lines`) but carry
# no line labels: their kinds in the main generator's words (`blind_labels`); blank, gap and frame
# lines print nothing.
BLIND_KINDS = {
    "body": "body",
    "para": "body",
    "subhead": "body",
    "mixed": "body",
    "head": "title",
    "heads": "title",
    "title": "title",
    "teaser": "title",
    "subtitle": "subtitle",
    "kicker": "kicker",
    "byline": "byline",
    "caption": "caption",
    "credit": "credit",
    "jump": "continuation",
    "mark": "continuation",
    "furniture": "noise",
    "repeat": "noise",
    "noise": "noise",
}
_NOTHING = ("blank", "gap", "frame")


@dataclass
class BlindPage:
    """A page of a generator that records its lines' kinds, with labels for the page's lines."""

    name: str
    family: str
    text: str
    gold: dict
    labels: tuple[str, ...]


def blind_page(name: str, pool: list[dict], family: str, index: int, seed: int) -> BlindPage | None:
    """A page of a blind generator (`BLIND_KINDS`) with a label for each of its text's lines: its
    printed lines matched in order to the generator's own lines that print something; None when they
    do not match one for one (a page whose text the generator rewrote after laying it out)."""
    page = generator(name).page(pool, family, index, seed)
    text = page.text.replace("\r\n", "\n")
    kinds = [x.kind if hasattr(x, "kind") else x[2] for x in page.lines]
    kinds = [k for k in kinds if k not in _NOTHING]
    rows = text.split("\n")
    printed = [k for k, row in enumerate(rows) if row.strip()]
    if len(printed) != len(kinds) or any(k not in BLIND_KINDS for k in kinds):
        return None
    labels = ["blank"] * len(rows)
    for k, kind in zip(printed, kinds, strict=True):
        labels[k] = BLIND_KINDS[kind]
    return BlindPage(page.name, family, text, page.gold, tuple(labels))


def generator(name: str):  # noqa: ANN201 - a simulator module
    return importlib.import_module(_MODULES[name])


def half_of(report_id: str) -> str:
    """'a' or 'b': the half of the dev reports a report is in, fixed by its id alone (a hash apart
    from the dev/test split's), for validation: train on one half's pages, score on the other's."""
    return "ab"[int(hashlib.sha256(f"half:{report_id}".encode()).hexdigest()[:8], 16) % 2]


def reports(split: str) -> list[dict]:
    """The titled reports of 'dev', 'test', or a half of dev ('dev-a', 'dev-b')."""
    base, _, half = split.partition("-")
    return [r for r in report_store.load(base) if r.get("title") and (not half or half_of(r["id"]) == half)]


def families_of(name: str, wanted: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """A generator's layout families (those in `wanted` when given) it can lay out here."""
    gen = generator(name)
    known = tuple(
        f for f in gen.FAMILIES if name != "third" or f != "traditional" or gen.traditional_available()
    )
    return tuple(f for f in known if not wanted or f in wanted)


def simulated(
    split: str,
    count: int,
    seed: int,
    families: tuple[str, ...] | None = None,
    name: str = "main",
    pool: list[dict] | None = None,
) -> list:
    """`count` pages of one generator from the split's reports (or those of `pool`), its families in
    turn, seeds seed, seed+1, … (for the main generator, the pages `evaluation.simulate.pages` gives)."""
    gen, fams = generator(name), families_of(name, families)
    pool = reports(split) if pool is None else pool
    if name in _BLIND:  # the pages whose lines match their kinds (`blind_page`)
        some = (blind_page(name, pool, fams[i % len(fams)], i, seed) for i in range(count))
        return [x for x in some if x is not None] if fams else []
    return [gen.simulate(pool, seed + i, fams[i % len(fams)]) for i in range(count)] if fams else []


_BLIND = ("blind3", "blind4", "blind5", "blind6")


def labels_of(name: str, sim) -> tuple[str, ...]:  # noqa: ANN001 - a simulator's page
    """A simulated page's line labels in the main generator's words. The third generator says `mark`
    for a continuation mark, `body` for a dateline's line, a paragraph printed again and a photo's
    caption, and `byline` for a photo's credit: these are read off its lines (the line opens with a
    dateline; it repeats the lines of an earlier paragraph; its article is one paragraph ending with a
    photographer's credit). A body line opening with a dateline is a `dateline` in every generator's
    pages (`_opening_datelines`)."""
    labels, texts = tuple(sim.labels), sim.text.split("\n")
    if name != "third":  # a blind page's labels are in the main generator's words already
        return tuple(_opening_datelines(texts, labels))
    out = ["continuation" if y == "mark" else y for y in labels]
    for k in _repeated(texts, labels):
        out[k] = "noise"
    for k, y in enumerate(_opening_datelines(texts, labels)):
        out[k] = y if y == "dateline" and labels[k] == "body" else out[k]
    for k in _photo_lines(getattr(sim, "lines", [])):
        out[k] = "credit" if labels[k] == "byline" else "caption"
    return tuple(out)


_SPACES = re.compile(r"[ \u3000]")


def _opening_datelines(texts: list[str], labels: tuple[str, ...]) -> list[str]:
    """`dateline` for a body line that opens with a dateline (`本报讯`, `…日电`): a generator labels
    the datelines it prints itself, not those a report's own text opens with, which read the same."""
    return [
        "dateline" if y == "body" and line_features.dateline(_SPACES.sub("", t)) else y
        for y, t in zip(labels, texts, strict=True)
    ]


def _photo_lines(lines: list) -> list[int]:
    """The body and byline lines of the third generator's photo stories: an article printed as one
    paragraph whose last line is, or ends with, a photographer's credit."""
    owned: dict[int, list[int]] = {}
    for k, x in enumerate(lines):
        if x.owner is not None and x.role in ("body", "byline"):
            owned.setdefault(x.owner, []).append(k)
    return [
        k
        for ks in owned.values()
        if bylines.photo(lines[ks[-1]].text)
        and sum(lines[k].para_end for k in ks if lines[k].role == "body") <= 1
        for k in ks
    ]


def _repeated(texts: list[str], labels: tuple[str, ...]) -> list[int]:
    """The body lines that go on printing an earlier run of body lines again, from a line of 6
    characters or more that is one of them."""
    texts = [t.replace(" ", "") for t in texts]  # a figure spaced from its unit in one printing only
    first: dict[str, int] = {}
    out, echo = [], None
    for k, (text, y) in enumerate(zip(texts, labels, strict=True)):
        if y != "body":
            echo = None if y != "blank" else echo
            continue
        if echo is not None and echo < k and texts[echo] == text:
            out.append(k)
        elif len(text) >= 6 and text in first:
            echo = first[text]
            out.append(k)
        else:
            echo = None
        first.setdefault(text, k)
        echo = echo + 1 if echo is not None else None
        while echo is not None and echo < k and labels[echo] == "blank":
            echo += 1
    return out


HEADLINE_SHARE = 0.4  # a character or pair known to the headline-ness model is in this share of reports
HEADLINE_CUTS = (0.5, 0.9, 0.98)  # the bins' cuts: these quantiles of the running text's scores


def headline_model(pool: list[dict], seed: int) -> dict:
    """The headline-ness model (`line_features.headline_model`): naive Bayes log odds of each
    character and character pair in the reports' titles against their body text cut into pieces a
    column long, for those found in HEADLINE_SHARE of the reports or more: the words of headlines in
    general (`助力`, `引领`, `：`) and of running text (`的`, `了`, `，`), not one report's places and
    names. Trained on one half of the dev reports, it tells the other half's titles from their text
    pieces with AUC 0.94 / 0.93 (0.83 / 0.85 keeping every character and pair; 0.98 / 0.97 on its
    own half's). The bins' cuts are quantiles of the pieces' scores."""
    rng = random.Random(seed)
    titles = [[t for t in r["title"].split("|") if t.strip()] for r in pool]
    texts = [_pieces(r["body"], rng) for r in pool]
    held = Counter(
        g
        for ts, xs in zip(titles, texts, strict=True)
        for g in set().union(*map(line_features.headline_grams, ts + xs))
    )
    known = {g for g, n in held.items() if n >= HEADLINE_SHARE * len(pool)}
    in_titles = Counter(g for ts in titles for t in ts for g in line_features.headline_grams(t) if g in known)
    in_text = Counter(g for xs in texts for x in xs for g in line_features.headline_grams(x) if g in known)
    a, t_all, x_all = 1.0, sum(in_titles.values()) + len(known), sum(in_text.values()) + len(known)
    weights = {
        g: round(math.log((in_titles[g] + a) / t_all) - math.log((in_text[g] + a) / x_all), 3)
        for g in sorted(known)
    }
    scores = sorted(
        s for xs in texts for x in xs if (s := line_features.headline_score(x, weights)) is not None
    )
    cuts = [scores[int(q * (len(scores) - 1))] for q in HEADLINE_CUTS]
    return {"weights": weights, "cuts": cuts, "reports": len(pool)}


def _pieces(body: str, rng: random.Random) -> list[str]:
    """A report's paragraphs cut into pieces of 8 to 24 characters, as columns print running text."""
    out = []
    for p in body.split("\n"):
        p, at = p.strip(), 0
        while at < len(p):
            step = rng.randint(8, 24)
            out.append(p[at : at + step])
            at += step
    return out


def training_pages(split: str, pages: int, seed: int, generators: tuple[str, ...], families=None) -> list:  # noqa: ANN001
    """(generator, page) pairs: `pages` pages of each generator, from the split's reports."""
    return [
        (g, s)
        for g, n in map(partial(pages_of, default=pages), generators)
        for s in simulated(split, n, seed, families, g)
    ]


def pages_of(entry: str, default: int) -> tuple[str, int]:
    """A generator and its pages from `name` (`default` pages) or `name:pages` (`blind3:150`)."""
    name, _, n = entry.partition(":")
    return name, int(n) if n else default


def fold_of(report_id: str) -> str:
    """'x' or 'y': the fold of a report for cross-fitting the headline-ness model, fixed by its id (a
    hash apart from the dev/test split's and the halves')."""
    return "xy"[int(hashlib.sha256(f"fold:{report_id}".encode()).hexdigest()[:8], 16) % 2]


def training_sequences(
    split: str,
    pages: int,
    seed: int,
    generators: tuple[str, ...],
    families=None,  # noqa: ANN001
) -> tuple[list, list]:
    """The training pages and their (items, labels) sequences, cross-fitted: the pages of one fold of
    the split's reports (`fold_of`, half the pages) get their headline-ness from a model of the other
    fold's reports, so the CRF learns how much a headline-ness read off reports it never saw is worth,
    as on the pages it will label, not how well a model recognises its own training titles."""
    pool = reports(split)
    sims, seqs = [], []
    for fold, other in (("x", "y"), ("y", "x")):
        with tempfile.TemporaryDirectory() as tmp:
            heads = headline_model([r for r in pool if fold_of(r["id"]) == other], seed)
            write_headlines(Path(tmp), heads)
            line_features.use_headlines(Path(tmp))
            mine = [r for r in pool if fold_of(r["id"]) == fold]
            some = [
                (g, s)
                for g, n in map(partial(pages_of, default=pages), generators)
                for s in simulated(split, n // 2, seed, families, g, mine)
            ]
            seqs += [sequence(s.text, labels_of(g, s), s.gold) for g, s in some]
            sims += some
    return sims, seqs


def write_headlines(out: Path, heads: dict) -> None:
    (out / line_features.HEADLINES_FILE).write_text(json.dumps(heads, ensure_ascii=False) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=PAGES, help="pages of each generator")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--split", default="dev", help="dev, or a half of it: dev-a, dev-b")
    ap.add_argument(
        "--generators",
        default=",".join(GENERATORS),
        help="comma-separated: main,alt,third,template; `name:pages` for other than --pages of one",
    )
    ap.add_argument("--families", default="", help="comma-separated; default: every family")
    ap.add_argument("--out", type=Path, default=line_labels.MODEL_DIR)
    args = ap.parse_args(argv)
    generators = tuple(x for x in args.generators.split(",") if x)
    families = tuple(x for x in args.families.split(",") if x) or None
    started = time.perf_counter()
    sims, seqs = training_sequences(args.split, args.pages, args.seed, generators, families)
    args.out.mkdir(parents=True, exist_ok=True)
    write_headlines(args.out, headline_model(reports(args.split), args.seed))
    line_features.use_headlines(args.out)
    line_labels.train(seqs, args.out / "model.crfsuite", PARAMS)
    meta = {
        "features": line_features.FEATURES_VERSION,
        "headlines": line_features.headlines_digest(),
        "labels": sorted({y for _, ys in seqs for y in ys}),
        "split": args.split,
        "pages": args.pages,
        "seed": args.seed,
        "generators": list(generators),
        "families": sorted({s.family for _, s in sims}),
        "params": PARAMS,
        "lines": sum(len(ys) for _, ys in seqs),
    }
    (args.out / "model.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")
    size = (args.out / "model.crfsuite").stat().st_size
    print(
        f"trained on {len(sims)} {args.split} pages ({', '.join(generators)}), {meta['lines']} lines, "
        f"{time.perf_counter() - started:.0f} s: {args.out / 'model.crfsuite'} ({size / 1e6:.2f} MB)"
    )


if __name__ == "__main__":
    main()
