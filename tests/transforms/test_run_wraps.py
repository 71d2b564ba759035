"""Headlines gathered into one block and printed as one run of text wrapped like a paragraph: the
line break cuts a headline in two, and the part opening the next line, with no body of its own, is
given back to the part ending the line above (`_run_wraps_back`) where a word or a mark runs
across the break or the body the first part found names the rest. All text here is written for
these tests."""

from __future__ import annotations

from transforms.articles import Unit, _bigrams, _names_rest, _run_wrap, _run_wraps_back
from transforms.lines import Line

STORY = "临川社区的老年食堂开张了，七十岁以上的老人凭卡就餐，食堂由社区志愿者轮流帮厨。"
OTHER = "白沙河两岸的护河队又添新人，五个村的党员组成巡河小组，每天清理河面垃圾。"


def _unit(page: str, text: str, start: int = 0) -> Unit:
    at = page.index(text, start)
    return Unit(title=[Line(text, range(at, at + len(text)))], page=page)


def _run(page: str, upper: str, rest: str) -> tuple[set[int], Unit]:
    top, low = _unit(page, upper), _unit(page, rest)
    grams = [_bigrams(STORY), _bigrams(OTHER)]
    return _run_wraps_back([top, low], {0: 0}, set(), grams), top


def test_a_known_word_or_an_open_mark_goes_on_across_the_break() -> None:
    assert _run_wrap("青禾镇打造便民服务综合", "体 白沙河护河队又添新人")  # 综合体
    assert _run_wrap("柳河村：“积分银", "行”让村民得实惠")  # the quotation closes below
    assert not _run_wrap("青禾镇建设美丽乡村", "小网格大作为")  # `村小`: two characters join by chance
    assert not _run_wrap("青禾镇稻田养鱼见成效", "白沙河护河队又添新人")


def test_the_rest_is_named_by_the_body_the_part_above_found() -> None:
    grams = [_bigrams(STORY), _bigrams(OTHER)]
    rest = _unit("食堂开张", "食堂开张")
    assert _names_rest(rest, 0, grams)
    assert not _names_rest(rest, 1, grams)  # the other story holds none of its words


def test_the_rest_opening_the_next_line_of_a_run_is_given_back() -> None:
    page = "青禾镇稻田养鱼 临川社区老年\n\n食堂开张 白沙河护河队又添新人\n"
    back, top = _run(page, "临川社区老年", "食堂开张")
    assert back == {1}
    assert "".join(x.text for x in top.title) == "临川社区老年食堂开张"


def test_a_headline_of_its_own_lines_is_not_a_run() -> None:
    page = "临川社区老年\n\n食堂开张\n"  # neither line prints another headline
    assert _run(page, "临川社区老年", "食堂开张")[0] == set()


def test_a_rest_its_body_does_not_name_stays_apart() -> None:
    page = "青禾镇稻田养鱼 临川社区老年食堂\n\n渡口镇新修码头 白沙河护河队又添新人\n"
    assert _run(page, "临川社区老年食堂", "渡口镇新修码头")[0] == set()
