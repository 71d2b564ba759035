"""A line over a headline, printed narrower, with one story under both: the headline's kicker."""

from transforms.articles import _kickers_over_heads
from transforms.lines import Line


def _lines(texts: list[str]) -> list[Line]:
    out, at = [], 0
    for t in texts:
        out.append(Line(t, range(at, at + len(t))))
        at += len(t) + 1
    return out


def test_narrow_line_over_a_headline_with_one_story_is_its_kicker() -> None:
    lines = _lines(
        [
            "上文最后一句话。",
            "乡村新事③",
            "某某镇把小事办在群众家门口",
            "□ 本报记者 张三",
            "今年以来，某某镇……",
            "下一篇标题",
        ]
    )
    labels = ["body", "title", "title", "byline", "body", "title"]
    assert _kickers_over_heads(lines, labels)[1] == "kicker"


def test_headlines_gathered_over_two_stories_stay_headlines() -> None:
    lines = _lines(
        ["上文。", "甲村修好了路", "乙镇建起了服务站", "□ 记者 张三", "甲村……", "□ 记者 李四", "乙镇……"]
    )
    labels = ["body", "title", "title", "byline", "body", "byline", "body"]
    assert _kickers_over_heads(lines, labels)[1] == "title"


def test_upper_line_longer_than_the_headline_under_it_stays_a_headline() -> None:
    lines = _lines(["上文。", "某某镇把小事办在群众家门口", "乡村新事", "□ 记者 张三", "正文……"])
    labels = ["body", "title", "title", "byline", "body"]
    assert _kickers_over_heads(lines, labels)[1] == "title"


def test_first_line_of_a_headline_wrapped_in_its_column_stays_a_headline() -> None:
    lines = _lines(["上文。", "某某街道“三个一”", "举措让小区都有了党", "组织", "□ 记者 张三", "正文……"])
    labels = ["body", "title", "title", "title+", "byline", "body"]
    assert _kickers_over_heads(lines, labels)[1] == "title"


def test_headline_of_place_and_colon_stays_a_headline() -> None:
    lines = _lines(["上文。", "某市：凝聚新力量", "某某镇把小事办在群众家门口", "□ 记者 张三", "正文……"])
    labels = ["body", "title", "title", "byline", "body"]
    assert _kickers_over_heads(lines, labels)[1] == "title"
