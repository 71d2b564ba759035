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
