"""Round 31 (branch subj31): what a figure counts, and coined names, in shapes the held-out probes of
the round found missed (evaluation/data/subject_heldout31.tsv, initiative_heldout31.tsv). The
sentences are made up here, none of them a report's."""

from transforms.initiatives import extract_initiatives
from transforms.metrics import extract_metrics


def _subject(sentence: str, figure: str) -> str | None:
    found = [m for m in extract_metrics(sentence) if m.raw_text == figure]
    assert found, f"{figure} not found in {sentence}"
    return found[0].subject


def test_a_unit_that_opens_with_a_scale_character_is_read_whole():
    (m,) = extract_metrics("光伏板一年可发电35万千瓦时。")
    assert (m.raw_text, m.value, m.unit) == ("35万千瓦时", 350000.0, "千瓦时")


def test_a_list_item_that_holds_a_verb_is_one_name_between_its_marks():
    assert _subject("镇里新建了停车场、健身步道等6处。", "6处") == "停车场、健身步道"
    assert _subject("镇里新建了停车场、健身步道、篮球场等6处。", "6处") == "停车场、健身步道、篮球场"


def test_a_list_opening_on_a_verbs_object_leaves_the_clause_before_out():
    assert _subject("村里组织党员、村民代表等40余人。", "40余人") == "党员、村民代表"


def test_a_fronted_topic_owned_through_de_is_what_the_count_counts():
    assert _subject("全村的危旧房屋，今年已拆除37间。", "37间") == "危旧房屋"


def test_a_frame_opening_the_sentence_names_what_its_count_counts():
    assert _subject("老旧管网改造方面，今年全县计划改造24公里。", "24公里") == "老旧管网"
    assert _subject("背街小巷整治方面，今年全区已整治56条。", "56条") == "背街小巷"
    assert _subject("在加装电梯方面，全区已完工33部。", "33部") == "加装电梯"
    assert _subject("在道路建设方面，全镇已硬化村道9公里。", "9公里") != "道路建设"  # its own thing


def test_a_places_quoted_thing_opening_its_clause_is_a_name():
    names = [i.name for i in extract_initiatives("镇里的“田园夜校”每周开课一次。")]
    assert names == ["田园夜校"]
    names = [i.name for i in extract_initiatives("社区“暖心小饭桌”每天为孩子们提供午餐。")]
    assert names == ["暖心小饭桌"]


def test_a_fronted_topic_a_clause_picks_out_is_counted_when_the_clause_after_names_who_acted():
    assert _subject("对于居民反映的难题，社区已解决64个。", "64个") == "难题"
    assert _subject("为了办好78户居民的事，社区先后跑了12次。", "12次") != "事"  # a purpose, no topic
