"""Session 30 (runon30): two texts run together under the second one's headline, the first with none."""

from transforms.articles import Piece, Unit, _bodies_cut, match
from transforms.lines import Line

_FIRST = [
    "近日，河西村组织村民修好了村里的老旧水渠。河西村",
    "的水渠建于上世纪七十年代，多年失修，渗漏严重，灌溉",
    "季节常常断水。村委会多次召开村民议事会，商量修渠。",
]
_RUN = [
    "如今，南坡组的老王种上了两亩草莓，还在地头搭起了",
    "大棚。老王说，过去浇一亩地要等上好几天，现在一天就",
    "能浇完，今年的收成一定错不了。",
    "今年以来，东湖镇推行网格化管理，把全镇划成四十个",
    "网格，每个网格配一名网格员，走访群众、收集诉求。东湖",
    "镇还建起网格服务站，群众有事可以就近办理，不用再往",
    "镇上跑。东湖镇网格服务站半年来已办理群众诉求三百件。",
]
_HEADS = ["河西村修好老旧水渠", "东湖镇网格服务暖民心"]
_OPENS = {0, 3}  # the indented lines of `_RUN` (a paragraph's start)


def _page() -> tuple[str, list[Line], list[Line], list[Line]]:
    """A headline, its text, the second headline, then the first text's last section run into the
    second text's lead; each paragraph indented."""
    out: list[str] = []
    lines: list[list[Line]] = [[], [], []]

    def put(text: str, into: int, indent: bool) -> None:
        start = sum(len(x) + 1 for x in out) + (2 if indent else 0)
        out.append(("　　" if indent else "") + text)
        lines[into].append(Line(text, range(start, start + len(text))))

    put(_HEADS[0], 0, False)
    for k, t in enumerate(_FIRST):
        put(t, 1, k == 0)
    put(_HEADS[1], 0, False)
    for k, t in enumerate(_RUN):
        put(t, 2, k in _OPENS)
    return "\n".join(out) + "\n", *lines


def test_the_second_headline_keeps_only_its_own_text() -> None:
    """`…错不了。` / `今年以来，东湖镇…` under `东湖镇…`: the body is cut at the lead, the headline keeps
    the text below it, and the part above (no headline of its own) goes with the text before."""
    page, heads, first, run = _page()
    units = [Unit(title=[h], pos=2 * k, page=page) for k, h in enumerate(heads)]
    pieces = [Piece(lines=first, kind="article", pos=1), Piece(lines=run, kind="article", pos=3)]
    order = [units[0], pieces[0], units[1], pieces[1]]
    units, pieces, order, matched = _bodies_cut(units, pieces, order, match(units, pieces, order))
    got = matched[0]
    assert pieces[got[1]].lines[0].text.startswith("今年以来")
    assert not any(x.text.startswith("今年以来") for x in pieces[got[0]].lines)
