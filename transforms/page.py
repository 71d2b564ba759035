"""The per-file transform: one page's bytes (and its path) -> staged frames for every table.

`stage_page` is a pure function of its arguments: no clock, no warehouse, no global state beyond
dictionaries loaded once. That is what lets one bad file be held back alone, and lets the work fan out
to processes or a cluster. It never raises on bad input: a page that cannot be read comes back with
`decode_error` set and no articles, and the gate holds it back with that reason.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from pathlib import PurePath

import polars as pl

from transforms import schemas
from transforms.articles import Article, split_articles
from transforms.decoding import Decoded, decode
from transforms.initiatives import canonical_name, extract_initiatives
from transforms.keywords import term_counts
from transforms.lines import INVISIBLE, visible
from transforms.localities import places, region_rows
from transforms.metrics import extract_metrics
from transforms.regions import primary_region
from transforms.script import simplified, traditional
from transforms.topics import score_topics

# A page's longest line: a wide paragraph is a few thousand characters; far more is not a page layout.
MAX_LINE_CHARS = 50_000
_NOT_CJK = re.compile(r"[^\u3400-\u9fff]+")  # runs: counted by length, no list per character
_MARKUP = re.compile(r"<[^<>\n]{1,200}>")
_PATH_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?:[-_/.年]?(\d{1,2}))?(?:[-_/.月]?(\d{1,2}))?(?!\d)")
_DATELINE_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")
_PAGE_DATE = re.compile(r"(20\d{2})年(\d{1,2})月(\d{1,2})日")


@dataclass(frozen=True)
class StagedPage:
    """One page's rows per staged table, as tuples in the order of `schemas.STAGED[table]`; the
    terms a row per article, in the order of `schemas.PACKED_TERM`. Plain tuples, not frames: they
    cross process boundaries cheaply, and a batch's frames are built once for all its pages
    (`batch_frames`), not once per page."""

    rows: dict[str, list[tuple]]

    @property
    def file_id(self) -> str:
        return self.rows["file"][0][0]

    @property
    def frames(self) -> dict[str, pl.DataFrame]:
        """This page alone as frames (tests, golden outputs)."""
        return batch_frames([self])


def batch_frames(pages: list[StagedPage]) -> dict[str, pl.DataFrame]:
    """One frame per staged table holding the rows of every page of the batch."""
    return unpacked(packed_frames(pages))


def packed_frames(pages: list[StagedPage]) -> dict[str, pl.DataFrame]:
    """The batch's frames as a worker sends them back: the terms packed, a row per article
    (`schemas.PACKED_TERM`); `unpacked` makes them a row per term."""
    frames = {
        name: pl.DataFrame([row for p in pages for row in p.rows[name]], schema=schema, orient="row")
        for name, schema in schemas.STAGED.items()
        if name != "term"
    }
    frames["term"] = _packed_terms([row for p in pages for row in p.rows["term"]])
    return {name: frames[name] for name in schemas.STAGED}


def concat_frames(parts: list[dict[str, pl.DataFrame]]) -> dict[str, pl.DataFrame]:
    """The packed frames of several chunks of one batch (`packed_frames`), as one packed frame per
    table."""
    if not parts:
        return packed_frames([])
    return {name: pl.concat([p[name] for p in parts], rechunk=True) for name in schemas.STAGED}


def unpacked(frames: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """The frames with their terms a row each (`schemas.TERM`)."""
    terms = frames["term"].filter(pl.col("term").list.len() > 0).explode("term", "tf")
    return {**frames, "term": terms}


def _packed_terms(rows: list[tuple]) -> pl.DataFrame:
    """(article_id, file_id, terms, counts) rows as a PACKED_TERM frame. The lists are built from
    the flat values grouped back by article: 34 ms for 500 files' terms, against 89 ms for polars
    reading lists of lists (benchmarks/RESULTS.md, sixth session)."""
    if not rows:
        return pl.DataFrame(schema=schemas.PACKED_TERM)
    ids, file_ids, terms, counts = zip(*rows, strict=True)
    index = pl.get_index_type()
    flat = pl.DataFrame(
        {
            "row": pl.select(
                pl.int_range(len(ids), dtype=index).repeat_by(pl.Series([len(t) for t in terms])).explode()
            ).to_series(),
            "term": pl.Series(list(chain.from_iterable(terms)), dtype=pl.String),
            "tf": pl.Series(list(chain.from_iterable(counts)), dtype=pl.Int32),
        }
    )
    lists = flat.group_by("row", maintain_order=True).agg("term", "tf")
    heads = pl.DataFrame(
        {"article_id": ids, "file_id": file_ids}, schema={"article_id": pl.String, "file_id": pl.String}
    ).with_row_index("row")
    return (
        heads.join(lists, on="row", how="left", maintain_order="left").drop("row").cast(schemas.PACKED_TERM)
    )


_COLUMNS = {name: schema.names() for name, schema in schemas.STAGED.items()}


def _tuples(table: str, rows: list[dict]) -> list[tuple]:
    columns = _COLUMNS[table]
    return [tuple(r[c] for c in columns) for r in rows]


def short_id(*parts: str, size: int = 16) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def stage_page(path: str, raw: bytes) -> StagedPage:
    """Decode, repair, split into articles and extract every fact of one page."""
    sha = hashlib.sha256(raw).hexdigest()
    file_id = sha[:16]
    decoded = decode(raw)
    longest = max((len(x) for x in decoded.text.split("\n")), default=0)
    readable = decoded.text and longest <= MAX_LINE_CHARS
    articles, warnings = split_articles(decoded.text) if readable else ([], [])
    year = _year_hint(path, decoded.text)
    rows = _article_rows(file_id, articles, year)
    return StagedPage(
        {"file": _file_rows(path, raw, sha, decoded, rows, warnings, longest), **_facts(file_id, rows)}
    )


def failed_page(path: str, raw: bytes, problem: str) -> StagedPage:
    """A page the transform could not handle: no articles, and the problem as its reason."""
    sha = hashlib.sha256(raw).hexdigest()
    rows: dict[str, list[tuple]] = {name: [] for name in schemas.STAGED}
    rows["file"] = _file_rows(path, raw, sha, Decoded("", None, error=problem), [], [])
    return StagedPage(rows)


def _file_rows(path, raw, sha, decoded, rows, warnings, longest: int = 0) -> list[tuple]:  # noqa: ANN001
    text = decoded.text
    visible = re.sub(f"[\\s{INVISIBLE}]", "", text)  # invisible format characters print nothing
    row = {
        "file_id": sha[:16],
        "path": path,
        "file_name": PurePath(path).name,
        "sha256": sha,
        "size_bytes": len(raw),
        "encoding": decoded.encoding,
        "repairs": "; ".join(decoded.repairs) or None,
        "decode_error": decoded.error,
        "text_chars": len(text),
        "longest_line": longest,
        "cjk_ratio": (len(visible) - sum(map(len, _NOT_CJK.findall(visible)))) / len(visible)
        if visible
        else 0.0,
        "markup_ratio": sum(len(m) for m in _MARKUP.findall(text)) / len(text) if text else 0.0,
        "articles": sum(1 for r in rows if r["article"]["kind"] != "orphan_headline"),
        "warnings": "\n".join(warnings) or None,
        "page_text": text,
    }
    return _tuples("file", [row])


def _year_hint(path: str, text: str) -> int | None:
    """The year of the page: from the file's path (`2024/12/…`, `…20241218…`), else from a full
    date printed in the page's first lines; None when neither says."""
    if m := _PATH_DATE.search(path):
        return int(m.group(1))
    if m := _PAGE_DATE.search(visible(text[:400])):
        return int(m.group(1))
    return None


def _date_key(article: Article, year: int | None) -> int | None:
    m = _DATELINE_DAY.search(article.dateline or "")
    if not (m and year):
        return None
    month, day = int(m.group(1)), int(m.group(2))
    return year * 10000 + month * 100 + day if 1 <= month <= 12 and 1 <= day <= 31 else None


def _article_rows(file_id: str, articles: list[Article], year: int | None) -> list[dict]:
    return [_article_row(file_id, seq, a, year) for seq, a in enumerate(articles, start=1)]


def _article_row(file_id: str, seq: int, a: Article, year: int | None) -> dict:
    article_id = f"{file_id}-{seq:03d}"
    headline = simplified(" ".join(x for x in (a.kicker, a.title, a.subtitle) if x))
    body = simplified(a.body)
    text = headline + "\n" + body
    mentions, localities = places(text, len(headline)) if body else ([], [])
    printed = " ".join(x for x in (a.kicker, a.title, a.subtitle) if x) + "\n" + a.body
    initiatives = extract_initiatives(text, printed) if body else []
    row = {
        "article_id": article_id,
        "file_id": file_id,
        "seq": seq,
        "kind": a.kind,
        "kicker": a.kicker,
        "title": a.title,
        "subtitle": a.subtitle,
        "byline": a.byline,
        "dateline": a.dateline,
        "publish_date_key": _date_key(a, year),
        "body": a.body,
        "char_count": len(a.body),
        "primary_region_id": primary_region(
            simplified(a.title or ""), body, mentions, tuple(localities), text
        )
        if body
        else None,
        "page_start": min(a.offsets) if a.offsets else None,
        "page_end": max(a.offsets) + 1 if a.offsets else None,
        "warnings": "\n".join(a.warnings) or None,
        "confidence": a.confidence,
        "label_confidence": a.label_confidence,
        "match_margin": a.match_margin,
    }
    return {
        "initiatives": initiatives,
        "article": row,
        "source": a,
        "mentions": mentions,
        "localities": localities,
        "headline": headline,
        "simplified": body,
    }


def _facts(file_id: str, rows: list[dict]) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {"article": _tuples("article", [r["article"] for r in rows])}
    out.update((name, []) for name in _FACTS)
    for r in rows:
        if r["article"]["kind"] == "orphan_headline":
            continue
        for name, make in _FACTS.items():
            out[name].extend(make(file_id, r))
    return out


def _authors(file_id: str, r: dict) -> list[tuple]:
    article_id = r["article"]["article_id"]
    pairs = dict.fromkeys((au.name, au.role) for au in r["source"].authors)
    return [(article_id, file_id, short_id("author", name, size=12), name, role) for name, role in pairs]


def _region_mentions(file_id: str, r: dict) -> list[tuple]:
    counts = Counter(m.region_id for m in r["mentions"] + r["localities"])
    return [(r["article"]["article_id"], file_id, k, v) for k, v in counts.items()]


def _localities(file_id: str, r: dict) -> list[tuple]:
    """dim_region rows for the townships and communities this article names under a coded division."""
    return _tuples("region", [dict(row, file_id=file_id) for row in region_rows(r["localities"])])


# fact_metric's columns, in the order `_metrics` builds its rows (a tuple each, no dict per figure;
# tests/transforms/test_page_frames.py holds it to the schema)
_METRIC_ORDER = (
    "metric_id",
    "article_id",
    "file_id",
    "region_id",
    "subject",
    "value",
    "unit",
    "qualifier",
    "raw_text",
    "sentence",
    "char_start",
    "char_end",
    "page_start",
    "page_end",
    "span_ok",
)


def _metrics(file_id: str, r: dict) -> list[tuple]:
    a, art, simple = r["source"], r["article"], r["simplified"]
    article_id, region_id, body, offsets = art["article_id"], art["primary_region_id"], a.body, a.offsets
    return [
        (
            f"{article_id}-m{n:03d}",
            article_id,
            file_id,
            region_id,
            body[m.subject_span[0] : m.subject_span[1]] if m.subject_span else None,  # as printed
            m.value,
            _printed(body, simple, m.unit, m.char_start, m.char_end),
            m.qualifier and _printed(body, simple, m.qualifier, m.char_start, m.char_end),
            body[m.char_start : m.char_end],  # as printed
            _as_printed(body, simple, m.sentence, m.char_start),
            m.char_start,
            m.char_end,
            offsets[m.char_start],
            offsets[m.char_end - 1] + 1,
            simple[m.char_start : m.char_end] == m.raw_text,
        )
        for n, m in enumerate(extract_metrics(simple), start=1)
    ]


def _printed(body: str, simple: str, word: str, start: int, end: int) -> str:
    """A unit or qualifier as the page prints it: on a traditional page the traditional form (個, 戶,
    餘), as the subject and the initiative names are kept. A form that is not the plain s2t of the
    word stays simplified, so the gate's unit check (simplified units and their s2t forms) knows it."""
    if body is simple or body == simple:
        return word
    at = simple.rfind(word, start, end)
    printed = body[at : at + len(word)] if at >= 0 else word
    return printed if printed == traditional(word) else word


def _as_printed(body: str, simple: str, sentence: str, near: int) -> str:
    """The sentence as printed (the simplified copy has the same offsets)."""
    start = simple.rfind(sentence, 0, near + 1)
    return body[start : start + len(sentence)] if start >= 0 else sentence


def _initiatives(file_id: str, r: dict) -> list[tuple]:
    article_id, out = r["article"]["article_id"], []
    for i in r["initiatives"]:
        name = canonical_name(i.printed or i.name)  # as printed
        out.append((article_id, file_id, short_id("initiative", name, size=12), name, i.kind, i.mentions))
    return out


def _terms(file_id: str, r: dict) -> list[tuple]:
    """One row for the article (`schemas.PACKED_TERM`): its terms, and how often each occurs."""
    counts = term_counts(r["headline"] + "\n" + r["simplified"], [i.name for i in r["initiatives"]])
    return [(r["article"]["article_id"], file_id, list(counts), list(counts.values()))] if counts else []


def article_terms(kicker: str | None, title: str | None, subtitle: str | None, body: str) -> dict[str, int]:
    """The terms of a published article counted as `_terms` counts them at staging (for indexing
    the articles of a warehouse that was loaded before the search index existed)."""
    headline = simplified(" ".join(x for x in (kicker, title, subtitle) if x))
    text = headline + "\n" + simplified(body)
    names = [i.name for i in extract_initiatives(text)] if body else []
    return term_counts(text, names)


def _topics(file_id: str, r: dict) -> list[tuple]:
    scores = score_topics(r["headline"] + "\n" + r["simplified"])
    return [(r["article"]["article_id"], file_id, t, s) for t, s in scores]


_FACTS = {
    "author": _authors,
    "region_mention": _region_mentions,
    "region": _localities,
    "metric": _metrics,
    "initiative": _initiatives,
    "term": _terms,
    "topic": _topics,
}
