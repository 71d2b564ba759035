"""A body line of a narrow column read as a headline (session 25, like4b): a one-line headline whose
last word the wrap cut and the text line under it finishes (`_title_runs_on`, `_cut_word`), and a
line wider than its column that the text above runs a quotation into (`_displaced_headline`). The
text is written for these tests."""

from tests.transforms.printed import lines
from transforms.articles import _cut_word, _displaced_headline, _title_runs_on


def test_a_word_cut_by_the_wrap_is_text() -> None:
    assert _cut_word("骑手送餐时随手拍照上报安", "全隐患，社区当天派人修好")


def test_a_line_ending_on_a_whole_word_is_not_cut() -> None:
    # `格式` runs across the break, but the line ends on `网格`, a word of its own
    assert not _cut_word("青石镇织密责任网格", "式，把服务送到门口")


def test_a_headline_over_text_whose_last_word_runs_on_is_text() -> None:
    texts = ["居民说起小区的变化都很满意。", "骑手送餐时随手拍照上报安", "全隐患，社区当天派人修好。"]
    labels = ["body", "title", "body"]
    assert _title_runs_on(lines(*texts), labels, 1)


def test_a_headline_wrapped_inside_a_word_keeps_its_second_line() -> None:
    # the line under holds no mark of text: the headline's own second line
    texts = ["居民说起小区的变化都很满意。", "青石镇：党建引领基", "层治理显新貌"]
    assert not _title_runs_on(lines(*texts), ["body", "title", "body"], 1)


COLUMN = [
    "入冬以来，滨河街道组织",
    "志愿者走进独居老人家中",
    "检修取暖设备、清理积雪",
    "送去棉被和米面，老人们",
    "都说街道推进“美丽庭院",
]
UNDER = [
    "建设，如今门前屋后干净",
    "整洁，邻里之间也更和睦",
    "了，大家常在院里聊家常",
    "说着说着就笑了起来，这",
    "样的日子越过越有奔头。",
]


def test_a_wide_line_closing_the_quotation_above_is_text() -> None:
    texts = [*COLUMN, "家园”“一户一景”示范创建", *UNDER]
    labels = ["body"] * len(texts)
    assert not _displaced_headline(lines(*texts), labels, len(COLUMN), None)
