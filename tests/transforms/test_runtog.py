"""Two reports run together in one body with nothing printed between them (`lead_cut`), on text
written for these tests."""

from transforms.articles import Piece, Unit, _lead_opening, lead_cut
from transforms.lines import Line

# Report A (南寨镇's points shop), then report B (梅兰社区's lifts) run on under it, no byline or
# dateline between them. Each paragraph's last line ends short of the column.
RUN_TOGETHER = """南寨镇把积分超市开进了村里，村民参加环境整治、
志愿服务都能攒下积分，换回油盐酱醋等日用品。
南寨镇还把积分和评先评优挂钩，好人好事登上光
荣榜，村里风气越来越好。
镇里的干部说，积分超市让村民更愿意参与村里事。
近日，梅兰社区最后一部加装电梯正式投入使用，老
楼里的老人们出门下楼再也不用一步一歇了，住在
六楼的王阿姨说，现在买菜回家方便多了。
梅兰社区党委书记介绍，加装电梯由居民协商出资，
社区全程帮助协调施工和后续维护。"""

HEAD_A = "南寨镇积分超市开进村 村民攒积分换日用品"
HEAD_B = "梅兰社区老楼装上电梯 老人下楼不再一步一歇"


def _page(text: str) -> tuple[str, list[Line]]:
    lines, at = [], 0
    for t in text.split("\n"):
        lines.append(Line(t, range(at, at + len(t))))
        at += len(t) + 1
    return text, lines


def _units(page: str, titles: list[str]) -> list[Unit]:
    return [Unit(title=[Line(t, range(len(t)))], page=page) for t in titles]


def _setup(text: str, titles: list[str]) -> tuple[list[Unit], list[Piece], list]:
    page, lines = _page(text)
    units = _units(page, titles)
    piece = Piece(lines=lines)
    order = [units[0], piece, *units[1:]]
    for k, x in enumerate(order):
        x.pos = k
    return units, [piece], order


def test_a_report_run_on_under_another_is_cut_off_for_the_orphan_that_heads_it() -> None:
    units, pieces, order = _setup(RUN_TOGETHER, [HEAD_A, HEAD_B])
    cut = lead_cut(units, pieces, order, {0: 0})
    assert cut is not None
    new_pieces, _, (got, _) = cut
    assert len(new_pieces) == 2
    assert new_pieces[1].lines[0].text.startswith("近日，梅兰社区")
    assert got == {0: 0, 1: 1}


def test_no_cut_without_an_orphan_to_head_the_part() -> None:
    units, pieces, order = _setup(RUN_TOGETHER, [HEAD_A])
    assert lead_cut(units, pieces, order, {0: 0}) is None


def test_no_cut_inside_one_report_whose_places_run_through_it() -> None:
    one = RUN_TOGETHER.replace("梅兰社区", "南寨镇").replace("老\n楼里", "积\n分超市里")
    units, pieces, order = _setup(one, [HEAD_A, HEAD_B])
    assert lead_cut(units, pieces, order, {0: 0}) is None


def test_a_failed_trial_leaves_the_page_s_order_numbered_as_it_was() -> None:
    units, pieces, order = _setup(RUN_TOGETHER, [HEAD_A, "与本版各文都不相干的一行标题文字"])
    assert lead_cut(units, pieces, order, {0: 0}) is None
    assert [x.pos for x in order] == [0, 1, 2]


def test_a_lead_opening() -> None:
    for t in (
        "近日，梅兰社区",
        "3月25日，记者在",
        "本报讯 今年以来",
        "南寨镇坚持党建引领",
        "去年以来，万秀区",
        "金秋十月，阳光明媚",
    ):
        assert _lead_opening(t), t
    for t in ("他说，积分超市让", "这些都是村民用积分换的", "同时，社区还建立了"):
        assert not _lead_opening(t), t
