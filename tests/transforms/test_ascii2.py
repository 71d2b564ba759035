"""Names on a page printed with ASCII punctuation (issue 18): straight quotes whose closing mark a
wrap put at the start of the next line, and , printed for 、 in a list of names or of counts."""

from transforms.initiatives import extract_initiatives, listed_commas, paired_quotes, prepare
from transforms.metrics import extract_metrics


def _names(text: str) -> list[str]:
    return [i.name for i in extract_initiatives(text)]


def test_a_closing_quote_wrapped_to_the_next_line_closes():
    text = '"今天的会开完了吗?\n"社区主任问.社区推行"红色代办"服务.'
    assert paired_quotes(text) == "“今天的会开完了吗?\n”社区主任问.社区推行“红色代办”服务."


def test_a_quotation_over_a_paragraph_end_closes_in_the_next():
    text = '居民说:"这里很宽敞。\n我们常来。"社区还推行了"邻里夜话"活动。'
    assert paired_quotes(text) == "居民说:“这里很宽敞。\n我们常来。”社区还推行了“邻里夜话”活动。"


def test_a_stray_open_quote_stops_at_the_paragraph_end():
    assert paired_quotes('他说:"好啊。\n推行"网格"') == "他说:“好啊。\n推行“网格”"


def test_a_quoted_list_printed_with_commas_reads_as_listed():
    text = '街道推行"先行摸排,分类交办,限时办结"工作法,居民满意.'
    assert prepare(text).count("先行摸排、分类交办、限时办结") == 1
    assert _names(text) == ["先行摸排、分类交办、限时办结"]


def test_quoted_names_side_by_side_with_a_comma_are_a_list():
    assert listed_commas("推出“暖心屋”,“议事厅”等品牌") == "推出“暖心屋”、“议事厅”等品牌"


def test_clauses_and_full_width_text_keep_their_commas():
    # clauses of different lengths, two long clauses of one length (a slogan), a number
    for quoted in ("“好,我们马上去办”", "“发动邻里互助,坚持小事不出村”"):
        assert listed_commas(quoted) == quoted
    assert "、" not in prepare("共1,200户.他说“先行摸排,分类交办”.")[:8]
    # a page with full-width marks: its , (folded from ，) is a comma
    assert "、" not in prepare("推行“先行摸排，分类交办，限时办结”。")


def test_a_count_after_a_half_width_comma_shares_the_subject():
    subjects = {
        m.raw_text: m.subject for m in extract_metrics("该村有常住居民1200户,3600人,村里建了2个广场.")
    }
    assert subjects == {"1200户": "常住居民", "3600人": "常住居民", "2个": "广场"}
    # a full-width page's ， is a clause's comma, as before
    assert {m.raw_text: m.subject for m in extract_metrics("该村有常住居民1200户，3600人。")}[
        "3600人"
    ] is None
