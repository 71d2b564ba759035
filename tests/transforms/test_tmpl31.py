"""A row of two headlines side by side whose second wraps into the next line, the first printed as a
couplet's two phrases a space apart (`recut`): never cut between the couplet's halves."""

from transforms import articles
from transforms.lines import Line


def _unit(page: str, rows: list[int]) -> articles.Unit:
    texts, title, at = page.split("\n"), [], 0
    for k, row in enumerate(texts):
        if k in rows:
            title.append(Line(row, range(at, at + len(row))))
        at += len(row) + 1
    return articles.Unit(title=title, lines=list(title), conf=[0.9], page=page)


def _first_parts(u: articles.Unit) -> list[str]:
    return [parts[0].text for parts in articles._recut_trials(u)]


def test_a_couplet_beside_a_wrapped_headline_is_not_cut_between_its_halves() -> None:
    u = _unit("正文一行。\n甲镇：种下“新苗” 结出“好果实” 乙村老人食堂\n开张暖人心\n正文两行。", [1, 2])
    firsts = _first_parts(u)
    assert "甲镇：种下“新苗”" not in firsts
    assert "甲镇：种下“新苗”结出“好果实”" in firsts
