import pytest

from evaluation import authors, reports


def report(byline: str | None, names: list[str], body: str) -> dict:
    return {
        "id": "x",
        "title": "某某社区议事会",
        "subtitle": None,
        "byline": byline,
        "authors": names,
        "body": body,
    }


def test_names_from_the_byline_else_the_bodys_opening() -> None:
    assert authors.report_names(report("（记者 韩予川 通讯员 钟晓岷）", [], "近日。")) == ["韩予川", "钟晓岷"]
    assert authors.report_names(report(None, [], "本报讯（记者 韩予川）近日，某某社区。")) == ["韩予川"]
    assert authors.report_names(report(None, [], "近日，某某社区开展活动。")) == []


def test_score_counts_names_as_multisets() -> None:
    score = authors.Score()
    assert score.add(["韩予川", "钟晓岷"], ["钟晓岷", "韩予川"])
    assert not score.add(["潘语桐"], ["潘语桐", "潘语桐"])
    assert (score.gold, score.found, score.right, score.exact, score.items) == (3, 4, 3, 1, 2)
    assert "precision 0.750" in score.line("x") and "recall 1.000" in score.line("x")


def test_text_lines_leave_out_the_first_paragraph() -> None:
    lines = authors.text_lines(
        report(None, [], "本报讯（记者 韩予川）近日。\n某某社区建起议事厅，居民说事。")
    )
    assert "某某社区议事会" in lines and "居民说事" in lines
    assert not any("韩予川" in x for x in lines)


def test_every_form_reads_back_invented_names(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = [report("（韩予川 钟晓岷）", ["韩予川", "钟晓岷"], "近日。"), report(None, [], "近日。")]
    monkeypatch.setattr(reports, "load", lambda split=None: fake)
    scores = authors.score_forms("dev", verbose=False)
    assert set(scores) == set(authors.FORMS)
    assert all(s.items == 1 for s in scores.values())  # the report without names is not laid out
    missed = [form for form, s in scores.items() if s.right != 2 or s.found != 2]
    assert missed == []


@pytest.mark.skipif(
    not reports.available(), reason=f"{reports.REPORTS} is absent (it lives beside the repository)"
)
def test_dev_reports_hold_their_names() -> None:
    """A regression gate on the dev split (tuned there): most names found, hardly any wrong."""
    score = authors.score_reports("dev", verbose=False)
    assert score.right >= 0.9 * score.gold and score.right >= 0.95 * score.found
