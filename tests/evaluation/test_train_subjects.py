"""evaluation.train_subjects and evaluation.subject_candidates: the learned subject chooser that is
compared with the rules. Texts written here; the scorer's matching rule lives beside the repo
(../shared/tools), so the tests that need it skip where it is absent."""

from __future__ import annotations

import re

import pytest

from evaluation import clean, subject_candidates, train_subjects
from evaluation.train_subjects import Example, Figure

needs_scorer = pytest.mark.skipif(
    not clean.SCORER.is_file(),
    reason=f"the shared scorer is not at {clean.SCORER} (it lives beside the repo)",
)


def _figure(body: str, figure: str) -> Figure:
    start = body.index(figure)
    return Figure(body, body, start, start + len(figure), "count", None)


def _texts(body: str, figure: str) -> list[str]:
    f = _figure(body, figure)
    return [body[c.start : c.end] for c in subject_candidates.candidates(body, f.start, f.end, None)]


def test_candidates_are_whole_words_on_both_sides_of_the_figure() -> None:
    texts = _texts("目前，社区党员32名参与志愿服务，群众满意。", "32名")
    assert "社区党员" in texts and "志愿服务" in texts
    assert not any(re.search(r"[，。\d]", t) for t in texts)


def test_a_short_quotation_is_one_candidate_word() -> None:
    assert "“邻里之家”" in _texts("街道建成15个“邻里之家”服务站。", "15个")


def test_no_candidate_in_a_text_without_words_beside_the_figure() -> None:
    assert _texts("，32个，", "32个") == []


@needs_scorer
def test_a_model_fitted_on_nouns_after_counts_chooses_the_noun_after_a_new_count() -> None:
    train = [
        Example("a", "小区", (_figure("全街道共有32个小区，", "32个"),)),
        Example("b", "驿站", (_figure("今年新建15个驿站，", "15个"),)),
        Example("c", "队伍", (_figure("村里组建了20支队伍，", "20支"),)),
    ]
    weights = train_subjects.fit(train, penalty=1.0)
    held = Example("d", "网格员", (_figure("全镇共培训300名网格员，", "300名"),))
    assert train_subjects.right(held, train_subjects.chosen(held, weights))
