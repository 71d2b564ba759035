"""Pages printing ASCII punctuation (`(` `)` `:` `,` `;`) where the full-width marks are expected, and
text spaced out letter by letter among them."""

from transforms import bylines
from transforms.articles import _ASKED, _inner_heads
from transforms.lines import Line, repair_line, split_lines


def _repaired(text: str) -> str:
    return repair_line(Line(text, range(len(text)))).text


def test_a_dispatch_spaced_out_with_ascii_brackets_is_one_run_and_reads_as_a_byline() -> None:
    """`本 报 讯 ( 记 者 …`: the ASCII bracket no longer ends the spaced-out run, so the dispatch is
    read whole, as its full-width form is."""
    line = "本 报 讯 ( 记 者   周 明 远   通 讯 员   韩 雪 )  "
    repaired = _repaired(line)
    assert repaired == "本报讯(记者周明远通讯员韩雪)"
    opened = bylines.opening(repaired)
    assert opened is not None
    assert [a.name for a in opened[1]] == ["周明远", "韩雪"]


def test_a_spaced_out_line_goes_on_over_full_stops_and_name_dots() -> None:
    assert _repaired("金 秋 时 节 , 稻 浪 翻 滚 。 田 间 地 头") == "金秋时节,稻浪翻滚。田间地头"
    assert _repaired("青 山 镇 “ 邻 里 · 互 助 ” 站") == "青山镇“邻里·互助”站"
    # a full stop opens no run: a credit's name spaced to fill its cell after a sentence stays so
    assert _repaired("村民正在商量停车位划线的事。 韩 雪 摄") == "村民正在商量停车位划线的事。 韩 雪 摄"


def test_ascii_brackets_in_text_not_spaced_out_stay_as_printed() -> None:
    """Only runs of single characters each followed by a space close up: words keep their gaps."""
    assert _repaired("第(1)组 共有 3 户") == "第(1)组 共有3户"
    assert _repaired("(周明远 韩雪)") == "(周明远 韩雪)"


def _rows(rows: list[tuple[str, str]]) -> tuple[list[Line], list[str], str]:
    page = "\n".join(t for t, _ in rows) + "\n"
    return [repair_line(x) for x in split_lines(page)][: len(rows)], [y for _, y in rows], page


def test_two_lines_printed_spaced_out_read_as_text_are_a_headline() -> None:
    """A letterspaced headline a column wrapped (the second line a short tail) that the model read
    as text: the two lines are one headline; a spaced pair ending a sentence stays text."""
    rows = [
        ("居民们在楼下下棋聊天,小区面貌焕然一新。", "body"),
        ("青 山 镇 : 织 密 “ 邻 里 网 格 ” , 做 实 “ 大", "body"),
        ("服 务 ”", "body"),
        ("近日,青山镇把全镇划成十二个网格,网格员走村", "body"),
    ]
    lines, labels, page = _rows(rows)
    assert _inner_heads(lines, labels, [0.6] * 4, page)[0][:3] == ["body", "title", "title+"]
    rows[2] = ("服 务 。", "body")  # the pair ends a sentence: text spaced out, not a headline
    lines, labels, page = _rows(rows)
    assert _inner_heads(lines, labels, [0.6] * 4, page)[0][:3] == ["body", "body", "body"]


def test_text_spaced_out_where_a_sentence_runs_on_stays_text() -> None:
    """`…支部书记周` / `明 远 介 绍 , …`: the sentence above runs on into the spaced lines, so they
    are text printed spaced out, not a headline."""
    rows = [
        ("村里的议事会每月开一次,支部书记周", "body"),
        ("明 远 介 绍 , 1 个 积 分 可", "body"),
        ("换 1 元 钱 的 东 西 , 农 户", "body"),
        ("都很愿意参加村里的公益活动。", "body"),
    ]
    lines, labels, page = _rows(rows)
    assert _inner_heads(lines, labels, [0.6] * 4, page)[0][:3] == ["body", "body", "body"]


def test_a_question_headline_holds_no_ascii_semicolon() -> None:
    assert _ASKED.fullmatch("村里的停车难题怎么解?") is not None
    assert _ASKED.fullmatch("车位不够;充电桩怎么装?") is None
