"""What a figure counts (issue 18, round 28). Sentences written for these tests, not taken from
../shared."""

from __future__ import annotations

import pytest

from evaluation import subject_probes
from tests.transforms.figures import subject as _subject


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        # a verb of having after a count says what the things have, no kind of them
        ("该街道19个社区共有楼栋长620名。", "19个", "社区"),
        ("全县126个行政村现有党员9800名。", "126个", "行政村"),
    ],
)
def test_subject_of_a_figure(sentence: str, figure: str, subject: str) -> None:
    assert subject_probes.stated_rule(subject, _subject(sentence, figure))


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        ("全市建成12个矛盾纠纷调解中心。", "12个", "矛盾纠纷调解中心"),  # a lead verb still names a kind
    ],
)
def test_guards(sentence: str, figure: str, subject: str) -> None:
    assert subject_probes.stated_rule(subject, _subject(sentence, figure))
