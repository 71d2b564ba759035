"""A dispatch's byline printed in traditional script on a page printed in simplified characters (a
reprinted story set among the page's own): its role words read as the simplified ones do."""

from __future__ import annotations

import pytest

from evaluation.probes import wrap
from transforms import bylines
from transforms.articles import _marked_headings, split_articles
from transforms.lines import Line


def _narrow_page(opening: str, width: int) -> str:
    body = (
        "近日，西岭镇把全镇划成十二个总网格，网格员走村入户，收集群众诉求一百二十件。镇里还建立了网格议事会。"
    )
    return "西岭镇网格化管理见实效\n\n" + "\n\n".join(wrap(opening + body, width)) + "\n"


@pytest.mark.parametrize(
    ("opening", "width"),
    [
        ("本網訊 本報記者 韓予川 鍾曉岷 ", 9),
        ("本網訊 本報記者 韓予川 鍾曉岷 ", 10),
        ("某某網西嶺10月12日電 記者 韓予川 鍾曉岷 ", 15),
        ("某某網西嶺10月12日電 記者 韓予川 鍾曉岷 ", 17),
        ("西嶺日報訊 通訊員 韓予川 鍾曉岷 ", 10),
        ("西嶺日報訊 通訊員 韓予川 鍾曉岷 ", 11),
    ],
)
def test_a_traditional_dispatch_s_role_word_ending_a_line_gives_the_names_under_it(
    opening: str, width: int
) -> None:
    """`…電 記者` / `本報記者` / `通訊員` at a line's end, the names on the next line: read as `记者` is."""
    articles, _ = split_articles(_narrow_page(opening, width))
    assert [a.name for a in articles[0].authors] == ["韓予川", "鍾曉岷"]
    assert articles[0].body[articles[0].lead_in :].startswith("近日")


def test_simplified_roles_reads_traditional_role_words_as_simplified_same_length() -> None:
    assert bylines.simplified_roles("（本報記者：韓予川）") == "（本报记者：韓予川）"


@pytest.mark.parametrize("credit", ["【責任編輯 韓予川 鍾曉岷】", "【本報記者 韓予川 鍾曉岷】"])
def test_a_bracketed_credit_in_traditional_script_is_no_marked_heading(credit: str) -> None:
    """`【責任編輯 …】` names a credit as `【责任编辑 …】` does: no heading, whatever the script."""
    text = "近日，西岭镇把全镇划成网格。"
    lines = [Line(text, range(14)), Line(credit, range(15, 15 + len(credit))), Line(text, range(40, 54))]
    assert _marked_headings(lines, ["body", "body", "body"])[1] == "body"
