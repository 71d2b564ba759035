"""A headline's lines assembled: a column label or series line over it, its wrap, its marks."""

from transforms.articles import _inside_wrapped_run, _labels_apart, _marked_headings, split_articles
from transforms.lines import Line


def _line(text: str) -> Line:
    return Line(text, range(len(text)))


def test_bold_marks_dropped_from_a_title() -> None:
    assert _labels_apart(None, "**河湾镇新修三座便民桥**", None) == (None, "河湾镇新修三座便民桥", None)


def test_a_bracketed_label_joined_into_the_title_is_the_kicker() -> None:
    got = _labels_apart(None, "【乡村新风】河湾镇新修三座便民桥", None)
    assert got == ("【乡村新风】", "河湾镇新修三座便民桥", None)


def test_a_bracketed_heading_longer_than_its_deck_is_the_headline() -> None:
    got = _labels_apart(None, "【河湾镇新修三座便民桥方便村民出行】群众点赞", None)
    assert got == (None, "河湾镇新修三座便民桥方便村民出行", "群众点赞")


def test_a_label_alone_over_the_headline_read_as_subtitle() -> None:
    got = _labels_apart(None, "【乡村新风】", "河湾镇新修三座便民桥")
    assert got == ("【乡村新风】", "河湾镇新修三座便民桥", None)


def test_a_label_stays_where_the_headline_is_read_as_title_and_subtitle() -> None:
    got = _labels_apart(None, "【乡村新风】河湾镇新修", "三座便民桥")
    assert got == (None, "【乡村新风】河湾镇新修", "三座便民桥")


def test_a_dash_led_series_line_read_as_title_swaps_with_the_headline() -> None:
    got = _labels_apart(None, "——“乡村变化”系列报道②", "河湾镇新修三座便民桥")
    assert got == (None, "河湾镇新修三座便民桥", "“乡村变化”系列报道②")


def test_no_cut_inside_a_wrapped_run_of_one_width() -> None:
    title = [_line(t) for t in ("【乡村新风】", "河湾镇新修", "三座便民桥", "方便出行")]
    assert _inside_wrapped_run(title) == {2, 3}
    assert _inside_wrapped_run([_line("河湾镇新修三座桥"), _line("柳林村办起夜校")]) == set()


def test_a_label_line_over_a_headline_is_its_kicker_on_a_page() -> None:
    page = "\n".join(
        [
            "【乡村新风】",
            "河湾镇新修三座便民桥",
            "本报讯（记者 周明）今年以来，河湾镇投入资金新修三座便民桥，解决了沿河五个村群众的出行难题。",
            "桥修好后，村民赶集的路程缩短了一半，农产品运输也更加方便，大家纷纷点赞。",
        ]
    )
    articles, _ = split_articles(page)
    heads = [(a.kicker, a.title) for a in articles if a.body]
    assert heads == [("【乡村新风】", "河湾镇新修三座便民桥")]


def test_marked_lines_holding_a_headline_are_headlines() -> None:
    lines = [
        _line(t)
        for t in ("**河湾镇新修三座便民桥**", "【柳林村办起农民夜校】", "【记者 周明】", "【下转第三版】")
    ]
    labels = _marked_headings(lines, ["body", "byline", "byline", "continuation"])
    assert labels == ["title", "title", "byline", "continuation"]


def test_a_wrapped_label_of_a_doubled_block_is_the_kicker() -> None:
    from tests.transforms.test_gath import BODY_A, BODY_B, BODY_C

    block = "【【青禾新风青禾新风 临川社区临川社区老年食堂开张老年食堂开张\n稻田养鱼稻田养鱼】】青禾镇稻农尝到甜头青禾镇稻农尝到甜头\n"
    articles, _ = split_articles(BODY_A + "\n" + BODY_B + "\n" + BODY_C + "\n" + block)
    heads = {(a.kicker, a.title) for a in articles if a.body and "青禾镇" in a.body}
    assert heads == {("【青禾新风稻田养鱼】", "青禾镇稻农尝到甜头")}
