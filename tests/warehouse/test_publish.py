"""Publishing rows that need no staging: duplicates of loaded content."""

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
