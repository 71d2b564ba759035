import csv
import os
from collections import Counter
from pathlib import Path

import pytest

from transforms.regions import (
    REGION_SCHEMA,
    Mention,
    ancestors,
    find_mentions,
    primary_region,
    region_frame,
)

SAMPLES = Path(os.environ.get("JICENG_SHARED", Path(__file__).parents[2].parent / "shared")) / "samples"
ALIASES = Path(__file__).parents[2] / "transforms" / "data" / "region_aliases.csv"


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.region_id) for m in find_mentions(text)]


# ---------------------------------------------------------------- dim_region


def test_region_frame_schema_keys_and_levels():
    frame = region_frame()
    assert frame.schema == REGION_SCHEMA
    assert frame["region_id"].is_unique().all()
    assert frame["region_id"].str.contains(r"^\d{6}$").all()
    counts = dict(frame["level"].value_counts().iter_rows())
    assert counts == {"province": 34, "city": 333, "county": 2846}


def test_region_frame_rows_carry_official_names_of_ancestors():
    rows = {row["region_id"]: row for row in region_frame().iter_rows(named=True)}
    assert rows["370212"] == {
        "region_id": "370212",
        "name": "崂山区",
        "full_name": "山东省青岛市崂山区",
        "level": "county",
        "parent_id": "370200",
        "province": "山东省",
        "city": "青岛市",
        "county": "崂山区",
        "resolved_by": "cnloc",
    }
    assert rows["370000"]["parent_id"] is None and rows["370000"]["city"] is None


def test_municipality_and_directly_administered_counties_hang_under_the_province():
    rows = {row["region_id"]: row for row in region_frame().iter_rows(named=True)}
    assert rows["110105"]["parent_id"] == "110000"
    assert rows["110105"]["full_name"] == "北京市朝阳区"
    assert rows["110105"]["city"] is None
    assert rows["429004"]["parent_id"] == "420000"  # 仙桃市
    assert "110100" not in rows  # the 市辖区 pseudo city is not a division


def test_every_parent_exists():
    frame = region_frame()
    parents = set(frame["parent_id"].drop_nulls())
    assert parents <= set(frame["region_id"])


def test_ancestors():
    assert ancestors("370212") == ["370000", "370200"]
    assert ancestors("110105") == ["110000"]
    assert ancestors("370000") == []
    assert ancestors("999999") == []


def test_alias_file_points_at_existing_regions():
    full_names = dict(region_frame().select("region_id", "full_name").iter_rows())
    with ALIASES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            assert full_names.get(row["region_id"]) == row["full_name"], row


# ---------------------------------------------------------------- find_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("来自山东省的消息", [("山东省", "370000")]),
        ("青岛市召开会议", [("青岛市", "370200")]),
        ("走进红河哈尼族彝族自治州", [("红河哈尼族彝族自治州", "532500")]),
        ("曲阜市推进网格化", [("曲阜市", "370881")]),
        ("在鼓浪屿所在的厦门市思明区", [("厦门市", "350200"), ("思明区", "350203")]),
    ],
)
def test_full_names(text, expected):
    assert found(text) == expected


def test_offsets_point_into_the_text():
    text = "本报讯 山东省青岛市崂山区近日……"
    for mention in find_mentions(text):
        assert isinstance(mention, Mention)
        assert text[mention.start : mention.end] == mention.text


def test_province_and_city_short_forms():
    assert found("山东推出新举措，青岛率先试点") == [("山东", "370000"), ("青岛", "370200")]
    assert found("红河州的梯田") == [("红河州", "532500")]


def test_two_character_county_short_form_needs_its_parent_or_a_full_mention():
    assert found("平度的麦田") == []
    assert found("青岛平度的麦田") == [("青岛", "370200"), ("平度", "370283")]
    assert found("平度市有麦田，平度人很勤劳") == [("平度市", "370283"), ("平度", "370283")]
    assert found("即墨市撤市设区") == [("即墨市", "370215")]  # short form + old suffix


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青岛崂山区", [("青岛", "370200"), ("崂山区", "370212")]),
        ("平顶山卫东区", [("平顶山", "410400"), ("卫东区", "410403")]),
        ("福建厦门市海沧区", [("福建", "350000"), ("厦门市", "350200"), ("海沧区", "350205")]),
        ("黑龙江鸡西市", [("黑龙江", "230000"), ("鸡西市", "230300")]),
        ("济南市中区", [("济南", "370100"), ("市中区", "370103")]),
        ("北京市朝阳区", [("北京市", "110000"), ("朝阳区", "110105")]),
    ],
)
def test_chained_forms(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "region_id"),
    [
        ("合肥经开区", "340100"),
        ("合肥经济技术开发区", "340100"),
        ("西海岸新区", "370211"),
        ("青岛西海岸新区", "370211"),
    ],
)
def test_aliases_for_zones_without_a_county_code(text, region_id):
    assert found(f"近日，{text}举办活动") == [(text, region_id)]


def test_ambiguous_county_name_without_context_is_left_out():
    assert found("市中区开展活动") == []
    assert found("鼓楼区开展活动") == []


def test_ambiguous_county_name_resolved_from_other_places_in_the_text():
    assert found("济南近日发布通知，市中区率先落实") == [("济南", "370100"), ("市中区", "370103")]
    assert found("历下区和市中区联合开展") == [("历下区", "370102"), ("市中区", "370103")]
    assert found("江苏南京举办论坛，鼓楼区代表发言")[-1] == ("鼓楼区", "320106")


def test_ambiguous_name_with_two_fitting_parents_is_not_guessed():
    assert found("济南和枣庄两地的市中区") == [("济南", "370100"), ("枣庄", "370400")]
    assert found("山东省的市中区") == [("山东省", "370000")]


@pytest.mark.parametrize(
    "text",
    [
        "大同小异",
        "朝阳产业蓬勃发展",
        "振兴县域经济",
        "江南区域协调发展",
        "东方市场很热闹",
        "长治久安",
        "城市南部",
        "各位来宾",
    ],
)
def test_common_words_are_not_places(text):
    assert found(text) == []


def test_common_word_counts_once_the_place_is_named_safely():
    assert found("山西大同：大同的古城") == [("山西", "140000"), ("大同", "140200"), ("大同", "140200")]


def test_common_word_counts_where_a_place_under_it_is_named_safely():
    assert found("安顺的发展") == []
    assert found("在安顺，镇宁自治县的社区") == [("安顺", "520400"), ("镇宁自治县", "520423")]


def test_autonomous_county_by_its_short_form_and_own_suffix():
    assert found("镇宁自治县的社区") == [("镇宁自治县", "520423")]  # 镇宁布依族苗族自治县
    assert found("景宁自治县召开会议") == [("景宁自治县", "331127")]  # 景宁畲族自治县


def test_longest_match_and_no_overlaps():
    text = "黑龙江省哈尔滨市道里区、福建省石狮市和山东省曲阜市" * 3
    mentions = find_mentions(text)
    assert [m.region_id for m in mentions[:3]] == ["230000", "230100", "230102"]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


def test_find_mentions_on_a_long_text_finds_every_repetition():
    """Speed is measured by `make bench`, not here; this checks the scan keeps its place over a
    long text (every repetition found, the ambiguous 市中区 never resolved to one of its cities)."""
    text = ("近日，青岛市崂山区召开基层治理会议，社区干部和居民代表参加，市中区也派人。" * 600)[:20000]
    found = Counter(m.region_id for m in find_mentions(text))
    n = text.count("青岛市崂山区")
    assert found == {"370200": n, "370212": n}


# ---------------------------------------------------------------- primary_region


def primary(title: str, body: str) -> str | None:
    return primary_region(title, body, find_mentions(body))


def test_primary_prefers_most_specific_place_in_title():
    assert primary("山东省曲阜市：网格进社区", "济南市的经验也被借鉴。") == "370881"
    assert primary("青岛崂山区发展实体经济", "山东各地都在学习。") == "370212"
    assert primary("合肥经开区建设幸福社区", "安徽省合肥市的社区。") == "340100"


def test_primary_resolves_title_with_body_context():
    assert primary("市中区推进老旧小区改造", "济南市住建部门表示……") == "370103"
    assert primary("市中区推进老旧小区改造", "有关部门表示……") is None


def test_primary_falls_back_to_dominant_body_place():
    body = "本报讯 青岛市市南区推行小区议事会。" + "其他内容。" * 50 + "市南区居民满意。青岛各区也在跟进。"
    assert primary("党建引领小区治理", body) == "370202"


def test_primary_stops_at_the_level_where_places_diverge():
    body = "青岛市崂山区、城阳区、黄岛区和即墨区都在推进。青岛市委部署。"
    assert primary("城市更新进行时", body) == "370200"


def test_primary_none_without_places():
    assert primary("党建引领", "社区干部走访居民。") is None


def test_a_title_placed_in_no_province_the_body_names_yields_to_the_body():
    # a headline misplaced on the page: the body, about 包头市昆都仑区, decides
    assert primary("綦江区：小积分兑出乡风文明", "包头市昆都仑区一个社区装上了充电桩。") == "150203"
    assert primary("海口龙华区推进物业党建", "株洲市石峰区一个社区加装电梯。") == "430204"


def test_a_title_place_stands_where_the_body_names_its_province_or_no_place():
    assert primary("綦江区：小积分兑出乡风文明", "村民们用积分换来了米和油。") == "500110"
    assert primary("海口龙华区推进物业党建", "海南省各地都在学习，株洲市的做法也被借鉴。") == "460106"


def test_provinces_tied_at_the_top_go_to_the_one_named_first():
    first_zhuzhou = "株洲市石峰区一个社区加装电梯。后来，包头市昆都仑区也来学习。"
    first_baotou = "包头市昆都仑区也来学习。株洲市石峰区一个社区加装电梯。"
    assert primary("小区治理见成效", first_zhuzhou) == "430204"
    assert primary("小区治理见成效", first_baotou) == "150203"
    # within one province a tie still stops where the places part
    assert primary("小区治理见成效", "南京市溧水区建起凉亭。泰州市海陵区也来学习。") == "320000"


def test_a_headline_leading_with_a_short_form_names_its_place():
    zhejiang = "浙江各地都在学习这个做法。"
    assert primary("仙居某村有个议事会", zhejiang) == "331024"  # 仙居县
    assert primary("调研组来到——仙居某村", zhejiang) == "331024"
    assert primary("仙居某村有个议事会", "台州市各地都在学习。") == "331024"
    assert primary("綦江：小积分兑出乡风文明", "村民们用积分换来了米和油。") == "500110"  # a colon: a place
    # a body that names places only in another province still decides
    assert primary("仙居某村有个议事会", "包头市昆都仑区的社区也来学习。") == "150203"


def test_a_short_form_that_is_also_a_word_names_no_place_where_the_body_names_none_near_it():
    quiet = "村民们围坐一起商量修路的事。"
    assert primary("平安建设再上新台阶", quiet) is None  # not 平安区 (青海)
    assert primary("富民强村有新招", quiet) is None
    assert primary("仙居某村有个议事会", quiet) is None  # nothing says the short form is a place
    assert primary("平安建设再上新台阶", "西宁市城东区的社区也来学习。") == "630102"  # the body's place


def test_a_short_form_inside_a_headline_or_opening_a_street_name_is_no_place():
    quiet = "社区书记依次发言。"
    assert primary("马山街道召开交流会", quiet) is None  # a street of that name, not 马山县
    assert primary("乡村振兴有新招", quiet) is None  # 振兴 inside a phrase, not 振兴区


def test_a_spaced_out_headline_names_its_place():
    assert primary("青 岛 崂 山 区 推 行 议 事 会", "社区推行议事会。") == "370212"
    assert primary("青岛 崂山区 推行议事会", "社区推行议事会。") == "370212"


def _primary_of_text(title: str, body: str) -> str | None:
    from transforms.localities import places

    text = title + "\n" + body
    mentions, localities = places(text, len(title))
    return primary_region(title, body, mentions, tuple(localities), text)


def test_primary_goes_below_a_province_in_the_title_when_the_body_names_one_county():
    body = "家住吉林省通榆县的村民说，通榆县今年推行积分制。"
    assert _primary_of_text("吉林西部兴起积分超市", body) == "220822"  # 通榆县


def test_a_place_in_a_newspaper_name_does_not_make_the_article_about_it():
    body = "淮阳区某乡举行表彰会。周口日报社、周口日报社、周口日报社联合企业颁奖。"
    assert _primary_of_text("开在村委会里的表彰会", body) == "411603"  # 淮阳区, not 周口市


def test_primary_from_a_township_that_names_no_county():
    # 坂田街道 is listed under one county (龙岗区), under the 深圳市 the text names
    assert _primary_of_text("坂田街道推行楼栋长制", "深圳市一街道的做法：坂田街道居民议事。") == "440307"
    # a shared township name with no division named stays unresolved
    assert _primary_of_text("中和镇推行微网格", "中和镇划分网格。") is None


ELSEWHERE = "上海市金山区的社区也来交流，金山区居民参加。" * 2


def test_a_township_in_the_title_outweighs_places_named_more_often_in_the_body():
    # 马山街道 is listed under four counties, one of them under the 烟台 the body names
    assert _primary_of_text("马山街道召开交流会", "烟台高新区马山街道召开会议。" + ELSEWHERE) == "370600"
    # a township unique in the country, named by the headline, counts though the body names others
    assert _primary_of_text("南区街道服务中心启用", "位于南区街道的服务中心启用。" + ELSEWHERE) == "442000"
    # the same street named by the body only does not
    assert _primary_of_text("服务中心启用", "位于南区街道的服务中心启用。" + ELSEWHERE) == "310116"


# ---------------------------------------------------------------- real pages


def test_sample_pages_run_and_find_places():
    pages = sorted(SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []
    if not pages:
        pytest.skip(f"no sample pages at {SAMPLES} (shared samples are outside the repo)")
    for page in pages:
        text = page.read_text(encoding="utf-8")
        mentions = find_mentions(text)
        assert mentions, page.name
        assert all(text[m.start : m.end] == m.text for m in mentions)


# ---------------------------------------------------------------- where spellings may start


def _prefix_starts_by_slices(text: str) -> list[int]:
    from transforms.regions import _lengths

    return [i for i in range(len(text) - 1) if text[i : i + 2] in _lengths()]


@pytest.mark.parametrize("repeat", [1, 4, 20])  # below and above NUMPY_FROM characters
def test_spelling_starts_are_every_position_that_begins_a_spelling(repeat: int) -> None:
    from transforms.regions import NUMPY_FROM, _prefix_starts

    piece = "福建厦门市海沧区，济南市中区 abc 和平度市\n\U00020000崂山\udc80红河州"
    text = piece * repeat
    assert (len(text) >= NUMPY_FROM) == (repeat > 1)
    assert _prefix_starts(text) == _prefix_starts_by_slices(text)
    assert _prefix_starts(text)  # the names above are found
    assert _prefix_starts("") == [] and _prefix_starts("福") == []
