"""docs/queries.sql and the analyst views, run against a warehouse built from the demo inbox
without Prefect (the plain stage -> gate -> publish functions), once per module."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from expectations.gate import validate
from transforms.page import batch_frames, stage_page
from warehouse import publish
from warehouse.store import writable_copy

ROOT = Path(__file__).resolve().parents[2]
DEMO_INBOX = ROOT / "inbox"
QUERIES = ROOT / "docs" / "queries.sql"
RUN_ID = "20241220T000000Z-demo00"
VIEWS = ("v_initiative_diffusion", "v_region_metrics", "v_article_overview", "v_dq_overview")


def build_demo_warehouse(warehouse: Path, inbox: Path = DEMO_INBOX) -> Path:
    """Stage, validate and publish every page of the inbox into a new warehouse file (no Prefect).
    The run's report_path is recorded as `reports/dq-<run>.html` beside the warehouse (not written)."""
    paths = sorted(inbox.rglob("*.txt"))
    pages = [stage_page(str(p.relative_to(inbox.parent)), p.read_bytes()) for p in paths]
    with writable_copy(warehouse) as con:
        regions, topics = publish.reference_ids(con)
        frames = batch_frames(pages)
        verdicts, results = validate(frames, regions, topics)
        publish.start_run(con, RUN_ID, None)
        counts = publish.publish_batch(con, RUN_ID, frames, verdicts, results)
        summary = {**counts, "seen": len(pages), "skipped": 0, "duplicate": 0}
        publish.finish_run(con, RUN_ID, summary, str(warehouse.parent / "reports" / f"dq-{RUN_ID}.html"))
    return warehouse


def parse_queries(text: str) -> list[tuple[str, list[str], str]]:
    """(question, documented columns, statement) for each statement of docs/queries.sql, split as
    DuckDB splits a file it runs (`duckdb < file`, `.read file`): each statement ends at its `;`."""
    blocks = []
    for statement in duckdb.extract_statements(text):
        sql = statement.query
        question = re.search(r"^-- (Q\d+: .+)$", sql, flags=re.M)
        shape = re.search(r"^-- shape: (.+)$", sql, flags=re.M)
        columns = [c.strip().split(" ")[0] for c in shape.group(1).split(",")] if shape else []
        blocks.append((question.group(1) if question else sql.strip()[:60], columns, sql))
    return blocks


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    return build_demo_warehouse(tmp_path_factory.mktemp("wh") / "demo.duckdb")


@pytest.fixture(scope="module")
def con(warehouse):
    connection = duckdb.connect(str(warehouse), read_only=True)
    yield connection
    connection.close()


QUERY_BLOCKS = parse_queries(QUERIES.read_text("utf-8"))


def test_queries_file_has_ten_documented_questions():
    assert len(QUERY_BLOCKS) >= 10
    for question, columns, sql in QUERY_BLOCKS:
        assert question.startswith("Q"), f"a statement without its '-- Qn:' line: {question}"
        assert columns, f"{question}: no '-- shape:' line"
        body = "\n".join(line for line in sql.splitlines() if not line.startswith("--")).strip()
        assert body.lower().startswith(("select", "with")), question


def test_the_file_runs_whole_as_duckdb_runs_it(con):
    """The whole file in one call, as `duckdb -readonly warehouse < docs/queries.sql` sends it: every
    statement runs (the result is the last one's)."""
    con.execute(QUERIES.read_text("utf-8"))
    assert con.description[0][0] == QUERY_BLOCKS[-1][1][0]


@pytest.mark.parametrize(
    ("question", "columns", "sql"), QUERY_BLOCKS, ids=[q[:3] for q, _, _ in QUERY_BLOCKS]
)
def test_query_returns_documented_columns(con, question, columns, sql):
    relation = con.sql(sql)
    assert relation.columns == columns, question
    rows = relation.fetchall()
    if any(view in sql for view in VIEWS):
        assert rows, f"{question}: no rows on the demo warehouse"


@pytest.mark.parametrize("view", VIEWS)
def test_view_has_rows(con, view):
    assert con.execute(f"select count(*) from {view}").fetchone()[0] > 0


def test_every_view_and_view_column_is_commented(con):
    views = con.execute(
        "select view_name, comment from duckdb_views() where not internal and schema_name = 'main'"
    ).fetchall()
    assert {name for name, _ in views} >= set(VIEWS)
    assert [name for name, comment in views if not comment] == []
    bare = con.execute(
        """select table_name || '.' || column_name from duckdb_columns()
           where table_name in (select view_name from duckdb_views() where not internal)
             and comment is null"""
    ).fetchall()
    assert bare == []


def test_initiative_diffusion_counts_regions(con):
    rows = con.execute(
        """select initiative, initiative_regions, count(*) from v_initiative_diffusion
           where initiative = '红色物业' group by all"""
    ).fetchall()
    assert rows == [("红色物业", 2, 2)]


def test_dq_overview_shows_the_held_back_file(con):
    held = con.execute(
        """select path, critical_failures, reason from v_dq_overview where status = 'quarantined'"""
    ).fetchall()
    assert len(held) == 1
    path, critical, reason = held[0]
    assert path.endswith("broken_scan_binary_expect_quarantine.txt") and critical >= 1 and "binary" in reason


def test_article_overview_lists_authors_with_roles(con):
    authors = con.execute(
        "select authors from v_article_overview where title = '“天心管家”上门 服务直达楼栋'"
    ).fetchone()[0]
    assert "顾明澈(记者)" in authors and "谭昕(通讯员)" in authors
