"""The gate: validate a batch of staged pages with Great Expectations and decide, per file,
whether it is published or held back, and why.

One validation per suite for the whole batch (a validation costs ~60 ms whatever its size); failing
rows are mapped back to their files through `unexpected_index_column_names=["file_id"]`. A file is
held back when any `critical` expectation fails on its rows; warnings are recorded and the file loads.
GX's `success` is not used for the decision (it is False when only a warning fails).
"""

from __future__ import annotations

import contextlib
import html
import math
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from expectations import docs, suites
from expectations.suites import CRITICAL, Check

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
import great_expectations as gx  # noqa: E402
from great_expectations.core.run_identifier import RunIdentifier  # noqa: E402
from great_expectations.data_context.types.resource_identifiers import (  # noqa: E402
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)
from great_expectations.validator.v1_validator import Validator  # noqa: E402

_RATE = r"率|占比|比重|覆盖|比例"
# Data Docs keep at most this many hold-back results per suite and run (each is kept in memory until
# the run's single build): a backfill of broken files stays bounded; dq_result has every one.
MAX_HELD_RESULTS = 25
_DROP = ("page_text", "body", "sentence")


@dataclass(frozen=True)
class Verdict:
    file_id: str
    status: str  # loaded | quarantined
    reason: str | None


def _unknown(column: str, known: pl.Series) -> pl.Expr:
    """The value when it is not a known key (null when known or null): a foreign-key check that
    keeps the offending key for the reason, computed here because GX's in-set check is slow on the
    3,000 region codes."""
    return pl.when(pl.col(column).is_in(known.implode()).not_()).then(pl.col(column))


def prepare(frames: dict[str, pl.DataFrame], region_ids: list[str] | None = None) -> dict[str, pl.DataFrame]:
    """Add the columns the domain checks read; drop the bulky text columns."""
    known = pl.Series(region_ids or [], dtype=pl.String)
    files = frames["file"]["file_id"]
    arts = frames["article"]
    live = pl.col("kind") != "orphan_headline"
    arts = arts.with_columns(
        file_ok=pl.col("file_id").is_in(list(files)),
        body_ok=~live | (pl.col("char_count") > 0),
        body_chars=pl.when(live).then(pl.col("char_count")),
        title_or_orphan=pl.when(pl.col("kind") == "article").then(pl.col("title")).otherwise(pl.lit("-")),
        region_or_orphan=pl.when(live).then(pl.col("primary_region_id")).otherwise(pl.lit("-")),
        byline_or_orphan=pl.when(live).then(pl.col("byline")).otherwise(pl.lit("-")),
        unknown_region=_unknown("primary_region_id", known),
    )
    ids = arts["article_id"]
    met = frames["metric"].with_columns(
        article_ok=pl.col("article_id").is_in(ids),
        percent_ok=(pl.col("unit") != "%")
        | (pl.col("value").is_between(0, 100) & pl.col("subject").fill_null("").str.contains(_RATE))
        | (pl.col("value").abs() <= 10000) & ~pl.col("subject").fill_null("").str.contains(_RATE),
    )
    mentions = frames["region_mention"].with_columns(unknown_region=_unknown("region_id", known))
    localities = frames["region"].with_columns(unknown_parent=_unknown("parent_id", known))
    terms = (
        frames["term"]
        .group_by("article_id", "file_id", maintain_order=True)
        .agg(min_tf=pl.col("tf").min(), longest_term=pl.col("term").str.len_chars().max())
    )
    out = dict(frames, article=arts, metric=met, region_mention=mentions, region=localities, term=terms)
    return {k: v.drop([c for c in _DROP if c in v.columns]) for k, v in out.items()}


def _suites(topic_ids: list[str]) -> dict[str, list[Check]]:
    return {
        "file": suites.file_suite(),
        "article": suites.article_suite(),
        "metric": suites.metric_suite(),
        "author": suites.author_suite(),
        "region_mention": suites.region_mention_suite(),
        "region": suites.region_suite(),
        "initiative": suites.initiative_suite(),
        "term": suites.term_suite(),
        "topic": suites.topic_suite(topic_ids),
    }


class Gate:
    """The gate of one run. The GX context, suites and batch definitions are made once; each batch is
    then one validation per suite (no checkpoint and no result store on the way: the validation is
    what costs, ~0.1 s a suite, so batches are large). Data Docs are built once, when the run closes.

    Data Docs keep, per suite, the first batch's result and the results in which a critical
    expectation failed (a file was held back; at most MAX_HELD_RESULTS a suite): a reader sees every
    suite once and the hold-backs in detail, and the build stays bounded on a large backfill. Every
    check of every file, warnings included, is in `dq_result` and in the run report.
    """

    def __init__(self, region_ids: list[str], topic_ids: list[str], docs_dir: Path | None = None) -> None:
        self.region_ids = region_ids
        self.docs_dir = docs_dir
        self.checks = _suites(topic_ids)
        self.ctx = gx.get_context(mode="ephemeral")
        with contextlib.suppress(Exception):  # cosmetic only: no progress bars in logs
            self.ctx.variables.progress_bars = {"globally": False, "metric_calculations": False}  # type: ignore[assignment]
        if docs_dir is not None:
            site = docs.site_config(docs_dir)
            self.ctx.add_data_docs_site(site_name="jiceng", site_config=site)  # type: ignore[arg-type]
        self._defined: dict[str, tuple] = {}
        self._batches = 0
        self._shown: set[str] = set()  # suites with a result in the Data Docs
        self._held: dict[str, int] = defaultdict(int)  # results kept per suite because a file was held
        self._unbuilt = 0  # results stored since the last build

    def __enter__(self) -> Gate:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if exc_type is None:
            self.close()
            return
        # A failed run may already have published batches (publish_progress): their hold-backs get
        # their pages all the same, and a failure here must not hide the run's own error.
        with contextlib.suppress(Exception):
            self.close()

    def validate(self, frames: dict[str, pl.DataFrame]) -> tuple[list[Verdict], pl.DataFrame]:
        """Verdicts per file and the dq_result rows (without run_id) for one batch."""
        self._batches += 1
        region_ids = self.region_ids + frames["region"]["region_id"].unique().to_list()  # staged now
        prepared = prepare(frames, region_ids)
        file_ids = frames["file"]["file_id"].to_list()
        rows: list[dict] = []
        reasons: dict[str, list[str]] = defaultdict(list)
        for suite, checks in self.checks.items():
            frame = _only_checked(prepared[suite], checks)
            for check, failures in zip(checks, self._run_suite(suite, frame, checks), strict=True):
                rows.extend(_result_rows(suite, check, failures, file_ids, reasons))
        verdicts = [
            Verdict(
                f, "quarantined" if reasons[f] else "loaded", "; ".join(dict.fromkeys(reasons[f])) or None
            )
            for f in file_ids
        ]
        results = (
            pl.DataFrame(rows, schema=RESULT_SCHEMA, orient="row")
            if rows
            else pl.DataFrame(schema=RESULT_SCHEMA)
        )
        return verdicts, results

    def close(self) -> None:
        """Build the Data Docs of the run (escaped, offline), once."""
        if self.docs_dir is None or not self._unbuilt:
            return
        before = docs.page_stamps(self.docs_dir)
        self.ctx.build_data_docs(site_names=["jiceng"])
        docs.make_offline(self.docs_dir, before)
        self._unbuilt = 0

    def _definition(self, name: str, checks: list[Check]) -> tuple:
        if name not in self._defined:
            suite = self.ctx.suites.add(
                gx.ExpectationSuite(name=name, expectations=[c.expectation for c in checks])
            )
            asset = self.ctx.data_sources.add_pandas(f"staged_{name}").add_dataframe_asset(name)
            self._defined[name] = (suite, asset.add_batch_definition_whole_dataframe("batch"))
        return self._defined[name]

    def _run_suite(self, name: str, frame: pl.DataFrame, checks: list[Check]) -> list[dict[str, list]]:
        """Per check: {file_id: [failing values]}. One validation of the suite for the whole batch."""
        if frame.height == 0:
            return [{} for _ in checks]
        suite, batch_definition = self._definition(name, checks)
        validator = Validator(
            batch_definition=batch_definition,
            batch_parameters={"dataframe": docs.escape_frame(frame).to_pandas()},
            result_format=_RESULT_FORMAT,
        )
        result = validator.validate_expectation_suite(suite)
        by_id = {r.expectation_config.id: r for r in result.results if r.expectation_config is not None}
        failures = [
            _failures(by_id[c.expectation.id], c) if c.expectation.id in by_id else {} for c in checks
        ]
        held = any(f for c, f in zip(checks, failures, strict=True) if c.severity == CRITICAL)
        held = held and self._held[name] < MAX_HELD_RESULTS
        if self.docs_dir is not None and (name not in self._shown or held):
            self._held[name] += held
            self._keep(name, validator, result)
        return failures

    def _keep(self, name: str, validator: Validator, result) -> None:  # noqa: ANN001
        """Store a result for Data Docs, with the fields ValidationDefinition.run sets
        (great_expectations/core/validation_definition.py, 1.24.1)."""
        run_id = RunIdentifier(run_name=f"batch-{self._batches:04d}", run_time=datetime.now(UTC))
        result.meta.update(run_id=run_id, validation_time=run_id.run_time, batch_parameters=None)
        suite_key = ExpectationSuiteIdentifier(name=name)
        key = ValidationResultIdentifier(
            batch_identifier=validator.active_batch_id, expectation_suite_identifier=suite_key, run_id=run_id
        )
        self.ctx.validation_results_store.store_validation_results(result, key, suite_key)
        self._shown.add(name)
        self._unbuilt += 1


def validate(
    frames: dict[str, pl.DataFrame], region_ids: list[str], topic_ids: list[str], docs_dir: Path | None = None
) -> tuple[list[Verdict], pl.DataFrame]:
    """One batch through a gate of its own (tests, benchmarks); a run opens one `Gate` for all."""
    with Gate(region_ids, topic_ids, docs_dir) as gate:
        return gate.validate(frames)


RESULT_SCHEMA = pl.Schema(
    {
        "file_id": pl.String,
        "suite": pl.String,
        "expectation": pl.String,
        "column_name": pl.String,
        "severity": pl.String,
        "success": pl.Boolean,
        "observed": pl.String,
    }
)


def _only_checked(frame: pl.DataFrame, checks: list[Check]) -> pl.DataFrame:
    """The columns the suite reads and file_id: less for pandas and GX to carry."""
    wanted = dict.fromkeys(["file_id", *(c.expectation.column for c in checks)])
    return frame.select([c for c in wanted if c in frame.columns])


_RESULT_FORMAT = {"result_format": "COMPLETE", "unexpected_index_column_names": ["file_id"]}


def _failures(result, check: Check) -> dict[str, list]:  # noqa: ANN001
    if result.success:
        return {}
    column = check.expectation.column
    out: dict[str, list] = defaultdict(list)
    for row in result.result.get("unexpected_index_list") or []:
        value = row.get(column)
        out[html.unescape(row.get("file_id"))].append(
            html.unescape(value) if isinstance(value, str) else value
        )
    return out


def _result_rows(
    suite: str, check: Check, failures: dict[str, list], file_ids: list[str], reasons: dict[str, list[str]]
) -> list[dict]:
    rows = []
    for f in file_ids:
        bad = failures.get(f, [])
        observed = None
        if bad:
            observed = _describe(check, bad)
            if check.severity == CRITICAL:
                reasons[f].append(observed)
        rows.append(
            {
                "file_id": f,
                "suite": suite,
                "expectation": check.expectation.expectation_type,
                "column_name": check.expectation.column,
                "severity": check.severity,
                "success": not bad,
                "observed": observed,
            }
        )
    return rows


def _describe(check: Check, values: list) -> str:
    value = values[0]
    if isinstance(value, float) and math.isnan(value):
        value = None
    if isinstance(value, float) and value.is_integer() and "{value}" in check.reason:
        value = int(value)
    try:
        return check.reason.format(value=value, count=len(values))
    except (ValueError, TypeError):  # a format spec that does not fit the value: show it plainly
        return re.sub(r"\{value:[^}]*\}", "{value}", check.reason).format(value=value, count=len(values))
