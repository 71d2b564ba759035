"""Review of dbl3 and bare (review28b): a list whose rows go on from where the row above stopped is
not a doubled headline cut by the wrap (`lines._cell_repeated`), and a list of people each opening
with a box mark and a name is not a text opening with its byline (`articles._marked_list`). All text
here is made up."""

from __future__ import annotations

from transforms.articles import printed_lines, split_articles

HEAD = "南坡村茶园"
TEXT = "南坡村依托山地发展茶叶产业，全村种植茶园三千亩，去年产值一千万元。"


def _repaired(page: str) -> list[str]:
    return [x.text for x in printed_lines(page)[1] if x.text.strip()]


def test_a_route_list_keeps_each_stop_where_the_row_above_ended() -> None:
    page = "青禾镇 白沙村\n白沙村 临川镇\n临川镇 东坪村\n"
    assert _repaired(page) == ["青禾镇 白沙村", "白沙村 临川镇", "临川镇 东坪村"]


def test_a_doubled_block_still_carries_its_run_across_the_wrap() -> None:
    page = "稻农尝到甜头稻农尝到甜头 水清岸绿白沙河\n\n水清岸绿白沙河 临川社区老年食堂开张\n"
    assert _repaired(page) == ["稻农尝到甜头 水清岸绿白沙河", "临川社区老年食堂开张"]


def test_a_list_of_people_opening_with_marks_names_no_author() -> None:
    items = [
        "●王芳 青禾镇卫生院护士，扎根乡村二十年，",
        "为村民送医送药。",
        "●李娜 白沙村卫生室医生，",
        "常年上门为老人体检。",
    ]
    page = "\n".join([HEAD, TEXT, "青禾镇表彰最美乡村医生", *items]) + "\n"
    articles, _ = split_articles(page)
    assert [(a.title, [x.name for x in a.authors]) for a in articles][-1] == ("青禾镇表彰最美乡村医生", [])


def test_a_marked_byline_opening_a_text_still_names_its_author() -> None:
    page = (
        "\n".join(
            [
                HEAD,
                TEXT,
                "青禾镇表彰最美乡村医生",
                "□记者 王五 李四 近日，青禾镇表彰了十名",
                "他们常年扎根基层，守护村民健康。",
            ]
        )
        + "\n"
    )
    articles, _ = split_articles(page)
    assert [x.name for x in articles[-1].authors] == ["王五", "李四"]
