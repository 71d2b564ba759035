"""A byline printed alone between two texts: closing the one above or opening the one below, as the
page prints its other bylines (`_bylines_opened`). Pages written for these tests."""

from tests.transforms.printed import read_labelled
from transforms.articles import Piece, _byline_form, _Reader, _says_byline

HEAD_ONE = "西岭镇深耕微网格细作基层治理"
BODY_ONE = "近日，西岭镇把全镇划成十二个总网格，收集群众诉求一百二十件。"
BODY_TWO = "“以前车子乱停，现在有了议事会，大家商量着办。”居民老周说。"
BODY_THREE = "东湖社区今年新建充电桩四十个，解决了居民的充电难题。"


def _read(page: list[tuple[str, str]]) -> _Reader:
    return read_labelled(page, opened=True)


def _names(p: Piece) -> list[str]:
    return [a.name for a in p.authors]


def test_a_byline_between_texts_opens_the_lower_on_a_page_of_opening_bylines() -> None:
    """The page's headline is followed by its byline, and no text ends with one: the marked byline the
    model read as closing the text above opens the text under it."""
    reader = _read(
        [
            (HEAD_ONE, "title"),
            ("■记者 韩予川", "byline"),
            (BODY_ONE, "body"),
            ("（本报记者 钟晓岷 吕方舟）", "byline_end"),
            (BODY_TWO, "body"),
        ]
    )
    first, second = reader.pieces
    assert _names(first) == ["韩予川"]
    assert _names(second) == ["钟晓岷", "吕方舟"]
    assert second.opens and not first.ending


def test_the_byline_stays_closing_where_the_page_closes_its_texts() -> None:
    """Another text ends with a closing byline of the same form: the byline between closes the text
    above, as read."""
    reader = _read(
        [
            (HEAD_ONE, "title"),
            ("■记者 韩予川", "byline"),
            (BODY_ONE, "body"),
            ("（本报记者 钟晓岷 吕方舟）", "byline_end"),
            (BODY_TWO, "body"),
            ("（本报记者 石青禾）", "byline_end"),
            ("东湖社区充电不再难", "title"),
            (BODY_THREE, "body"),
        ]
    )
    first, second, _ = reader.pieces
    assert _names(first) == ["韩予川", "钟晓岷", "吕方舟"]
    assert _names(second) == ["石青禾"]


def test_bare_names_and_a_page_without_opening_bylines_keep_the_byline_closing() -> None:
    """Names alone in brackets read as a closing byline whatever the page does; and a page whose texts
    open only with a dispatch's names says nothing about a byline between two texts."""
    bare = _read(
        [
            (HEAD_ONE, "title"),
            ("■记者 韩予川", "byline"),
            (BODY_ONE, "body"),
            ("（钟晓岷 吕方舟）", "byline_end"),
            (BODY_TWO, "body"),
        ]
    )
    assert _names(bare.pieces[0]) == ["韩予川", "钟晓岷", "吕方舟"]
    assert _names(bare.pieces[1]) == []
    unmarked = _read(
        [
            (HEAD_ONE, "title"),
            (BODY_ONE, "body"),
            ("（本报记者 钟晓岷 吕方舟）", "byline_end"),
            (BODY_TWO, "body"),
        ]
    )
    assert _names(unmarked.pieces[0]) == ["钟晓岷", "吕方舟"]


def test_a_run_of_bylines_of_one_form_between_texts_opens_the_lower() -> None:
    """`□ 张三` read as closing the text above, `□ 李四` under it opening the text below: one run of
    bylines of one form, all the lower text's."""
    reader = _read(
        [
            (HEAD_ONE, "title"),
            (BODY_ONE, "body"),
            ("□ 本报记者 钟晓岷", "byline_end"),
            ("□ 吕方舟", "byline"),
            (BODY_TWO, "body"),
        ]
    )
    first, second = reader.pieces
    assert _names(first) == []
    assert _names(second) == ["钟晓岷", "吕方舟"]


def test_byline_forms() -> None:
    assert _byline_form("□ 本报记者 钟晓岷") == "□"
    assert _byline_form("（记者 钟晓岷）") == _byline_form("(钟晓岷)") == "（"
    assert _byline_form("记者 钟晓岷") == ""
    assert _says_byline("（本报记者 钟晓岷）") and _says_byline("■钟晓岷")
    assert not _says_byline("（钟晓岷 吕方舟）")


def test_a_second_closing_byline_after_one_run_into_the_text_opens_the_lower() -> None:
    """The text above already closed with `（张三）` run into its last line: a box-marked byline under it,
    stacked over another of that form, opens the text below with it."""
    reader = _read(
        [
            (HEAD_ONE, "title"),
            (BODY_ONE + "（石青禾）", "body"),
            ("□ 本报记者 钟晓岷", "byline_end"),
            ("□ 本报记者 吕方舟", "byline"),
            (BODY_THREE, "body"),
        ]
    )
    first, second = reader.pieces
    assert _names(first) == ["石青禾"] and first.ending == ["（石青禾）"]
    assert _names(second) == ["钟晓岷", "吕方舟"]


def test_a_photo_credit_under_a_text_stays_with_it() -> None:
    """`记者 张三 摄` alone under a text credits that text's photo: it never opens the text below, even on
    a page whose headlines are followed by bylines; a writer's credit (`文/张三 图/李四`) may."""
    page = [
        (HEAD_ONE, "title"),
        ("■记者 韩予川", "byline"),
        (BODY_ONE, "body"),
        ("东湖社区充电不再难", "title"),
        (BODY_THREE, "body"),
        ("", "byline"),
        (BODY_TWO, "body"),
    ]
    page[5] = ("记者 钟晓岷 摄", "byline")
    photo = _read(page)
    assert _names(photo.pieces[1]) == ["钟晓岷"] and _names(photo.pieces[-1]) == []
    page[5] = ("文/钟晓岷 图/吕方舟", "byline")
    writer = _read(page)
    assert _names(writer.pieces[1]) == [] and "钟晓岷" in _names(writer.pieces[-1])
