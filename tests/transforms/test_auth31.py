"""A photographer's credit printed with no space after the name it credits (`记者 张三摄`)."""

from transforms import bylines
from transforms.articles import split_articles


def test_glued_photo_credit_is_the_name_and_the_credit() -> None:
    assert bylines.read("本报记者 张小明摄") == [bylines.Author("张小明", "摄影")]


def test_glued_photo_credit_after_two_names_credits_both() -> None:
    assert bylines.read("记者 王大力 李红摄") == [
        bylines.Author("王大力", "摄影"),
        bylines.Author("李红", "摄影"),
    ]


def test_closing_byline_with_credit_wrapped_onto_next_line() -> None:
    text = (
        "某镇新建便民服务站\n\n"
        "近日，某镇便民服务站正式投入使用，居民办事不再跑远路，工作人员每天在站里接待来访群众。\n\n"
        "服务站设有六个窗口，覆盖社保、医保、户籍等常办事项，群众反映办事更方便了。 本报记者 张小明\n\n"
        " 摄\n"
    )
    articles, _ = split_articles(text)
    names = {a.name for art in articles for a in art.authors}
    assert "张小明" in names and "张小明摄" not in names
