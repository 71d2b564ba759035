"""A deterministic benchmark corpus: new pages recombined from the demo pages' sentences and headlines.

The material (sentences, headlines, subtitles) is read at run time from `inbox/` and, when present,
`../shared/samples/`; it is written only under `benchmarks/corpus/<mb>mb/` (gitignored), never into
the repository. The layout mess of the demo pages is reproduced: narrow columns hard-wrapped at 14-17
characters (half of them with a blank line after every line), wide columns wrapped mid-word with
full-width indents, headlines printed after their bodies, bylines at the top or the bottom,
datelines, kickers, photo captions, an occasional doubled-glyph headline, five encodings, and one
failed binary scan in every 250 files. Folders by date: `YYYY/MM/YYYYMMDD_NNNNN.txt`.

    python benchmarks/make_corpus.py --mb 10
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "benchmarks" / "corpus"
SEED = 20241220
VERSION = 2  # bump when the generator changes, so stale corpora are rebuilt
# JICENG_SHARED as the evaluations read it (a worktree's ../shared is not the main checkout's)
SHARED = Path(os.environ.get("JICENG_SHARED", ROOT.parent / "shared"))
SOURCES = (ROOT / "inbox", SHARED / "samples")

# Generic layout vocabulary (no sentences from the pages): surnames and given-name characters for
# bylines, section names for page headers.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁沈"
)
GIVEN = "明华建国晓丽军文静敏伟芳娜秀英强磊洋艳勇杰娟涛斌超霞平刚桂琳雪松宁泽语桐思涵知远若溪禾"
SECTIONS = ("基层之窗", "区县动态", "一线观察", "地方传真", "基层治理", "社会治理", "城乡社区")
WEEKDAYS = "一二三四五六日"
ENCODINGS = (("utf-8", 50), ("gb18030", 20), ("utf-8-sig", 10), ("utf-16", 10), ("big5", 10))
SENTENCE = re.compile(r"[^。！？\n]{6,}?[。！？][”」]?")


@dataclass
class Material:
    sentences: list[str] = field(default_factory=list)
    headlines: list[str] = field(default_factory=list)
    subtitles: list[str] = field(default_factory=list)


@dataclass
class Article:
    kicker: str | None
    title: str
    subtitle: str | None
    byline: str
    byline_at_top: bool
    paragraphs: list[str]
    caption: str | None


# ---------------------------------------------------------------- material


def source_files() -> list[Path]:
    return sorted(p for d in SOURCES if d.is_dir() for p in d.rglob("*.txt"))


def harvest(paths: list[Path]) -> Material:
    """Sentences and headlines of every readable source page, in simplified characters."""
    from transforms.articles import split_articles
    from transforms.decoding import decode
    from transforms.script import simplified

    out = Material()
    for path in paths:
        text = decode(path.read_bytes()).text
        if not text:
            continue
        articles, _ = split_articles(text)
        for a in articles:
            if a.kind == "orphan_headline" or not a.body:
                continue
            out.sentences += [simplified(s.strip()) for s in SENTENCE.findall(a.body.replace("\n", ""))]
            out.headlines += [simplified(a.title)] if a.title else []
            out.subtitles += [simplified(a.subtitle)] if a.subtitle else []
    out.sentences = sorted(set(s for s in out.sentences if 8 <= len(s) <= 160))
    out.headlines = sorted(set(h for h in out.headlines if 4 <= len(h) <= 40))
    out.subtitles = sorted(set(out.subtitles))
    return out


# ---------------------------------------------------------------- one page's content


def name(rng: random.Random) -> str:
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    full = rng.choice(SURNAMES) + given
    return full if len(full) > 2 else full[0] + " " + full[1]  # two-character names printed spaced out


def byline(rng: random.Random, at_top: bool) -> str:
    if not at_top:
        return f"（{' '.join(name(rng) for _ in range(rng.choice((1, 2))))}）"
    return rng.choice(
        (
            f"□ {name(rng)}",
            f"□ 本报记者 {name(rng)}",
            f"■记者 {name(rng)} {name(rng)}",
            f"本报记者 {name(rng)} 通讯员 {name(rng)}",
        )
    )


def dateline(rng: random.Random, day: date) -> str:
    return rng.choice(("本报讯 ", f"本报{day.month}月{day.day}日讯 ", "", ""))


def article(rng: random.Random, m: Material, day: date) -> Article:
    paragraphs = [
        "".join(rng.choice(m.sentences) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(3, 8))
    ]
    paragraphs[0] = dateline(rng, day) + paragraphs[0]
    at_top = rng.random() < 0.5
    return Article(
        kicker=f"{rng.choice(m.headlines)[:4]}{rng.choice('①②③④')}" if rng.random() < 0.1 else None,
        title=rng.choice(m.headlines),
        subtitle=("——" + rng.choice(m.subtitles or m.headlines)) if rng.random() < 0.3 else None,
        byline=byline(rng, at_top),
        byline_at_top=at_top,
        paragraphs=paragraphs,
        caption=f"{rng.choice(m.headlines)}。 {name(rng)} 摄" if rng.random() < 0.15 else None,
    )


# ---------------------------------------------------------------- layout


@dataclass(frozen=True)
class Layout:
    width: int | None  # None: one line per paragraph
    blank_after_line: bool
    indent: str
    headline_after: bool
    doubled: bool


def layout(rng: random.Random) -> Layout:
    style = rng.choices(("narrow", "wide_wrapped", "wide"), (40, 20, 40))[0]
    if style == "narrow":
        return Layout(rng.randint(14, 17), rng.random() < 0.5, "", rng.random() < 0.3, rng.random() < 0.05)
    if style == "wide_wrapped":
        return Layout(rng.randint(34, 38), False, "\u3000\u3000", rng.random() < 0.3, rng.random() < 0.05)
    return Layout(None, False, "\u3000\u3000" if rng.random() < 0.5 else "", rng.random() < 0.3, False)


NO_LINE_START = set("，。、；：！？）」”…%")


def wrap(text: str, width: int | None) -> list[str]:
    """Hard wrap at the column width; like a typesetter, a line never starts with closing punctuation."""
    if width is None:
        return [text]
    lines, line = [], ""
    for ch in text:
        if len(line) >= width and ch not in NO_LINE_START:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line else lines


def body_lines(a: Article, lay: Layout) -> list[str]:
    lines: list[str] = []
    for p in a.paragraphs:
        lines += wrap(lay.indent + p, lay.width)
        if lay.width is None:
            lines.append("")
    if lay.blank_after_line:
        lines = [x for line in lines for x in (line, "")]
    return lines


def headline_lines(a: Article, lay: Layout) -> list[str]:
    title = "".join(c * 2 for c in a.title) if lay.doubled else a.title
    return [x for x in (a.kicker, title, a.subtitle) if x]


def article_lines(a: Article, lay: Layout) -> list[str]:
    body = body_lines(a, lay)
    head = headline_lines(a, lay)
    top = [a.byline, ""] if a.byline_at_top else []
    bottom = [] if a.byline_at_top else [a.byline, ""]
    caption = [a.caption, ""] if a.caption else []
    if lay.headline_after:
        return top + body + [""] + bottom + head + [""] + caption
    return head + [""] + top + body + [""] + bottom + caption


def page_header(rng: random.Random, day: date) -> list[str]:
    if rng.random() < 0.5:
        return []
    mark = f"{rng.choice('ABC')}{rng.randint(1, 8)}"
    return [
        f"{mark} 地方·{rng.choice(SECTIONS)} {day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}",
        "",
        rng.choice(SECTIONS),
        "",
    ]


def page_text(rng: random.Random, m: Material, day: date) -> str:
    lay = layout(rng)
    lines = page_header(rng, day)
    for _ in range(rng.randint(2, 5)):
        lines += article_lines(article(rng, m, day), lay)
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------- encoding and files


def encode(rng: random.Random, text: str) -> bytes:
    enc = rng.choices([e for e, _ in ENCODINGS], [w for _, w in ENCODINGS])[0]
    if enc == "big5":
        import opencc

        try:
            return opencc.OpenCC("s2t").convert(text).encode("big5")
        except UnicodeEncodeError:
            enc = "gb18030"  # a character Big5 lacks: print it as a mainland page instead
    return text.encode(enc)


def broken_scan(rng: random.Random) -> bytes:
    return b"SCAN FAILED page 3\n" + bytes(
        rng.getrandbits(8) if rng.random() < 0.8 else 0 for _ in range(6000)
    )


def file_path(folder: Path, day: date, n: int) -> Path:
    return folder / f"{day.year}" / f"{day.month:02d}" / f"{day:%Y%m%d}_{n:05d}.txt"


def generate(folder: Path, mb: float, m: Material, seed: int = SEED) -> dict:
    rng = random.Random(seed)
    target, total, n = int(mb * 1_000_000), 0, 0
    first = date(2023, 1, 1)
    while total < target:
        day = first + timedelta(days=rng.randrange(730))
        raw = broken_scan(rng) if n % 250 == 249 else encode(rng, page_text(rng, m, day))
        path = file_path(folder, day, n)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        total, n = total + len(raw), n + 1
    return {"files": n, "bytes": total}


def ensure_corpus(mb: float, seed: int = SEED) -> tuple[Path, dict]:
    """The corpus folder for this size, generated unless an identical one is already there."""
    folder = CORPUS / f"{mb:g}mb"
    sources = [
        str(p.relative_to(SHARED.parent if p.is_relative_to(SHARED) else ROOT.parent)) for p in source_files()
    ]
    wanted = {"version": VERSION, "seed": seed, "mb": mb, "sources": sources}
    manifest = folder / "manifest.json"
    if manifest.exists():
        have = json.loads(manifest.read_text())
        if {k: have.get(k) for k in wanted} == wanted:
            return folder / "pages", have
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    stats = generate(folder / "pages", mb, harvest(source_files()), seed)
    info = {**wanted, **stats}
    manifest.write_text(json.dumps(info, indent=1, ensure_ascii=False))
    return folder / "pages", info


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10)
    args = ap.parse_args()
    pages, info = ensure_corpus(args.mb)
    print(f"{pages}: {info['files']} files, {info['bytes'] / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
