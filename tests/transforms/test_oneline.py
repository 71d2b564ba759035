"""A photo's caption set inside a sentence of a column's text (`articles._captions_inside`): the
reader keeps it out of the text, which goes on under it, in one article. Text written for these tests."""

from transforms import articles
from transforms.articles import split_articles
from transforms.lines import Line

ABOVE = [
    "东湖街道今年以来推动老旧小区",
    "改造，新装电梯十二部，修缮屋",
    "面三千平方米，街道还组织志愿",
]
CAPTION = "图为东湖街道志愿者上门走访居民。　本报记者 王小明 摄"
BELOW = [
    "者上门走访独居老人，记下他们",
    "的需求和困难，逐项解决落实。",
]

MORE = [
    "东湖街道召开居民议事会，听取",
    "居民对小区改造的意见和建议，",
    "大家围坐一起，你一言我一语，",
    "把停车难、充电难等问题摆上桌",
    "面，街道干部一一记下，会后逐",
    "条研究，限期答复，居民们都说",
    "这样的议事会开得实在。",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, list(range(len(t)))) for t in texts]


def test_a_caption_inside_a_sentence_is_an_inset() -> None:
    lines = _lines([*ABOVE, CAPTION, *BELOW])
    labels = ["body"] * len(lines)
    got = articles._captions_inside(lines, labels)
    assert got[len(ABOVE)] == "inset"
    assert got.count("inset") == 1
    assert labels[len(ABOVE)] == "body"  # the model's labels are inputs, left as they were


def test_a_caption_after_a_paragraph_or_over_a_new_one_stays() -> None:
    ended = _lines([*ABOVE[:-1], "面三千平方米，居民都说好。", CAPTION, *BELOW])
    assert "inset" not in articles._captions_inside(ended, ["body"] * len(ended))
    opened = _lines([*ABOVE, CAPTION, "　　" + BELOW[0], BELOW[1]])
    assert "inset" not in articles._captions_inside(opened, ["body"] * len(opened))
    headed = _lines([*ABOVE, CAPTION, *BELOW])
    labels = ["body"] * len(headed)
    labels[len(ABOVE) + 1] = "title"
    assert "inset" not in articles._captions_inside(headed, labels)


def test_a_text_line_ending_in_a_credit_is_no_caption() -> None:
    lines = _lines([*ABOVE, "者上门走访老人。　本报记者 王小明 摄", *BELOW])
    assert "inset" not in articles._captions_inside(lines, ["body"] * len(lines))


def test_the_story_goes_on_under_its_caption() -> None:
    page = "\n".join(
        [
            "东湖街道志愿服务暖人心",
            "",
            "本报讯（记者 王小明）近日，",
            *MORE,
            *ABOVE,
            CAPTION,
            *BELOW,
            *MORE,
        ]
    )
    arts, _ = split_articles(page)
    holders = [a for a in arts if "逐项解决落实" in a.body]
    assert len(holders) == 1
    body = holders[0].body.replace("\n", "")
    assert "街道还组织志愿者上门走访独居老人" in body  # the sentence the caption sat in, read through
