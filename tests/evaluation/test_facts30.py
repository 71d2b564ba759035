"""evaluation.page_facts: a figure found with the wrong subject on an article cut right is listed
and counted by cause, as missed and extra figures are."""

import pytest

from evaluation import reports
from evaluation.page_facts import KINDS, Error, Tally, table


def test_the_table_counts_subject_errors_by_cause():
    tally = Tally(articles=1)
    tally.errors.append(Error("subject", "extractor", "p.txt", "t", "5个: 甲 for 乙"))
    out = table("main", tally)
    assert "subject" in KINDS
    row = next(line for line in out.splitlines() if line.split()[:1] == ["subject"])
    assert row.split()[1:] == ["0", "0", "1", "0"]


@pytest.mark.skipif(not reports.available(), reason="the shared reports are not here")
def test_a_subject_is_right_only_with_the_gold_value_unit_and_subject():
    from evaluation.page_facts import _subject_in
    from transforms.metrics import extract_metrics

    metrics = extract_metrics("社区共有党员126名。")
    assert _subject_in(metrics, {"value": 126, "unit": "名", "subject": "党员"})
    assert not _subject_in(metrics, {"value": 126, "unit": "名", "subject": "居民"})
    assert not _subject_in(metrics, {"value": 12, "unit": "名", "subject": "党员"})
