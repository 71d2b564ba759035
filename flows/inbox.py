"""Finding work in the inbox (plain functions; the flow wraps them in tasks).

Only regular `*.txt` files are considered, recursively; symbolic links are never followed (a link
could point outside the inbox). Anything else named `*.txt` (a named pipe, a socket, a device) is
never opened: it is skipped with a reason in words, logged by the flow and printed by `jiceng ingest`.
A file whose size or mtime changed in the last `settle_seconds` is still being written and waits for
the next run. A file whose path, size and mtime match the last run's is not read or hashed again.

Every read has a time limit (`flows.limits.within`): a read that stalls (a hung mount, a file held
by its writer) is given up and the file is skipped with that reason; it is tried again next run, as
is a file that vanished or changed while it was read.
"""

from __future__ import annotations

import gc
import hashlib
import os
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from flows.limits import Deadline, ReadTimedOut, each_within, within

T = TypeVar("T")


# Named tuples, not frozen dataclasses: a scan makes one of these per file (106,273 at 1 GB), and
# a tuple is made in about half the time.
class Candidate(NamedTuple):
    path: str
    size: int
    mtime_ns: int


class Skip(NamedTuple):
    path: str
    why: str
    # Worth telling the operator (an odd file, a stalled read), unlike routine skips (unchanged,
    # already loaded, still being written).
    notable: bool = False


# What a file that is not a regular one is, in words (stat.S_IFMT of its mode).
_KINDS = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFSOCK: "a Unix socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFDIR: "a folder",
}


def not_regular(mode: int) -> str:
    """The reason a file of this mode is never opened."""
    kind = _KINDS.get(stat.S_IFMT(mode), "not a regular file")
    return f"{kind}, not a regular file: never opened"


class Unread(Exception):
    """A file not read, with the reason in words (vanished, changed, stalled, not regular, ...)."""

    def __init__(self, why: str, notable: bool = True) -> None:
        super().__init__(why)
        self.why, self.notable = why, notable

    def skip(self, path: str) -> Skip:
        return Skip(path, self.why, self.notable)


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
        except OSError as exc:
            skipped.append(Skip(path, f"could not be examined ({exc.strerror}): tried again next run", True))
            continue
        if not stat.S_ISREG(st.st_mode):
            skipped.append(Skip(path, not_regular(st.st_mode), True))
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


_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC


def _open_regular(path: str) -> int:
    """A descriptor of the regular file at `path`. Opened without blocking and without following a
    link, then checked: should a pipe or a link have been put there since the scan, it is refused
    (opening a pipe this way never waits for a writer, and a pipe's descriptor is never read)."""
    fd = os.open(path, _OPEN_FLAGS)
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise Unread(not_regular(mode))
    return fd


def _consume(candidate: Candidate, block: Callable[[bytes], None]) -> None:
    """Every byte of the file handed to `block`, then checked against the scan: Unread when it
    vanished, changed while read, is no longer a regular file or cannot be read."""
    got = 0
    try:
        fd = _open_regular(candidate.path)
        with open(fd, "rb", closefd=True) as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                got += len(chunk)
                block(chunk)
        st = os.stat(candidate.path, follow_symlinks=False)
    except FileNotFoundError:
        raise Unread("vanished before it could be read: waits for the next run", notable=False) from None
    except OSError as exc:
        raise Unread(f"could not be read ({exc.strerror or exc}): tried again next run") from None
    if st.st_mtime_ns != candidate.mtime_ns or not st.st_size == got == candidate.size:
        raise Unread("changed while being read: waits for the next run", notable=False)


def _timed(item: Any, work: Callable[[Any], T], limit: float | None) -> T:
    try:
        return within(limit, work, item)
    except ReadTimedOut as late:
        raise _unread(late, limit) from None


def _unread(error: Exception, limit: float | None) -> Unread:
    """The Unread of a file whose read raised `error` (Unread itself, or ReadTimedOut)."""
    if isinstance(error, Unread):
        return error
    if isinstance(error, ReadTimedOut):
        return Unread(
            f"the read did not finish within {limit:g} s (JICENG_READ_TIMEOUT): a hung mount or a file "
            "held by its writer; tried again next run"
        )
    raise error


def read_each(planned: list[tuple[Candidate, str]], limit: float | None) -> list[bytes | Unread]:
    """The bytes of each planned file if they still hash as planned, else its Unread: read one after
    another, each within `limit` seconds."""
    return [raw if ok else _unread(raw, limit) for ok, raw in each_within(limit, _same_bytes, planned)]


def _same_bytes(planned: tuple[Candidate, str]) -> bytes:
    candidate, sha = planned
    raw = _bytes(candidate)
    if hashlib.sha256(raw).hexdigest() != sha:
        raise Unread("changed since it was planned: waits for the next run", notable=False)
    return raw


def _bytes(candidate: Candidate) -> bytes:
    parts: list[bytes] = []
    _consume(candidate, parts.append)
    return b"".join(parts)


def _digest(candidate: Candidate) -> str:
    digest = hashlib.sha256()
    _consume(candidate, digest.update)
    return digest.hexdigest()


def read(candidate: Candidate, limit: float | None = None) -> bytes:
    """The file's bytes, read within `limit` seconds (Settings.read_timeout; None: no limit, read in
    this thread); Unread (with the reason) when it cannot be."""
    return _timed(candidate, _bytes, limit)


def sha256_of(candidate: Candidate, limit: float | None = None) -> str:
    """Streaming hash (constant memory), within `limit` seconds; Unread when it cannot be read."""
    return _timed(candidate, _digest, limit)


def read_same(candidate: Candidate, sha: str, limit: float | None = None) -> bytes:
    """The file's bytes if they still hash to `sha`; Unread when not (changed since it was planned)."""
    return _timed((candidate, sha), _same_bytes, limit)


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


def plan(
    candidates: list[Candidate],
    changed: set[str],
    known: dict[str, tuple[str, str, str]],
    deadline: Deadline | None = None,
    read_limit: float | None = None,
) -> Plan:
    """Decide for each candidate: new content to stage, a duplicate of loaded content, or nothing new.

    `changed`: the paths not unchanged since the last run (`warehouse.publish.changed_paths`): only
    those are read and hashed; `known`: sha256 -> (file_id, path, status) of decided contents.
    Each file is read within `read_limit` seconds (a file past it is skipped with the reason), and
    all of them before the run's `deadline` (RunTimedOut past it)."""
    out = Plan([], [], [], [])
    batch_shas: dict[str, str] = {}
    todo = [c for c in candidates if c.path in changed]
    out.skipped += [Skip(c.path, "unchanged since the last run") for c in candidates if c.path not in changed]
    if deadline is not None:
        deadline.check("reading the new files to hash them")
        read_limit = deadline.cap(read_limit)
    for c, (ok, digest) in zip(todo, each_within(read_limit, _digest, todo, deadline), strict=True):
        if not ok:
            out.skipped.append(_unread(digest, read_limit).skip(c.path))
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
