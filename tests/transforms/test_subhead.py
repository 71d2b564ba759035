"""Subheads inside a report are not headlines (issue 17): made-up texts only."""

from transforms.articles import Line, Piece, Unit, _echoes_text_above, _fresh_start, _new_report_under


def _piece(*texts: str) -> Piece:
    return Piece(lines=[Line(t, range(len(t))) for t in texts])


ABOVE = _piece(
    "近日，北山市南湖区北山社区把网格服务送到居民身边，",
    "网格员每天走访居民，收集居民需求，让难事有人帮。",
)


def test_a_section_going_on_in_a_scene_is_no_new_report() -> None:
    below = _piece(
        "“李阿姨，明早的理发别忘了来。”在青柳镇南坡村，",
        "志愿者王五一早就给老人打电话。",
    )
    assert _fresh_start(ABOVE.lines, below.lines)  # another place: read alone, a fresh start
    assert not _new_report_under(ABOVE, Unit(), below)


def test_a_lead_naming_another_place_opens_a_new_report() -> None:
    below = _piece(
        "近日，青柳村的睦邻小院开张，村里的老人",
        "在小院里理发、读报、下棋，热闹非凡。",
    )
    assert _new_report_under(ABOVE, Unit(), below)


def test_a_trailing_subhead_echoes_the_text_above_it() -> None:
    subhead = Unit(title=[Line("走访收集需求 网格服务送到身边", range(15))])
    other = _piece("南湖区图书馆举办读书月活动，", "吸引了众多小读者参加。")
    assert _echoes_text_above(subhead, ABOVE, [ABOVE, other])
    assert not _echoes_text_above(subhead, other, [ABOVE, other])
