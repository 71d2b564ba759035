"""Segmentation on small pages written for these tests, one phenomenon each."""

import dataclasses
import re

import pytest

from evaluation.probes import BODIES, HEADLINE, NEXT_HEADLINE, wrap
from transforms.articles import (
    Piece,
    Unit,
    _atoms,
    _beside_cut,
    _Body,
    _bylines_rejoined,
    _clause_run_into_text,
    _closes_quote,
    _column_groups,
    _column_parts,
    _doubled_column_goes_on,
    _doubled_seam,
    _echoes,
    _groupings,
    _headline_parts,
    _inner_heads,
    _inside_a_repeat,
    _leftover_pairs,
    _line_breaks,
    _may_go_on,
    _narrower_gaps,
    _one_headline_halved,
    _plainly,
    _Reader,
    _regroup,
    _rejoin_halves,
    _set_closer,
    _similarity,
    _stacked_halves,
    _subheads_inside,
    _under_a_kicker,
    _wide_gaps_apart,
    _words_wrapped,
    _wrapped,
    _wrapped_headlines_rejoined,
    column_cuts,
    column_wraps,
    kickers_apart,
    match,
    pair_cut,
    recut,
    regroup_blocks,
    split_articles,
    split_units,
    wraps_across_lines,
)
from transforms.lines import Line, repair_line, split_lines

HEADLINE_AFTER_BODY = """本报讯 近年来，安吉县递铺街道围绕
老旧小区改造，组建居民议事会，推
动停车难题逐一破解。
街道负责人介绍，今年已完成改造
小区12个，新增车位600余个。
（周泽宁 潘语桐）
安吉递铺街道议事会破解停车难题
武侯区玉林街道推行“三事分流”工作法
本报讯 成都市武侯区玉林街道把居
民诉求分为大事、小事、私事，分类
办理，今年以来办结群众诉求1200件。
（韩予川）
"""


def test_headline_printed_after_its_body_goes_to_that_body() -> None:
    arts, _ = split_articles(HEADLINE_AFTER_BODY)
    bodies = [a for a in arts if a.kind == "article"]
    assert [a.title for a in bodies] == [
        "安吉递铺街道议事会破解停车难题",
        "武侯区玉林街道推行“三事分流”工作法",
    ]
    assert bodies[0].body[bodies[0].lead_in :].startswith("近年来，安吉县递铺街道围绕老旧小区改造")
    assert [x.name for x in bodies[0].authors] == ["周泽宁", "潘语桐"]
    assert bodies[0].dateline == "本报讯"


MARKDOWN_WITH_PRETITLE = """## 居民说事有了固定场所
# 卫东区建成社区议事厅
本报12月20日讯 平顶山市卫东区今年在
全区社区建成议事厅36个，居民参与议事
超过8000人次。(鹰城融媒 记者 祁 蔓)
"""


def test_markdown_levels_give_title_and_pre_title() -> None:
    (art,) = [a for a in split_articles(MARKDOWN_WITH_PRETITLE)[0] if a.kind == "article"]
    assert art.title == "卫东区建成社区议事厅"
    assert art.subtitle == "居民说事有了固定场所"
    assert art.dateline == "本报12月20日讯"
    assert "全区社区建成议事厅36个" in art.body
    assert [(a.name, a.role) for a in art.authors] == [("祁蔓", "记者")]


ORPHAN = """（钟晓岷）
鼓楼区推行楼道微治理
（下转A6版）
"""


def test_an_orphan_headline_is_kept_and_never_attached() -> None:
    arts, warnings = split_articles(
        "□ 钟晓岷\n本报讯 某社区今年组建志愿服务队8支，服务居民3000多人次。\n" + ORPHAN
    )
    kinds = {a.kind for a in arts}
    assert "orphan_headline" in kinds
    assert all(a.title != "鼓楼区推行楼道微治理" for a in arts if a.kind == "article")
    assert any("orphan headline" in w for w in warnings)


def test_a_repeated_line_is_removed_with_a_warning() -> None:
    line = "社区党委牵头成立协商议事会，每月固定开展一次议事活动。"
    arts, warnings = split_articles(f"# 标题在这里\n本报讯 {line}\n{line}\n（韩予川）\n")
    assert arts[0].body.count(line[:10]) == 1
    assert any("repeated" in w for w in warnings)


def test_body_offsets_map_back_to_the_page() -> None:
    arts, _ = split_articles(HEADLINE_AFTER_BODY)
    art = arts[0]
    assert all(
        HEADLINE_AFTER_BODY[o] == ch for o, ch in zip(art.offsets, art.body, strict=True) if ch != "\n"
    )


def test_a_byline_right_after_the_dateline_goes_out_of_the_body() -> None:
    page = "# 老旧小区加装电梯\n本报讯（记者 周泽宁 通讯员 潘语桐）近日，某社区第12部加装电梯投入使用。\n"
    (art,) = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert art.body[art.lead_in :].startswith("近日")
    assert [(a.name, a.role) for a in art.authors] == [("周泽宁", "记者"), ("潘语桐", "通讯员")]


TWO_ARTICLES_NO_BYLINES = """西湖区推行“邻里议事角”
近年来，杭州市西湖区在老旧小区设立
邻里议事角，由社区党组织牵头，居民
轮流主持，每月议一次小区大事。今年
已设立议事角86个，解决问题320余件。
滨江区“红色管家”进楼道
杭州市滨江区组织党员担任楼道管家，
帮助独居老人代购代办，今年累计服务
1.2万人次，群众满意度达到98%。
"""


def test_a_headline_naming_a_new_place_starts_a_new_article_even_without_bylines() -> None:
    arts = [a for a in split_articles(TWO_ARTICLES_NO_BYLINES)[0] if a.kind == "article"]
    assert [a.title for a in arts] == ["西湖区推行“邻里议事角”", "滨江区“红色管家”进楼道"]
    assert arts[1].body[arts[1].lead_in :].startswith("杭州市滨江区")


def test_a_subhead_naming_the_same_place_stays_inside_its_article() -> None:
    page = TWO_ARTICLES_NO_BYLINES.replace("滨江区“红色管家”进楼道", "西湖区 议事角越办越实").replace(
        "滨江区", "西湖区"
    )
    arts = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert len(arts) == 1 and "组织党员担任楼道管家" in arts[0].body


def test_a_headline_may_end_with_a_question_mark() -> None:
    page = (
        "社区议事会开到楼道里\n本报讯 某街道今年办结居民议事事项46件，群众满意率达到97%。\n（韩予川）\n\n"
        "老旧小区加装电梯难在哪里？\n本报讯 某社区今年完成加装电梯12部，惠及居民360余户，居民出行难题逐步破解。\n"
        "（钟晓岷）\n"
    )
    arts = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert [a.title for a in arts] == ["社区议事会开到楼道里", "老旧小区加装电梯难在哪里？"]


def test_a_question_headline_right_under_a_stray_byline() -> None:
    page = "（韩予川）\n老旧小区加装电梯难在哪里？\n本报讯 某社区今年完成加装电梯12部，惠及居民360余户，居民出行难题逐步破解。\n（钟晓岷）\n"
    arts = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert [a.title for a in arts] == ["老旧小区加装电梯难在哪里？"]


def test_segmentation_does_not_depend_on_the_hash_seed_of_the_process():
    """Workers are spawned with their own hash seeds: the same page must split the same way in each
    (sums over sets of bigrams once differed in the last bit and flipped near-ties)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    script = (
        "import hashlib, pathlib, sys\n"
        "from transforms.articles import split_articles\n"
        "from transforms.decoding import decode\n"
        "h = hashlib.sha256()\n"
        "for f in sorted(pathlib.Path('inbox').rglob('*.txt')):\n"
        "    h.update(repr(split_articles(decode(f.read_bytes()).text)).encode())\n"
        "print(h.hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=root,
            env={"PYTHONHASHSEED": str(seed), "PYTHONPATH": str(root)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in (0, 1, 7)
    }
    assert len(digests) == 1


BLOCK_OF_TWO = """西湖区推行“邻里议事角”
滨江区“红色管家”进楼道
本报讯 近年来，杭州市西湖区在老旧小区设立邻里议事角，由社区党组织牵头，居民轮流主持。
（韩予川）
本报讯 杭州市滨江区组织党员担任楼道管家，帮助独居老人代购代办，群众满意度达到98%。
（钟晓岷）
"""


def test_a_block_of_two_headlines_is_matched_to_two_bodies_at_once() -> None:
    """The headlines are printed in the other order from their bodies: the one right above the
    first body is the second body's. The assignment over all headlines and bodies gives each its own."""
    page = BLOCK_OF_TWO.replace(
        "西湖区推行“邻里议事角”\n滨江区“红色管家”进楼道", "滨江区“红色管家”进楼道\n西湖区推行“邻里议事角”"
    )
    arts = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert [(a.body[a.lead_in : a.lead_in + 9], a.title) for a in arts] == [
        ("近年来，杭州市西湖", "西湖区推行“邻里议事角”"),
        ("杭州市滨江区组织党", "滨江区“红色管家”进楼道"),
    ]


def test_every_article_says_how_sure_the_segmentation_is() -> None:
    arts, _ = split_articles(BLOCK_OF_TWO)
    assert all(a.confidence is not None and 0.0 <= a.confidence <= 1.0 for a in arts)
    assert all(a.confidence <= a.label_confidence + 1e-9 for a in arts)
    assert [a.title for a in arts if a.kind == "article"] == [
        "西湖区推行“邻里议事角”",
        "滨江区“红色管家”进楼道",
    ]


def _lines(text: str) -> list:
    from transforms.lines import Line

    return [Line(t, range(len(t))) for t in text.strip().split("\n")]


MERGED = TWO_ARTICLES_NO_BYLINES.split("\n", 1)[1].replace("滨江区“红色管家”进楼道\n", "")


def test_an_orphan_headline_cuts_the_body_that_holds_its_words_where_they_start() -> None:
    from transforms.articles import Piece, Unit, orphan_cut

    body = _lines(MERGED)
    units = [Unit(title=_lines("西湖区推行“邻里议事角”")), Unit(title=_lines("滨江区“红色管家”进楼道"))]
    piece = Piece(lines=body)
    assert orphan_cut(units, [piece], {0: 0}) == (piece, 4)
    assert body[4].text.startswith("杭州市滨江区")


def test_a_subhead_cuts_nothing_when_the_body_s_headline_names_both_parts() -> None:
    from transforms.articles import Piece, Unit, orphan_cut

    body = _lines(MERGED.replace("滨江区", "西湖区"))
    units = [Unit(title=_lines("西湖区邻里议事角和楼道管家")), Unit(title=_lines("楼道管家服务独居老人"))]
    assert orphan_cut(units, [Piece(lines=body)], {0: 0}) is None


RUN_IN_LEAD = """社区议事厅让居民说事有地方
本报讯 近年来，卫东区在全区社区建成议事厅
36个，居民参与议事超过8000人次。
走进光华社区
议事厅
走进光华社区议事厅，墙上贴着议事规则，
居民们正围坐在一起商量加装电梯的事。“以
前有事找不到人说，现在每月都有议事日，
大家的事大家商量着办。”居民王大爷说。
（卫东区融媒体中心 李 华）
"""


def test_a_run_in_lead_printed_again_as_its_own_lines_is_no_headline() -> None:
    (art,) = [a for a in split_articles(RUN_IN_LEAD)[0] if a.kind == "article"]
    assert art.title == "社区议事厅让居民说事有地方"
    assert "超过8000人次。\n走进光华社区议事厅，墙上贴着议事规则" in art.body
    assert art.body.count("走进光华社区") == 1


def test_an_unended_line_between_a_sentence_end_and_a_dateline_is_a_headline() -> None:
    from transforms.articles import _inner_heads
    from transforms.lines import Line

    texts = [
        "居民们切身感受到了城市发展带来的新福祉。",
        "石峰区东门社区加装电梯让居民告别爬楼难",
        "石峰新闻网讯 “以前爬5楼得歇两回，现在",
        "一按电梯就到家。”说起加装电梯，居民笑了。",
    ]
    lines = [Line(t, range(len(t))) for t in texts]
    labels, _ = _inner_heads(lines, ["body"] * 4, [0.99] * 4)
    assert labels == ["body", "title", "body", "body"]
    texts[0] = "居民们切身感受到了城市发展带来的新福祉，"  # the sentence goes on: text, not a headline
    lines = [Line(t, range(len(t))) for t in texts]
    assert _inner_heads(lines, ["body"] * 4, [0.99] * 4)[0] == ["body"] * 4


def test_an_outlet_s_dispatch_opens_an_article_and_the_page_s_furniture_is_no_text_or_headline() -> None:
    from transforms.articles import _Reader
    from transforms.lines import Line

    page = [
        ("总结出可推广的党建引领小区治理做法。", "body"),
        ("大江新闻客户端讯 今年以来，万载县赤兴乡坚", "body"),
        ("持党建引领，化解矛盾纠纷128起。", "body"),
        ("2024年9月15日 星期一 第7版 地方新闻", "noise"),
        ("第11版2024年11月10日 星期四", "title"),
    ]
    reader = _Reader("\n".join(t for t, _ in page))
    for text, label in page:
        reader.feed(Line(text, range(len(text))), label, 0.99)
    first, second = reader.pieces
    assert not reader.units  # the page's furniture heads nothing
    assert not first.opens
    assert second.opens and second.dateline == "大江新闻客户端讯"
    assert [x.text for x in second.lines] == ["今年以来，万载县赤兴乡坚", "持党建引领，化解矛盾纠纷128起。"]


HEADLINE_OVER_DATELINE = """卫东区建成社区议事厅
本报12月20日讯（记者 祁蔓） 平顶山市卫东区今年在
全区社区建成议事厅36个，居民参与议事超过8000人
次，解决停车、加装电梯等难题120余件。
告别“老破危” 老楼迎来“第二春”
本报讯（记者 沈娟娟） 日前，合肥市包河区骆岗街道
官塘社区首批15部更新电梯项目正式交付使用，社区
制定包保责任制，由两委成员牵头做好宣传引导工作。
"""


def test_a_headline_right_above_a_dateline_heads_that_body_though_they_share_no_words() -> None:
    arts, _ = split_articles(HEADLINE_OVER_DATELINE)
    assert [(a.kind, a.title) for a in arts] == [
        ("article", "卫东区建成社区议事厅"),
        ("article", "告别“老破危” 老楼迎来“第二春”"),
    ]
    assert arts[1].body[arts[1].lead_in :].startswith("日前，合肥市包河区")


def test_a_line_under_a_headline_read_as_a_byline_but_naming_nobody_goes_on_with_the_headline() -> None:
    from transforms.articles import _Reader
    from transforms.lines import Line

    def feed(page: list[tuple[str, str, float]]) -> _Reader:
        reader = _Reader("\n".join(t for t, _, _ in page))
        for text, label, conf in page:
            reader.feed(Line(text, range(len(text))), label, conf)
        return reader

    reader = feed([("麻章区太平镇将矛盾化", "title", 0.99), ("解在“家门口”  方寸网格暖意浓", "byline", 0.41)])
    assert [[x.text for x in u.title] for u in reader.units] == [
        ["麻章区太平镇将矛盾化", "解在“家门口”  方寸网格暖意浓"]
    ]
    reader = feed(
        [("方寸网格暖意浓", "title", 0.99), ("○余育桑", "byline", 0.56), ("据了解，五指山市", "body", 0.99)]
    )
    assert [x.text for x in reader.units[0].title] == ["方寸网格暖意浓"]
    assert reader.pieces[0].bylines == ["○余育桑"]


def test_two_text_lines_that_read_as_one_headline_printed_doubled_are_a_headline() -> None:
    from transforms.articles import _inner_heads
    from transforms.lines import Line

    texts = [
        "72岁的周桂兰告",
        "西岭区今年计划改造98个老旧小区西岭区今",
        "年计划改造98个老旧小区",
        "诉记者,她家住在二楼。",
    ]
    lines = [Line(t, range(len(t))) for t in texts]
    assert _inner_heads(lines, ["body"] * 4, [0.99] * 4)[0] == ["body", "title", "title+", "body"]
    texts[1:3] = ["“村道如果没有建人行道", "“村道如果没有建人行道,人"]  # a lead printed again: no headline
    lines = [Line(t, range(len(t))) for t in texts]
    assert _inner_heads(lines, ["body"] * 4, [0.99] * 4)[0][1:3] == ["body", "body"]


def _repaired(rows: list[tuple[str, str]]) -> list[str]:
    """The labels `_inner_heads` gives lines the model labelled as in `rows`."""
    lines = [Line(t, range(len(t))) for t, _ in rows]
    return _inner_heads(lines, [y for _, y in rows], [0.6] * len(rows))[0]


def test_a_headline_ending_the_page_after_its_body_is_read_as_one_where_the_model_read_text() -> None:
    rows = [
        ("□ 本报记者 韩予川", "byline"),
        ("桂香社区位于城区东部，今年", "body"),
        ("推行“楼栋议事”，居民在楼", "body"),
        ("道里商量停车和绿化，全年办", "body"),
        ("结议事事项52件，居民满意", "body"),
        ("率达96%。", "body"),
        ("桂香社区", "body"),
        ("“楼栋议事”议出好日子", "body"),
    ]
    assert _repaired(rows)[-2:] == ["title", "title+"]
    cut = [*rows[:-2], ("今年以来，社区又新建议事点", "body")]  # a paragraph cut by the page's end
    assert _repaired(cut)[-1] == "body"
    other = [*rows[:-2], ("滨江街道", "body"), ("红色驿站暖民心", "body")]  # words the text never printed
    assert _repaired(other)[-2:] == ["body", "body"]


def test_a_body_line_cut_inside_a_quotation_is_not_a_headline() -> None:
    rows = [
        ("石桥社区开起“板凳会”", "title"),
        ("本报讯 石桥社区把议事桌搬到树荫", "dateline"),
        ("下，居民围坐一圈，一件件说", "body"),
        ("清楚小区的难事。", "body"),
        ("去年以来，社区推出“板凳", "title"),
        ("会”机制，先后解决停车难、", "body"),
    ]
    assert _repaired(rows) == ["title", "dateline", "body", "body", "body", "body"]


def test_a_phrase_over_a_place_and_colon_headline_is_its_kicker() -> None:
    u = Unit(title=[Line("深化党建引领“红色物业”", range(12))])
    assert _under_a_kicker(u, Line("雨花区：小区难事有人管", range(11)))
    assert not _under_a_kicker(u, Line("小区难事有人管", range(7)))  # a wrapped headline goes on
    wrapped = Unit(title=[Line("湖南省长沙市雨花区：", range(10))])
    assert not _under_a_kicker(wrapped, Line("东塘街道：小区难事有人管", range(12)))
    headline = Unit(title=[Line("西岭镇以“网格化”管理助力乡村振兴", range(17))])
    assert not _under_a_kicker(headline, Line("雨花区：小区难事有人管", range(11)))  # a headline of its own


def test_a_caption_wrapped_over_a_short_last_line_or_its_credit_is_no_headline() -> None:
    tail = [
        ("居民们陆续走进议事厅。", "body"),
        ("桂香社区志愿者在楼道里为独居老人检修电路", "title"),
        ("排除隐患。", "body"),
        ("（下转第2版）", "continuation"),
    ]
    assert _repaired(tail)[1:3] == ["title", "caption"]  # the photo's own headline, its caption under it
    credited = [
        ("居民们陆续走进议事厅。", "body"),
        ("桂香社区志愿者在楼道里为独居老人检修", "title"),
        ("电路。 韩予川 摄", "title+"),
    ]
    assert _repaired(credited)[1:] == ["caption", "caption"]
    headline = [*tail[:2], ("本报讯 今年以来，社区组织志愿者120人次上门服务。", "dateline")]
    assert _repaired(headline)[1] == "title"


def test_two_headlines_where_two_articles_meet_are_two() -> None:
    rows = [
        ("本报讯 桂香社区推行积分兑换，居民参加", "dateline"),
        ("楼道清扫可得积分，积分能换米面油。", "body"),
        ("桂香社区积分兑出好风气", "title"),
        ("石桥村乡贤回乡办学堂", "title+"),
        ("本报讯 石桥村邀请在外乡贤回村，", "dateline"),
        ("为孩子们开设书法和武术课堂。", "body"),
    ]
    assert _repaired(rows)[2:4] == ["title", "title"]
    wrapped = [*rows[:2], ("桂香社区积分兑出", "title"), ("好风气换来新面貌", "title+"), *rows[4:]]
    assert _repaired(wrapped)[2:4] == ["title", "title+"]  # one headline wrapped: its words are above


def _placed(*xs: Piece | Unit) -> list[Piece | Unit]:
    for k, x in enumerate(xs):
        x.pos = k
    return list(xs)


def _text(t: str) -> Line:
    return Line(t, range(len(t)))


def test_an_orphan_next_to_a_headless_opening_body_heads_it() -> None:
    head = Unit(title=[_text("老楼告别“老破危”")])
    body = Piece(lines=[_text("日前，某社区首批15部更新电梯交付使用。")], opens=True)
    assert _leftover_pairs([head], [body], _placed(head, body), {}, _similarity([head], [body])) == [(0, 0)]
    goes_on = Piece(lines=body.lines)  # no dateline or byline opens it: the rest of a piece before
    assert (
        _leftover_pairs([head], [goes_on], _placed(head, goes_on), {}, _similarity([head], [goes_on])) == []
    )


def test_an_orphan_under_a_headless_body_heads_it_only_where_the_page_prints_headlines_under_bodies() -> None:
    first_body = Piece(lines=[_text("桂香社区推行积分兑换，居民参加清扫可得积分。")], opens=True)
    first_head = Unit(title=[_text("桂香社区积分兑换")])
    body = Piece(lines=[_text("日前，某社区首批15部更新电梯交付使用。")], opens=True)
    head = Unit(title=[_text("老楼告别“老破危”")])
    order = _placed(first_body, first_head, body, head)
    units, pieces = [first_head, head], [first_body, body]
    assert _leftover_pairs(units, pieces, order, {0: 0}, _similarity(units, pieces)) == [(1, 1)]
    order = _placed(first_head, first_body, body, head)  # the page's other headline is above its body
    assert _leftover_pairs(units, pieces, order, {0: 0}, _similarity(units, pieces)) == []


def test_a_piece_set_in_a_column_of_another_width_does_not_go_on_with_the_one_before() -> None:
    narrow = Piece(lines=[_text("社区组建议事会，居民")] * 4)
    wide = Piece(lines=[_text("快递小哥送件途中顺手拍下楼道隐患上报，社工和志愿者随后上门")] * 4)
    same = Piece(lines=[_text("每月议一次小区大事，")] * 4)
    assert not _may_go_on(narrow, wide)
    assert _may_go_on(narrow, same)
    assert _may_go_on(narrow, Piece(lines=wide.lines[:2]))  # two lines say too little of a column


def test_a_half_cut_from_a_headline_that_found_no_body_goes_back_to_the_other_half() -> None:
    whole = Unit(title=[_text("滨江街道党建引领聚合力  小区自治结出硕果")], kicker=["深化基层治理"])
    left = Unit(title=[whole.title[0].slice(0, 10)], kicker=whole.kicker, part_of=whole)
    right = Unit(title=[whole.title[0].slice(12)], part_of=whole)
    assert _rejoin_halves([left, right], {0: 0}) == {1}
    assert left.title == whole.title and left.kicker == ["深化基层治理"]
    three = [
        Unit(title=[_text(t)], part_of=whole) for t in ("甲街道议事会", "乙社区红色物业", "丙村积分超市")
    ]
    assert _rejoin_halves(three, {0: 0, 2: 1}) == set()  # two parts found bodies: two headlines
    assert _rejoin_halves(three, {2: 1}) == {0, 1}
    assert three[2].title == whole.title


def test_a_line_closing_the_quotation_the_headline_opened_goes_on_with_it() -> None:
    assert _closes_quote("桃园社区“双报", "到”深化网格化管理")
    assert not _closes_quote("桃园社区“双报到”", "深化网格化管理")  # nothing left open
    assert not _closes_quote("桃园社区“双报", "“红色管家”进楼道")  # another quotation opens first


def test_a_line_the_model_doubts_after_a_body_it_names_is_that_body_s_headline() -> None:
    rows = [
        ("本报讯 桂香社区开起积分超市，居民参加", "dateline"),
        ("楼道清扫可得积分，积分超市里能换米面油。", "body"),
        ("桂香社区积分超市开张", "body"),
        ("石桥村邀请在外乡贤回村办学堂，为孩子", "body"),
        ("们开设书法和武术课堂。", "body"),
    ]
    assert _repaired(rows)[2] == "title"  # `_repaired` gives every line the model's 0.6
    lines = [Line(t, range(len(t))) for t, _ in rows]
    sure = _inner_heads(lines, [y for _, y in rows], [0.95] * len(rows))[0]
    assert sure[2] == "body"  # the model sure of it: left alone
    cut = [*rows[:2], ("桂香社区积分超市开张后，", "body"), *rows[3:]]
    assert _repaired(cut)[2] == "body"  # a clause mark: text


def test_subtitle_lines_join_without_a_space_inside_chinese_text_and_a_doubled_one_is_undone() -> None:
    assert _wrapped(["社区治理有了“主心", "骨”"]) == "社区治理有了“主心骨”"
    assert _wrapped(["2024年度", "十佳社区"]) == "2024年度十佳社区"
    assert _wrapped(["访谈 (上)", "Part 2"]) == "访谈 (上) Part 2"
    u = Unit(title=[_text("小网格 大“家”园")], subtitle=["桂香社区的暖心答卷桂香社区", "的暖心答卷"])
    assert _headline_parts(u)[2] == "桂香社区的暖心答卷"


def test_a_doubted_line_over_a_continuation_mark_is_a_headline_whose_body_is_elsewhere() -> None:
    rows = [
        ("调解成功率达98.7%。", "body"),
        ("芙蓉区“社区合伙人”激活共治新动能", "body"),
        ("（下转A6版）", "continuation"),
    ]
    assert _repaired(rows)[1] == "title"
    cut = [rows[0], ("今年以来，全区共排查矛盾纠纷", "body"), rows[2]]  # a paragraph the jump cut
    assert _repaired(cut)[1] == "body"


def _unit_over(*titles: str) -> Unit:
    return Unit(title=[_text(t) for t in titles], conf=[1.0] * len(titles), pos=0)


def _piece_at(text: str, pos: int) -> Piece:
    lines = [Line(text[k : k + 14], range(k, min(k + 14, len(text)))) for k in range(0, len(text), 14)]
    return Piece(lines=lines, opens=True, pos=pos)


GRID_BODY = "西岭镇把全镇划成十二个总网格，网格员走村入户，西岭镇网格化管理实现全覆盖，网格员每月上门一次。"
REPORT_BODY = "东湖社区推行在职党员双报到，东湖社区党员认领网格服务岗位，网格化管理延伸到楼栋，居民叫好。"


def test_two_headlines_of_a_block_are_cut_where_the_page_s_matching_gains() -> None:
    """Two headlines printed one above the other over the first body, both on grids: the second
    shares enough words with the first body that `split_units` keeps the lines together, but the
    whole page's assignment scores more with them cut in two, each over its own body."""
    u = _unit_over("西岭镇深耕微网格细作大治理", "东湖社区双报到深化网格化管理")
    pieces = [_piece_at(GRID_BODY, 1), _piece_at(REPORT_BODY, 2)]
    assert len(split_units([u], pieces)) == 1
    units, order = recut([u], pieces, [u, *pieces])
    assert [x.text for x in units] == ["西岭镇深耕微网格细作大治理", "东湖社区双报到深化网格化管理"]
    assert [x.pos for x in order] == [0, 1, 2, 3]
    got, _ = match(units, pieces, order)
    assert got == {0: 0, 1: 1}


def test_a_subtitle_that_is_the_block_s_next_headline_is_cut_off_for_its_own_body() -> None:
    """A block's second headline read as the subtitle of the first, whose title prints two phrases a
    space apart, each body a piece of its own: the unit is cut between title and subtitle, not at
    the title's own space (which gave its second phrase the next headline's body). Cut so, a part
    that finds no body gives the headline back as it came."""
    title, nxt = "西岭镇深耕微网格 细作大治理", "东湖社区双报到深化网格化管理"
    u = _unit_over(title, nxt)
    u.lines, u.title, u.subtitle = list(u.title), u.title[:1], [nxt]
    pieces = [_piece_at(GRID_BODY, 1), _piece_at(REPORT_BODY, 2)]
    units, _ = recut([u], pieces, [u, *pieces])
    assert [(x.text, x.subtitle) for x in units] == [(title, []), (nxt, [])]
    got = {0: 0}
    assert _rejoin_halves(units, got) == {1} and (units[0].text, units[0].subtitle) == (title, [nxt])


def test_a_kicker_that_is_the_block_s_headline_above_is_cut_off_for_its_own_body() -> None:
    """A block's short first headline read as the kicker over the next one, each body a piece of
    its own: the unit is cut under the kicker where the page's matching gains. A series name of a
    few characters (`治理一线`) is no headline of a block."""
    kicker, title = "西岭镇划成十二个总网格", "东湖社区党员双报到"
    u = _unit_over(kicker, title)
    u.lines, u.kicker, u.title = list(u.title), [kicker], u.title[1:]
    pieces = [_piece_at(GRID_BODY, 1), _piece_at(REPORT_BODY, 2)]
    units, _ = recut([u], pieces, [u, *pieces])
    assert [(x.kicker, x.text) for x in units] == [([], kicker), ([], title)]
    u.lines[0] = _text("治理一线")
    u.kicker = ["治理一线"]
    assert len(recut([u], pieces, [u, *pieces])[0]) == 1


def test_a_headline_s_own_narrow_gap_is_no_cut_where_its_line_holds_a_wider_one() -> None:
    """`告别“老破危” 老楼迎来“第二春”  陕西黑沟村：…`: a line setting one gap wider than another holds
    two headlines at the wider one; the narrower is a headline's own phrases, never cut there (the
    second phrase had gone with the next headline to its body). A gap after a separator (`│`) is no
    gap between headlines, however wide."""
    line = "告别旧貌老楼 老楼迎来第二春  东湖社区推行双报到"
    assert _narrower_gaps([_text(line)]) == {1}
    assert _narrower_gaps([_text("告别旧貌老楼 老楼迎来第二春"), _text(line)]) == {3}
    # a series name's separator sets its own gap, however wide: the single space parts two headlines
    assert _narrower_gaps([_text("基层行vlog④│  东湖社区双报到 西岭镇深耕微网格")]) == set()
    u = _unit_over(line)
    pieces = [_piece_at(GRID_BODY, 1), _piece_at(REPORT_BODY, 2)]
    units, _ = recut([u], pieces, [u, *pieces])
    assert "告别旧貌老楼" not in [x.text for x in units]


def test_a_short_line_found_whole_in_a_body_loses_it_to_a_long_headline_found_there() -> None:
    """A four-character line (a sub-head) right above a body, every word of it in that body, and a
    headline of twenty characters nine tenths of whose words are there, printed under another story
    (gathered in a block): the headline heads the body, the short line says too little to take it."""
    short = _unit_over("每月上门")
    other = dataclasses.replace(_unit_over("东湖社区双报到深化网格化管理"), pos=2)
    head = dataclasses.replace(_unit_over("西岭镇网格化管理实现全覆盖 网格员走村入户结新风"), pos=4)
    pieces = [dataclasses.replace(_piece_at(GRID_BODY, 1), opens=False), _piece_at(REPORT_BODY, 3)]
    got, _ = match([short, other, head], pieces, [short, pieces[0], other, pieces[1], head])
    assert got == {1: 1, 2: 0}


def test_a_half_of_two_headlines_side_by_side_heads_the_one_body_left_without_one() -> None:
    """`西岭镇…  滨江区老楼迎来新电梯` read as one line and cut in two: the first half took the grid body;
    the second shares no word with any body, and the one body opening with a dateline and no headline
    is its own. With another orphan headline on the page, which is that body's is not sure: none."""
    from transforms.articles import _half_to_headless

    whole = _unit_over("西岭镇网格化管理实现全覆盖  滨江区老楼迎来新电梯")
    grid, lift = (dataclasses.replace(whole, title=[_text(t)], part_of=whole) for t in whole.text.split())
    other = _piece_at("本报讯 近日，六层住宅装好了升降设备，住户出门方便多了。", 2)
    pieces = [_piece_at(GRID_BODY, 1), other]
    assert _half_to_headless([grid, lift], pieces, {0: 0}) == [(1, 1)]
    stray = _unit_over("东湖社区双报到深化网格化管理")
    assert _half_to_headless([grid, lift, stray], pieces, {0: 0}) == []


def test_one_headline_printed_with_a_gap_stays_whole() -> None:
    """The second phrase of one headline names nothing of another body: no cut, and the positions of
    the page's pieces are as they were after the trial cuts."""
    u = _unit_over("西岭镇深耕微网格  细作基层大治理")
    pieces = [_piece_at(GRID_BODY, 1), _piece_at(REPORT_BODY, 2)]
    units, order = recut([u], pieces, [u, *pieces])
    assert [x.text for x in units] == ["西岭镇深耕微网格  细作基层大治理"]
    assert [x.pos for x in order] == [0, 1, 2]


def test_a_dateline_the_column_wrapped_is_read_whole_with_its_byline() -> None:
    page = (
        "南岭村议事会议出新风\n\n"
        "东江网南岭7月20日\n"
        "电（记者 程立新）今年以来，南岭村每月召开一次议事会，\n"
        "村民有事当面商量，议出了新风尚。\n"
    )
    [art] = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert art.dateline == "东江网南岭7月20日电"
    assert [a.name for a in art.authors] == ["程立新"]
    assert art.body[art.lead_in :].startswith("今年以来")


def test_names_reporting_after_a_dateline_are_its_authors() -> None:
    page = "南岭村议事会议出新风\n\n东江网讯 赵明远 钱小燕报道：今年以来，南岭村每月召开一次议事会。\n"
    [art] = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert [a.name for a in art.authors] == ["赵明远", "钱小燕"]
    assert art.body[art.lead_in :].startswith("今年以来")


def test_a_short_headline_over_another_is_its_own_unless_the_break_cuts_a_word() -> None:
    """Two one-line headlines stacked in a block stay two; a short first line whose word or quotation
    the break cuts goes on in the next."""
    stacked = _Reader("")
    for text in ("温暖相伴朝阳门", "北岭社区议事会议出新风"):
        stacked.feed(_text(text), "title", 1.0)
    assert [len(u.title) for u in stacked.units] == [1, 1]
    wrapped = _Reader("")
    for text in ("北岭社区“红", "色管家”进楼道"):
        wrapped.feed(_text(text), "title", 1.0)
    assert [len(u.title) for u in wrapped.units] == [2]


def test_a_sentence_read_as_a_headline_is_a_caption_or_text_again() -> None:
    """A `title` line and its `title+` line ending with a full stop are a sentence: a photo's caption
    standing on its own, or a body's line where the text above goes on into it."""
    rows = [
        ("（下转A8版）", "continuation"),
        ("村民们都说，村里干净整洁的村容村貌与积分制的推行有着直接关", "title"),
        ("系。", "title+"),
        ("西岭镇深耕微网格细作大治理", "title"),
    ]
    assert _repaired(rows) == ["continuation", "caption", "caption", "title"]
    rows[0] = ("网格员每天走村入户，听取群众意见", "body")  # the text above goes on
    assert _repaired(rows)[1:3] == ["body", "body"]


def _paragraphs(*texts: str) -> list[Line]:
    return [Line(t[k : k + 14], range(k, min(k + 14, len(t)))) for t in texts for k in range(0, len(t), 14)]


def test_two_headlines_side_by_side_cut_the_two_bodies_run_together_under_them() -> None:
    """A displaced line holding two headlines, matched to the one piece that holds both their bodies
    (no byline or dateline between them): the headline is cut at its gap and the piece where the
    second body starts, each headline over its own part."""
    u = Unit(
        title=[_text("西岭镇深耕微网格细作大治理  东湖社区双报到深化网格化管理")],
        conf=[1.0],
        pos=2,
        cuts=True,
    )
    piece = Piece(lines=_paragraphs(GRID_BODY, REPORT_BODY), opens=True, pos=0)
    cut = pair_cut([u], [piece], {0: 0})
    assert cut is not None
    i, parts, p, at = cut
    assert (i, p) == (0, piece) and [x.text for x in parts] == [
        "西岭镇深耕微网格细作大治理",
        "东湖社区双报到深化网格化管理",
    ]
    assert piece.lines[at].text.startswith("东湖社区")
    u.title = [_text("西岭镇深耕微网格  东湖社区双报到")]  # one headline's length: a gap inside it
    assert pair_cut([u], [piece], {0: 0}) is None


def test_a_caption_repeating_an_article_s_sentence_is_that_article_s_photo() -> None:
    """A caption whose words an article's piece holds is that article's photo: a headline over it
    gains no photo bonus there. A caption in its own words may be a photo with its own headline."""
    body = Piece(lines=_paragraphs(GRID_BODY), opens=True)
    echo = Piece(lines=[_text("西岭镇网格化管理实现全覆盖，网格员每月上门一次。")], kind="photo")
    own = Piece(lines=[_text("东湖公园的荷花开了，游人在湖边拍照。")], kind="photo")
    assert _echoes([body, echo, own]) == {id(echo)}


def test_a_doubled_headline_wrapped_inside_a_repeat_is_one_headline() -> None:
    """Each line of a doubled headline the column wrapped mid-repeat reads doubled only with the
    next: the second line goes on the first headline. Two stacked headlines, each doubled on its own
    line, stay two."""
    rows = [
        ("以行动换积分，以积分", "body"),
        ("西岭镇西岭镇：：积分超市激活乡村治理", "title"),
        ("新动能积分超市激活乡村治理新动能", "title"),
        ("促文明。南寨镇围绕积分", "body"),
    ]
    assert _repaired(rows)[1:3] == ["title", "title+"]
    rows[1:3] = [("东湖社区东湖社区议事会议事会", "title"), ("西岭镇西岭镇网格网格", "title")]
    lines = [repair_line(_text(t)) for t, _ in rows]  # repaired as the page's lines are: undoubled
    assert lines[1].doubled and lines[2].doubled
    assert _inner_heads(lines, [y for _, y in rows], [0.6] * 4)[0][1:3] == ["title", "title"]


# A headline of our own printed doubled (each run twice) and wrapped at 14 characters: the first
# line holds whole repeats, the second's last run goes on over two more lines.
DOUBLED_WRAPPED = [
    "南湖区北岸街道南湖区北岸街道",
    "““三个一三个一””举措让老旧",
    "小区焕发新颜举措让老旧小区焕",
    "发新颜",
]


def _labelled_rows(rows: list[tuple[str, str]]) -> tuple[list[Line], list[str], str]:
    """The rows as a page prints them: its lines repaired (a doubled one undone), their labels, the page."""
    page = "\n".join(t for t, _ in rows) + "\n"
    return [repair_line(x) for x in split_lines(page)][: len(rows)], [y for _, y in rows], page


def test_a_doubled_headline_the_column_wrapped_over_four_lines_is_one_headline() -> None:
    """The model read the second line as a headline's start: it prints as wide as the first, and its
    repeat runs on under it, so it goes on the first line's headline. A short doubled headline over
    a doubled one wrapped (the first line short of the second) stays two."""
    rows = [
        ("镇里还建立了议事会。", "body"),
        *((t, "title+") for t in DOUBLED_WRAPPED),
        ("近日，南湖区", "body"),
    ]
    rows[1:3] = [(DOUBLED_WRAPPED[0], "title"), (DOUBLED_WRAPPED[1], "title")]
    lines, labels, page = _labelled_rows(rows)
    assert lines[1].doubled and not lines[2].doubled
    assert _doubled_column_goes_on(lines, labels, 1, page)
    assert _inner_heads(lines, labels, [0.6] * len(rows), page)[0][1:5] == [
        "title",
        "title+",
        "title+",
        "title+",
    ]
    rows[1:5] = [
        ("东湖社区东湖社区", "title"),
        ("西岭镇网格化管理见实效西岭镇网", "title"),
        ("格化管理见实效", "title+"),
    ]
    lines, labels, page = _labelled_rows(rows)
    assert not _doubled_column_goes_on(lines, labels, 1, page)
    assert _inner_heads(lines, labels, [0.6] * len(rows), page)[0][1:4] == ["title", "title", "title+"]


def test_a_doubled_headline_is_never_recut_inside_a_repeat() -> None:
    """Cut before its last line, the headline above reads `…举措让老旧小区焕发新颜举措让老旧小区焕`
    and `发新颜`: the cut keeps repeats the whole drops. Two doubled headlines stacked cut between
    them read as they do whole."""
    page = "\n".join(DOUBLED_WRAPPED) + "\n"
    lines = [repair_line(x) for x in split_lines(page)][:4]
    u = Unit(title=lines, page=page)
    assert u.text == "南湖区北岸街道“三个一”举措让老旧小区焕发新颜"
    assert _inside_a_repeat(u, _regroup(u, [lines[:3], lines[3:]]))
    page = "东湖社区东湖社区议事会议事会\n西岭镇西岭镇网格网格\n"
    lines = [repair_line(x) for x in split_lines(page)][:2]
    u = Unit(title=lines, page=page)
    assert not _inside_a_repeat(u, _regroup(u, [lines[:1], lines[1:]]))


def _narrow_page(opening: str, width: int) -> str:
    body = (
        "近日，西岭镇把全镇划成十二个总网格，网格员走村入户，收集群众诉求一百二十件。镇里还建立了网格议事会。"
    )
    text = opening + body
    lines = wrap(text, width)
    return "西岭镇网格化管理见实效\n\n" + "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("width", [9, 10, 12, 14])
def test_a_dateline_s_byline_a_narrow_column_wraps_over_three_lines_gives_its_authors(width: int) -> None:
    articles, _ = split_articles(_narrow_page("本报讯（记者 韩予川 通讯员 钟晓岷 潘语桐）", width))
    assert [a.name for a in articles[0].authors] == ["韩予川", "钟晓岷", "潘语桐"]
    assert articles[0].body[articles[0].lead_in :].startswith("近日")


def test_a_media_centre_s_dispatch_opens_an_article_with_its_byline() -> None:
    articles, _ = split_articles(_narrow_page("某某日报全媒体讯（韩予川 钟晓岷）", 14))
    assert [a.name for a in articles[0].authors] == ["韩予川", "钟晓岷"]


@pytest.mark.parametrize("width", [12, 13, 16, 40])
@pytest.mark.parametrize(
    "opening",
    [
        "某某网西岭10月12日电 作者 韩予川 钟晓岷 ",
        "本报讯 记者 韩予川 通讯员 钟晓岷 ",
        "某某网 某省西岭12月7日电（韩予川 钟晓岷）",
    ],
)
def test_a_dispatch_s_spaced_byline_gives_its_authors_where_the_column_wraps_it(
    opening: str, width: int
) -> None:
    """Names after role words, each followed by a space, run into the body (`…电 作者 张三 李四 近日，…`):
    the line may end after the dispatch, after its role word or between the names."""
    articles, _ = split_articles(_narrow_page(opening, width))
    assert [a.name for a in articles[0].authors] == ["韩予川", "钟晓岷"]
    assert articles[0].body[articles[0].lead_in :].startswith("近日")


@pytest.mark.parametrize("width", [13, 16, 20])
def test_a_byline_line_the_column_wraps_is_read_whole(width: int) -> None:
    byline = "□ 本报记者 韩予川 通讯员 钟晓岷 潘语桐"
    wrapped = wrap(byline, width)
    body = "近日，西岭镇把全镇划成十二个总网格，网格员走村入户，收集群众诉求一百二十件。"
    page = "\n\n".join(["西岭镇网格化管理见实效", *wrapped, body]) + "\n"
    articles, _ = split_articles(page)
    assert [a.name for a in articles[0].authors] == ["韩予川", "钟晓岷", "潘语桐"]
    assert articles[0].body[articles[0].lead_in :].startswith("近日")


@pytest.mark.parametrize("width", [10, 13, 20])
@pytest.mark.parametrize("own_line", [False, True])
def test_a_closing_byline_the_column_wraps_is_read_whole(width: int, own_line: bool) -> None:
    body = "近日，西岭镇把全镇划成十二个总网格，网格员走村入户，收集群众诉求一百二十件。"
    byline = "（某某新闻/某某晚报 记者 韩予川 通讯员 钟晓岷）"
    lines = [*wrap(body, width), *wrap(byline, width)] if own_line else wrap(body + byline, width)
    page = "\n\n".join(
        ["西岭镇网格化管理见实效", *lines, "东湖社区推行双报到制度", "东湖社区推行在职党员双报到。"]
    )
    articles, _ = split_articles(page + "\n")
    assert [a.name for a in articles[0].authors] == ["韩予川", "钟晓岷"]
    assert "韩予川" not in articles[0].body


def test_two_short_headline_lines_stacked_over_one_body_are_one_headline() -> None:
    body = Piece(lines=[_text("日前，某社区首批15部更新电梯交付使用，居民不再爬楼。")], opens=True)
    upper, lower = Unit(title=[_text("告别爬楼难")]), Unit(title=[_text("老楼迎来新电梯")])
    order = _placed(upper, lower, body)
    assert _stacked_halves([upper, lower], [body], order, {1: 0}) == {0}
    assert lower.text == "告别爬楼难老楼迎来新电梯"
    first, second = Unit(title=[_text("邻里驿站集民意")]), Unit(title=[_text("干部下沉解民忧")])
    assert _stacked_halves([first, second], [body], _placed(first, second, body), {0: 0}) == {1}
    assert first.text == "邻里驿站集民意干部下沉解民忧"  # the upper half heads the body: the lower joins it


def test_a_short_line_over_a_long_headline_or_another_article_s_headline_stays_apart() -> None:
    body = Piece(lines=[_text("日前，某社区首批15部更新电梯交付使用，居民不再爬楼。")], opens=True)
    section, long = (
        Unit(title=[_text("治理进行时")]),
        Unit(title=[_text("老旧小区加装电梯 居民出行告别爬楼难")]),
    )
    assert _stacked_halves([section, long], [body], _placed(section, long, body), {1: 0}) == set()
    whole, short = Unit(title=[_text("告别爬楼难 老楼新电梯")]), Unit(title=[_text("方寸网格暖意浓")])
    assert _stacked_halves([whole, short], [body], _placed(whole, short, body), {1: 0}) == set()
    other, head = Unit(title=[_text("告别爬楼难")]), Unit(title=[_text("老楼迎来新电梯")])
    elsewhere = Piece(lines=[_text("村里的积分超市开张了。")], opens=True)
    order = _placed(other, head, elsewhere, body)  # the matched headline's body is not right under it
    assert _stacked_halves([other, head], [elsewhere, body], order, {1: 1}) == set()


def test_a_body_s_first_line_opening_with_its_headline_s_words_is_text() -> None:
    rows = [
        ("西湖区邻里中心启用", "title"),
        ("西湖区邻里中心", "title+"),
        ("日前正式启用，中心设有", "body"),
        ("阅览室和活动室。", "body"),
    ]
    assert _repaired(rows)[:3] == ["title", "body", "body"]
    wrapped = [("西湖区邻里中心启用", "title"), ("居民议事有了新去处", "title+"), *rows[2:]]
    assert _repaired(wrapped)[:2] == ["title", "title+"]  # other words: the headline's second line


def test_a_credit_and_the_editor_s_line_under_it_are_two_bylines() -> None:
    """A photographer's credit ends its byline, and `责任编辑：` starts one of its own: not one wrapped."""
    lines = [_text("本报记者 韩予川 钟晓岷 摄"), _text(""), _text("责任编辑：潘语桐")]
    assert [x.text for x in _bylines_rejoined(lines, lines)[1]] == [x.text for x in lines]
    wrapped = [_text("□ 本报记者 韩予川 通讯员 钟晓"), _text("岷 潘语桐")]
    assert [x.text for x in _bylines_rejoined(wrapped, wrapped)[1]] == [
        "□ 本报记者 韩予川 通讯员 钟晓岷 潘语桐"
    ]
    editor = [_text("责任编辑 林秋燕"), _text("地方传真")]  # a section label under it cuts no name of it
    assert [x.text for x in _bylines_rejoined(editor, editor)[1]] == ["责任编辑 林秋燕", "地方传真"]


def test_a_reporter_s_line_the_model_reads_as_noise_and_a_bracket_under_a_lone_dispatch_give_authors() -> (
    None
):
    body = "近日，西岭镇把全镇划成十二个总网格，网格员走村入户，收集群众诉求一百二十件。"
    page = "记者 韩 予 川 钟 晓 岷\n\n" + body + "\n"
    assert [a.name for a in split_articles(page)[0][0].authors] == ["韩予川", "钟晓岷"]
    page = "西岭镇网格化管理见实效\n\n某某网西岭10月12日电\n（记者 韩予川）" + body + "\n"
    [art] = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert [a.name for a in art.authors] == ["韩予川"]
    assert art.body[art.lead_in :].startswith("近日")


def test_a_byline_between_a_body_and_the_next_headline_closes_that_body() -> None:
    """Headlines printed after their bodies: text, `□ 张三`, headline; the byline is the text's, not
    the next one's. A byline between a headline and its text still heads the text."""
    reader = _Reader("")
    for text, label in [
        ("近日，西岭镇把全镇划成十二个总网格，收集群众诉求一百二十件。", "body"),
        ("□ 韩予川", "byline"),
        ("西岭镇深耕微网格细作基层大治理", "title"),
        ("□ 钟晓岷", "byline"),
        ("今年以来，东湖社区推行在职党员双报到，居民纷纷叫好。", "body"),
    ]:
        reader.feed(_text(text), label, 1.0)
    assert [[a.name for a in p.authors] for p in reader.pieces] == [["韩予川"], ["钟晓岷"]]


SECTIONED = """秋收过后，溪口镇桐溪村党群服务中心
里坐满了村民。村党支部书记陈秀英说，
停车难是今年议事会上说得最多的事，
议事会商定腾出两块空地建停车场。
入夜后，陈秀英和溪口镇桐溪村的党员
志愿者打着手电巡查守护邻里安宁，桐
溪村今年没有发生一起邻里纠纷。"""


def test_a_subhead_cuts_nothing_where_the_text_after_it_goes_on_with_the_same_village_and_people() -> None:
    from transforms.articles import Piece, Unit, orphan_cut

    units = [Unit(title=_lines("议事会化解停车难")), Unit(title=_lines("夜间巡查守护邻里安宁"))]
    assert orphan_cut(units, [Piece(lines=_lines(SECTIONED))], {0: 0}) is None


RUN_ON = """近日，西湖区翠苑街道在各小区推行
“邻里议事角”，居民围坐一起商量
楼道堆物、停车难等身边事，街道
干部现场记录，限时办结。
翠苑街道负责人说，议事角让居民的
事由居民商量着办，今年以来已解决
大小事项一百三十余件。
走进柯桥区钱清街道的积分超市，货
架上的米面油摆得满满当当，商品不
标价格只标积分，村民参加志愿服务
就能攒下积分兑换日用品。
钱清街道今年以来发放积分两万余
分，群众参与乡村治理的热情越来越
高。"""
SLOGAN = "积分超市兑出乡村治理好风尚 绘就和美新画卷"  # half its words are none of its body's


def test_an_orphan_whose_headline_says_less_of_its_body_cuts_where_another_report_plainly_starts() -> None:
    from transforms.articles import Piece, Unit, orphan_cut

    units = [Unit(title=_lines("西湖区翠苑街道推行“邻里议事角”")), Unit(title=_lines(SLOGAN))]
    piece = Piece(lines=_lines(RUN_ON))
    assert orphan_cut(units, [piece], {0: 0}) == (piece, 7)
    same_place = RUN_ON.replace("柯桥区钱清街道", "翠苑街道").replace("钱清街道", "翠苑街道")
    assert orphan_cut(units, [Piece(lines=_lines(same_place))], {0: 0}) is None


def test_a_weaker_orphan_cuts_a_plain_new_start_only_where_the_body_s_own_headline_stays_above_it() -> None:
    from transforms.articles import Piece, Unit, orphan_cut

    weaker = Unit(title=_lines("积分超市兑出乡村好风尚 绘就和美新画卷"))  # a third of its words below
    apart = [Unit(title=_lines("西湖区翠苑街道推行“邻里议事角”")), weaker]
    piece = Piece(lines=_lines(RUN_ON))
    assert orphan_cut(apart, [piece], {0: 0}) == (piece, 7)
    across = [Unit(title=_lines("翠苑街道议事角办结大小事项 群众参与热情高")), weaker]  # its words below too
    assert orphan_cut(across, [Piece(lines=_lines(RUN_ON))], {0: 0}) is None


STACKED = """翠苑街道推行“邻里议事角”化解楼道难题
钱清街道积分超市兑出乡村文明好风尚

本报记者 韩予川
近日，西湖区翠苑街道在各小区推行“邻里议事角”，居民围坐一起商
量楼道堆物、停车难等身边事，街道干部现场记录，限时办结。

翠苑街道负责人说，议事角让居民的事由居民商量着办，今年以来已解
决楼道堆物等大小事项一百三十余件。

走进柯桥区钱清街道的积分超市，货架上的米面油摆得满满当当，商品
不标价格只标积分，村民参加志愿服务就能攒下积分兑换日用品。

钱清街道今年以来发放积分两万余分，群众参与乡村文明建设的热情越
来越高，积分超市成了村里的新风尚。
"""


def test_two_whole_headlines_stacked_over_two_bodies_run_together_head_one_body_each() -> None:
    arts = [a for a in split_articles(STACKED)[0] if a.kind == "article"]
    assert [(a.title, a.body[a.lead_in : a.lead_in + 6]) for a in arts] == [
        ("翠苑街道推行“邻里议事角”化解楼道难题", "近日，西湖区"),
        ("钱清街道积分超市兑出乡村文明好风尚", "走进柯桥区钱"),
    ]
    assert [[x.name for x in a.authors] for a in arts] == [["韩予川"], []]


def test_two_headline_lines_are_two_headlines_only_where_no_word_runs_over_the_break() -> None:
    from transforms.articles import _stacked_lines

    assert len(_stacked_lines(Unit(title=_lines(STACKED.split("\n\n")[0])))) == 2
    wrapped = Unit(title=_lines("西湖区翠苑街道推行议事角激活社区治理新动\n能 绘就和美楼道新画卷"))
    assert _stacked_lines(wrapped) == []


def test_a_headline_wrapped_over_one_report_s_sections_cuts_nothing() -> None:
    one = STACKED.split("走进")[0].replace(
        "钱清街道积分超市兑出乡村文明好风尚", "居民的事由居民商量着办大小事项限时办结"
    )
    arts = [a for a in split_articles(one)[0] if a.kind == "article"]
    assert len(arts) == 1
    assert arts[0].body[arts[0].lead_in :].endswith("一百三十余件。")


def test_words_ending_on_a_place_s_suffix_name_no_new_place() -> None:
    from transforms.articles import _fresh_start, _places

    above = _lines("翠苑街道的老旧楼房建于上世纪九十年代，\n楼道里堆满杂物，停车也难。")
    below = _lines("为解决居民的难题，小区率先在全市成立\n业委会党支部，积分超市也开进了楼下。")
    assert _places("".join(x.text for x in below)) == set()
    assert not _fresh_start(above, below)
    found = _places("走进柯桥区钱清街道的积分超市")
    assert "钱清街道" in found and len(found) == 2  # the district and the street, not the supermarket


def test_a_report_plainly_starts_where_the_text_names_other_places_in_other_words() -> None:
    from transforms.articles import _fresh_start

    lines = _lines(RUN_ON)
    assert _fresh_start(lines[:7], lines[7:])
    assert not _fresh_start(lines[:4], lines[4:])  # the same street goes on
    assert not _fresh_start(_lines(SECTIONED)[:4], _lines(SECTIONED)[4:])


def test_two_texts_go_on_with_each_other_when_they_share_their_own_names_not_the_page_s_words() -> None:
    from transforms.articles import Piece, _continues

    body = _lines(SECTIONED)
    other = Piece(lines=_lines(TWO_ARTICLES_NO_BYLINES)[1:5])
    assert _continues(body[:4], body[4:], [other])
    merged = _lines(MERGED)
    assert not _continues(merged[:4], merged[4:], [Piece(lines=body)])


SUBHEAD_AT_THE_PAGE_END = """议事会化解停车难
本报讯 秋收过后，溪口镇桐溪村党群服务中心
里坐满了村民。村党支部书记陈秀英说，停
车难是今年议事会上说得最多的事，议事会
商定腾出两块空地建停车场。
入夜后，陈秀英在桐溪村党群服务中心召集
党员志愿者，打着手电走村串户，巡查守护
邻里安宁，溪口镇桐溪村今年没有发生一起
邻里纠纷。
（溪口镇融媒体中心 方 华）
西湖区推行“邻里议事角”
本报讯 近年来，杭州市西湖区在老旧小区设立
邻里议事角，由社区党组织牵头，居民轮流主
持，每月议一次小区大事。今年已设立议事角
86个，解决问题320余件。
（西湖区融媒体中心 李 明）
夜间巡查守护邻里安宁
"""


def test_a_section_s_head_printed_apart_leaves_the_report_whole_where_its_parts_name_the_same_village() -> (
    None
):
    arts = [a for a in split_articles(SUBHEAD_AT_THE_PAGE_END)[0] if a.kind == "article"]
    village = next(a for a in arts if a.title == "议事会化解停车难")
    assert "停车场" in village.body and "邻里纠纷" in village.body
    assert not any(a.body[a.lead_in :].startswith("入夜后") for a in arts)


def test_a_headline_left_open_goes_on_in_the_line_under_it() -> None:
    """A line leaving a bracket or quotation open, or the next opening with a closing or joining mark,
    goes on: one headline, though the model read the second line as a headline's start."""
    for lines in (
        ("（共建共治 共享美好", "家园）北岭社区议事会议出新风"),
        ("东岭社区推进“楼栋微治理", "”居民议事有了新去处"),
        ("基层治理进行时", "丨东岭社区推行楼栋长制度见实效"),
    ):
        reader = _Reader("")
        for text in lines:
            reader.feed(_text(text), "title", 1.0)
        assert [len(u.title) for u in reader.units] == [2]
    for lines in (
        ("东岭社区推行楼栋长制度见实效", "北岭社区议事会议出新风"),
        ("共化解矛盾纠纷一百余起（其", "北岭社区议事会议出新风"),  # a bracket nothing under it closes
    ):
        apart = _Reader("")
        for text in lines:
            apart.feed(_text(text), "title", 1.0)
        assert [len(u.title) for u in apart.units] == [1, 1]


def test_a_headline_s_gap_inside_a_bracket_is_no_cut_between_two_headlines() -> None:
    line = _text("（共建共治 共享美好）东岭社区楼栋长制度见实效")
    assert len(_atoms(line)) == 1
    assert len(_atoms(_text("东岭社区楼栋长制度见实效  北岭社区议事会议出新风"))) == 2


def test_two_headlines_met_are_cut_where_the_first_one_s_wrap_ends() -> None:
    """A headline printed after its body and wrapped inside a word (`…收集群` / `众诉求`), right over
    the next article's headline: the cut falls after its wrap, not inside it."""
    rows = [
        ("本报讯 西岭镇把全镇划成十二个网格，", "dateline"),
        ("网格员走村入户，收集群众诉求一百", "body"),
        ("二十件，西岭镇网格议事会每月召开。", "body"),
        ("西岭镇网格议事会收集群", "title"),
        ("众诉求", "title+"),
        ("东湖社区推行双报到", "title+"),
        ("东湖社区党员双报到认领岗位三十个，", "body"),
        ("东湖社区楼栋长队伍扩充到八十人。", "body"),
    ]
    lines = [Line(t, range(len(t))) for t, _ in rows]
    labels = _inner_heads(lines, [y for _, y in rows], [0.9] * len(rows))[0]
    assert labels[3:6] == ["title", "title+", "title"]


def test_a_headline_s_unmarked_kicker_and_subtitle_are_read_by_how_its_lines_break() -> None:
    """A wrapped headline fills its first lines: a shorter first line broken off cleanly is a kicker,
    a last line broken off cleanly and half as long as the line above a subtitle; a break inside a
    word keeps the headline whole."""

    def parts(*texts: str) -> tuple[str | None, str | None, str | None]:
        return _headline_parts(Unit(title=[_text(t) for t in texts]))

    assert parts("东岭社区织密楼栋责任网格", "精细服务提升居民幸福感") == (
        None,
        "东岭社区织密楼栋责任网格",
        "精细服务提升居民幸福感",
    )
    assert parts("基层观察", "东岭社区织密楼栋责任网格") == ("基层观察", "东岭社区织密楼栋责任网格", None)
    assert parts("东岭社区网格员走村入户收集群", "众诉求") == (
        None,
        "东岭社区网格员走村入户收集群众诉求",
        None,
    )
    assert parts("东岭社区推进“楼栋微", "治理”居民有了新去处") == (
        None,
        "东岭社区推进“楼栋微治理”居民有了新去处",
        None,
    )


def test_a_headline_line_between_a_headline_and_its_body_is_that_headline_s() -> None:
    body = Piece(lines=[_text("日前，东岭社区把楼栋长队伍扩充到八十人，居民诉求当天回应。")], opens=True)
    upper = Unit(title=[_text("东岭社区楼栋长队伍扩充到八十人")])
    lower = Unit(title=[_text("居民诉求当天有回应事事有着落")])
    assert _stacked_halves([upper, lower], [body], _placed(upper, lower, body), {0: 0}) == {1}
    assert upper.text == "东岭社区楼栋长队伍扩充到八十人居民诉求当天有回应事事有着落"


def test_a_section_label_under_a_headline_line_goes_on_with_the_headline() -> None:
    reader = _Reader("")
    reader.feed(_text("西岭镇深耕微网格细作大治理让群众诉求件件"), "title", 1.0)
    reader.feed(_text("有回音"), "section", 1.0)
    assert [x.text for x in reader.units[0].title] == ["西岭镇深耕微网格细作大治理让群众诉求件件", "有回音"]


TITLE_OVER_SUBTITLE = """东岭社区织密楼栋责任网格
精细服务提升居民幸福感
本报讯（记者 韩予川）东岭社区把楼栋
长队伍扩充到八十人，居民诉求当天回应，
今年以来办结诉求三百余件。
社区还开通了民情热线。
西岭镇网格议事会收集群众诉求一百二
十件
本报讯（记者 钟晓岷）西岭镇把全镇划成
十二个网格，网格员走村入户，收集群众
诉求一百二十件，办结率达到九成。
"""


def test_a_page_s_unmarked_subtitle_is_apart_and_a_headline_wrapped_in_a_word_is_whole() -> None:
    articles, _ = split_articles(TITLE_OVER_SUBTITLE)
    assert [(a.title, a.subtitle) for a in articles] == [
        ("东岭社区织密楼栋责任网格", "精细服务提升居民幸福感"),
        ("西岭镇网格议事会收集群众诉求一百二十件", None),
    ]
    assert articles[1].body[articles[1].lead_in :].startswith("西岭镇把全镇划成")


def _printed_doubled(text: str) -> str:
    """Each run of a headline printed twice, spaces once (an overprinted headline out of a PDF)."""
    return re.sub(r"\S+", lambda m: m.group() * 2, text)


def test_a_block_of_doubled_headlines_side_by_side_and_wrapped_is_regrouped_by_their_bodies() -> None:
    """Two articles' headlines printed as one doubled block inside the second's text: the second's
    headline (a space of its own) and the first half of the first's on one line, the rest of the
    first's on the next. The gap inside the first's brackets cuts nothing: each headline heads its
    own body."""
    first = "（基层一线 走村入户）西岭镇网格员化解邻里纠纷"
    second = "东湖社区双报到 党员认领楼栋服务岗"
    page = "\n".join(
        [
            " ■记者 张文 李明",
            "",
            "西岭镇把全镇划成十二个总网格，网",
            "格员每天走村入户，上门听取村民意",
            "见，把邻里纠纷化解在萌芽状态。",
            "今年以来，西岭镇网格员共走访农户",
            "三千余户，化解邻里纠纷八十余件，",
            "村民满意度明显提升。",
            "",
            " ■记者 王强 赵云",
            "",
            "东湖社区推行在职党员双报到，组织",
            "机关党员到社区报到，认领楼栋服务",
            "岗位一百余个。",
            "",
            _printed_doubled(f"{second} {first[:12]}"),
            _printed_doubled(first[12:]),
            "",
            "党员认领岗位后，每周到楼栋走访居",
            "民，东湖社区的服务岗成了居民身边",
            "的帮手。",
        ]
    )
    heads = {a.title.replace(" ", ""): a.body[:4] for a in split_articles(page)[0] if a.kind == "article"}
    assert heads == {first.replace(" ", ""): "西岭镇把", second.replace(" ", ""): "东湖社区"}


def test_a_block_is_never_cut_inside_brackets_after_a_colon_at_an_unbroken_line_end_or_into_a_scrap() -> None:
    page = "东湖社区双报到 （喜迎佳节 走村入户） 西岭镇：\n网格员化解邻里纠纷 小网格\n\n北山村议事会议出新风"
    texts = [
        "东湖社区双报到",
        "（喜迎佳节",
        "走村入户）",
        "西岭镇：",
        "网格员化解邻里纠纷",
        "小网格",
        "北山村议事会议出新风",
    ]
    segments = [Line(t, range(page.index(t), page.index(t) + len(t))) for t in texts]
    breaks = _line_breaks(segments, page)
    assert breaks == {4: False, 6: True}
    ways = _groupings(segments, (0, 7), breaks)
    cuts = {c for w in ways for c in w[1:-1]}
    assert cuts == {1, 3, 5, 6}  # not inside the brackets (2), nor after `西岭镇：` at the line's end (4)
    assert not any(5 in w and 6 in w for w in ways)  # `小网格` is no headline of its own
    assert (0, 1, 3, 6, 7) in ways
    unbroken = {4: False, 6: False}  # no blank line: the headline may go on in the next line
    assert not any(6 in w for w in _groupings(segments, (0, 7), unbroken))
    assert (0, 3, 6, 7) in _groupings(segments, (0, 3, 6, 7), unbroken)  # unless the units came cut there


def test_a_block_s_line_breaks_inside_a_word_are_found() -> None:
    """`…走村入户）一` / `个村的网格新点子`: jieba reads `一个` over the break (a cut there costs
    WRAP_CUT); the break after `东湖社区双报到`, at a word's end, costs nothing, nor does a break
    with a blank line under it."""
    page = "东湖社区双报到\n（喜迎佳节 走村入户）一\n个村的网格新点子\n\n北山村议事会"
    texts = ["东湖社区双报到", "（喜迎佳节 走村入户）一", "个村的网格新点子", "北山村议事会"]
    segments = [Line(t, range(page.index(t), page.index(t) + len(t))) for t in texts]
    breaks = _line_breaks(segments, page)
    assert _words_wrapped(segments, breaks) == {2}
    assert _words_wrapped(segments, {**breaks, 2: True}) == set()


def test_a_block_wrapped_inside_a_word_is_regrouped_over_the_wrap() -> None:
    """A block's line `A （B1` / `B2`, the units as they came cut inside `一个`: the bracket's words
    match no body, so only the cost of a cut inside a word moves them to the headline they open."""
    first = "西岭镇深耕微网格"
    second = "（喜迎佳节 走村入户）一个东湖社区的双报到"
    page, (line, under) = _doubled_block(
        _printed_doubled(f"{first} {second[:12]}"), _printed_doubled(second[12:])
    )
    pieces = [_piece_at(GRID_BODY, 0), _piece_at(REPORT_BODY, 1)]
    whole = Unit(title=[line, under], conf=[1.0, 1.0], page=page)
    parts = [
        Unit(title=[line], conf=[1.0], page=page, part_of=whole),
        Unit(title=[under], conf=[1.0], page=page, part_of=whole),
    ]
    order = [*pieces, *parts]
    for k, x in enumerate(order):
        x.pos = k
    regrouped, _ = regroup_blocks(parts, pieces, order)
    assert [u.text.replace(" ", "") for u in regrouped] == [first, second.replace(" ", "")]


def _doubled_block(*printed: str) -> tuple[str, list[Line]]:
    """A block's lines printed doubled, as the page's repaired lines (undone, at their offsets)."""
    page, lines, at = "\n".join(printed), [], 0
    for t in printed:
        lines.append(repair_line(Line(t, range(at, at + len(t)))))
        at += len(t) + 1
    return page, lines


def _block_over(page: str, titles: list[Line], pieces: list[Piece]) -> tuple[list[Unit], list]:
    units = [Unit(title=[x], conf=[1.0], page=page) for x in titles]
    order = [*pieces, *units]
    for k, x in enumerate(order):
        x.pos = k
    return units, order


def test_a_headline_a_doubled_block_wrapped_into_its_next_line_is_joined_again() -> None:
    """`B A1` / `A2`, each line printed doubled and read as headlines of its own: A's end names what
    its start's body names, so the two are one headline over that body."""
    page, (first, second) = _doubled_block(
        _printed_doubled("西岭镇深耕微网格 东湖社区双报到"), _printed_doubled("党员认领网格服务岗位")
    )
    assert first.doubled and second.doubled
    pieces = [_piece_at(GRID_BODY, 0), _piece_at(REPORT_BODY, 1)]
    units, order = _block_over(page, [*_atoms(first), second], pieces)
    joined, order = wraps_across_lines(units, pieces, order)
    assert [u.text for u in joined] == ["西岭镇深耕微网格", "东湖社区双报到党员认领网格服务岗位"]
    assert [x.pos for x in order] == [0, 1, 2, 3]


def test_a_block_s_next_line_holding_another_body_s_headline_is_not_joined() -> None:
    """The next line's headline names a third body's village: two headlines, as they came."""
    page, (first, second) = _doubled_block(
        _printed_doubled("西岭镇深耕微网格 东湖社区双报到"), _printed_doubled("北山村议事会议出新风")
    )
    third = "北山村每月召开议事会，北山村村民有事当面商量，议事会议出了新风尚。"
    pieces = [_piece_at(GRID_BODY, 0), _piece_at(REPORT_BODY, 1), _piece_at(third, 2)]
    units, order = _block_over(page, [*_atoms(first), second], pieces)
    kept, _ = wraps_across_lines(units, pieces, order)
    assert [u.text for u in kept] == ["西岭镇深耕微网格", "东湖社区双报到", "北山村议事会议出新风"]


@pytest.mark.parametrize(("doubled", "blank"), [(False, False), (True, False), (True, True)])
def test_a_headline_s_first_words_after_a_column_gap_open_the_headline_line_under_them(
    doubled: bool, blank: bool
) -> None:
    """`A      告别` / `老楼“第二春”…`: the two characters after the column gap are no page mark to
    give back to A but the first words of the headline the next line goes on with, printed once or
    doubled, the next line right under them or under a blank line."""
    printed = _printed_doubled if doubled else (lambda t: t)
    between = [""] if blank else []
    page = "\n".join(
        [
            " ■记者 张文 李明",
            "",
            "西岭镇把全镇划成十二个总网格，网",
            "格员每天走村入户，上门听取村民意",
            "见，把邻里纠纷化解在萌芽状态。",
            "",
            printed("西岭镇网格员化解邻里纠纷      告别"),
            *between,
            printed("老楼“第二春”东湖社区加装电梯"),
            "",
            " ■记者 王强 赵云",
            "",
            "东湖社区推行加装电梯，组织机关党",
            "员到社区报到，认领楼栋服务岗位。",
        ]
    )
    heads = {a.title: a.body[:4] for a in split_articles(page)[0] if a.kind == "article"}
    assert heads == {"西岭镇网格员化解邻里纠纷": "西岭镇把", "告别老楼“第二春”东湖社区加装电梯": "东湖社区"}


def _kicker_over(kicker: str, title: str) -> Unit:
    lines = [_text(kicker), _text(title)]
    return Unit(kicker=[kicker], title=lines[1:], lines=lines, conf=[0.5, 0.9], pos=0)


def test_a_kicker_naming_another_body_is_a_headline_of_its_own() -> None:
    """A block's headline read as the kicker over the next one: its words are another body's."""
    pieces = [_piece_at(GRID_BODY, 1), _piece_at(REPORT_BODY, 2)]
    units = kickers_apart([_kicker_over("西岭镇网格员每月走村入户", "东湖社区党员认领网格服务岗位")], pieces)
    assert [(u.kicker, u.text) for u in units] == [
        ([], "西岭镇网格员每月走村入户"),
        ([], "东湖社区党员认领网格服务岗位"),
    ]
    assert [u.conf for u in units] == [[0.5], [0.9]]
    got, _ = match(units, pieces, [*units, *pieces])
    assert got == {0: 0, 1: 1}


@pytest.mark.parametrize(
    "kicker",
    [
        "网格化管理在东湖社区",  # the words of its headline's own body
        "红色引擎西岭镇网格②",  # a series' number: a kicker
        "西岭镇网格化",  # as short as a kicker runs
    ],
)
def test_a_kicker_stays_over_its_headline(kicker: str) -> None:
    pieces = [_piece_at(GRID_BODY, 1), _piece_at(REPORT_BODY, 2)]
    [u] = kickers_apart([_kicker_over(kicker, "东湖社区党员认领网格服务岗位")], pieces)
    assert u.kicker == [kicker]


def test_a_unit_of_a_subtitle_alone_goes_through_the_column_gaps_as_it_came() -> None:
    u = Unit(subtitle=["东湖社区双报到"])
    assert _wide_gaps_apart([u]) == [u]


@pytest.mark.parametrize(
    ("under", "joined"),
    [("党员认领网格服务岗位", True), ("北山村党员议事会议出新风", False)],
)
def test_a_doubled_column_s_headline_goes_on_only_into_a_line_that_reads_on(under: str, joined: bool) -> None:
    """`A      B1` / `B2`, each line printed doubled: B1 goes on into the line under it where that
    line names B's body as B1 does; a headline whose body is on another page, sharing a word with
    B's body by chance, stays apart."""
    page, (first, second) = _doubled_block(
        _printed_doubled("西岭镇深耕微网格      东湖社区双报到"), _printed_doubled(under)
    )
    pieces = [_piece_at(GRID_BODY, 0), _piece_at(REPORT_BODY, 1)]
    units, order = _block_over(page, [*_column_parts(first), second], pieces)
    out, _ = column_wraps(units, pieces, order)
    texts = [u.text for u in out]
    assert texts == (
        ["西岭镇深耕微网格", "东湖社区双报到" + under]
        if joined
        else ["西岭镇深耕微网格", "东湖社区双报到", under]
    )


def test_a_sure_headline_under_its_body_closes_it_for_the_next_body_s_headline() -> None:
    first_body = Piece(
        lines=[_text("桂香社区推行积分兑换，居民参加"), _text("清扫、调解邻里纠纷都可得积分。")], opens=True
    )
    first_head = Unit(title=[_text("桂香社区积分兑换激发居民热情")], conf=[1.0])
    body = Piece(lines=[_text("成都市武侯区把居民诉求分为大事、"), _text("小事、私事，分类办理，今年以来办")])
    head = Unit(title=[_text("“三事分流”让群众少跑腿")], conf=[1.0])  # few words of its body
    units, pieces = [first_head, head], [first_body, body]
    got, _ = match(units, pieces, _placed(first_body, first_head, body, head))
    assert got == {0: 0, 1: 1}  # not the rest of the first body: its headline closed it
    got, _ = match(units, pieces, _placed(first_head, first_body, body, head))
    assert got == {0: 0}  # a headline over its body closes nothing: the second piece may go on


def _stood(page: str) -> tuple[Unit, list[Piece | Unit]]:
    """A page of two bodies of two lines and a headline line between them."""
    lines = [x for x in split_lines(page) if x.text]
    u = Unit(title=[lines[2]], lines=[lines[2]], page=page)
    return u, _placed(Piece(lines=lines[:2]), u, Piece(lines=lines[3:]))


def test_a_headline_glued_to_a_body_on_a_blank_spaced_page_stands_with_that_body() -> None:
    glued = "议事会每月开一次，\n\n居民说事有场所。\n\n老楼加装电梯\n今年为老楼加装\n\n电梯42部。\n"
    u, order = _stood(glued)
    assert _set_closer(u, order) is order[2]
    u, order = _stood(glued.replace("电梯\n今年", "电梯\n\n今年"))
    assert _set_closer(u, order) is None  # a blank line on both sides: no sign
    u, order = _stood(glued.replace("场所。\n\n老楼加装电梯\n今年", "场所。\n老楼加装电梯\n\n今年"))
    assert _set_closer(u, order) is order[0]  # glued under the body over it
    dense = "议事会每月开一次，\n居民说事有场所。\n\n老楼加装电梯\n今年为老楼加装\n电梯42部。\n"
    u, order = _stood(dense)
    assert _set_closer(u, order) is None  # a dense page's rare blank line says less


def test_a_byline_after_the_last_text_of_the_page_closes_that_text() -> None:
    """Nothing follows the byline: it cannot head a body, so it closes the text above it."""
    reader = _Reader("")
    for text, label in [
        ("近日，西岭镇把全镇划成十二个总网格，收集群众诉求一百二十件。", "body"),
        ("·韩予川·", "byline"),
    ]:
        reader.feed(_text(text), label, 0.5)
    reader.finish()
    assert [[a.name for a in p.authors] for p in reader.pieces] == [["韩予川"]]


def test_a_line_of_names_with_a_role_or_of_two_names_reads_as_a_byline() -> None:
    from transforms.articles import _marked_byline

    assert _marked_byline("韩予川 钟晓岷")
    assert _marked_byline("某某日报/某某新闻记者 韩予川 钟晓岷")
    assert not _marked_byline("一线观察")
    assert not _marked_byline("西岭镇深耕微网格")


def test_a_dispatch_dated_with_xiaoxi_and_its_bracket_on_the_next_line_give_the_authors() -> None:
    """`某某客户端、某某网1月26日消息` read as the headline's second line is a dispatch; the bracket on the
    next line names its reporter, and the body opens with both as printed."""
    reader = _Reader("")
    for text, label in [
        ("西岭镇积分超市开业", "title"),
        ("某某客户端、某某网1月26日消息", "title+"),
        ("（记者韩予川）“积分怎么兑换？”", "body"),
        ("近日，西岭镇新开的积分超市里挤满了村民。", "body"),
    ]:
        reader.feed(_text(text), label, 0.6)
    [piece] = reader.pieces
    assert [a.name for a in piece.authors] == ["韩予川"]
    assert piece.dateline == "某某客户端、某某网1月26日消息"
    assert "".join(x.text for x in piece.lead_in).startswith("某某客户端")
    assert piece.lines[0].text.startswith("“积分怎么兑换？”")


def test_names_with_reported_that_the_column_cut_after_the_role_word() -> None:
    page = "西岭镇乡贤会慰问敬老院老人\n某某新闻网讯 通讯员\n\n韩予川 钟晓岷报道正月\n\n初四，春寒料峭，西岭镇乡贤会走进敬老院。\n"
    [art] = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert [a.name for a in art.authors] == ["韩予川", "钟晓岷"]
    assert art.body[art.lead_in :].startswith("正月初四")


@pytest.mark.parametrize(
    ("opening", "byline"),
    [
        ("本报讯（记者 韩予川 通讯员 钟晓岷）", "（记者 韩予川 通讯员 钟晓岷）"),
        ("本报讯 ", None),
        ("某某网西岭10月12日电\n（记者 韩予川）", "（记者 韩予川）"),
    ],
)
def test_a_body_opens_with_its_dispatch_and_the_byline_run_into_it_as_printed(
    opening: str, byline: str | None
) -> None:
    """The first words of the text as the page printed them stay in the body (a search for them
    finds the article); `lead_in` says how many they are, and the dateline and byline hold them too."""
    body = "近日，西岭镇新开的积分超市里挤满了村民，网格员一一讲解兑换办法。"
    page = "西岭镇积分超市开业\n\n" + opening + body + "\n"
    [art] = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert art.body == opening.replace("\n", "") + body
    assert art.body[art.lead_in :] == body
    assert art.byline == byline
    assert all(page[o] == ch for o, ch in zip(art.offsets, art.body, strict=True))


def test_a_piece_whose_text_changes_columns_is_cut_where_the_page_heads_both_parts() -> None:
    """Two bodies printed one after the other with no byline or dateline between them, the first in a
    wide column and the second in a narrow one, under two headlines: the piece is cut where the
    narrow paragraphs start, each part under its own headline. With one headline, the part it does
    not match would head no article: the piece stays whole. So does a piece in one column."""
    wide = [_text(t) for t in wrap(GRID_BODY + GRID_BODY, 30)]
    narrow = [_text(t) for t in wrap(REPORT_BODY + REPORT_BODY, 12)]
    heads = [_text("西岭镇深耕微网格细作大治理"), _text("东湖社区双报到深化网格化管理")]
    units = [Unit(title=[x], conf=[1.0]) for x in heads]
    piece = Piece(lines=wide + narrow, opens=True)
    pieces, order = column_cuts(units, [piece], [*units, piece])
    assert [p.lines[0].text for p in pieces] == [wide[0].text, narrow[0].text]
    assert [x.pos for x in order] == [0, 1, 2, 3] and not pieces[1].opens
    assert column_cuts(units[:1], [piece], [units[0], piece])[0] == [piece]
    whole = Piece(lines=narrow + narrow)
    assert column_cuts(units, [whole], [*units, whole])[0] == [whole]


def test_the_segments_of_a_doubled_line_read_once_in_a_headline_of_their_own() -> None:
    """A headline regrouped out of a doubled block, its segments slices of the block's lines: read as
    the repaired slices, never half of them again as printed (`蓝田县蓝田县：：` beside `党建引领`)."""
    page = (
        _printed_doubled("激活微治理 蓝田县：")
        + "\n"
        + _printed_doubled("党建引领聚合力 小区自治结硕果")
        + "\n"
    )
    first, second = (repair_line(x) for x in split_lines(page)[:2])
    segments = [*_atoms(first)[1:], *_atoms(second)]
    assert [x.text for x in segments] == ["蓝田县：", "党建引领聚合力", "小区自治结硕果"]
    assert Unit(title=segments, page=page).text == "蓝田县：党建引领聚合力小区自治结硕果"
    assert Unit(title=[first, second], page=page).text == "激活微治理 蓝田县：党建引领聚合力 小区自治结硕果"


def test_a_block_cut_at_all_is_cut_before_a_place_opening_a_headline() -> None:
    """`…激活微治理 蓝田县：` / `党建引领聚合力…`: the `<place>：` at the line's end opens the second
    headline, whatever the units came as; the block may still be one headline."""
    page = "昭通：凝聚新力量 激活微治理 蓝田县：\n党建引领聚合力 小区自治结硕果"
    texts = ["昭通：凝聚新力量", "激活微治理", "蓝田县：", "党建引领聚合力", "小区自治结硕果"]
    segments = [Line(t, range(page.index(t), page.index(t) + len(t))) for t in texts]
    ways = _groupings(segments, (0, 1, 5), _line_breaks(segments, page))
    assert (0, 5) in ways and (0, 2, 5) in ways
    assert all(2 in w for w in ways if len(w) > 2)


# Two bodies of a block long enough that the grid words both name weigh as little as on a page
GRID_LONG = GRID_BODY + "西岭镇今年新建十二个议事亭，老人们在亭里下棋聊天，说起变化直夸好。"
REPORT_LONG = REPORT_BODY + "东湖社区开办四点半课堂，志愿者辅导孩子写作业，家长下班接娃不再发愁。"


def _stacked(first: str, second: str, between: str) -> Unit:
    """A unit of two headline lines printed with `between` between them over a dense page's text."""
    page = first + between + second + "\n" + "\n".join(x.text for x in _paragraphs(GRID_BODY, REPORT_BODY))
    at = [page.index(first), page.index(second, len(first))]
    title = [Line(t, range(a, a + len(t))) for t, a in zip((first, second), at, strict=True)]
    return Unit(title=title, conf=[1.0], pos=2, page=page)


def test_two_headlines_stacked_apart_cut_the_two_bodies_run_together_under_them() -> None:
    """Two headlines on two lines with a blank line between them, read as one, over the one piece
    holding both their bodies: cut at the line's end as at a gap; a line ending inside a word is one
    headline."""
    piece = Piece(lines=_paragraphs(GRID_BODY, REPORT_BODY), opens=True, pos=0)
    first, second = "西岭镇深耕微网格细作大治理", "东湖社区双报到深化网格化管理"
    cut = pair_cut([_stacked(first, second, "\n\n")], [piece], {0: 0})
    assert cut is not None and [x.text for x in cut[1]] == [first, second]
    assert pair_cut([_stacked(first + "东湖社", second[3:], "\n\n")], [piece], {0: 0}) is None


def test_two_headlines_of_a_block_stacked_line_over_line_cut_the_two_bodies_run_together() -> None:
    """A block printing its headlines one a line, no blank line between them, read as one headline
    over the one piece holding both bodies: cut at the line's end where no word, quotation or clause
    goes on over it, and the two parts of the body share hardly a word of their own
    (`STACKED_CONTINUES`). A headline the column wrapped heads one body whose parts go on
    (`梅花桩…` in both), a line left inside a clause (`…细作，让`, `…怎么抓？说`) or on a number
    (`…12` / `个…`) goes on, a first line shorter than the next is a kicker's or a title's over its
    subtitle, and a short headline's `<place>：` heads both its lines."""
    grid, report = GRID_LONG, REPORT_LONG
    piece = Piece(lines=_paragraphs(grid, report), opens=True, pos=0)
    first, second = "西岭镇深耕微网格细作大治理", "东湖社区双报到织网格"
    cut = pair_cut([_stacked(first, second, "\n")], [piece], {0: 0})
    assert cut is not None and [x.text for x in cut[1]] == [first, second]
    assert piece.lines[cut[3]].text.startswith("东湖社区")
    for one in ("梅花桩议事会每周开一次。", "梅花桩。"):  # a few words of its own in both: one body
        whole = Piece(lines=_paragraphs(grid + one, report + one), opens=True, pos=0)
        assert pair_cut([_stacked(first, second, "\n")], [whole], {0: 0}) is None
    assert pair_cut([_stacked("西岭镇深耕微网格怎么抓？说", second, "\n")], [piece], {0: 0}) is None
    assert pair_cut([_stacked("西岭镇深耕微网格细作，让", second, "\n")], [piece], {0: 0}) is None
    assert pair_cut([_stacked("西岭镇深耕微网格细作大治理12", second, "\n")], [piece], {0: 0}) is None
    assert pair_cut([_stacked(second, first, "\n")], [piece], {0: 0}) is None
    short = "西岭镇：深耕微网格细作"  # a place heading both lines of a short headline
    assert pair_cut([_stacked(short.replace("：", ""), second, "\n")], [piece], {0: 0}) is not None
    assert pair_cut([_stacked(short, second, "\n")], [piece], {0: 0}) is None


def test_two_headlines_of_a_block_on_a_spaced_page_cut_the_two_bodies_run_together() -> None:
    """A page printing a blank line under every line says nothing by the blank line between two
    headline lines: they are cut as two headlines of a block are on a dense page."""
    first, second = "西岭镇深耕微网格细作大治理", "东湖社区双报到织网格"
    body = _paragraphs(GRID_LONG, REPORT_LONG)
    page = "\n\n".join([first, second, *(x.text for x in body)])
    at = [page.index(first), page.index(second)]
    title = [Line(t, range(a, a + len(t))) for t, a in zip((first, second), at, strict=True)]
    u = Unit(title=title, conf=[1.0], pos=2, page=page)
    cut = pair_cut([u], [Piece(lines=body, opens=True, pos=0)], {0: 0})
    assert cut is not None and [x.text for x in cut[1]] == [first, second]


def test_a_kicker_over_one_piece_stays_the_kicker_whatever_part_of_the_body_it_names() -> None:
    """A kicker over its title (`新时代“枫桥经验”太平实践` / `麻章区太平镇将矛盾化解…`) names what the
    body's first part tells, as a block's headline read as a kicker would over two bodies run
    together: `pair_cut` never cuts there (`recut` may, where the kicker finds a piece of its own)."""
    piece = Piece(lines=_paragraphs(GRID_LONG, REPORT_LONG), opens=True, pos=0)
    kicker, title = "西岭镇织网格", "东湖社区推行在职党员双报到深化网格化管理"
    u = _stacked(kicker, title, "\n")
    u.kicker, u.lines, u.title = [kicker], list(u.title), u.title[1:]
    assert pair_cut([u], [piece], {0: 0}) is None


def test_a_subtitle_that_is_the_block_s_next_headline_cuts_the_bodies_run_together() -> None:
    """A block's second headline read as the subtitle of the first, over the one piece holding both
    bodies: cut off as a headline of its own where each finds its part of the piece. A subtitle
    printed with its dash (`——`) is one."""
    piece = Piece(lines=_paragraphs(GRID_LONG, REPORT_LONG), opens=True, pos=0)
    first, second = "西岭镇深耕微网格细作大治理", "东湖社区双报到织网格"
    u = _stacked(first, second, "\n")
    u.subtitle, u.lines = [second], list(u.title)
    u.title = u.title[:1]
    cut = pair_cut([u], [piece], {0: 0})
    assert cut is not None and [(x.text, x.subtitle) for x in cut[1]] == [(first, []), (second, [])]
    dashed = _stacked(first, "——" + second, "\n")
    dashed.subtitle, dashed.lines = [second], list(dashed.title)
    dashed.title = dashed.title[:1]
    assert pair_cut([dashed], [piece], {0: 0}) is None


@pytest.mark.parametrize(
    ("byline", "width"),
    [
        ("文/韩予川", 10),
        ("新华社记者 韩予川", 10),
        ("某某新闻/某某晚报 记者 韩予川", 13),
        ("文/本报记者 韩予川", 13),
    ],
)
def test_a_byline_line_in_a_form_the_model_reads_as_text_heads_its_body(byline: str, width: int) -> None:
    """A short line that reads whole as a byline and says so (a role word, a credit) is one, whatever the
    label; the names go to the body under it, never into the text or to the article before."""
    lines = [HEADLINE, *wrap(BODIES[0], width), NEXT_HEADLINE, byline, *wrap(BODIES[1], width)]
    articles, _ = split_articles("\n".join(lines) + "\n")
    [mine] = [a for a in articles if "楼栋长" in a.body]
    assert [a.name for a in mine.authors] == ["韩予川"]
    assert all(not a.authors for a in articles if a is not mine)
    assert "韩予川" not in mine.body


def test_a_reader_reads_no_byline_into_a_dateline_s_bracket_the_column_wrapped() -> None:
    """`某某网讯（` / `本网记者 张三 文` / `/图）近日…`: the middle line reads as a byline, but it is the
    rest of the dateline's bracket."""
    text = "某某网8月16日讯（本网记者 韩予川 文/图）近日，西岭镇把全镇划成十二个总网格，网格员走村入户。"
    page = "\n".join(["西岭镇网格化管理见实效", *wrap(text, 10)]) + "\n"
    [art] = split_articles(page)[0]
    assert [a.name for a in art.authors] == ["韩予川"]
    assert art.body[art.lead_in :].startswith("近日")


def test_a_bracketed_byline_opening_a_paragraph_under_a_dispatch_read_as_headline_gives_authors() -> None:
    page = "西岭镇网格化管理见实效\n某某客户端、某某网1月26日消息\n（记者韩予川）“积分怎么兑换？”近日，西岭镇积分超市开张。\n"
    [art] = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert [a.name for a in art.authors] == ["韩予川"]
    assert art.body[art.lead_in :].startswith("“积分")


def test_a_byline_after_the_page_s_last_text_closes_that_text() -> None:
    body = "近日，西岭镇把全镇划成十二个总网格，网格员走村入户，收集群众诉求一百二十件。"
    page = "西岭镇网格化管理见实效\n" + "\n".join(wrap(body, 16)) + "\n记者 韩予川 通讯员 钟晓岷\n"
    [art] = split_articles(page)[0]
    assert [a.name for a in art.authors] == ["韩予川", "钟晓岷"]


@pytest.mark.parametrize("cut", ["通讯员韩予川 钟", "通讯员韩予川 钟晓", "通讯员韩予川 钟晓岷报", "通讯员"])
def test_names_reporting_after_a_dispatch_the_column_cut_give_their_authors(cut: str) -> None:
    """`某某网讯 通讯员张三 李` / `四报道 近日…`: the wrap cuts a name, or `报道`, or falls after the role."""
    rest = "通讯员韩予川 钟晓岷报道 近日，西岭镇把全镇划成十二个总网格，网格员走村入户。"[len(cut) :]
    page = f"西岭镇网格化管理见实效\n某某网讯 {cut}\n{rest}\n"
    [art] = split_articles(page)[0]
    assert [a.name for a in art.authors] == ["韩予川", "钟晓岷"]
    assert art.body[art.lead_in :].startswith("近日")


def test_a_photographer_s_credit_under_finished_text_is_that_text_s() -> None:
    """`记者 张三 摄` alone under an article's last sentence credits that article's photo: it does not
    head the next article, which has a byline of its own."""
    reader = _Reader("")
    for text, label in [
        ("近日，西岭镇把全镇划成十二个总网格，收集群众诉求一百二十件。", "body"),
        ("记者 韩予川 钟晓岷 摄", "byline"),
        ("今年以来，东湖社区推行在职党员双报到，居民纷纷叫好。", "body"),
    ]:
        reader.feed(_text(text), label, 1.0)
    assert [[a.name for a in p.authors] for p in reader.pieces] == [["韩予川", "钟晓岷"], []]


@pytest.mark.parametrize(
    ("line", "byline"), [("韩予川 钟晓岷", True), ("韩予川", False), ("春风 化雨", False)]
)
def test_two_names_alone_on_a_line_the_model_reads_as_a_headline_are_a_byline(
    line: str, byline: bool
) -> None:
    """`张三 李四` between an article's end and the next headline closes that article; one bare name,
    or words that are no names, stay what the model read."""
    reader = _Reader("")
    for text, label in [
        ("近日，西岭镇把全镇划成十二个总网格，收集群众诉求一百二十件。", "body"),
        (line, "kicker"),
        ("东湖社区推行双报到制度", "title"),
        ("今年以来，东湖社区推行在职党员双报到，居民纷纷叫好。", "body"),
    ]:
        reader.feed(_text(text), label, 1.0)
    names = [a.name for a in reader.pieces[0].authors]
    assert names == (line.split() if byline else [])


def test_a_dispatch_s_line_ending_on_a_whole_name_keeps_it_and_reads_the_names_under_it() -> None:
    page = "西岭镇网格化管理见实效\n本报讯 记者 韩予川 通讯员 钟晓岷\n潘语桐 近日，西岭镇把全镇划成十二个总网格。\n"
    [art] = split_articles(page)[0]
    assert [a.name for a in art.authors] == ["韩予川", "钟晓岷", "潘语桐"]
    assert art.body[art.lead_in :].startswith("近日")
    page = "西岭镇网格化管理见实效\n本报讯 记者 韩予川 通讯员 钟晓岷\n近日，西岭镇把全镇划成十二个总网格。\n"
    [art] = split_articles(page)[0]
    assert [a.name for a in art.authors] == ["韩予川", "钟晓岷"]
    assert art.body[art.lead_in :].startswith("近日")


THIRD_HEADLINE = "南坪村集体经济再添新动能"
THIRD_BODY = (
    "南坪村今年流转土地八百亩，引进两家合作社种植高山蔬菜，带动六十户村民就近务工。目前冷库选址已经完成。"
)


def test_bylines_over_the_next_headlines_are_their_bodies_where_the_page_signs_over_headlines() -> None:
    """Text, `◆文/记者 张三`, headline, text: one such byline on the page closes the text above (most
    pages sign after their texts); where every headline of the page has a byline over it, the byline
    is the next headline's body's. Where the headline is printed after its body, the byline closes it."""
    one = [f"# {HEADLINE}", *wrap(BODIES[0], 16), "◆文/记者 韩予川 通讯员 钟晓岷", f"# {NEXT_HEADLINE}"]
    articles, _ = split_articles("\n".join([*one, *wrap(BODIES[1], 16)]) + "\n")
    by_title = {a.title: [x.name for x in a.authors] for a in articles}
    assert by_title == {HEADLINE: ["韩予川", "钟晓岷"], NEXT_HEADLINE: []}
    signed = [
        *["◆文/记者 潘语桐", f"# {HEADLINE}", *wrap(BODIES[0], 16)],
        *["◆文/记者 韩予川 通讯员 钟晓岷", f"# {NEXT_HEADLINE}", *wrap(BODIES[1], 16)],
        *["◆文/记者 孟航", f"# {THIRD_HEADLINE}", *wrap(THIRD_BODY, 16)],
    ]
    articles, _ = split_articles("\n".join(signed) + "\n")
    by_title = {a.title: [x.name for x in a.authors] for a in articles}
    assert by_title == {HEADLINE: ["潘语桐"], NEXT_HEADLINE: ["韩予川", "钟晓岷"], THIRD_HEADLINE: ["孟航"]}
    under = split_articles(HEADLINE_AFTER_BODY)[0]
    assert [[x.name for x in a.authors] for a in under if a.kind == "article"] == [
        ["周泽宁", "潘语桐"],
        ["韩予川"],
    ]


def test_two_bare_names_over_the_next_headline_still_close_the_text_above() -> None:
    """Bare names (`张三 李四`) or a bracket between a text and a headline are a closing byline's forms:
    they stay with the text above even where headlines stand over their bodies."""
    lines = [
        f"# {HEADLINE}",
        *wrap(BODIES[0], 16),
        "韩予川 钟晓岷",
        f"# {NEXT_HEADLINE}",
        *wrap(BODIES[1], 16),
    ]
    articles, _ = split_articles("\n".join(lines) + "\n")
    assert {a.title: [x.name for x in a.authors] for a in articles} == {
        HEADLINE: ["韩予川", "钟晓岷"],
        NEXT_HEADLINE: [],
    }


def test_the_page_s_first_line_over_a_dispatch_is_its_first_headline() -> None:
    from transforms.articles import _opens_page

    lines = _lines("西岭镇网格化管理见实效\n某某网讯 近日，西岭镇把全镇划成十二个网格。")
    assert _opens_page(lines, ["body", "body"])
    assert not _opens_page(lines, ["title", "body"])  # read right already
    prose = _lines("西岭镇把全镇划成十二个网格。\n某某网讯 近日，西岭镇网格员走村入户。")
    assert not _opens_page(prose, ["body", "body"])  # it ends a sentence: text


def test_a_name_signed_twice_in_two_roles_is_one_author_in_the_narrower_role() -> None:
    page = (
        "南岭村议事会议出新风\n\n■记者 赵明远 钱小燕\n\n"
        "本报南岭讯（记者 赵明远 通讯员 钱小燕）今年以来，南岭村每月召开一次议事会，村民有事好商量。\n"
    )
    [art] = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert [(a.name, a.role) for a in art.authors] == [("赵明远", "记者"), ("钱小燕", "通讯员")]


def test_a_short_column_end_the_labeller_takes_for_a_jump_stays_in_its_text() -> None:
    """A continuation mark says where the text jumps; a short last line of a column (`引导50余`) that the
    line model labels continuation is the text's own, so the body goes on across it."""
    line = _text("引导50余")
    assert _plainly(line, "continuation") == "body"
    assert _plainly(_text("（下转A8版）"), "continuation") == "continuation"


HEADLINE_BESIDE_A_LINE = """西湖区推行“邻里议事角”
本报讯 近年来，杭州市西湖区在老旧小区设立
邻里议事角，由社区党组织牵头，居民轮流主
持，每月议一次小区大事。      滨江区“红色管家”进楼道
今年已设立议事角86个，解决问题320余
件，居民满意度逐年提高。
本报讯 杭州市滨江区组织党员担任楼道管家，
帮助独居老人代购代办，今年累计服务1.2万
人次，群众满意度达到98%。
"""


def test_a_headline_printed_beside_another_columns_line_heads_its_own_body() -> None:
    arts = [a for a in split_articles(HEADLINE_BESIDE_A_LINE)[0] if a.kind == "article"]
    assert [a.title for a in arts] == ["西湖区推行“邻里议事角”", "滨江区“红色管家”进楼道"]
    first, second = arts
    assert "每月议一次小区大事。" in first.body and "解决问题320余" in first.body  # the column reads on
    assert "红色管家" not in first.body
    assert second.body[second.lead_in :].startswith("杭州市滨江区")
    for a in arts:  # every character still maps to the page
        assert all(
            HEADLINE_BESIDE_A_LINE[o] == ch for o, ch in zip(a.offsets, a.body, strict=True) if ch != "\n"
        )


def test_a_page_number_or_byline_beside_a_line_is_no_headline() -> None:
    page = HEADLINE_BESIDE_A_LINE.replace("滨江区“红色管家”进楼道", "（记者 周泽宁 潘语桐）")
    arts = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert not any(a.title and "周泽宁" in a.title for a in arts)
    assert _beside_cut("每月议一次小区大事。      第5版") is None
    assert _beside_cut("每月议一次小区大事。      滨江区“红色管家”进楼道") is not None


# Two columns' headlines pulled out of the PDF as one line, the second wrapped into the next line.
HEADLINES_SIDE_BY_SIDE = """□ 周泽宁
本报讯 杭州市西湖区在老旧小区设立邻里议事角，由社区党组
织牵头，居民轮流主持，每月议一次小区大事，今年已设立议事
角86个。
西湖区推行邻里议事角        滨江区红色管家
进楼道服务独居老人
□ 潘语桐
本报讯 杭州市滨江区组织党员担任红色管家，走进楼道帮助独
居老人代购代办，今年累计服务1.2万人次。
"""


def test_headlines_side_by_side_with_a_column_gap_are_two_headlines() -> None:
    arts = [a for a in split_articles(HEADLINES_SIDE_BY_SIDE)[0] if a.kind == "article"]
    titles = {a.body[a.lead_in :][:6]: a.title for a in arts}
    assert titles == {
        "杭州市西湖区": "西湖区推行邻里议事角",
        "杭州市滨江区": "滨江区红色管家进楼道服务独居老人",
    }


def test_a_headline_beside_a_column_gap_finding_no_body_stays_an_orphan() -> None:
    page = HEADLINES_SIDE_BY_SIDE.replace(
        "滨江区红色管家\n进楼道服务独居老人", "宁波市海曙区推行垃圾分类积分兑换\n\n滨江区红色管家进楼道"
    )
    arts, _ = split_articles(page)
    assert [a.title for a in arts if a.kind == "orphan_headline"] == ["宁波市海曙区推行垃圾分类积分兑换"]
    assert "宁波" not in "".join(a.title or "" for a in arts if a.kind == "article")


def test_a_page_number_after_a_column_gap_stays_with_its_headline() -> None:
    (u,) = _wide_gaps_apart([Unit(title=[Line("西湖区推行邻里议事角   第12版", range(17))])])
    assert u.text == "西湖区推行邻里议事角   第12版"
    units = _wide_gaps_apart([Unit(title=[Line("西湖区推行邻里议事角  滨江区红色管家", range(19))])])
    assert len(units) == 1  # two spaces: a headline's own phrases may stand so far apart


# Two columns' headlines one space apart, the second wrapped: the page's matching says where they part.
HEADLINES_ONE_SPACE_APART = """本报讯 杭州市西湖区在老旧小区设立邻里议事角，由社区党组
织牵头，居民轮流主持，每月议一次小区大事，今年已设立议事
角86个，解决停车、加装电梯等难题320余件。

西湖区邻里议事角解难题 滨江区红色管家
进楼道服务独居老人

杭州市滨江区组织党员担任红色管家，走进楼道帮助独居老人代
购代办，今年累计服务1.2万人次，群众满意度达到98%。
"""


def test_the_second_of_two_headlines_on_a_line_wrapped_is_no_kicker() -> None:
    arts = [a for a in split_articles(HEADLINES_ONE_SPACE_APART)[0] if a.kind == "article"]
    assert [(a.kicker, a.title) for a in arts] == [
        (None, "西湖区邻里议事角解难题"),
        (None, "滨江区红色管家进楼道服务独居老人"),
    ]


# A block of two headlines over their two bodies, in the order of their columns: the second shares
# words with its body, the first says its own in other words.
BLOCK_OVER_TWO_BODIES = """告别“老破危” 老楼迎来“第二春”
滨江区红色管家进楼道
本报讯 西岭市东湖区南岭街道北苑社区安和家园15部电梯
更新项目日前启动，预计年底前全部完工投入使用。
本报讯 杭州市滨江区组织党员担任红色管家，走进楼道帮
助独居老人代购代办，今年累计服务1.2万人次。
"""


def test_a_block_of_headlines_heads_the_bodies_under_it_in_order() -> None:
    arts = [a for a in split_articles(BLOCK_OVER_TWO_BODIES)[0] if a.kind == "article"]
    titles = {a.body[a.lead_in :][:4]: a.title for a in arts}
    assert titles == {"西岭市东": "告别“老破危” 老楼迎来“第二春”", "杭州市滨": "滨江区红色管家进楼道"}


def test_a_block_headline_sending_the_reader_to_another_page_stays_an_orphan() -> None:
    page = BLOCK_OVER_TWO_BODIES.replace("\n滨江区", "\n（全文见第12版）\n滨江区", 1)
    arts, _ = split_articles(page)
    assert [a.title for a in arts if a.kind == "orphan_headline"] == ["告别“老破危” 老楼迎来“第二春”"]


# Two columns' headlines on one line over their two bodies printed one after the other, nothing between.
SIDE_BY_SIDE_OVER_BODIES_RUN_TOGETHER = """西湖区邻里议事角解难题        滨江区红色管家进楼道
杭州市西湖区在老旧小区设立邻里议事角，由社区党组织牵头，居
民轮流主持，每月议一次小区大事。西湖区今年已设立议事角86个。
杭州市滨江区组织党员担任红色管家，走进楼道帮助独居老人代购
代办。滨江区红色管家今年累计服务1.2万人次。
"""


def test_side_by_side_headlines_cut_the_bodies_run_together_under_them() -> None:
    arts = [a for a in split_articles(SIDE_BY_SIDE_OVER_BODIES_RUN_TOGETHER)[0] if a.kind == "article"]
    titles = {a.body[a.lead_in :][:6]: a.title for a in arts}
    assert titles == {"杭州市西湖区": "西湖区邻里议事角解难题", "杭州市滨江区": "滨江区红色管家进楼道"}


def test_two_columns_headlines_wrapped_side_by_side_go_on_column_by_column() -> None:
    first, second = "西湖区邻里议事角    滨江区红色管家", "解决停车难题    进楼道服务老人"
    title = [
        Line(first, range(len(first))),
        Line(second, range(len(first) + 1, len(first) + 1 + len(second))),
    ]
    groups = ["".join(x.text for x in g) for g in _column_groups(title)]
    assert groups == ["西湖区邻里议事角解决停车难题", "滨江区红色管家进楼道服务老人"]
    under = Line("之窗", range(100, 102))  # a line of no gap goes on with the last column's headline
    assert ["".join(x.text for x in g) for g in _column_groups([title[0], under])] == [
        "西湖区邻里议事角",
        "滨江区红色管家之窗",
    ]


def test_a_body_s_first_line_with_a_clause_break_and_a_word_the_wrap_cut_is_not_a_headline() -> None:
    """`3月2日，在西岭镇东湖小区施工现场，挖掘` / `机正在平整路面…`: the model may read a first line standing
    alone as a headline; one that holds a clause break and runs on into the next line inside a word is
    text. A headline holding a comma over its body stays one."""
    lines = [_text("3月2日，在西岭镇东湖小区施工现场，挖掘"), _text("机正在平整路面，工人们有序施工。")]
    assert _clause_run_into_text(lines, ["title", "body"], 0)
    head = [_text("西岭镇：小网格，大民生"), _text("近日，西岭镇把全镇划成十二个总网格。")]
    assert not _clause_run_into_text(head, ["title", "body"], 0)


def test_a_doubled_headline_the_wrap_cut_inside_a_doubled_word_is_read_whole() -> None:
    """`西岭镇西岭镇::深耕深耕““微网格微网` / `格””,,细作细作…`: undone line by line, the first line ends with a
    piece of the word's double and the second opens with its rest; that is one headline, no subtitle."""
    assert (
        _doubled_seam("西岭镇：深耕“微网格微网", "格”，细作“大治理”") == "西岭镇：深耕“微网格”，细作“大治理”"
    )
    assert _doubled_seam("西岭镇网格化管理", "见实效显成效") is None


def test_a_name_in_two_catch_all_roles_is_one_signer_and_a_photo_credit_stands_beside_the_writing() -> None:
    from transforms.articles import _signers
    from transforms.bylines import Author

    got = _signers(
        [
            Author("赵明远", "记者"),
            Author("赵明远", "作者"),
            Author("钱小燕", "记者"),
            Author("钱小燕", "摄影"),
        ]
    )
    assert [(a.name, a.role) for a in got] == [("赵明远", "记者"), ("钱小燕", "记者"), ("钱小燕", "摄影")]


def test_a_short_first_line_over_text_the_wrap_did_not_cut_heads_the_page() -> None:
    """A page opening with its headline printed with no blank line over its body: the first line stops
    well short of the column and the break cuts no word."""
    body = wrap(BODIES[0], 14)
    [art] = [
        a for a in split_articles("\n".join(["西岭镇网格见实效", *body]) + "\n")[0] if a.kind == "article"
    ]
    assert art.title == "西岭镇网格见实效"
    assert art.body.startswith("近日")


def test_a_markdown_pre_title_is_the_subtitle_and_no_kicker_as_well() -> None:
    """`## 某某街道` over `# 标题` at the top of a page: the pre-title was kept twice, once as the
    subtitle and once, `#` marks and all, as the kicker."""
    page = "## 西岭镇东湖街道\n# 网格议事聚民心 干部下沉办实事\n\n" + BODIES[0] + "\n"
    [art] = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert (art.kicker, art.title, art.subtitle) == (None, "网格议事聚民心 干部下沉办实事", "西岭镇东湖街道")


def test_a_first_line_read_as_page_furniture_that_reads_as_a_headline_heads_the_page() -> None:
    """A page's first line the line model took for furniture (a date line, a page number, an editor)
    though it holds none of that and reads as a headline: the headline of the body under it."""
    from transforms.articles import _opens_page

    lines = [Line(t, range(len(t))) for t in ("西岭镇：党建引领聚合力", *wrap(BODIES[0], 16))]
    labels = ["noise"] + ["body"] * (len(lines) - 1)
    assert _opens_page(lines, labels)
    for furniture in ("2024年5月7日 星期二", "责任编辑 钟晓岷", "第9版 综合新闻"):
        assert not _opens_page([Line(furniture, range(len(furniture))), *lines[1:]], labels)


def test_a_piece_cut_in_two_keeps_its_closing_byline_with_the_part_it_closes() -> None:
    """The authors of a closing byline went with the part after the cut but its printed line stayed
    with the part before: `dim_article.byline` named one article's writers on another."""
    from transforms.articles import Piece, _apply_cut
    from transforms.bylines import Author

    p = Piece(lines=[Line(t, range(len(t))) for t in ("甲乙丙。", "丁戊己。", "庚辛壬。")])
    p.take("□ 钟晓岷", [Author("钟晓岷", "作者")], 0.9)
    p.take("（韩予川 潘语桐）", [Author("韩予川", "作者"), Author("潘语桐", "作者")], 0.9, closing=True)
    head, tail = _apply_cut([p], p, 2)[0]
    assert (head.bylines, [a.name for a in head.authors]) == (["□ 钟晓岷"], ["钟晓岷"])
    assert (tail.bylines, [a.name for a in tail.authors]) == (["（韩予川 潘语桐）"], ["韩予川", "潘语桐"])


def test_a_reprint_s_dispatch_the_wrap_cut_after_the_paper_s_own_is_read_whole() -> None:
    """`本报讯 新华社某地` / `10月20日电（记者 …）`: the paper's dispatch opens the line, the reprinted
    one is cut by the wrap. It made a body of its own out of the first line (no headline, no text)
    and left the article under its headline with half a dispatch."""
    lines = [
        "西岭镇网格化管理见实效",
        "",
        "本报讯 新华社西岭",
        "10月20日电（记者 韩予川）",
        *wrap(BODIES[0], 14),
    ]
    arts = [a for a in split_articles("\n".join(lines) + "\n")[0] if a.kind == "article"]
    assert [(a.title, [x.name for x in a.authors]) for a in arts] == [("西岭镇网格化管理见实效", ["韩予川"])]
    assert arts[0].body.startswith("本报讯 新华社西岭10月20日电")


def test_the_page_s_number_and_section_line_inside_the_text_is_no_text() -> None:
    """`第7版 综合新闻` printed between a closing byline and the next article's text, read as text by
    the line model, opened that body; a line the page's number or its dated weekday opens is the page's
    furniture, while text naming a page (`第3版刊发的报道`) stays text."""
    from transforms.articles import _plainly

    for header in ("第7版 综合新闻", "第11版2024年11月10日 星期四", "2024年5月7日 星期二"):
        assert _plainly(Line(header, range(len(header))), "body") == "noise"
    for text in ("第3版刊发的报道", "2024年5月7日，社区", "星期三上午，社区"):
        assert _plainly(Line(text, range(len(text))), "body") == "body"


def test_a_spaced_out_headline_a_narrow_column_wraps_over_four_lines_is_read_whole() -> None:
    """Every line of the headline printed spaced out, digits and an ASCII colon among them: the last
    two lines went to the next body as its first words."""
    head = [
        "西 岭 : 实 施 网 格",
        "管 理 “ 三 个 2 0 % ” 目",
        " 标 行 动   不 断 夯 实 ",
        "基 层 治 理 工 作 基 础",
    ]
    page = "\n\n".join([*head, *wrap(BODIES[0], 12)]) + "\n"
    [art] = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert art.title == "西岭:实施网格管理“三个20%”目标行动不断夯实基层治理工作基础"
    assert art.body.startswith("近日")


def test_spaced_out_digits_and_ascii_marks_are_closed_up_with_the_characters_around_them() -> None:
    for printed, read in (
        ("屯 昌 : 实 施 村 集 体 ", "屯昌:实施村集体"),
        ("共 有 1 2 个 网 格", "共有12个网格"),
        ('告 别 " 老 破 危 "   老 楼 迎 来', '告别"老破危"老楼迎来'),
    ):
        assert repair_line(Line(printed, range(len(printed)))).text == read


def test_a_doubled_headline_line_is_not_read_as_printed_spaced_out() -> None:
    """Undoubling keeps every other glyph, so the kept ones stand apart on the page as spaced-out
    ones do: a doubled headline's last line took the spaced-out text line under it as its own."""
    from transforms.articles import printed_spaced

    printed = "告别爬楼难告别爬楼难"
    doubled = repair_line(Line(printed, range(len(printed))))
    spaced = repair_line(Line("告 别 爬 楼 难", range(9)))
    assert doubled.text == spaced.text == "告别爬楼难"
    assert (printed_spaced(doubled), printed_spaced(spaced)) == (False, True)


def test_a_page_printed_in_ascii_punctuation_ends_its_sentences_with_a_full_stop() -> None:
    """`…民情热线.(某某日报 记者 张三)`: with `.` for `。` no sentence ended, so the closing bylines
    named nobody and the two articles ran together under the second headline."""
    ascii_ = str.maketrans({"，": ",", "。": "."})
    page = (
        f"# {HEADLINE}\n\n{BODIES[0].translate(ascii_)}(某某新闻 记者 韩予川)\n\n"
        f"# {NEXT_HEADLINE}\n\n{BODIES[1].translate(ascii_)}(某某日报 记者 钟晓岷 潘语桐)\n"
    )
    arts = [a for a in split_articles(page)[0] if a.kind == "article"]
    assert [(a.title, [x.name for x in a.authors]) for a in arts] == [
        (HEADLINE, ["韩予川"]),
        (NEXT_HEADLINE, ["钟晓岷", "潘语桐"]),
    ]


def test_an_ascii_full_stop_ends_a_paragraph_only_after_chinese_text() -> None:
    from transforms.line_features import ends_paragraph

    assert ends_paragraph("社区还开通了民情热线.") and ends_paragraph("居民说“好”.")
    assert not ends_paragraph("村集体经济收入2480.") and not ends_paragraph("No.")


def test_a_photo_caption_between_a_headline_and_its_text_stays_with_that_article() -> None:
    """Headline, a one-sentence caption ending in its credit, then the text: the headline took the
    caption as a photo item of its own and left the text headless."""
    caption = "党员群众一起清理小区环境。钟晓岷 摄"
    page = "\n".join(["", HEADLINE, caption, *wrap(BODIES[0], 18), "", NEXT_HEADLINE, *wrap(BODIES[1], 18)])
    arts = split_articles(page + "\n")[0]
    assert [(a.kind, a.title) for a in arts] == [("article", HEADLINE), ("article", NEXT_HEADLINE)]
    assert [x.name for x in arts[0].authors] == ["钟晓岷"]
    assert arts[0].body.startswith("党员群众一起清理小区环境。") and "近日，西岭镇" in arts[0].body


def test_a_teaser_pointing_to_another_page_heads_no_text_here() -> None:
    """`…（详见第13版）` is a pointer to a story printed on another page: no headline of this one."""
    from transforms.articles import _plainly

    for teaser in ("东湖社区推行双报到制度（详见第13版）", "南岗街道建起红色驿站(见A3版)"):
        for label in ("title", "title+", "body"):
            assert _plainly(Line(teaser, range(len(teaser))), label) == "continuation"
    cited = "此前，本报曾以整版篇幅报道过这一做法（详见第3版）。"
    assert _plainly(Line(cited, range(len(cited))), "body") == "body"


def test_a_kicker_twice_as_long_as_the_short_tag_under_it_is_the_headline() -> None:
    """`某某驿站集民意 干部下沉解民忧` over `某某街道`, read as kicker and title: the headline is the long
    line and the place under it its tag; a series line over a headline stays a kicker."""
    from transforms.articles import Unit, _headline_parts

    def unit(kicker: str, title: str) -> Unit:
        return Unit(kicker=[kicker], title=[Line(title, range(len(title)))])

    assert _headline_parts(unit("邻里议事集民意 干部下沉解民忧", "西岭东湖街道")) == (
        None,
        "邻里议事集民意 干部下沉解民忧",
        "西岭东湖街道",
    )
    assert _headline_parts(unit("善治之路⑤", HEADLINE)) == ("善治之路⑤", HEADLINE, None)


def test_a_headline_read_as_text_over_a_credited_caption_heads_the_text_under_it() -> None:
    """A headline with a comma and a figure (read as text), a one-sentence caption with its credit,
    then the text: the headline and caption had run on into the article above."""
    page = "\n".join(
        [
            HEADLINE,
            BODIES[0],
            "东湖社区推行双报到制度，300名党员认领岗位",
            "党员在社区服务站值班。钟晓岷 摄",
            BODIES[1],
        ]
    )
    [art] = [a for a in split_articles(page + "\n")[0] if BODIES[1][:12] in a.body]
    assert art.title == "东湖社区推行双报到制度，300名党员认领岗位"
    assert [x.name for x in art.authors] == ["钟晓岷"]
    assert BODIES[0][:12] not in art.body


def test_a_two_character_name_over_a_section_label_is_not_a_wrapped_byline() -> None:
    """`记者 韩昕` over the section label `地方传真`: read on, 韩昕地 方传真 names more, but a name's
    cut end and a name of its own never follow with nothing between. A name the wrap cut still is."""
    lines = [_text("记者 韩昕"), _text("地方传真")]
    assert [x.text for x in _bylines_rejoined(lines, lines)[1]] == ["记者 韩昕", "地方传真"]
    cut = [_text("本报记者 韩予川 通讯员 钟晓"), _text("岷")]
    assert [x.text for x in _bylines_rejoined(cut, cut)[1]] == ["本报记者 韩予川 通讯员 钟晓岷"]
    spaced = [_text("本报记者 韩予川 通讯员"), _text(" 钟晓岷")]  # the wrap fell at the space
    assert [x.text for x in _bylines_rejoined(spaced, spaced)[1]] == ["本报记者 韩予川 通讯员 钟晓岷"]


def _wrapped_head_page(head: str, width: int, blank: bool = True) -> str:
    lines = [
        *wrap(head, width),
        "（韩予川 钟晓岷）",
        *wrap(BODIES[0], width),
        NEXT_HEADLINE,
        *wrap(BODIES[1], 20),
    ]
    return ("\n\n" if blank else "\n").join(lines) + "\n"


def test_a_headline_a_narrow_column_wraps_over_three_lines_is_read_whole() -> None:
    """`西岭镇深耕微网格细作` / `大治理让群众诉求件件` / `有回音` at a column of 10: the model read the
    three lines as text, the headline was lost; joined, it reads one headline."""
    head = "西岭镇深耕微网格细作大治理让群众诉求件件有回音"
    articles, _ = split_articles(_wrapped_head_page(head, 10))
    assert articles[0].title == head
    assert [a.name for a in articles[0].authors] == ["韩予川", "钟晓岷"]


def test_lines_of_text_with_no_clause_mark_are_no_wrapped_headline() -> None:
    """A paragraph's first lines holding no comma, its text going on under them (the wrap cut a
    word, or the last line is no shorter than the one under it), are not joined: the same lines
    over a byline are."""
    text = ["村支书适时抛出了村两", "委的改造计划近期要", "分别完成丈量工作，之", "后进行置换。"]
    lines = [_text(x) for x in ["各村代表依次发言。", *text]]
    assert _wrapped_headlines_rejoined(lines, lines, dict.fromkeys(range(len(lines)), "body")) is None
    head = [_text(x) for x in ["各村代表依次发言。", "西岭镇深耕微网格细作", "大治理", "（韩予川 钟晓岷）"]]
    joined = _wrapped_headlines_rejoined(head, head, dict.fromkeys(range(len(head)), "body"))
    assert joined is not None and [x.text for x in joined[1]][1] == "西岭镇深耕微网格细作大治理"
    read_whole = dict.fromkeys(range(len(head)), "body") | {1: "title", 2: "title+"}
    assert _wrapped_headlines_rejoined(head, head, read_whole) is None  # the model read it as one


def test_two_headlines_where_two_articles_meet_are_not_joined() -> None:
    """The first line's words are the text's above, the second's the text's below: one headline
    printed after its body, the next over its own, though the first fills the column."""
    above = wrap(BODIES[0], 11)
    below = wrap(BODIES[1], 11)
    rows = [*above, "西岭镇网格化管理见实效", "东湖社区双报到", *below]
    lines = [_text(x) for x in rows]
    assert _wrapped_headlines_rejoined(lines, lines, dict.fromkeys(range(len(lines)), "body")) is None


def test_a_byline_line_ending_with_its_role_goes_on_with_the_names_under_it() -> None:
    lines = [_text("某某新闻/某某晚报 记者"), _text("韩予川")]
    assert [x.text for x in _bylines_rejoined(lines, lines)[1]] == ["某某新闻/某某晚报 记者韩予川"]
    text = [_text("今年以来，西岭镇党委邀请记者"), _text("走进网格")]  # a sentence's end is no role's
    assert [x.text for x in _bylines_rejoined(text, text)[1]] == [x.text for x in text]


def test_a_line_over_a_reporter_s_line_the_model_read_as_noise_opens_an_article() -> None:
    """`东湖社区推行双报到制度` after a sentence's end, over `记者 韩予川` the model labelled noise (read
    as a byline all the same): the next article's headline, as over a line labelled byline."""
    rows = [
        ("会，每月召开一次。", "body"),
        ("东湖社区推行双报到制度", "body"),
        ("记者 韩予川", "noise"),
        ("东湖社区近日推行在职党员双报到，党员认领", "body"),
    ]
    assert _repaired(rows)[1] == "title"
    unsigned = [*rows[:2], ("第5版", "noise"), rows[3]]  # page furniture opens nothing
    assert _repaired(unsigned)[1] == "body"


def test_a_subtitle_a_narrow_column_wraps_under_a_wrapped_headline_is_read_whole() -> None:
    """Once the headline over it is joined, the model reads `——西岭镇推进网格化` / `管理纪实` as a
    subtitle and a headline of its own (an orphan `管理纪实`): joined in a second pass."""
    head = [*wrap("西岭镇深耕微网格细作大治理", 10), *wrap("——西岭镇推进网格化管理纪实", 10)]
    lines = [*head, "（韩予川 钟晓岷）", *wrap(BODIES[0], 10)]
    articles, _ = split_articles("\n\n".join(lines) + "\n")
    assert [(a.title, a.subtitle) for a in articles] == [
        ("西岭镇深耕微网格细作大治理", "西岭镇推进网格化管理纪实")
    ]


def test_a_wrapped_headline_opening_the_page_over_its_text_is_its_headline() -> None:
    """`西岭镇网格员走村入户收集群` / `众诉求` over the text at a column of 13: joined, the line runs wider
    than the column and the model still reads text; opening the page, it is the page's first headline."""
    head = "西岭镇网格员走村入户收集群众诉求"
    lines = [*wrap(head, 13), *wrap(BODIES[0], 13)]
    articles, _ = split_articles("\n".join(lines) + "\n")
    assert [a.title for a in articles] == [head]
    text = [*wrap(BODIES[0], 13), *wrap(BODIES[1], 13)]  # text alone opening the page: no headline
    assert [a.title for a in split_articles("\n".join(text) + "\n")[0]] == [None]


def _columns_side_by_side(left: list[str], right: list[str], width: int, gap: str) -> str:
    """Two columns `width` characters wide printed side by side, as a PDF's layout text prints them."""
    rows = zip(left + [""] * (len(right) - len(left)), right + [""] * (len(left) - len(right)), strict=True)
    return "\n".join((a + "　" * (width - len(a)) + gap + b).rstrip() if b else a for a, b in rows) + "\n"


@pytest.mark.parametrize("width", [14, 16, 20])
@pytest.mark.parametrize("gap", ["   ", "\u3000\u3000", "\t"])
def test_two_articles_printed_in_columns_side_by_side_are_read_apart(width: int, gap: str) -> None:
    left = [HEADLINE, "", *wrap(BODIES[0], width)]
    right = [NEXT_HEADLINE, "", *wrap(BODIES[1], width)]
    articles, _ = split_articles(_columns_side_by_side(left, right, width, gap))
    assert [(a.title, a.body.replace("\n", "")) for a in articles] == [
        (HEADLINE, BODIES[0]),
        (NEXT_HEADLINE, BODIES[1]),
    ]


def _body_cut_by_a_line(inside: str, after: str):
    """A page printing headlines under bodies: a headed body, then a body of two pieces with `inside`
    matched as its headline between them, then the orphan `after` right under it."""
    from transforms.articles import Piece, Unit, _Body

    first = Piece(lines=_lines("本报讯 某街道今年办结居民议事事项46件。"), pos=0)
    upper = Piece(lines=_lines("本报讯 某镇今年划分微网格432个，配备网格员。"), pos=2)
    lower = Piece(lines=_lines("围绕重点任务开展培训二十余场次。"), pos=4)
    units = [
        Unit(title=_lines("社区议事会开到楼道里"), pos=1),
        Unit(title=_lines(inside), lines=_lines(inside), pos=3),
        Unit(title=_lines(after), pos=5),
    ]
    bodies = [_Body([first], list(first.lines), 0), _Body([upper, lower], upper.lines + lower.lines, 1)]
    return bodies, units, {0: 0, 1: 1}


def test_a_body_s_headline_between_its_pieces_is_a_subhead_where_the_page_prints_its_headline_after_it() -> (
    None
):
    """On a page whose headlines stand under their bodies, an orphan right after a body's last piece
    that names what the text over the line between the pieces names heads the whole body: that
    short line is a subhead, kept in the text where it was printed."""
    from transforms.articles import _subheads_inside

    bodies, units, got = _body_cut_by_a_line("夯实治理根基", "某镇：小切口带动大变化")
    subheads: set[int] = set()
    _subheads_inside(bodies, units, got, subheads)
    assert bodies[1].unit == 2 and subheads == {1}
    assert [x.text for x in bodies[1].lines][1] == "夯实治理根基"


def test_a_long_headline_between_a_body_s_pieces_stays_its_headline() -> None:
    """A line longer than a subhead runs stays the headline of the body (it may close the story over
    it: the orphan under the body is then the next part's headline)."""
    from transforms.articles import _subheads_inside

    inside = "某镇今年划分微网格四百余个配备网格员一百余名扎实推进"
    bodies, units, got = _body_cut_by_a_line(inside, "某镇：小切口带动大变化")
    _subheads_inside(bodies, units, got, set())
    assert bodies[1].unit == 1


@pytest.mark.parametrize("byline", ["记者 韩昕", "韩昕"])
def test_a_section_label_between_a_closing_byline_and_a_headline_keeps_the_byline_with_the_text_above(
    byline: str,
) -> None:
    """`记者 韩昕` (or the bare name) / `地方传真` / headline / text: the label opens the next part of
    the page, the headline under it is one (the model read both as text) and the byline closes the
    text above."""
    page = "\n".join(
        [HEADLINE, *wrap(BODIES[0], 13), byline, "地方传真", NEXT_HEADLINE, *wrap(BODIES[1], 13)]
    )
    articles = split_articles(page + "\n")[0]
    [first] = [a for a in articles if BODIES[0][:12] in a.body.replace("\n", "")]
    [second] = [a for a in articles if BODIES[1][:12] in a.body.replace("\n", "")]
    assert [a.name for a in first.authors] == ["韩昕"]
    assert second.title == NEXT_HEADLINE and not second.authors
    assert "地方传真" not in second.body + (second.title or "")


def test_a_headline_nearly_as_wide_as_a_narrow_column_over_a_new_story_is_a_headline() -> None:
    """An 11-character headline in a 13-character justified column, after a sentence's end, over
    text that opens with its words: the model reads it as text; it still heads the second story."""
    page = "\n".join([HEADLINE, *wrap(BODIES[0], 13), NEXT_HEADLINE, *wrap(BODIES[1], 13)])
    articles = split_articles(page + "\n")[0]
    [second] = [a for a in articles if BODIES[1][:12] in a.body.replace("\n", "")]
    assert second.title == NEXT_HEADLINE
    assert NEXT_HEADLINE not in "".join(a.body.replace("\n", "") for a in articles if a is not second)


@pytest.mark.parametrize("gap", [" ", "  "])
def test_two_short_headlines_a_narrow_gap_apart_head_their_two_bodies(gap: str) -> None:
    """Two 11-character headlines on one line a space or two apart (22 characters, shorter than
    `PAIR_MIN`), their bodies under it one after the other: each body takes its own headline."""
    page = "\n".join([HEADLINE + gap + NEXT_HEADLINE, *wrap(BODIES[0], 13), *wrap(BODIES[1], 13)])
    articles = split_articles(page + "\n")[0]
    titles = {body: [a.title for a in articles if body[:12] in a.body.replace("\n", "")] for body in BODIES}
    assert titles == {BODIES[0]: [HEADLINE], BODIES[1]: [NEXT_HEADLINE]}


def test_a_short_headline_s_halves_after_a_place_and_colon_stay_one_headline() -> None:
    """`<place>：A B` heads one body: the colon's place governs both halves, no pair is cut."""
    assert _one_headline_halved([_text("西岭镇：网格化管理见实效")], [_text("群众诉求有回音")])
    assert _one_headline_halved([_text("网格化管理")], [_text("西岭镇群众诉求件件有回音")])  # a kicker
    assert not _one_headline_halved([_text(HEADLINE)], [_text(NEXT_HEADLINE)])


def test_the_page_s_first_line_nearly_as_wide_as_the_justified_column_over_its_story_is_a_headline() -> None:
    """A 16-character headline opening a page set 20 wide, over the text that repeats its words:
    wider than `OPENING_SHORT` of the column, it still stops short of the justified lines under it."""
    head = "西岭镇网格员走村入户收集群众诉求"
    page = "\n".join([head, *wrap(BODIES[0], 20), NEXT_HEADLINE, *wrap(BODIES[1], 20)])
    articles = split_articles(page + "\n")[0]
    [first] = [a for a in articles if BODIES[0][:12] in a.body.replace("\n", "")]
    assert first.title == head and head not in first.body.replace("\n", "")


SHOP_BODY = "走进南山村的积分超市，货架上摆满了油盐酱醋。村民打扫庭院就能赚取积分，凭积分兑换日用品。"


def test_a_headline_displaced_into_a_sentence_does_not_part_a_body_from_the_headline_under_it() -> None:
    """A headline printed inside another text's sentence (`cuts`) and read out after that text,
    between a body and the headline printed under it: the headline under the body still stands
    right under it and closes it, so the text after it is a new article, not the rest of that body,
    and the displaced headline takes that text on the words it shares with it (a third of them)."""
    head_a = _unit_over("西岭镇网格化管理实现全覆盖")
    head_b = _unit_over("东湖社区推行双报到")
    displaced = dataclasses.replace(
        _unit_over("南山村积分超市激活乡村治理新动能 绘就和美乡村新画卷"), cuts=True
    )
    first, second = _piece_at(GRID_BODY, 0), _piece_at(REPORT_BODY, 0)
    headless = dataclasses.replace(_piece_at(SHOP_BODY, 0), opens=False)
    order = _placed(head_a, first, second, displaced, head_b, headless)
    got, _ = match([head_a, displaced, head_b], [first, second, headless], order)
    assert got == {0: 0, 1: 2, 2: 1}


def test_a_headline_wrapped_from_beside_another_into_the_line_under_it_is_regrouped() -> None:
    """`A  B1` / `B2`, read as two headlines, one a line: the second column's headline wrapped from
    beside the first into the next printed line. The two lines are one block, regrouped as the
    page's bodies say: A, and B1 with B2."""
    first, second = "西岭镇网格化管理实现全覆盖  东湖社区推行", "在职党员双报到"
    page = first + "\n" + second + "\n"
    upper = Unit(title=[Line(first, range(len(first)))], conf=[1.0], pos=0, page=page)
    start = len(first) + 1
    lower = Unit(title=[Line(second, range(start, start + len(second)))], conf=[1.0], pos=1, page=page)
    pieces = [_piece_at(GRID_BODY, 2), _piece_at(REPORT_BODY, 3)]
    units, order = regroup_blocks([upper, lower], pieces, [upper, lower, *pieces])
    assert [x.text for x in units] == ["西岭镇网格化管理实现全覆盖", "东湖社区推行在职党员双报到"]
    assert match(units, pieces, order)[0] == {0: 0, 1: 1}


@pytest.mark.parametrize("spaced", [False, True])
def test_a_headline_s_first_line_read_as_text_over_its_second_is_read_whole(spaced: bool) -> None:
    """A body its closing byline ended, then a two-line headline whose first line the model read as
    text (`告别“老破危”` / `老楼迎来“第二春”`): the short unended line on the printed line right over
    the headline (over a blank line on a page printing one after every line) is its first line, and
    the headline cuts no sentence."""
    rows = [
        ("西岭镇把全镇划成十二个总网", "body"),
        ("格，网格员走村入户收集诉求。", "body"),
        ("（张 三）", "byline_end"),
        ("告别“老破危”", "body"),
        ("老楼迎来“第二春”", "title"),
        ("□ 李四", "byline"),
        ("东湖社区近日为老楼加装电梯，", "body"),
        ("居民出行更方便了。", "body"),
    ]
    page = ("\n\n" if spaced else "\n").join(t for t, _ in rows) + "\n"
    reader = _Reader(page)
    for line, (_, label) in zip([x for x in split_lines(page) if x.text], rows, strict=True):
        reader.feed(line, label, 0.9)
    reader.finish()
    reader.promote()
    assert [[x.text for x in u.title] for u in reader.units] == [["告别“老破危”", "老楼迎来“第二春”"]]
    assert not reader.units[0].cuts


def test_two_short_headline_lines_stacked_under_the_body_the_upper_heads_are_one_headline() -> None:
    """Headlines printed under their bodies: the body, `告别爬楼难` (heading it), `老楼迎来新电梯` (an
    orphan), then another body: the two short lines are one headline under its body. A headline of
    its own under them (too long to be a half) stays apart."""
    body = Piece(lines=[_text("日前，某社区首批15部更新电梯交付使用，居民不再爬楼。")], opens=True)
    after = Piece(lines=[_text("村里的积分超市开张了，村民凭积分兑换日用品。")], opens=True)
    upper, lower = Unit(title=[_text("告别爬楼难")]), Unit(title=[_text("老楼迎来新电梯")])
    order = _placed(body, upper, lower, after)
    assert _stacked_halves([upper, lower], [body, after], order, {0: 0}) == {1}
    assert upper.text == "告别爬楼难老楼迎来新电梯"
    head, other = (
        Unit(title=[_text("告别爬楼难")]),
        Unit(title=[_text("某村积分超市开张村民凭积分兑换日用品")]),
    )
    order = _placed(body, head, other, after)
    assert _stacked_halves([head, other], [body, after], order, {0: 0}) == set()


@pytest.mark.parametrize("top", [["（张 三）", "责任编辑 王林"], ["责任编辑 王林"]])
def test_a_headline_under_the_page_s_editor_credit_opens_the_page(top: list[str]) -> None:
    """An editor's credit (and a closing byline whose text ended on the page before) over the page's
    first headline, which the model reads as text: the headline is still the page's first line of
    its own, short over the column under it, and heads that text."""
    page = "\n".join([*top, HEADLINE, *wrap(BODIES[0], 20), NEXT_HEADLINE, *wrap(BODIES[1], 20)])
    articles = split_articles(page + "\n")[0]
    [first] = [a for a in articles if BODIES[0][:12] in a.body.replace("\n", "")]
    assert first.title == HEADLINE and HEADLINE not in first.body.replace("\n", "")


@pytest.mark.parametrize("gap", ["   ", "    "])
def test_two_headlines_a_column_gap_apart_the_second_opening_with_a_number_head_their_bodies(
    gap: str,
) -> None:
    """`…见实效   38部电梯…`: the column gap before a number is kept (no space PDF extraction put
    between a number and text), so the line is two headlines, each over its own body."""
    second = "38部电梯连起东湖社区民心"
    body = "东湖社区五年攻坚，为老楼加装电梯38部，468户居民告别爬楼难。社区还建立了电梯维护基金，居民叫好。"
    page = "\n".join([HEADLINE + gap + second, *wrap(BODIES[0], 20), *wrap(body, 20)])
    articles = split_articles(page + "\n")[0]
    titles = {
        text: [a.title for a in articles if text[:12] in a.body.replace("\n", "")]
        for text in (BODIES[0], body)
    }
    assert titles == {BODIES[0]: [HEADLINE], body: [second]}


def test_the_wrapped_end_of_a_headline_printed_spaced_out_read_as_a_kicker_goes_on_with_it() -> None:
    """A spaced-out headline with an ASCII colon whose short wrapped end (`员 进 社 区`) the model read
    as the kicker of the next headline: printed spaced out alike right under it, it is its end."""
    rows = [
        ("东 湖 社 区 : 推 行 双 报 到 党", "title"),
        ("员 进 社 区", "kicker"),
        ("西岭镇网格化管理见实效", "title"),
        ("近日,西岭镇把全镇划成十二个总网格,网格员走村", "body"),
    ]
    lines, labels, page = _labelled_rows(rows)
    assert _inner_heads(lines, labels, [0.6] * 4, page)[0][:3] == ["title", "title+", "title"]
    rows[1] = ("员进社区", "kicker")  # a kicker printed plainly under it stays one
    lines, labels, page = _labelled_rows(rows)
    assert _inner_heads(lines, labels, [0.6] * 4, page)[0][:3] == ["title", "kicker", "title"]


def test_a_kicker_printed_spaced_out_over_a_headline_printed_so_is_its_first_line() -> None:
    """`西 岭 : 实 施 网 格` read as a kicker over `管 理 “ 三 个 …`, both printed spaced out alike: one
    headline a narrow column wrapped, not a kicker over its headline."""
    rows = [
        ("西 岭 : 实 施 网 格", "kicker"),
        ("管 理 “ 三 个 2 0 % ” 目", "title"),
        ("近日,西岭镇把全镇划成十二个总网格,网格员走村", "body"),
    ]
    lines, labels, page = _labelled_rows(rows)
    assert _inner_heads(lines, labels, [0.6] * 3, page)[0][:2] == ["title", "title+"]
    rows[0] = ("西岭社区", "kicker")  # a kicker printed plainly stays one
    lines, labels, page = _labelled_rows(rows)
    assert _inner_heads(lines, labels, [0.6] * 3, page)[0][:2] == ["kicker", "title"]


def _subhead_between(
    orphan: str, subhead: str = "东湖社区明确分工到人"
) -> tuple[list[_Body], list[Unit], dict[int, int], set[int]]:
    """A body in two pieces with a short line between them that matched it as its headline (unit 0,
    `subhead`), a second body under its own headline (unit 1), and `orphan` (unit 2) matched to
    nothing."""

    def line(text: str, at: int) -> Line:
        return Line(text, range(at, at + len(text)))

    top = Piece(
        lines=[line("东湖社区近日织密责任网格，把全社区划成十二个网格，网格员走村入户，收集诉求。", 0)], pos=1
    )
    rest = Piece(
        lines=[line("社区明确分工，网格长负责统筹，网格员负责巡查，民情当天登记，三天内回复。", 200)], pos=3
    )
    other = Piece(
        lines=[line("西岭镇建立网格议事会，每月召开一次，居民代表议定停车和加装电梯等事项。", 400)], pos=5
    )
    sub = line(subhead, 100)
    units = [
        Unit(title=[sub], lines=[sub], pos=2),
        Unit(title=[line("西岭镇网格议事会", 350)], pos=4),
        Unit(title=[line(orphan, 600)], pos=7),
    ]
    bodies = [_Body([top, rest], [*top.lines, *rest.lines], 0), _Body([other], list(other.lines), 1)]
    return bodies, units, {0: 0, 1: 2}, set()


def test_an_orphan_saying_more_of_a_body_than_the_short_line_inside_it_heads_it() -> None:
    """The short line between the body's two pieces (`东湖社区明确分工到人`, 0.875 of its words found
    there) headed it; the orphan `东湖社区织密责任网格`, found there at 0.94, a fuller headline, is its
    headline, though it does not clear the line by UNRELATED (0.15): the line is a subhead, back in
    the text where it was printed."""
    bodies, units, got, subheads = _subhead_between("东湖社区织密责任网格")
    _subheads_inside(bodies, units, got, subheads)
    assert bodies[0].unit == 2 and got[2] == 0 and subheads == {0}
    assert [x.text for x in bodies[0].lines][1] == "东湖社区明确分工到人"
    # an orphan too short to say much (`社区网格`, found whole) leaves the body its headline
    bodies, units, got, subheads = _subhead_between("社区网格")
    _subheads_inside(bodies, units, got, subheads)
    assert bodies[0].unit == 0 and not subheads


def test_an_orphan_found_mostly_in_a_body_holding_twice_the_words_of_its_subhead_heads_it() -> None:
    """The short line `东湖社区明确分工` is found whole in the body it heads; the orphan found there at
    0.94, holding twice its words and more, is its headline: a subhead's few words are always there."""
    bodies, units, got, subheads = _subhead_between(
        "东湖社区织密责任网格走村入户收集诉求", "东湖社区明确分工"
    )
    _subheads_inside(bodies, units, got, subheads)
    assert bodies[0].unit == 2 and subheads == {0}
    # found less than mostly (0.79: `西岭镇` is the other body's), it stays an orphan
    bodies, units, got, subheads = _subhead_between("西岭镇网格员走村入户收集诉求", "东湖社区明确分工")
    _subheads_inside(bodies, units, got, subheads)
    assert bodies[0].unit == 0 and not subheads


def _holder(articles: list, body: str):  # noqa: ANN202 - the one article holding a body's opening
    [a] = [a for a in articles if body[:12] in a.body.replace("\n", "")]
    return a


def test_headlines_exactly_as_wide_as_a_narrow_column_head_their_stories() -> None:
    """Two 11-character headlines in an 11-character column, one opening the page, one after the
    first story's last sentence, no blank line: each prints as a full line of text, but holds no
    mark, cuts no word across the break and names what the text under it tells of (none of the
    text above): each heads its own story, and the second story does not run into the first."""
    page = "\n".join([HEADLINE, *wrap(BODIES[0], 11), NEXT_HEADLINE, *wrap(BODIES[1], 11)])
    articles = split_articles(page + "\n")[0]
    assert _holder(articles, BODIES[0]).title == HEADLINE
    assert _holder(articles, BODIES[1]).title == NEXT_HEADLINE
    assert len(articles) == 2


def test_a_headline_a_character_wider_than_a_narrow_column_opening_the_page_is_read_whole() -> None:
    """A 13-character headline wrapped in a 12-character column (`…细作大治` / `理`) over a text whose
    first line holds no mark either: that line's word runs on into the next (`…在全镇实行网` /
    `格化管理，`), so it is text, not a second headline stacked under the first."""
    head, body = (
        "西岭镇深耕微网格细作大治理",
        "西岭镇近年来在全镇实行网格化管理，网格员走村入户，收集群众诉求。",
    )
    page = "\n".join([*wrap(head, 12), *wrap(body, 12), NEXT_HEADLINE, *wrap(BODIES[1], 12)])
    articles = split_articles(page + "\n")[0]
    assert _holder(articles, body).title == head


def test_a_paragraph_s_subject_filling_a_narrow_column_stays_text() -> None:
    """A paragraph whose first line is its sentence's subject, as wide as the column, no mark in it
    (`东湖社区志愿服务积分兑换工作` / `开展以来，…`): the line under it goes on with a few words and a
    comma, the rest of that sentence, so the line is no headline."""
    para = (
        "东湖社区志愿服务积分兑换工作开展以来，社区居民参与志愿服务的热情明显提高，积分兑换的物品越来越丰富。"
    )
    page = "\n".join([HEADLINE, *wrap(BODIES[0], 14), *wrap(para, 14)])
    articles = split_articles(page + "\n")[0]
    assert para[:14] in _holder(articles, BODIES[0]).body.replace("\n", "")
    assert all(para[:14] not in (a.title or "") for a in articles)


GRID_OPENING = (
    "西岭镇近年来在全镇实行网格化管理，网格员走村入户，收集群众诉求。"  # its first line has no mark
)


def test_a_headline_as_wide_as_a_narrow_column_over_an_indented_paragraph_is_not_joined_to_it() -> None:
    """A 13-character headline in a 13-character column over an indented first paragraph whose
    first line holds no mark: the indented line opens the paragraph, so it is no wrap of the
    headline (read together, the headline took the text's first words)."""
    head = "西岭镇深耕微网格细作大治理"
    page = "\n".join([head, *wrap("\u3000\u3000" + GRID_OPENING, 13), NEXT_HEADLINE, *wrap(BODIES[1], 13)])
    articles = split_articles(page + "\n")[0]
    first = _holder(articles, GRID_OPENING)
    assert first.title == head
    assert first.body.replace("\n", "").lstrip("\u3000 ").startswith(GRID_OPENING[:11])


def test_the_page_s_first_line_over_an_indented_paragraph_is_a_headline() -> None:
    """A 10-character first line over an indented paragraph in a 12-character column (the indent
    leaves the column under it unjustified): a line ending no sentence over one that opens a
    paragraph is no text's line, and the text repeats its words."""
    head = "西岭镇深耕微网格细作"
    page = "\n".join([head, *wrap("\u3000\u3000" + GRID_OPENING, 12), NEXT_HEADLINE, *wrap(BODIES[1], 12)])
    articles = split_articles(page + "\n")[0]
    assert _holder(articles, GRID_OPENING).title == head


def test_a_wrapped_headline_s_rest_that_reads_as_a_name_stays_with_the_headline() -> None:
    """`南溪村茶叶产业带动村民增收致` / `富路` in a 14-character column, a blank line after every line:
    the rest `富路` reads as a bare name, but it ends the word the wrap cut (`致富`), so it is the
    headline's, and the headline is read whole over its text."""
    head = "南溪村茶叶产业带动村民增收致富路"
    body = "南溪村依托山地资源发展茶叶产业，全村种植茶园三千亩，带动村民增收致富。"
    page = "\n\n".join([*wrap(head, 14), *wrap(body, 14), NEXT_HEADLINE, *wrap(BODIES[1], 14)])
    articles = split_articles(page + "\n")[0]
    assert _holder(articles, body).title == head


def test_a_text_s_first_line_with_no_mark_under_a_wrapped_headline_is_no_second_headline() -> None:
    """`南溪村茶叶产业带动村民增收` / `路` in a 13-character column, a blank line after every line,
    over a text whose first line holds no mark (`…资源发展茶叶`): the line under that one goes on
    with its sentence (`产业，全村…`), so it is the text's first line, not a headline stacked under
    the first, and the headline's rest `路` is joined to it."""
    head = "南溪村茶叶产业带动村民增收路"
    body = "南溪村依托山地资源发展茶叶产业，全村种植茶园三千亩，带动村民增收致富。"
    page = "\n\n".join([*wrap(head, 13), *wrap(body, 13), NEXT_HEADLINE, *wrap(BODIES[1], 13)])
    articles = split_articles(page + "\n")[0]
    assert _holder(articles, body).title == head


def test_the_page_s_first_line_the_model_reads_as_furniture_over_a_byline_is_a_headline() -> None:
    """A 12-character first line in a 12-character column, a blank line after every line, over a
    byline (`记者 韩予川`): the model reads it as page furniture, but it holds no date, number or
    editor's credit, and furniture heads no story: it is the page's first headline."""
    head = "南溪村茶叶产业带动村民路"
    body = "南溪村依托山地资源发展茶叶产业，全村种植茶园三千亩，去年茶叶产值达到一千二百万元。"
    more = "村里成立茶叶合作社，统一收购鲜叶，带动村民增收致富，户均增收八千元。"
    second = "今年以来，北塘街道启动老旧小区改造，完成屋面防水、管网更新和外墙保温等工程。"
    lines = [head, "记者 韩予川", *wrap(body, 12), *wrap(more, 12)]
    lines += ["北塘街道老旧小区改造惠及", "记者 钟晓岷", *wrap(second, 12)]
    articles = split_articles("\n\n".join(lines) + "\n")[0]
    first = _holder(articles, body)
    assert first.title == head and [a.name for a in first.authors] == ["韩予川"]


def test_a_full_width_headline_on_a_small_indented_page_heads_its_story() -> None:
    """Three stories; the third's 15-character headline wrapped in a 14-character column
    (`…办事不出群` / `众`) after a paragraph's end, a blank line after every line, paragraphs indented and marks hung past the
    column: the page's commonest line (an indented first line) is narrower than the column, but
    the headline is as wide as the text under it, and heads its story."""
    lines = [
        "南溪村茶叶产业带动村民增收致",
        "富",
        "\u3000\u3000南溪村依托山地资源发展茶",
        "叶产业，全村种植茶园三千亩，",
        "去年茶叶产值达到一千二百万元。",
        "\u3000\u3000村里成立茶叶合作社，统一",
        "收购鲜叶，带动村民增收致富，",
        "户均增收八千元。",
        "北塘街道老旧小区改造惠及两千",
        "户",
        "\u3000\u3000今年以来，北塘街道启动老",
        "旧小区改造，完成屋面防水、管",
        "网更新和外墙保温等工程。",
        "\u3000\u3000改造惠及居民两千户，街道",
        "还在小区里增设了停车位和健身",
        "场地，居民满意度明显提高。",
        "东坪镇便民服务中心办事不出群",
        "众",
        "\u3000\u3000近日，东坪镇便民服务中心",
        "把四十多项审批事项集中到一个",
        "窗口办理，群众办事最多跑一次。",
        "\u3000\u3000中心还推出了预约服务和上",
        "门代办，去年为群众代办事项六",
        "百余件，受到群众点赞。",
    ]
    articles = split_articles("\n\n".join(lines) + "\n")[0]
    assert _holder(articles, "近日，东坪镇便民服务中心").title == "东坪镇便民服务中心办事不出群众"
    assert "东坪镇便民服务中心办事" not in _holder(articles, "今年以来，北塘街道启动老").body


CLOSED_BY_ROLES = (
    ("西岭镇网格化管理见实效", "记者 韩予川 通讯员 钟晓岷", ["韩予川", "钟晓岷"]),
    ("东湖社区推行双报到制度", "本报记者 潘语桐", ["潘语桐"]),
    ("南坪村集体经济再添新动能", "文/图 钟晓岷", ["钟晓岷"]),
)
ROLE_BODIES = (
    "近日，西岭镇把全镇划成十二个总网格，网格员走村入户，收集群众诉求一百二十件，办结率达到百分之九十五。"
    "镇里还建立了网格议事会，每月召开一次，问题当场交办、限时回复。",
    "东湖社区近日推行在职党员双报到，党员认领服务岗位三十个，楼栋长队伍扩充到八十人，老旧小区的环境"
    "和停车秩序都有了改观。社区还开通了民情热线，夜里也有人值守。",
    "南坪村今年流转土地八百亩，引进两家合作社种植高山蔬菜，带动六十户村民就近务工，户均增收一万多元。"
    "村党支部书记说，下一步还要建冷库，把蔬菜卖到更远的城市去。",
)


@pytest.mark.parametrize("width", [16, 20])
def test_a_byline_line_closing_a_text_leaves_the_next_headline_a_headline(width: int) -> None:
    """Text, `记者 张三 通讯员 李四` on its own line, the next headline: the byline closes the text
    above and the headline under it (shorter than the justified column) heads its own text, not
    read into it as its first line."""
    lines = [
        x
        for (head, byline, _), body in zip(CLOSED_BY_ROLES, ROLE_BODIES, strict=True)
        for x in [head, *wrap(body, width), byline]
    ]
    articles, _ = split_articles("\n".join(lines) + "\n")
    got = [(a.title, [x.name for x in a.authors]) for a in articles if a.kind == "article"]
    assert got == [(head, names) for head, _, names in CLOSED_BY_ROLES]


RUN_ON_BYLINES = (
    ("□ 本报记者 韩予川", ["韩予川"]),
    ("■记者 钟晓岷 潘语桐", ["钟晓岷", "潘语桐"]),
    ("本报记者 潘语桐 通讯员 韩予川", ["潘语桐", "韩予川"]),
)


@pytest.mark.parametrize("width", [10, 13, 16, 20])
def test_a_byline_run_on_after_a_text_s_last_sentence_and_wrapped_names_its_authors(width: int) -> None:
    """`……限时回复。□ 本报记者 韩` / `予川`, or `……夜里也有人值守。□` / `本报记者 潘语桐`: the column
    wrapped a byline printed after the last sentence; read on across the wrap it names its authors."""
    lines = [
        x
        for (head, _, _), body, (byline, _) in zip(CLOSED_BY_ROLES, ROLE_BODIES, RUN_ON_BYLINES, strict=True)
        for x in [head, *wrap(body + byline, width)]
    ]
    articles, _ = split_articles("\n".join(lines) + "\n")
    got = {
        body[:10]: [x.name for x in a.authors]
        for a in articles
        for body in ROLE_BODIES
        if body[:10] in a.body.replace("\n", "")
    }
    assert got == {body[:10]: names for body, (_, names) in zip(ROLE_BODIES, RUN_ON_BYLINES, strict=True)}


@pytest.mark.parametrize("width", [10, 13, 16])
def test_an_outlet_byline_the_column_wrapped_past_its_role_word_is_read_whole(width: int) -> None:
    """`某某日报/某某新闻记者 高平 方华` over the text, wrapped inside the role word (`……新闻记` / `者 高平
    方华`), after it (`……记者 高` / `平 方华`) or inside the last name (`……高平 方` / `华`)."""
    lines = [HEADLINE, *wrap("某某日报/某某新闻记者 高平 方华", width), *wrap(BODIES[0], width)]
    lines += [NEXT_HEADLINE, *wrap(BODIES[1], width)]
    articles, _ = split_articles("\n".join(lines) + "\n")
    [first] = [a for a in articles if BODIES[0][:12] in a.body.replace("\n", "")]
    assert [a.name for a in first.authors] == ["高平", "方华"]


@pytest.mark.parametrize("width", [13, 16, 20])
def test_an_outlet_s_reporter_run_on_after_the_last_sentence_and_wrapped_closes_the_text(width: int) -> None:
    """`……每月召开一次。某某日报/某某新` / `闻记者 高平 方华`: the wrap cut the outlet's name or left the
    names alone on the next line; read on, the byline closes the text above."""
    lines = [HEADLINE, *wrap(BODIES[0] + "某某日报/某某新闻记者 高平 方华", width), NEXT_HEADLINE]
    articles, _ = split_articles("\n".join([*lines, *wrap(BODIES[1], width)]) + "\n")
    got = [[a.name for a in x.authors] for x in articles if x.kind == "article"]
    assert got == [["高平", "方华"], []]


SIGNED_AFTER = (
    (
        "西岭镇网格化管理见实效",
        [
            "镇里还建立了网格议事会，每月召开一次，请村民代表当面提意见，问题当场交办。",
            "群众满意度明显提升。",
        ],
    ),
    (
        "东湖社区推行双报到制度",
        [
            "社区还开通了民情热线，安排专人接听，夜里也有人值守，居民的问题两天内就有回音。",
            "不少居民说，有事找党员已经成了习惯。",
        ],
    ),
    (
        "南坪村集体经济再添新动能",
        ["村党支部书记说，下一步还要建冷库、修机耕路，把蔬菜卖到更远的城市去。", "目前冷库选址已经完成。"],
    ),
)
SIGNERS = (["林海", "刘慧"], ["刘慧", "王琼"], ["王琼", "林海"])


def test_an_outlet_s_byline_under_a_short_last_paragraph_signs_its_text() -> None:
    """Text ending in a short paragraph (the model may read it as a caption), `某某日报/某某新闻记者 张三
    李四` under it, the next headline: the byline signs the text above, not the next article."""
    lines = [
        x
        for (head, paras), names in zip(SIGNED_AFTER, SIGNERS, strict=True)
        for x in [head, *[y for p in paras for y in wrap(p, 30)], "某某日报/某某新闻记者 " + " ".join(names)]
    ]
    articles, _ = split_articles("\n".join(lines) + "\n")
    got = {
        paras[-1]: [x.name for x in a.authors]
        for a in articles
        for _, paras in SIGNED_AFTER
        if paras[-1] in a.body.replace("\n", "")
    }
    assert got == {paras[-1]: names for (_, paras), names in zip(SIGNED_AFTER, SIGNERS, strict=True)}


@pytest.mark.parametrize("byline", ["□ 韩予川", "记者 韩予川 通讯员 钟晓岷"])
def test_a_headline_wider_than_a_narrow_column_under_a_closing_byline_is_a_headline(byline: str) -> None:
    """Text at 10 characters a line, a byline closing it, an 11-character headline: no line of the
    justified text is wider than its column, so the line is the next article's headline."""
    lines = [HEADLINE, *wrap(BODIES[0], 10), *wrap(byline, 10), NEXT_HEADLINE, *wrap(BODIES[1], 10)]
    articles, _ = split_articles("\n".join(lines) + "\n")
    [second] = [a for a in articles if BODIES[1][:10] in a.body.replace("\n", "")]
    assert second.title == NEXT_HEADLINE and NEXT_HEADLINE not in second.body.replace("\n", "")


def _column(paragraphs: list[str], width: int = 14, indent: str = "") -> str:
    """A page printing the paragraphs in a column `width` characters wide, each opening `indent`."""
    out = []
    for text in paragraphs:
        text = indent + text
        out += [text[k : k + width] for k in range(0, len(text), width)]
    return "\n".join(out) + "\n"


# Two reports run together in one column, with no headline between them. The first report's last
# paragraph has a sentence end at a line's end ("…百余件。") before a sentence naming the second
# report's place: a cut there reads the orphan's words best, but the reports part a paragraph later.
PARAGRAPHS_RUN_ON = [
    "西湖区翠苑街道在各小区推行邻里议事角，居民围坐一起商量楼道堆物、停车难等身边事。",
    "西湖区翠苑街道邻里议事角现场记录，已解决大小事项百余件。柯桥区的经验也在学习，居民盼着早日见效。",
    "柯桥区钱清街道的积分超市里，米面油摆得满满当当，商品不标价格只标积分。",
    "村民参加志愿服务就能攒下积分兑换日用品，参与乡村治理的热情越来越高。",
]


def _run_on(page: str) -> tuple[list[Unit], Piece]:
    lines = [x for x in split_lines(page) if x.text.strip()]
    heads = ("西湖区翠苑街道推行邻里议事角", "柯桥区积分超市开业")
    return [Unit(title=split_lines(h)[:1], page=page) for h in heads], Piece(lines=lines)


def test_an_orphan_cuts_a_body_at_a_paragraph_start_not_at_a_sentence_end_inside_a_paragraph() -> None:
    from transforms.articles import orphan_cut

    units, piece = _run_on(_column(PARAGRAPHS_RUN_ON))
    assert piece.lines[5].text.startswith("柯桥区的经验")  # a sentence's end inside a paragraph above it
    cut = orphan_cut(units, [piece], {0: 0})
    assert cut is not None and cut[0] is piece
    assert piece.lines[cut[1]].text.startswith("柯桥区钱清街道")


def test_a_body_printed_without_paragraph_marks_is_still_cut_at_a_sentence_end() -> None:
    from transforms.articles import orphan_cut

    # every paragraph's last line filled to the column's width, none indented: no mark shows where
    full = [
        PARAGRAPHS_RUN_ON[0].replace("停车难等身边事", "停车难等不少身边事"),
        PARAGRAPHS_RUN_ON[1].replace("居民盼着早日见效", "居民盼着这样的好办法能够早日见效"),
        PARAGRAPHS_RUN_ON[2].replace("只标积分。", "只标积分，村民十分欢迎。"),
        PARAGRAPHS_RUN_ON[3],
    ]
    units, piece = _run_on(_column(full))
    assert all(len(x.text) == 14 for x in piece.lines[:-1])
    cut = orphan_cut(units, [piece], {0: 0})
    assert cut is not None and piece.lines[cut[1] - 1].text.endswith("。")


def test_a_paragraph_starts_after_a_short_line_a_blank_line_an_indent_or_a_report_s_opening_words() -> None:
    from transforms.articles import _paragraph_start

    def starts(page: str) -> bool:
        above, below = [x for x in split_lines(page) if x.text.strip()]
        return _paragraph_start(page, above, below, 14)

    full = "居民围坐一起商量楼道停车难事"  # the column's width
    assert not starts(f"{full}\n村民参加志愿服务就能攒下积分\n")  # a full line, then the paragraph goes on
    assert starts("居民围坐商量身边事。\n村民参加志愿服务就能攒下积分\n")  # ends short of the column
    assert starts(f"{full}\n\u3000\u3000村民参加志愿服务就能攒下\n")  # indented
    assert starts(f"{full}\n近日，柯桥区钱清街道积分超市\n")  # a report's opening words
    dense, spaced = f"{full}\n" * 4, f"{full}\n\n" * 4  # no blank line, or one after every line
    assert not _starts_under(dense, full, 0)
    assert _starts_under(dense, full, 1)  # a blank line on a dense page
    assert not _starts_under(spaced, full, 1)
    assert _starts_under(spaced, full, 2)  # two on a spaced one


def _starts_under(lead: str, full: str, blanks: int) -> bool:
    """Whether a paragraph starts under the full line printed after `lead`, `blanks` blank lines below it."""
    from transforms.articles import _paragraph_start

    page = lead + f"{full}\n" + "\n" * blanks + "村民参加志愿服务就能攒下积分\n"
    above, below = [x for x in split_lines(page) if x.text.strip()][-2:]
    return _paragraph_start(page, above, below, 14)


def test_two_headlines_on_one_line_cut_their_bodies_at_a_paragraph_start() -> None:
    """`pair_cut` (one unit holding both headlines) and `side_pair_cut` (two units a column gap
    parts on one printed line) cut the body under them where a paragraph starts, not at the sentence
    end inside a paragraph that reads the second headline's words a paragraph early."""
    from transforms.articles import side_pair_cut

    heads = "西湖区翠苑街道推行邻里议事角" + " " * 8 + "柯桥区钱清街道积分超市开业\n\n"
    page = heads + _column(PARAGRAPHS_RUN_ON)
    printed = split_lines(page)
    body = [x for x in printed[2:] if x.text.strip()]
    both = Unit(title=[printed[0]], conf=[1.0], pos=0, cuts=True, page=page)
    piece = Piece(lines=body, opens=True, pos=1)
    cut = pair_cut([both], [piece], {0: 0})
    assert cut is not None and body[cut[3]].text.startswith("柯桥区钱清街道")
    apart = [Unit(title=[printed[0].slice(0, 14)], conf=[1.0], page=page)]
    apart.append(Unit(title=[printed[0].slice(22)], conf=[1.0], page=page))
    side = side_pair_cut(apart, [Piece(lines=body, opens=True)], {0: 0})
    assert side is not None and body[side[1]].text.startswith("柯桥区钱清街道")
