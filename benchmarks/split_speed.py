"""Repair+segment (`split_articles`) kept exact while made faster: fingerprints and CPU time (issue 17).

    PYTHONPATH=. python benchmarks/split_speed.py --save /tmp/split.json
    PYTHONPATH=. python benchmarks/split_speed.py --against /tmp/split.json
    PYTHONPATH=. python benchmarks/split_speed.py --old main [--simulated 300] [--mb 0] [--rounds 3] [--profile 30]

The fingerprinted pages: the demo pages of `inbox/`, `../shared/samples` (JICENG_SHARED) and 40 dev
pages of each of the eight generators at seeds 7000 and 3000 (the pages `evaluation.segmentation`
scores). Each page's fingerprint is the sha256 of every field of every `Article` that `split_articles`
returns (offsets as a list) and of the page's warnings. `--save` writes them, `--against` prints every
page whose fingerprint changed and exits 1 when any did: a faster segmentation must leave them all.

`--frames REV`: every fingerprinted page's line-feature frame and labels, git revision REV's
`transforms` against this checkout's (the committed line model depends on them).

`--old REV`: the CPU seconds (`time.process_time`) of `split_articles` (what `bench.py` times as
repair+segment) over the demo pages, the samples, `--simulated` dev pages of the main generator
(seed 1, as `extract_speed.py` takes them) and the bench corpus of `--mb` MB, the `transforms`
package of git revision REV against this checkout's, in this process (the packages swapped in
`sys.modules`, as `extract_speed.py` does), `--rounds` times each, alternating which goes first,
each round after forgetting what the code remembers from page to page; each warmed on a few pages
first. Reported: the best round of each, and the sum of each page's least time over the rounds.
`--profile N`: then this checkout's once more under cProfile. `--old REV --paired`: old and new
page by page instead, the garbage collector kept out of the timed calls (`paired`): far less noise
than the rounds above, which differ by ±3-8% between identical codes.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import gc
import hashlib
import json
import pickle
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "benchmarks"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

GENERATORS = ("main", "alt", "third", "template", "blind", "blind2", "blind3", "blind4")
SEEDS = (7000, 3000)
PAGES = 40
WARM_PAGES = 5


def fixed_pages() -> list[tuple[str, bytes]]:
    """(name, bytes): the demo pages and the shared samples."""
    from evaluation import reports

    out = [
        (f"inbox/{f.relative_to(ROOT / 'inbox')}", f.read_bytes())
        for f in sorted((ROOT / "inbox").rglob("*.txt"))
    ]
    samples = reports.SHARED / "samples"
    return out + [(f"samples/{f.name}", f.read_bytes()) for f in sorted(samples.rglob("*.txt"))]


def fingerprint_pages(cache: Path | None = None) -> list[tuple[str, bytes]]:
    """The fixed pages and the segmentation evaluation's dev pages of every generator, both seeds
    (read from `cache` when it exists, written there otherwise: generating them costs more than
    splitting them)."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    from evaluation import reports
    from evaluation.segmentation import simulated_pages

    out = fixed_pages()
    if reports.available():
        for gen in GENERATORS:
            for seed in SEEDS:
                out += [
                    (f"{gen}/{seed}/{s.name}", s.raw) for s in simulated_pages("dev", PAGES, seed, None, gen)
                ]
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out


def fingerprint(articles: list, warnings: list[str]) -> str:
    """sha256 of every field of every article and of the page's warnings."""
    h = hashlib.sha256()
    for a in articles:
        fields = dataclasses.asdict(a)
        fields["offsets"] = list(a.offsets)
        h.update(repr(sorted(fields.items())).encode("utf-8"))
    h.update(repr(warnings).encode("utf-8"))
    return h.hexdigest()


def fingerprints(pages: list[tuple[str, bytes]]) -> dict[str, str]:
    from transforms.articles import split_articles
    from transforms.decoding import decode

    return {name: fingerprint(*split_articles(decode(raw).text)) for name, raw in pages}


def compare(saved: dict[str, str], now: dict[str, str]) -> list[str]:
    """The pages whose fingerprint differs (or that one side lacks)."""
    return sorted(k for k in saved.keys() | now.keys() if saved.get(k) != now.get(k))


# ---------------------------------------------------------------- old against new, CPU time


def timing_pages(simulated: int, mb: float = 0) -> list[str]:
    """Decoded texts: the fixed pages, `simulated` dev pages of the main generator and the bench
    corpus of `mb` MB (`make_corpus.py`; its readable pages, as `stage_page` splits them)."""
    from evaluation import reports
    from transforms.decoding import decode
    from transforms.page import MAX_LINE_CHARS

    raws = [raw for _, raw in fixed_pages()]
    if simulated and reports.available():
        from evaluation.simulate import pages

        raws += [s.raw for s in pages("dev", simulated, 1)]
    if mb:
        from make_corpus import ensure_corpus

        raws += [f.read_bytes() for f in sorted(ensure_corpus(mb)[0].rglob("*.txt"))]
    texts = [decode(raw).text for raw in raws]
    return [t for t in texts if t and max(map(len, t.split("\n"))) <= MAX_LINE_CHARS]


def cpu_seconds(modules: dict, texts: list[str], profile: cProfile.Profile | None = None) -> list[float]:
    """The CPU seconds of `split_articles` on each page."""
    split = modules["transforms.articles"].split_articles
    out = []
    if profile:
        profile.enable()
    for t in texts:
        start = time.process_time()
        split(t)
        out.append(time.process_time() - start)
    if profile:
        profile.disable()
    return out


def forget(modules: dict) -> None:
    """Empty what the code remembers from page to page (bounded caches, and the dictionaries
    bounded by a `<NAME>_MAX` beside them), so that every round starts as the first did."""
    for module in modules.values():
        names = vars(module)
        for name, value in list(names.items()):
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize is not None:
                value.cache_clear()
            elif isinstance(value, dict) and f"{name}_MAX" in names:
                value.clear()


def old_against_new(rev: str, texts: list[str], rounds: int, top: int) -> None:
    """Each round forgets first; reported: each round's sum, and the sum of each page's least time
    over the rounds (a shared machine's stalls fall on a few pages of a round: their least is
    what the code costs)."""
    from extract_speed import _activate, _load, _unpack_old

    with tempfile.TemporaryDirectory() as tmp:
        old = _load(_unpack_old(rev, Path(tmp)))
        new = _load(ROOT)
        for mods in (old, new):
            _activate(mods)
            cpu_seconds(mods, texts[:WARM_PAGES])
        seconds: dict[str, list[list[float]]] = {"old": [], "new": []}
        for r in range(rounds):
            order = [("old", old), ("new", new)] if r % 2 == 0 else [("new", new), ("old", old)]
            for which, mods in order:
                _activate(mods)
                forget(mods)
                seconds[which].append(cpu_seconds(mods, texts))
                print(f"round {r + 1} {which}: {sum(seconds[which][-1]):.2f} CPU s", flush=True)
        best = {k: min(map(sum, v)) for k, v in seconds.items()}
        least = {k: sum(map(min, zip(*v, strict=True))) for k, v in seconds.items()}
        print(
            f"{len(texts)} pages: old {rev} best round {best['old']:.2f} s, new {best['new']:.2f} s "
            f"({best['old'] / best['new']:.2f}x); sum of each page's least: old {least['old']:.2f} s, "
            f"new {least['new']:.2f} s ({least['old'] / least['new']:.2f}x)"
        )
        if top:
            profile = cProfile.Profile()
            _activate(new)
            forget(new)
            cpu_seconds(new, texts, profile)
            stats = pstats.Stats(profile, stream=sys.stdout).strip_dirs()
            stats.sort_stats("tottime").print_stats(top)
            stats.sort_stats("cumulative").print_stats(top)


PAIRED_FULL_GC = 50  # pages: `--paired` collects every generation this often (untimed)


def paired(rev: str, texts: list[str], rounds: int) -> None:
    """Old against new page by page: each page split by both in turn (which goes first alternating by
    page and round), the cyclic garbage collector kept out of the timed calls (off while timing; the
    young generations collected after each call, all of them every PAIRED_FULL_GC pages, untimed).
    With both packages' caches alive, one collection of the oldest generation takes 0.1-0.3 s and
    falls on whichever code happens to run: a few of them make the round-level figures swing by
    ±3-8% between identical codes. What is left is the code's own cost (what it allocates is
    collected, just not counted). Each round forgets first; reported: each round's sums, and the
    sum of each page's least time over the rounds."""
    from extract_speed import _activate, _load, _unpack_old

    with tempfile.TemporaryDirectory() as tmp:
        mods = {"old": _load(_unpack_old(rev, Path(tmp))), "new": _load(ROOT)}
        for m in mods.values():
            _activate(m)
            cpu_seconds(m, texts[:WARM_PAGES])
        least = {k: [float("inf")] * len(texts) for k in mods}
        gc.collect()
        gc.disable()
        try:
            for r in range(rounds):
                for m in mods.values():
                    forget(m)
                total = dict.fromkeys(mods, 0.0)
                for i, text in enumerate(texts):
                    for which in ("old", "new") if (i + r) % 2 == 0 else ("new", "old"):
                        _activate(mods[which])
                        split = mods[which]["transforms.articles"].split_articles
                        start = time.process_time()
                        split(text)
                        spent = time.process_time() - start
                        total[which] += spent
                        least[which][i] = min(least[which][i], spent)
                        gc.collect(1)
                    if i % PAIRED_FULL_GC == 0:
                        gc.collect()
                print(
                    f"round {r + 1}: old {total['old']:.2f} s, new {total['new']:.2f} s "
                    f"({total['old'] / total['new']:.3f}x)",
                    flush=True,
                )
        finally:
            gc.enable()
        old, new = sum(least["old"]), sum(least["new"])
        print(
            f"{len(texts)} pages, paired: sum of each page's least: old {rev} {old:.2f} s, new {new:.2f} s ({old / new:.3f}x)"
        )


def frames_against(rev: str, pages: list[tuple[str, bytes]]) -> list[str]:
    """The pages whose line-feature frame (`line_features.frame` of the page's printed lines, each
    package reading them its own way) or labels differ between git revision `rev` and this
    checkout: the committed line model reads these frames, so a faster `line_features` must leave
    every one as it was. Each package reads all the pages in turn (what one remembers from a page
    is then there for the next, as in a run)."""
    from extract_speed import _activate, _load, _unpack_old

    from transforms.decoding import decode

    texts = [decode(raw).text for _, raw in pages]
    with tempfile.TemporaryDirectory() as tmp:
        got = {}
        for which, root in (("old", _unpack_old(rev, Path(tmp))), ("new", ROOT)):
            mods = _load(root)
            _activate(mods)
            got[which] = [_frame_and_labels(mods, t) for t in texts]
    return [
        name
        for (name, _), (fo, lo), (fn, ln) in zip(pages, got["old"], got["new"], strict=True)
        if not fo.equals(fn) or lo != ln
    ]


def _frame_and_labels(mods: dict, text: str) -> tuple:
    articles, features = mods["transforms.articles"], mods["transforms.line_features"]
    raw, lines = articles.printed_lines(text)
    f = features.frame(lines, features.indents(raw))
    got = mods["transforms.line_labels"].label(f)
    return f, (got.lines, got.labels, got.confidence)  # (each package has its own `Labelled` class)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--save", type=Path, help="write the pages' fingerprints here")
    ap.add_argument("--against", type=Path, help="compare the pages' fingerprints with these")
    ap.add_argument("--pages", type=Path, help="a pickle of the fingerprinted pages, written once and reused")
    ap.add_argument("--frames", help="git revision whose line-feature frames and labels to compare with")
    ap.add_argument("--old", help="git revision of the old code (CPU time, old against new)")
    ap.add_argument("--simulated", type=int, default=300, help="dev pages timed (main generator, seed 1)")
    ap.add_argument("--mb", type=float, default=0, help="and the bench corpus of this many MB")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", type=int, default=0, help="then cProfile the new code: top N")
    ap.add_argument(
        "--paired",
        action="store_true",
        help="with --old: page by page, the garbage collector out of the timing",
    )
    args = ap.parse_args()
    if args.save or args.against:
        pages = fingerprint_pages(args.pages)
        start = time.process_time()
        now = fingerprints(pages)
        print(f"{len(now)} pages fingerprinted in {time.process_time() - start:.1f} CPU s")
        if args.save:
            args.save.write_text(json.dumps(now, indent=0, sort_keys=True), "utf-8")
        if args.against:
            changed = compare(json.loads(args.against.read_text("utf-8")), now)
            print("\n".join(changed) or "no page changed")
            if changed:
                sys.exit(1)
    if args.frames:
        differing = frames_against(args.frames, fingerprint_pages(args.pages))
        print("\n".join(differing) or f"every page's frame and labels as at {args.frames}")
        if differing:
            sys.exit(1)
    if args.old and args.paired:
        paired(args.old, timing_pages(args.simulated, args.mb), args.rounds)
    elif args.old:
        old_against_new(args.old, timing_pages(args.simulated, args.mb), args.rounds, args.profile)


if __name__ == "__main__":
    main()
