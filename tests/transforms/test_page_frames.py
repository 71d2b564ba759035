"""A batch's frames: the terms travel packed (a row per article) from a worker and come out a row
per term, exactly as if the batch had been built in one piece."""

from __future__ import annotations

import polars as pl

from transforms import schemas
from transforms.page import batch_frames, concat_frames, packed_frames, stage_page, unpacked

PAGES = [
    "# 楼道议事会开到家门口\n本报讯 某社区今年召开楼道议事会{n}场，解决加装电梯、停车等事项{m}件，"
    "居民满意率达到百分之九十。\n（沈知远）\n",
    "# 网格员走访记\n本报讯 某街道{n}名网格员走访独居老人{m}户，建立服务台账。\n（顾清和）\n"
    "# 一则标题没有正文\n",
]


def _pages(n: int) -> list:
    return [stage_page(f"p{i}.txt", PAGES[i % 2].format(n=i + 3, m=40 + i).encode("utf-8")) for i in range(n)]


def test_packed_chunks_unpack_to_the_frames_of_the_whole_batch() -> None:
    pages = _pages(5)
    whole = batch_frames(pages)
    pieced = unpacked(concat_frames([packed_frames(pages[:2]), packed_frames(pages[2:])]))
    assert list(pieced) == list(schemas.STAGED)
    for name, frame in whole.items():
        assert frame.schema == schemas.STAGED[name], name
        assert frame.equals(pieced[name]), name
    assert whole["term"].height > 0
    assert whole["term"]["term"].null_count() == 0


def test_each_packed_term_and_count_becomes_one_row_of_its_article() -> None:
    pages = _pages(3)
    packed = [row for p in pages for row in p.rows["term"]]
    expected = pl.DataFrame(
        [(a, f, t, n) for a, f, terms, counts in packed for t, n in zip(terms, counts, strict=True)],
        schema=schemas.TERM,
        orient="row",
    )
    assert expected.height > 0
    assert batch_frames(pages)["term"].equals(expected)


def test_a_worker_sends_one_term_row_per_article_with_terms() -> None:
    pages = _pages(4)
    packed = packed_frames(pages)["term"]
    assert packed.schema == schemas.PACKED_TERM
    with_terms = batch_frames(pages)["term"]["article_id"].unique(maintain_order=True)
    assert packed["article_id"].to_list() == with_terms.to_list()
    assert (packed["term"].list.len() == packed["tf"].list.len()).all()
    # the orphan headline of the second layout has no body and no terms: no row, no null term
    articles = batch_frames(pages)["article"]
    orphans = articles.filter(pl.col("kind") == "orphan_headline")["article_id"]
    assert orphans.len() == 2
    assert not packed["article_id"].is_in(orphans.implode()).any()


def test_an_empty_batch_has_every_table_empty() -> None:
    frames = unpacked(concat_frames([]))
    assert {name: f.height for name, f in frames.items()} == dict.fromkeys(schemas.STAGED, 0)
    assert frames["term"].schema == schemas.TERM


def test_metric_rows_are_built_in_the_order_of_the_metric_schema():
    """`page._metrics` builds each row as a tuple in `_METRIC_ORDER`: it must be the schema's."""
    from transforms.page import _METRIC_ORDER

    assert tuple(schemas.STAGED["metric"].names()) == _METRIC_ORDER
