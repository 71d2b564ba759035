"""The warehouse file: one writer at a time, readers never blocked, never half a run visible.

A run writes into a copy of the warehouse (`<file>.next`) and, when everything is published,
checkpoints it and moves it over the warehouse with an atomic rename. So:
- an analyst holding the warehouse open (read-only) keeps reading the previous state and never
  makes the writer fail on DuckDB's file lock, because the writer never opens that file;
- a run killed at any moment leaves the published file untouched; its copy is discarded by the next run;
- two runs on one warehouse never overlap: the second waits for an exclusive lock on `<file>.lock`
  (`JICENG_LOCK_WAIT` seconds, default 0: exit at once) and then says who holds it.
The cost is one file copy per run (measured in benchmarks/RESULTS.md), none where the filesystem can
clone files (XFS, Btrfs): see `copy_file`.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

SQL_ORDER = (
    "dim_file",
    "dim_article",
    "dim_region",
    "dim_author",
    "dim_initiative",
    "dim_topic",
    "dim_date",
    "fact_metric",
    "fact_region_mention",
    "fact_keyword",
    "dq",
    "views",
)


# DuckDB checkpoints when its WAL passes `checkpoint_threshold` (16 MiB by default, see
# `duckdb_settings()`), which one batch of 500 pages passes: a checkpoint after every batch. At
# 32 MiB it checkpoints about every other batch (and explicitly at every `publish_progress` and at
# the end of a run). Ingesting 100 MB end to end, the ingest process's CPU: 44.9-49.7 s at 16 MiB,
# 41.6 s at 32 MiB, 40.2-41.5 s at 128 MiB; peak memory of the tree 1,603-1,648 MB, 1,647 MB and
# 1,821-1,837 MB: committed data waiting for the next checkpoint stays in memory, so more than
# 32 MiB costs memory for little more speed (benchmarks/RESULTS.md).
CHECKPOINT_THRESHOLD = "32MiB"

# Rows per row group in what the writer appends (DuckDB's default: 122,880). A checkpoint rewrites
# the last, partly filled row group of every table that had rows appended, every column of it: by
# default dim_file's last group holds up to 122,880 pages with their text. Over the 1 GB benchmark's
# warehouse (106,273 pages) one checkpoint after a batch took 5.1 s of CPU and raised the process's
# memory by 368 MB, and the writer checkpoints about every other batch; with 8,192-row groups it
# took 0.3 s and 4 MB (32,768: 1.3 s and 84 MB). The size is given at every ATTACH (DuckDB does not
# store it in the file); readers need nothing. The analyst queries of the benchmark ran as fast over
# a 100 MB warehouse rebuilt with it, and that file was ~20% larger (benchmarks/RESULTS.md).
ROW_GROUP_SIZE = 8192
WAREHOUSE_ALIAS = "jiceng"


# The Linux ioctl that makes one file a clone of another (linux/fs.h: FICLONE = _IOW(0x94, 9, int)).
_FICLONE = 0x40049409


# What a run adds to the warehouse file per byte of new pages: 100 MB of benchmark pages made a
# 355 MB warehouse, 1 GB one of 3.4 GB (benchmarks/RESULTS.md); and a few MB whatever it loads, as
# DuckDB writes whole blocks (the demo inbox's 56 KB of pages took an empty warehouse of 2.4 MB to
# 7.6 MB).
GROWTH_PER_PAGE_BYTE = 3.5
BASE_BYTES = 8_000_000


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse."""


class DiskFull(RuntimeError):
    """The disk holding the warehouse (or its copy, or the reports) has no room for the run."""


def disk_full(exc: BaseException | None) -> bool:
    """Whether `exc`, or an error it was raised from, is a full disk (or quota): an OSError with
    ENOSPC or EDQUOT, or DuckDB's error about a write that found no space."""
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, DiskFull):
            return True
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(exc, duckdb.Error) and (
            "No space left on device" in str(exc) or "Disk quota exceeded" in str(exc)
        ):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _size(n: float) -> str:
    """Bytes in words: 56 KB, 2.4 MB, 3.4 GB."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6)):
        if n >= scale:
            return f"{n / scale:,.1f} {unit}"
    return f"{n / 1e3:,.0f} KB"


def disk_full_advice(warehouse: Path, new_bytes: int | None = None) -> str:
    """What a run that found no room says: in the flow's log, and on the command line (exit code 5)."""
    size = warehouse.stat().st_size if warehouse.exists() else 0
    folder = warehouse.parent
    free = shutil.disk_usage(folder).free if folder.exists() else 0
    adds = (
        f"about {_size(BASE_BYTES + GROWTH_PER_PAGE_BYTE * new_bytes)} for {_size(new_bytes)} of new pages"
        if new_bytes is not None
        else "a few MB and 3.5 times the size of the new pages"
    )
    return (
        f"the disk holding the warehouse ({folder}) has no room for this run: {_size(free)} free. A run "
        f"writes a copy of the whole warehouse ({_size(size)}; none where the filesystem clones "
        f"files, XFS or Btrfs) and adds what it loads to it ({adds}); a long run that publishes its "
        f"progress needs one more copy for a moment. The warehouse holds what earlier runs (and this "
        "run's progress points) published, nothing half-written. Free some space there, or move the "
        "warehouse to a larger disk (--warehouse, JICENG_WAREHOUSE), and run again."
    )


def check_room(warehouse: Path, new_bytes: int) -> None:
    """DiskFull before the copy is made when the free space is plainly too small: less than the copy
    of the warehouse (unless the filesystem clones it) and the new pages themselves (a run adds
    ~3.5 times as much)."""
    size = warehouse.stat().st_size if warehouse.exists() else 0
    free = shutil.disk_usage(warehouse.parent).free
    if free >= size + new_bytes:
        return
    if size and free >= new_bytes and _clones(warehouse.parent):
        return
    raise DiskFull(disk_full_advice(warehouse, new_bytes))


def _clones(folder: Path) -> bool:
    """Whether files in `folder` can be cloned (a copy that takes no room): tried on two small files."""
    try:
        with tempfile.TemporaryFile(dir=folder) as src, tempfile.TemporaryFile(dir=folder) as dst:
            src.write(b"jiceng")
            src.flush()
            fcntl.ioctl(dst.fileno(), _FICLONE, src.fileno())
        return True
    except OSError:
        return False


def sql_text(name: str) -> str:
    return resources.files("warehouse").joinpath(f"sql/{name}.sql").read_text("utf-8")


@contextmanager
def run_lock(warehouse: Path, wait_seconds: float = 0.0) -> Iterator[None]:
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    lock_path = warehouse.with_name(warehouse.name + ".lock")
    with open(lock_path, "a+") as handle:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    raise WarehouseBusy(
                        f"another ingest run holds {warehouse} ({handle.read().strip() or 'unknown process'}); "
                        "this run did nothing. Try again when it has finished."
                    ) from None
                time.sleep(0.5)
        handle.truncate(0)
        handle.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}")
        handle.flush()
        yield


def discard_leftovers(warehouse: Path) -> None:
    """The copy, its WAL and temporary folder, and the swap file a killed run left behind (the
    caller holds the run lock, so no run is using them)."""
    staging = warehouse.with_name(warehouse.name + ".next")
    for leftover in (
        staging,
        staging.with_name(staging.name + ".wal"),
        warehouse.with_name(warehouse.name + ".swap"),
    ):
        leftover.unlink(missing_ok=True)
    shutil.rmtree(staging.with_name(staging.name + ".tmp"), ignore_errors=True)


def copy_file(source: Path, target: Path) -> None:
    """`target` made a copy of `source`. Where the filesystem can clone a file (XFS, Btrfs), a clone:
    the two share their blocks until one of them writes, so the copy takes no time and no space
    whatever the warehouse's size, and only the blocks a run writes are written. Elsewhere (ext4,
    tmpfs, another device, another system) the kernel copies the bytes. A 3.4 GB warehouse: 0.4 ms
    cloned on XFS against 8.3 s copied (benchmarks/RESULTS.md, seventh session)."""
    if sys.platform == "linux":
        try:
            with open(source, "rb") as src, open(target, "wb") as dst:
                fcntl.ioctl(dst.fileno(), _FICLONE, src.fileno())
            return
        except OSError:  # EOPNOTSUPP (no clones here), EXDEV (another device), EINVAL, ...
            pass
    shutil.copyfile(source, target)


@contextmanager
def writable_copy(
    warehouse: Path, memory_limit: str | None = None, new_bytes: int = 0
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a fresh copy of the warehouse; swapped in only if the block succeeds.
    `memory_limit` (e.g. "512MB") bounds DuckDB's memory in this process. `new_bytes`: the size of
    the pages the run is to load, for the check of the free space (`check_room`) before the copy."""
    staging = warehouse.with_name(warehouse.name + ".next")
    discard_leftovers(warehouse)
    check_room(warehouse, new_bytes)
    config: dict[str, str | bool | int | float | list[str]] = {
        "checkpoint_threshold": CHECKPOINT_THRESHOLD,
        # where DuckDB spills, beside the copy as when it is opened directly (discard_leftovers knows it)
        "temp_directory": str(staging) + ".tmp",
    }
    if memory_limit:
        config["memory_limit"] = memory_limit
    con: duckdb.DuckDBPyConnection | None = None
    try:
        if warehouse.exists():
            copy_file(warehouse, staging)
        con = duckdb.connect(":memory:", config=config)
        path = str(staging).replace("'", "''")
        con.execute(f"attach '{path}' as {WAREHOUSE_ALIAS} (row_group_size {ROW_GROUP_SIZE})")
        con.execute(f"use {WAREHOUSE_ALIAS}")
        ensure_schema(con)
        yield con
        con.execute("checkpoint")
        con.close()
        _fsync(staging)
        os.replace(staging, warehouse)
    finally:
        if con is not None:
            con.close()
        discard_leftovers(warehouse)  # after any failure: the copy, its WAL and spill folder


def publish_progress(con: duckdb.DuckDBPyConnection, warehouse: Path) -> None:
    """Publish what the run has written so far (whole files only) and keep writing: a long backfill
    killed later resumes from here. The copy is taken after a checkpoint, so it is consistent."""
    con.execute("checkpoint")
    staging = scalar(con, "select path from duckdb_databases() where database_name = current_database()")
    swap = warehouse.with_name(warehouse.name + ".swap")
    copy_file(Path(staging), swap)
    _fsync(swap)
    os.replace(swap, warehouse)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list | dict | None = None) -> Any:
    """The first column of the first row (None when there is no row)."""
    row = con.execute(sql, params).fetchone()
    return row[0] if row else None


# Tables whose primary key was dropped (unique by construction; DuckDB rewrote the index at every
# checkpoint), with the DDL file that creates each.
UNINDEXED = {
    "dim_article": "dim_article",
    "fact_metric": "fact_metric",
    "bridge_article_author": "dim_author",
    "fact_article_initiative": "dim_initiative",
    "fact_article_topic": "dim_topic",
    "fact_region_mention": "fact_region_mention",
    "fact_keyword": "fact_keyword",
}


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    exists = scalar(con, "select count(*) from duckdb_tables() where table_name = 'dim_file'")
    if exists:
        migrate(con)
        _add_columns(con)
    for name in SQL_ORDER:
        if name == "views" or not exists:
            con.execute(sql_text(name))
    if not exists:
        _load_static_dimensions(con)
    from warehouse.search_index import ensure_index

    ensure_index(con)  # the full-text index (built from the articles once, where an older build left none)


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a warehouse written by an earlier build to the current schema (a no-op once done):
    fact_term dropped, primary keys dropped from the tables of UNINDEXED. A table is rebuilt from
    its DDL file (columns, NOT NULLs and comments as now) and its rows copied over, in one transaction."""
    keyed = {
        t
        for (t,) in con.execute(
            "select table_name from duckdb_constraints() where constraint_type = 'PRIMARY KEY'"
        ).fetchall()
    }
    stale = [t for t in UNINDEXED if t in keyed]
    if not stale and not scalar(con, "select count(*) from duckdb_tables() where table_name = 'fact_term'"):
        return
    con.execute("begin")
    try:
        # the star schema's views read these tables; ensure_schema creates them again (the search
        # index's view `fts_main_dim_article.terms` reads only the index)
        views = "select view_name from duckdb_views() where not internal and schema_name = 'main'"
        for (view,) in con.execute(views).fetchall():
            con.execute(f"drop view {view}")
        con.execute("drop table if exists fact_term")
        for table in stale:
            con.execute(f"alter table {table} rename to {table}__old")
            con.execute(sql_text(UNINDEXED[table]))  # creates what is missing: the table, keyless
            con.execute(f"insert into {table} by name select * from {table}__old")
            con.execute(f"drop table {table}__old")
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


# Columns added to a table after warehouses were written: (table, column, type, value for old rows).
ADDED_COLUMNS = [
    (
        "dim_region",
        "resolved_by",
        "varchar",
        "case when level in ('township', 'community') then 'printed' else 'cnloc' end",
    ),
    # the segmentation's confidence (transforms/articles.py): unknown for articles loaded before
    ("dim_article", "confidence", "double", "null"),
    ("dim_article", "label_confidence", "double", "null"),
    ("dim_article", "match_margin", "double", "null"),
]


def _add_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Add the columns of ADDED_COLUMNS that an earlier build's warehouse lacks, fill them for its
    rows, and comment them as the DDL file does (a no-op once done)."""
    for table, column, kind, value in ADDED_COLUMNS:
        present = scalar(
            con,
            "select count(*) from duckdb_columns() where table_name = ? and column_name = ?",
            [table, column],
        )
        if present:
            continue
        comment = next(
            line
            for line in sql_text(table).splitlines()
            if line.startswith(f"comment on column {table}.{column} ")
        )
        con.execute("begin")
        try:
            views = "select view_name from duckdb_views() where not internal and schema_name = 'main'"
            for (view,) in con.execute(views).fetchall():
                con.execute(f"drop view {view}")  # ensure_schema creates them again
            con.execute(f"alter table {table} add column {column} {kind}")
            con.execute(f"update {table} set {column} = {value}")
            con.execute(comment)
        except BaseException:
            con.execute("rollback")
            raise
        con.execute("commit")


def _load_static_dimensions(con: duckdb.DuckDBPyConnection) -> None:
    from transforms.regions import region_frame
    from transforms.topics import topic_frame

    regions = region_frame()  # noqa: F841 - read by DuckDB below
    topics = topic_frame()  # noqa: F841
    con.execute(
        "insert into dim_region select region_id, name, full_name, level, parent_id, province, city, county,"
        " resolved_by from regions"
    )
    con.execute("insert into dim_topic select topic_id, name, name_en, description from topics")
    con.execute(sql_text("dim_date_fill"))
