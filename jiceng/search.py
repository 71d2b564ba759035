"""`jiceng search`: ranked articles for a query, from the warehouse's full-text index.

The query is cut into terms as the articles were at indexing time (`transforms.keywords.term_counts`:
rjieba, content terms of two characters or more, initiative names whole), plus each space-separated
word as typed (a coined name such as 积分兑换超市 is a single term in the articles that quote it);
the terms are ranked by BM25 (`search_terms` in warehouse/sql/search.sql) on a read-only
connection, beside any run.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

MAX_QUERY_CHARS = 200
POOL = 50  # BM25's best this many are ordered again by the words they hold as typed (see _RANKED)
# Where one term leads (LEADING_SHARE), a term held by more articles than this is read from its highest
# impacts down (_HEADS): first the postings of its best ~HEAD_POSTINGS impacts, then, while they cannot
# settle the best, 16 and 64 times more.
HEAD_POSTINGS = 1000
HEAD_STEPS = (1, 16, 64)  # head sizes, in HEAD_POSTINGS
# Heads leaving more candidates than this are not completed: four terms each in 55-95% of the 1 GB
# synthetic index's articles left 80,000 (3.4 s to complete, against ~0.4 s scoring every posting).
MAX_CANDIDATES = 6000
# The heads are read only where one term holds this share of the postings to score (_one_term_leads).
LEADING_SHARE = 0.75
# Terms holding more postings than this between them, which the heads did not settle, are scored in
# numpy (_top_dense), not grouped by DuckDB (numpy's import, ~70 ms of a `jiceng search` process, is
# paid only where DuckDB's grouping would take longer: ~300 ms for 900,000 postings).
DENSE_MIN_POSTINGS = 200_000
IMPACT_STEPS = 255  # postings.impact: BM25's term-frequency part / 2.2 in 255 steps, rounded down
SNIPPET_CHARS = 80
MARK = ("【", "】")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")  # quotes and punctuation around a word
# A division's suffix (昭通市 -> 昭通), as warehouse/sql/search_index_fill.sql strips it from place names.
_DIVISION = re.compile(
    r"(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|自治州|自治县|地区|新区|省|市|县|区|盟|旗)$"
)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z_0-9]*)")
SCHEMA = "fts_main_dim_article"  # warehouse.search_index.SCHEMA (not imported: it loads polars, ~0.5 s)


class QueryError(ValueError):
    """An empty or absurd query or option: the command says why and exits with code 2."""


@dataclass(frozen=True)
class Hit:
    article_id: str
    score: float
    title: str | None
    region_id: str | None
    province: str | None
    city: str | None
    county: str | None
    publish_date: str | None
    file_path: str
    page_start: int | None
    page_end: int | None
    snippet: str


def query_words(query: str) -> list[str]:
    """The query's words as typed (simplified, NFKC-folded, without quotes or punctuation around them),
    those that could be terms: two characters or more, not a bare number, not a stop word."""
    from transforms.keywords import is_content_term
    from transforms.script import simplified

    text = unicodedata.normalize("NFKC", simplified(query))
    return [w for w in (_EDGE.sub("", w) for w in text.split()) if is_content_term(w)]


def query_terms(query: str) -> list[str]:
    """The index terms to look up for a query: its words as typed and rjieba's content terms of it."""
    from transforms.keywords import term_counts
    from transforms.script import simplified

    text = unicodedata.normalize("NFKC", simplified(query)).strip()
    if not text:
        raise QueryError("empty query: give a word or two, e.g. jiceng search 加装电梯")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query of {len(text)} characters: at most {MAX_QUERY_CHARS}, a few words")
    words = query_words(query)
    stems = [s for s in (_DIVISION.sub("", w) for w in words) if len(s) >= 2]
    terms = list(dict.fromkeys(words + stems + list(term_counts(text))))
    if not terms:
        raise QueryError(
            f"nothing to search for in {query!r}: only punctuation, numbers, single characters or "
            "common words (的, 工作, ...); give a name or a topic word"
        )
    return terms


def month_range(since: str | None, until: str | None) -> tuple[int | None, int | None]:
    """publish_date_key bounds (yyyymmdd, inclusive start, exclusive end) of YYYY-MM options."""

    def first_day(value: str, name: str, after: bool) -> int:
        m = _MONTH.match(value)
        if not m or not 1 <= int(m.group(2)) <= 12:
            raise QueryError(f"{name} {value!r}: expected YYYY-MM, e.g. 2024-06")
        year, month = int(m.group(1)), int(m.group(2))
        if after:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return year * 10000 + month * 100 + 1

    return (
        first_day(since, "--since", False) if since else None,
        first_day(until, "--until", True) if until else None,
    )


# BM25's best `$pool` articles (after the place and month filters, when given), then the first `$limit`
# of them by how many of the words typed they hold as printed (a name cut into common words, 网格单元 ->
# 网格 单元, ranks the articles that print the name above those that print its pieces), then by score.
# Without filters the ranking is three small statements rather than one (search_best in
# warehouse/sql/search.sql gives the same rows): planning a query of nested macros and a CTE read twice
# took ~30 ms on a loaded machine, more than running it. The query's terms are found through the
# index on dict.term; their postings are scored as search_scores scores them (same expression, so the
# same doubles) and only the best are looked up in docs; their text is then fetched by row position
# (docs.article_row), which reads only the row vectors holding them, never the ids of the whole table.
_WANTED = """
select d.termid, log((s.num_docs - d.df + 0.5::double) / (d.df + 0.5::double) + 1) as idf, s.avgdl, d.df, s.num_docs
from fts_main_dim_article.dict as d
cross join fts_main_dim_article.stats as s
where d.term = any($terms)
"""
# BM25's parameters, those of the fts extension: k1 and b.
K1, B = 1.2, 0.75


def _bm25(idf: str, tf: str, length: str) -> str:
    """BM25's score of one term in one article as SQL (the arguments: the expressions that hold them)."""
    return (
        f"{idf} * {tf} * {K1 + 1}::double"
        f" / ({tf} + {K1}::double * ({1 - B}::double + {B}::double * {length} / $avgdl))"
    )


_SCORED = f"""
select p.docid, sum({_bm25("w.idf", "p.tf", "p.len")})
    as score
from fts_main_dim_article.postings as p
inner join (select unnest($termids) as termid, unnest($idfs) as idf) as w on w.termid = p.termid
group by p.docid
"""
_TOP = _SCORED + "order by score desc limit $n"
_AT_LEAST = _SCORED + "having score >= $cut"  # when articles tie with the last of the best
# One term: its postings' scores as they are (a sum of one), with no grouping of ~700,000 articles.
_SCORED_ONE = f"""
select p.docid, {_bm25("$idfs[1]", "p.tf", "p.len")}
    as score
from fts_main_dim_article.postings as p
where p.termid = $termids[1]
"""
_TOP_ONE = _SCORED_ONE + "order by score desc limit $n"
_AT_LEAST_ONE = _SCORED_ONE + "and score >= $cut"
# A common term's postings are read from its highest impacts down (postings are in term and impact
# order, so a filter `impact >= c` skips the row groups below; MaxScore-style bounds, Turtle and Flood
# 1995). A posting with impact below c adds less than idf * 2.2 * c / 255 * max(1, avgdl / impact_avgdl)
# to its article's score (`bound`; the impacts were computed at impact_avgdl), so an article holding
# none of the postings read (the heads) scores below the sum of the bounds. The heads' partial scores
# are each at most the article's full one: when the `pool`-th best of them (theta) passes that sum by
# 1e-9, the best articles, and every article within 1e-9 of theta (ties an ulp apart), are among the
# heads' articles whose partial score plus the bounds of the terms they were not read for reaches
# theta - 1e-9; only those are completed with their other postings. No row when theta does not pass
# the sum: the caller reads more, or scores every posting.
# A term's head: its first `head_size` postings as stored, which after a compaction are its highest
# impacts (the rows appended since, after them, are read only where their impact reaches the cut). The
# cut only decides how much is read: the bounds hold whatever it is.
_CUT = """
select {termid} as termid, count(*) as n, min(impact) as cut, any_value(s.impact_avgdl) as impact_avgdl
from (select impact from fts_main_dim_article.postings where termid = {termid} limit {head_size})
cross join fts_main_dim_article.stats as s
"""
_HEAD_SCORED = (
    """
with head as ({heads}),
w as (select unnest($termids) as termid, unnest($idfs) as idf, unnest($bounds) as bound),
scored as (
    select h.docid,
        sum("""
    + _bm25("w.idf", "h.tf", "h.len")
    + """)
            as score,
        sum(w.bound) as held_bound,
        count(*) as held
    from head as h
    inner join w on w.termid = h.termid
    group by h.docid
),
cut as (
    select min(score) as theta, count(*) as n from (select score from scored order by score desc limit $pool)
)
select s.docid, s.score, s.held from scored as s cross join cut as c
where c.n = $pool and c.theta >= $total_bound + 1e-9 and s.score + $total_bound - s.held_bound >= c.theta - 1e-9
limit $most
"""
)
_HEAD = "select termid, docid, tf, len from fts_main_dim_article.postings where termid = {termid} and impact >= {cut}"
# The rest of some articles' scores: the postings below a term's cut (constants in the text, so that
# the scan filters on them before reading tf and len: a join on a list of ids read them all).
_REST_SCORED = "select docid, sum(score) as score from ({rest}) group by docid"
_REST = (
    """
select docid, """
    + _bm25("$idf{k}", "tf", "len")
    + """ as score
from fts_main_dim_article.postings
where termid = {termid} and impact < {cut} and docid in ({docids})
"""
)
# docs is written in docid order from 0, so a document's row is its docid: a join on rowid reads only
# the row vectors holding them (a join on docid read all 720,000 names at 1 GB, ~50 ms); a row found
# holding another docid (a table not written that way) is looked up by docid.
_NAMED = """
select d.docid, d.name, d.article_row
from (select unnest($docids) as docid) as w
inner join fts_main_dim_article.docs as d on d.rowid = w.docid
"""
_NAMED_BY_DOCID = """
select d.docid, d.name, d.article_row from fts_main_dim_article.docs as d where d.docid = any($docids)
"""
# A warehouse whose index has the first build's layout (no postings) until its next run converts it.
_BEST_BY_TERMS = """
select article_id, score, null as article_row from search_terms($terms) order by score desc, article_id limit $pool
"""
_BEST_IN_PLACE = """
select h.article_id, h.score, a.rowid as article_row
from search_terms($terms) as h
inner join dim_article as a using (article_id)
left join dim_region as r on r.region_id = a.primary_region_id
where ($province is null or starts_with(r.province, $province))
  and ($city is null or starts_with(r.city, $city))
  and ($since is null or a.publish_date_key >= $since)
  and ($until is null or a.publish_date_key < $until)
order by h.score desc, h.article_id
limit $pool
"""
_ARTICLE_COLUMNS = (
    "a.article_id, a.file_id, a.kicker, a.title, a.subtitle, a.primary_region_id, a.publish_date_key, "
    "a.page_start, a.page_end, a.body"
)
_BY_ROW = f"""
select {_ARTICLE_COLUMNS}
from (select unnest($rows) as article_row) as w
inner join dim_article as a on a.rowid = w.article_row
"""
_BY_ID = f"select {_ARTICLE_COLUMNS} from dim_article as a where a.article_id in (select unnest($ids))"
_PLACES = """
select w.file_id, w.region_id, f.path, r.province, r.city, r.county
from (select unnest($files) as file_id, unnest($regions) as region_id) as w
inner join dim_file as f using (file_id)
left join dim_region as r on r.region_id = w.region_id
"""


def search(
    con: duckdb.DuckDBPyConnection,
    terms: list[str],
    province: str | None = None,
    city: str | None = None,
    since: int | None = None,
    until: int | None = None,
    limit: int = 10,
    words: list[str] | None = None,
) -> list[Hit]:
    """The best `limit` articles for the index terms, those holding more of `words` as printed first."""
    filters = {"province": province, "city": city, "since": since, "until": until}
    pool = max(POOL, limit)
    parts: Iterable[list[tuple]]
    if any(v is not None for v in filters.values()):
        best = _query(con, _BEST_IN_PLACE, {"terms": terms, "pool": pool} | filters)
        parts = _split(best, limit)
    elif _has_table(con, "postings"):
        parts = _best_parts(con, terms, pool, limit)
    else:
        parts = _split(_query(con, _BEST_BY_TERMS, {"terms": terms, "pool": pool}), limit)
    scores: dict[str, float] = {}
    ranked = _by_words_held(con, parts, scores, words or [], limit)
    places = {(fid, region): rest for fid, region, *rest in _places(con, ranked)}
    hits = []
    for aid, fid, _, title, _, region, key, start, end, body in ranked:
        path, province, city, county = places[(fid, region)]
        hits.append(Hit(aid, scores[aid], title, region, province, city, county, _date(key), path, start, end,
                        snippet(body, terms)))  # fmt: skip
    return hits


def _split(best: list[tuple], limit: int) -> tuple[list[tuple], list[tuple]]:
    """(article_id, score, article_row) rows: the first `limit` by score then id, and the rest."""
    best = sorted(best, key=lambda b: (-b[1], b[0]))
    return best[:limit], best[limit:]


def _by_words_held(
    con: duckdb.DuckDBPyConnection,
    parts: Iterable[list[tuple]],
    scores: dict[str, float],
    words: list[str],
    limit: int,
) -> list[tuple]:
    """The first `limit` of the best by the words typed they print, then score, then id (dim_article
    columns); `scores` gets the scores of the articles weighed. The best come in parts in score
    order, the first holding the first `limit`: fetching a body reads its whole row vector (at 1 GB,
    50 bodies took 130-260 ms), so a later part is fetched only while one of the first `limit` so far
    lacks a word: an article further down the score order cannot pass one that prints every word."""

    def held(a: tuple) -> int:  # words typed that the headline or body prints
        text = " ".join(x for x in (a[2], a[3], a[4], a[9]) if x is not None)
        return sum(1 for w in words if w in text)

    fetched: list[tuple[int, tuple]] = []
    ranked: list[tuple[int, tuple]] = []
    for part in parts:
        scores.update({aid: score for aid, score, _ in part})
        fetched += [(held(a), a) for a in _articles(con, part)] if part else []
        ranked = sorted(fetched, key=lambda h: (-h[0], -scores[h[1][0]], h[1][0]))[:limit]
        if all(h == len(words) for h, _ in ranked):
            break
    return [a for _, a in ranked]


def _best(con: duckdb.DuckDBPyConnection, terms: list[str], pool: int) -> list[tuple]:
    """(article_id, score, article_row) of the best `pool` articles, ordered by score and then id
    (articles tying with the pool's last score are all weighed before the cut, as one ORDER BY
    score, article_id would)."""
    return [b for part in _best_parts(con, terms, pool, pool) for b in part]


def _best_parts(
    con: duckdb.DuckDBPyConnection, terms: list[str], pool: int, first: int
) -> Iterator[list[tuple]]:
    """_best in parts of about `first`, in score order, each named (docs looked up) only when asked
    for: the next `first` by score with those tying with the last of them (a part never splits a
    score, so the parts in turn are in score and id order)."""
    left, named = _best_scores(con, terms, pool), 0
    while left and named < pool:
        edge = sorted(left.values(), reverse=True)[min(first, len(left)) - 1]
        part = _named(con, {d: s for d, s in left.items() if s >= edge})[: pool - named]
        yield part
        named += len(part)
        left = {d: s for d, s in left.items() if s < edge}


def _best_scores(con: duckdb.DuckDBPyConnection, terms: list[str], pool: int) -> dict[int, float]:
    """docid -> score of the best `pool` articles, and of any tying with the last of them."""
    wanted = _query(con, _WANTED, {"terms": terms})
    if not wanted:
        return {}
    scoring = {"termids": [w[0] for w in wanted], "idfs": [w[1] for w in wanted], "avgdl": wanted[0][2]}
    ranking, at_least = (_TOP_ONE, _AT_LEAST_ONE) if len(wanted) == 1 else (_TOP, _AT_LEAST)
    by_impact = _top_by_impact(con, wanted, pool) if _one_term_leads(wanted) else None
    if by_impact is None and sum(w[3] for w in wanted) > DENSE_MIN_POSTINGS:
        by_impact = _top_dense(con, wanted, pool)
    top = by_impact or _query(con, ranking, scoring | {"n": pool + 1})
    if len(top) > pool and top[pool][1] == top[pool - 1][1]:
        # a sum over several terms may come out an ulp apart from one pass to the next; the heads'
        # candidates (_HEAD_SCORED) and _top_dense's hold every article within 1e-9 of the cut, so
        # they need no rescan
        cut = top[pool - 1][1] - 1e-9
        top = [t for t in top if t[1] >= cut] if by_impact else _query(con, at_least, scoring | {"cut": cut})
    else:
        top = top[:pool]  # DuckDB reads by an id list only up to 50 ids (dynamic_or_filter_threshold)
    return dict(top)


def _one_term_leads(wanted: list[tuple]) -> bool:
    """One term holds at least LEADING_SHARE of the postings to score: its highest impacts are likely
    to settle the best (the others' bounds are small). Where two or more terms hold comparable numbers
    of postings, the heads rarely settle and reading them is lost time (1 GB synthetic index)."""
    held = sorted((w[3] for w in wanted), reverse=True)
    return held[0] >= LEADING_SHARE * sum(held)


_POSTINGS_OF = (
    "select docid::integer as docid, tf, len from fts_main_dim_article.postings where termid = {termid}"
)


def _top_dense(con: duckdb.DuckDBPyConnection, wanted: list[tuple], pool: int) -> list[tuple]:
    """What _top_by_impact gives (the best `pool` + 1 or more, every article within 1e-9 of the
    `pool`-th best, best first), from every posting of the terms scored in numpy (_dense_scores).
    Where several terms each are in most articles no head settles the best (the bounds of the unread
    postings pass the best partial scores), and DuckDB grouping their 2-3 M postings took 300-500 ms
    of CPU on the 1 GB synthetic index, numpy 100-140."""
    import numpy as np

    summed = _dense_scores(con, wanted)
    held = summed > 0  # a posting's score is positive: idf > 0, tf >= 1
    if np.count_nonzero(held) > pool + 1:
        held &= summed >= np.partition(summed, len(summed) - pool - 1)[len(summed) - pool - 1] - 1e-9
    return sorted(((int(d), float(summed[d])) for d in np.flatnonzero(held)), key=lambda d: -d[1])


def _dense_scores(con: duckdb.DuckDBPyConnection, wanted: list[tuple]) -> Any:
    """Every article's score (a numpy array indexed by docid, 0 where it holds no term): each term's
    postings read by DuckDB's own conversion to numpy (pyarrow's imports pandas, ~0.4 s), scored by
    search_terms' expression (the same operations in the same order, so the same doubles) and summed
    per article by one bincount, term after term."""
    import numpy as np

    avgdl = wanted[0][2]
    columns = [con.execute(_POSTINGS_OF.format(termid=int(w[0]))).fetchnumpy() for w in wanted]
    scores = np.empty(sum(len(c["docid"]) for c in columns))
    start = 0
    for (_, idf, *_), c in zip(wanted, columns, strict=True):
        tf, norm = c["tf"].astype(np.float64), c["len"].astype(np.float64)
        norm *= B  # in place, in the expression's order: tf + k1 * (1 - b + b * len / avgdl)
        norm /= avgdl
        norm += 1 - B
        norm *= K1
        norm += tf
        score = scores[start : start + len(tf)]
        np.multiply(tf, idf, out=score)  # idf * tf * (k1 + 1) / norm
        score *= K1 + 1
        score /= norm
        start += len(tf)
    return np.bincount(np.concatenate([c["docid"] for c in columns]), scores)


def _named(con: duckdb.DuckDBPyConnection, scores: dict[int, float]) -> list[tuple]:
    """(article_id, score, article_row) of the documents, by score then id."""
    named = [n for n in _query(con, _NAMED, {"docids": list(scores)}) if n[0] in scores]
    missing = scores.keys() - {n[0] for n in named}
    if missing:
        named += _query(con, _NAMED_BY_DOCID, {"docids": sorted(missing)})
    best = [(name, scores[docid], row) for docid, name, row in named]
    return sorted(best, key=lambda b: (-b[1], b[0]))


def _top_by_impact(con: duckdb.DuckDBPyConnection, wanted: list[tuple], pool: int) -> list[tuple] | None:
    """(docid, score) of the best `pool` + 1 articles or more (every article within 1e-9 of the
    `pool`-th best score among them, each score exact), read from the common terms' highest impacts
    down (_HEAD_SCORED), or None where that cannot tell them (no term held by more than HEAD_POSTINGS
    articles, an index without impacts, or heads 64 times larger still not enough or leaving more than
    MAX_CANDIDATES): the caller then scores every posting."""
    common = [w[0] for w in wanted if w[3] > HEAD_POSTINGS]
    if not common:
        return None
    for head_size in (step * HEAD_POSTINGS for step in HEAD_STEPS):
        sql = " union all ".join(_CUT.format(termid=int(t), head_size=head_size) for t in common)
        try:
            found = con.execute(sql).fetchall()
        except duckdb.BinderException:  # postings without impacts (a build before them, until its next run)
            return None
        impact_avgdl = found[0][3]
        if not impact_avgdl:
            return None
        cuts = {t: cut if n == head_size else 0 for t, n, cut, _ in found}  # 0: the term is read whole
        stretch = max(1.0, wanted[0][2] / impact_avgdl) * (1 + 1e-9)
        top = _top_of_heads(con, wanted, [cuts.get(w[0], 0) for w in wanted], stretch, pool)
        if top is not None:
            return top
    return None


def _top_of_heads(
    con: duckdb.DuckDBPyConnection, wanted: list[tuple], cuts: list[int], stretch: float, pool: int
) -> list[tuple] | None:
    """(docid, score) of the heads' candidates, best first (_top_by_impact), given each term's head
    (its postings with impact >= its cut), or None when the heads cannot settle them or leave more
    than MAX_CANDIDATES to complete."""
    termids, idfs = [w[0] for w in wanted], [w[1] for w in wanted]
    bounds = [idf * (K1 + 1) * cut / IMPACT_STEPS * stretch for idf, cut in zip(idfs, cuts, strict=True)]
    heads = " union all ".join(
        _HEAD.format(termid=int(t), cut=int(c)) for t, c in zip(termids, cuts, strict=True)
    )
    avgdl = wanted[0][2]
    found = _query(
        con,
        _HEAD_SCORED.format(heads=heads),
        {"termids": termids, "idfs": idfs, "bounds": bounds, "avgdl": avgdl, "pool": pool,
         "total_bound": sum(bounds), "most": MAX_CANDIDATES + 1},
    )  # fmt: skip
    if not pool <= len(found) <= MAX_CANDIDATES:
        return None
    scores = {docid: score for docid, score, _ in found}
    partial = [docid for docid, _, held in found if held < len(termids)]
    read_in_part = [(t, i, c) for t, i, c in zip(termids, idfs, cuts, strict=True) if c > 0]
    if partial and read_in_part:
        docids = ",".join(str(int(d)) for d in partial)
        rest = " union all ".join(
            _REST.format(k=k, termid=int(t), cut=int(c), docids=docids)
            for k, (t, _, c) in enumerate(read_in_part)
        )
        idf_params = {f"idf{k}": i for k, (_, i, _) in enumerate(read_in_part)}
        found_rest = _query(con, _REST_SCORED.format(rest=rest), idf_params | {"avgdl": avgdl})
        for docid, score in found_rest:
            scores[docid] += score
    return sorted(scores.items(), key=lambda d: -d[1])


def _query(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
    """The rows of `sql` with each `$name` replaced by its value as a SQL literal. Not bound as
    parameters: binding any makes DuckDB's Python client import pandas, ~1 s of a `jiceng search`
    process (doubles go in as '<repr>'::double, which reads back the same double)."""
    if params:
        sql = _PARAMETER.sub(lambda m: _literal(params[m.group(1)]), sql)
    return con.execute(sql).fetchall()


def _literal(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool | int):
        return str(int(value))
    if isinstance(value, float):
        return f"'{value!r}'::double"
    if isinstance(value, str):
        return "'" + value.replace(chr(0), "").replace("'", "''") + "'"
    return "[" + ", ".join(_literal(v) for v in value) + "]"


def _has_table(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    """The index has this table (duckdb_tables takes ~1 ms; duckdb_functions, listing every
    function, 100-200 ms)."""
    sql = f"select count(*) from duckdb_tables() where schema_name = '{SCHEMA}' and table_name = '{table}'"
    found = con.execute(sql).fetchone()
    return bool(found and found[0])


def _articles(con: duckdb.DuckDBPyConnection, best: list[tuple]) -> list[tuple]:
    """The dim_article columns of the best articles: by their row, and by id for any whose row is
    unknown or holds another article (a table rewritten by a migration)."""
    rows = [r for _, _, r in best if r is not None]
    found = _query(con, _BY_ROW, {"rows": rows}) if rows else []
    wanted = {aid for aid, _, _ in best}
    found = [a for a in found if a[0] in wanted]
    missing = wanted - {a[0] for a in found}
    if missing:
        found += _query(con, _BY_ID, {"ids": sorted(missing)})
    return found


def _places(con: duckdb.DuckDBPyConnection, ranked: list[tuple]) -> list[tuple]:
    """(file_id, region_id, path, province, city, county) for each ranked article's file and place."""
    if not ranked:
        return []
    return _query(con, _PLACES, {"files": [a[1] for a in ranked], "regions": [a[5] for a in ranked]})


def _date(key: int | None) -> str | None:
    return None if key is None else date(key // 10000, key // 100 % 100, key % 100).isoformat()


def snippet(body: str, terms: list[str], width: int = SNIPPET_CHARS) -> str:
    """About `width` characters of the body around the window holding the most distinct query terms,
    each occurrence marked 【】; found in the simplified copy (same offsets), cut from the text as printed."""
    from transforms.script import simplified

    folded = unicodedata.normalize("NFKC", simplified(body))
    if len(folded) != len(body):  # NFKC changed the length (rare ligatures): match on the simplified text
        folded = simplified(body)
    spans = _occurrences(folded, terms)
    start = _best_window(spans, width)
    start = max(0, min(start - width // 4, len(body) - width))
    end = min(len(body), start + width)
    out, pos = [], start
    for s, e in spans:
        if s >= start and e <= end:
            out += [body[pos:s], MARK[0], body[s:e], MARK[1]]
            pos = e
    out.append(body[pos:end])
    text = "".join(out).replace("\n", " ")
    return ("…" if start > 0 else "") + text + ("…" if end < len(body) else "")


def _occurrences(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Non-overlapping spans of the terms in the text, longest term first where two overlap."""
    taken: list[tuple[int, int]] = []
    for term in sorted(set(terms), key=len, reverse=True):
        for m in re.finditer(re.escape(term), text):
            if all(m.end() <= s or m.start() >= e for s, e in taken):
                taken.append((m.start(), m.end()))
    return sorted(taken)


def _best_window(spans: list[tuple[int, int]], width: int) -> int:
    """Start of the span whose following `width` characters hold the most spans (the first such)."""
    best, best_start = 0, spans[0][0] if spans else 0
    for i, (s, _) in enumerate(spans):
        n = sum(1 for t, e in spans[i:] if e <= s + width)
        if n > best:
            best, best_start = n, s
    return best_start


def render(hits: list[Hit]) -> str:
    """The hits as plain text for the terminal."""
    lines = []
    for n, h in enumerate(hits, start=1):
        place = " ".join(x for x in (h.province, h.city, h.county) if x) or "place unknown"
        lines += [
            f"{n}. {h.title or '(no headline)'}  [score {h.score:.2f}]",
            f"   {place} · {h.publish_date or 'date unknown'} · {h.file_path} "
            f"(page {h.page_start}-{h.page_end}) · {h.article_id}",
            f"   {h.snippet}",
        ]
    return "\n".join(lines)


def run(
    query: str,
    warehouse: Path,
    province: str | None = None,
    city: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 10,
    as_json: bool = False,
) -> int:
    """The command: print the hits; exit code 0 (hits or none), 2 for an unusable query or warehouse."""
    try:
        terms = query_terms(query)
        start, end = month_range(since, until)
        if limit < 1:
            raise QueryError(f"--limit {limit}: at least 1")
        hits = _search_file(warehouse, terms, query_words(query), province, city, start, end, limit)
    except QueryError as bad:
        print(f"jiceng search: {bad}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=1))
    elif hits:
        print(render(hits))
    else:
        filtered = " with these filters" if province or city or since or until else ""
        print(f"no article matches {query!r}{filtered}")
    return 0


def connect(warehouse: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection for searching, with one DuckDB thread: a query reads a few thousand
    postings and ten row vectors, too little to share out, and beside a run (or on a shared machine)
    a second thread waits for a core. At 1 GB (benchmarks/RESULTS.md): the same hits for 20% less
    CPU; wall time 70-75 ms against 82-92 at load 2.7, 75 against 52 on an idle machine."""
    return duckdb.connect(str(warehouse), read_only=True, config={"threads": 1})


def _search_file(
    warehouse: Path,
    terms: list[str],
    words: list[str],
    province: str | None,
    city: str | None,
    since: int | None,
    until: int | None,
    limit: int,
) -> list[Hit]:
    if not warehouse.is_file():
        raise QueryError(f"no warehouse at {warehouse}: run `jiceng ingest` first (or give --warehouse)")
    con = connect(warehouse)
    try:
        if not _has_table(con, "docs"):
            raise QueryError(
                f"{warehouse} has no search index ({SCHEMA}): it was written by an earlier build; "
                "the next `jiceng ingest` builds it"
            )
        return search(con, terms, province, city, since, until, limit, words)
    finally:
        con.close()
