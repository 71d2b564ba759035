"""The inbox scan: regular *.txt files only, links never followed, unsettled files left for later,
in a stable order (os.walk's, which it replaced for speed)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from flows.inbox import Candidate, Skip, scan


def _walk_scan(inbox: Path, settle: float, now: float) -> tuple[list[Candidate], list[Skip]]:
    """The reference: the same rules over os.walk, one stat per file."""
    found, skipped = [], []
    for root, dirs, files in os.walk(inbox, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            if not name.lower().endswith(".txt"):
                continue
            if os.path.islink(path):
                skipped.append(Skip(path, "symbolic link: never followed"))
                continue
            st = os.stat(path, follow_symlinks=False)
            if now - st.st_mtime < settle:
                skipped.append(Skip(path, "still being written: waits for the next run"))
                continue
            found.append(Candidate(path, st.st_size, st.st_mtime_ns))
    return found, skipped


def test_the_scan_lists_what_os_walk_lists(tmp_path) -> None:
    inbox, outside = tmp_path / "inbox", tmp_path / "outside"
    for folder in (inbox / "2024" / "12", inbox / "2024" / "02", inbox / "b", outside):
        folder.mkdir(parents=True)
    old = time.time() - 3600
    for n, rel in enumerate(["a.txt", "B.TXT", "2024/12/p1.txt", "2024/02/p2.txt", "b/z.txt", "b/notes.md"]):
        page = inbox / rel
        page.write_text("本报讯" * (n + 1), encoding="utf-8")
        os.utime(page, (old, old))
    (inbox / "fresh.txt").write_text("still arriving", encoding="utf-8")  # mtime now: not settled
    (outside / "secret.txt").write_text("outside the inbox", encoding="utf-8")
    (inbox / "link.txt").symlink_to(outside / "secret.txt")
    (inbox / "dangling.txt").symlink_to(outside / "gone.txt")
    (inbox / "linked_folder").symlink_to(outside, target_is_directory=True)
    (inbox / "folder.txt").mkdir()  # a folder named like a page
    (inbox / "folder.txt" / "inner.txt").write_text("a page in an odd folder", encoding="utf-8")
    os.utime(inbox / "folder.txt" / "inner.txt", (old, old))

    now = time.time()
    got = scan(inbox, 60, now=now)
    assert got == _walk_scan(inbox, 60, now)
    found, skipped = got
    paths = [Path(c.path).relative_to(inbox).as_posix() for c in found]
    assert paths == ["B.TXT", "a.txt", "2024/02/p2.txt", "2024/12/p1.txt", "b/z.txt", "folder.txt/inner.txt"]
    assert {Path(s.path).name: s.why.split(":")[0] for s in skipped} == {
        "dangling.txt": "symbolic link",
        "fresh.txt": "still being written",
        "link.txt": "symbolic link",
    }


def test_an_unreadable_or_missing_inbox_lists_nothing(tmp_path) -> None:
    assert scan(tmp_path / "absent", 0) == ([], [])


def test_a_run_with_nothing_new_does_not_import_great_expectations() -> None:
    """GX costs seconds and ~170 MB to import: the flow imports it only when it has files to gate."""
    code = "import sys, jiceng.cli, flows.ingest; print('great_expectations' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_planning_imports_neither_pandas_nor_pyarrow(tmp_path) -> None:
    """Handing DuckDB a frame imports both (0.37 s); a scheduled run with nothing new plans against
    the published warehouse and stops, so planning must not need them."""
    from warehouse.store import writable_copy

    inbox, wh = tmp_path / "in", tmp_path / "w.duckdb"
    inbox.mkdir()
    (inbox / "a.txt").write_text("page", encoding="utf-8")
    with writable_copy(wh):
        pass
    code = f"""
import sys
from pathlib import Path
from flows.tasks import check_published
plan = check_published.fn(Path({str(wh)!r}), Path({str(inbox)!r}), 0, False)
print(len(plan.new), sorted(m for m in ("pandas", "pyarrow") if m in sys.modules))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "[]"]


def test_the_collector_is_paused_inside_and_restored_after() -> None:
    import gc

    from flows.inbox import collector_paused

    assert gc.isenabled()
    try:
        with collector_paused():
            assert not gc.isenabled()
            raise KeyError("inside")
    except KeyError:
        pass
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_a_loaded_file_named_another_way_is_already_loaded_not_a_duplicate(tmp_path, monkeypatch) -> None:
    """The inbox given relatively in one run and absolutely in the next: the same files. A copy
    under another name is still a duplicate, and a file whose known path is gone (moved) too."""
    from flows.inbox import plan, sha256_of

    monkeypatch.chdir(tmp_path)
    (tmp_path / "inbox").mkdir()
    for name in ("a.txt", "copy.txt", "moved.txt"):
        (tmp_path / "inbox" / name).write_text("社区议事会", encoding="utf-8")
    candidates, _ = scan(tmp_path / "inbox", settle_seconds=0)
    by_name = {Path(c.path).name: c for c in candidates}
    sha = sha256_of(by_name["a.txt"])
    assert sha is not None
    seen_as = {"a.txt": "inbox/a.txt", "copy.txt": "inbox/a.txt", "moved.txt": "old/moved.txt"}
    for name, known_path in seen_as.items():
        result = plan([by_name[name]], {by_name[name].path}, {sha: ("f1", known_path, "loaded")})
        if name == "a.txt":
            assert result.skipped == [Skip(by_name[name].path, "already loaded")]
            assert not result.duplicates
        else:
            assert [d[2] for d in result.duplicates] == [known_path]
        assert [h[0] for h in result.hashed] == [by_name[name]]  # remembered under this name too
