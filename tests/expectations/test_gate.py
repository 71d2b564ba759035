"""The gate on small staged batches: failures map back to their files, a warning never holds a
file back, a critical failure always does, and the reason is in words."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from expectations.gate import Gate, prepare, validate
from transforms.page import batch_frames, stage_page
from transforms.regions import region_frame
from transforms.topics import topic_frame

GOOD = "# 社区议事厅开进小区\n本报讯 某街道今年建成议事厅12个，协商解决停车、加装电梯等事项300余件。\n（韩予川）\n"
NO_BYLINE = "# 网格员走进楼栋\n本报讯 某社区划分网格26个，配备专职网格员40名，上报民生事件1.2万件。\n"
ENGLISH = "Community councils meet every month to discuss parking and lifts.\n" * 5


@pytest.fixture(scope="module")
def reference() -> tuple[list[str], list[str]]:
    return region_frame()["region_id"].to_list(), topic_frame()["topic_id"].to_list()


def _frames(*pages: tuple[str, str]) -> dict[str, pl.DataFrame]:
    staged = [stage_page(path, text.encode("utf-8")) for path, text in pages]
    return batch_frames(staged)


def test_critical_failures_hold_back_only_their_file(reference) -> None:
    frames = _frames(("a.txt", GOOD), ("b.txt", ENGLISH))
    verdicts, results = validate(frames, *reference)
    status = {v.file_id: (v.status, v.reason) for v in verdicts}
    good, bad = frames["file"]["file_id"].to_list()
    assert status[good] == ("loaded", None)
    assert status[bad][0] == "quarantined" and "not Chinese text" in status[bad][1]
    critical = results.filter(~pl.col("success") & (pl.col("severity") == "critical"))
    assert set(critical["file_id"]) == {bad}


def test_a_warning_is_recorded_and_the_file_still_loads(reference) -> None:
    frames = _frames(("c.txt", NO_BYLINE))
    (verdict,), results = validate(frames, *reference)
    assert verdict.status == "loaded"
    warnings = results.filter(~pl.col("success") & (pl.col("severity") == "warning"))
    assert "no byline" in " ".join(warnings["observed"].to_list())


def test_a_metric_whose_span_does_not_match_its_body_is_critical(reference) -> None:
    frames = _frames(("d.txt", GOOD))
    frames["metric"] = frames["metric"].with_columns(span_ok=pl.lit(False))
    (verdict,), _ = validate(frames, *reference)
    assert verdict.status == "quarantined" and "raw_text is not the body" in verdict.reason


def test_an_unknown_region_code_is_named_in_the_reason(reference) -> None:
    frames = _frames(("e.txt", GOOD))
    frames["article"] = frames["article"].with_columns(primary_region_id=pl.lit("999999"))
    (verdict,), _ = validate(frames, *reference)
    assert verdict.status == "quarantined" and "unknown region code 999999" in verdict.reason


def test_data_docs_accept_a_relative_reports_folder(reference, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # `make run` passes warehouse/reports, a relative path
    validate(_frames(("f.txt", GOOD)), *reference, docs_dir=Path("reports/gx"))
    assert (tmp_path / "reports" / "gx" / "index.html").exists()


def test_one_gate_serves_a_run_and_its_data_docs_show_each_suite_once_and_every_hold_back(
    reference, tmp_path
) -> None:
    docs_dir = tmp_path / "gx"
    batches = [_frames(("g.txt", GOOD)), _frames(("h.txt", NO_BYLINE)), _frames(("i.txt", ENGLISH))]
    with Gate(*reference, docs_dir=docs_dir) as gate:
        statuses = [v.status for frames in batches for v in gate.validate(frames)[0]]
        assert not (docs_dir / "index.html").exists()  # built once, when the run closes
    assert statuses == ["loaded", "loaded", "quarantined"]
    pages = [p.relative_to(docs_dir / "validations") for p in (docs_dir / "validations").rglob("*.html")]
    suites_with_rows = sum(1 for frame in prepare(batches[0]).values() if frame.height)
    held_suites = {"file"}  # the English page fails a critical check of the file suite only
    assert len(pages) == suites_with_rows + len(held_suites)
    assert sum(p.parts[0] == "file" for p in pages) == 2
