"""Facts a page's text loses on an article cut right: glyphs printed twice one by one (a bold face
drawn by overprinting) and names quoted with ASCII marks inside an ASCII quotation."""

from transforms.initiatives import extract_initiatives, paired_quotes
from transforms.lines import Line, repair_line, unpair_glyphs


def _line(text: str) -> Line:
    return Line(text, range(len(text)))


def test_a_line_printed_glyph_by_glyph_twice_is_read_once():
    got = repair_line(_line("今今年年全全镇镇新新建建7700个个停停车车位位，，"))
    assert got.text == "今年全镇新建70个停车位，"
    assert list(got.offs)[:3] == [0, 2, 4]  # each glyph at its first copy's offset
    assert not got.doubled  # body text as often as a headline: the line model's flag as before


def test_digits_are_paired_one_by_one_not_as_the_longest_repeat():
    # `0044` twice is the longest repeat at the second glyph: read so, 4040 would come out 4004
    got = repair_line(_line("共共有有44004400户户居居民民"))
    assert got.text == "共有4040户居民"


def test_words_that_repeat_a_glyph_are_left_alone():
    for text in ("大家高高兴兴地把院子打扫得干干净净", "星星点点", "标题标题：：正文正文"):
        assert unpair_glyphs(_line(text)).text == text


def test_a_run_printed_twice_is_still_undone_and_marked_doubled():
    got = repair_line(_line("红色物业红色物业：：暖心暖心"))
    assert got.text == "红色物业：暖心" and got.doubled


def test_single_ascii_quotes_pair_apart_from_double_ones():
    text = '他说:"村里给每户发了\'邻里互助卡\',大家都用。"村里还推行了"红色代办"。'
    assert paired_quotes(text) == "他说:“村里给每户发了‘邻里互助卡’,大家都用。”村里还推行了“红色代办”。"
    assert paired_quotes("China's 'ab'") == "China's ‘ab’"  # an apostrophe opens nothing


def test_a_name_quoted_inside_an_ascii_quotation_is_found():
    body = "\"今年镇上给每户发了'邻里互助卡',我们可以用积分换东西。\"村民老张说。"
    names = [i.name for i in extract_initiatives("某镇推行积分制\n" + body, "某镇推行积分制\n" + body)]
    assert any("邻里互助卡" in n for n in names), names
