"""The real reports of `../shared/reports/reports.jsonl`, read at evaluation time (their text never
enters the repository), and their fixed dev/test split.

The split is a pure function of a report's `id`: the first 8 hex digits of sha256(id), as an integer,
modulo 10; below 7 is dev, the rest test. Tune on dev only; test is for the figures in a closing note.
Dev has two fixed halves, dev-a and dev-b (`half_of`): look at the errors of one half and check every
change on the other, to see whether a rule generalises before test is run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

SHARED = Path(os.environ.get("JICENG_SHARED", Path(__file__).resolve().parents[2] / "shared"))
REPORTS = SHARED / "reports" / "reports.jsonl"
DEV_SHARE = 7  # of 10


def split_of(report_id: str) -> str:
    """'dev' or 'test', fixed by the id alone."""
    bucket = int(hashlib.sha256(report_id.encode()).hexdigest()[:8], 16) % 10
    return "dev" if bucket < DEV_SHARE else "test"


def half_of(report_id: str) -> str:
    """'a' or 'b': the half of dev a report is in, fixed by its id alone (a hash apart from the
    dev/test split's; the same halves as `evaluation.train_lines.half_of`)."""
    return "ab"[int(hashlib.sha256(f"half:{report_id}".encode()).hexdigest()[:8], 16) % 2]


def available() -> bool:
    return REPORTS.is_file()


def load(split: str | None = None, path: Path = REPORTS) -> list[dict]:
    """The reports of one split ('dev', 'test', or a half of dev: 'dev-a', 'dev-b') or all of them
    (None), in file order."""
    reports = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    base, _, half = (split or "").partition("-")
    return [
        r for r in reports if split is None or (split_of(r["id"]) == base and half in ("", half_of(r["id"])))
    ]


CN_DIGITS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_COUNT = re.compile(
    r"([一二两三四五六七八九十百千万]+)[多余]?"
    r"(个|名|户|家|项|条|支|次|场|类|批|座|所|人|位|件|处|种|成|间|栋|幢|台|辆|棵|套|亩|村|部|起|轮|期|届|公里|米|元)"
)


def chinese_count(numeral: str) -> int | None:
    """四 -> 4, 三十六 -> 36, 一百二十 -> 120, 两万 -> 20000; None for what it cannot read."""
    total, section, digit = 0, 0, 0
    for ch in numeral:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in "十百千":
            section += (digit or 1) * {"十": 10, "百": 100, "千": 1000}[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10000
            section, digit = 0, 0
        else:
            return None
    value = total + section + digit
    return value or None


def chinese_counts(text: str) -> list[float]:
    """Counts written in Chinese numerals (`四个`, `近七成`, `二十多位`): the reports' README makes them
    optional, neither required nor wrong, so every generator's gold allows their values."""
    out = []
    for m in CN_COUNT.finditer(text):
        value = chinese_count(m.group(1))
        if value:
            out.append(float(value * 10 if m.group(2) == "成" else value))
    return sorted(set(out))


def gold_article(
    report: dict,
    title: str,
    authors: Sequence[str],
    snippet: str,
    shown: Callable[[str], bool],
    named: Callable[[str], bool],
    subtitle: str | None = None,
) -> dict:
    """One article of a page's gold in the shared scorer's format: the report's place, the metrics
    whose text the page prints in that article (`shown`) and the initiatives it names (`named`)."""
    metrics = [
        {"value": m["value"], "unit": m["unit"], "qualifier": m["qualifier"]}
        | ({"subject": m["subject"]} if m.get("subject") else {})
        for m in report.get("metrics") or []
        if m.get("text") and m.get("unit") and shown(m["text"])
    ]
    art = {
        "title": title,
        "authors": list(authors),
        "province": report.get("province"),
        "city": report.get("city"),
        "county": report.get("county"),
        "body_contains": snippet,
        "metrics": metrics,
        "initiatives": [x for x in report.get("initiatives") or [] if named(x)],
    }
    if subtitle:
        art["subtitle"] = subtitle
    return art


def gold_page(name: str, text: str, articles: list[dict], teasers: list[str]) -> dict:
    """A page's gold: its articles, its orphan headlines, and its dates as figures that are no metric."""
    years = sorted(set(re.findall(r"\d{4}年|\d{1,2}月\d{1,2}日", text)))
    return {
        "file": name,
        "held_out": False,
        "articles": articles,
        "orphan_titles": teasers,
        "not_metrics": years,
    }


def write_page(out: Path, name: str, family: str, data: bytes, gold: dict) -> None:
    """One simulated page as every generator writes it: its bytes into out/pages, its gold (the shared
    scorer's format) into out/gold/all and out/gold/<family>, so the scorer reads a family alone."""
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "pages" / name).write_bytes(data)
    doc = json.dumps(gold, ensure_ascii=False, indent=1)
    for folder in ("all", family):
        (out / "gold" / folder).mkdir(parents=True, exist_ok=True)
        (out / "gold" / folder / (name.removesuffix(".txt") + ".json")).write_text(doc, encoding="utf-8")


class _Written(Protocol):
    """A simulated page as `write_pages` reads it."""

    name: str
    family: str
    gold: dict

    def data(self) -> bytes: ...


_P = TypeVar("_P")


def titled_pages(
    split: str | None,
    count: int,
    seed: int,
    families: Sequence[str] | None,
    every: Sequence[str],
    page: Callable[[list[dict], str, int, int], _P],
) -> list[_P]:
    """`count` pages of the split's titled reports, the families of `every` (those named in
    `families`, or all) in turn, as the blind generators lay them out: `page(titled, family, i, seed)`."""
    titled = [r for r in load(split) if r.get("title")]
    chosen = [f for f in every if families is None or f in families]
    return [page(titled, chosen[i % len(chosen)], i, seed) for i in range(count)]


def write_pages(out: Path, sims: Sequence[_Written]) -> None:
    """Pages (each in its own encoding, `data()`) into out/pages, each page's gold into out/gold/all
    and out/gold/<family> (`write_page`)."""
    for sim in sims:
        write_page(out, sim.name, sim.family, sim.data(), sim.gold)
