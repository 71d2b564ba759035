"""Does a learned decision over initiative candidates beat the rules of `transforms.initiatives`?
Grouped cross-validation over all the real reports, folds by report id:

    PYTHONPATH=$PWD python -m evaluation.train_initiatives [--penalty 3 …]    (make initiatives-cv)

An example is one distinct candidate name of a report (`evaluation.initiative_candidates`: every
quoted phrase, and every name the rules find) with its features. It is an initiative when an
annotated name matches it by the shared scorer's rule (equal, or inside it with at most 6 characters
more) or it is judged ``coined`` in `data/initiative_judgements.tsv`; judged ``unsure``, it is left
out of training. The model is an L2-penalised logistic regression over the binary features seen at
least twice, fitted by L-BFGS (no randomness); its threshold is the one with the best F1 over the
training folds' own out-of-fold scores (inner folds by report id). Four decisions are scored on each
held-out fold: the rules; the model, the rules' verdict among its features; the model without it;
the rules' names and those the model adds (its threshold for the F1 of the union). Recall is the
scorer's; precision is counted as `evaluation.initiatives` counts it, a name neither annotated nor
judged counting as wrong (their number is shown). Pooled over all reports, and over the test reports
alone: the rules were written on the dev reports, so only their test figures are out of sample.
Then the operating curve (`curve`): the model's out-of-fold scores at fixed thresholds, alone and
with the rules' names.

Measured 2026-12-03 (77 reports, 150 annotated names, 149 of them among the candidates), penalty 3:
pooled, rules R 92.7% P 87.3%, model R 92.0% P 86.7%, model without the rules' verdict R 82.7%
P 84.7%, rules or model R 92.7% P 84.3%; test reports alone (20 names), rules R 85.0% P 85.7%,
model R 80.0% P 89.5%, model without the verdict R 75.0% P 94.1%, rules or model R 85.0% P 85.7%.
The model alone, out of sample on every report, finds fewer names than the rules do on reports they
never saw; with the rules' verdict it mostly repeats them. No model is shipped: the rules stay.
More recall costs precision: the rules' names and the model's at p >= 0.4, pooled R 93.3% P 82.0%
(test R 90.0% P 86.4%); at p >= 0.2, R 97.3% P 65.2% (test R 95.0% P 62.5%).
Trained on dev half a alone (`evaluation.initiatives.half_of`, penalty 3) and scored on half b,
after session 16's page-print changes (the rules were written on all dev reports, so half b
favours them): rules R 97.1% (66/68) P 88.2%; rules or model at the model's F1 threshold R 98.5%
P 78.2% (10 names unjudged, counted wrong), at p >= 0.5 R 98.5% P 81.0%, at p >= 0.7 the rules'
own names; the model alone R 85.3% P 76.6%. One name more for eight to eleven that are not, or not
judged: still no model is shipped.
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

from evaluation import clean, reports
from evaluation.initiative_candidates import features, gather
from evaluation.initiatives import load_judgements, name_hash
from transforms.initiatives import prepare, printed_name
from transforms.script import simplified

FOLDS = 5
INNER_FOLDS = 4
PENALTIES = (1.0, 3.0, 10.0)
MIN_COUNT = 2  # a feature seen in fewer training examples is left out
SLACK = 6  # the scorer's: an annotated name inside an extracted one with at most 6 characters more


@dataclass(frozen=True)
class Example:
    report: str
    name: str  # as printed and extracted: what the scorer and the judgements see
    features: frozenset[str]
    label: int | None  # 1 an initiative, 0 not, None judged unsure


@dataclass(frozen=True)
class Report:
    id: str
    split: str
    gold: tuple[str, ...]  # annotated names, normalised
    examples: tuple[Example, ...]


def hits(gold: str, name: str) -> bool:
    return gold == name or (gold in name and len(name) <= len(gold) + SLACK)


def load_reports(judgements: dict[tuple[str, str], str]) -> list[Report]:
    return [report_examples(r, judgements) for r in reports.load()]


def report_examples(report: dict, judgements: dict[tuple[str, str], str]) -> Report:
    """A report's candidates, labelled by its annotations and the judgements."""
    norm = clean.scorer().norm
    title = " ".join(x for x in (report.get("title"), report.get("subtitle")) if x)
    text, shown = simplified(title) + "\n" + simplified(report["body"]), title + "\n" + report["body"]
    simple, printed = prepare(text), prepare(shown)
    gold = tuple(norm(simplified(a)) for a in report["initiatives"])
    out = []
    for candidate in gather(simple):
        name = candidate.name
        if len(simple) == len(printed):
            name = printed_name(name, simple, printed) or name
        verdict = judgements.get((report["id"], name_hash(name)))
        matched = any(hits(g, norm(simplified(name))) for g in gold)
        label = 1 if matched or verdict == "coined" else None if verdict == "unsure" else 0
        out.append(Example(report["id"], name, frozenset(features(simple, candidate)), label))
    return Report(report["id"], reports.split_of(report["id"]), gold, tuple(out))


def fold_of(report_id: str, folds: int = FOLDS, salt: str = "fold") -> int:
    return int(hashlib.sha256(f"{salt}:{report_id}".encode()).hexdigest()[:8], 16) % folds


@dataclass(frozen=True)
class Fitted:
    weights: dict[str, float]
    bias: float

    def scores(self, examples: list[Example], drop: frozenset[str] = frozenset()) -> np.ndarray:
        return np.array(
            [self.bias + sum(self.weights.get(f, 0.0) for f in e.features - drop) for e in examples]
        )


def fit(examples: list[Example], penalty: float, drop: frozenset[str] = frozenset()) -> Fitted:
    """Logistic regression, L2 penalty on the weights (not the bias), by L-BFGS."""
    labelled = [e for e in examples if e.label is not None]
    counts: dict[str, int] = {}
    for e in labelled:
        for f in e.features - drop:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    rows = [(i, index[f]) for i, e in enumerate(labelled) for f in e.features if f in index]
    x = sparse.csr_matrix(
        (np.ones(len(rows)), ([r for r, _ in rows], [c for _, c in rows])), shape=(len(labelled), len(vocab))
    )
    y = np.array([e.label for e in labelled], dtype=float)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        z = x @ w + b
        p = 1 / (1 + np.exp(-z))
        value = np.sum(np.logaddexp(0, z) - y * z) + 0.5 * penalty * w @ w
        grad = np.append(x.T @ (p - y) + penalty * w, np.sum(p - y))
        return value, grad

    theta = minimize(loss, np.zeros(len(vocab) + 1), jac=True, method="L-BFGS-B").x
    return Fitted({f: float(theta[i]) for f, i in index.items()}, float(theta[-1]))


def threshold(
    examples: list[Example], penalty: float, drop: frozenset[str] = frozenset(), with_rules: bool = False
) -> float:
    """The score threshold (a logit) with the best F1 over out-of-fold scores of the examples'
    reports (inner folds by report id); ``with_rules``: the F1 of the rules' names and those the
    model adds."""
    scored: list[tuple[float, int]] = []
    for k in range(INNER_FOLDS):
        inner = [e for e in examples if fold_of(e.report, INNER_FOLDS, "inner") != k]
        held = [e for e in examples if fold_of(e.report, INNER_FOLDS, "inner") == k and e.label is not None]
        model = fit(inner, penalty, drop)
        ruled = [with_rules and "rule" in e.features for e in held]
        scores = [np.inf if r else s for r, s in zip(ruled, model.scores(held, drop).tolist(), strict=True)]
        scored += zip(scores, [1 if e.label else 0 for e in held], strict=True)
    scored.sort(reverse=True)
    positives = sum(y for _, y in scored)
    best, best_f1, tp = 0.0, -1.0, 0
    for n, (score, y) in enumerate(scored, start=1):
        tp += y
        f1 = 2 * tp / (n + positives)
        if f1 > best_f1 and score < np.inf:
            best, best_f1 = score, f1
    return best


@dataclass
class Score:
    hit: int = 0
    gold: int = 0
    correct: int = 0
    wrong: int = 0
    unjudged: int = 0

    def add(self, other: Score) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def cells(self) -> str:
        r = 100 * self.hit / self.gold if self.gold else 0
        judged = self.correct + self.wrong
        p = 100 * self.correct / judged if judged else 0
        return f"R {r:5.1f} ({self.hit:3}/{self.gold:3}) P {p:5.1f} ({self.correct:3}/{judged:3}, {self.unjudged:2} unj.)"


def score(report: Report, chosen: list[Example], judgements: dict[tuple[str, str], str]) -> Score:
    """Recall by the scorer's rule, precision as `evaluation.initiatives` counts it (an unjudged
    name counts as wrong)."""
    norm = clean.scorer().norm
    names = [norm(simplified(e.name)) for e in chosen]
    out = Score(gold=len(report.gold))
    out.hit = sum(any(hits(g, n) for n in names) for g in report.gold)
    for e, n in zip(chosen, names, strict=True):
        verdict = "coined" if n in report.gold else judgements.get((report.id, name_hash(e.name)))
        if verdict == "coined":
            out.correct += 1
        elif verdict != "unsure":
            out.wrong += 1
            out.unjudged += verdict is None
    return out


DECISIONS: dict[str, tuple[frozenset[str], Callable[[Example, float, float], bool]]] = {
    "rules": (frozenset(), lambda e, s, t: "rule" in e.features),
    "model": (frozenset(), lambda e, s, t: s >= t),
    "model, no rule verdict": (frozenset({"rule"}), lambda e, s, t: s >= t),
    "rules or model": (frozenset({"rule"}), lambda e, s, t: "rule" in e.features or s >= t),
}


def cross_validate(data: list[Report], judgements: dict[tuple[str, str], str], penalty: float) -> None:
    pooled = {name: Score() for name in DECISIONS}
    on_test = {name: Score() for name in DECISIONS}
    ceiling = Score()
    for k in range(FOLDS):
        train = [e for r in data if fold_of(r.id) != k for e in r.examples]
        held = [r for r in data if fold_of(r.id) == k]
        fitted: dict[tuple[frozenset[str], bool], tuple[Fitted, float]] = {}
        for name, (drop, decide) in DECISIONS.items():
            key = (drop, name == "rules or model")
            if key not in fitted:
                fitted[key] = (fit(train, penalty, drop), threshold(train, penalty, *key))
            model, t = fitted[key]
            fold = Score()
            for r in held:
                s = model.scores(list(r.examples), drop)
                got = score(r, [e for e, v in zip(r.examples, s, strict=True) if decide(e, v, t)], judgements)
                fold.add(got)
                if r.split == "test":
                    on_test[name].add(got)
            pooled[name].add(fold)
            print(f"fold {k} ({len(held):2} reports) {name:<24}{fold.cells()}  threshold {t:+.2f}")
        for r in held:
            ceiling.add(score(r, [e for e in r.examples if e.label == 1], judgements))
    for name in DECISIONS:
        print(f"pooled {len(data)} reports {name:<24}{pooled[name].cells()}")
    for name in DECISIONS:
        print(f"test reports only      {name:<24}{on_test[name].cells()}")
    print(f"candidate recall (ceiling): {ceiling.hit}/{ceiling.gold}")


CURVE = (0.1, 0.2, 0.3, 0.4, 0.5, 0.7)  # probabilities at which the operating curve is shown


def curve(data: list[Report], judgements: dict[tuple[str, str], str], penalty: float) -> None:
    """Recall and precision of the model without the rules' verdict, alone and with the rules'
    names, at fixed probability thresholds over its out-of-fold scores: what more recall would cost
    in precision."""
    drop = frozenset({"rule"})
    scores: dict[str, np.ndarray] = {}
    for k in range(FOLDS):
        model = fit([e for r in data if fold_of(r.id) != k for e in r.examples], penalty, drop)
        scores |= {r.id: model.scores(list(r.examples), drop) for r in data if fold_of(r.id) == k}
    for p in CURVE:
        for union in (False, True):
            pooled, on_test = Score(), Score()
            for r in data:
                t = np.log(p / (1 - p))
                chosen = [
                    e
                    for e, v in zip(r.examples, scores[r.id], strict=True)
                    if v >= t or union and "rule" in e.features
                ]
                got = score(r, chosen, judgements)
                pooled.add(got)
                if r.split == "test":
                    on_test.add(got)
            name = "rules or model" if union else "model, no rule verdict"
            print(f"p >= {p} {name:<24}pooled {pooled.cells()} | test {on_test.cells()}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--penalty", type=float, action="append", help=f"L2 penalty (repeatable; default {PENALTIES})"
    )
    args = ap.parse_args(argv)
    if not reports.available():
        print(f"no reports at {reports.REPORTS}: nothing to cross-validate")
        return 2
    judgements = load_judgements()
    data = load_reports(judgements)
    for penalty in args.penalty or PENALTIES:
        print(f"penalty {penalty}")
        cross_validate(data, judgements, penalty)
        curve(data, judgements, penalty)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
