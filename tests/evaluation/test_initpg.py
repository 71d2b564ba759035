"""evaluation.page_facts.present: a sentence the page altered only in places is still held; one cut
off is not. evaluation.page_text: the effects of text layers that print glyphs twice or ASCII marks."""

import random

from evaluation.page_facts import flat, held, present
from evaluation.page_text import EFFECTS, layout

SENTENCE = flat("今年以来，某镇在十二个村推行积分制，村民用积分兑换生活用品和农资。")


def test_a_sentence_with_a_doubled_glyph_or_a_line_wrapped_into_it_is_held():
    assert present(SENTENCE, "前文" + SENTENCE.replace("积分制", "积积分制") + "后文")
    assert present(SENTENCE, SENTENCE[:10] + flat("第3版 要闻") + SENTENCE[10:])


def test_a_sentence_cut_off_or_missing_is_not_held():
    assert not present(SENTENCE, "前文" + SENTENCE[: len(SENTENCE) // 2])
    assert not present(SENTENCE, flat("另一个县的社区今年加装了三十部电梯。"))


def test_held_keeps_an_altered_sentence_as_the_report_wrote_it():
    report = {
        "id": "x",
        "title": "t",
        "body": "今年以来，某镇在十二个村推行积分制，村民用积分兑换生活用品和农资。全镇已有三百户参加。",
    }
    got = held(report, SENTENCE.replace("积分制", "积积分制"), "t")
    assert got["body"] == "今年以来，某镇在十二个村推行积分制，村民用积分兑换生活用品和农资。"


def test_doubled_and_ascii_effects_print_what_they_say():
    report = {"title": "某镇推行积分制", "byline": None, "body": "村里推行“邻里互助卡”，大家都用。\n" * 12}
    page = layout(report, "doubled", random.Random(1))
    assert "村村里里" in page and "村里推" in page  # some paragraphs doubled glyph by glyph, not all
    assert '"邻里互助卡"' in layout(report, "ascii", random.Random(1))
    assert {"ascii", "quotewrap", "hyphen", "doubled", "spacedwide"} <= set(EFFECTS)


def test_a_sentence_is_looked_for_at_every_place_its_anchor_stands():
    """An opening phrase printed earlier in the body must not hide the sentence further down."""
    sentence = "今年以来街道开展了老旧小区改造工作共计完成十二个小区"
    altered = sentence.replace("共计", "共")
    body = "今年以来街道开展了很多工作。" + "居民议事会定期召开。" * 5 + altered
    assert present(sentence, body)
