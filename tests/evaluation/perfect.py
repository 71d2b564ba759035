"""A perfect segmenter's facts: a simulated page's gold written into the scorer's tables, shared by
the simulator tests that check a page scored against its own gold gives full marks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb

from evaluation.reports import SHARED

SCORER = SHARED / "tools" / "score_warehouse.py"


def scored_total(warehouse: Path, gold: Path) -> str:
    """The shared scorer's TOTAL line for a warehouse against a folder of gold files."""
    out = subprocess.run(
        [sys.executable, str(SCORER), str(warehouse), "--gold", str(gold)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return next(line for line in out.splitlines() if line.startswith("TOTAL"))


def create_tables(con: duckdb.DuckDBPyConnection) -> None:
    """The scorer's tables, with only the columns it reads."""
    for ddl in (
        "dim_file (file_id varchar, file_name varchar, path varchar)",
        "dim_article (article_id varchar, file_id varchar, seq int, title varchar, subtitle varchar,"
        " kicker varchar, body varchar, primary_region_id varchar)",
        "dim_region (region_id varchar, province varchar, city varchar, county varchar)",
        "dim_author (author_id varchar, name varchar)",
        "bridge_article_author (article_id varchar, author_id varchar)",
        "fact_metric (article_id varchar, value double, unit varchar, qualifier varchar, subject varchar,"
        " raw_text varchar)",
        "dim_initiative (initiative_id varchar, name varchar)",
        "fact_article_initiative (article_id varchar, initiative_id varchar)",
    ):
        con.execute("create table " + ddl)


def publish_facts(con: duckdb.DuckDBPyConnection, aid: str, gold: dict) -> None:
    """The gold article's region, authors, figures and initiatives, as the warehouse holds them."""
    con.execute(
        "insert into dim_region values (?, ?, ?, ?)", [aid, gold["province"], gold["city"], gold["county"]]
    )
    for name in gold["authors"]:
        con.execute("insert into dim_author values (?, ?)", [aid + name, name])
        con.execute("insert into bridge_article_author values (?, ?)", [aid, aid + name])
    for m in gold["metrics"]:
        qualifier = m["qualifier"][0] if isinstance(m["qualifier"], list) else m["qualifier"]
        con.execute(
            "insert into fact_metric values (?, ?, ?, ?, ?, ?)",
            [aid, m["value"], m["unit"], qualifier, m.get("subject"), f"{m['value']:g}{m['unit']}"],
        )
    for name in gold["initiatives"]:
        con.execute("insert into dim_initiative values (?, ?)", [aid + name, name])
        con.execute("insert into fact_article_initiative values (?, ?)", [aid, aid + name])
