"""A headline's lines assembled: a kicker set wider than the headline's wrap under it, a gap inside one
column's wrapped headline, a stack's lines cut apart only inside one unit."""

from transforms.articles import Unit, _gaps_inside_wrap, _inside_given, _set_apart
from transforms.lines import Line


def _unit(texts: list[str]) -> Unit:
    """A headline unit whose title lines are printed one a line on a page of their own."""
    page = "\n".join(texts)
    lines, at = [], 0
    for t in texts:
        lines.append(Line(t, range(at, at + len(t))))
        at += len(t) + 1
    return Unit(title=lines, lines=list(lines), page=page)


def test_a_first_line_wider_than_the_wrap_under_it_is_the_kicker() -> None:
    u = _unit(["乡村振兴“新农人”风采录", "河湾镇新修", "三座便民桥", "方便出行"])
    kicker, title, _ = _set_apart(u)
    assert kicker == "乡村振兴“新农人”风采录"
    assert title == "河湾镇新修三座便民桥方便出行"


def test_a_first_line_no_wider_than_its_wrap_stays_in_the_title() -> None:
    u = _unit(["河湾镇新修三座便", "民桥方便村民出行", "群众点赞"])
    kicker, _, _ = _set_apart(u)
    assert kicker is None


def test_no_cut_at_a_gap_inside_one_columns_wrapped_headline() -> None:
    u = _unit(["河湾镇新修便民桥 柳林新村", "办起农民夜校"])
    assert _gaps_inside_wrap(u, 20.0) == {1}  # the cut between `…便民桥` and `柳林新村`
    assert _gaps_inside_wrap(u, 6.0) == set()  # wider than the column: two columns' headlines
    assert _gaps_inside_wrap(_unit(["河湾镇新修便民桥 柳林村办起夜校"]), 20.0) == set()


def test_a_stacks_part_inside_one_unit_as_given() -> None:
    given = (0, 2, 3)  # a unit of two lines, then one of one line
    assert _inside_given((0, 1), given)  # its first line alone
    assert _inside_given((1, 2), given)
    assert not _inside_given((0, 2), given)  # the unit as given
    assert not _inside_given((1, 3), given)  # across two units


def test_a_plain_line_joined_to_a_bold_heading_is_its_deck() -> None:
    from transforms.articles import _labels_apart

    under = _labels_apart(None, "**河湾镇召开便民桥建设推进会**“一村一桥”保畅通", None)
    assert under == (None, "河湾镇召开便民桥建设推进会", "“一村一桥”保畅通")
    over = _labels_apart(None, "农村出行更便利**河湾镇新修三座便民桥**", None)
    assert over == ("农村出行更便利", "河湾镇新修三座便民桥", None)


def test_a_deck_over_a_longer_headline_is_its_kicker() -> None:
    u = _unit(["农村群众出行难题得到有效缓解", "河湾镇新修三座便民桥方便沿河村民出行"])
    kicker, title, _ = _set_apart(u)
    assert (kicker, title) == ("农村群众出行难题得到有效缓解", "河湾镇新修三座便民桥方便沿河村民出行")


def test_a_gap_before_a_phrase_of_its_own_may_still_be_cut() -> None:
    # the tail after the gap ends a phrase: a second headline set beside the first, wrapped under it
    assert _gaps_inside_wrap(_unit(["河湾镇新修便民桥 柳林办起夜校", "群众学技更方便"]), 20.0) == set()
