"""A row of two headlines side by side whose second wraps into the next line, the first printed as a
couplet's two phrases a space apart (`recut`): never cut between the couplet's halves."""

from tests.transforms.printed import unit_of
from transforms import articles


def _first_parts(u: articles.Unit) -> list[str]:
    return [parts[0].text for parts in articles._recut_trials(u)]


def test_a_couplet_beside_a_wrapped_headline_is_not_cut_between_its_halves() -> None:
    u = unit_of("正文一行。\n甲镇：种下“新苗” 结出“好果实” 乙村老人食堂\n开张暖人心\n正文两行。", [1, 2])
    firsts = _first_parts(u)
    assert "甲镇：种下“新苗”" not in firsts
    assert "甲镇：种下“新苗”结出“好果实”" in firsts
