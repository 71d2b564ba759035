"""A report's headline under its place is no subhead (issue 17): made-up texts only."""

from transforms.articles import Line, Piece, Unit, _new_report_under


def _lines(*texts: str) -> list[Line]:
    return [Line(t, range(len(t))) for t in texts]


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
