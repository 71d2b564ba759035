"""evaluation.train_initiatives and evaluation.initiative_candidates: the learned decision over
initiative candidates that is compared with the rules. Texts written here; the scorer's matching
rule lives beside the repo (../shared/tools), so the test that needs it skips where it is absent."""

from __future__ import annotations

import pytest

from evaluation import clean, initiative_candidates, train_initiatives
from evaluation.train_initiatives import Example, Report
from transforms.initiatives import prepare

needs_scorer = pytest.mark.skipif(
    not clean.SCORER.is_file(),
    reason=f"the shared scorer is not at {clean.SCORER} (it lives beside the repo)",
)


def _candidates(text: str) -> dict[str, initiative_candidates.Candidate]:
    return {c.name: c for c in initiative_candidates.gather(prepare(text))}


def test_a_team_quoted_before_its_head_is_one_candidate_the_rules_take() -> None:
    found = _candidates("社区组建“青松”志愿服务队，他说：“大家一起来。”")
    team = found["青松志愿服务队"]
    assert {"rule", "after_head"} <= team.signals
    assert "青松" not in found
    assert "rule" not in found["大家一起来。"].signals


def test_the_halves_of_a_paired_name_are_no_candidates_of_their_own() -> None:
    found = _candidates("村里以“小积分”带动“大文明”体系建设。")
    assert "小积分带动大文明" in found and "小积分" not in found and "大文明" not in found


def test_a_text_without_quotes_or_names_has_no_candidates() -> None:
    assert initiative_candidates.gather("") == []
    assert initiative_candidates.gather(prepare("今天天气很好。")) == []


def test_features_of_a_formula_and_of_a_phrase_at_the_text_edges() -> None:
    assert {"plus", "digit", "latin"} <= initiative_candidates.form("1+3+N")
    assert "dict_word" in initiative_candidates.form("朋友")
    text = prepare("“邻里帮”")
    (candidate,) = initiative_candidates.gather(text)
    feats = initiative_candidates.features(text, candidate)
    assert {"b1=", "a1=", "quoted=1"} <= feats


def test_the_scorers_rule_allows_six_more_characters_around_an_annotated_name() -> None:
    assert train_initiatives.hits("青松", "青松志愿服务队")
    assert not train_initiatives.hits("青松", "青松志愿服务队伍成员们")


def test_a_model_fitted_on_one_telling_feature_scores_it_above_the_other() -> None:
    train = [Example(f"r{i}", f"n{i}", frozenset({"x" if i % 2 else "y"}), i % 2) for i in range(8)]
    model = train_initiatives.fit(train, penalty=1.0)
    x, y = Example("s", "a", frozenset({"x"}), None), Example("s", "b", frozenset({"y"}), None)
    assert model.scores([x])[0] > 0 > model.scores([y])[0]


@needs_scorer
def test_a_chosen_name_inside_the_annotated_slack_is_a_hit_and_an_unjudged_extra_is_wrong() -> None:
    report = Report("r", "dev", ("青松",), ())
    chosen = [Example("r", "青松志愿服务队", frozenset(), 1), Example("r", "大家好", frozenset(), 0)]
    got = train_initiatives.score(report, chosen, {})
    assert (got.hit, got.gold, got.correct, got.wrong, got.unjudged) == (1, 1, 0, 2, 2)
