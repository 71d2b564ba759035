"""A corpus of bad and odd files beside good ones: each gets its expected status and a reason a
person understands, the run never crashes, and the good pages load exactly as they load alone."""

from __future__ import annotations

import os
import shutil
import time

import duckdb
import pytest

from tests.fixtures_gen import write_bad_corpus

pytestmark = pytest.mark.slow
# Our decisions where the corpus generator left a choice: a page of mixed UTF-8 and GB18030 lines is
# decoded line by line and loads (each line decodes strictly in one of them); see transforms/decoding.py.
OVERRIDES = {"mixed_gb18030_and_utf8.txt": "loaded"}


def _settle(folder) -> None:
    old = time.time() - 3600
    for path in sorted(folder.iterdir()):
        if path.is_file() and not path.is_symlink():
            st = path.stat()
            os.utime(path, (old, old + (st.st_mtime - int(st.st_mtime))))


def _statuses(warehouse) -> dict[str, tuple[str, str | None]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    return {
        name: (status, reason)
        for name, status, reason in con.execute("select file_name, status, reason from dim_file").fetchall()
    }


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory, prefect_harness):
    from flows.ingest import ingest

    tmp = tmp_path_factory.mktemp("bad")
    inbox = tmp / "inbox"
    expected = write_bad_corpus(inbox, huge_mb=12)
    _settle(inbox)
    os.utime(inbox / "good_page_a_copy.txt", (time.time() - 1800, time.time() - 1800))
    summary = ingest(inbox=str(inbox), warehouse=str(tmp / "w.duckdb"), reports=str(tmp / "r"))
    return {
        "expected": {**expected, **{k: v for k, v in OVERRIDES.items() if k in expected}},
        "summary": summary,
        "statuses": _statuses(tmp / "w.duckdb"),
        "tmp": tmp,
        "inbox": inbox,
    }


def test_each_bad_file_gets_its_status(bad_run) -> None:
    statuses = bad_run["statuses"]
    for name, kind in bad_run["expected"].items():
        if kind == "skipped":
            assert name not in statuses, name
        else:
            assert statuses[name][0] == kind, (name, statuses.get(name))


def test_held_back_files_say_why_in_words(bad_run) -> None:
    for name, (status, reason) in bad_run["statuses"].items():
        if status in ("quarantined", "duplicate"):
            assert reason and "expect_" not in reason and len(reason) > 10, name


def test_good_pages_load_exactly_as_they_load_alone(bad_run, tmp_path) -> None:
    from flows.ingest import ingest

    alone = tmp_path / "alone"
    alone.mkdir()
    for name, kind in bad_run["expected"].items():
        if kind == "loaded":
            shutil.copy2(bad_run["inbox"] / name, alone / name)
    ingest(inbox=str(alone), warehouse=str(tmp_path / "a.duckdb"), reports=str(tmp_path / "r"))
    query = """select f.file_name, a.seq, a.title, a.body from dim_article a join dim_file f using (file_id)
               order by 1, 2"""
    together = duckdb.connect(str(bad_run["tmp"] / "w.duckdb"), read_only=True).execute(query).fetchall()
    by_itself = duckdb.connect(str(tmp_path / "a.duckdb"), read_only=True).execute(query).fetchall()
    assert together == by_itself and by_itself
