"""The extract modules compiled with mypyc, used only when built from the very sources in hand.

    make compiled    # build (or rebuild) build/compiled/ (~3-5 min of CPU on the shared machine)
    python -c 'from transforms.compiled import why_not; print(why_not())'   # None: in use

The extract stage (regions, metrics, initiatives, terms, topics) is ~1 ms of Python decisions an
article, spread over many small functions: no candidate pass in Polars or cache takes most of it
away (benchmarks/RESULTS.md, issue 18), but the same code compiled by mypyc runs them faster with
the same results. Nothing here is needed: without a build every module is the plain Python source.

The build compiles a copy of ``MODULES`` into ``build/compiled/transforms`` (the ``.py`` copies are
removed, so every other module is still found in the source folder) and writes a manifest of the
sources' SHA-256. ``transforms/__init__.py`` puts the build first on the package's path only when
the manifest matches every source and this Python: a source edited and not rebuilt means the plain
Python, never a stale compiled module. ``JICENG_COMPILED=0`` turns it off.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# argparse, hashlib, json, shutil and subprocess are imported where used: every process that
# imports transforms asks `why_not`, and most have no build (no hashing, no subprocess)

# the extract stage's modules (mypyc compiles them as one group: calls between them stay in C)
MODULES = ("metrics", "regions", "localities", "initiatives", "keywords", "topics", "scanning", "townships")
SOURCE = Path(__file__).resolve().parent
BUILD = SOURCE.parent / "build" / "compiled"
MANIFEST = BUILD / "manifest.json"


def digests(source: Path = SOURCE) -> dict[str, str]:
    import hashlib

    return {name: hashlib.sha256((source / f"{name}.py").read_bytes()).hexdigest() for name in MODULES}


def why_not(source: Path = SOURCE, build: Path = BUILD) -> str | None:
    """Why the compiled modules are not used (None: they are usable)."""
    if os.environ.get("JICENG_COMPILED") == "0":
        return "JICENG_COMPILED=0"
    manifest = build / "manifest.json"
    if not manifest.exists():
        return f"no build ({manifest} missing)"
    import json

    held = json.loads(manifest.read_text())
    if held.get("python") != sys.implementation.cache_tag:
        return f"built for {held.get('python')}, this is {sys.implementation.cache_tag}"
    stale = [name for name, digest in digests(source).items() if held.get("modules", {}).get(name) != digest]
    return f"stale: {', '.join(stale)} changed since the build" if stale else None


def build() -> None:
    """Compile ``MODULES`` into ``BUILD`` (removed first), then write the manifest."""
    import json
    import shutil
    import subprocess

    shutil.rmtree(BUILD, ignore_errors=True)
    (BUILD / "transforms").mkdir(parents=True)
    for path in SOURCE.glob("*.py"):  # the whole package, for the types the modules import
        shutil.copy2(path, BUILD / "transforms" / path.name)
    (BUILD / "transforms" / "data").symlink_to(SOURCE / "data")  # read by the modules beside them
    mypyc = Path(sys.executable).with_name("mypyc")
    subprocess.run([str(mypyc), *(f"transforms/{name}.py" for name in MODULES)], cwd=BUILD, check=True)
    for path in (BUILD / "transforms").glob("*.py"):
        path.unlink()  # every other module is the source folder's
    shutil.rmtree(BUILD / "build")  # mypyc's C sources and objects
    MANIFEST.write_text(
        json.dumps({"python": sys.implementation.cache_tag, "modules": digests()}, indent=1) + "\n"
    )


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="say whether the build is in use")
    args = ap.parse_args()
    if not args.check:
        build()
    reason = why_not()
    print("compiled extract modules in use" if reason is None else f"not in use: {reason}")


if __name__ == "__main__":
    main()
