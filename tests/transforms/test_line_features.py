"""Line features on tiny pages written for these tests."""

import json

import polars as pl
import pytest

from transforms import line_features, line_labels
from transforms.lines import repair_line, split_lines


def _frame(page: str) -> pl.DataFrame:
    raw = split_lines(page)
    return line_features.frame([repair_line(x) for x in raw], line_features.indents(raw))


PAGE = """地方传真

■记者 周泽宁 潘语桐
　　本报讯（记者 韩予川）近年来，安吉县递铺街道围绕
老旧小区改造，组建居民议事会。
（周泽宁 潘语桐）
西湖区推行“邻里议事角”
（下转A6版）
本报记者 王立新 摄
"""


def test_one_row_per_printed_line_with_the_schema() -> None:
    f = _frame(PAGE)
    assert f.schema == line_features.SCHEMA
    assert f["line"].to_list() == [0, 2, 3, 4, 5, 6, 7, 8]  # blank lines have no row


def test_what_each_line_reads_as() -> None:
    f = _frame(PAGE).rows_by_key("line", named=True, unique=True)
    assert f[2]["byline_leading"] and f[2]["box"]
    assert f[3]["dateline"] and f[3]["indent"] and not f[3]["dateline_only"]
    assert f[4]["end"] == "stop" and not f[4]["indent"]
    assert f[5]["byline_paren"] and not f[5]["byline_tail"]
    assert f[6]["end"] == "quote" and not f[6]["comma"]
    assert f[7]["cont"]
    assert f[8]["credit_only"]
    assert f[0]["first"] and f[8]["last"] and f[2]["blank_before"]


def test_a_line_printed_twice_nearby_is_a_repeat_and_the_first_is_not() -> None:
    line = "社区党委牵头成立协商议事会，每月固定开展一次议事活动。"
    f = _frame(f"{line}\n另起一段文字说明情况。\n{line}\n")
    assert f["repeat"].to_list() == [False, False, True]


def test_a_doubled_headline_is_marked_and_read_once() -> None:
    f = _frame("标题标题：：正文正文\n")
    assert f["doubled"].to_list() == [True]


def test_an_empty_page_gives_an_empty_frame_and_no_items() -> None:
    f = _frame("\n\n")
    assert f.is_empty() and f.schema == line_features.SCHEMA
    assert line_features.items(f) == []


def test_items_carry_the_neighbours_context() -> None:
    items = line_features.items(_frame("（韩予川）\n西湖区推行议事角\n本报讯 某社区今年组建志愿服务队。\n"))
    assert "-1:byline_paren=True" in items[1] and "1:dateline=True" in items[1]
    assert "-1:edge" in items[0] and "1:edge" in items[2] and "-1:edge" not in items[1]


def test_a_repeat_is_looked_for_in_the_forty_lines_before() -> None:
    line = "社区党委牵头成立协商议事会，每月固定开展一次议事活动。"
    fillers = [f"第{k}条不同的说明文字。" for k in range(80)]
    f = _frame("\n".join([line, *fillers[:39], line, *fillers[39:], line]) + "\n")
    repeats = f["repeat"].to_list()
    assert repeats[40] and not repeats[81]  # 40 lines after its first print; 41 after its second
    assert sum(repeats) == 1


def test_echo_is_what_the_doubled_run_search_finds() -> None:
    """echo skips the search on lines with too few repeated character pairs: it must agree with
    the search itself on lines made of doubled runs in every proportion."""
    import random
    import re

    def searched(text: str) -> bool:
        covered = sum(len(m.group(0)) for m in re.finditer(r"(\S{2,}?)\1", text))
        return 6 <= len(text) <= 200 and 2 * covered >= len(text)

    rng = random.Random(5)
    lines = []
    for _ in range(3000):
        alphabet = rng.choice(["ab", "abc d", "标题正文", "协同机制奏响治理新篇章"])
        runs = (
            "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(rng.randint(1, 9))
        )
        lines.append("".join(run * rng.choice([1, 2]) for run in runs)[: rng.randint(5, 210)])
    assert any(map(searched, lines)) and not all(map(searched, lines))
    assert [line_features.echo(x) for x in lines] == [searched(x) for x in lines]


def test_items_hold_true_own_columns_and_every_context_value() -> None:
    f = _frame(PAGE)
    items = line_features.items(f)
    byline, dateline = items[1], items[2]  # ■记者 周泽宁 潘语桐, then the indented 本报讯 line
    assert byline[0] == "bias" and "box=True" in byline and "byline_leading=True" in byline
    assert "indent=False" not in byline and "markdown=0" not in byline  # own columns: true ones only
    assert "-1:indent=False" in dateline and "1:indent=True" in byline  # a neighbour's, false ones too
    assert f"width={f['width'][1]}" in byline and f"-2:width={f['width'][0]}" in dateline
    assert [len([a for a in x if a.endswith(":edge")]) for x in items] == [2, 1, 0, 0, 0, 0, 1, 2]


def test_a_line_is_described_by_classes_of_its_characters_never_by_the_characters() -> None:
    """A model that learns `opens=仙` learns one report's headline, not where headlines are."""
    f = _frame("仙居后项村有个说事会\n“明年底，高速都将建成。”\n2024年的数据\n")
    assert f["opens"].to_list() == ["cjk", "quote", "digit"]
    assert f["closes"].to_list() == ["cjk", "punct", "cjk"]
    texts = {a for row in line_features.items(f) for a in row}
    assert not any(ch in a for a in texts for ch in "仙居会明")


def test_a_headline_shares_its_words_with_the_body_under_it() -> None:
    f = _frame(
        "邻里议事角化解小区难题\n社区设立邻里议事角以来，居民把小区难题\n拿到议事角商量，一年化解了30件事。\n"
    )
    assert f["shares_next"][0] in ("half", "most") and f["shares_prev"][0] == "none"
    assert f["shares_prev"][1] in ("half", "most")


def test_any_papers_dateline_opens_a_line_and_a_role_word_does_not() -> None:
    f = _frame("星报讯 日前，合肥市包河区\n某某网讯（记者 张三）\n通讯员 李四\n他说讯号很好\n")
    assert f["opener"].to_list() == [True, True, False, False]


def test_a_break_inside_a_word_wraps_and_one_between_words_does_not() -> None:
    assert line_features.wraps("社区组建了网", "格员队伍，每天巡查")  # 网格员 cut by the column
    assert not line_features.wraps("社区网格员队伍", "每天巡查楼道")
    assert not line_features.wraps("居民满意率达96%", "以上")  # not between two Chinese characters
    assert not line_features.wraps("", "格员队伍")
    f = _frame("老旧小区改造完成\n社区组建了网\n格员队伍，每天巡查。\n")
    assert f["wraps"].to_list() == [False, True, False]


def test_a_character_no_byline_holds_makes_the_names_parse_fail() -> None:
    """`names` skips bylines.parse on a line holding a character outside its tokens and separators:
    parse must fail on every such character, wherever it stands in a byline that parses without it."""
    from transforms import bylines

    chars = [chr(c) for c in (*range(0x21, 0x3400), *range(0xFF00, 0xFFF0))]
    outside = [ch for ch in chars if line_features._NOT_NAMES.search(ch)]
    assert "。" in outside and "“" in outside and "，" not in outside and "、" not in outside
    for byline in ("记者 张三 通讯员 李四", "张三、李四", "文/图 王五"):
        assert bylines.parse(byline) is not None
        for ch in outside:
            assert bylines.parse(byline + ch) is None, ch
            assert bylines.parse(ch + byline) is None, ch
            assert bylines.parse(byline.replace(" ", ch, 1).replace("、", ch)) is None, ch


def test_shares_are_the_portions_found_in_the_lines_around() -> None:
    """The page-at-once shares against their definition: a line's Chinese character pairs found in
    the union of the SHARE_SPAN lines before it (after it), and on any other line of the page."""
    import random
    import re

    rng = random.Random(3)
    words = ["议事", "小区", "难题", "居民", "社区", "治理", "协同", "機制", "，", "A", "𠀋", " "]
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(0, 6))) for _ in range(300)]
    runs = [re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+", t) for t in texts]
    pairs = [frozenset(r[i : i + 2] for r in rs for i in range(len(r) - 1)) for rs in runs]
    span = line_features.SHARE_SPAN

    def portion(ps: frozenset[str], found: set[str]) -> str:
        return line_features._portion(len(ps & found), len(ps))

    shared = line_features._shared(texts)
    for k, ps in enumerate(pairs):
        before = set().union(*pairs[max(0, k - span) : k])
        after = set().union(*pairs[k + 1 : k + 1 + span])
        elsewhere = set().union(*pairs[:k], *pairs[k + 1 :])
        assert shared["shares_prev"][k] == portion(ps, before)
        assert shared["shares_next"][k] == portion(ps, after)
        assert shared["shares_page"][k] == portion(ps, elsewhere)
    assert {"none", "some", "half", "most"} <= set(shared["shares_next"])
    assert line_features._shared(["无", "A"]) == {k: ["none", "none"] for k in shared}


def test_the_taggers_items_are_the_items_encoded() -> None:
    f = _frame(PAGE)
    assert [[a.decode() for a in row] for row in line_features.crf_items(f)] == line_features.items(f)


def test_two_headlines_on_one_line_show_a_gap_and_running_text_none() -> None:
    f = _frame("党群服务中心启用  福清三山镇乡贤捐款\n基础　万载县赤兴乡：\n社区书记表示，我们要坚持\n")
    assert f["gaps"].to_list() == [1, 1, 0]


def test_a_line_opening_with_a_name_and_a_colon_after_a_paragraph_reads_as_a_named_headline() -> None:
    f = _frame("议事会开完了。\n东坡区：议事会开到田坎上\n他说：今年要把路修好。\n会上，村民代表：\n")
    assert f["named_head"].to_list() == [False, True, False, False]
    under_a_kicker = _frame("坚持和发展新时代好经验\n东坡区：议事会开到田坎上\n")
    assert under_a_kicker["named_head"].to_list() == [False, False]


def test_headline_ness_bins_a_lines_mean_weight_by_the_models_cuts(tmp_path) -> None:
    model = {"weights": {"治理": 2.0, "引领": 1.5, "的": -2.0, "。": -3.0}, "cuts": [-1.0, 0.0, 1.0]}
    (tmp_path / line_features.HEADLINES_FILE).write_text(json.dumps(model), "utf-8")
    try:
        line_features.use_headlines(tmp_path)
        assert line_features.headline_ness("党建引领基层治理") == "high"
        assert line_features.headline_ness("治理的经验的") == "low"  # (2 - 2) / 2 = 0: not above 0
        assert line_features.headline_ness("我们的工作做完了。") == "no"
        assert line_features.headline_ness("小区加装电梯") == "no"  # no word the model knows
        assert line_features.headline_ness("治理") == "no"  # too short to tell
    finally:
        line_features.use_headlines(line_labels.MODEL_DIR)


def test_a_missing_headline_ness_model_says_how_to_rebuild_it(tmp_path) -> None:
    try:
        line_features.use_headlines(tmp_path)
        with pytest.raises(line_features.ModelError, match="make train"):
            line_features.headline_ness("党建引领基层治理")
    finally:
        line_features.use_headlines(line_labels.MODEL_DIR)


def test_a_topic_breaks_where_the_lines_above_share_nothing_with_those_below() -> None:
    first = ["仙居县后项村有个说事会", "仙居县的村民把难事", "拿到后项村说事会上商量。"]
    second = ["西湖区老旧小区加装电梯", "西湖区的居民说电梯", "让老旧小区的老人下楼方便了。"]
    texts = [*first, "西湖区电梯加装记", *second]
    breaks = line_features.topic_breaks(texts, span=3)
    assert breaks[3] == "none"  # the headline between the two reports
    assert breaks[1] == "much" and breaks[5] == "much"  # inside one report
    assert breaks[0] == breaks[-1] == "edge"


def test_topic_breaks_slide_to_what_the_windows_hold_by_definition() -> None:
    """The sliding windows against their definition: the weighted pairs the `span` lines above and
    below a line both hold, against the lighter side's weight."""
    import math
    import random
    from collections import Counter

    rng = random.Random(5)
    words = ["议事", "小区", "难题", "居民", "社区", "治理", "仙居", "西湖", "，", "A", " "]
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(0, 5))) for _ in range(200)]
    pairs = [line_features._pairs(t) for t in texts]
    held = Counter(g for ps in pairs for g in ps)
    weight = {g: math.log(len(texts) / c) for g, c in held.items() if c > 1}

    def expected(k: int, span: int) -> str:
        up = {g for ps in pairs[max(0, k - span) : k] for g in ps if g in weight}
        down = {g for ps in pairs[k + 1 : k + 1 + span] for g in ps if g in weight}
        light = min(sum(weight[g] for g in up), sum(weight[g] for g in down))
        if light <= 1e-9:
            return "edge"
        r = sum(weight[g] for g in up & down) / light
        return "none" if r <= 1e-9 else "low" if r < 0.1 else "some" if r < 0.25 else "much"

    for span in (1, 3, 8):
        assert line_features.topic_breaks(texts, span) == [expected(k, span) for k in range(len(texts))]
    assert line_features.topic_breaks([]) == []
    assert line_features.topic_breaks(["A", "仙居县", "仙居县"]) == ["edge", "edge", "edge"]  # no window adds
