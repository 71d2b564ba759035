"""A page whose text layer carries invisible format characters between glyphs (zero-width space,
joiners, word joiner, a byte-order mark inside the text, a soft hyphen) reads as the same page
without them: same articles, authors, places, figures and initiatives, offsets on the right
characters of the page as it was decoded."""

from __future__ import annotations

import re

import polars as pl

from transforms.lines import INVISIBLE
from transforms.page import stage_page

CLEAN = (
    "A3 基层治理 2024年12月20日 星期五\n\n"
    "党建引领基层治理见实效\n\n"
    "本报12月18日讯（记者 张三）深圳市龙岗区坂田街道推行“红色议事厅”工作法，"
    "今年以来共召开议事会123次，解决居民急难愁盼问题456个，群众满意率达到98.5%。\n"
    "街道负责人表示，下一步将把“红色议事厅”工作法推广到全区各社区。\n\n"
    "网格员走访暖人心网格员走访暖人心\n\n"
    "本报讯（通讯员 李四）杭州市西湖区某街道组织网格员78名走访独居老人，建立服务台账300余份。\n"
)
SPRINKLED = {
    "2024年": "2024\u200b年",  # the page's date, the year of its articles' dates
    "党建引领": "党建\u200b引领",  # a headline
    "龙岗区": "龙岗\u200b区",  # a place
    "坂田": "坂\u00ad田",
    "123次": "12\u200b3次",  # figures
    "456个": "456\u200c个",
    "98.5": "98\ufeff.5",
    "300余份": "300\u200b余份",
    "张三": "张\u2060三",  # byline names
    "李四": "李\u200b四",
    "“红色议事厅”工作法，": "“红色\u200d议事厅”工作法，",  # a quoted initiative
    "网格员走访暖人心网格员": "网格\u200b员走访暖人心网格员\u200b",  # a doubled headline
    "。\n\n网格": "。\n\u200b\n\u200b网格",  # a blank line holding one
    "\n街道负责人": "\n\ufeff街道负责人",
}
TABLES = ("article", "author", "region_mention", "metric", "initiative", "term", "topic")
SPANS = ("page_start", "page_end")
_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def _sprinkled(page: str) -> str:
    for clean, dirty in SPRINKLED.items():
        assert clean in page, clean
        page = page.replace(clean, dirty)
    return page


def _facts(page: str) -> tuple[dict[str, list[tuple]], dict[str, list[str]], pl.DataFrame]:
    """Each table's rows without ids (a file's id is its bytes' hash) and page offsets, the printed
    text each table's page offsets point to, and the file row."""
    frames = stage_page("p.txt", page.encode("utf-8")).frames
    rows, spans = {}, {}
    for name in TABLES:
        f = frames[name]
        ids = [c for c in f.columns if c.endswith("_id") and c != "region_id"]
        rows[name] = f.drop(*ids, *(c for c in SPANS if c in f.columns)).rows()
        if "page_start" in f.columns:
            spans[name] = [page[a:b] for a, b in f.select(SPANS).rows()]
    return rows, spans, frames["file"]


def test_a_page_with_invisible_characters_gives_the_facts_of_the_page_without_them() -> None:
    clean, clean_spans, clean_file = _facts(CLEAN)
    dirty, dirty_spans, dirty_file = _facts(_sprinkled(CLEAN))
    assert len(clean["article"]) == 2 and len(clean["metric"]) == 5 and clean["initiative"]
    assert {r[0] for r in clean["author"]} == {"张三", "李四"}
    assert 20241218 in {r[7] for r in clean["article"]}  # publish_date_key
    for name in TABLES:
        assert dirty[name] == clean[name], name
    for name, texts in clean_spans.items():
        printed = dirty_spans[name]
        assert [_INVISIBLE.sub("", t) for t in printed] == texts, name
        assert all(t and t[0] not in INVISIBLE and t[-1] not in INVISIBLE for t in printed), name
    assert "12\u200b3次" in dirty_spans["metric"]  # the figure's span holds what the page printed
    assert dirty_file["cjk_ratio"].to_list() == clean_file["cjk_ratio"].to_list()
