"""Glyph forms a PDF's text layer prints instead of the ideographs and marks the page shows: a font
that maps a glyph to a Kangxi radical (`⼈` U+2F08 for 人, `⼾` for 户), to a radical of the CJK
Radicals Supplement (`⺠` for 民) or to a compatibility ideograph, and small form marks (`﹪`, `﹒`).
Read as printed, a figure's unit is unknown (`60⼈`) and its subject misspelt (`居⺠`)."""

from transforms import page, schemas
from transforms.decoding import decode
from transforms.metrics import extract_metrics
from transforms.script import ideographs


def _metrics(text: str) -> list[dict]:
    rows = page.stage_page("p.txt", text.encode("utf-8")).rows
    names = schemas.STAGED["metric"].names()
    return [dict(zip(names, m, strict=True)) for m in rows["metric"]]


def test_radicals_and_compatibility_ideographs_read_as_the_ideographs_they_print():
    assert ideographs("共有队员60\u2f08，居\u2ea0") == "共有队员60人，居民"
    assert ideographs("帮助居\u2ea0，建成\uf9f4区") == "帮助居民，建成林区"
    assert ideographs("普通文字") == "普通文字"


def test_a_page_decoded_with_radical_code_points_keeps_its_ideographs_and_says_so():
    got = decode("今年社区共有队员60\u2f08。\n".encode())
    assert got.text == "今年社区共有队员60人。\n"
    assert any("radical" in r for r in got.repairs)
    assert decode("今年社区共有队员60人。\n".encode()).repairs == ()


def test_figures_printed_with_radicals_are_read_with_their_units_and_subjects():
    body = "今年以来，社区共帮助1200户居\u2ea0解决困难，组建志愿服务队，共有队员60\u2f08。"
    text = "\n".join(["某社区办实事暖民心", "", body, ""]) + "\n"
    got = {(m["value"], m["subject"]) for m in _metrics(text)}
    assert (1200.0, "居民") in got
    assert (60.0, "队员") in got


def test_small_form_marks_read_as_the_marks_they_are():
    got = [
        (m.value, m.unit, m.subject) for m in extract_metrics("群众满意度达到98\ufe526\ufe6a，比去年提高。")
    ]
    assert got == [(98.6, "%", "群众满意度")]


def test_a_count_after_a_list_a_verb_of_containing_opens_counts_the_things_before_the_verb():
    got = [(m.value, m.subject) for m in extract_metrics("服务内容包括助餐、助浴、助医3大类，惠及老人。")]
    assert got == [(3.0, "服务内容")]
    got = [(m.value, m.subject) for m in extract_metrics("社区涵盖幸福、和谐、安康等5个小区。")]
    assert got == [(5.0, "小区")]  # the noun after the count names what it counts


def test_a_photo_sets_count_after_its_credit_is_no_figure():
    for text in (
        "新华社记者 张三 摄（3张）",
        "（组图，共3张）",
        "通讯员 李四 供图(2张)",
        "志愿者巡查。\n（共4张）",
    ):
        assert extract_metrics(text) == []
    got = [(m.value, m.subject) for m in extract_metrics("社区向居民发放宣传单（共3000张），")]
    assert got == [(3000.0, "宣传单")]
