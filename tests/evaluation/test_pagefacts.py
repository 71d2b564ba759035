"""evaluation.page_facts: what counts as the report's own text held by a staged article."""

from evaluation.page_facts import _foreign, flat, held

REPORT = {
    "id": "x",
    "title": "某镇推行积分制",
    "subtitle": "小积分兑出新风尚",
    "body": "今年以来，某镇在12个村推行积分制。村民用积分兑换生活用品。\n全镇已有300户参加。",
}


def test_flat_reads_traditional_script_and_drops_spacing_and_marks():
    assert flat("全鎮已有 300 戶參加。") == flat("全镇已有300户参加") == "全镇已有300户参加"


def test_held_keeps_only_the_sentences_the_staged_body_holds_whole():
    body = flat("今年以来，某镇在12个村推行积分制。村民用积分")  # cut inside the second sentence
    got = held(REPORT, body, "某镇推行积分制")
    assert got["body"] == "今年以来，某镇在12个村推行积分制。"
    assert got["title"] == "某镇推行积分制" and got["subtitle"] is None


def test_a_neighbour_s_paragraph_is_foreign_text():
    own = flat(REPORT["body"] + REPORT["title"])
    assert not _foreign("今年以来，某镇在12个村推行积分制。\n全镇已有300户参加。", own)
    assert _foreign("今年以来，某镇在12个村推行积分制。\n另一个县的社区今年加装了三十部电梯。", own)


def test_a_report_laid_out_alone_keeps_its_facts_through_wraps_and_column_breaks():
    import random

    from evaluation.page_text import facts_of, layout

    report = {
        "title": "仙居县推行说事会",
        "byline": None,
        "body": "今年以来，浙江省台州市仙居县在128个村推行“说事会”，全县已有3500户村民参加议事。\n"
        "仙居县的干部说，说事会让村里的事大家商量着办。",
    }
    for effect in ("plain", "wrap", "colbreak", "trad"):
        facts, parts = facts_of(layout(report, effect, random.Random(3)))
        assert parts == 1
        assert facts.region[2] == "仙居县"
        assert sorted((m.value, m.unit) for m in facts.metrics) == [
            (128.0, "個" if effect == "trad" else "个"),
            (3500.0, "戶" if effect == "trad" else "户"),
        ]
