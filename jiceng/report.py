"""`jiceng report`: one self-contained, offline HTML page about what the warehouse holds.

Charts are inline SVG drawn here (no scripts, no external files); every value taken from the
warehouse is HTML-escaped, since page text can contain markup. The warehouse is opened read-only.
"""

from __future__ import annotations

import html
import math
import os
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import duckdb

from warehouse.store import scalar

TOP_INITIATIVES = 15
TOP_SUBJECTS = 15
LAST_RUNS = 5
FONT = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"
BAR = "#3b6ea5"
MUTED = "#b0b7c3"
UNKNOWN_PLACE = "地区不详"

CSS = f"""
body {{ font-family: {FONT}; margin: 2em auto; max-width: 1100px; color: #222; line-height: 1.5; }}
h1 {{ font-size: 1.6em; margin-bottom: .2em; }} h2 {{ border-bottom: 2px solid #3b6ea5; padding-bottom: .2em; margin-top: 2em; }}
table {{ border-collapse: collapse; width: 100%; font-size: .9em; margin: .5em 0 1em; }}
th, td {{ border: 1px solid #d8dde5; padding: .3em .5em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }}
td:first-child {{ min-width: 12em; }}
th {{ background: #eef2f7; }} td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
.note {{ color: #666; font-size: .9em; }} .bad {{ color: #a02020; min-width: 16em; }}
.totals span {{ display: inline-block; margin-right: 2em; }} .totals b {{ font-size: 1.4em; color: #3b6ea5; }}
svg text {{ font-family: {FONT}; font-size: 13px; fill: #222; }}
"""


def e(value: object) -> str:
    """HTML-escape any value; None becomes an em dash."""
    return "—" if value is None else html.escape(str(value), quote=True)


def write_report(warehouse: Path, out: Path) -> Path:
    """Write the report for `warehouse` to `out` and return `out`.

    A run's report_path that is relative is taken relative to the current directory (as the run wrote it).
    """
    con = open_warehouse(warehouse)
    try:
        sections = [
            totals_section(con),
            coverage_section(con),
            initiative_section(con),
            metric_section(con),
            quality_section(con, out),
        ]
    finally:
        con.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page(warehouse, sections), encoding="utf-8")
    return out


def open_warehouse(warehouse: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection, or a clear error when there is no warehouse or it predates the views."""
    if not warehouse.exists():
        raise FileNotFoundError(f"no warehouse at {warehouse}: run `jiceng ingest` first")
    con = duckdb.connect(str(warehouse), read_only=True)
    if not scalar(con, "select count(*) from duckdb_views() where view_name = 'v_dq_overview'"):
        con.close()
        raise RuntimeError(f"{warehouse} has no analyst views yet: run `jiceng ingest` once to add them")
    return con


def page(warehouse: Path, sections: list[str]) -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>基层治理报道数据概览</title><style>{CSS}</style></head><body>"
        f"<h1>基层治理报道数据概览</h1><p class='note'>Jiceng warehouse {e(warehouse.name)} · "
        f"generated {e(stamp)}</p>{''.join(sections)}</body></html>\n"
    )


# --- charts -------------------------------------------------------------------------------------


def bar_chart(items: list[tuple[str, float]], width: int = 720, muted: str | None = None) -> str:
    """Horizontal bars, one per (label, value), value printed at the end; the `muted` label is grey."""
    if not items:
        return "<p class='note'>无数据 (no data)</p>"
    row, top = 26, 6
    label_width = min(max(len(label) for label, _ in items) * 14 + 16, 320)
    scale = (width - label_width - 60) / max(v for _, v in items)
    rows = []
    for i, (label, value) in enumerate(items):
        y, length = top + i * row, max(value * scale, 1)
        colour = MUTED if label == muted else BAR
        rows.append(
            f"<text x='{label_width - 8}' y='{y + 17}' text-anchor='end'>{e(label)}</text>"
            f"<rect x='{label_width}' y='{y + 4}' width='{length:.1f}' height='{row - 8}' fill='{colour}'/>"
            f"<text x='{label_width + length + 6:.1f}' y='{y + 17}'>{e(_fmt(value))}</text>"
        )
    height = top * 2 + row * len(items)
    return _svg(width, height, "".join(rows))


def column_chart(items: list[tuple[str, float, bool]], width: int = 720, height: int = 240) -> str:
    """Vertical columns over time: (label, value, muted); muted columns (unknown date) are grey.
    With many columns only every n-th is labelled; each column carries its label and value as a tooltip."""
    if not items:
        return "<p class='note'>无数据 (no data)</p>"
    base, left = height - 40, 40
    step = min((width - left - 10) / len(items), 90)
    width = int(left + step * len(items) + 40)
    scale = (base - 20) / max(v for _, v, _ in items)
    every = math.ceil(60 / step)
    cols = [f"<line x1='{left}' y1='{base}' x2='{width - 40}' y2='{base}' stroke='#888'/>"]
    for i, (label, value, muted) in enumerate(items):
        x = left + i * step + step * 0.15
        cols.append(_column(x, step * 0.7, base, value * scale, label, value, muted, i % every == 0 or muted))
    return _svg(width, height, "".join(cols))


def _column(
    x: float, w: float, base: int, h: float, label: str, value: float, muted: bool, text: bool
) -> str:
    mid = x + w / 2
    bar = (
        f"<rect x='{x:.1f}' y='{base - h:.1f}' width='{w:.1f}' height='{h:.1f}' fill='{MUTED if muted else BAR}'>"
        f"<title>{e(label)}: {e(_fmt(value))}</title></rect>"
    )
    if not text:
        return bar
    return (
        bar + f"<text x='{mid:.1f}' y='{base - h - 4:.1f}' text-anchor='middle'>{e(_fmt(value))}</text>"
        f"<text x='{mid:.1f}' y='{base + (34 if muted else 18)}' text-anchor='middle'>{e(label)}</text>"
    )


def _svg(width: int, height: int, body: str) -> str:
    return f"<svg width='{width}' height='{height}' viewBox='0 0 {width} {height}' role='img'>{body}</svg>"


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def table(headers: list[str], rows: list[list[str]]) -> str:
    """An HTML table; cells must already be escaped (use `e`)."""
    if not rows:
        return "<p class='note'>无 (none)</p>"
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(rows_cell(c) for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def rows_cell(cell: str) -> str:
    return cell if cell.startswith("<td") else f"<td>{cell}</td>"


def num(value: object) -> str:
    return f"<td class='num'>{e(_fmt(value) if isinstance(value, int | float) else value)}</td>"


# --- sections -----------------------------------------------------------------------------------


def totals_section(con: duckdb.DuckDBPyConnection) -> str:
    files, held, articles, metrics, initiatives, regions = (
        con.execute(
            """select (select count(*) from dim_file where status = 'loaded'),
                  (select count(*) from dim_file where status = 'quarantined'),
                  (select count(*) from v_article_overview), (select count(*) from fact_metric),
                  (select count(*) from dim_initiative),
                  (select count(distinct region_id) from v_article_overview)"""
        ).fetchone()
        or (0,) * 6
    )
    figures = [
        ("版面 pages", files),
        ("被拦下 held back", held),
        ("稿件 articles", articles),
        ("指标 metrics", metrics),
        ("做法 initiatives", initiatives),
        ("地区 regions", regions),
    ]
    return "<p class='totals'>" + "".join(f"<span><b>{e(n)}</b> {e(k)}</span>" for k, n in figures) + "</p>"


def coverage_section(con: duckdb.DuckDBPyConnection) -> str:
    provinces = con.execute(
        """select r.province as province, count(*) as articles from v_article_overview a
           left join dim_region r on r.region_id = a.region_id
           group by province order by province is null, articles desc, province"""
    ).fetchall()
    months = con.execute("""select strftime(date, '%Y-%m'), count(*) from v_article_overview
                            group by 1 order by 1 nulls last""").fetchall()
    columns = [(m or "日期不详", n, m is None) for m, n in months]
    return (
        "<h2>报道分布 · Articles</h2><h3>按省份 (by province)</h3>"
        + bar_chart([(p or UNKNOWN_PLACE, n) for p, n in provinces], muted=UNKNOWN_PLACE)
        + "<h3>按月份 (by month)</h3>"
        + column_chart(columns)
        + "<p class='note'>文章与图片稿件 (kind = article, photo)；灰色为地区或发布日期不详的稿件。</p>"
    )


def initiative_section(con: duckdb.DuckDBPyConnection) -> str:
    rows = con.execute(
        """select initiative, kind, initiative_regions, initiative_articles, initiative_first_seen,
                  string_agg(full_name, '、' order by first_seen nulls last, full_name)
           from v_initiative_diffusion group by all
           order by initiative_regions desc, initiative_articles desc, initiative limit ?""",
        [TOP_INITIATIVES],
    ).fetchall()
    chart = bar_chart([(name, regions) for name, _, regions, *_ in rows if regions])
    cells = [[e(n), e(k), num(r), num(a), e(d), e(places)] for n, k, r, a, d, places in rows]
    return (
        "<h2>传播最广的做法 · Most widespread initiatives</h2><h3>出现地区数 (regions)</h3>"
        + chart
        + table(["做法 initiative", "类型 kind", "地区数", "文章数", "最早见报", "地区 (places)"], cells)
    )


def metric_section(con: duckdb.DuckDBPyConnection) -> str:
    rows = con.execute(
        """with top as (
               select subject, unit,
                      row_number() over (order by count(distinct region_id) desc, count(*) desc, subject, unit) n
               from v_region_metrics where subject is not null group by subject, unit qualify n <= ?
           )
           select m.subject, m.unit, m.full_name, m.value, m.qualifier, m.raw_text, m.title
           from v_region_metrics m join top using (subject, unit)
           order by top.n, m.full_name, m.value desc""",
        [TOP_SUBJECTS],
    ).fetchall()
    cells = [[e(s), e(u), e(r), num(v), e(q), e(raw), e(t)] for s, u, r, v, q, raw, t in rows]
    return (
        "<h2>指标 · Metric subjects by region</h2>"
        "<p class='note'>报道最多地区提及的指标主题 (top subjects by number of regions)；数值已归一化 (1.6万 → 16,000)。</p>"
        + table(["主题 subject", "单位", "地区 region", "数值 value", "约数", "原文", "文章"], cells)
    )


def quality_section(con: duckdb.DuckDBPyConnection, out: Path) -> str:
    runs = con.execute(
        """select run_id, started_at, files_seen, files_loaded, files_quarantined, files_skipped,
                  files_duplicate, report_path from dq_run order by started_at desc limit ?""",
        [LAST_RUNS],
    ).fetchall()
    run_ids = [r[0] for r in runs]
    held = con.execute(
        """select run_id, path, reason, failed_expectations from v_dq_overview
           where status = 'quarantined' and run_id in (select unnest(?)) order by started_at desc, path""",
        [run_ids],
    ).fetchall()
    run_cells = [[e(r), e(f"{s:%Y-%m-%d %H:%M}"), *map(num, c), report_link(p, out)] for r, s, *c, p in runs]
    held_cells = [[e(p), f"<td class='bad'>{e(why)}</td>", e(f), e(r)] for r, p, why, f in held]
    return (
        "<h2>数据质量 · Data quality (last runs)</h2>"
        + table(
            ["run", "开始 (UTC)", "seen", "loaded", "held back", "skipped", "duplicate", "report"], run_cells
        )
        + "<h3>被拦下的文件 (held-back files)</h3>"
        + table(["文件 file", "原因 reason", "未通过的检查 failed expectations", "run"], held_cells)
    )


def report_link(report_path: str | None, out: Path) -> str:
    """A relative link from the page to a run's data-quality report."""
    if not report_path:
        return e(None)
    target = os.path.relpath(Path(report_path).resolve(), out.parent.resolve())
    return f"<a href='{e(quote(Path(target).as_posix()))}'>{e(Path(report_path).name)}</a>"
