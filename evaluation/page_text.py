"""The fact extractors on each report laid out alone on a page, one page-text effect at a time:

    PYTHONPATH=$PWD python -m evaluation.page_text [--split dev] [--seed 11] [EFFECT ...] [-v]

Each report becomes a page of its own (a date line, the headline, the byline, the body) printed
with one effect: hard wraps at a narrow column's width (`wrap`), paragraphs apart (`wrapblank`),
indented (`indent`), column breaks inside paragraphs, most often after a number or inside a
quotation (`colbreak`), numbers set apart by spaces (`splitnum`, `pdfgap`), spaced-out lines
(`spacedline`), numbers spaced digit by digit (`spaceddigits`), traditional script (`trad`, the
annotations converted as the simulators convert them), repeated paragraphs (`repeat`), page
furniture lines (`furniture`) and photo captions (`caption`) inside the body. The page is staged
by `transforms.page.stage_page`; the facts of its longest article are scored against the report's
annotations as `evaluation.clean` scores the clean text (`plain`: the body as printed, no effect),
so a fall from `plain` is what the effect costs the facts. A page the segmentation splits (a
caption or a furniture line read as a headline) loses the facts of its other parts: the count of
such pages is printed beside each effect.
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable

from evaluation import clean
from evaluation import reports as report_store
from evaluation.clean import Facts, Tally
from evaluation.simulate import ASCII_PUNCT, _split_numbers, _traditional, _wrap
from transforms import schemas
from transforms.page import stage_page
from transforms.regions import _regions

# lines of our own, as a page prints them between paragraphs
FURNITURE = ("第3版 要闻", "2024年12月18日", "— 5 —", "责任编辑 王小明  美术编辑 李华", "A4")
CAPTIONS = (
    "图为社区志愿者在小区内巡查。 本报记者 张三 摄",
    "▲村民在活动中心参加培训。（资料图片）",
    "工作人员走访居民。 通讯员 李四 摄",
)
_CJK_AFTER_DIGIT = re.compile(r"(\d)(?=[\u4e00-\u9fff])")
_NUMBER = re.compile(r"\d{2,}(?=[\u4e00-\u9fff%])")


def _column_breaks(lines: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    for j, line in enumerate(lines):
        out.append(line)
        inside_quote = line.count("“") > line.count("”")
        if j + 1 < len(lines) and rng.random() < (0.6 if line[-1:].isdigit() or inside_quote else 0.12):
            out.append("")
    return out


def _spaced_digits(text: str, rng: random.Random) -> str:
    return _NUMBER.sub(lambda m: " ".join(m.group()) + " " if rng.random() < 0.5 else m.group(), text)


_QUOTED = re.compile(r"“([^“”\n]{3,12})”")
_ASCII_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "、": ",", "。": "."})


def _quote_breaks(lines: list[str], rng: random.Random) -> list[str]:
    """Lines broken again inside a quoted name, as a narrow column or a text box's edge breaks it:
    the name's two halves on two lines, sometimes a blank line between them."""
    out: list[str] = []
    for line in lines:
        m = _QUOTED.search(line)
        if m and rng.random() < 0.7:
            cut = rng.randint(m.start(1) + 1, m.end(1) - 1)
            out += [line[:cut], *([""] if rng.random() < 0.3 else []), line[cut:]]
        else:
            out.append(line)
    return out


def _hyphenated(lines: list[str], rng: random.Random) -> list[str]:
    """A hyphen at the end of a wrapped line, as PDF text of a hyphenating layout prints one: a soft
    hyphen (U+00AD), or an ASCII one inside a Latin word (a number is never hyphenated)."""
    out = []
    for j, line in enumerate(lines):
        nxt = lines[j + 1][:1] if j + 1 < len(lines) else ""
        if nxt and line[-1:].isascii() and line[-1:].isalpha() and nxt.isascii() and nxt.isalpha():
            line += "-"
        elif nxt and rng.random() < 0.15:
            line += "\u00ad"
        out.append(line)
    return out


def _doubled_lines(lines: list[str], rng: random.Random) -> list[str]:
    """A paragraph now and then printed with each glyph twice: set bold (a subhead, a lead) in a
    face drawn by overprinting, which the text layer reads out glyph by glyph."""
    return ["".join(c * 2 for c in x) for x in lines] if rng.random() < 0.15 else lines


Effect = Callable[[str, random.Random, int], list[str]]


def _wrapped(transform: Callable[[str, random.Random], str] = lambda t, r: t, indent: str = "") -> Effect:
    return lambda text, rng, width: _wrap(indent + transform(text, rng), width, rng)


EFFECTS: dict[str, Effect] = {
    "plain": lambda text, rng, width: [text, ""],
    "wrap": _wrapped(),
    "wrapblank": lambda text, rng, width: [*_wrap(text, width, rng), ""],
    "indent": _wrapped(indent="\u3000\u3000"),
    "colbreak": lambda text, rng, width: _column_breaks(_wrap(text, width, rng), rng),
    "splitnum": _wrapped(_split_numbers),
    "pdfgap": _wrapped(
        lambda t, r: _CJK_AFTER_DIGIT.sub(lambda m: m.group(1) + (" " if r.random() < 0.5 else ""), t)
    ),
    "spacedline": lambda text, rng, width: [
        " ".join(x) if rng.random() < 0.15 else x for x in _wrap(text, width, rng)
    ],
    "spaceddigits": _wrapped(_spaced_digits),
    "trad": _wrapped(lambda t, r: _traditional(t)),
    "ascii": _wrapped(lambda t, r: t.translate(ASCII_PUNCT).translate(_ASCII_MARKS)),
    "quotewrap": lambda text, rng, width: _quote_breaks(_wrap(text, width, rng), rng),
    "hyphen": lambda text, rng, width: _hyphenated(_wrap(text, width, rng), rng),
    "doubled": lambda text, rng, width: _doubled_lines(_wrap(text, width, rng), rng),
    "spacedwide": lambda text, rng, width: [
        rng.choice(("  ", "\u3000")).join(x) if rng.random() < 0.15 else x for x in _wrap(text, width, rng)
    ],
    "repeat": lambda text, rng, width: (lambda w: w + [""] + w if rng.random() < 0.3 else w)(
        _wrap(text, width, rng)
    ),
    "furniture": lambda text, rng, width: (
        _wrap(text, width, rng) + ([rng.choice(FURNITURE)] if rng.random() < 0.3 else [])
    ),
    "caption": lambda text, rng, width: (
        _wrap(text, width, rng) + (["", rng.choice(CAPTIONS), ""] if rng.random() < 0.3 else [])
    ),
}


def layout(report: dict, effect: str, rng: random.Random) -> str:
    """The report alone on a page, its body printed with `effect`."""
    title = " ".join(x for x in (report.get("title"), report.get("subtitle")) if x)
    width = rng.choice([14, 17, 20, 23, 26])
    lines = ["2024年12月18日 星期三", "", _traditional(title) if effect == "trad" else title, ""]
    if report.get("byline"):
        lines += [report["byline"], ""]
    for paragraph in (p for p in report["body"].split("\n") if p.strip()):
        lines += EFFECTS[effect](paragraph, rng, width)
    return "\n".join(lines) + "\n"


def as_printed(report: dict) -> dict:
    """The report's annotations in traditional script, as a page printed in it is annotated."""

    def conv(x):  # noqa: ANN001, ANN202
        if isinstance(x, list):
            return [_traditional(v) if v else v for v in x]
        return _traditional(x) if isinstance(x, str) else x

    metrics = [
        {**m, **{k: conv(m[k]) for k in ("unit", "qualifier", "subject") if m.get(k)}}
        for m in report["metrics"]
    ]
    return {**report, "metrics": metrics, "initiatives": [_traditional(i) for i in report["initiatives"]]}


class _Row:
    """A staged fact_metric row read as `evaluation.clean` reads a Metric."""

    def __init__(self, row: dict) -> None:
        self.value, self.unit, self.qualifier = row["value"], row["unit"], row["qualifier"]
        self.subject, self.raw_text, self.sentence = row["subject"], row["raw_text"], row["sentence"]


def facts_of(page: str) -> tuple[Facts, int]:
    """The facts of the page's longest article, and how many bodied articles the page came out as (the
    longest, and every other one but photo pieces: a caption set apart from the text it interrupts
    splits no report)."""
    rows = stage_page("page.txt", page.encode("utf-8")).rows
    names = {t: schemas.STAGED[t].names() for t in ("article", "metric", "initiative")}
    arts = [dict(zip(names["article"], a, strict=True)) for a in rows["article"]]
    arts = [a for a in arts if a["kind"] != "orphan_headline" and a["body"]]
    if not arts:
        return Facts((None, None, None), [], [], []), 0
    art = max(arts, key=lambda a: len(a["body"]))
    rid = art["primary_region_id"]
    region = _regions().get(rid.split("-")[0]) if rid else None
    place = (region.province, region.city, region.county) if region else (None, None, None)
    metrics = [
        _Row(dict(zip(names["metric"], m, strict=True))) for m in rows["metric"] if m[1] == art["article_id"]
    ]
    inits = [
        dict(zip(names["initiative"], i, strict=True))["name"]
        for i in rows["initiative"]
        if i[0] == art["article_id"]
    ]
    return Facts(place, metrics, inits, []), sum(a is art or a["kind"] == "article" for a in arts)


def evaluate(split: str | None, effect: str, seed: int) -> tuple[Tally, int]:
    rng, tally, split_pages = random.Random(seed), Tally(), 0
    for report in report_store.load(split):
        if not report.get("title"):
            continue
        facts, n = facts_of(layout(report, effect, rng))
        split_pages += n > 1
        clean.score(as_printed(report) if effect == "trad" else report, facts, tally)
    return tally, split_pages


def line(effect: str, t: Tally, split_pages: int) -> str:
    def pct(hit: int, total: int) -> str:
        return f"{100 * hit / total:5.1f}%" if total else "    -"

    return (
        f"{effect:13s} region {pct(t.region, t.reports)}  metrics R {pct(t.metric_hit, t.metric_gold)}"
        f"  P {pct(t.row_ok, t.rows)}  subject {pct(t.subject_hit, t.subject_gold)}"
        f"  initiatives {pct(t.init_hit, t.init_gold)}  pages split {split_pages}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("effects", nargs="*", help=f"of {', '.join(EFFECTS)} (default: all)")
    ap.add_argument("--split", choices=["dev", "dev-a", "dev-b", "test", "all"], default="dev")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    if not report_store.available():
        print(f"no reports at {report_store.REPORTS}: nothing to evaluate")
        return 2
    split = None if args.split == "all" else args.split
    for effect in args.effects or EFFECTS:
        tally, split_pages = evaluate(split, effect, args.seed)
        if args.verbose:
            print("\n".join(tally.misses))
        print(line(effect, tally, split_pages))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
