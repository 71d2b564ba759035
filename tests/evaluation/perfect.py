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
