"""Review 27: bugs found in the round-28 merges (init6, subj9, inside2, auth8), each a test that
failed before its fix."""

from transforms import bylines, initiatives, metrics


def test_word_after_a_kept_space_is_no_name_glued_to_a_date() -> None:
    """`_name_before_date` reads a name glued to a date (`记者 钱立夏4月2日`): a word opening the text
    after a kept space (全市, 明年, 周一 start with a surname) is none."""
    for word in ("全市", "全县", "明年", "周一", "农历"):
        found = bylines.opening(f"本报讯 记者 张晓梅 {word}3月，街道开展志愿服务活动。")
        assert found is not None
        assert [a.name for a in found[1]] == ["张晓梅"], word
    glued = bylines.opening("本报讯 记者 张晓梅3月，街道开展志愿服务活动。")
    assert glued is not None and [a.name for a in glued[1]] == ["张晓梅"]


def test_straight_quotes_inside_a_curly_quotation_pair_with_each_other() -> None:
    """`_mixed_mark` paired a straight mark with the curly quotation open before it, so a name quoted
    straight inside a curly quotation came out as `“要推行”清风小站“模式。”` and was lost."""
    text = '他说：“要推行"清风小站"模式。”'
    assert initiatives.paired_quotes(text) == "他说：“要推行“清风小站”模式。”"
    assert "清风小站" in [i.name for i in initiatives.extract_initiatives(text)]
    # a list's join between straight marks still pairs each with a curly one
    assert initiatives.paired_quotes('“法律诊所"和"红白理事会”') == "“法律诊所”和“红白理事会”"


def test_a_count_reaching_a_level_still_names_the_noun_after() -> None:
    """`CHANGE_TO` held 达到 (a linking verb ending in 到), so a count before 达到…的 + noun lost its
    subject (全市有120家达到标准的企业): it reaches a level, it does not change to a count."""
    found = metrics.extract_metrics("全市有120家达到环保标准的企业。")
    assert [(m.value, m.subject) for m in found] == [(120.0, "企业")]
    grown = metrics.extract_metrics("社区志愿者由最初的12人壮大到430人。")
    assert [m.subject for m in grown] == ["社区志愿者", "社区志愿者"]


def test_a_quoted_name_with_its_noun_keeps_both_marks() -> None:
    """`_quoted_after` started the subject inside the opening mark but ran it past the closing one
    (`十户联防”小组`, and after subj9 `两新”组织党员`): the warehouse stored a dangling mark."""
    found = metrics.extract_metrics("全镇把农户编入了18个“十户联防”小组。")
    assert [m.subject for m in found] == ["“十户联防”小组"]
    alone = metrics.extract_metrics("社区共同认领“微心愿”150个。")
    assert [m.subject for m in alone] == ["微心愿"]
