"""A spaced-out line whose spacing sets a number's decimal point apart reads as one number."""

from transforms.lines import Line, collapse_spaces
from transforms.metrics import extract_metrics


def _collapsed(text: str) -> str:
    return collapse_spaces(Line(text, range(len(text)))).text


def test_a_spaced_decimal_point_joins_its_digits() -> None:
    assert _collapsed("新  建  绿  道  约  3  6  .  7  5  公  里") == "新建绿道约36.75公里"
    assert _collapsed("占\u3000地\u30001\u3000.\u30004\u3000公\u3000顷") == "占地1.4公顷"


def test_the_figure_of_a_spaced_line_keeps_its_fraction() -> None:
    body = _collapsed("今  年  修  缮  步  道  约  1  2  .  5  公  里") + "，方便群众出行。"
    assert [(m.value, m.unit) for m in extract_metrics(body)] == [(12.5, "公里")]


def test_a_point_outside_a_spaced_run_is_left_alone() -> None:
    assert _collapsed("详见 www.example.cn 网站") == "详见 www.example.cn 网站"
