"""The full-text index at the 1 GB benchmark's size, without staging 1 GB of pages (issue 19).

    python benchmarks/search_synthetic.py [--docs 720800] [--occurrences 116.6e6] [--batches 212]
        [--vocabulary 200000] [--out /tmp/jiceng-search-synth] [--occurrence-layout] [--seed 1]

Builds a warehouse whose dim_file, dim_article and search index have the 1 GB benchmark's size
(`bench.py --mb 1024`: 720,800 indexed articles, 116.6 M term occurrences, published in 212 batches)
through the real publishing path of the index (`warehouse.search_index.index_terms`, batch by batch,
each batch in its own transaction, compactions included), from articles made of dictionary words:
jieba's dictionary in its frequency order, drawn with a Zipf-like spread, with the terms of
`bench.SEARCH_QUERIES` placed among the most frequent ranks (some in most articles, the worst case,
others rare). Each article's body is its words in the order drawn, so fetching text costs what it
would. Then it reports:
- what the index cost: seconds adding the batches (of which compacting), their median and slowest;
  a batch of nine new pages on the full index; one compaction of the full index; its size in the file;
- search latency (`bench.search_latency`: the 20 queries, median and slowest), the ranking core
  alone (the best 50 ids and scores: search_best, and jiceng search's statements), and `jiceng search`
  for queries of common words (search_compare.HARD_QUERIES: median, p95, slowest), as the load left
  the index (rows appended since its last compaction out of one term order) and after compacting it
  all; in this layout and, with `--occurrence-layout`, in the first build's layout (one row per occurrence in each batch's term order, scored by its search_terms
  macro, copied below), built from the same postings in the same file and measured in the same process.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import duckdb
import numpy as np
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import SEARCH_QUERIES, index_size, search_latency  # noqa: E402
from search_compare import HARD_QUERIES  # noqa: E402

from warehouse import search_index  # noqa: E402
from warehouse.store import ensure_schema  # noqa: E402

ARTICLES_PER_FILE = 6.8  # 720,800 articles over the 1 GB corpus's 106,273 files
NEW_PAGES = 9

# The first build's ranking (warehouse/sql/search.sql before the postings table), over the
# occurrence table `legacy.terms`: for the comparison only.
OCCURRENCE_SEARCH = """
with wanted as (
    select d.termid, log((s.num_docs - d.df + 0.5::double) / (d.df + 0.5::double) + 1) as idf
    from fts_main_dim_article.dict as d
    cross join fts_main_dim_article.stats as s
    where d.term in (select unnest($terms))
),
postings as (
    select docid, termid, count(*)::double as tf
    from legacy.terms
    where termid in (select termid from wanted)
    group by docid, termid
),
scored as (
    select p.docid,
        sum(w.idf * p.tf * 2.2::double / (p.tf + 1.2::double * (0.25::double + 0.75::double * d.len / s.avgdl)))
            as score
    from postings as p
    inner join wanted as w on w.termid = p.termid
    inner join fts_main_dim_article.docs as d on d.docid = p.docid
    cross join fts_main_dim_article.stats as s
    group by p.docid
)
select d.name as article_id, s.score
from scored as s inner join fts_main_dim_article.docs as d on d.docid = s.docid
order by s.score desc, article_id limit 50
"""
POSTINGS_SEARCH = (
    "select article_id, score from search_best($terms, 50) order by score desc, article_id limit 50"
)


def vocabulary(size: int) -> list[str]:
    """jieba's dictionary words of 2+ characters, most frequent first, with the benchmark queries'
    terms moved to ranks 0, 1, 2, 4, 7, ... (a geometric spread: some in most articles, some rare)."""
    import jieba

    from jiceng.search import query_terms

    path = Path(jieba.__file__).parent / "dict.txt"
    entries = [line.split(" ") for line in path.read_text("utf-8").splitlines()]
    words = [w for w, freq, *_ in sorted(entries, key=lambda e: -int(e[1])) if len(w) >= 2]
    wanted = list(dict.fromkeys(t for q in SEARCH_QUERIES for t in query_terms(q)))
    rest = [w for w in words if w not in set(wanted)][: size - len(wanted)]
    for i, term in enumerate(wanted):
        rest.insert(min(int(1.6**i) - 1 + i, len(rest)), term)
    return rest


class Batches:
    """The synthetic batches: article frames and their term frames, deterministic by seed."""

    def __init__(self, words: list[str], docs: int, occurrences: float, batches: int, seed: int):
        self.words = np.array(words, dtype=object)
        self.terms = pl.Series(words)
        ranks = np.arange(len(words), dtype=np.float64)
        weights = 1.0 / (ranks + 3.0) ** 1.05
        self.cumulative = np.cumsum(weights / weights.sum())
        self.docs, self.batches = docs, batches
        self.mean_length = occurrences / docs
        self.rng = np.random.default_rng(seed)
        self.made = 0

    def batch(self, n_docs: int, tag: str) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
        """(dim_file rows, dim_article rows, terms) of n_docs new articles."""
        rng = self.rng
        lengths = np.maximum(5, rng.lognormal(np.log(self.mean_length) - 0.18, 0.6, n_docs).astype(np.int64))
        drawn = np.searchsorted(self.cumulative, rng.random(lengths.sum()), side="right")
        drawn = np.minimum(drawn, len(self.words) - 1)
        doc = np.repeat(np.arange(n_docs), lengths)
        files = [f"{tag}{i:06d}" for i in range((n_docs + 5) // 7 + 1)]
        file_of = (np.arange(n_docs) * len(files) // n_docs).tolist()
        ids = [f"{files[f]}-{i:03d}" for i, f in enumerate(file_of)]
        bounds = np.concatenate([[0], np.cumsum(lengths)])
        bodies = ["".join(self.words[drawn[bounds[i] : bounds[i + 1]]]) for i in range(n_docs)]
        articles = pl.DataFrame(
            {
                "article_id": ids,
                "file_id": [files[f] for f in file_of],
                "seq": list(range(1, n_docs + 1)),
                "title": [b[:12] for b in bodies],
                "body": bodies,
            }
        )
        pairs = pl.DataFrame({"doc": doc, "rank": drawn}).group_by("doc", "rank").len("tf")
        term = pl.DataFrame(
            {
                "article_id": pl.Series(ids).gather(pairs["doc"]),
                "term": self.terms.gather(pairs["rank"]),
                "tf": pairs["tf"].cast(pl.Int32),
            }
        )
        file_rows = pl.DataFrame({"file_id": sorted(set(articles["file_id"]))})
        self.made += n_docs
        return file_rows, articles, term


def publish(
    con: duckdb.DuckDBPyConnection, files: pl.DataFrame, art: pl.DataFrame, term: pl.DataFrame
) -> float:
    """One batch in its transaction, as warehouse.publish writes it; the seconds index_terms took."""
    con.execute("begin")
    con.execute("""insert into dim_file (file_id, path, file_name, sha256, size_bytes, first_seen_at, run_id, status)
                   select file_id, 'synthetic/' || file_id || '.txt', file_id || '.txt', file_id, 0, now(),
                   'synthetic', 'loaded' from files""")
    con.execute("""insert into dim_article (article_id, file_id, seq, kind, title, body, char_count)
                   select article_id, file_id, seq, 'article', title, body, length(body) from art""")
    started = time.perf_counter()
    search_index.index_terms(con, term, art.get_column("article_id"))
    seconds = time.perf_counter() - started
    con.execute("commit")
    return seconds


def build(warehouse: Path, source: Batches) -> dict:
    warehouse.unlink(missing_ok=True)
    con = duckdb.connect(str(warehouse))
    ensure_schema(con)
    per_batch, sizes = [], np.diff(np.linspace(0, source.docs, source.batches + 1).astype(int))
    for b, n in enumerate(sizes):
        per_batch.append(publish(con, *source.batch(int(n), f"b{b:04d}f")))
        if b % 20 == 0:
            print(f"batch {b}/{len(sizes)}: {per_batch[-1]:.2f} s, compacting so far "
                  f"{search_index.spent['compact_seconds']:.1f} s", flush=True)  # fmt: skip
    compacted = search_index.spent["compact_seconds"]
    few = publish(con, *source.batch(round(NEW_PAGES * ARTICLES_PER_FILE), "new"))
    con.execute("checkpoint")
    counts = con.execute(
        f"""select (select count(*) from {search_index.SCHEMA}.docs), (select sum(tf) from {search_index.SCHEMA}.postings),
                   (select count(*) from {search_index.SCHEMA}.postings), (select count(*) from {search_index.SCHEMA}.dict)"""
    ).fetchone()
    con.close()
    return {
        "docs, occurrences, postings, terms": counts,
        "batches: total s (of which compacting)": (round(sum(per_batch), 1), round(compacted, 1)),
        "batch: median s, slowest s": (round(statistics.median(per_batch), 3), round(max(per_batch), 2)),
        f"a batch of {NEW_PAGES} new pages s": round(few, 3),
    }


def compact_all(warehouse: Path) -> str:
    """One compaction of the whole index, timed, and the rows it put in order."""
    con = duckdb.connect(str(warehouse))
    unsorted = search_index._unsorted_rows(con)
    started = time.perf_counter()
    con.execute("begin")
    search_index.compact(con)
    con.execute("commit")
    seconds = time.perf_counter() - started
    con.close()
    return f"{seconds:.1f} s ({unsorted:,} rows were out of term order)"


def print_latency(warehouse: Path, state: str) -> None:
    con = duckdb.connect(str(warehouse), read_only=True)
    share = (
        search_index._unsorted_rows(con)
        / con.execute(f"select count(*) from {search_index.SCHEMA}.postings").fetchone()[0]
    )
    con.close()
    print(f"{state}: {share:.0%} of the postings appended since the last compaction", flush=True)
    for name, (median, slowest, first, cpu) in search_latency(warehouse).items():
        print(f"  {name}: median {median:.1f} ms ({cpu:.0f} ms CPU), slowest {slowest:.1f} ms, first {first:.1f} ms",
              flush=True)  # fmt: skip
    print(f"  best 50 (median ms, slowest ms): {ranking_latency(warehouse, POSTINGS_SEARCH)}", flush=True)
    print(
        f"  jiceng search's best 50 (median ms, slowest ms): {ranking_latency(warehouse, None)}", flush=True
    )
    median, p95, slowest = common_words_latency(warehouse)
    print(f"  jiceng search, {len(HARD_QUERIES)} queries of common words: median {median:.1f} ms, "
          f"p95 {p95:.1f} ms, slowest {slowest:.1f} ms", flush=True)  # fmt: skip


def common_words_latency(warehouse: Path, passes: int = 3) -> tuple[float, float, float]:
    """(median, 95th percentile, slowest) ms of `jiceng search` (10 hits with snippets) for
    search_compare.HARD_QUERIES, two to five words each in a third to 95% of the articles, each
    query `passes` times on a fresh connection as `jiceng search` opens it."""
    from jiceng.search import connect, query_terms, query_words, search

    query_terms("预热")  # rjieba's dictionary, loaded before the clock as in bench.search_latency
    times = []
    for _ in range(passes):
        for q in HARD_QUERIES:
            con = connect(warehouse)
            started = time.perf_counter()
            search(con, query_terms(q), words=query_words(q))
            times.append((time.perf_counter() - started) * 1000)
            con.close()
    ordered = sorted(times)
    return statistics.median(times), ordered[round(0.95 * (len(ordered) - 1))], ordered[-1]


def occurrence_layout(warehouse: Path, per_batch: int) -> None:
    """The first build's occurrence table beside the postings (schema legacy): each batch's
    occurrences in term order, batch after batch, as that build appended them."""
    con = duckdb.connect(str(warehouse))
    con.execute("create schema if not exists legacy")
    con.execute(f"""create or replace table legacy.terms as
                    select docid, 0::bigint as fieldid, termid
                    from (select docid, termid, unnest(range(tf)) from {search_index.SCHEMA}.postings)
                    order by docid // {per_batch}, termid, docid""")
    con.close()


def ranking_latency(warehouse: Path, sql: str | None) -> tuple[float, float]:
    """(median ms, slowest ms) of the best 50 ids for each query, cut as jiceng search cuts it, by
    `sql` or, None, by jiceng search's own statements (`_best_scores`: scores, no names)."""
    from jiceng.search import _best_scores, query_terms

    con = duckdb.connect(str(warehouse), read_only=True)
    times = []
    for q in SEARCH_QUERIES:
        terms = query_terms(q)
        started = time.perf_counter()
        if sql is None:
            _best_scores(con, terms, 50)
        else:
            con.execute(sql, {"terms": terms}).fetchall()
        times.append((time.perf_counter() - started) * 1000)
    con.close()
    return round(statistics.median(times), 1), round(max(times), 1)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=720_800)
    parser.add_argument("--occurrences", type=float, default=116.6e6)
    parser.add_argument("--batches", type=int, default=212)
    parser.add_argument("--vocabulary", type=int, default=200_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/jiceng-search-synth"))
    parser.add_argument("--occurrence-layout", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    warehouse = args.out / "synthetic.duckdb"
    source = Batches(vocabulary(args.vocabulary), args.docs, args.occurrences, args.batches, args.seed)
    started = time.perf_counter()
    for key, value in build(warehouse, source).items():
        print(f"{key}: {value}", flush=True)
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    print_latency(warehouse, "as loaded")
    print(f"one compaction of the full index: {compact_all(warehouse)}", flush=True)
    mb, total = index_size(warehouse, args.out)
    print(f"index: {mb:.0f} MB of {total:.0f} MB", flush=True)
    print_latency(warehouse, "compacted")
    if args.occurrence_layout:
        occurrence_layout(warehouse, args.docs // args.batches)
        print(
            f"occurrences: best 50 (median ms, slowest ms): {ranking_latency(warehouse, OCCURRENCE_SEARCH)}"
        )
        print(
            f"postings again: best 50 (median ms, slowest ms): {ranking_latency(warehouse, POSTINGS_SEARCH)}"
        )


if __name__ == "__main__":
    main()
