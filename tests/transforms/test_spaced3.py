"""Lines spaced out glyph by glyph (session 27, issue 17): a justified column's text line the extractor
spaced out is text, a headline printed letter-spaced stays a headline (`_spaced_text_lines`), and a
text's first line spaced out under a spaced headline opens the text (`_spaced_head_goes_on`). The
lines are written for these tests."""

from transforms.articles import _inner_heads, _spaced_head_goes_on, _spaced_text_lines
from transforms.lines import Line


def _printed(rows: list[str]) -> list[Line]:
    """Each row a line as the page prints it: its visible characters, each with its page offset (the
    spaces between spaced-out glyphs take room on the page, not in the text)."""
    out, at = [], 0
    for row in rows:
        offs = [at + i for i, c in enumerate(row) if c != " "]
        out.append(Line(row.replace(" ", ""), offs))
        at += len(row) + 1
    return out


_COLUMN = [
    "今年春天，青石镇的志愿者们走进",
    "每一户独居老人家里，登记他们的",
    "需要，并把清单交到村委会手中，",
    "帮 助 老 人 们 解 决 看 病 买 药 的",
    "难题。镇里还组织医生每月上门两",
    "次，为老人量血压、讲保健知识。",
]


def test_a_text_line_spaced_out_mid_sentence_is_text() -> None:
    labels = ["body", "body", "body", "title", "body", "body"]
    assert _spaced_text_lines(_printed(_COLUMN), labels)[3] == "body"


def test_a_letterspaced_headline_after_a_sentence_end_stays_a_headline() -> None:
    rows = [
        "镇里还组织医生每月上门两次，为",
        "老人量血压、讲保健知识，老人们",
        "都说这样的日子过得踏实。",
        "邻 里 驿 站",
        "柳河村的驿站开在村口老槐树下，",
        "每天都有十几位老人来这里坐坐，",
    ]
    labels = ["body", "body", "body", "title", "body", "body"]
    assert _spaced_text_lines(_printed(rows), labels)[3] == "title"


def test_a_spaced_line_filling_the_column_after_a_sentence_end_stays_a_headline() -> None:
    rows = [
        "都说这样的日子过得踏实。",
        "小 驿 站 连 起 邻 里 大 温 暖",
        "柳河村的驿站开在村口老槐树下，",
        "每天都有十几位老人来这里坐坐，",
    ]
    labels = ["body", "title", "body", "body"]
    assert _spaced_text_lines(_printed(rows), labels)[1] == "title"


def test_a_spaced_line_over_a_jump_mark_mid_sentence_is_text() -> None:
    rows = ["镇里统计，全镇现有志愿者38", "0 余 人 ， 覆 盖 全 部 1 2 个 村", "（下转6版）"]
    labels = ["body", "title", "continuation"]
    assert _spaced_text_lines(_printed(rows), labels)[1] == "body"


def test_a_text_opening_with_a_time_under_a_spaced_headline_is_no_headline_wrap() -> None:
    rows = [
        "青 石 镇 今 年 新 建 1 2",
        "个 邻 里 驿 站",
        "3 月 1 5 日 ， 在 青 石 镇 柳 河",
        "村的驿站里，十几位老人正在",
        "听医生讲保健知识。",
    ]
    labels, conf = ["title", "title+", "body", "body", "body"], [0.9] * 5
    got, _ = _inner_heads(_printed(rows), labels, conf)
    assert got[2] == "body"


def test_two_spaced_lines_going_on_from_an_ellipsis_are_no_headline() -> None:
    rows = [
        "志愿者们修好了路灯，清理了楼道…",
        "… 这 些 事 得 到 了 居 民 们 的 支 持",
        "，两 百 多 户 人 家 报 名 参 加 了 后 续 的",
        "清扫活动，有的居民还带来了工具",
        "和茶水。",
    ]
    labels, conf = ["body"] * 5, [0.9] * 5
    got, _ = _inner_heads(_printed(rows), labels, conf)
    assert got[1:3] == ["body", "body"]


def test_a_spaced_text_line_that_would_make_the_headline_too_long_opens_the_text() -> None:
    rows = [
        "青 石 镇 柳 河 村 “ 一 户 一 档 ” 举 措 实 现",
        "独 居 老 人 服 务 全 覆 盖",
        "青 石 镇 柳 河 村 创 新 实 施 “ 一 户 一 档 ”",
        "工作法，推动全村42户独居老人",
        "都有了专人照看。",
    ]
    labels = ["title", "title+", "body", "body", "body"]
    assert not _spaced_head_goes_on(_printed(rows), labels, 1)
