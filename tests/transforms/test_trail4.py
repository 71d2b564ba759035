"""A story read column by column around its neighbour: its text stops mid-sentence over the
neighbour's headline and its rest follows the neighbour's jump mark, opening with the sentence's
end (`作。`). No headline heads such a rest (`_sentence_rest` in `_assignment_table`), so the
neighbour's wrapped headline is not cut to give its last line to it."""

from tests.transforms.printed import lines as printed
from transforms.articles import (
    Piece,
    Unit,
    _heads_over_closing_photos,
    _inner_heads,
    _numbered,
    _sentence_rest,
    split_articles,
)

_STORY = """溪头镇：河长制让小河变清了
本报记者 李明

“现在河水清了，傍晚
沿着河边走一走，心里
特别舒坦。”近日，在溪
头镇南岸村的河堤上，
村民周大伯笑着说。

据了解，南岸村的乡村
小河过去淤泥堆积，岸
边垃圾随处可见，村民
意见很大。镇里推行河
长制以后，每条乡村小
河都有了专门的河长，
河长每周沿河巡查两次，
发现问题当天上报处理，
不断推进乡村小河巡查工
"""
_NEIGHBOUR = """南村今年计划整治12
条乡村小河

本报讯　4月2日，在南村
东头的水渠整治工地上，
挖掘机来回作业，工人们
正在铺设新的渠底石板。
村干部王建国说：“这次
整治完成后，全村的农田
灌溉就方便多了。”

据介绍，这批水渠建于
上世纪七十年代，渠身
破损严重，预计6月底
全部完工。

（下转第6版）
"""
_REST = """作。
自河长制推行以来，溪
头镇共清理乡村小河淤
泥两万多方，拆除河边
违建三十余处，乡村小
河重新有了鱼虾，村民
又能在河边洗菜乘凉。
"""


def test_the_neighbours_wrapped_headline_stays_whole():
    articles, _ = split_articles(_STORY + "\n" + _NEIGHBOUR + "\n" + _REST)
    titles = [a.title for a in articles]
    assert "南村今年计划整治12条乡村小河" in titles
    assert "条乡村小河" not in titles
    rest = next(a for a in articles if "两万多方" in a.body)
    assert rest.title != "条乡村小河"


def _piece(*texts: str, opens: bool = False) -> Piece:
    return Piece(lines=printed(*texts), opens=opens)


def test_a_sentences_end_at_the_start_is_a_rest():
    assert _sentence_rest(_piece("作。", "自河长制推行以来，"))
    assert _sentence_rest(_piece("了。”他说，", "村里…"))
    assert _sentence_rest(_piece("，全村的农田灌溉", "就方便多了。"))


def test_a_story_opening_is_no_rest():
    assert not _sentence_rest(_piece("近日，在溪头镇南岸村", "的河堤上，"))
    assert not _sentence_rest(_piece("昨日，记者从镇里获悉，"))
    assert not _sentence_rest(_piece("“好！”村民们齐声说。"))  # a quotation opened there
    assert not _sentence_rest(_piece("作。", "自河长制推行以来，", opens=True))  # a byline over it


_TRAILING = """本报讯（记者 赵青）近日，溪头镇南岸村的
村民议事会在村委会门前的大榕树下召开，
三十多位村民围坐一圈，商量村里修路的事。

“路修好了，孩子上学就不用绕远了。”
村民周大伯说。会上，大家一致同意由村里
统一规划，各户出工出力，年底前完工。

南岸村议事会：大榕树下商量修路事

图为南岸村村民在议事会上发言。　李明 摄
"""


def test_a_headline_after_its_report_over_its_photo_heads_the_report():
    articles, _ = split_articles(_TRAILING)
    report = next(a for a in articles if "大榕树下召开" in a.body)
    assert report.title == "南岸村议事会：大榕树下商量修路事"
    assert all("南岸村议事会" not in a.body for a in articles)


def test_a_caption_opening_with_its_photo_is_no_wrap_of_the_headline_over_it():
    lines = printed(
        "商量村里修路的事。",
        "“路修好了，孩子上学就不用绕远了。”村民周大伯说。",
        "南岸村议事会：大榕树下商量修路事",
        "图为南岸村村民在议事会上发言。　李明 摄",
    )
    labels, _ = _inner_heads(lines, ["body", "body", "title", "caption"], [0.9] * 4)
    assert labels[2:] == ["title", "caption"]


def test_a_caption_wrapped_over_its_credit_stays_one_caption():
    lines = printed(
        "商量村里修路的事。",
        "“路修好了，孩子上学就不用绕远了。”村民周大伯说。",
        "南岸村村民在村委会门前的大榕树下",
        "商量修路的事。　李明 摄",
    )
    labels, _ = _inner_heads(lines, ["body", "body", "title", "caption"], [0.9] * 4)
    assert labels[2:] == ["caption", "caption"]


def _closing_photo(
    after: list, title: str = "南岸村议事会：大榕树下商量修路事"
) -> tuple[list[Unit], list[Piece], list, dict[int, int]]:
    """A report, a headline after it, the photo's caption under that, then `after`; the headline
    matched to the caption."""
    text = _piece("本报讯 近日，南岸村的村民议事会在大榕树下召开，", "大家商量了修路的事。")
    head = Unit(title=printed(title))
    photo = Piece(lines=printed("图为村民在议事会上发言。"), kind="photo")
    pieces = [text, photo] + [x for x in after if isinstance(x, Piece)]
    units = [head] + [x for x in after if isinstance(x, Unit)]
    return units, pieces, _numbered([text, head, photo, *after]), {0: 1}


def test_the_headline_over_a_closing_photo_heads_the_report_above():
    units, pieces, order, got = _closing_photo([Unit(title=printed("北村文化广场开放"))])
    assert _heads_over_closing_photos(units, pieces, order, got) == {0: 0}


def test_a_caption_over_a_text_stays_the_headlines():
    units, pieces, order, got = _closing_photo([_piece("昨日，北村新建的文化广场正式开放。")])
    assert _heads_over_closing_photos(units, pieces, order, got) == {}


def test_a_headline_naming_nothing_of_the_report_above_keeps_its_photo():
    units, pieces, order, got = _closing_photo(
        [Unit(title=printed("北村文化广场开放"))], "东山林场春季植树忙"
    )
    assert _heads_over_closing_photos(units, pieces, order, got) == {}
