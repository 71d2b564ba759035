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


def test_a_held_back_file_validated_again_is_replaced_and_keeps_when_it_was_first_seen(tmp_path) -> None:
    """`jiceng retry` after a rule change: the file's dim_file row becomes loaded, one row still, with
    the first run's first_seen_at; its facts go in only now."""
    import time
    from pathlib import Path
    from types import SimpleNamespace

    import polars as pl

    from transforms.page import batch_frames, stage_page

    inbox = Path(__file__).resolve().parents[2] / "inbox"
    pages = [stage_page(str(p), p.read_bytes()) for p in sorted(inbox.rglob("*.txt"))[:3]]
    frames = batch_frames(pages)
    ids = frames["file"]["file_id"].to_list()
    no_results = pl.DataFrame(
        schema={"file_id": pl.String, "suite": pl.String, "expectation": pl.String, "column_name": pl.String,
                "severity": pl.String, "success": pl.Boolean, "observed": pl.String}
    )  # fmt: skip

    def verdicts(held: str | None) -> list:
        return [
            SimpleNamespace(file_id=i, status="quarantined" if i == held else "loaded", reason="a rule" if i == held else None)
            for i in ids
        ]  # fmt: skip

    query = "select file_id, status, reason, first_seen_at, loaded_at, run_id from dim_file order by file_id"
    with writable_copy(tmp_path / "w.duckdb") as con:
        records.publish_batch(con, "run-1", frames, verdicts(ids[0]), no_results)
        first = {r[0]: r for r in con.execute(query).fetchall()}
        held_articles = con.execute(
            "select count(*) from dim_article where file_id = ?", [ids[0]]
        ).fetchone()[0]
        time.sleep(0.01)
        records.publish_batch(con, "run-2", frames.copy() | {"file": frames["file"].filter(pl.col("file_id") == ids[0])},
                              verdicts(None)[:1], no_results)  # fmt: skip
        second = {r[0]: r for r in con.execute(query).fetchall()}
        articles = con.execute("select count(*) from dim_article where file_id = ?", [ids[0]]).fetchone()[0]
    assert len(first) == len(second) == len(ids)
    assert first[ids[0]][1:3] == ("quarantined", "a rule") and first[ids[0]][4] is None
    assert second[ids[0]][1:3] == ("loaded", None) and second[ids[0]][4] is not None
    assert second[ids[0]][3] == first[ids[0]][3]  # first seen in run-1
    assert second[ids[0]][5] == "run-2"
    assert all(second[i] == first[i] for i in ids[1:])  # the others untouched
    assert held_articles == 0 and articles > 0
