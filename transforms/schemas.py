"""One schema constant per staged frame. Each stage casts to its schema; the gate and the
warehouse's tables follow the same column names."""

import polars as pl

from transforms.regions import REGION_SCHEMA

FILE = pl.Schema(
    {
        "file_id": pl.String,
        "path": pl.String,
        "file_name": pl.String,
        "sha256": pl.String,
        "size_bytes": pl.Int64,
        "encoding": pl.String,
        "repairs": pl.String,
        "decode_error": pl.String,
        "text_chars": pl.Int64,
        "longest_line": pl.Int64,
        "cjk_ratio": pl.Float64,
        "markup_ratio": pl.Float64,
        "articles": pl.Int64,
        "warnings": pl.String,
        "page_text": pl.String,
    }
)
ARTICLE = pl.Schema(
    {
        "article_id": pl.String,
        "file_id": pl.String,
        "seq": pl.Int32,
        "kind": pl.String,
        "kicker": pl.String,
        "title": pl.String,
        "subtitle": pl.String,
        "byline": pl.String,
        "dateline": pl.String,
        "publish_date_key": pl.Int32,
        "body": pl.String,
        "char_count": pl.Int32,
        "primary_region_id": pl.String,
        "page_start": pl.Int32,
        "page_end": pl.Int32,
        "warnings": pl.String,
        "confidence": pl.Float64,
        "label_confidence": pl.Float64,
        "match_margin": pl.Float64,
    }
)
AUTHOR = pl.Schema(
    {
        "article_id": pl.String,
        "file_id": pl.String,
        "author_id": pl.String,
        "name": pl.String,
        "role": pl.String,
    }
)
REGION_MENTION = pl.Schema(
    {
        "article_id": pl.String,
        "file_id": pl.String,
        "region_id": pl.String,
        "mentions": pl.Int32,
    }
)
METRIC = pl.Schema(
    {
        "metric_id": pl.String,
        "article_id": pl.String,
        "file_id": pl.String,
        "region_id": pl.String,
        "subject": pl.String,
        "value": pl.Float64,
        "unit": pl.String,
        "qualifier": pl.String,
        "raw_text": pl.String,
        "sentence": pl.String,
        "char_start": pl.Int32,
        "char_end": pl.Int32,
        "page_start": pl.Int32,
        "page_end": pl.Int32,
        "span_ok": pl.Boolean,
    }
)
INITIATIVE = pl.Schema(
    {
        "article_id": pl.String,
        "file_id": pl.String,
        "initiative_id": pl.String,
        "name": pl.String,
        "kind": pl.String,
        "mentions": pl.Int32,
    }
)
TERM = pl.Schema({"article_id": pl.String, "file_id": pl.String, "term": pl.String, "tf": pl.Int32})
# The terms as a staged page holds them and a worker sends them: one row per article, its terms and
# their counts as two lists of the same length (`transforms.page.unpacked` makes TERM of them).
# TERM repeats the article's two ids on each of its ~100 terms: built from rows and pickled in
# chunks of 25 files, 500 files' terms cost 400-450 ms of a worker's CPU, packed 180-230 ms, and
# their pickle is 36 MB against 8 MB (benchmarks/RESULTS.md, sixth session).
PACKED_TERM = pl.Schema(
    [
        ("article_id", pl.String),
        ("file_id", pl.String),
        ("term", pl.List(pl.String)),
        ("tf", pl.List(pl.Int32)),
    ]
)
TOPIC = pl.Schema(
    {
        "article_id": pl.String,
        "file_id": pl.String,
        "topic_id": pl.String,
        "score": pl.Float64,
    }
)

# Townships and communities staged per file (transforms/localities.py): dim_region's columns.
REGION = pl.Schema([*REGION_SCHEMA.items(), ("file_id", pl.String())])

STAGED = {
    "file": FILE,
    "article": ARTICLE,
    "author": AUTHOR,
    "region_mention": REGION_MENTION,
    "region": REGION,
    "metric": METRIC,
    "initiative": INITIATIVE,
    "term": TERM,
    "topic": TOPIC,
}
