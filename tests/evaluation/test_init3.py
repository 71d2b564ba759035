"""The held-out initiative passages of round 22 (evaluation/data/initiative_heldout22.tsv): written
for the purpose, not taken from ../shared, committed before that round's rules changed. Scored by
`evaluation.initiatives_heldout`: recall 87.0% (60/69), precision 93.8% (60/64) before the round's
rules; 91.3% (63/69) and 96.9% (63/65) after."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evaluation import initiatives_heldout

TRADITIONAL = re.compile("[們這對於為說區會與來國裡會議隊員聯]")


def test_the_held_out_file_has_enough_passages_of_each_kind() -> None:
    rows = initiatives_heldout.passages()
    assert len(rows) >= 60
    assert sum(not p.names for p in rows) >= 15  # passages whose quoted words name nothing
    assert sum(bool(TRADITIONAL.search(p.text)) for p in rows) >= 5
    assert all(name and all(name) for p in rows for name in p.names)


def test_a_malformed_row_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "passages.tsv"
    path.write_text("# comment\n社区推出“微心愿”。\n", encoding="utf-8")
    with pytest.raises(ValueError, match=":2:"):
        initiatives_heldout.passages(path)


def test_the_scorer_counts_a_name_inside_a_longer_one_and_an_extra_name(tmp_path: Path) -> None:
    path = tmp_path / "passages.tsv"
    path.write_text("村里成立“石榴红”宣讲团。\t石榴红\n他被称为“活字典”。\t-\n", encoding="utf-8")
    score = initiatives_heldout.score(initiatives_heldout.passages(path))
    assert (score.found, score.annotated) == (1, 1)
    assert score.extracted == score.right == 1


def test_held_out_recall_and_precision_stay_above_their_floors() -> None:
    score = initiatives_heldout.score(initiatives_heldout.passages())
    assert score.found / score.annotated >= 0.88, score.misses
    assert score.right / score.extracted >= 0.95, score.extras
