"""Headlines of a block stacked over one another, and headlines printed side by side on one line
(`_stacked_ends`, `glued_cut`): pages and lines written for these tests."""

from transforms.articles import _NARROW_GAP, Piece, Unit, _atoms, _stacked_ends, glued_cut, wrapped_side_cut
from transforms.lines import Line


def _lines(texts: list[str]) -> tuple[str, list[Line]]:
    """The page printing `texts` one a line, and each as a line at its page offsets."""
    page = "\n".join(texts) + "\n"
    out, at = [], 0
    for t in texts:
        out.append(Line(t, range(at, at + len(t))))
        at += len(t) + 1
    return page, out


def test_a_short_headline_over_a_wrapped_one_may_end_there() -> None:
    # the second headline wrapped inside a word (`去` / `处`); the first ends well short of the box
    page, lines = _lines(["梧桐街道小积分换来文明好风气", "红枫村篮球场建成投用成为村民健身的好去", "处"])
    u = Unit(title=lines, lines=lines, page=page)
    atoms = [a for x in u.title for a in _atoms(x, _NARROW_GAP)]
    assert 1 in _stacked_ends(u, atoms)


def test_a_full_width_line_of_a_wrapped_headline_is_no_end() -> None:
    page, lines = _lines(["红枫村篮球场建成投用成为村民健身的好去", "处"])
    u = Unit(title=lines, lines=lines, page=page)
    atoms = [a for x in u.title for a in _atoms(x, _NARROW_GAP)]
    assert _stacked_ends(u, atoms) == []


X_BODY = [
    "入春以来，青松镇组织党员和村民修缮山间引水",
    "渠，全长十二公里的引水渠赶在春耕前全线通水。",
    "青松镇农技站站长介绍，引水渠修好后，青松镇",
    "六个村的两千亩稻田告别了靠天吃水的日子。",
]
A_BODY = [
    "白鹭湾社区老年食堂近日开门迎客，社区七十岁以",
    "上老人凭卡就餐可享八折优惠。白鹭湾社区党委书",
    "记说，老年食堂由社区闲置用房改建，菜单每周更新。",
    "白鹭湾社区老年食堂每天供应午餐三百多份。",
]
B_BODY = [
    "红枫村篮球场日前建成投用，成了村里最热闹的地",
    "方。红枫村党支部书记介绍，篮球场由村集体出资",
    "修建，配有灯光和看台，晚上也能打球。",
]


def test_a_headline_glued_beside_another_cuts_the_text_its_body_ran_into() -> None:
    """`青松镇…` heads its text and the next one's run on under it (no headline between); the next
    one's headline is printed on one line with a third's (`白鹭湾… 红枫村…` / `建成投用`), over the
    third's text: the glued headline is cut off and takes the text run on under `青松镇…`."""
    texts = [
        "青松镇修好山间引水渠",
        *X_BODY,
        *A_BODY,
        "白鹭湾社区老年食堂开张 红枫村篮球场",
        "建成投用",
        *B_BODY,
    ]
    page, lines = _lines(texts)
    x_head = Unit(title=lines[:1], lines=lines[:1], page=page, pos=0)
    run_on = Piece(lines=lines[1:9], pos=1)
    side = Unit(title=lines[9:11], lines=lines[9:11], page=page, pos=2)
    b_body = Piece(lines=lines[11:], pos=3)
    got = glued_cut([x_head, side], [run_on, b_body], {0: 0, 1: 1})
    assert got is not None
    i, parts, piece, at = got
    assert i == 1 and piece is run_on
    assert [p.text.replace(" ", "") for p in parts] == ["白鹭湾社区老年食堂开张", "红枫村篮球场建成投用"]
    assert run_on.lines[at].text == A_BODY[0]


def test_a_headline_with_a_space_of_its_own_is_not_cut() -> None:
    texts = ["青松镇修好山间引水渠", *X_BODY, *A_BODY, "红枫村篮球场 建成投用灯光看台齐全", *B_BODY]
    page, lines = _lines(texts)
    x_head = Unit(title=lines[:1], lines=lines[:1], page=page, pos=0)
    run_on = Piece(lines=lines[1:9], pos=1)
    own = Unit(title=lines[9:10], lines=lines[9:10], page=page, pos=2)
    assert glued_cut([x_head, own], [run_on, Piece(lines=lines[10:], pos=3)], {0: 0, 1: 1}) is None


def test_a_second_headline_wrapped_under_the_line_it_shares_takes_its_wrap() -> None:
    """`白鹭湾…  红枫村篮球场` / `建成投用灯光看台齐全` read as two headlines, the first line matched
    to nothing and the second to the two bodies run together: the line is cut at its gap, its second
    part joined to the line under it, and the bodies cut apart."""
    texts = ["青松镇修好山间引水渠", *X_BODY, "白鹭湾社区老年食堂开张  红枫村篮球场", "建成投用灯光看台齐全"]
    page, lines = _lines([*texts, *A_BODY, *B_BODY])
    x_head = Unit(title=lines[:1], lines=lines[:1], page=page, pos=0)
    side = Unit(title=lines[5:6], lines=lines[5:6], page=page, pos=2)
    wrap = Unit(title=lines[6:7], lines=lines[6:7], page=page, pos=3)
    run_on = Piece(lines=lines[7:], pos=4)
    got = wrapped_side_cut([x_head, side, wrap], [Piece(lines=lines[1:5], pos=1), run_on], {0: 0, 2: 1})
    assert got is not None
    i, parts, piece, at = got
    assert i == 1 and piece is run_on
    assert [p.text.replace(" ", "") for p in parts] == [
        "白鹭湾社区老年食堂开张",
        "红枫村篮球场建成投用灯光看台齐全",
    ]
    assert run_on.lines[at].text == B_BODY[0]
