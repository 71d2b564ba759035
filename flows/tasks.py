"""Prefect tasks: thin wrappers that give each stage retries, logs and a place in the UI.
One task per file (staging) or per batch (gate, publish); never per article or row."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl
from prefect import task
from prefect.cache_policies import NONE

from expectations.gate import Verdict, validate
from flows import inbox
from transforms.page import StagedPage, failed_page, stage_page
from warehouse import publish as records


@task(name="find-new-files", retries=2, retry_delay_seconds=[1, 5], cache_policy=NONE)
def find_new_files(
    con: duckdb.DuckDBPyConnection, folder: Path, settle_seconds: float, retry: bool
) -> inbox.Plan:
    candidates, skipped = inbox.scan(folder, settle_seconds)
    known = records.known_contents(con, include_quarantined=not retry)
    plan = inbox.plan(candidates, records.seen_files(con), known)
    plan.skipped[:0] = skipped
    return plan


@task(name="stage-page", cache_policy=NONE)
def stage(path: str, raw: bytes) -> StagedPage:
    try:
        return stage_page(path, raw)
    except Exception as exc:  # noqa: BLE001 - one bad page must never sink the run
        return failed_page(path, raw, f"the page could not be processed ({type(exc).__name__}: {exc})")


@task(name="gate", cache_policy=NONE)
def gate(
    pages: list[StagedPage], region_ids: list[str], topic_ids: list[str], docs_dir: Path
) -> tuple[list[Verdict], pl.DataFrame]:
    frames = {name: pl.concat([p.frames[name] for p in pages]) for name in pages[0].frames}
    return validate(frames, region_ids, topic_ids, docs_dir)


@task(name="publish", retries=1, cache_policy=NONE)
def publish(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    pages: list[StagedPage],
    verdicts: list[Verdict],
    results: pl.DataFrame,
) -> dict[str, int]:
    return records.publish_batch(con, run_id, pages, verdicts, results)
