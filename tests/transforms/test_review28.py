"""Review of session 28's merges, on text written for these tests."""

from transforms.articles import Line, _byline_marked, _marked_headings, split_articles
from transforms.metrics import extract_metrics

# Report A (南山区's projects) stops mid-word at its column's foot (`重点项`, its rest printed
# elsewhere); report C stands between; report D opens with `目前，` right under its own headline, no
# byline. `项` / `目前` reads as the word `项目`, but D is a story of its own under its headline.
TWO_HEADED = """南山区重点工程建设提速

■记者 张三

南山区今年共安排重点工程四十余
项，总投资超过百亿元。区里成立
专班，逐一梳理各项工程进度，加
快推进城东片区一批民生重点项

西岭镇举办老年书画展

■记者 李四

西岭镇文化站日前举办老年书画作
品展，展出全镇六十多位老人创作
的书法和国画作品一百余幅，吸引
不少村民前来观看。

北湖镇春耕备耕有序开展

目前，北湖镇已完成春耕备耕面积
三千余亩，农资储备充足。镇农技
站组织技术人员深入田间地头，指
导农户科学播种。
"""


def test_text_under_its_own_headline_is_no_rest_of_another() -> None:
    articles, _ = split_articles(TWO_HEADED)
    by_title = {a.title: a.body for a in articles}
    assert "北湖镇已完成春耕备耕" in by_title["北湖镇春耕备耕有序开展"]
    assert "北湖镇" not in by_title["南山区重点工程建设提速"]


def _line(text: str) -> Line:
    return Line(text, range(len(text)))


def test_traditional_source_line_in_brackets_is_no_headline() -> None:
    for text in ("【来源：南山区融媒体中心】", "【來源：南山區融媒體中心】"):
        assert _marked_headings([_line(text)], ["body"]) == ["body"]


def test_traditional_writer_roles_mark_a_byline() -> None:
    assert _byline_marked("执笔：张三") and _byline_marked("執筆：張三")
    assert _byline_marked("评论员 张三") and _byline_marked("評論員 張三")


def test_topic_had_reads_ascii_commas() -> None:
    for body in (
        "党员志愿者，是社区治理的生力军，目前全区已有2.3万名。",
        "党员志愿者,是社区治理的生力军,目前全区已有2.3万名。",
    ):
        assert [m.subject for m in extract_metrics(body)] == ["党员志愿者"]
