"""The run's data-quality page: held-back files and critical failures in full, the rest counted."""

from __future__ import annotations

from expectations import report
from warehouse.store import writable_copy


def test_a_long_run_lists_hold_backs_first_and_counts_the_rest(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(report, "MAX_ROWS", 2)
    with writable_copy(tmp_path / "w.duckdb") as con:
        con.execute("insert into dq_run (run_id, started_at, files_seen) values ('r1', now()::timestamp, 5)")
        con.execute(
            """insert into dim_file (file_id, path, file_name, sha256, size_bytes, first_seen_at, run_id, status, reason)
               select 'f' || i, '/in/p' || i || '.txt', 'p' || i || '.txt', 's' || i, 1, now()::timestamp, 'r1',
                      case when i = 4 then 'quarantined' else 'loaded' end,
                      case when i = 4 then 'binary content <b>' end
               from range(5) t(i)"""
        )
        con.execute(
            """insert into dq_result select 'r1', 'f' || i, 'article', 'expect_x', 'title',
                      case when i = 4 then 'critical' else 'warning' end, false, 'seen ' || i
               from range(5) t(i)"""
        )
        page = report.write(con, "r1", tmp_path / "reports").read_text("utf-8")
    assert "/in/p4.txt" in page and "binary content &lt;b&gt;" in page  # held back: listed, escaped
    assert "/in/p0.txt" in page and "/in/p3.txt" not in page  # then loaded files, up to the cap
    assert "The first 2 of 5 files" in page and "The first 2 of 5 failures" in page
    assert page.index("critical") < page.index("seen 0")  # the critical failure comes first
    assert "<td>warning</td><td>article</td><td>expect_x</td><td>4</td><td>4</td>" in page  # counted by check
