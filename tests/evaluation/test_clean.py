"""evaluation.clean: the extractors on each report's own headline and body, scored with the shared
scorer's rules. The real reports live outside the repository (../shared/reports): those tests skip
where they are absent; the scoring itself is tested on a report written here."""

from __future__ import annotations

import pytest

from evaluation import clean, reports

needs_scorer = pytest.mark.skipif(
    not clean.SCORER.is_file(),
    reason=f"the shared scorer is not at {clean.SCORER} (it lives beside the repo)",
)


def _report(**fields) -> dict:
    base = {
        "id": "own-0001",
        "title": "某某县推行“红帆议事”机制",
        "subtitle": None,
        "byline": "（记者 张明）",
        "authors": ["张明"],
        "body": "近日，浙江省湖州市安吉县递铺街道推行“红帆议事”机制。全街道32个小区成立议事会，居民满意率达96%。",
        "province": "浙江省",
        "city": "湖州市",
        "county": "安吉县",
        "metrics": [
            {"value": 32, "unit": "个", "qualifier": None, "text": "32个", "subject": "小区"},
            {"value": 96, "unit": "%", "qualifier": None, "text": "96%", "subject": "居民满意率"},
        ],
        "initiatives": ["红帆议事"],
    }
    return base | fields


@needs_scorer
def test_a_report_whose_facts_are_all_found_scores_full() -> None:
    tally = clean.Tally()
    clean.score(_report(), clean.extract(_report()), tally)
    assert (tally.region, tally.metric_hit, tally.metric_gold, tally.row_ok, tally.rows) == (1, 2, 2, 2, 2)
    assert (tally.subject_hit, tally.init_hit, tally.author_hit) == (2, 1, 1), tally.misses


@needs_scorer
def test_a_wrong_region_a_missed_figure_and_an_extra_row_are_counted() -> None:
    report = _report(county="德清县", metrics=[{"value": 7, "unit": "个", "qualifier": None, "text": "7个"}])
    tally = clean.Tally()
    clean.score(report, clean.extract(report), tally)
    assert tally.region == 0 and (tally.metric_hit, tally.metric_gold) == (0, 1)
    assert (tally.row_ok, tally.rows) == (0, 2)  # 32个 and 96% are not annotated here
    assert any("region" in m for m in tally.misses)


@needs_scorer
def test_a_count_in_chinese_numerals_is_neither_required_nor_wrong() -> None:
    report = _report(
        body="安吉县递铺街道建成三个驿站。",
        metrics=[{"value": 4, "unit": "个", "qualifier": None, "text": "四个", "subject": "驿站"}],
    )
    tally = clean.Tally()
    clean.score(report, clean.extract(report), tally)
    assert (tally.metric_gold, tally.rows) == (0, 0)


def test_authors_come_from_the_printed_byline() -> None:
    assert clean.authors_of("（记者 张明 通讯员 李华）") == ["张明", "李华"]
    assert clean.authors_of(None) == []


@pytest.mark.skipif(not reports.available(), reason=f"no reports at {reports.REPORTS} (outside the repo)")
@needs_scorer
def test_the_extractors_meet_the_bar_on_the_dev_split() -> None:
    """The dev split, the one tuned on (evaluation/clean.py prints both splits)."""
    t = clean.evaluate("dev")
    assert t.reports > 0
    assert t.region / t.reports >= 0.9
    assert t.metric_hit / t.metric_gold >= 0.9 and t.row_ok / t.rows >= 0.9
    assert t.subject_hit / t.subject_gold >= 0.85
    assert t.init_hit / t.init_gold >= 0.8


def test_the_halves_of_dev_split_the_dev_reports_in_two(tmp_path):
    """dev-a and dev-b hold every dev report once, no test report, and the halves train_lines uses."""
    from evaluation import train_lines

    ids = [f"own-{n:04d}" for n in range(60)]
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(f'{{"id": "{i}"}}' for i in ids), encoding="utf-8")
    a, b, dev = ({r["id"] for r in reports.load(split, path)} for split in ("dev-a", "dev-b", "dev"))
    assert a and b and not a & b and a | b == dev
    assert all(train_lines.half_of(i) == "a" for i in a) and all(train_lines.half_of(i) == "b" for i in b)
