from transforms.lines import Line, columns_apart, join, repair_line, split_lines


def _line(text: str) -> Line:
    return Line(text, list(range(len(text))))


def test_doubled_glyph_headline_is_undone_and_keeps_offsets() -> None:
    out = repair_line(_line("河东区河东区：：议事会议事会"))
    assert out.text == "河东区：议事会"
    assert out.doubled and out.offs[:4] == [0, 1, 2, 6]


def test_ordinary_text_with_repeated_words_is_left_alone() -> None:
    assert repair_line(_line("大家谈谈谈心事")).text == "大家谈谈谈心事"


def test_spaced_out_characters_collapse_but_latin_words_keep_spaces() -> None:
    assert repair_line(_line("打 通 服 务“ 最 后 一 米”")).text == "打通服务“最后一米”"
    assert repair_line(_line("Smart City 平台")).text == "Smart City 平台"


def test_spaces_between_numbers_and_units_are_removed() -> None:
    assert repair_line(_line("受理 42 万余件，达 96.5%")).text == "受理42万余件，达96.5%"


def test_offsets_point_back_to_the_page() -> None:
    page = "第一行\n  第 二 行 文 字\n"
    lines = [repair_line(x) for x in split_lines(page)]
    joined = join(lines[:2])
    assert joined.text == "第一行第二行文字"
    assert all(page[o] == ch for o, ch in zip(joined.offs, joined.text, strict=True))


def test_invisible_format_characters_are_dropped_and_the_others_keep_their_offsets() -> None:
    page = "\u200b党建\u200b引领\u00ad基层\n龙岗\u2060区受理12\ufeff3个\u200c件"
    lines = [repair_line(x) for x in split_lines(page)]
    assert [x.text for x in lines] == ["党建引领基层", "龙岗区受理123个件"]
    assert lines[0].offs == [1, 2, 4, 5, 7, 8]
    assert all(page[o] == ch for x in lines for o, ch in zip(x.offs, x.text, strict=True))


def test_doubled_and_spaced_out_repairs_see_through_invisible_characters() -> None:
    doubled = repair_line(_line("河东\u200b区河东区：：议事\u200d会议事会"))
    assert doubled.text == "河东区：议事会" and doubled.doubled
    assert repair_line(_line("打 \u200b通 服 务\u2060 最 后 一 米")).text == "打通服务最后一米"
    assert repair_line(_line("受理 42\u200b 万余件")).text == "受理42万余件"


# Two columns of our own printed side by side, as a PDF's layout text prints them.
_LEFT = [
    "东岭社区织密楼栋网格",
    "",
    "近日，东岭社区把辖区划成",
    "八个网格，网格员每周上门。",
    "居民诉求当天登记。",
]
_RIGHT = [
    "西湖村推行积分超市",
    "",
    "西湖村开张积分超市，村民",
    "用志愿服务攒下的积分换回",
    "米面油，一百多户参加。",
]


def _side_by_side(left: list[str], right: list[str], gap: str) -> str:
    rows = zip(left, right, strict=True)
    return "\n".join((a + "　" * (14 - len(a)) + gap + b).rstrip() if b else a for a, b in rows) + "\n"


def test_two_columns_printed_side_by_side_are_read_one_after_the_other() -> None:
    for gap in ("   ", "\u3000\u3000", "\t"):
        page = _side_by_side(_LEFT, _RIGHT, gap)
        lines = columns_apart(split_lines(page))
        texts = [x.text for x in lines if x.text.strip()]
        assert texts == [t for t in _LEFT + _RIGHT if t]
        assert all(page[o] == c for x in lines for c, o in zip(x.text, x.offs, strict=True))


def test_a_column_printing_nothing_on_a_line_keeps_the_other_column_s_text_in_its_own() -> None:
    """The left column's paragraph ends a line early: the right column's line stands alone after a
    gap of spaces, and still goes to the right column."""
    left = [*_LEFT[:4], ""]
    page = _side_by_side(left, _RIGHT, "   ")
    texts = [x.text.strip() for x in columns_apart(split_lines(page)) if x.text.strip()]
    assert texts == [t for t in left + _RIGHT if t]


def test_two_headlines_side_by_side_on_one_line_are_left_as_printed() -> None:
    """A lone line with a column gap (two headlines, a headline beside a line of text) is no run of
    two columns: the segmentation reads it."""
    page = "东岭社区织密楼栋网格    西湖村推行积分超市\n近日，东岭社区把辖区划成八个网格。\n"
    raw = split_lines(page)
    assert [x.text for x in columns_apart(raw)] == [x.text for x in raw]


def test_three_columns_side_by_side_are_read_one_after_the_other() -> None:
    third = [
        "南山镇开通民情热线",
        "",
        "南山镇开通民情热线，居民",
        "反映的问题当天回应，办结",
        "率达到九成以上。",
    ]
    rows = zip(_side_by_side(_LEFT, _RIGHT, "   ").splitlines(), third, strict=True)
    page = "\n".join((a + "　" * (31 - len(a)) + "   " + b).rstrip() if b else a for a, b in rows) + "\n"
    texts = [x.text.strip() for x in columns_apart(split_lines(page)) if x.text.strip()]
    assert texts == [t for t in _LEFT + _RIGHT + third if t]


def test_a_column_gap_before_a_number_is_no_space_extraction_inserted() -> None:
    """`35 万余件` is one figure, the space PDF extraction put in dropped; three cells or more between
    a headline and the next column's headline opening with a number (`…见实效   38部电梯…`) is the
    gap between two columns, kept for the segmentation to cut at."""
    from transforms.lines import collapse_spaces

    def collapsed(t: str) -> str:
        return collapse_spaces(Line(t, range(len(t)))).text

    assert collapsed("受理35 万余件") == "受理35万余件"
    assert collapsed("2024年\u30003月") == "2024年3月"
    assert collapsed("网格化管理见实效   38部电梯连民心") == "网格化管理见实效   38部电梯连民心"
