"""A block of headlines over a run of texts holding fewer bodies than it has headlines (`split_blocks`,
`_run_cut`, `_swaps_lose`, `_restated`), and a headline's wrapped line the model read apart
(`_tails_read_apart`): pages and lines written for these tests."""

import numpy as np

from tests.transforms.test_sbs3 import _lines
from tests.transforms.test_sbs4 import CANTEEN_BODY, WATER_BODY
from transforms.articles import (
    Piece,
    Unit,
    _numbered,
    _restated,
    _swaps_lose,
    _tails_read_apart,
    kickers_apart,
    split_blocks,
)

LIBRARY_BODY = [
    "枫林县流动图书车本月起开进九个山区村小，每",
    "周一次，每次带去两千册新书。枫林县图书馆馆",
    "长说，孩子们最爱的是科普绘本和历史故事。",
]
HEADS = ["青松镇修好山间引水渠", "白鹭湾社区老年食堂开张", "枫林县流动图书车进村小"]


def _block(heads: list[str], runs: list[list[str]], opens: list[bool]) -> tuple[list[Unit], list[Piece]]:
    """The headlines stacked over the runs of text lines, each run a piece (`opens`: a byline over it)."""
    page, lines = _lines([*heads, *[t for run in runs for t in run]])
    units = [Unit(title=[x], lines=[x], page=page) for x in lines[: len(heads)]]
    pieces, at = [], len(heads)
    for run, opened in zip(runs, opens, strict=True):
        pieces.append(Piece(lines=lines[at : at + len(run)], opens=opened))
        at += len(run)
    _, order = split_blocks(units, pieces, _numbered([*units, *pieces]))
    return units, [x for x in order if isinstance(x, Piece)]


def test_three_headlines_over_two_texts_cut_the_one_holding_two_reports() -> None:
    # the first text runs two reports together; the third report opens with a byline of its own
    _, pieces = _block(HEADS, [[*WATER_BODY, *CANTEEN_BODY], LIBRARY_BODY], [True, True])
    assert [p.lines[0].text for p in pieces] == [WATER_BODY[0], CANTEEN_BODY[0], LIBRARY_BODY[0]]


def test_three_headlines_over_two_texts_of_one_report_each_cut_nothing_more() -> None:
    # the first headline's report is not on the page: nothing under the block holds its words
    heads = ["东岭乡举办农民丰收节", HEADS[1], HEADS[2]]
    _, pieces = _block(heads, [CANTEEN_BODY, LIBRARY_BODY], [True, True])
    assert len(pieces) == 2


def test_two_headlines_restating_each_other_are_one_story() -> None:
    # the text's first line read as a second headline: one story, nothing to cut between them
    page, lines = _lines(["青松镇修好山间引水渠", "青松镇组织党员修缮山间引水渠", HEADS[1]])
    units = [Unit(title=[x], lines=[x], page=page) for x in lines]
    assert _restated(units[:2])
    assert not _restated(units[1:])


def test_headlines_sharing_the_page_topic_still_tell_their_parts_apart() -> None:
    # the first headline's words found in the second part (0.21) keep no part from its headline
    assert _swaps_lose(np.array([[0.34, 0.21], [0.19, 0.81]]))
    assert not _swaps_lose(np.array([[0.34, 0.30], [0.30, 0.34]]))


def test_a_wrapped_tail_read_as_a_kicker_goes_on_with_its_headline() -> None:
    _, lines = _lines(["青松镇上线“积分", "超市”小程序", "白鹭湾社区老年食堂开张"])
    assert _tails_read_apart(lines, ["title", "kicker", "title"]) == ["title", "title+", "title"]
    # a clean break leaves the kicker where the model put it
    _, lines = _lines(["青松镇修好山间引水渠", "乡村振兴", "白鹭湾社区老年食堂开张"])
    assert _tails_read_apart(lines, ["title", "kicker", "title"]) == ["title", "kicker", "title"]


def test_a_kicker_longer_than_any_kicker_is_a_headline_of_its_own() -> None:
    # both reports run together in one text: no piece tells the two headlines apart by their words
    page, lines = _lines(
        ["白鹭湾社区老年食堂开张 老人家门口吃上热乎饭", HEADS[0], *WATER_BODY, *CANTEEN_BODY]
    )
    head = Unit(kicker=[lines[0].text], title=[lines[1]], lines=lines[:2], conf=[0.9, 0.9], page=page)
    out = kickers_apart([head], [Piece(lines=lines[2:])])
    assert [u.text for u in out] == [lines[0].text, HEADS[0]]
    # a kicker's length stays the headline's kicker
    short = Unit(kicker=["乡村振兴在行动"], title=[lines[1]], lines=lines[1:2], conf=[0.9], page=page)
    assert kickers_apart([short], [Piece(lines=lines[2:])]) == [short]
