"""A headline printed doubled in a narrow column, its repeats cut by the column's wrap (text written here)."""

from transforms.articles import (
    Unit,
    _goes_on_repeat,
    _holds_whole,
    _rejoin_halves,
    _repeat_goes_on,
    _wrapped_doubled,
)
from transforms.lines import Line, repair_line, split_lines


def _units(*heads: list[str]) -> list[Unit]:
    """Units whose title lines are the lists `heads`, printed one under the other on one page, repaired
    as the reader reads them."""
    page = "\n".join(t for head in heads for t in head)
    lines = iter(repair_line(x) for x in split_lines(page))
    units = []
    for head in heads:
        title = [next(lines) for _ in head]
        units.append(Unit(title=title, lines=list(title), page=page))
    return units


def _unit(*texts: str) -> Unit:
    return _units(list(texts))[0]


# `河西镇：老街巷焕新颜 居民笑开怀`, each run printed twice, wrapped at thirteen characters
WRAPPED = ["河西镇河西镇：：老街巷焕新颜", "老街巷焕新颜  居民笑开怀居", "民笑开怀"]


def test_a_doubled_headline_wrapped_inside_its_repeats_reads_doubled_joined() -> None:
    u = _unit(*WRAPPED)
    assert not all(x.doubled for x in u.title)  # no line reads doubled on its own
    assert _wrapped_doubled(u)
    assert u.text.replace(" ", "") == "河西镇：老街巷焕新颜居民笑开怀"
    assert not _wrapped_doubled(_unit("河西镇召开老街巷改造", "座谈会听取居民意见"))


def test_the_rest_of_a_doubled_headline_goes_on_with_its_repeat_a_subtitle_does_not() -> None:
    upper, lower = _units(["河西镇河西镇：：老街巷焕新颜老街巷焕新颜  居民"], ["笑开怀居民笑开怀"])
    assert upper.title[0].doubled  # read undone on its own: the repeat it opened is read as printed
    assert _goes_on_repeat(upper, lower)
    upper, lower = _units(["河西镇河西镇：：老街巷焕", "新颜老街巷焕新颜"], ["居民笑开怀"])
    assert _wrapped_doubled(upper)
    assert not _goes_on_repeat(upper, lower)  # printed once under it: a subtitle


def test_a_line_with_a_comma_going_on_with_a_doubled_print_is_the_headline_not_its_subtitle() -> None:
    above = "河西镇河西镇：：老街巷焕新颜老街巷焕新颜  居民"
    assert _repeat_goes_on(above, "笑开怀居民笑开怀，，好日子好日子")
    assert not _repeat_goes_on("河西镇河西镇：：老街巷焕新颜老街巷焕新颜", "3月1日上午，河西镇老街巷改造完工")
    assert not _repeat_goes_on("河西镇老街巷焕新颜", "居民笑开怀，好日子")


def test_a_part_holding_its_whole_and_more_is_not_given_back() -> None:
    whole = _unit("河西镇老街巷焕新颜  居民")
    part = _unit("河西镇老街巷焕新颜", "居民笑开怀")
    part.title = [whole.title[0].slice(0, 9), whole.title[0].slice(11, 13), Line("笑开怀", range(14, 17))]
    part.part_of = whole
    assert _holds_whole(part, whole)
    units = [part]
    assert _rejoin_halves(units, {0: 0}) == set()
    assert len(units[0].title) == 3  # kept with the line after it
    half = _unit("河西镇老街巷焕新颜")
    half.part_of = whole
    assert not _holds_whole(half, whole)
