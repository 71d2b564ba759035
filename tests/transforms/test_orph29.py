"""An orphan headline set right above another story's photo caption (`_says_alike`): a caption that
names its picture (`图为…`) and shares no word with the headline over it is no photo of that headline.
A phrase cut from a teaser's headline line is the teaser's too (`_teaser_head`). On text written for
these tests."""

from transforms.articles import Piece, Unit, _says_alike, _teaser_head, split_articles
from transforms.lines import Line

HEAD_A = "青石村党员村民轮流巡河护清流"
TEXT_A = """本报讯（记者 张三）今年以来，青石村组织党员和村民轮流巡河，
每天清理河道垃圾，劝阻在河边洗衣倒水的行为，
青石村的河水一天比一天清了，巡河队也从十人
扩大到三十多人。"""
ORPHAN = "甲县：凝聚新力量 激活微治理"
CAPTION = "图为柳岸街道志愿者为老人送餐。　王小明 摄"
HEAD_B = "柳岸街道老年食堂开张 老人吃上热乎饭"
TEXT_B = """本报讯（记者 李四）近日，柳岸街道第一家社区老年食堂开门迎客，
六十岁以上的老人凭卡就餐可享受八折优惠，
柳岸街道还安排志愿者为行动不便的老人送餐到
家，老人们吃上了热乎饭。"""


def _line(text: str) -> Line:
    return Line(text, range(len(text)))


def _photo(text: str) -> Piece:
    return Piece(kind="photo", lines=[_line(text)])


def test_a_headline_sharing_no_word_with_a_picture_caption_under_it_is_not_its_title() -> None:
    assert not _says_alike(Unit(title=[_line(ORPHAN)]), _photo(CAPTION))


def test_a_headline_sharing_a_word_with_its_picture_caption_is_its_title() -> None:
    assert _says_alike(Unit(title=[_line("柳岸街道爱心送餐")]), _photo(CAPTION))


def test_a_photo_news_caption_telling_the_news_keeps_its_headline_whatever_words() -> None:
    assert _says_alike(Unit(title=[_line(ORPHAN)]), _photo("村里的路修好了。　王小明 摄"))


def test_the_orphan_over_another_storys_caption_stays_an_orphan() -> None:
    page = "\n\n".join([HEAD_A, TEXT_A, ORPHAN, CAPTION, HEAD_B, TEXT_B])
    articles, _ = split_articles(page)
    kinds = {a.title: (a.kind, a.body) for a in articles}
    assert kinds.get(ORPHAN) == ("orphan_headline", ""), kinds
    assert [a.body for a in articles if a.kind == "photo"] == ["图为柳岸街道志愿者为老人送餐。"], kinds


# A teaser's headline in two phrases on one line, its pointer to another page on the next line.
TEASER_PAGE = "甲村村规民约 “约”出新风\n▶第7版\n"


def _unit(start: int, end: int, part_of: Unit | None = None) -> Unit:
    text = TEASER_PAGE[start:end]
    return Unit(title=[Line(text, range(start, end))], page=TEASER_PAGE, part_of=part_of)


def test_a_phrase_cut_from_a_teasers_line_is_the_teasers() -> None:
    whole = _unit(0, TEASER_PAGE.index("\n"))
    first = _unit(0, TEASER_PAGE.index(" "), whole)
    assert _teaser_head(first)


def test_a_headline_with_no_pointer_under_its_line_is_no_teaser() -> None:
    page_line = TEASER_PAGE.index("\n")
    whole = Unit(
        title=[Line("甲村村规民约 “约”出新风", range(page_line))],
        page="甲村村规民约 “约”出新风\n本报讯 近日\n",
    )
    first = Unit(title=[Line("甲村村规民约", range(6))], page=whole.page, part_of=whole)
    assert not _teaser_head(first)
