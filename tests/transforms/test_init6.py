"""Initiative names of round 28 (issue 18, branch init6): a straight quote paired with a curly one,
bare names after a verb that sets them up, names in 【】, a nickname with its surname, a method
after a person, a coined word the headline and the body print, a numeral duty of people."""

from transforms.initiatives import extract_initiatives, headed_programmes, paired_quotes


def _names(text: str) -> list[str]:
    return [i.name for i in extract_initiatives(text)]


def test_a_straight_quote_pairs_with_the_curly_one_before_or_after_it():
    assert paired_quotes('街道开通“为民热线"，专人值守') == "街道开通“为民热线”，专人值守"
    assert paired_quotes('镇里推行"睦邻理事会”，效果好') == "镇里推行“睦邻理事会”，效果好"
    # straight ones pairing among themselves stay as they were
    assert paired_quotes('推行"红色物业"和"邻里驿站"') == "推行“红色物业”和“邻里驿站”"
    assert "帮办热线" in _names('开通“帮办热线"以来，群众来电不断。"好用！"居民说。')


def test_a_bare_name_after_a_setting_up_verb_counts_when_its_words_are_coined():
    assert "清风护廉行动" in _names("街道深入开展清风护廉行动，筑牢防线。")
    assert "车友之家服务站" in _names("街道建成车友之家服务站，司机可以歇脚。")
    assert "一组一联户制度" in _names("村里推行一组一联户制度，邻里互相照应。")


def test_a_bare_description_after_the_verb_is_no_name():
    assert headed_programmes("建立长效机制，开展专项整治行动，探索党建联盟机制，推行这一机制") == []
    assert _names("县里建立健全工作机制，确保落实。") == []


def test_a_title_in_corner_brackets_followed_by_a_column_is_a_name():
    assert "民声茶话" in _names("社区公众号开设【民声茶话】栏目，每周更新。")


def test_a_nickname_keeps_the_surname_before_it():
    assert "周大姐工作室" in _names("周大姐工作室开办以来，调处纠纷近百件。")


def test_a_mediation_method_named_after_a_person():
    assert "陈玉珍调解法" in _names("陈玉珍调解法在镇里传开了。")


def test_a_coined_word_the_headline_prints_and_the_body_quotes():
    text = "院坝夜谈谈出新气象\n本报讯 入夏以来，柳溪村的“院坝夜谈”每周都开。"
    assert "院坝夜谈" in _names(text)


def test_a_headline_contrast_or_an_extent_is_no_name():
    contrast = "“小切口”撬动治理“大变化”\n本报讯 该镇从“小切口”入手，做好治理“大变化”。"
    assert _names(contrast) == []
    extent = "小区党组织全覆盖\n本报讯 街道推动小区党建“全覆盖”。"
    assert _names(extent) == []


def test_a_numeral_phrase_after_people_named_by_role_is_their_duty():
    assert _names("镇里推行网格员“一岗多责”。") == []
    assert "两访两帮" in _names("乡里推行“两访两帮”，干部结对帮扶。")


def test_a_headline_word_a_verb_acts_on_is_no_subject():
    text = "西街社区议事会凝聚邻里合作力量\n本报讯 社区把分散的“合作力量”聚到一起。"
    assert "合作力量" not in _names(text)
