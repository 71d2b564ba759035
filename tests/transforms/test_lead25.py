"""Session 25's lead changes to the segmenter, on text written for these tests."""

from tests.transforms.printed import two_reports
from transforms.articles import LEAD_WORDS, Piece, Unit, _bigrams, _lead_pairs

# Two reports on one topic (微网格): report A (青石村) ends on the topic's words, report B (柳岸县)
# opens with a lead (`近年来，`) in other places.
HEAD_A = "青石村织密微网格"
ABOVE = """青石村把全村划成八个微网格，网格员每周入户走访，
收集村民诉求，小事不出网格，大事不出村，
青石村的微网格越织越密，村民心里越来越踏实。"""
HEAD_B = "柳岸微网格 民生大文章"
BELOW = """近年来，柳岸县把网格作为基层治理的抓手，城乡社区
全部完成网格划分，县里还为网格员配发了巡查终端。"""


def _page(head: str) -> tuple[list[Unit], list[Piece], list]:
    return two_reports(HEAD_A, ABOVE, head, BELOW)


def test_the_page_is_a_tie_of_topic_words() -> None:
    """The premise of the next test: the headline shares as many bigrams with the end of A as with
    the lead of B, two or more."""
    own = _bigrams(HEAD_B)
    above = _bigrams(ABOVE.replace("\n", "")[-LEAD_WORDS:])
    below = _bigrams(BELOW.replace("\n", "")[:LEAD_WORDS])
    assert len(own & above) == len(own & below) >= 2


def test_a_headline_sharing_the_topic_equally_each_side_heads_the_lead_under_it() -> None:
    units, pieces, order = _page(HEAD_B)
    assert _lead_pairs(units, pieces, order, {0: 0}) == [(1, 1)]


def test_a_headline_sharing_more_with_the_text_above_heads_nothing() -> None:
    units, pieces, order = _page("青石村微网格越织越密 村民踏实")
    assert _lead_pairs(units, pieces, order, {0: 0}) == []
