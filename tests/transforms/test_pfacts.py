"""transforms.lines.repair_line: a line of a paragraph printed glyph by glyph twice (a lead set bold
by overprinting) is read once and never marked doubled, whatever figures it holds: a doubled line
amid text reads as a headline, and one such line would be taken out of its paragraph with its
figures."""

from transforms import page
from transforms.lines import Line, repair_line


def _twice(text: str) -> str:
    return "".join(c * 2 for c in text)


def test_a_glyph_doubled_line_with_a_repeated_digit_is_read_once_and_not_doubled():
    for text in ("行改造，涉及11个街道、10808套", "带动农户每年增收2000元以上。", "大家说……这样真好，真好。"):
        printed = _twice(text)
        got = repair_line(Line(printed, range(len(printed))))
        assert got.text == text
        assert not got.doubled


def test_a_bold_paragraph_keeps_its_figures_in_the_article():
    body = [
        "某县今年以来推进老旧小区改造，一批小区面貌焕然一新，居民们",
        "纷纷点赞。据介绍，全县计划分批对老旧小区进行改造，涉及",
        _twice("11个街道、10808套住宅，建筑面积约85万平方米，"),
        _twice("项目主要包括管网改造和配套设施升级改造。"),
        "施工负责人说，预计年底前全部完工，居民的居住环境和生活质量",
        "将得到有效提升。",
    ]
    text = "\n".join(["某县老旧小区改造全面启动", "", *body, ""]) + "\n"
    rows = page.stage_page("p.txt", text.encode("utf-8")).rows
    kinds = [a[3] for a in rows["article"]]
    assert kinds.count("orphan_headline") == 0
    assert any(m[5] == 10808 for m in rows["metric"])
