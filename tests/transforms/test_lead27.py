"""Session 27 lead fixes: a headline's slogan quoted in the body is not a practice's name."""

from transforms.initiatives import extract_initiatives


def _names(text: str) -> list[str]:
    return [found.name for found in extract_initiatives(text)]


def test_a_negated_slogan_in_the_headline_is_no_name() -> None:
    text = "小事不出村 大事不出镇\n近年来，山前村着力实现“小事不出村”，矛盾就地化解。"
    assert "小事不出村" not in _names(text)


def test_a_causative_slogan_in_the_headline_is_no_name() -> None:
    text = "让数据多跑路 群众少跑腿\n街道一直在想办法“让数据多跑路”，办事窗口减少一半。"
    assert "让数据多跑路" not in _names(text)


def test_a_coined_name_opening_the_headline_still_counts() -> None:
    text = "小院议事议出大变化\n桃源村的“小院议事”又开讲了，村民围坐在一起。"
    assert "小院议事" in _names(text)
