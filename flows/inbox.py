"""Finding work in the inbox (plain functions; the flow wraps them in tasks).

Only regular `*.txt` files are considered, recursively; symbolic links are never followed (a link
could point outside the inbox). A file whose size or mtime changed in the last `settle_seconds` is
still being written and waits for the next run. A file whose path, size and mtime match the last
run's is not read or hashed again.
"""

from __future__ import annotations

import gc
import hashlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple


# Named tuples, not frozen dataclasses: a scan makes one of these per file (106,273 at 1 GB), and
# a tuple is made in about half the time.
class Candidate(NamedTuple):
    path: str
    size: int
    mtime_ns: int


class Skip(NamedTuple):
    path: str
    why: str


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector held off while a scan and its plan make a few tuples per file: they
    hold no cycles, yet every 700 allocations start a pass over all that is alive. Over 106,273
    files the scan and the plan took 0.87 s with it running, 0.63 s without (benchmarks/RESULTS.md,
    seventh session). Restored as it was, whatever happens inside."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def scan(inbox: Path, settle_seconds: float, now: float | None = None) -> tuple[list[Candidate], list[Skip]]:
    now = time.time() if now is None else now
    found, skipped = [], []
    for entry in _files(os.fspath(inbox)):
        path = entry.path
        if not entry.name.lower().endswith(".txt"):
            continue
        if entry.is_symlink():
            skipped.append(Skip(path, "symbolic link: never followed"))
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except FileNotFoundError:
            skipped.append(Skip(path, "vanished before it could be read"))
            continue
        if now - st.st_mtime < settle_seconds:
            skipped.append(Skip(path, "still being written: waits for the next run"))
            continue
        found.append(Candidate(path, st.st_size, st.st_mtime_ns))
    return found, skipped


def _files(folder: str) -> Iterator[os.DirEntry[str]]:
    """What `os.walk(folder, followlinks=False)` lists as files, in the same order (a folder's files
    by name, then its subfolders by name; a link to a folder neither listed nor entered; an
    unreadable folder left out), from `os.scandir` entries: their type comes with the listing, so
    telling a link or a folder costs no system call: one `stat` per file remains (over 106,273
    files: 0.80 s with os.walk, 0.55-0.66 s now; benchmarks/RESULTS.md)."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError:
        return
    folders = []
    for entry in entries:
        try:
            is_folder = entry.is_dir()  # follows a link, as os.walk does to tell folders from files
        except OSError:
            is_folder = False
        if not is_folder:
            yield entry
        elif not entry.is_symlink():
            folders.append(entry.path)
    for sub in folders:
        yield from _files(sub)


def read(candidate: Candidate) -> bytes | None:
    """The file's bytes, or None when it vanished or changed while being read."""
    try:
        with open(candidate.path, "rb") as handle:
            raw = handle.read()
        st = os.stat(candidate.path)
    except FileNotFoundError:
        return None
    if st.st_mtime_ns != candidate.mtime_ns or st.st_size != len(raw):
        return None
    return raw


def sha256_of(candidate: Candidate) -> str | None:
    """Streaming hash (constant memory); None when the file vanished or changed meanwhile."""
    digest = hashlib.sha256()
    try:
        with open(candidate.path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        st = os.stat(candidate.path)
    except FileNotFoundError:
        return None
    if st.st_mtime_ns != candidate.mtime_ns or st.st_size != candidate.size:
        return None
    return digest.hexdigest()


def read_same(candidate: Candidate, sha: str) -> bytes | None:
    """The file's bytes if they still hash to `sha`, else None (changed since it was planned)."""
    raw = read(candidate)
    return raw if raw is not None and hashlib.sha256(raw).hexdigest() == sha else None


@dataclass
class Plan:
    new: list[tuple[Candidate, str]]  # (file, sha256): read again when staged, to keep memory bounded
    duplicates: list[tuple[Candidate, str, str]]  # (file, sha256, path of the content already loaded)
    skipped: list[Skip]
    hashed: list[tuple[Candidate, str]]

    @property
    def writes_nothing(self) -> bool:
        """Nothing to stage, no duplicate to record and no file whose hash is to be remembered."""
        return not (self.new or self.duplicates or self.hashed)


def plan(candidates: list[Candidate], changed: set[str], known: dict[str, tuple[str, str, str]]) -> Plan:
    """Decide for each candidate: new content to stage, a duplicate of loaded content, or nothing new.

    `changed`: the paths not unchanged since the last run (`warehouse.publish.changed_paths`): only
    those are read and hashed; `known`: sha256 -> (file_id, path, status) of decided contents."""
    out = Plan([], [], [], [])
    batch_shas: dict[str, str] = {}
    for c in candidates:
        if c.path not in changed:
            out.skipped.append(Skip(c.path, "unchanged since the last run"))
            continue
        digest = sha256_of(c)
        if digest is None:
            out.skipped.append(Skip(c.path, "vanished or changed while being read: waits for the next run"))
            continue
        out.hashed.append((c, digest))
        _classify(out, c, digest, known, batch_shas)
    return out


def _same_file(known_path: str, path: str) -> bool:
    """Whether a path the warehouse knows and a path just scanned name one file: the inbox given
    relatively in one run and absolutely in the next, or through a link to its folder. Paths are
    stored as given, so without this every file of the inbox was a duplicate the first time it was
    named another way. A moved file (the known path gone) or a copy is not the same file."""
    try:
        return os.path.samefile(known_path, path)
    except OSError:
        return False


def _classify(out: Plan, c: Candidate, digest: str, known: dict, batch_shas: dict) -> None:  # noqa: ANN001
    if digest in known:
        first = known[digest]
        if first[1] == c.path or _same_file(first[1], c.path):
            out.skipped.append(Skip(c.path, f"already {first[2]}"))
        else:
            out.duplicates.append((c, digest, first[1]))
    elif digest in batch_shas:
        out.duplicates.append((c, digest, batch_shas[digest]))
    else:
        batch_shas[digest] = c.path
        out.new.append((c, digest))
