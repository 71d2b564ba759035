"""Review 27b: fixes to the merges b6head, trail4, pgfacts, b6rail and the lead's slogan rule."""

from transforms.initiatives import extract_initiatives


def _names(text: str) -> list[str]:
    return [found.name for found in extract_initiatives(text)]


def test_a_name_opening_with_a_negation_word_is_no_slogan() -> None:
    text = "不见面审批跑出加速度\n县政务中心的“不见面审批”又见成效，企业很满意。"
    assert "不见面审批" in _names(text)


def test_a_name_whose_first_word_holds_a_negation_is_no_slogan() -> None:
    text = "无证明城市建设提速\n县里的“无证明城市”又见成效，群众很满意。"
    assert "无证明城市" in _names(text)


def test_a_name_whose_first_word_opens_with_a_causative_character_is_no_slogan() -> None:
    text = "要事快办暖民心\n桃源村的“要事快办”又见成效，村民们很满意。"
    assert "要事快办" in _names(text)


def test_a_subject_then_its_negated_verb_is_still_a_slogan() -> None:
    text = "服务不打烊 温暖送到家\n桃源村的“服务不打烊”又见成效，村民们很满意。"
    assert "服务不打烊" not in _names(text)


def test_a_title_with_two_bold_spans_keeps_its_marks_in_pairs() -> None:
    from transforms.articles import _labels_apart

    got = _labels_apart(None, "**河湾镇**新修三座便民桥**方便出行**", None)
    assert got == (None, "**河湾镇**新修三座便民桥**方便出行**", None)
    assert _labels_apart(None, "**河湾镇新修三座便民桥**", None) == (None, "河湾镇新修三座便民桥", None)
