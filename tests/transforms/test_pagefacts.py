"""Facts on page text: a dispatch's place does not outweigh the places of the story, and a number
spaced out digit by digit before its unit is read as one number."""

from transforms.lines import repair_line, split_lines
from transforms.localities import places
from transforms.metrics import extract_metrics
from transforms.regions import primary_region

FILLER = "村里的干部群众一起商量办法，把大家关心的事情一件件落实下去，日子越过越红火。" * 6


def _primary(title: str, body: str) -> str | None:
    text = title + "\n" + body
    mentions, localities = places(text, len(title))
    return primary_region(title, body, mentions, tuple(localities), text)


def test_a_dispatch_s_bureau_does_not_outweigh_the_county_the_story_is_in():
    # the bureau in the provincial capital, the story in a county of another city of the province
    # read as the lead, the bureau would weigh as much as the county's two mentions: a tie, 内蒙古 alone
    body = f"新华社呼和浩特3月2日电 {FILLER}在通辽市奈曼旗，{FILLER}奈曼旗还推行了积分超市。"
    assert _primary("积分换来好日子", body) == "150525"  # 奈曼旗
    body = f"本报呼和浩特3月2日讯 {FILLER}在通辽市奈曼旗，{FILLER}奈曼旗还推行了积分超市。"
    assert _primary("积分换来好日子", body) == "150525"


def test_a_place_leading_the_story_without_a_date_still_counts_as_the_lead():
    body = f"呼和浩特的社区里，{FILLER}在通辽市奈曼旗，{FILLER}奈曼旗还推行了积分超市。"
    assert _primary("积分换来好日子", body) == "150100"  # the lead, counted double, names the place


def test_a_number_spaced_out_digit_by_digit_before_its_unit_is_one_number():
    line = repair_line(split_lines("今年建成 1 2 个小区驿站，共有1 2 0 户居民。")[0]).text
    assert [(m.value, m.unit) for m in extract_metrics(line)] == [(12.0, "个"), (120.0, "户")]
