"""`make train`: the line-label model from simulated dev pages, deterministically.

    python -m evaluation.train_lines [--pages 400] [--seed 17] [--families a,b] [--out DIR]

Lays out the dev reports as pages (`evaluation.simulate.pages('dev', …)`, the families in turn),
turns each page into its feature frame (`transforms.line_features.frame`) and its line labels, and
trains the CRF (`transforms.line_labels.train`; L-BFGS, no randomness: the same pages give the same
model). Writes `model.crfsuite` and `model.json` (the features it was trained for, the seed, the
pages, the families) to `transforms/models/lines/`, or to --out (leave-one-layout-out runs).

The simulator labels every line of a headline `title` and every byline line `byline`; the model
learns two finer labels, read off the page's gold: `title+` (a wrapped headline's next line: the
lines so far are the start of one gold headline) and `byline_end` (a byline printed after its body:
the body it names comes before it).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from transforms import line_features, line_labels
from transforms.lines import repair_line, split_lines

SEED = 17
PAGES = 400
PARAMS = {"c1": 0.0, "c2": 0.1, "max_iterations": 150, "feature.possible_transitions": True}
_NORM = re.compile(r"[\s“”「」\"'‘’：:，,·、。()（）—\-#]+")


def norm(text: str) -> str:
    return _NORM.sub("", text)


def sequence(text: str, labels: tuple[str, ...], gold: dict) -> tuple[list[dict[str, float]], list[str]]:
    """A simulated page's items and its labels for the printed lines, the finer labels derived."""
    raw = split_lines(text)
    lines = [repair_line(x) for x in raw]
    f = line_features.frame(lines, line_features.indents(raw))
    idx = f["line"].to_list()
    ys = [labels[i] for i in idx]
    texts = [lines[i].text for i in idx]
    ys = _titles(ys, texts, [g["title"] for g in gold["articles"]] + list(gold["orphan_titles"]))
    ys = _bylines(ys, texts, idx, text, gold)
    return line_features.items(f), [_known(y) for y in ys]


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


def simulated(split: str, count: int, seed: int, families: tuple[str, ...] | None = None) -> list:
    from evaluation import simulate

    return simulate.pages(split, count, seed, families)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=PAGES)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--families", default="", help="comma-separated; default: every family")
    ap.add_argument("--out", type=Path, default=line_labels.MODEL_DIR)
    args = ap.parse_args(argv)
    from evaluation import simulate

    families = tuple(x for x in args.families.split(",") if x) or simulate.FAMILIES
    started = time.perf_counter()
    sims = simulated("dev", args.pages, args.seed, families)
    seqs = [sequence(s.text, s.labels, s.gold) for s in sims]
    args.out.mkdir(parents=True, exist_ok=True)
    line_labels.train(seqs, args.out / "model.crfsuite", PARAMS)
    meta = {
        "features": line_features.FEATURES_VERSION,
        "labels": sorted({y for _, ys in seqs for y in ys}),
        "split": "dev",
        "pages": args.pages,
        "seed": args.seed,
        "families": list(families),
        "params": PARAMS,
        "lines": sum(len(ys) for _, ys in seqs),
    }
    (args.out / "model.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")
    size = (args.out / "model.crfsuite").stat().st_size
    print(
        f"trained on {len(sims)} dev pages, {meta['lines']} lines, {time.perf_counter() - started:.0f} s: "
        f"{args.out / 'model.crfsuite'} ({size / 1e6:.2f} MB)"
    )


if __name__ == "__main__":
    main()
