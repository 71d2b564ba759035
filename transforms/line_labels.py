"""Line labels: a page's feature frame (`transforms.line_features`) -> one label per printed line,
with the model's marginal probability of that label, from a linear-chain CRF (python-crfsuite, as
GROBID labels the lines of PDF pages).

Labels: kicker, section, title (a headline's first line), title+ (a wrapped headline's next line),
subtitle, byline (a byline line before its body), byline_end (after it), dateline, body, caption,
credit, continuation, noise.

The model is `transforms/models/lines/model.crfsuite`, trained by `make train`
(`python -m evaluation.train_lines`) on simulated dev pages, beside `model.json` (the features it
was trained for, the digest of the headline-ness model `headlines.json` its features were computed
with, the seed, the pages) and `evaluation.txt` (what it scored). It is loaded once per process. A
missing model, or one trained for other features or another headline-ness model, raises `ModelError`
saying how to rebuild it: there is no fallback to rules.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import polars as pl
import pycrfsuite

from transforms import line_features

LABELS = (
    "kicker",
    "section",
    "title",
    "title+",
    "subtitle",
    "byline",
    "byline_end",
    "dateline",
    "body",
    "caption",
    "credit",
    "continuation",
    "noise",
)
MODEL_DIR = Path(str(resources.files("transforms").joinpath("models/lines")))
REBUILD = "rebuild it with `make train`"


_LOCK = threading.Lock()


ModelError = line_features.ModelError  # the line model or its headline-ness model is missing or stale


@dataclass(frozen=True)
class Labelled:
    """A page's printed lines: their index in the page's lines, label, and the model's marginal
    probability of that label."""

    lines: tuple[int, ...]
    labels: tuple[str, ...]
    confidence: tuple[float, ...]


_use = [MODEL_DIR]


def use(directory: Path) -> None:
    """Label with the model in another folder from now on (leave-one-layout-out evaluation)."""
    _use[0] = directory
    line_features.use_headlines(directory)
    tagger.cache_clear()


@cache
def tagger() -> pycrfsuite.Tagger:
    """The model, opened once per process."""
    model, meta_file = _use[0] / "model.crfsuite", _use[0] / "model.json"
    if not model.is_file() or not meta_file.is_file():
        raise ModelError(f"the line-label model is missing ({model}): {REBUILD}")
    meta = json.loads(meta_file.read_text("utf-8"))
    if meta.get("features") != line_features.FEATURES_VERSION:
        raise ModelError(
            f"the line-label model was trained for features {meta.get('features')}, this code computes "
            f"{line_features.FEATURES_VERSION}: {REBUILD}"
        )
    if meta.get("headlines") != line_features.headlines_digest():
        raise ModelError(f"the line-label model was trained with another headline-ness model: {REBUILD}")
    if set(meta.get("labels", ())) - set(LABELS):
        raise ModelError(f"the line-label model knows labels this code does not: {REBUILD}")
    t = pycrfsuite.Tagger()
    t.open(str(model))
    return t


def label(f: pl.DataFrame) -> Labelled:
    """The label of every row of a feature frame."""
    if f.is_empty():
        return Labelled((), (), ())
    return label_values({c: f[c].to_list() for c in f.columns})


def label_values(values: dict[str, list]) -> Labelled:
    """`label` of the frame whose columns are `values` (`line_features.frame_values`): the same
    labels, without a polars frame built and read back (about 5% of what the features and labels
    of a page cost)."""
    if not values["line"]:
        return Labelled((), (), ())
    items = line_features.crf_items_of(values)
    with _LOCK:  # a Tagger holds the sequence it labels: one at a time (Prefect stages on threads)
        t = tagger()
        # The list itself, not a pycrfsuite.ItemSequence: `set` copies an ItemSequence's attributes
        # once more (0.2 s over 300 pages) where it reads a list into the tagger directly.
        t.set(items)
        labels = t.tag()
        conf = tuple(t.marginal(y, i) for i, y in enumerate(labels))
    return Labelled(tuple(values["line"]), tuple(labels), conf)


def train(sequences: list[tuple[list[list[str]], list[str]]], path: Path, params: dict) -> None:
    """Train a CRF on (items, labels) sequences and write it to `path` (deterministic: L-BFGS)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for xs, ys in sequences:
        trainer.append(pycrfsuite.ItemSequence(xs), ys)
    trainer.set_params(params)
    trainer.train(str(path))
