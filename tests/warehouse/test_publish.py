"""Publishing: duplicates of loaded content, which files changed since the last run, the order metrics
are stored in."""

from __future__ import annotations

from flows.inbox import Candidate
from warehouse import publish as records
from warehouse.store import writable_copy


def test_every_duplicate_gets_its_dim_file_row_in_one_call(tmp_path) -> None:
    sha = "ab" * 32
    duplicates = [(Candidate(f"/moved/p{n:05d}.txt", 100 + n, 1), sha, "/inbox/p.txt") for n in range(2500)]
    with writable_copy(tmp_path / "w.duckdb") as con:
        records.duplicate_rows(con, "run-1", duplicates)
        records.duplicate_rows(con, "run-2", duplicates[:10])  # seen again: ignored, not doubled
        rows = con.execute(
            """select count(*), count(distinct file_id), min(size_bytes), max(size_bytes),
                      any_value(reason), count(distinct run_id), min(status), max(status)
               from dim_file"""
        ).fetchone()
    assert rows == (
        2500,
        2500,
        100,
        2599,
        "same content as /inbox/p.txt, already processed",
        1,
        "duplicate",
        "duplicate",
    )


def test_only_files_unchanged_since_a_decided_run_are_left_out(tmp_path) -> None:
    loaded, held, undecided = "a" * 64, "b" * 64, "c" * 64
    seen = [
        (Candidate("/in/same.txt", 10, 1), loaded),
        (Candidate("/in/resized.txt", 10, 1), loaded),
        (Candidate("/in/touched.txt", 10, 1), loaded),
        (Candidate("/in/held.txt", 10, 1), held),
        (Candidate("/in/undecided.txt", 10, 1), undecided),  # hashed, but its run never finished
    ]
    now = [
        Candidate("/in/same.txt", 10, 1),
        Candidate("/in/resized.txt", 11, 1),
        Candidate("/in/touched.txt", 10, 2),
        Candidate("/in/held.txt", 10, 1),
        Candidate("/in/undecided.txt", 10, 1),
        Candidate("/in/new.txt", 10, 1),
    ]
    with writable_copy(tmp_path / "w.duckdb") as con:
        records.remember_seen(con, seen)
        con.execute(
            """insert into dim_file (file_id, path, file_name, sha256, size_bytes, first_seen_at, run_id, status)
               values ('f1', '/in/same.txt', 'same.txt', $a, 10, now()::timestamp, 'r', 'loaded'),
                      ('f2', '/in/held.txt', 'held.txt', $b, 10, now()::timestamp, 'r', 'quarantined')""",
            {"a": loaded, "b": held},
        )
        changed = records.changed_paths(con, now)
        again = records.changed_paths(con, now, include_quarantined=False)  # `jiceng retry`
        nothing = records.changed_paths(con, [])
    assert changed == {"/in/resized.txt", "/in/touched.txt", "/in/undecided.txt", "/in/new.txt"}
    assert again == changed | {"/in/held.txt"}
    assert nothing == set()


def test_a_batchs_metrics_are_stored_by_region(tmp_path) -> None:
    """One region's metrics share row groups, so a query for one region skips the others'."""
    from pathlib import Path

    from transforms.page import batch_frames, stage_page

    inbox = Path(__file__).resolve().parents[2] / "inbox"
    pages = [stage_page(str(p), p.read_bytes()) for p in sorted(inbox.rglob("*.txt"))]
    frames = batch_frames(pages)
    staged = frames["metric"]["region_id"].to_list()
    assert len(set(staged)) >= 3 and staged != sorted(staged, key=lambda r: (r is None, r or ""))
    with writable_copy(tmp_path / "w.duckdb") as con:
        records.facts(con, frames)
        stored = [r for (r,) in con.execute("select region_id from fact_metric order by rowid").fetchall()]
    assert stored == sorted(staged, key=lambda r: (r is None, r or ""))
