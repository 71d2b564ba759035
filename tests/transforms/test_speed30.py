"""The faster paths of the line features and labels give what the paths they replace give (speed30)."""

import numpy as np
import pytest

from tests.transforms.test_line_features import PAGE
from transforms import line_features, line_labels
from transforms.lines import repair_line, split_lines

LINES = [
    "党建引领基层治理",
    "社区居民通过议事会商量停车难题。",
    "“我们的工作做完了，”他说。",
    "2024年 小区 加装 电梯 20部",
    "村民 来,  群众 建设",
    "ABC",
    "",
    "   ",
]


@pytest.mark.parametrize("looked_up", [64, 0])
def test_the_models_side_score_is_the_lines_side_score(monkeypatch, looked_up) -> None:
    monkeypatch.setattr(line_features, "PAIRS_LOOKED_UP", looked_up)  # 0: the line's pairs built
    weights, _ = line_features.headline_model()
    keys = line_features._headline_keys()
    for text in LINES:
        assert line_features._model_score(text, weights, *keys) == line_features.headline_score(text, weights)


def test_entries_are_the_unique_pair_line_entries() -> None:
    texts = ["仙居县后项村有个说事会", "仙居县的村民把难事", "", "说事会说事会", "ab 仙居"]
    pair, on = line_features._entries(texts)
    code = []
    for k, t in enumerate(texts):
        for a, b in zip(t, t[1:], strict=False):
            if "\u3400" <= a <= "\u9fff" and "\u3400" <= b <= "\u9fff":
                code.append((ord(a) << 16 | ord(b)) << 31 | k)
    want = np.unique(np.array(code, dtype=np.int64))
    assert pair.tolist() == (want >> 31).tolist() and on.tolist() == (want & (2**31 - 1)).tolist()
    assert [len(x) for x in line_features._entries(["", "A"])] == [0, 0]


def test_labels_from_the_columns_are_the_labels_from_the_frame() -> None:
    raw = split_lines(PAGE)
    lines, indented = [repair_line(x) for x in raw], line_features.indents(raw)
    values = line_features.frame_values(lines, indented)
    f = line_features.frame(lines, indented)
    assert {c: f[c].to_list() for c in f.columns} == values
    assert all(
        type(v) is bool
        for c, t in line_features.SCHEMA.items()
        if t == line_features.pl.Boolean
        for v in values[c]
    )
    assert line_features.crf_items_of(values) == line_features.crf_items(f)
    assert line_labels.label_values(values) == line_labels.label(f)
    empty = line_features.frame_values([], None)
    assert line_labels.label_values(empty) == line_labels.label(line_features.frame([], None))
