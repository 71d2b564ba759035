"""Bylines a narrow column wraps, on pages made up here (session 29)."""

from transforms.articles import split_articles

ABOVE = [
    "青石乡建成文化广场",
    "青石乡今年建成文化广场一座，",
    "占地四千平方米，配有健身器材",
    "二十多件，村民晚上来跳广场舞。",
]
BELOW = [
    "北岗村修好通组公路",
    "北岗村今年修好通组公路八公里，",
    "村民出行不再走泥巴路，运输农",
    "产品的车辆直接开到了地头。",
]


def _page(lines: list[str]) -> str:
    return "\n".join([*ABOVE, *lines, *BELOW]) + "\n"


def _holder(articles: list, words: str):  # noqa: ANN001, ANN202
    held = [a for a in articles if words in a.body.replace("\n", "")]
    assert len(held) == 1
    return held[0]


def test_name_wrapped_off_a_full_byline_line() -> None:
    """`作者:通讯员 韦念秋` fills a column of ten; the next name, alone on the line under it, is the
    byline's too (the wrap fell on the space between them)."""
    lines = [
        "南坪镇办起夜校",
        "作者:通讯员 韦念秋",
        "龚澄远",
        "南坪镇近日办起农民夜",
        "校，每周开课两次，讲",
        "授种养技术和电商知识",
        "已有三百多人报名。",
    ]
    held = _holder(split_articles(_page(lines))[0], "每周开课两次")
    assert [a.name for a in held.authors] == ["韦念秋", "龚澄远"]
    assert {a.role for a in held.authors} == {"通讯员"}


def test_byline_names_wrapped_into_the_first_text_line() -> None:
    """A byline as wide as the column, the rest of its names opening the first line of the text."""
    lines = [
        "南坪镇办起夜校",
        "某某日报记者 韦念秋 龚澄远",
        "陶一帆 近日，南坪镇办起农",
        "民夜校，每周开课两次，讲授",
        "种养技术和电商知识，已有三",
        "百多人报名。",
    ]
    held = _holder(split_articles(_page(lines))[0], "每周开课两次")
    assert [a.name for a in held.authors] == ["韦念秋", "龚澄远", "陶一帆"]
    assert {a.role for a in held.authors} == {"记者"}


def test_name_cut_by_the_wrap_into_the_first_text_line() -> None:
    """The column cut the last name: its rest opens the text line under the byline."""
    lines = [
        "南坪镇办起夜校",
        "作者：通讯员 韦念秋 龚澄",
        "远 近日，南坪镇办起农民夜",
        "校，每周开课两次，讲授种养",
        "技术和电商知识，已有三百多",
        "人报名。",
    ]
    held = _holder(split_articles(_page(lines))[0], "每周开课两次")
    assert [a.name for a in held.authors] == ["韦念秋", "龚澄远"]


def test_own_dispatch_over_a_headline_opens_the_text_under_it() -> None:
    """`本报讯（记者 …）` alone between a text that names its own writer and a headline: a text names
    its writers once, and the paper's own dispatch opens its report: it is the story's under the
    headline."""
    lines = [
        "青石乡建成文化广场",
        "记者 陶一帆",
        "青石乡今年建成文化广场一座，占地四千",
        "平方米，配有健身器材二十多件。",
        "本报讯（记者 韦念秋 通讯员 龚澄远）",
        "南坪镇办起夜校",
        "近日，南坪镇办起农民夜校，每周开课两",
        "次，讲授种养技术和电商知识，已有三百",
        "多人报名。",
        *BELOW,
    ]
    articles, _ = split_articles("\n".join(lines) + "\n")
    assert [a.name for a in _holder(articles, "每周开课两次").authors] == ["韦念秋", "龚澄远"]
    assert [a.name for a in _holder(articles, "配有健身器材").authors] == ["陶一帆"]


def test_rejoined_rest_keeps_the_bylines_it_lends() -> None:
    """A piece rejoined to the text it goes on from keeps the bylines printed under it for the next
    headline's body."""
    from transforms.articles import Piece, _join_rest
    from transforms.bylines import Author

    into, rest = Piece(), Piece()
    lent = ("□ 韦念秋", [Author("韦念秋", "作者")], 0.9)
    rest.lent.append(lent)
    _join_rest(into, rest)
    assert into.lent == [lent]


def test_name_cut_after_a_role_word_at_a_line_end() -> None:
    """`□ 韦念秋 龚澄远 本报记者 陶` / `一帆`: the wrap cut the name after the role word."""
    lines = [
        "南坪镇办起夜校",
        "□ 韦念秋 龚澄远 本报记者 陶",
        "一帆",
        "近日，南坪镇办起农民夜校，每周开",
        "课两次，讲授种养技术和电商知识，",
        "已有三百多人报名。",
    ]
    held = _holder(split_articles(_page(lines))[0], "每周开")
    assert [a.name for a in held.authors] == ["韦念秋", "龚澄远", "陶一帆"]


def test_name_cut_at_a_full_line_whose_rest_fills_the_next() -> None:
    """`某某日报/某某新闻记者 韦` / `念秋 龚澄远 陶一帆 祁远帆`: the rest of the cut name and three more
    fill the next line, as wide as the column."""
    lines = [
        "南坪镇办起夜校",
        "某某日报/某某新闻记者 韦",
        "念秋 龚澄远 陶一帆 祁远",
        "近日，南坪镇办起农民夜校，",
        "每周开课两次，讲授种养技术",
        "和电商知识，已有三百多人报",
        "名。",
    ]
    held = _holder(split_articles(_page(lines))[0], "每周开")
    assert [a.name for a in held.authors] == ["韦念秋", "龚澄远", "陶一帆", "祁远"]


def test_byline_run_into_the_first_text_line_read_as_a_byline() -> None:
    """A line the model reads as a byline that goes on with the text (`□记者 … 近日，…`): its names are
    the text's, and the text stays under its own headline."""
    lines = [
        "田间地头抢收忙",
        "□记者 韦念秋 龚澄远 近日，南坪镇农民",
        "抢收小麦，收割机来回穿梭。",
    ]
    articles, _ = split_articles(_page(lines))
    held = _holder(articles, "收割机来回穿梭")
    assert held.title == "田间地头抢收忙"
    assert [a.name for a in held.authors] == ["韦念秋", "龚澄远"]
