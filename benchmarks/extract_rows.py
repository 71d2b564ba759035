"""The extract stage's rows of a fixed set of pages, saved once and compared after each change.

    PYTHONPATH=. python benchmarks/extract_rows.py --save /tmp/rows.pkl [--mb 5] [--simulated 30]
    PYTHONPATH=. python benchmarks/extract_rows.py --against /tmp/rows.pkl [same options]

The pages: the demo pages of `inbox/`, `../shared/samples` (JICENG_SHARED), `--simulated` dev
pages of each generator (main, alt, third, template, blind, blind2) and the bench corpus of `--mb`
MB. Each page is decoded and split by this checkout (split pages are cached in `--splits`, so
a change to the extract code is compared on the very same articles), then `_article_rows` +
`_facts` give every staged table's rows (regions, metrics with offsets and subjects, initiatives,
authors, terms, topics). `--against` prints every page and table whose rows differ, the first rows
that differ, and exits 1 when any does. A faster extract stage must leave them all as they were.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "benchmarks"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from extract_speed import _split  # noqa: E402
from make_corpus import ensure_corpus  # noqa: E402

GENERATORS = (
    "simulate",
    "simulate_alt",
    "simulate_third",
    "simulate_template",
    "simulate_blind",
    "simulate_blind2",
)


def _pages(mb: float, simulated: int) -> list[tuple[str, bytes]]:
    """(name, bytes) of every page."""
    import importlib

    from evaluation import reports

    out = [(str(f.relative_to(ROOT)), f.read_bytes()) for f in sorted((ROOT / "inbox").rglob("*.txt"))]
    out += [
        (f"samples/{f.name}", f.read_bytes()) for f in sorted((reports.SHARED / "samples").rglob("*.txt"))
    ]
    if simulated and reports.available():
        for gen in GENERATORS:
            module = importlib.import_module(f"evaluation.{gen}")
            out += [(f"{gen}/{s.name}", _raw(s)) for s in module.pages("dev", simulated, 7000)]
    if mb:
        corpus = ensure_corpus(mb)[0]
        out += [(str(f.relative_to(corpus)), f.read_bytes()) for f in sorted(corpus.rglob("*.txt"))]
    return out


def _raw(page) -> bytes:  # noqa: ANN001 - the generators' page classes differ
    if hasattr(page, "raw"):
        return page.raw
    return page.data() if hasattr(page, "data") else page.text.encode("utf-8")


def _splits(pages: list[tuple[str, bytes]], cache: Path | None) -> list:
    key = hashlib.sha256(b"".join(hashlib.sha256(raw).digest() for _, raw in pages)).hexdigest()
    if cache and cache.exists():
        held = pickle.loads(cache.read_bytes())
        if held["key"] == key:
            return held["items"]
    items = [_split(name, raw) for name, raw in pages]
    if cache:
        cache.write_bytes(pickle.dumps({"key": key, "items": items}))
    return items


def extracted(items: list) -> tuple[list[dict], float]:
    """Every page's rows, and the CPU seconds of the extract stage."""
    from transforms import page

    out, seconds = [], 0.0
    for fid, articles, year in items:
        start = time.process_time()
        out.append(page._facts(fid, page._article_rows(fid, articles, year)))
        seconds += time.process_time() - start
    return out, seconds


def _differences(names: list[str], old: list[dict], new: list[dict]) -> list[str]:
    out = []
    for name, o, n in zip(names, old, new, strict=True):
        for table in sorted(set(o) | set(n)):
            a, b = o.get(table), n.get(table)
            if a != b:
                pair = next(
                    ((x, y) for x, y in zip(a or [], b or [], strict=False) if x != y),
                    (len(a or []), len(b or [])),
                )
                out.append(f"{name} {table}: {pair[0]!r}\n    -> {pair[1]!r}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=5)
    ap.add_argument("--simulated", type=int, default=30, help="dev pages of each generator")
    ap.add_argument("--splits", type=Path, default=Path("/tmp/extract_rows_splits.pkl"))
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--against", type=Path)
    args = ap.parse_args()

    pages = _pages(args.mb, args.simulated)
    names = [n for n, _ in pages]
    items = _splits(pages, args.splits)
    rows, seconds = extracted(items)
    counts = {t: sum(len(r[t]) for r in rows) for t in rows[0]} if rows else {}
    print(
        f"{len(items)} pages, {sum(len(i[1]) for i in items)} articles, extract {seconds:.2f} CPU s; rows {counts}"
    )
    if args.save:
        args.save.write_bytes(pickle.dumps({"names": names, "rows": rows}))
        return
    held = pickle.loads(args.against.read_bytes())
    if held["names"] != names:
        sys.exit("not the same pages")
    diffs = _differences(names, held["rows"], rows)
    print(f"{len(diffs)} differing tables")
    print("\n".join(diffs[:30]))
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
