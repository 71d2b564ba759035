"""A dispatch's byline a narrow column wrapped over three lines or more (`本报某县讯（全媒` / `体记者 张三` /
`通讯员 李四）近日，…`): every name read, names rejoined across line ends, roles kept, whatever the
line model read the middle lines as (`articles._Reader`). Pages and names written for these tests."""

from tests.transforms.printed import read_labelled
from transforms.articles import _Reader

HEAD = "西岭镇网格见效"
TEXT = "近日，西岭镇把全镇划成十二个总网格。"


def _read(page: list[tuple[str, str]]) -> _Reader:
    return read_labelled(page, sure=0.9)


def _named(reader: _Reader) -> list[list[tuple[str, str]]]:
    return [[(a.name, a.role) for a in p.authors] for p in reader.pieces]


def test_a_bracket_over_three_lines_with_middle_lines_read_as_noise() -> None:
    """The role word cut (`全媒` / `体记者`), the middle lines bare names and role words."""
    reader = _read(
        [
            (HEAD, "title"),
            ("本报东县讯（全媒", "dateline"),
            ("体记者 韩予川", "noise"),
            ("通讯员 钟晓岷、", "noise"),
            ("潘语桐）" + TEXT, "body"),
        ]
    )
    assert _named(reader) == [[("韩予川", "记者"), ("钟晓岷", "通讯员"), ("潘语桐", "通讯员")]]
    assert reader.pieces[0].lines[-1].text.endswith(TEXT)


def test_a_bracket_closing_on_a_line_read_as_a_headline() -> None:
    """The text opens with a quotation right after the bracket: the model read the line, and the line
    under it, as a headline's. Both are the text's; no headline opens there."""
    reader = _read(
        [
            (HEAD, "title"),
            ("某某客户端1月2日消息（记", "dateline"),
            ("者韩予川） “积分怎么兑换？”“我", "title+"),
            ("的积分不够可以补差价吗？”", "title+"),
            (TEXT, "body"),
        ]
    )
    assert _named(reader) == [[("韩予川", "记者")]]
    assert [u.title[0].text for u in reader.units if u.title] == [HEAD]
    assert "的积分不够" in "".join(x.text for x in reader.pieces[0].lines)


def test_reported_names_wrapped_over_a_third_line() -> None:
    """`某某网讯` / `通讯员颜永利 颜` / `益平报道近日，…`: a name cut at the second line's end."""
    reader = _read(
        [
            (HEAD, "title"),
            ("某某网讯", "dateline"),
            ("通讯员颜永利 颜", "body"),
            ("益平报道" + TEXT, "body"),
        ]
    )
    assert _named(reader) == [[("颜永利", "通讯员"), ("颜益平", "通讯员")]]
    assert reader.pieces[0].lines[-1].text == TEXT


def test_a_role_word_cut_at_the_dispatch_line_end() -> None:
    """`…网讯 通讯` / `员颜永利 颜益平报` / `道 近日，…`: the role word and `报道` both cut."""
    reader = _read(
        [
            (HEAD, "title"),
            ("某某某某网讯 通讯", "dateline"),
            ("员颜永利 颜益平报", "body"),
            ("道 " + TEXT, "body"),
        ]
    )
    assert _named(reader) == [[("颜永利", "通讯员"), ("颜益平", "通讯员")]]


def test_spaced_names_over_three_lines() -> None:
    """`本报讯` alone, then role words and names spaced over two lines read as noise, the text after."""
    reader = _read(
        [
            (HEAD, "title"),
            ("本报东县讯", "dateline"),
            ("记者 韩予川", "noise"),
            ("通讯员 钟晓岷", "noise"),
            ("潘语桐 " + TEXT, "body"),
        ]
    )
    assert _named(reader) == [[("韩予川", "记者"), ("钟晓岷", "通讯员"), ("潘语桐", "通讯员")]]
    assert reader.pieces[0].lines[-1].text == TEXT
