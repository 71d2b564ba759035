"""The one settings module: paths, limits and thresholds, from environment variables with defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _env_path(name: str, default: str) -> Path:
    return Path(os.environ.get(name, default))


@dataclass(frozen=True)
class Settings:
    """Read from the environment each time one is made, so what the command line sets (`--workers`,
    `--quiet`) or a test sets is what the run uses."""

    inbox: Path = field(default_factory=lambda: _env_path("JICENG_INBOX", "inbox"))
    warehouse: Path = field(default_factory=lambda: _env_path("JICENG_WAREHOUSE", "warehouse/jiceng.duckdb"))
    reports: Path = field(default_factory=lambda: _env_path("JICENG_REPORTS", "warehouse/reports"))
    # Files per batch: one gate validation and one publish transaction per batch.
    batch_files: int = field(default_factory=lambda: int(os.environ.get("JICENG_BATCH_FILES", "500")))
    # ... and at most this many MB of page files per batch (a single larger page is a batch of its
    # own): what a run holds in memory for a batch grows with its text, not its file count. 5 MB is
    # about 500 benchmark pages, the size measured through the 1 GB benchmark; batches of 1,000 of
    # them ran out of the writer's 128MB a third of the way in. The shared sample pages are about
    # twice the benchmark's average size (benchmarks/RESULTS.md, sixth session).
    batch_mb: float = field(default_factory=lambda: float(os.environ.get("JICENG_BATCH_MB", "5")))
    # A file whose size or mtime changed within this many seconds waits for the next run.
    settle_seconds: float = field(default_factory=lambda: float(os.environ.get("JICENG_SETTLE_SECONDS", "2")))
    # Worker processes that stage pages (default: every core); 1 stages in the flow's process.
    workers: int = field(
        default_factory=lambda: int(os.environ.get("JICENG_WORKERS", str(os.cpu_count() or 1)))
    )
    # A long run publishes what it has loaded this often, so an interrupted backfill resumes.
    publish_every_seconds: float = field(
        default_factory=lambda: float(os.environ.get("JICENG_PUBLISH_EVERY", "120"))
    )
    # No progress bar (it is also off when the output is not a terminal).
    quiet: bool = field(default_factory=lambda: os.environ.get("JICENG_QUIET", "") not in ("", "0"))
    # DuckDB's memory for the writing connection (its default is 80% of RAM, and its buffer pool
    # grows with the warehouse): beyond it DuckDB spills to a temporary folder beside the file.
    # Loading 300 MB of pages, the peak of the whole process tree was 1,739 MB at 512MB, 1,485 MB
    # at 256MB and 1,379 MB at 128MB, in the same wall time (240, 242, 237 s); 1 GB: 1,600 MB in
    # 785 s at 256MB, 1,481 MB in 754 s at 128MB (one run each, sampled every second;
    # benchmarks/RESULTS.md). Should an operation need more than DuckDB can spill, `jiceng ingest`
    # stops with exit code 4 and a message that names this setting (jiceng/cli.py).
    duckdb_memory: str = field(default_factory=lambda: os.environ.get("JICENG_DUCKDB_MEMORY", "128MB"))
    # Seconds a second run waits for the first before giving up (0: exit at once with a message).
    lock_wait_seconds: float = field(default_factory=lambda: float(os.environ.get("JICENG_LOCK_WAIT", "0")))
    # Seconds one read of a file may take (hashing it, or reading it to stage it). A page of the
    # benchmark is read in well under a millisecond; a read that stalls (a hung mount, a file held by
    # its writer) is given up and the file is tried again next run.
    read_timeout: float = field(default_factory=lambda: float(os.environ.get("JICENG_READ_TIMEOUT", "30")))
    # Seconds a run may take inside the flow before it stops (and publishes nothing more), so that a
    # stuck run never holds the warehouse's lock: a number, 0 for no limit, or "auto" (the default),
    # sized from what the run has to do (`run_limit`).
    run_timeout: str = field(default_factory=lambda: os.environ.get("JICENG_RUN_TIMEOUT", "auto"))

    def run_limit(self, new_bytes: int, warehouse_bytes: int) -> float | None:
        """The run's time limit in seconds (None: no limit). "auto": 10 minutes, plus 10 s a MB of new
        pages and 30 s a GB of warehouse to copy. The benchmark's runs loaded 0.96-1.44 MB/s end to
        end and copied a 3.4 GB warehouse in 1.7-8.5 s (benchmarks/RESULTS.md): about ten times that
        time, and ten minutes for all that does not grow with the data (start, imports, report)."""
        if self.run_timeout.strip().lower() != "auto":
            seconds = float(self.run_timeout)
            return seconds if seconds > 0 else None
        return AUTO_RUN_BASE_SECONDS + 10 * new_bytes / 1e6 + 30 * warehouse_bytes / 1e9

    # `jiceng serve`'s own Prefect server keeps its database (runs, logs, the schedule) here; default:
    # a folder beside the warehouse, `<warehouse>.prefect` (see `serve_home`).
    serve_home_override: Path | None = field(
        default_factory=lambda: Path(v) if (v := os.environ.get("JICENG_SERVE_HOME")) else None
    )
    # Seconds between a served run's heartbeats (Prefect's minimum is 30); a run whose heartbeats
    # stop for three of these is marked Crashed.
    heartbeat_seconds: int = field(
        default_factory=lambda: max(30, int(os.environ.get("JICENG_HEARTBEAT_SECONDS", "30")))
    )

    def serve_home(self, warehouse: Path) -> Path:
        return self.serve_home_override or warehouse.with_name(warehouse.name + ".prefect")

    @property
    def batch_bytes(self) -> int:
        return int(self.batch_mb * 1_000_000)


# The "auto" run limit's allowance before the new pages and the copy are counted: also the limit of
# planning, which runs before the new pages are known.
AUTO_RUN_BASE_SECONDS = 600.0


def out_of_memory_advice(limit: str) -> str:
    """What a run that ran out of DuckDB's memory says: in the flow's log, and on the command line
    (exit code 4)."""
    return (
        f"DuckDB needed more memory than JICENG_DUCKDB_MEMORY allows ({limit}). The warehouse holds what "
        "earlier runs and this run's progress points published, no part of a batch; the next run goes "
        "on from there. Raise JICENG_DUCKDB_MEMORY (e.g. 512MB) and run again."
    )


# Turn analytics off before Prefect or Great Expectations are imported anywhere.
for _name, _value in {
    "GX_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}.items():
    os.environ.setdefault(_name, _value)
