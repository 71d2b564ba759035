"""A dispatch credit printed after the text it closes, right over a headline (session 28, rail)."""

import pytest

from evaluation import reports as report_store
from transforms import articles
from transforms.articles import split_articles
from transforms.lines import Line

# made-up page: a text signed by a dispatch credit under its last sentence, its headline under the
# credit, then the next story with its kicker, headline and byline over its text
_PAGE = "\n".join(
    [
        "今年以来，河口镇把老旧小区改造作为民生实事，",
        "先后完成了管网更新、道路硬化和绿化提升等工程，居民出行更加方便。",
        "镇里还组织党员志愿者入户走访，收集居民意见建议四十余条。",
        "",
        "“现在小区干净整洁，住着舒心多了。”居民李大爷说。",
        "",
        "青山7月8日电 （刘晓红）",
        "",
        "河口镇：老旧小区改造让居民住得更舒心",
        "",
        "【乡村新风】",
        "柳树湾社区开设“周末课堂”",
        "记者 孙志强",
        "",
        "柳树湾社区近日开设“周末课堂”，邀请退休教师为辖区孩子辅导作业，",
        "每周六上午开课，已有六十多名孩子报名参加，家长们纷纷点赞。",
        "社区负责人表示，将持续丰富课堂内容，让孩子们学有所获。",
    ]
)


def test_dispatch_credit_over_a_headline_signs_the_text_above() -> None:
    articles, _ = split_articles(_PAGE)
    signed = [a for a in articles if "河口镇把老旧小区" in a.body]
    assert len(signed) == 1
    assert [x.name for x in signed[0].authors] == ["刘晓红"]
    assert "刘晓红" not in signed[0].body
    assert all("刘晓红" not in [x.name for x in a.authors] for a in articles if a is not signed[0])


def _lines(*texts: str) -> list[Line]:
    return [Line(t, range(len(t))) for t in texts]


def test_dispatch_under_a_byline_read_as_one_is_the_next_texts_dateline() -> None:
    """`……之中。` / `□ 通讯员 王五 文/图` / `本报讯（记者 赵六 通讯员 钱七）` / text: the model read both
    lines as bylines; the dispatch opens the text under it, so the byline over it closes the text
    above."""
    lines = _lines(
        "家长们纷纷点赞。",
        "□ 通讯员 王小明 文/图",
        "本报讯（记者 赵大勇 通讯员 钱多多）",
        "今年以来，河口镇把老旧小区改造作",
    )
    labels = articles._dispatches_read_as_bylines(lines, ["body", "byline", "byline", "body"])
    assert labels == ["body", "byline", "dateline", "body"]


def test_a_lone_dispatch_byline_over_text_stays_a_byline() -> None:
    """With no byline over it the line is left as the model read it (nothing waits to be closed)."""
    lines = _lines(
        "家长们纷纷点赞。", "本报讯（记者 赵大勇 通讯员 钱多多）", "今年以来，河口镇把老旧小区改造作"
    )
    labels = articles._dispatches_read_as_bylines(lines, ["body", "byline", "body"])
    assert labels == ["body", "byline", "body"]


def _holding(found: list, snippet: str) -> list:
    return [a for a in found if snippet in "".join(a.body.split())]


@pytest.mark.skipif(
    not report_store.available(), reason=f"the shared reports are not at {report_store.REPORTS}"
)
def test_byline_between_a_text_and_a_named_dispatch_closes_the_text_on_a_drift_page() -> None:
    """A blind6 dev-a page (seed 8400, drift_columns, page 42): a text's closing byline printed over
    the next text's dispatch, which the model read as a byline too. Every gold article whose body one
    article holds has all its names on that article."""
    from evaluation.segmentation import simulated_pages
    from transforms.decoding import decode

    page = next(
        p for p in simulated_pages("dev-a", 60, 8400, ["drift_columns"], "blind6") if "_042_" in p.name
    )
    found, _ = articles.split_articles(decode(page.raw).text)
    for gold in page.gold["articles"]:
        held = _holding(found, "".join(gold["body_contains"].split()))
        if len(held) == 1 and gold.get("authors"):
            assert set(gold["authors"]) <= {a.name for a in held[0].authors}
