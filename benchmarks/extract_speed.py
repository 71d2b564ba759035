"""The extract stage of staging, old code against new, in one process (issue 18).

    PYTHONPATH=. python benchmarks/extract_speed.py --old main [--mb 10] [--simulated 300] [--rounds 3]
        [--splits /tmp/splits.pkl] [--cold] [--profile 25] [--staging]

"Extract" is what `transforms.page.stage_page` does after repair+segment: `_article_rows` and
`_facts` (regions, localities, metrics, initiatives, authors, terms, topics, and the row tuples),
as `benchmarks/bench.py` times it (there as stage_page less decode and split_articles). Each page
is decoded and split once, by this checkout's code; then the `transforms` package of git revision
`--old` (unpacked with `git archive` into a temporary folder) and this checkout's run on the same
articles in turn, `--rounds` times each, alternating which goes first, in this process (the two
packages are swapped in `sys.modules`). Each is warmed on a few pages first (dictionaries loaded).
With `--cold` both forget, before each page, what they remember from page to page (bounded
caches, keywords' judged tokens; the time this takes is not counted): the cost of pages whose sentences
were never seen, where the bench corpus, recombined from a few source pages, repeats most sentences.
Reported: CPU seconds of each round, the best of each, and every page whose staged rows differ
between the two (all tables, row by row, in order). The pages: the demo pages of `inbox/`,
`../shared/samples` (when present), `--simulated` pages of the dev reports
(`evaluation.simulate.pages`, when ../shared/reports is present) and the bench corpus of `--mb` MB
(`make_corpus.py`, generated if missing). `--profile N`: after the rounds, each code once more under
cProfile, its top N functions by own and by cumulative time. `--staging`: each round also times
`stage_page` whole (decode, repair+segment, extract) over the same pages. `--scans`: the CPU seconds of the
passes that only find candidates (regexes, rjieba's cut), which is what candidate finding costs.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import importlib
import pickle
import pstats
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "benchmarks"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from make_corpus import ensure_corpus  # noqa: E402

PACKAGE = "transforms"
WARM_PAGES = 5


def _unpack_old(rev: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "archive", rev, PACKAGE], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def _ours() -> dict:
    return {k: v for k, v in sys.modules.items() if k == PACKAGE or k.startswith(PACKAGE + ".")}


def _activate(modules: dict) -> None:
    for k in list(_ours()):
        del sys.modules[k]
    sys.modules.update(modules)


def _load(root: Path) -> dict:
    """The package as found under ``root``, imported afresh."""
    _activate({})
    sys.path.insert(0, str(root))
    try:
        importlib.import_module(PACKAGE + ".page")
        return _ours()
    finally:
        sys.path.remove(str(root))


def _pages(mb: float, simulated: int) -> list[tuple[str, str, bytes]]:
    """(set, name, bytes) of every page measured."""
    out = [("demo", str(f), f.read_bytes()) for f in sorted((ROOT / "inbox").rglob("*.txt"))]
    from evaluation import reports

    samples = reports.SHARED / "samples"  # JICENG_SHARED, as the evaluations read it
    out += [("samples", str(f), f.read_bytes()) for f in sorted(samples.rglob("*.txt"))]

    if simulated and reports.available():
        from evaluation.simulate import pages

        out += [("simulated", s.name, s.raw) for s in pages("dev", simulated, 1)]
    if mb:
        corpus = ensure_corpus(mb)[0]
        out += [("bench", str(f), f.read_bytes()) for f in sorted(corpus.rglob("*.txt"))]
    return out


def _split(path: str, raw: bytes) -> tuple[str, list, int | None]:
    """What stage_page hands to the extract stage: (file_id, articles, year)."""
    from transforms import page

    decoded = page.decode(raw)
    longest = max((len(x) for x in decoded.text.split("\n")), default=0)
    readable = decoded.text and longest <= page.MAX_LINE_CHARS
    articles = page.split_articles(decoded.text)[0] if readable else []
    return hashlib.sha256(raw).hexdigest()[:16], articles, page._year_hint(path, decoded.text)


def _splits(pages: list[tuple[str, str, bytes]], cache: Path | None) -> list:
    """The split pages, read from ``cache`` when it holds these very pages."""
    key = hashlib.sha256(b"".join(hashlib.sha256(raw).digest() for _, _, raw in pages)).hexdigest()
    if cache and cache.exists():
        held = pickle.loads(cache.read_bytes())
        if held["key"] == key:
            return held["items"]
    items = [_split(name, raw) for _, name, raw in pages]
    if cache:
        cache.write_bytes(pickle.dumps({"key": key, "items": items}))
    return items


def _extract(
    modules: dict, items: list, cold: bool = False, profile: cProfile.Profile | None = None
) -> tuple[list[dict[str, list[tuple]]], float]:
    """Every page's staged rows and the CPU seconds of extracting them (forgetting, with ``cold``,
    is not counted, nor profiled: its walk over the modules costs more than some pages'
    extraction)."""
    page, out, seconds = modules[PACKAGE + ".page"], [], 0.0
    for fid, articles, year in items:
        if cold:
            _forget(modules)
        start = time.process_time()
        if profile:
            profile.enable()
        out.append(page._facts(fid, page._article_rows(fid, articles, year)))
        if profile:
            profile.disable()
        seconds += time.process_time() - start
    return out, seconds


def _stage(modules: dict, pages: list[tuple[str, str, bytes]]) -> float:
    """CPU seconds of ``stage_page`` (decode, repair+segment, extract) over every page: what the
    staging workers of a run spend."""
    page = modules[PACKAGE + ".page"]
    start = time.process_time()
    for _, name, raw in pages:
        page.stage_page(name, raw)
    return time.process_time() - start


def _forget(modules: dict) -> None:
    """Empty what the code remembers from page to page (bounded caches, piece memos, judged
    tokens, re's cache of patterns compiled by name), not its dictionaries: each page then costs
    what a page of all-new sentences and names costs."""
    re.purge()
    for module in modules.values():
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize is not None:
                value.cache_clear()
            elif isinstance(getattr(value, "seen", None), dict):
                value.seen.clear()
            elif isinstance(value, set) and module.__name__.endswith(".keywords"):
                value.clear()


def _differences(names: list[tuple[str, str]], old: list[dict], new: list[dict]) -> list[str]:
    out = []
    for (group, name), o, n in zip(names, old, new, strict=True):
        out += [f"{group} {name}: {table}" for table in o if o[table] != n.get(table)]
    return out


def _scans(modules: dict, items: list) -> dict[str, float]:
    """CPU seconds of the passes over the text that find candidates, without deciding anything:
    what moving candidate finding into Polars could save at most. Each on the texts the extract
    stage reads (headline + body, simplified; the body alone for figures)."""
    m = {name.rsplit(".", 1)[-1]: mod for name, mod in modules.items()}
    script, initiatives, metrics, topics = m["script"], m["initiatives"], m["metrics"], m["topics"]
    texts, bodies = [], []
    for _, articles, _ in items:
        for a in articles:
            if a.body:
                headline = script.simplified(" ".join(x for x in (a.kicker, a.title, a.subtitle) if x))
                bodies.append(script.simplified(a.body))
                texts.append(headline + "\n" + bodies[-1])
    scans = {
        "figures (metrics.PATTERN)": lambda: [list(metrics.PATTERN.finditer(b)) for b in bodies],
        "quotes, curated names, rooms (initiatives)": lambda: [
            (list(initiatives.QUOTED.finditer(t)), list(initiatives.curated().finditer(t)))
            + (list(initiatives.ROOM_HEAD.finditer(t)),)
            for t in map(initiatives.prepare, texts)
        ],
        "place words (regions: where spellings start)": lambda: [
            m["regions"]._prefix_starts(t) if hasattr(m["regions"], "_prefix_starts") else 0 for t in texts
        ],
        "township suffixes": lambda: [list(m["townships"]._SUFFIX_AT.finditer(t)) for t in texts],
        "topic cues": lambda: [topics.cue_index()[0].findall(t) for t in texts],
        "rjieba cut (terms)": lambda: [m["keywords"].segmenter().cut(t) for t in texts],
    }
    out = {}
    for name, scan in scans.items():
        start = time.process_time()
        scan()
        out[name] = time.process_time() - start
    return out


def _profile(which: str, modules: dict, items: list, cold: bool, top: int) -> None:
    """One more pass of ``which`` under cProfile: its top functions by own time and by cumulative
    time (cProfile's own cost inflates Python-heavy functions; the rounds' seconds are the real ones)."""
    profile = cProfile.Profile()
    _extract(modules, items, cold, profile)
    print(f"\n--- profile of {which} ---")
    stats = pstats.Stats(profile, stream=sys.stdout).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--old", default="main", help="git revision of the old code")
    ap.add_argument("--mb", type=float, default=10, help="bench corpus size (0: none)")
    ap.add_argument("--simulated", type=int, default=300, help="simulated pages of the dev reports")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cold", action="store_true", help="forget caches before each page")
    ap.add_argument("--splits", type=Path, help="a pickle of the split pages, written once and reused")
    ap.add_argument("--scans", action="store_true", help="also time the candidate scans alone (new code)")
    ap.add_argument("--profile", type=int, default=0, help="after the rounds, cProfile each code once: top N")
    ap.add_argument("--staging", action="store_true", help="also time stage_page whole, each round")
    args = ap.parse_args()

    pages = _pages(args.mb, args.simulated)
    items = _splits(pages, args.splits)
    names = [(group, name) for group, name, _ in pages]
    print(f"{len(items)} pages, {sum(len(i[1]) for i in items)} articles, old = {args.old}")
    with tempfile.TemporaryDirectory() as tmp:
        importlib.import_module(PACKAGE + ".page")
        code = {"new": _ours(), "old": _load(_unpack_old(args.old, Path(tmp)))}
        for modules in code.values():
            _activate(modules)
            _extract(modules, items[:WARM_PAGES])
        seconds: dict[str, list[float]] = {"old": [], "new": []}
        staging: dict[str, list[float]] = {"old": [], "new": []}
        rows: dict[str, list] = {}
        groups = {g for g, _ in names}
        for r in range(args.rounds):
            for which in ("old", "new") if r % 2 == 0 else ("new", "old"):
                _activate(code[which])
                gc.collect()
                rows[which], spent = _extract(code[which], items, args.cold)
                seconds[which].append(spent)
                if args.staging:
                    gc.collect()
                    staging[which].append(_stage(code[which], pages))
        if args.scans:
            _activate(code["new"])
            for name, spent in _scans(code["new"], items).items():
                print(f"scan {name}: {spent:.2f} CPU s")
        for which in ("old", "new") if args.profile else ():
            _activate(code[which])
            _profile(which, code[which], items, args.cold, args.profile)
        _activate(code["new"])
    for which, s in seconds.items():
        print(f"{which}: " + " ".join(f"{x:.2f}" for x in s) + f" CPU s, best {min(s):.2f}")
    print(f"extract speed-up (best old / best new): {min(seconds['old']) / min(seconds['new']):.2f}x")
    for which, s in staging.items() if args.staging else ():
        print(f"stage_page {which}: " + " ".join(f"{x:.2f}" for x in s) + f" CPU s, best {min(s):.2f}")
    if args.staging:
        print(f"stage_page speed-up (best old / best new): {min(staging['old']) / min(staging['new']):.2f}x")
    diffs = _differences(names, rows["old"], rows["new"])
    for group in sorted(groups):
        count = sum(1 for g, _ in names if g == group)
        print(
            f"{group}: {count} pages, {sum(1 for d in diffs if d.startswith(group + ' '))} differing tables"
        )
    print("\n".join(diffs[:20]))


if __name__ == "__main__":
    main()
