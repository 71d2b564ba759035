"""A headline's two rows and a report's headline under its place (issue 17): made-up texts only."""

from transforms.articles import (
    Line,
    Piece,
    Unit,
    _couplet,
    _heads_cut_at_commas,
    _new_report_under,
    _opens_with_a_name,
    _stacked_halves,
    split_units,
)


def _lines(*texts: str) -> list[Line]:
    return [Line(t, range(len(t))) for t in texts]


TEXT_ABOVE = ("东山社区近日为居民开通了民情热线，", "热线每天有人值守，居民纷纷点赞。")
TEXT_BELOW = ("近日，南岭镇把全镇划成十个总网格，网格员", "走村入户收集群众诉求两百件，办结率很高。")


def test_a_headline_cut_at_its_comma_is_two_headline_rows() -> None:
    lines = _lines(*TEXT_ABOVE, "小网格撬动大治理，", "南岭镇诉求件件有回音", *TEXT_BELOW)
    labels = _heads_cut_at_commas(lines, ["body"] * len(lines))
    assert labels[2:4] == ["title", "title+"]
    assert labels[:2] == ["body", "body"] and labels[4:] == ["body", "body"]


def test_a_quotation_wrapped_short_stays_text() -> None:
    lines = _lines(*TEXT_ABOVE, "“老伴喜欢用积分换东西，", "她换回来的袜子能穿到明", "年。”", *TEXT_BELOW)
    assert _heads_cut_at_commas(lines, ["body"] * len(lines)) == ["body"] * len(lines)


def _piece(*texts: str) -> Piece:
    return Piece(lines=_lines(*texts))


def test_a_headline_under_the_place_the_text_below_names_opens_a_report() -> None:
    above = _piece("北山社区为独居老人开办了爱心食堂，", "每天中午送餐上门。")
    below = _piece(
        "“刷卡进电梯又安全又方便，以前爬楼可费劲了。”",
        "近日，在甲州市乙陵区东门社区的居民楼下，居民竖起了大拇指。",
    )
    head = Unit(title=[Line("甲州乙陵：老旧小区加装电梯", range(13))])
    assert _new_report_under(above, head, below)
    subhead = Unit(title=[Line("“暖心服务”：加装电梯", range(11))])
    assert not _new_report_under(above, subhead, below)


def test_a_couplets_second_half_stays_with_its_first() -> None:
    atoms = _lines("网格议事解民忧", "干部下沉暖", "民心")
    assert _couplet([0], 1, atoms, [True, False, True])
    quoted = _lines("激活乡村新模式", "南山镇“积分超市", "”开业")  # as long, but its quotation goes on
    assert not _couplet([0], 1, quoted, [True, False, True])


def test_only_a_short_named_phrase_holds_what_follows() -> None:
    assert _opens_with_a_name(["西岭：凝聚“新力量”"])
    assert not _opens_with_a_name(["西岭镇：“村民说事”凝心聚力办成事"])


def _piece_at(text: str, pos: int) -> Piece:
    lines = [Line(text[k : k + 14], range(k, min(k + 14, len(text)))) for k in range(0, len(text), 14)]
    return Piece(lines=lines, opens=True, pos=pos)


def test_two_doubled_headlines_of_a_length_a_space_apart_stay_two() -> None:
    """A gathered block prints two headlines doubled on one line a space apart; being of one length
    does not make them a couplet. Printed once, the same line still reads as one couplet."""
    left, right = "南岭镇网格暖民心", "东湖社区聚拢民意"
    pieces = [
        _piece_at("南岭镇把全镇划成十个网格，南岭镇网格员走村入户暖民心，网格化管理实现全覆盖。", 1),
        _piece_at("东湖社区推行议事会聚拢民意，东湖社区党员认领服务岗位，社区议事延伸到楼栋。", 2),
    ]
    line = f"{left} {right}"
    doubled = Unit(title=[Line(line, range(len(line)), doubled=True)], conf=[1.0], pos=0)
    assert [x.text for x in split_units([doubled], pieces)] == [left, right]
    once = Unit(title=[Line(line, range(len(line)))], conf=[1.0], pos=0)
    assert [x.text for x in split_units([once], pieces)] == [line]


def test_a_kicker_over_a_headline_printed_after_its_story_stays_out_of_the_title() -> None:
    """Under its story a kicker's short line over a longer headline: the headline heads the story
    above both and the kicker is no deck of its title."""
    story = Piece(
        lines=_lines("东山县南湖镇近年来把网格化管理做细做实，", "居民的满意度也不断提高。"),
        opens=True,
        pos=0,
    )
    upper = Unit(title=_lines("党建引领看变化"), conf=[1.0], pos=1)
    lower = Unit(title=_lines("东山县南湖镇织密责任网格服务群众"), conf=[1.0], pos=2)
    after = Piece(lines=_lines("近日，西岭社区开展了议事活动。"), opens=True, pos=3)
    back = _stacked_halves([upper, lower], [story, after], [story, upper, lower, after], {1: 0})
    assert back == set()
    assert [x.text for x in lower.title] == ["东山县南湖镇织密责任网格服务群众"]
