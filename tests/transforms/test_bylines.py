import pytest

from transforms import bylines


def pairs(authors: list[bylines.Author] | None) -> list[tuple[str, str]] | None:
    return [(a.name, a.role) for a in authors] if authors is not None else None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("□ 韩 予", [("韩予", "作者")]),
        ("□ 本报记者 钟晓岷", [("钟晓岷", "记者")]),
        ("■记者 周泽宁 潘语桐", [("周泽宁", "记者"), ("潘语桐", "记者")]),
        ("■某某省某某市某某区委书记 罗启航", [("罗启航", "区委书记")]),
        ("本报记者 顾明澈 通讯员 谭 昕", [("顾明澈", "记者"), ("谭昕", "通讯员")]),
        ("◆文/记者 顾明澈 通讯员 谭昕", [("顾明澈", "记者"), ("谭昕", "通讯员")]),
        (
            "□融媒体记者 顾明澈 通讯员 谭昕 钟晓岷 文/图",
            [("顾明澈", "记者"), ("谭昕", "通讯员"), ("钟晓岷", "通讯员")],
        ),
        ("·顾明澈·", [("顾明澈", "作者")]),
    ],
)
def test_leading_bylines(line: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(bylines.leading(line)) == expected


def test_closing_byline_with_outlets() -> None:
    start, authors = bylines.trailing("工作取得实效。(某某融媒/某某晚报 记者 祁蔓)")
    assert start == 7 and pairs(authors) == [("祁蔓", "记者")]


@pytest.mark.parametrize(
    "text",
    [
        "（市、区）",
        "（含街道）",
        "协同机制 奏响治理",
        "（2024年）",
        "（江西）",
        "（高新区）",
        "（黄金周）",
        "【党建引领】",
    ],
)
def test_parentheses_and_lines_that_are_not_bylines(text: str) -> None:
    assert bylines.trailing(text) is None and bylines.leading(text) is None and bylines.read(text) is None


def test_photo_credit() -> None:
    start, authors = bylines.photo("居民在议事厅里商量停车位改造。 陆一鸣 摄")
    assert start == 16 and pairs(authors) == [("陆一鸣", "摄影")]
    start, authors = bylines.photo("居民在议事厅里商量。陆一鸣/摄")
    assert start == 10 and pairs(authors) == [("陆一鸣", "摄影")]
    assert bylines.photo("居民在议事厅里商量停车位改造摄") is None


def test_slash_credits() -> None:
    assert pairs(bylines.parse("文/韩予川 图/钟晓岷")) == [("韩予川", "作者"), ("钟晓岷", "摄影")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # separators: spaces, 、, commas, `_`, `|`, a colon after the role, nothing at all
        ("（韩予川 钟晓岷）", [("韩予川", "作者"), ("钟晓岷", "作者")]),
        ("（韩予川、钟晓岷）", [("韩予川", "作者"), ("钟晓岷", "作者")]),
        ("通讯员 韩予川、钟晓岷", [("韩予川", "通讯员"), ("钟晓岷", "通讯员")]),
        ("（韩予川，钟晓岷）", [("韩予川", "作者"), ("钟晓岷", "作者")]),
        ("(记者_韩予川通讯员_钟晓岷)", [("韩予川", "记者"), ("钟晓岷", "通讯员")]),
        ("记者|韩予川", [("韩予川", "记者")]),
        ("记者：韩予川 钟晓岷", [("韩予川", "记者"), ("钟晓岷", "记者")]),
        ("记者韩予川钟晓岷", [("韩予川", "记者"), ("钟晓岷", "记者")]),
        ("（韩予川钟晓岷）", [("韩予川", "作者"), ("钟晓岷", "作者")]),
        # names printed with a gap, compound surnames, a `·` name
        ("记者 韩 予 通讯员 钟 岷", [("韩予", "记者"), ("钟岷", "通讯员")]),
        ("（欧阳明澈 司马昕）", [("欧阳明澈", "作者"), ("司马昕", "作者")]),
        ("记者 阿依古丽·买买提 通讯员 钟晓岷", [("阿依古丽·买买提", "记者"), ("钟晓岷", "通讯员")]),
        ("记者 阿依古丽•买买提", [("阿依古丽·买买提", "记者")]),  # another dot, stored as `·`
        ("·韩予川·", [("韩予川", "作者")]),
        # roles
        ("本报记者 韩予川 实习生 钟晓岷", [("韩予川", "记者"), ("钟晓岷", "实习生")]),
        ("编辑 韩予川", [("韩予川", "编辑")]),
        ("摄影 韩予川", [("韩予川", "摄影")]),
        ("作者：韩予川", [("韩予川", "作者")]),
        ("□ 韩予川 钟晓岷 本报记者 潘语桐", [("韩予川", "作者"), ("钟晓岷", "作者"), ("潘语桐", "记者")]),
        ("（记者 韩予川 通讯员 钟晓岷 摄）", [("韩予川", "记者"), ("钟晓岷", "摄影")]),
        # credits
        ("韩予川 摄", [("韩予川", "摄影")]),
        ("韩予川/摄", [("韩予川", "摄影")]),
        ("文/图 韩予川", [("韩予川", "作者")]),
        ("文／图 韩予川", [("韩予川", "作者")]),
        ("本报记者 韩予川 文/图", [("韩予川", "记者")]),
        ("韩予川 钟晓岷 报道", [("韩予川", "作者"), ("钟晓岷", "作者")]),
        ("撰文：韩予川 摄影/钟晓岷", [("韩予川", "作者"), ("钟晓岷", "摄影")]),
        ("图文/韩予川", [("韩予川", "作者")]),
        ("文·图/韩予川", [("韩予川", "作者")]),
        ("本报记者 韩予川 文·图", [("韩予川", "记者")]),
        # other marks and brackets around a byline
        ("※记者 韩予川", [("韩予川", "记者")]),
        ("▌记者 韩予川", [("韩予川", "记者")]),
        ("【本报记者 韩予川】", [("韩予川", "记者")]),
        ("〔记者 韩予川〕", [("韩予川", "记者")]),
        # outlets and units around the names
        ("某某日报全媒体记者 韩予川 通讯员 钟晓岷", [("韩予川", "记者"), ("钟晓岷", "通讯员")]),
        ("□某某云/某某日报记者 韩予川", [("韩予川", "记者")]),
        ("韩予川 钟晓岷 （某某县融媒体中心）", [("韩予川", "作者"), ("钟晓岷", "作者")]),
        # datelines before the byline
        ("本报讯（记者 韩予川 通讯员 钟晓岷）", [("韩予川", "记者"), ("钟晓岷", "通讯员")]),
        ("某城9月18日电 (韩予川)", [("韩予川", "作者")]),
        ("新华社北京3月1日电（记者 韩予川 钟晓岷）", [("韩予川", "记者"), ("钟晓岷", "记者")]),
        ("某某网5月3日讯(某某晚报记者 韩予川文/摄)", [("韩予川", "记者")]),
        ("某某新闻网讯 通讯员韩予川 钟晓岷报道", [("韩予川", "通讯员"), ("钟晓岷", "通讯员")]),
        # traditional script: names as printed, roles in simplified script
        ("新華社北京3月1日電（記者 韓予川）", [("韓予川", "记者")]),
        ("作者：通訊員 陳明澈 鍾曉岷", [("陳明澈", "通讯员"), ("鍾曉岷", "通讯员")]),
        # a bare line of names: each must look like a name by its characters
        ("顾明澈 谭昕", [("顾明澈", "作者"), ("谭昕", "作者")]),
    ],
)
def test_read_every_form(line: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(bylines.read(line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "高质量发展",
        "方面 周边",  # common words that start with a surname
        "江西 海南",  # places
        "记者从会上获悉，今年以来",
        "党建引领 基层治理",
        "本报讯 近年来，某某市",
        "（下转B13版）",
        "善治某某②",
        "区建成早，功能设施配套不完善",
        "民海里其比·阿西",  # a `·` name in running text, nothing marks the line as a byline
        "负责人告诉记者，春节",  # a role word in running text
        "负责人告诉记者 韩予川",  # what precedes the role word is no outlet
        "韩予川钟晓岷潘语桐",  # a bare run: no mark, no role, no separator
        "韩予川、钟晓岷、",  # an enumeration in running text: a bare byline separates names by spaces
        "方米，现有8名社",  # an outlet-like word is skipped only inside a marked byline
    ],
)
def test_read_rejects_text(line: str) -> None:
    assert bylines.read(line) is None


@pytest.mark.parametrize(
    ("line", "body", "names"),
    [
        ("本报讯（记者 韩予川 通讯员 钟晓岷）近日，某某社区", "近日", ["韩予川", "钟晓岷"]),
        ("新华社某地3月1日电（记者 韩予川）日前", "日前", ["韩予川"]),
        ("某某网/某某客户端讯 韩予川钟晓岷报道：今年以来", "今年", ["韩予川", "钟晓岷"]),
        ("（记者 韩予川）近日，某某社区", "近日", ["韩予川"]),
        ("本报讯 记者 韩予川 通讯员 钟晓岷 近日，某某社区", "近日", ["韩予川", "钟晓岷"]),
    ],
)
def test_opening(line: str, body: str, names: list[str]) -> None:
    start, authors = bylines.opening(line)
    assert line[start:].startswith(body) and [a.name for a in authors] == names


@pytest.mark.parametrize(
    "line",
    [
        "某某网2月21日讯日前，某某村组织座谈会",
        "本报讯 近年来，某某市",
        "本报讯 记者从会上获悉，某某市",
        "（2024年）以来，某某社区",
        "近日，某某社区",
    ],
)
def test_opening_without_names(line: str) -> None:
    assert bylines.opening(line) is None


def test_names_are_scored_by_their_characters() -> None:
    assert bylines.name_score("钟晓岷") > bylines.name_score("钟在了")
    assert bylines.name_score("某某") is None and bylines.name_score("张") is None


def test_byline_features() -> None:
    line = bylines.byline_features("■记者 韩予川 钟晓岷")
    assert line["byline"] and line["role"] and line["box"] and line["names"] == 2.0
    assert line["name_share"] == pytest.approx(6 / 9)
    text = bylines.byline_features("社区工作者全部定岗到二百多个网格")
    assert not text["byline"] and text["names"] == 0.0 and text["name_like"] == 0.0
    assert bylines.byline_features("图为居民议事。 韩予川 摄")["photo_credit"]
    assert bylines.byline_features("工作取得实效。（韩予川）")["paren_end"]
    opened = bylines.byline_features("本报讯（记者 韩予川）近日，某某社区开展活动。")
    assert opened["dateline"] and opened["opening_names"] == 1.0 and not opened["byline"]
    assert bylines.byline_features("顾明澈 谭昕")["name_like"] == 1.0
    assert bylines.byline_features("") == bylines.byline_features("   ")
    assert set(bylines.byline_features("")) == set(line)


def test_name_tables_are_rebuilt_from_jieba_as_committed(tmp_path) -> None:
    """`make names` regenerates the committed tables exactly (a changed builder, surname list, jieba
    or OpenCC shows up here, not as a silent drift of who counts as a name)."""
    import importlib.util
    from importlib import resources

    data = resources.files("transforms").joinpath("data")
    spec = importlib.util.spec_from_file_location(
        "build_name_chars", str(data.joinpath("build_name_chars.py"))
    )
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    builder.main(tmp_path)
    for name in ("name_chars.tsv", "name_lookalikes.txt"):
        assert (tmp_path / name).read_text("utf-8") == data.joinpath(name).read_text("utf-8"), name


def test_bylines_printed_in_traditional_script_name_their_authors_as_printed() -> None:
    assert [a.name for a in bylines.leading("■ 記者 孔 偉  張露  衛韜")] == ["孔偉", "張露", "衛韜"]
    assert [(a.name, a.role) for a in bylines.leading("特約記者 韓予川")] == [("韓予川", "记者")]
    assert [a.name for a in bylines.trailing("居民說了算。（鍾曉岷、顧明澈）")[1]] == ["鍾曉岷", "顧明澈"]
    assert bylines.photo("居民在議事廳協商。 本報記者 韓予川 攝") == (10, [bylines.Author("韓予川", "摄影")])


def test_a_white_circle_marks_a_byline_and_outlet_reporters_are_reporters() -> None:
    assert [a.name for a in bylines.leading("○周泽宁、潘语桐")] == ["周泽宁", "潘语桐"]
    assert [(a.name, a.role) for a in bylines.leading("融媒体记者 韩予川")] == [("韩予川", "记者")]
    assert bylines.leading("○ 居民议事会现场") is None


@pytest.mark.parametrize(
    ("line", "start", "expected"),
    [
        ("网格员队伍建起来了。作者：韩予川", 10, [("韩予川", "作者")]),
        ("群众都说好。□记者 钟晓岷", 6, [("钟晓岷", "记者")]),
        ("关键小事。” 记者 顾明澈 通讯员 谭昕", 7, [("顾明澈", "记者"), ("谭昕", "通讯员")]),
        ("成了新风尚。本报讯（记者 顾明澈 通讯员 谭昕）", 6, [("顾明澈", "记者"), ("谭昕", "通讯员")]),
        ("覆盖率达百分之百。某某网3月2日消息(记者韩予川)", 9, [("韩予川", "记者")]),
    ],
)
def test_a_byline_run_into_a_body_s_last_line_after_its_last_sentence(
    line: str, start: int, expected: list[tuple[str, str]]
) -> None:
    """Pages that print a site's byline as it came (`作者：`, `□记者`, a role line, a dispatch with its
    bracket) run it into the last line: it starts after the last sentence, with its dispatch."""
    found = bylines.trailing(line)
    assert found is not None and found[0] == start and pairs(found[1]) == expected


@pytest.mark.parametrize(
    "line",
    ["大家都很满意。记者了解到", "这样做有效果。记者 走访", "他这样说。通讯员王", "问题有人解。韩予川"],
)
def test_text_after_a_last_sentence_without_a_mark_or_role_is_no_byline(line: str) -> None:
    assert bylines.trailing(line) is None


def test_a_dispatch_whose_names_end_the_line_with_reported() -> None:
    assert pairs(bylines.opening("某某新闻网讯 通讯员顾明澈 谭昕报道")[1]) == [
        ("顾明澈", "通讯员"),
        ("谭昕", "通讯员"),
    ]


def test_a_lone_character_completes_the_name_before_it() -> None:
    """`谭永 辉`: the last character of a name the column spaced out, with no spaced name after it; a
    spaced name after a whole one stays apart."""
    assert [a.name for a in bylines.parse("记者 韩予川 通讯员 钟晓岷、谭永 辉")] == [
        "韩予川",
        "钟晓岷",
        "谭永辉",
    ]
    assert [a.name for a in bylines.parse("记者 韩予川 钟 岷")] == ["韩予川", "钟岷"]


@pytest.mark.parametrize(
    ("text", "at", "names"),
    [
        ("钟晓岷报道 近日，西岭镇", 5, ["钟晓岷"]),
        ("韩予川钟晓岷报道：今年以来", 9, ["韩予川", "钟晓岷"]),
        ("韩予川 钟晓岷报道近日，西岭镇", 9, ["韩予川", "钟晓岷"]),
    ],
)
def test_spaced_names_end_at_reporting(text: str, at: int, names: list[str]) -> None:
    found = bylines.spaced_names(text)
    assert found is not None and found[0] == at and [a.name for a in found[1]] == names


def test_reporting_after_no_name_is_text() -> None:
    assert bylines.spaced_names("据报道 近日，西岭镇") is None


def test_a_two_character_name_spaced_after_a_box_mark_is_a_name_even_where_it_is_also_a_word() -> None:
    """`□ 贺 海`: a two-character name spaced to fill a three-character cell; the word list held it
    (`贺海`), so the byline named nobody and the article lost its second writer."""
    from transforms.bylines import leading

    assert [a.name for a in leading("□ 贺 海")] == ["贺海"]
    assert [a.name for a in leading("□ 张 佳")] == ["张佳"]
    assert not leading("□ 高 县")  # a place printed so is still no name


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("问题当场交办。□ 本报记者 韩", 7),
        ("问题当场交办、限时回复。□", 12),
        ("夜里也有人值守。本报记", 8),
        ("夜里也有人值守。”·钟晓", 9),
    ],
)
def test_tail_opening_finds_a_byline_a_wrap_cut_after_the_last_sentence(line: str, start: int) -> None:
    assert bylines.tail_opening(line) == start


@pytest.mark.parametrize(
    "line", ["问题当场交办。记者从会上获悉，", "问题当场交办，限时回复", "本报记者 韩予川"]
)
def test_tail_opening_is_none_without_a_byline_s_opening_after_a_sentence(line: str) -> None:
    assert bylines.tail_opening(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("□ 文明", ["文明"]),
        ("■江山", ["江山"]),
        ("（金城 韩予川）", ["金城", "韩予川"]),
        ("（江山）", ["江山"]),
    ],
)
def test_a_common_word_a_byline_s_mark_vouches_for_is_a_name(line: str, names: list[str]) -> None:
    """`文明`, `江山`, `金城` are words too; after a box mark or in a byline's brackets they are names."""
    assert [a.name for a in bylines.read(line) or []] == names


@pytest.mark.parametrize("line", ["□ 文化", "（方面）", "（万元）", "（江西）"])
def test_a_word_unlike_a_name_stays_a_word_even_in_a_byline_s_mark(line: str) -> None:
    assert bylines.read(line) is None


@pytest.mark.parametrize(
    ("line", "names"), [("孟航 常峥", ["孟航", "常峥"]), ("王博 孟航", ["王博", "孟航"])]
)
def test_bare_names_on_a_line_vouch_for_one_that_scores_low(line: str, names: list[str]) -> None:
    """`孟航` alone looks no name by its characters; beside `常峥` on a bare line of names it is one."""
    assert [a.name for a in bylines.read(line) or []] == names


@pytest.mark.parametrize("line", ["孟航", "孟航 孟航 方面", "孟航 高新区"])
def test_a_low_scoring_name_alone_or_beside_words_is_no_byline(line: str) -> None:
    assert bylines.read(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("把蔬菜卖到更远的城市去。文/韩予川", ["韩予川"]),
        ("把蔬菜卖到更远的城市去。某某日报/某某新闻记者 高平 方华", ["高平", "方华"]),
    ],
)
def test_a_credit_or_an_outlet_s_reporter_run_on_after_the_last_sentence_closes_it(
    line: str, names: list[str]
) -> None:
    found = bylines.trailing(line)
    assert found is not None and found[0] == 12 and [a.name for a in found[1]] == names


def test_text_after_the_last_sentence_is_no_closing_byline_for_naming_a_reporter() -> None:
    assert bylines.trailing("把蔬菜卖到更远的城市去。负责人告诉记者 今年") is None
