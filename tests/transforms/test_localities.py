import pytest

from transforms.localities import find_localities, region_rows
from transforms.regions import find_mentions


def _ids(text: str) -> list[str]:
    return [loc.region_id for loc in find_localities(text, find_mentions(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("浙江省湖州市安吉县递铺街道溪岚村今年新建议事厅", ["330523-递铺街道", "330523-递铺街道-溪岚村"]),
        ("福建省泉州市石狮市锦尚镇党委牵头，锦尚镇获评先进", ["350581-锦尚镇", "350581-锦尚镇"]),
        ("四川省成都市武侯区玉林社区推行分类办理", ["510107-玉林社区"]),
    ],
)
def test_localities_printed_under_a_coded_division(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    "text", ["山东省平度市农业农村改革", "厦门市海沧区各街道推进城中村治理", "玉林社区召开议事会"]
)
def test_words_that_only_look_like_places_and_unanchored_names(text: str) -> None:
    assert _ids(text) == []


def test_locality_rows_carry_their_coded_ancestors() -> None:
    text = "四川省成都市武侯区玉林社区"
    (row,) = region_rows(find_localities(text, find_mentions(text)))
    assert (
        row["full_name"] == "四川省成都市武侯区玉林社区"
        and row["county"] == "武侯区"
        and row["parent_id"] == "510107"
    )


def _places(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    from transforms.localities import places

    mentions, localities = places(text)
    return [(m.text, m.region_id) for m in mentions], [(x.region_id, x.resolved_by) for x in localities]


def test_a_township_naming_no_county_is_placed_by_the_township_list_within_the_named_city() -> None:
    mentions, localities = _places("深圳市一街道的做法：坂田街道居民议事")
    assert ("440307-坂田街道", "township_list") in localities


def test_a_county_printed_before_its_township_is_read_even_where_it_looks_like_a_word() -> None:
    # 莒县城 reads as 县城 (county seat), and 城阳 as Qingdao's 城阳区: the listed 城阳街道 of 莒县 settles it
    mentions, localities = _places("近日，莒县城阳街道桃园社区开展活动")
    assert ("莒县", "371122") in mentions and ("城阳", "370214") not in mentions
    assert ("371122-城阳街道", "printed") in localities  # printed after the county, once that is read


def test_a_weak_short_form_and_a_township_under_it_settle_each_other() -> None:
    mentions, localities = _places("仙居后项村有个说事会。仙居田市镇后项村每月一次")
    assert ("仙居", "331024") in mentions
    assert ("331024-田市镇", "printed") in localities


def test_an_ambiguous_township_stays_unresolved_and_stop_words_are_no_townships() -> None:
    assert _places("中和镇划分网格，全镇各乡镇都在做") == ([], [])


def test_a_township_unique_in_the_country_counts_only_as_a_word_of_its_own() -> None:
    # 振兴乡 and 小城镇 are listed townships, but here 乡村 and 小城镇 are ordinary words
    assert _places("推进乡村振兴，实现振兴乡村，建设小城镇") == ([], [])
    # a street of 中山市 (a city without counties), named alone, is placed under the city
    assert _places("位于南区街道城南一路的服务中心启用")[1] == [("442000-南区街道", "township_list")]


def test_township_names_are_the_longest_listed_name_ending_at_each_suffix() -> None:
    from transforms import townships

    names = townships.counties_by_name()
    text = "，".join(sorted(names)[::997]) + "北京市朝阳区建外街道和某某镇乡村"
    expected = []
    for m in townships._SUFFIX_AT.finditer(text):
        for length in range(12, len(m.group()) + 1, -1):  # every length a listed name has, longest first
            start = m.end() - length
            if start >= 0 and text[start : m.end()] in names:
                expected.append((start, m.end(), text[start : m.end()]))
                break
    assert townships.township_names(text) == expected
    assert len(expected) > 30


def test_a_township_unique_in_the_country_named_by_the_headline_counts_where_others_are_named() -> None:
    from transforms.localities import places

    headline = "南区街道服务中心启用"
    text = headline + "\n位于南区街道的中心启用，银川市兴庆区也来交流"
    with_headline = [loc.region_id for loc in places(text, len(headline))[1]]
    assert with_headline == ["442000-南区街道", "442000-南区街道"]
    assert places(text)[1] == []  # read as body alone: 银川市兴庆区 holds no 南区街道, so no reading
