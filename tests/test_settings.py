"""Settings come from the environment as it is when they are made, not when the module was imported:
the CLI sets `JICENG_WORKERS` and `JICENG_QUIET` from its flags after importing them."""

from __future__ import annotations

from jiceng.settings import Settings


def test_settings_read_the_environment_when_made(monkeypatch) -> None:
    monkeypatch.setenv("JICENG_BATCH_FILES", "2")
    monkeypatch.setenv("JICENG_WORKERS", "3")
    monkeypatch.setenv("JICENG_QUIET", "1")
    monkeypatch.setenv("JICENG_DUCKDB_MEMORY", "64MB")
    monkeypatch.setenv("JICENG_PUBLISH_EVERY", "0")
    monkeypatch.setenv("JICENG_BATCH_MB", "2.5")
    cfg = Settings()
    assert (cfg.batch_files, cfg.workers, cfg.quiet, cfg.duckdb_memory, cfg.publish_every_seconds) == (
        2,
        3,
        True,
        "64MB",
        0.0,
    )
    assert cfg.batch_mb == 2.5
    monkeypatch.delenv("JICENG_QUIET")
    monkeypatch.delenv("JICENG_DUCKDB_MEMORY")
    assert (Settings().quiet, Settings().duckdb_memory) == (False, "128MB")


def test_the_command_lines_workers_flag_reaches_the_settings(monkeypatch) -> None:
    from jiceng import cli

    monkeypatch.setenv("JICENG_WORKERS", "2")  # restored after the test, whatever main() sets
    seen = []

    def fake_ingest(args, retry=False) -> int:  # noqa: ANN001 - what the flow would read
        seen.append(Settings().workers)
        return 0

    monkeypatch.setattr(cli, "_ingest", fake_ingest)
    assert cli.main(["ingest", "--workers", "1", "--inbox", "nowhere"]) == 0
    assert seen == [1]


def test_serve_keeps_its_server_beside_the_warehouse_unless_told(monkeypatch, tmp_path) -> None:
    from pathlib import Path

    monkeypatch.delenv("JICENG_SERVE_HOME", raising=False)
    assert Settings().serve_home(Path("wh/jiceng.duckdb")) == Path("wh/jiceng.duckdb.prefect")
    monkeypatch.setenv("JICENG_SERVE_HOME", str(tmp_path))
    assert Settings().serve_home(Path("wh/jiceng.duckdb")) == tmp_path


def test_heartbeats_are_never_more_often_than_prefect_allows(monkeypatch) -> None:
    monkeypatch.setenv("JICENG_HEARTBEAT_SECONDS", "5")
    assert Settings().heartbeat_seconds == 30
    monkeypatch.setenv("JICENG_HEARTBEAT_SECONDS", "60")
    assert Settings().heartbeat_seconds == 60
