"""A block of headlines printed over their bodies run together (`split_blocks`, `_parts_opened`), and
an orphan headline whose words lie on one side of a fresh cut only (`orphan_cut`, `_orphan_needs`):
pages and lines written for these tests."""

from tests.transforms.test_sbs3 import _lines
from transforms.articles import Piece, Unit, _numbered, match, orphan_cut, split_blocks

WATER_BODY = [
    "入春以来，青松镇组织党员和村民修缮山间引水",
    "渠，全长十二公里的引水渠赶在春耕前全线通水。",
    "青松镇农技站站长介绍，引水渠修好后，青松镇",
    "六个村的两千亩稻田告别了靠天吃水的日子。",
]
CANTEEN_BODY = [
    "白鹭湾社区老年食堂近日开门迎客，社区七十岁以",
    "上老人凭卡就餐可享八折优惠。社区党委书记说，",
    "食堂由闲置用房改建，菜单每周更新，每天供应",
    "午餐三百多份，不少老人说在家门口吃上了热乎饭。",
]


def _block_over(bodies: list[str], second: str) -> tuple[list[Unit], list[Piece], list]:
    """Two headlines stacked over `bodies` run together in one piece, cut by `split_blocks`."""
    page, lines = _lines(["青松镇修好山间引水渠", second, *bodies])
    heads = [Unit(title=lines[k : k + 1], lines=lines[k : k + 1], page=page) for k in (0, 1)]
    body = Piece(lines=lines[2:])
    pieces, order = split_blocks(heads, [body], _numbered([*heads, body]))
    return heads, pieces, order


def test_a_block_cut_part_opening_another_report_goes_to_its_headline() -> None:
    # the second headline says its news in other words (a third of them in its text): left free to
    # go on with the text above, its part went with the first headline and the second went bodiless
    heads, pieces, order = _block_over([*WATER_BODY, *CANTEEN_BODY], "社区食堂里的银发欢笑声")
    assert [p.lines[0].text for p in pieces] == [WATER_BODY[0], CANTEEN_BODY[0]]
    assert pieces[1].opens
    assert match(heads, pieces, order)[0] == {0: 0, 1: 1}


def test_a_block_cut_part_of_the_same_report_may_still_go_on() -> None:
    # the part below names the same place: nothing says another report opens there
    more = [
        "青松镇还在引水渠沿线栽下两千棵柳树，",
        "青松镇的老人说，渠边的柳树成了村民散步的好去处。",
    ]
    _, pieces, _ = _block_over([*WATER_BODY, *more], "柳树成荫好去处")
    assert len(pieces) == 1 or not pieces[1].opens


def _run_on_with_orphan(orphan: str) -> tuple[list[Unit], Piece, int | None]:
    """`老年食堂…` over its text and the water report's run on under it; `orphan` left without a body.
    Returns the units, the piece, and the line `orphan_cut` cuts it at (None: no cut)."""
    page, lines = _lines(["老年食堂飘出幸福味道", *CANTEEN_BODY, *WATER_BODY, orphan])
    head = Unit(title=lines[:1], lines=lines[:1], page=page, pos=0)
    body = Piece(lines=lines[1:9], pos=1)
    alone = Unit(title=lines[9:], lines=lines[9:], page=page, pos=2)
    cut = orphan_cut([head, alone], [body], {0: 0})
    return [head, alone], body, None if cut is None else cut[1]


def test_an_orphan_whose_words_lie_below_a_fresh_cut_only_cuts_there() -> None:
    # a third of the orphan's words in the water report, none in the canteen's; the canteen's
    # headline finds half of its words above the cut and none below
    _, body, at = _run_on_with_orphan("山间清水润良田")
    assert at == len(CANTEEN_BODY)
    assert body.lines[at].text == WATER_BODY[0]


def test_an_orphan_of_words_neither_text_holds_cuts_nothing() -> None:
    _, _, at = _run_on_with_orphan("新春佳节喜迎宾客")
    assert at is None


def _labelled_block(texts: list[str], labels: list[str], conf: list[float]) -> list[str]:
    from transforms.articles import _unsure_block_lines

    _, lines = _lines(texts)
    return _unsure_block_lines(lines, labels, conf)[0]


def test_doubted_text_lines_under_a_headline_are_the_next_headlines() -> None:
    texts = ["青松镇修好山间引水渠", "老年食堂飘出幸福味道", "柳树成荫好去处", *WATER_BODY]
    labels = ["title", "body", "body", "body", "body", "body", "body"]
    conf = [0.9, 0.5, 0.6, 0.99, 0.99, 0.99, 0.99]
    got = _labelled_block(texts, labels, conf)
    # the second doubted line stands right over sure text: it may be that text's first line
    assert got == ["title", "title", "body", "body", "body", "body", "body"]


def test_a_doubted_line_right_over_sure_text_stays_text() -> None:
    # the text's first line, wrapped inside a place name (`…吴井街` / `道…`): the model doubts it
    texts = [
        "老年食堂飘出幸福味道",
        "白鹭湾社区吴井街",
        "道老年食堂近日开门迎客，社区七十岁以",
        *CANTEEN_BODY[1:],
    ]
    labels = ["title", "body", "body", "body", "body", "body"]
    conf = [0.9, 0.5, 0.99, 0.99, 0.99, 0.99]
    assert _labelled_block(texts, labels, conf) == labels


def test_a_doubted_line_holding_a_clause_stays_text() -> None:
    texts = ["青松镇修好山间引水渠", "入春以来，青松镇组织", "党员和村民修缮山间引水渠"]
    labels = ["title", "body", "body"]
    assert _labelled_block(texts, labels, [0.9, 0.5, 0.5]) == labels
