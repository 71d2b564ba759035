"""Train the pairwise "are these two block segments one headline?" scorer (`articles._join_logits`).

Every block of headlines `articles.regroup_blocks` regroups on simulated dev-a pages is cut into its
segments as `_regrouped` cuts it; each seam between two segments is labelled by the page's gold
headlines (orphans' too): one headline where the two read together stand in one of them, two where
each stands in a headline and together in none (a seam with a segment no headline holds, a date or
a section's name, is left out). A logistic regression, fitted by hand (numpy: Newton's method on
standardized features, L2), deterministic: the same pages give the same weights.

    python -m evaluation.train_block_joins            # writes transforms/data/block_joins.json
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

import numpy as np

from evaluation.segmentation import scorer, simulated_pages
from transforms import articles
from transforms.decoding import decode

OUT = Path(__file__).resolve().parent.parent / "transforms" / "data" / "block_joins.json"
# (generator, family): the gathered blocks of every generator, and one generator's whole mix
SOURCES = (
    ("blind5", "gathered_block"),
    ("blind2", "headline_block"),
    ("blind4", "stream_gathered"),
    ("blind3", "dense_gathered"),
    ("template", "like_004"),
    ("main", None),
)
SEEDS = (8300, 8400, 8600)
PAGES = 60
L2 = 1.0


def seams(text: str, titles: list[str], norm) -> list[tuple[list[float], int]]:  # noqa: ANN001
    """The labelled seams of the page's regrouped blocks."""
    found: list[tuple[list[float], int]] = []
    original = articles._regrouped

    def spy(block, units, pieces, order, grams):  # noqa: ANN001, ANN202
        segments = [a for u in block for x in u.title for a in articles._atoms(x, articles._NARROW_GAP, True)]
        if 2 <= len(segments) <= articles.BLOCK_SEGMENTS and grams:
            breaks = articles._line_breaks(segments, block[0].page)
            unit = articles.Unit
            singles = articles._shares([unit(title=[x]) for x in segments], grams, grams)
            pairs = articles._shares(
                [unit(title=[x, y]) for x, y in itertools.pairwise(segments)], grams, grams
            )
            for k in range(1, len(segments)):
                left, right = norm(segments[k - 1].text), norm(segments[k].text)
                if not left or not right:
                    continue
                if any(left + right in t for t in titles):
                    label = 1
                elif any(left in t for t in titles) and any(right in t for t in titles):
                    label = 0
                else:
                    continue
                found.append((articles.join_features(segments, k, breaks, singles, pairs[k - 1]), label))
        return original(block, units, pieces, order, grams)

    articles._regrouped = spy
    weight, articles.JOIN_WEIGHT = articles.JOIN_WEIGHT, 0.0  # never read the model being rebuilt
    try:
        articles.split_articles(text)
    finally:
        articles._regrouped = original
        articles.JOIN_WEIGHT = weight
    return found


def collect(split: str) -> tuple[np.ndarray, np.ndarray]:
    sc = scorer()
    rows: list[list[float]] = []
    labels: list[int] = []
    for generator, family in SOURCES:
        for seed in SEEDS:
            for page in simulated_pages(split, PAGES, seed, [family] if family else None, generator):
                gold = page.gold
                titles = [sc.norm(a["title"]) for a in gold["articles"]]
                titles += [sc.norm(t) for t in gold.get("orphan_titles", [])]
                for x, y in seams(decode(page.raw).text, [t for t in titles if t], sc.norm):
                    rows.append(x)
                    labels.append(y)
    return np.array(rows, dtype=np.float64), np.array(labels, dtype=np.float64)


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Weights (the bias first, unpenalized), means and scales: Newton's method, 50 steps."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    mean[0], scale[0] = 0.0, 1.0
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + penalty * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w, mean, scale


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="dev-a")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    x, y = collect(args.split)
    if len(set(y.tolist())) < 2:
        raise SystemExit(f"{len(y)} labelled seams on {args.split} pages, not both kinds: nothing to fit")
    w, mean, scale = fit(x, y)
    p = 1 / (1 + np.exp(-(((x - mean) / scale) @ w)))
    print(f"seams {len(y)}  one headline {int(y.sum())}  train accuracy {((p > 0.5) == y).mean():.3f}")
    for name, v in zip(articles.JOIN_FEATURES, w, strict=True):
        print(f"  {name:15s} {v:+.3f}")
    data = {
        "features": articles.JOIN_FEATURES,
        "weights": [round(float(v), 6) for v in w],
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "rebuild": "python -m evaluation.train_block_joins",
        "trained_on": f"{args.split} seeds {list(SEEDS)}, {PAGES} pages of {[f'{g}/{f}' for g, f in SOURCES]}",
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
