"""A headline whose short first line the column's wrap cut off, printed under another story's
text (`_short_head_starts`): the short line is the headline's, and a full text line the model read
as a headline over it stays the text's."""

from tests.transforms.printed import lines as printed
from transforms.articles import _heads_over_datelines, _short_head_start, _short_head_starts

_TEXT = "为了把河道管好，镇里把沿河各户按照住处分成几段，"  # 24 characters, the clause left open
_MORE = "每段推选一名河长，每月都在河边亭子里开一次会，"  # 23 characters, the clause left open


def test_short_line_over_a_headline_opens_it():
    lines = printed(_TEXT, _MORE, "溪头镇", "南村的河长制", "本报讯 昨日，村里…")
    labels = ["body", "body", "body", "title", "dateline"]
    got, conf = _short_head_starts(lines, labels, [1.0] * 5)
    assert got == ["body", "body", "title", "title+", "dateline"]
    assert conf[2] == 0.5


def test_text_line_read_as_a_headline_goes_back_to_the_text():
    lines = printed(_TEXT, _MORE, "溪头镇", "南村的河长制", "本报讯 昨日，村里…")
    labels = ["body", "title", "title+", "title", "dateline"]
    got, _ = _short_head_starts(lines, labels, [0.7] * 5)
    assert got == ["body", "body", "title", "title+", "dateline"]


def test_a_headline_ending_on_a_comma_under_a_closed_sentence_stays():
    closed = "镇里把沿河各户按照住处分成几段，各段推选了河长。"
    lines = printed(closed, "碧水绕村流，", "溪头镇", "南村的河长制")
    labels = ["body", "title", "title+", "title"]
    got, _ = _short_head_starts(lines, labels, [0.7] * 4)
    assert got[1] == "title"


def test_short_line_is_not_a_name_nor_a_sentence_end():
    assert _short_head_start(_TEXT, "溪头镇")
    assert not _short_head_start(_TEXT, "张建国")  # a name signing the text above
    assert not _short_head_start(_TEXT, "会议。")  # a paragraph's last line
    assert not _short_head_start(_TEXT, "白")  # too short to tell
    assert not _short_head_start("各户分成几段，", "溪头镇南村")  # the line above is no wider


def test_nothing_moves_without_a_headline_under():
    lines = printed(_TEXT, _MORE, "溪头镇", "本报讯 昨日，村里…")
    labels = ["body", "body", "body", "dateline"]
    got, _ = _short_head_starts(lines, labels, [1.0] * 4)
    assert got == labels


def test_one_line_headline_over_a_dispatch_opens_its_story():
    lines = printed(
        "村里的河岸边种上了新柳，",
        "溪头镇河长巡河记",
        "本报讯（通讯员 周明）清晨六点，",
        "河面上还飘着薄雾。",
    )
    labels = ["body", "body", "body", "body"]
    got, _ = _heads_over_datelines(lines, labels, [0.6] * 4)
    assert got == ["body", "title", "body", "body"]


def test_a_wrapped_text_line_over_a_dispatch_stays_text():
    # as wide as the line above, which leaves its sentence open: the same paragraph going on
    lines = printed("镇里在各村推行河长制的做", "法已推广到全县各乡镇河道", "本报讯 清晨六点，河面上…")
    labels = ["body", "body", "body"]
    got, _ = _heads_over_datelines(lines, labels, [0.6] * 3)
    assert got == labels


def test_a_sentence_over_a_dispatch_stays_text():
    lines = printed("村里的河岸边种上了新柳。", "大家都很满意。", "本报讯 清晨六点，河面上…")
    got, _ = _heads_over_datelines(lines, ["body"] * 3, [0.6] * 3)
    assert got == ["body"] * 3


def test_a_headline_wrapped_over_a_dispatch_is_left_to_the_reading():
    lines = printed("溪头镇南村", "河长巡河记", "本报讯（通讯员 周明）清晨六点，")
    labels = ["title", "body", "body"]
    got, _ = _heads_over_datelines(lines, labels, [0.6] * 3)
    assert got == labels


def test_a_headline_wrapped_over_a_dispatch_read_as_text_is_left_too():
    lines = printed(
        "大家都很满意。", "建好河长制！溪头镇南村", "河长巡河记", "本报讯（通讯员 周明）清晨六点，"
    )
    got, _ = _heads_over_datelines(lines, ["body"] * 4, [0.6] * 4)
    assert got == ["body"] * 4
