"""Doubled headlines set side by side and cut by the wrap (dbl3): a kicker set on its doubled
headline's line keeps the headline read with the next line (`_kicker_before`), and a line of one
doubled run the wrap cut inside its repeat is read once with the next line's first run where a
headline printed once stands beside it (`_one_run_across_wrap`). All text here is made up."""

from __future__ import annotations

from transforms.articles import Unit, _Reader, printed_lines
from transforms.lines import Line, repair_line


def _repaired(page: str) -> list[str]:
    return [x.text for x in printed_lines(page)[1] if x.text.strip()]


def test_a_kicker_beside_its_wrapped_headline_leaves_the_next_line_as_printed() -> None:
    page = "乡村振兴新篇章乡村振兴新篇章  青禾\n镇推开稻田养鱼青禾镇推开稻田养鱼\n"
    upper, lower = _repaired(page)
    assert upper == "乡村振兴新篇章  青禾"
    assert lower == "镇推开稻田养鱼青禾镇推开稻田养鱼"  # read with the line above, not carried apart


def test_two_headlines_side_by_side_still_carry_the_wrapped_run() -> None:
    page = "稻农尝到甜头稻农尝到甜头 水清岸绿白沙河\n\n水清岸绿白沙河 临川社区老年食堂开张\n"
    assert _repaired(page) == ["稻农尝到甜头 水清岸绿白沙河", "临川社区老年食堂开张"]


def test_a_doubled_run_cut_inside_its_repeat_beside_a_plain_headline_is_read_once() -> None:
    page = "青禾镇推开青禾镇推开““稻田养鱼稻田养鱼””：：农户增收有门路农户增\n收有门路 临川社区老年食堂开张\n"
    lines = [x for x in printed_lines(page)[1] if x.text.strip()]
    assert [x.text for x in lines] == ["青禾镇推开“稻田养鱼”：农户增收有门路", "临川社区老年食堂开张"]
    assert lines[0].doubled and not lines[1].doubled
    # a line of text and the next, which holds a run beside, are left as printed
    page = "社区党委牵头成立议事会每月开展一次议事\n社区党委牵头成立议事会 每月\n"
    assert _repaired(page) == ["社区党委牵头成立议事会每月开展一次议事", "社区党委牵头成立议事会 每月"]


def test_a_doubled_run_s_end_printed_once_is_carried_across_the_wrap() -> None:
    page = "甲乙 青禾镇青禾镇““稻田稻田””：：农户增\n收有门路农户增收有门路\n"
    assert _repaired(page)[-1] == "收有门路"
    page = "临川社区老年食堂开张临川社区老年\n食堂开张 青禾镇推开稻田养鱼 白沙河护河队巡河\n"
    assert _repaired(page) == ["临川社区老年食堂开张", "青禾镇推开稻田养鱼 白沙河护河队巡河"]


def test_a_caption_read_line_of_headlines_under_a_doubled_headline_goes_on_with_it() -> None:
    line = repair_line(Line("青禾镇推开稻田养鱼青禾镇推开稻田养鱼", range(18)))
    reader = _Reader("")
    reader.unit = Unit(title=[line], page="")
    assert reader._headlines_beside_under_doubled(Line("临川社区老年食堂开张 白沙河护河队巡河", range(19)))
    said = "社区志愿者在广场为居民义诊。 张三 摄"  # a photo's caption: a sentence, a credit
    assert not reader._headlines_beside_under_doubled(Line(said, range(len(said))))
    reader.unit = Unit(title=[Line("临川社区老年食堂开张", range(10))], page="")
    assert not reader._headlines_beside_under_doubled(Line("青禾镇推开稻田养鱼 白沙河护河队巡河", range(18)))
