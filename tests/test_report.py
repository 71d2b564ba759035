"""jiceng.report: the offline HTML overview, from a warehouse built from the demo inbox (no Prefect)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from jiceng.report import write_report
from tests.warehouse.test_queries import build_demo_warehouse

CHROMIUM = Path("/usr/bin/chromium")
EVIL = "<script>alert('x')</script>议事会"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    return build_demo_warehouse(tmp_path_factory.mktemp("wh") / "demo.duckdb")


@pytest.fixture(scope="module")
def report(warehouse) -> str:
    out = write_report(warehouse, warehouse.parent / "site" / "report.html")
    return out.read_text("utf-8")


@pytest.fixture(scope="module")
def hostile_warehouse(warehouse, tmp_path_factory) -> Path:
    """A copy whose first article title, an initiative name and a reason carry markup."""
    copy = tmp_path_factory.mktemp("evil") / "evil.duckdb"
    shutil.copyfile(warehouse, copy)
    con = duckdb.connect(str(copy))
    con.execute(
        "update dim_article set title = $t where article_id = (select min(article_id) from dim_article)",
        {"t": EVIL},
    )
    con.execute("update dim_initiative set name = $t where name = '红色物业'", {"t": EVIL})
    con.execute("update dim_file set reason = reason || $t where status = 'quarantined'", {"t": EVIL})
    con.close()
    return copy


def test_report_shows_each_section(report):
    assert report.startswith("<!DOCTYPE html>")
    for heading in ("报道分布", "按省份", "按月份", "传播最广的做法", "指标", "数据质量", "被拦下的文件"):
        assert heading in report
    assert report.count("<svg") >= 3
    assert "河南省" in report and "红色物业" in report and "2024-12" in report


def test_report_lists_the_held_back_file_with_reason_and_run_link(report):
    assert "broken_scan_binary_expect_quarantine.txt" in report
    assert "binary content" in report
    assert "<a href='../reports/dq-20241220T000000Z-demo00.html'>" in report


def test_report_is_offline(report):
    assert "http://" not in report and "https://" not in report
    assert "<script" not in report.lower() and " src=" not in report


def test_report_escapes_values(hostile_warehouse, tmp_path):
    text = write_report(hostile_warehouse, tmp_path / "r.html").read_text("utf-8")
    assert "<script>" not in text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;议事会" in text


def test_report_opens_read_only(warehouse, tmp_path):
    with duckdb.connect(str(warehouse), read_only=True):
        write_report(warehouse, tmp_path / "r.html")  # a second read-only reader is fine


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="chromium not installed (apt-get install chromium fonts-noto-cjk)"
)
def test_report_renders_in_headless_chromium(warehouse, tmp_path):
    out = write_report(warehouse, tmp_path / "report.html")
    png = tmp_path / "report.png"
    cmd = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
        f"--screenshot={png}", "--window-size=1280,2000", out.resolve().as_uri(),
    ]  # fmt: skip
    subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    assert png.exists() and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_report_says_when_there_is_no_warehouse(tmp_path):
    with pytest.raises(FileNotFoundError, match="jiceng ingest"):
        write_report(tmp_path / "missing.duckdb", tmp_path / "r.html")
