"""`jiceng report`: one self-contained, offline HTML page about what the warehouse holds.

Charts are inline SVG drawn here (no scripts, no external files); every value taken from the
warehouse is HTML-escaped, since page text can contain markup. The warehouse is opened read-only.
"""

from __future__ import annotations

import html
import os
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import duckdb

TOP_INITIATIVES = 15
TOP_SUBJECTS = 15
LAST_RUNS = 5
FONT = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"
BAR = "#3b6ea5"
MUTED = "#b0b7c3"

CSS = f"""
body {{ font-family: {FONT}; margin: 2em auto; max-width: 1100px; color: #222; line-height: 1.5; }}
h1 {{ font-size: 1.6em; margin-bottom: .2em; }} h2 {{ border-bottom: 2px solid #3b6ea5; padding-bottom: .2em; margin-top: 2em; }}
table {{ border-collapse: collapse; width: 100%; font-size: .9em; margin: .5em 0 1em; }}
th, td {{ border: 1px solid #d8dde5; padding: .3em .5em; text-align: left; vertical-align: top; }}
th {{ background: #eef2f7; }} td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
.note {{ color: #666; font-size: .9em; }} .bad {{ color: #a02020; font-weight: bold; }}
svg text {{ font-family: {FONT}; font-size: 13px; fill: #222; }}
"""


def e(value: object) -> str:
    """HTML-escape any value; None becomes an em dash."""
    return "—" if value is None else html.escape(str(value), quote=True)


def write_report(warehouse: Path, out: Path) -> Path:
    """Write the report for `warehouse` to `out` and return `out`."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        sections = [
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


def bar_chart(items: list[tuple[str, float]], label_width: int = 260, width: int = 720) -> str:
    """Horizontal bars, one per (label, value), value printed at the end of the bar."""
    if not items:
        return "<p class='note'>无数据 (no data)</p>"
    row, top = 26, 6
    scale = (width - label_width - 60) / max(v for _, v in items)
    rows = []
    for i, (label, value) in enumerate(items):
        y, length = top + i * row, max(value * scale, 1)
        rows.append(
            f"<text x='{label_width - 8}' y='{y + 17}' text-anchor='end'>{e(label)}</text>"
            f"<rect x='{label_width}' y='{y + 4}' width='{length:.1f}' height='{row - 8}' fill='{BAR}'/>"
            f"<text x='{label_width + length + 6:.1f}' y='{y + 17}'>{e(_fmt(value))}</text>"
        )
    height = top * 2 + row * len(items)
    return _svg(width, height, "".join(rows))


def column_chart(items: list[tuple[str, float, bool]], width: int = 720, height: int = 240) -> str:
    """Vertical columns over time: (label, value, muted); muted columns (unknown date) are grey."""
    if not items:
        return "<p class='note'>无数据 (no data)</p>"
    base, top, left = height - 40, 20, 40
    step = (width - left - 10) / len(items)
    scale = (base - top) / max(v for _, v, _ in items)
    cols = [f"<line x1='{left}' y1='{base}' x2='{width - 10}' y2='{base}' stroke='#888'/>"]
    for i, (label, value, muted) in enumerate(items):
        x, h = left + i * step + step * 0.15, value * scale
        cols.append(
            f"<rect x='{x:.1f}' y='{base - h:.1f}' width='{step * 0.7:.1f}' height='{h:.1f}' "
            f"fill='{MUTED if muted else BAR}'/>"
            f"<text x='{x + step * 0.35:.1f}' y='{base - h - 4:.1f}' text-anchor='middle'>{e(_fmt(value))}</text>"
            f"<text x='{x + step * 0.35:.1f}' y='{base + 18}' text-anchor='middle'>{e(label)}</text>"
        )
    return _svg(width, height, "".join(cols))


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


def coverage_section(con: duckdb.DuckDBPyConnection) -> str:
    provinces = con.execute("""select coalesce(r.province, '地区不详'), count(*) from v_article_overview a
                               left join dim_region r on r.region_id = a.region_id
                               group by 1 order by 2 desc, 1""").fetchall()
    months = con.execute("""select strftime(date, '%Y-%m'), count(*) from v_article_overview
                            group by 1 order by 1 nulls last""").fetchall()
    columns = [(m or "日期不详", n, m is None) for m, n in months]
    return (
        "<h2>报道分布 · Articles</h2><h3>按省份 (by province)</h3>"
        + bar_chart([(p, n) for p, n in provinces])
        + "<h3>按月份 (by month)</h3>"
        + column_chart(columns)
        + "<p class='note'>文章与图片稿件 (kind = article, photo)；灰色柱为发布日期不详的稿件。</p>"
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
               select subject, unit from v_region_metrics where subject is not null
               group by all order by count(distinct region_id) desc, count(*) desc, subject, unit limit ?
           )
           select m.subject, m.unit, m.full_name, m.value, m.qualifier, m.raw_text, m.title
           from v_region_metrics m join top using (subject, unit)
           order by m.subject, m.unit, m.full_name, m.value desc""",
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
    held_cells = [[e(r), e(p), f"<span class='bad'>{e(why)}</span>", e(f)] for r, p, why, f in held]
    return (
        "<h2>数据质量 · Data quality (last runs)</h2>"
        + table(["run", "开始 (UTC)", "seen", "loaded", "held back", "skipped", "duplicate", "report"], run_cells)
        + "<h3>被拦下的文件 (held-back files)</h3>"
        + table(["run", "文件 file", "原因 reason", "未通过的检查 failed expectations"], held_cells)
    )


def report_link(report_path: str | None, out: Path) -> str:
    """A relative link from the page to a run's data-quality report."""
    if not report_path:
        return e(None)
    target = os.path.relpath(Path(report_path).resolve(), out.parent.resolve())
    return f"<a href='{e(quote(Path(target).as_posix()))}'>{e(Path(report_path).name)}</a>"
