"""A third page simulator, written from the shared sample pages and their gold alone (not from
`evaluation.simulate` or `evaluation.simulate_alt`): the held-out measure for segmentation.

Each page lays out 2-4 real reports (`../shared/reports`, read at run time) the ways the samples show:
narrow columns with hard wraps mid-word and figures cut from their units, a blank line after every line
or none, headlines before or after their bodies or gathered in a block above them or dropped inside
another body's column, two headlines on one line, doubled glyphs (`标题标题：：`), spaced-out characters,
kickers and series lines, `——` subtitles, section labels, bylines in many forms (opening `□`/`■`,
closing brackets, datelines, photo credits), run-in leads and intertitles, repeated paragraphs and lost
fragments, continuation marks, photo captions, orphan headlines, traditional script, ASCII punctuation,
indentation, CRLF and GB18030/GBK/UTF-16/Big5 bytes. Every random choice comes from one seeded
`random.Random`, so a seed gives the same pages.

The gold follows `../shared/tools/score_warehouse.py`: a title is the headline as printed once (no
kicker, subtitle, doubling or spacing), authors are the printed names, metrics and initiatives are the
report's annotations that the printed part of the body still holds, in their printed forms (on a
traditional page `個`, `戶`, `餘` where the page prints them; the region stays simplified).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from random import Random

from evaluation import reports as report_store

FAMILIES = (
    "after_body",
    "markdown_long",
    "heads_inside",
    "heads_on_top",
    "traditional",
    "legacy_mix",
    "random_mix",
)
ROLES = ("title", "subtitle", "kicker", "section", "byline", "body", "caption", "mark", "blank")

_PUNCT = re.compile(r"[\s“”「」\"'‘’：:，,·、。()（）—\-]+")  # the scorer's normalisation
_CLOSERS = set("，。、；：？！”’）》」,.;:?!)%")
_KICKER_SEPARATORS = re.compile(r"\s*[|︱丨│]\s*")
_BRACKET_KICKER = re.compile(r"^\s*(【[^】]{1,20}】|\([^)]{1,20}\)|（[^）]{1,20}）)\s*")
_ROLE_WORDS = ("特约记者", "全媒体记者", "融媒体记者", "见习记者", "记者", "通讯员", "记者站")
_TO_ASCII = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"})
_YEAR = re.compile(r"(?:19|20)\d\d年")

# Page furniture, invented here (never text of the samples or the reports).
_SECTIONS = ("基层之声", "城乡纵横", "治理创新", "民生周刊", "社区动态", "乡村振兴", "综合新闻", "地方观察")
_SERIES = ("善治{}{}", "走基层 看变化{}{}", "基层治理新实践·{}{}", "治理现代化在{}{}")
_CIRCLED = "①②③④⑤⑥⑦⑧"
_OUTLETS = ("融媒体中心", "新闻网/客户端", "日报全媒体", "晚报/新闻客户端")


@dataclass
class Line:
    text: str
    role: str
    owner: int | None = None  # the article (index into the page's gold articles); -1: an orphan headline
    heads: list[tuple[int | None, str]] = field(default_factory=list)  # a title line's (owner, headline text)
    para_end: bool = False  # the last line of a paragraph or block (for paragraph blank lines)


@dataclass
class SimPage:
    name: str
    family: str
    text: str
    raw: bytes
    gold: dict
    lines: list[Line] = field(repr=False)

    @property
    def labels(self) -> list[str]:
        return [line.role for line in self.lines]


@dataclass
class Piece:
    """One report as this page prints it."""

    report: dict
    kicker: str | None
    headline: str
    subtitle: str | None
    simple: list[str]  # the printed paragraphs before script conversion (same lengths)
    paragraphs: list[str]  # as printed
    names: list[tuple[str | None, str]]  # (role word or None, printed name)
    byline_in_body: bool
    cut: bool = False
    repeat: int | None = None  # index of a paragraph printed twice


# ---------------------------------------------------------------- text helpers


def norm(text: str) -> str:
    return _PUNCT.sub("", text or "")


@cache
def _opencc():  # noqa: ANN202 - optional dependency
    try:
        import opencc
    except ImportError:
        return None
    return opencc.OpenCC("s2t")


def traditional_available() -> bool:
    return _opencc() is not None


def to_traditional(text: str) -> str:
    """s2t that keeps the length (character by character where the phrase table changes it), so every
    offset into the simplified text is an offset into the printed one."""
    conv = _opencc()
    out = conv.convert(text)
    return out if len(out) == len(text) else "".join(conv.convert(c) for c in text)


def punctuate(text: str, style: str) -> str:
    """'ascii' or 'full' punctuation (same length); a comma between digits stays."""
    if style == "keep":
        return text
    table = _TO_ASCII if style == "ascii" else _TO_FULL
    return "".join(c if _between_digits(text, i) else c.translate(table) for i, c in enumerate(text))


def _between_digits(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def cells(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def wrap(text: str, width: float) -> list[str]:
    """Hard wrap at `width` cells (ASCII half a cell), mid-word; closing punctuation stays on its line."""
    lines, cur, used = [], "", 0.0
    for ch in text:
        if used + cells(ch) > width and cur and ch not in _CLOSERS:
            lines.append(cur)
            cur, used = "", 0.0
        cur += ch
        used += cells(ch)
    return lines + [cur] if cur else lines


def split_units(lines: list[str], rng: Random, share: float) -> list[str]:
    """Move a unit that follows a figure at a line's end to the next line (`52.7亿` / `元`)."""
    out = list(lines)
    for i in range(len(out) - 1):
        m = re.search(r"\d([^\d\s.,%]{1,2})$", out[i])
        if m and rng.random() < share:
            out[i], out[i + 1] = out[i][: m.start(1)], m.group(1) + out[i + 1]
    return out


def space_figures(text: str, rng: Random, share: float) -> str:
    """`达 64.5%`, `12 万余件`, `2021 年`: a space between a figure and its neighbours, sometimes."""

    def maybe(m: re.Match) -> str:
        return m.group(1) + " " + m.group(2) if rng.random() < share else m.group(0)

    text = re.sub(r"(\d)([\u4e00-\u9fff%])", maybe, text)
    return re.sub(r"([\u4e00-\u9fff])(\d)", maybe, text)


def spaced_out(text: str) -> str:
    return " ".join(text)


def doubled(title: str, rng: Random) -> str:
    """Every text run printed twice, every punctuation mark twice (a PDF's fake bold): runs are cut at
    punctuation and spaces, and sometimes once more inside."""
    out = []
    for run in re.findall(r"[^\s“”：:，、《》！？—]+|[\s“”：:，、《》！？—]", title):
        if run.isspace():
            out.append(run)
        elif len(run) == 1 and not re.match(r"[\w]", run):
            out.append(run * 2)
        else:
            cut = rng.randrange(2, len(run) - 1) if len(run) > 5 and rng.random() < 0.5 else len(run)
            out.extend(part * 2 for part in (run[:cut], run[cut:]) if part)
    return "".join(out)


# ---------------------------------------------------------------- one report as printed


def headline_parts(report: dict) -> tuple[str | None, str, str | None]:
    """(kicker, headline, subtitle): a site's `栏目 | 标题` and `【栏目】标题` give a kicker; a
    headline ending in a colon takes its subtitle as its second half."""
    title, subtitle = report["title"].strip(), (report.get("subtitle") or "").strip() or None
    kicker = None
    parts = _KICKER_SEPARATORS.split(title, maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        kicker, title = parts
    elif (m := _BRACKET_KICKER.match(title)) and len(title) - m.end() >= 6:
        kicker, title = m.group(1).strip("【】()（）"), title[m.end() :]
    if subtitle and title[-1] in ":：":
        title, subtitle = title + subtitle, None
    return kicker, title.strip(), subtitle


def author_roles(report: dict) -> list[tuple[str | None, str]]:
    """Each author with the role word printed before the name in the report's byline, if any."""
    byline, out = report.get("byline") or "", []
    for name in report["authors"]:
        at = byline.replace(" ", "").find(name)
        before = byline.replace(" ", "")[: max(at, 0)]
        roles = [(before.rfind(w), w) for w in _ROLE_WORDS if w in before]
        out.append((max(roles)[1] if roles else None, name))
    return out


def prepare(report: dict, rng: Random, script: str, punct: str, cut: bool, lose: bool, repeat: bool) -> Piece:
    paras = [p.strip() for p in report["body"].split("\n") if p.strip()]
    if cut and len(paras) >= 3:
        paras = paras[: rng.randrange(max(2, len(paras) // 2), len(paras))]
    else:
        cut = False
    if lose:
        paras = _lose_fragment(paras, rng)
    simple = [punctuate(p, punct) for p in paras]
    printed = [to_traditional(p) for p in simple] if script == "traditional" else list(simple)
    kicker, headline, subtitle = headline_parts(report)
    conv = (
        (lambda s: to_traditional(punctuate(s, punct)))
        if script == "traditional"
        else (lambda s: punctuate(s, punct))
    )
    body_head = "".join(paras)[:80]
    in_body = bool(report["authors"]) and all(n in body_head for n in report["authors"])
    names = [(role, _printed_name(name, simple, printed, conv)) for role, name in author_roles(report)]
    rep = rng.randrange(1, len(paras)) if repeat and len(paras) > 2 else None
    return Piece(
        report,
        conv(kicker) if kicker else None,
        conv(headline),
        conv(subtitle) if subtitle else None,
        simple,
        printed,
        names,
        in_body,
        cut,
        rep,
    )


def _lose_fragment(paras: list[str], rng: Random) -> list[str]:
    """Lose a stretch inside one long paragraph (a text box the extraction dropped), cut away from figures."""
    long = [i for i, p in enumerate(paras) if len(p) > 90]
    if not long:
        return paras
    i = rng.choice(long)
    p = paras[i]
    a = rng.randrange(20, len(p) - 60)
    b = a + rng.randrange(12, 40)
    if any(c.isascii() and c.isalnum() for c in p[a - 1 : a + 1] + p[b - 1 : b + 1]):
        return paras
    return paras[:i] + [p[:a] + p[b:]] + paras[i + 1 :]


def _printed_name(name: str, simple: list[str], printed: list[str], conv: Callable[[str], str]) -> str:
    for s, p in zip(simple, printed, strict=True):
        if (at := s.find(name)) >= 0:
            return p[at : at + len(name)]
    return conv(name)


def _printed_slice(word: str, simple: str, printed: str, start: int = 0) -> str | None:
    at = simple.find(word, start)
    return printed[at : at + len(word)] if at >= 0 else None


# ---------------------------------------------------------------- gold


def gold_article(piece: Piece, traditional: bool) -> dict:
    report = piece.report
    simple, printed = "".join(piece.simple), "".join(piece.paragraphs)
    metrics, seen = [], set()
    for m in report["metrics"]:
        at = simple.find(m["text"])
        if at < 0:
            continue
        shown = printed[at : at + len(m["text"])]
        key = (m["value"], m["unit"], m["text"])
        if key in seen:
            continue
        seen.add(key)
        gm = {
            "value": m["value"],
            "unit": _printed_word(m["unit"], shown, traditional),
            "qualifier": m["qualifier"] and _printed_word(m["qualifier"], shown, traditional),
        }
        if m.get("subject") and (subject := _printed_slice(m["subject"], simple, printed)):
            gm["subject"] = subject
        metrics.append(gm)
    initiatives = [s for i in report["initiatives"] if (s := _printed_slice(i, simple, printed))]
    return {
        "title": piece.headline,
        "subtitle": piece.subtitle,
        "authors": [name for _, name in piece.names],
        "province": report["province"],
        "city": report["city"],
        "county": report["county"],
        "body_contains": "",  # chosen once the page is laid out (it must be printed once)
        "metrics": metrics,
        "initiatives": list(dict.fromkeys(initiatives)),
        "complete": True,
        "allowed_values": sorted(
            set(report_store.chinese_counts(simple) + _headline_figures(piece.headline))
        ),
    }


def _printed_word(word: str, shown: str, traditional: bool) -> str:
    """The unit or qualifier as the page prints it: the traditional form where the printed figure holds it."""
    if not traditional:
        return word
    t = to_traditional(word)
    return t if t in shown else word


def _headline_figures(headline: str) -> list[float]:
    """Figures printed in the headline (`52个`, `1.6万户`): the annotations cover the body only, so a
    product that also reads the headline is neither right nor wrong."""
    scale = {"万": 1e4, "亿": 1e8, "萬": 1e4, "億": 1e8}
    return [
        float(m.group(1)) * scale.get(m.group(2), 1)
        for m in re.finditer(r"(\d+(?:\.\d+)?)([万亿萬億]?)", headline)
    ]


# ---------------------------------------------------------------- page furniture


class Page:
    """The lines of one page being laid out, and the knobs drawn for it."""

    def __init__(self, family: str, rng: Random, traditional: bool) -> None:
        self.family, self.rng, self.traditional = family, rng, traditional
        self.lines: list[Line] = []
        self.dates: list[str] = []

    def t(self, text: str) -> str:
        return to_traditional(text) if self.traditional else text

    def date(self) -> str:
        d = f"{self.rng.randrange(1, 13)}月{self.rng.randrange(1, 29)}日"
        self.dates.append(self.t(d))
        return d


def name_text(name: str, rng: Random, spaced: float) -> str:
    return " ".join(name) if len(name) == 2 and rng.random() < spaced else name


def byline(page: Page, piece: Piece, form: str, paren: tuple[str, str]) -> str:
    """The author line in one of the printed forms."""
    rng = page.rng
    names = [name_text(n, rng, 0.4) for _, n in piece.names]
    roled = " ".join(
        (page.t(r) + (" " if rng.random() < 0.6 else "") if r else "") + n
        for (r, _), n in zip(piece.names, names, strict=True)
    )
    o, c = paren
    if form == "paren":
        return f"{o}{' '.join(names)}{c}"
    if form == "square":
        return f"□{rng.choice(['', ' '])}{page.t(rng.choice(['', '本报记者 ', '记者 ']))}{' '.join(names)}"
    if form == "black":
        return f"■{page.t('记者')}{rng.choice(['', ' '])}{' '.join(names)}"
    if form == "outlet":
        first = "" if piece.names[0][0] else page.t("记者") + " "
        return f"{o}{page.t(rng.choice(_OUTLETS))} {first}{roled}{c}"
    if form == "author":
        return f"{page.t('作者')}{rng.choice(['：', ':', ' '])}{roled}"
    if form == "credit":
        return f"{page.t(rng.choice(['', '本报记者 ', '记者 ']))}{' '.join(names)} {page.t('摄')}"
    return roled  # plain: 记者 张三 通讯员 李四


def dateline(page: Page, piece: Piece, paren: tuple[str, str], with_names: bool) -> str:
    """`本报讯 `, `本报5月8日讯 `, `本报讯（记者 张三 通讯员 李四）`."""
    rng = page.rng
    head = page.t("本报讯") if rng.random() < 0.5 else page.t(f"本报{page.date()}讯")
    if with_names and piece.names:
        inner = " ".join((page.t(r) + " " if r else "") + n for r, n in piece.names)
        return f"{head}{paren[0]}{inner}{paren[1]}"
    return head + rng.choice([" ", "　", ""])


# ---------------------------------------------------------------- blocks


@dataclass
class Knobs:
    width: float = 14
    split_units: float = 0.3
    space_figures: float = 0.0
    indent: str = ""
    leads: float = 0.0  # share of paragraphs whose first short sentence stands on its own line
    intertitles: float = 0.0
    spaced_lead: float = 0.0
    break_mid: float = 0.0  # a paragraph broken mid-sentence by a blank line (long-line pages)
    paren: tuple[str, str] = ("（", "）")


def body_lines(page: Page, piece: Piece, owner: int, k: Knobs, opening: str = "") -> list[Line]:
    """The paragraphs of one article as column lines; `opening` prefixes the first paragraph."""
    rng, out = page.rng, []
    paras = list(piece.paragraphs)
    if piece.repeat is not None:
        paras.insert(piece.repeat + 1, paras[piece.repeat])
    for j, para in enumerate(paras):
        text = (opening + para) if j == 0 else para
        if j and rng.random() < k.intertitles:
            out += _intertitle(para, owner, k, rng)
        if j and rng.random() < k.leads and (m := re.match(r"^[^，。,；]{4,16}[。；]", para)):
            lead = m.group(0)
            shown = spaced_out(lead) if rng.random() < k.spaced_lead else lead
            out.append(Line(k.indent + shown, "body", owner, para_end=False))
            text = para[m.end() :]
            if not text:
                out[-1].para_end = True
                continue
            out += _column(page, text, owner, k, indent="")
            continue
        out += _column(page, text, owner, k, indent=k.indent)
    return out


def _intertitle(para: str, owner: int, k: Knobs, rng: Random) -> list[Line]:
    """A short heading inside the body, cut from the paragraph's first clause (no figures in it)."""
    m = re.match(r"^([^，。,；：:\d]{5,14})[，,；]", para)
    if not m:
        return []
    words = m.group(1)
    if len(words) > 8 and rng.random() < 0.5:  # a two-line intertitle
        half = len(words) // 2
        return [Line(words[:half], "body", owner), Line(words[half:], "body", owner, para_end=True)]
    return [Line(words, "body", owner, para_end=True)]


def _column(page: Page, text: str, owner: int, k: Knobs, indent: str) -> list[Line]:
    rng = page.rng
    text = indent + space_figures(text, rng, k.space_figures)
    if k.width >= 200:  # one paragraph a line
        parts = [text]
        if len(text) > 60 and rng.random() < k.break_mid:
            at = rng.randrange(25, len(text) - 20)
            parts = [text[:at], text[at:]]
        rows = [Line(p, "body", owner, para_end=True) for p in parts]
        return rows
    rows = split_units(wrap(text, k.width), rng, k.split_units)
    lines = [Line(r, "body", owner) for r in rows if r]
    if lines:
        lines[-1].para_end = True
    return lines


def title_line(text: str, owner: int, clean: str, end: bool = True) -> Line:
    return Line(text, "title", owner, [(owner, clean)], para_end=end)


def head_lines(page: Page, piece: Piece, owner: int, style: str, width: float = 24) -> list[Line]:
    """The headline as title lines: 'one' line, 'two' lines, 'doubled' glyphs, 'spaced' characters,
    or 'md' (`# 标题`)."""
    rng, h = page.rng, piece.headline
    if style == "md":
        return [title_line("# " + h, owner, h)]
    if style == "doubled":
        return [title_line(doubled(h, rng), owner, h)]
    if style == "spaced" and len(h) <= 14:
        return [title_line(spaced_out(h), owner, h)]
    if style == "two" and len(h) >= 8:
        cut = _headline_cut(h, rng)
        return [title_line(h[:cut], owner, h[:cut], False), title_line(h[cut:], owner, h[cut:])]
    if len(h) > width * 1.6:
        rows = wrap(h, width)
        return [title_line(r, owner, r, i == len(rows) - 1) for i, r in enumerate(rows)]
    return [title_line(h, owner, h)]


def _headline_cut(h: str, rng: Random) -> int:
    """Cut a headline at a space or after a colon where it has one, else near the middle."""
    marks = [i + 1 for i, c in enumerate(h[:-3]) if c in " ：:，" and i >= 2]
    return rng.choice(marks) if marks else rng.randrange(len(h) // 3, 2 * len(h) // 3 + 1)


def dressed_head(page: Page, piece: Piece, owner: int, style: str, series: float) -> list[Line]:
    """The headline with its furniture: the site's kicker above it; or, sometimes, an invented series
    line (`善治某地②`) above it as a kicker or below it as a `——` subtitle; the subtitle below."""
    rng = page.rng
    above, below = [], subtitle_lines(page, piece, owner)
    if piece.kicker:
        above.append(Line(piece.kicker, "kicker", owner, para_end=True))
    elif rng.random() < series:
        text = page.t(rng.choice(_SERIES).format(_place(piece.report)[:2], rng.choice(_CIRCLED)))
        if rng.random() < 0.7:
            above.append(Line(text, "kicker", owner, para_end=True))
        else:
            below.append(Line("——" + text, "subtitle", owner, para_end=True))
    return above + head_lines(page, piece, owner, style) + below


def _place(report: dict) -> str:
    return re.sub(r"(省|市|区|县)$", "", report.get("county") or report.get("city") or report["province"])


def subtitle_lines(page: Page, piece: Piece, owner: int, md: bool = False) -> list[Line]:
    """`## 副题`, or `——副题`; a long subtitle (as the samples print it) may go without the dash."""
    if not piece.subtitle:
        return []
    dashes = ["——", "—— ", ""] if len(piece.subtitle) >= 20 else ["——", "—— "]
    text = ("## " + piece.subtitle) if md else page.rng.choice(dashes) + piece.subtitle
    return [Line(text, "subtitle", owner, para_end=True)]


# ---------------------------------------------------------------- assembling a page


def simulate(pool: list[dict], seed: int, family: str | None = None) -> SimPage:
    """One page laid out from reports of `pool` (reports with a title), deterministic by `seed`. A
    layout where some article has no snippet printed once is drawn again (the next attempt's rng)."""
    families = [f for f in FAMILIES if f != "traditional" or traditional_available()]
    for attempt in range(20):
        rng = Random(f"third:{seed}:{attempt}")
        fam = family or rng.choice(families)
        page = Page(fam, rng, traditional=fam == "traditional")
        count = min(len(pool) - 2, rng.choice([2, 3, 3, 4]))
        chosen = rng.sample(pool, count + 2)
        pieces = LAYOUTS[fam](page, chosen[:count])
        orphans = _fill_extras(page, chosen[count:])
        articles = [gold_article(p, page.traditional) for p in pieces]
        text = "\n".join(line.text for line in page.lines)
        if _choose_snippets(rng, pieces, articles, text, page.lines):
            break
    name = f"third_{fam}_{seed}.txt"
    gold = {
        "file": name,
        "held_out": False,
        "articles": articles,
        "orphan_titles": orphans,
        "not_metrics": _not_metrics(page, pieces),
    }
    return SimPage(name, fam, text, _encode(text, fam, rng), gold, page.lines)


def _fill_extras(page: Page, spare: list[dict]) -> list[str]:
    """Fill the layout's empty orphan-headline line (owner -1) from one spare report and its empty
    caption line from the other (a sentence without figures); drop what cannot be filled. The orphan
    titles."""
    orphan_report, caption_report = spare[0], spare[-1]
    titles, kept = [], []
    for line in page.lines:
        if line.role == "title" and line.owner == -1 and not line.text:
            h = page.t(headline_parts(orphan_report)[1])
            line.text, line.heads = h, [(-1, h)]
            titles.append(h)
        elif line.role == "caption" and not line.text:
            sentences = [
                x
                for x in re.findall(r"[^。！？\n]{12,40}。", caption_report["body"])
                if not re.search(r"\d", x)
            ]
            if not sentences:
                continue
            line.text = page.t(page.rng.choice(sentences))
        kept.append(line)
    page.lines = kept
    return titles


def _choose_snippets(
    rng: Random, pieces: list[Piece], articles: list[dict], text: str, lines: list[Line]
) -> bool:
    """A body_contains for each article: 8-16 characters of a printed paragraph that the page prints
    exactly once (not in a headline, a repeated paragraph or across a displaced headline)."""
    page_norm = norm(text)
    for idx, (piece, article) in enumerate(zip(pieces, articles, strict=True)):
        body = norm("".join(line.text for line in lines if line.owner == idx and line.role == "body"))
        runs = [
            r
            for j, p in enumerate(piece.paragraphs)
            if j != piece.repeat
            for r in re.findall(r"[\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9]{10,}", p[12:] if j == 0 else p)
        ]
        rng.shuffle(runs)
        for run in runs:
            size = rng.randrange(8, min(16, len(run)) + 1)
            at = rng.randrange(0, len(run) - size + 1)
            snippet = run[at : at + size]
            if page_norm.count(snippet) == 1 and snippet in body:
                article["body_contains"] = snippet
                break
    return all(a["body_contains"] for a in articles)


def _not_metrics(page: Page, pieces: list[Piece]) -> list[str]:
    out = list(page.dates)
    for piece in pieces:
        texts = "".join(m["text"] for m in piece.report["metrics"])
        out += [y for y in _YEAR.findall("".join(piece.paragraphs)) if y not in texts]
    return sorted(set(out))


def _encode(text: str, family: str, rng: Random) -> bytes:
    choices = {
        "traditional": ["big5", "utf-8", "utf-16", "utf-8-sig"],
        "legacy_mix": ["gb18030", "gbk", "utf-16", "gb18030"],
    }.get(family, ["utf-8", "utf-8", "utf-8", "utf-8-sig", "gb18030"])
    crlf = rng.random() < (0.6 if family in ("traditional", "legacy_mix") else 0.15)
    body = text.replace("\n", "\r\n") if crlf else text
    for enc in (rng.choice(choices), "gb18030", "utf-8"):
        try:
            return body.encode(enc)
        except UnicodeEncodeError:
            continue
    return body.encode("utf-8")


def _blanks(lines: list[Line], mode: str, rng: Random) -> list[Line]:
    """'every' line followed by a blank, 'none', 'para' (after paragraphs and blocks), 'sparse'."""
    out = []
    for line in lines:
        out.append(line)
        if (
            mode == "every"
            or (mode == "para" and line.para_end)
            or (mode == "sparse" and rng.random() < 0.12)
        ):
            out.append(Line("", "blank"))
    return out


def _prepare_all(
    page: Page, chosen: list[dict], punct: str, cut: float = 0.0, lose: float = 0.0, repeat: float = 0.0
) -> list[Piece]:
    rng = page.rng
    script = "traditional" if page.traditional else "simplified"
    return [
        prepare(r, rng, script, punct, rng.random() < cut, rng.random() < lose, rng.random() < repeat)
        for r in chosen
    ]


def _opening_and_closing(
    page: Page, piece: Piece, k: Knobs, forms: tuple[str, ...]
) -> tuple[str, list[Line], list[Line], str]:
    """(first-paragraph prefix, lines before the body, lines after it, inline closing) for one byline form."""
    rng = page.rng
    if piece.byline_in_body:  # the body already opens with its dateline and names
        return "", [], [], ""
    if not piece.names:  # mostly a dateline, as the samples' bodies all open or close with a cue
        return (dateline(page, piece, k.paren, False) if rng.random() < 0.85 else ""), [], [], ""
    form = rng.choice(forms)
    if form == "dateline":
        return dateline(page, piece, k.paren, True), [], [], ""
    if form == "square" and len(piece.names) > 1 and rng.random() < 0.4:  # `□ 张三` over `□ 本报记者 李四`
        lines = [byline(page, replace(piece, names=[n]), form, k.paren) for n in piece.names]
        return "", [Line(x, "byline", para_end=True) for x in lines], [], ""
    text = byline(page, piece, form, k.paren)
    if form in ("square", "black", "author", "plain"):
        lead = rng.choice(["", " "]) if form in ("square", "black") else ""
        return "", [Line(lead + text, "byline", para_end=True)], [], ""
    if form == "outlet" and rng.random() < 0.5:
        return "", [], [], text
    return (
        (dateline(page, piece, k.paren, False) if rng.random() < 0.4 else ""),
        [],
        [Line(text, "byline", para_end=True)],
        "",
    )


def article_block(page: Page, piece: Piece, owner: int, k: Knobs, forms: tuple[str, ...]) -> list[Line]:
    """Byline lines, body lines and closing lines of one article, all owned by it."""
    opening, before, after, inline = _opening_and_closing(page, piece, k, forms)
    body = body_lines(page, piece, owner, k, opening)
    if inline and body:
        body[-1].text += inline
    if piece.cut:
        after = after + [Line(page.t(_jump(page.rng, "下转")), "mark", para_end=True)]
    for line in before + after:
        line.owner = owner if line.role == "byline" else None
    return before + body + after


def _jump(rng: Random, word: str) -> str:
    page = rng.choice(
        [
            f"第{rng.randrange(2, 16)}版",
            f"{rng.choice('ABC')}{rng.randrange(2, 16)}版",
            f"{rng.randrange(2, 9)}版",
        ]
    )
    return rng.choice([f"（{word}{page}）", f"({word}{page})", f"{word}{page}"])


def photo_block(page: Page, piece: Piece, owner: int, doubled_head: bool) -> list[Line]:
    """A photo story: its headline, a caption of one or two paragraphs in long lines, the credit."""
    rng = page.rng
    head = head_lines(page, piece, owner, "doubled" if doubled_head else "one")
    text = "".join(piece.paragraphs[:2])
    piece.paragraphs, piece.simple = piece.paragraphs[:2], piece.simple[:2]
    piece.repeat = None
    rows = wrap(text, rng.randrange(36, 60))
    lines = [Line(r, "body", owner) for r in rows]
    if piece.names and not piece.byline_in_body:
        credit = byline(page, piece, "credit", ("（", "）"))
        if rng.random() < 0.6:
            lines[-1].text += rng.choice([" ", "　", "  "]) + credit
        else:
            lines.append(Line(credit, "byline", owner))
    lines[-1].para_end = True
    return head + lines


def orphan_teaser(page: Page) -> list[Line]:
    """A headline whose story is on another page, with the mark that says where (`（详见第5版）`): without
    the mark a headline under an untitled body would read as that body's own headline (so no `下转`,
    which follows a body)."""
    word = page.rng.choice(["详见", "详见", "全文见"])
    return [Line("", "title", -1, para_end=True), Line(page.t(_jump(page.rng, word)), "mark", para_end=True)]


def _section_lines(page: Page) -> list[Line]:
    rng = page.rng
    picks = rng.sample(_SECTIONS, rng.randrange(1, 3))
    return [Line(rng.choice(["", " "]) + page.t(p), "section", para_end=True) for p in picks]


def _k(page: Page, width: tuple[float, float], **kw) -> Knobs:  # noqa: ANN003
    return Knobs(width=page.rng.randrange(int(width[0]), int(width[1]) + 1), **kw)


# ---------------------------------------------------------------- the families


def layout_after_body(page: Page, chosen: list[dict]) -> list[Piece]:
    """Sample-000 style: narrow double-spaced columns, most headlines printed after their body, closing
    and opening bylines, section labels on top, a photo story with a doubled headline at the foot."""
    rng = page.rng
    pieces = _prepare_all(page, chosen, rng.choice(["keep", "full"]))
    photo = pieces[-1] if len(pieces) > 2 and rng.random() < 0.6 else None
    out = _section_lines(page) if rng.random() < 0.8 else []
    for i, piece in enumerate(pieces):
        if piece is photo:
            out += photo_block(page, piece, i, rng.random() < 0.7)
            continue
        k = _k(page, (10, 18), split_units=0.5, space_figures=0.05, leads=0.3, intertitles=0.15)
        heads = dressed_head(page, piece, i, rng.choice(["one", "one", "two"]), 0.25)
        block = article_block(page, piece, i, k, ("paren", "paren", "square", "dateline"))
        out += (block + heads) if rng.random() < 0.7 else (heads + block)
    if rng.random() < 0.3:  # a photo's caption with no story, at the foot
        out.append(Line("", "caption", para_end=True))
    page.lines = _blanks(out, rng.choice(["every", "every", "none", "sparse"]), rng)
    return pieces


def layout_markdown_long(page: Page, chosen: list[dict]) -> list[Piece]:
    """Sample-001 style: `#` headlines and `##` subtitles (above or below), one paragraph a line,
    paragraphs broken mid-sentence, a paragraph printed twice, a lost fragment, ASCII brackets, the
    closing byline on its own line or at the end of the last paragraph."""
    rng = page.rng
    pieces = _prepare_all(page, chosen, rng.choice(["ascii", "keep"]), lose=0.4, repeat=0.4)
    out = [Line("", "blank") for _ in range(rng.randrange(0, 3))]
    paren = ("(", ")") if rng.random() < 0.7 else ("（", "）")
    for i, piece in enumerate(pieces):
        wide = 10_000 if rng.random() < 0.7 else rng.randrange(30, 46)
        k = Knobs(width=wide, break_mid=0.3, paren=paren, split_units=0.2)
        head = head_lines(page, piece, i, "md" if rng.random() < 0.85 else "one")
        sub = subtitle_lines(page, piece, i, md=True)
        kick = [Line("## " + piece.kicker, "kicker", i, para_end=True)] if piece.kicker else []
        heads = (sub + head) if sub and rng.random() < 0.4 else (kick + head + sub)
        out += heads + article_block(page, piece, i, k, ("outlet", "outlet", "paren", "dateline"))
    page.lines = _blanks(out, "para", rng)
    return pieces


def layout_heads_inside(page: Page, chosen: list[dict]) -> list[Piece]:
    """Sample-004 style: every body opens with `■记者 …`; no headline above any body: all of them in
    one block (doubled glyphs, two to a line) dropped inside a later body's column (the line over it
    often stopping short, the paragraph going on under it); intertitles and
    run-in leads, spaced-out characters, spaced figures, a continuation mark and stray captions."""
    rng = page.rng
    pieces = _prepare_all(page, chosen, "keep", cut=0.3)
    bodies = []
    for i, piece in enumerate(pieces):
        k = _k(
            page, (11, 16), split_units=0.4, space_figures=0.15, leads=0.35, intertitles=0.2, spaced_lead=0.3
        )
        bodies.append(article_block(page, piece, i, k, ("black", "black", "square")))
    heads = _heads_block(page, pieces, rng.random() < 0.75)
    host = bodies[rng.randrange(len(bodies) // 2, len(bodies))]
    at = rng.randrange(len(host) // 2, len(host)) if len(host) > 2 else len(host)
    if rng.random() < 0.45:
        _cut_over(host, at, rng)
    host[at:at] = heads
    out = [line for body in bodies for line in body]
    if rng.random() < 0.6:
        out.append(Line(page.t(_jump(rng, "上接")), "mark", para_end=True))
    out += [Line("", "caption")]  # a stray caption's place, filled in after
    page.lines = _blanks(out, rng.choice(["none", "sparse", "sparse", "every"]), rng)
    return pieces


def _cut_over(host: list[Line], at: int, rng: Random) -> None:
    """The body line over the block stops where the block cut into the column: the paragraph's lines
    under the block go on from the cut, each as wide as it was (its last line takes what is left)."""
    if not 0 < at < len(host):
        return
    over = host[at - 1]
    if over.role != "body" or over.para_end or len(over.text) < 6:
        return
    cut = rng.randrange(1, len(over.text) - 1)
    host[at - 1], rest, j = replace(over, text=over.text[:cut]), over.text[cut:], at
    while rest and j < len(host) and host[j].role == "body" and host[j].owner == over.owner:
        line = host[j]
        keep = len(line.text) - len(rest)
        if line.para_end or keep <= 0:
            host[j], rest = replace(line, text=rest + line.text), ""
        else:
            host[j], rest = replace(line, text=rest + line.text[:keep]), line.text[keep:]
        j += 1
    if rest:
        host.insert(j, replace(over, text=rest, para_end=True))


def _heads_block(page: Page, pieces: list[Piece], doubling: bool) -> list[Line]:
    """Headlines set together in shuffled order: each doubled or not, some cut in two at a colon or
    space, and a part sometimes sharing a line with the part before it."""
    rng, out = page.rng, []
    order = list(range(len(pieces)))
    rng.shuffle(order)
    for i in order:
        h = pieces[i].headline
        parts = [h[: (c := _headline_cut(h, rng))], h[c:]] if len(h) >= 12 and rng.random() < 0.4 else [h]
        for part in parts:
            shown = doubled(part, rng) if doubling else part
            if out and rng.random() < 0.35:  # beside the part before it, on the same line
                out[-1].text += rng.choice([" ", "  ", "　"]) + shown
                out[-1].heads.append((i, part))
                out[-1].owner = None
            else:
                out.append(title_line(shown, i, part))
    return out


def layout_heads_on_top(page: Page, chosen: list[dict]) -> list[Piece]:
    """Several headlines (with kickers, series lines and `——` subtitles, and a teaser headline whose
    story is elsewhere) in a block above several bodies, which open with `□` bylines or datelines."""
    rng = page.rng
    pieces = _prepare_all(page, chosen, rng.choice(["keep", "full", "ascii"]))
    out = (
        [Line(page.t(f"{page.date()} 星期{rng.choice('一二三四五六日')}"), "section", para_end=True)]
        if rng.random() < 0.5
        else []
    )
    heads = [dressed_head(page, piece, i, rng.choice(["one", "two"]), 0.5) for i, piece in enumerate(pieces)]
    if rng.random() < 0.7:  # a teaser, between two dressed headlines: its story is on another page
        heads.insert(rng.randrange(0, len(heads) + 1), orphan_teaser(page))
    out += [line for head in heads for line in head]
    indent = rng.choice(["", "　　", "  "])
    for i, piece in enumerate(pieces):
        k = _k(page, (18, 30), indent=indent, split_units=0.3, space_figures=0.05, leads=0.1)
        out += article_block(page, piece, i, k, ("square", "square", "dateline", "author", "paren"))
    page.lines = _blanks(out, rng.choice(["none", "none", "para", "every"]), rng)
    return pieces


def layout_traditional(page: Page, chosen: list[dict]) -> list[Piece]:
    """Traditional script: series lines, headlines mostly before their body, `本報訊（記者 …）`
    datelines, plain or closing bylines, full-width indentation, a photo caption with `…攝`."""
    rng = page.rng
    pieces = _prepare_all(page, chosen, rng.choice(["keep", "full", "ascii"]), cut=0.2)
    photo = pieces[-1] if len(pieces) > 2 and rng.random() < 0.5 else None
    out = _section_lines(page) if rng.random() < 0.4 else []
    indent = rng.choice(["　　", "", "  "])
    for i, piece in enumerate(pieces):
        if piece is photo:
            out += photo_block(page, piece, i, rng.random() < 0.3)
            continue
        wide = 10_000 if rng.random() < 0.3 else rng.randrange(20, 46)
        k = Knobs(width=wide, indent=indent, split_units=0.3, space_figures=0.05, leads=0.1)
        heads = dressed_head(page, piece, i, rng.choice(["one", "two"]), 0.4)
        block = article_block(page, piece, i, k, ("dateline", "dateline", "plain", "paren"))
        out += (heads + block) if rng.random() < 0.8 else (block + heads)
    page.lines = _blanks(out, rng.choice(["none", "para", "every"]), rng)
    return pieces


def layout_legacy_mix(page: Page, chosen: list[dict]) -> list[Piece]:
    """Legacy bytes and CRLF; a column width per article (10-45); ASCII punctuation; a headline set
    beside the previous body's column (inside it); continued bodies; closing `（张三）` bylines; repeated
    paragraphs; doubled headlines; an orphan headline at the foot."""
    rng = page.rng
    pieces = _prepare_all(page, chosen, rng.choice(["ascii", "keep", "full"]), cut=0.3, repeat=0.3)
    out: list[Line] = []
    previous: list[Line] = []
    for i, piece in enumerate(pieces):
        k = _k(page, (10, 45), split_units=0.5, space_figures=0.2, leads=0.15, intertitles=0.1)
        heads = head_lines(page, piece, i, rng.choice(["one", "two", "doubled", "spaced"]))
        block = article_block(page, piece, i, k, ("paren", "paren", "credit", "square", "plain"))
        if previous and rng.random() < 0.5:  # the headline sits inside the previous article's column
            at = rng.randrange(len(previous) // 3, len(previous))
            out[len(out) - len(previous) + at : len(out) - len(previous) + at] = heads
            out += block
        else:
            out += heads + block
        previous = block
    if rng.random() < 0.6:
        out += orphan_teaser(page)
    if rng.random() < 0.4:  # a photo's caption with no story, between two articles
        starts = [j for j, line in enumerate(out) if j and line.owner != out[j - 1].owner]
        out.insert(rng.choice(starts) if starts else len(out), Line("", "caption", para_end=True))
    page.lines = _blanks(out, rng.choice(["none", "every", "sparse", "para"]), rng)
    return pieces


_ALL_FORMS = ("paren", "square", "black", "outlet", "author", "plain", "dateline", "credit")


def layout_random_mix(page: Page, chosen: list[dict]) -> list[Piece]:
    """Every phenomenon drawn on its own, article by article: width 10-45 or a paragraph a line, any
    headline style, any byline form, the headline before, after, inside the previous body's column or
    set above the previous article's headline (a block); blank lines, punctuation, indentation and a
    photo story at the foot drawn per page."""
    rng = page.rng
    pieces = _prepare_all(
        page, chosen, rng.choice(["keep", "full", "ascii"]), cut=0.2, lose=0.15, repeat=0.15
    )
    out = _section_lines(page) if rng.random() < 0.4 else []
    indent, paren = rng.choice(["", "", "　　", "  "]), rng.choice([("（", "）"), ("(", ")")])
    head_at, body_span = None, None  # where the previous article's headline and body are in `out`
    for i, piece in enumerate(pieces):
        if i == len(pieces) - 1 and i >= 2 and rng.random() < 0.3:
            out += photo_block(page, piece, i, rng.random() < 0.5)
            continue
        k = Knobs(
            width=rng.randrange(10, 46) if rng.random() < 0.8 else 10_000,
            indent=indent,
            split_units=rng.random(),
            space_figures=0.3 * rng.random(),
            leads=0.4 * rng.random(),
            intertitles=0.3 * rng.random(),
            spaced_lead=0.5 * rng.random(),
            break_mid=0.3 * rng.random(),
            paren=paren,
        )
        heads = dressed_head(page, piece, i, rng.choice(["one", "two", "doubled", "spaced", "md"]), 0.3)
        body = article_block(page, piece, i, k, _ALL_FORMS)
        place = rng.choice(["before", "before", "after", "inside_prev", "above_prev"])
        if place == "after":
            out += body
            head_at = len(out)
            out += heads
        elif place == "inside_prev" and body_span:
            at = rng.randrange(body_span[0] + (body_span[1] - body_span[0]) // 3, body_span[1])
            out[at:at] = heads
            head_at = at
            out += body
        elif place == "above_prev" and head_at is not None:
            out[head_at:head_at] = heads
            out += body
        else:
            head_at = len(out)
            out += heads + body
        body_span = (len(out) - len(body), len(out))
    if rng.random() < 0.3:
        out += orphan_teaser(page)
    if rng.random() < 0.3:
        out.append(Line("", "caption", para_end=True))
    page.lines = _blanks(out, rng.choice(["none", "every", "sparse", "para"]), rng)
    return pieces


LAYOUTS = {
    "after_body": layout_after_body,
    "markdown_long": layout_markdown_long,
    "heads_inside": layout_heads_inside,
    "heads_on_top": layout_heads_on_top,
    "traditional": layout_traditional,
    "legacy_mix": layout_legacy_mix,
    "random_mix": layout_random_mix,
}


# ---------------------------------------------------------------- the pages of a split


def pages(split: str | None, count: int, seed: int, families: tuple[str, ...] | None = None) -> list[SimPage]:
    """`count` pages of the split's titled reports, the families in turn."""
    pool = [r for r in report_store.load(split) if r["title"]]
    fams = [f for f in (families or FAMILIES) if f != "traditional" or traditional_available()]
    return [simulate(pool, seed * 1000 + i, fams[i % len(fams)]) for i in range(count)]


def write(out: Path, sims: list[SimPage]) -> None:
    """Pages to out/pages, gold to out/gold/all and out/gold/<family>."""
    for sim in sims:
        report_store.write_page(out, sim.name, sim.family, sim.raw, sim.gold)
