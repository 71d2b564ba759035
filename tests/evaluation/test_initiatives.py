"""evaluation.initiatives: the hand judgements of extracted names and the precision they give. The
judgements are read from the repository; the reports and the shared scorer live beside it
(../shared) and the tests that need them skip where they are absent."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from evaluation import clean, initiatives, reports

needs_scorer = pytest.mark.skipif(
    not clean.SCORER.is_file(),
    reason=f"the shared scorer is not at {clean.SCORER} (it lives beside the repo)",
)
needs_reports = pytest.mark.skipif(
    not reports.available(),
    reason=f"the real reports are not at {reports.REPORTS} (they live beside the repo)",
)
HAN = re.compile(r"[\u4e00-\u9fff]")


def _rows() -> list[dict[str, str]]:
    with initiatives.JUDGEMENTS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_the_judgements_parse_with_a_valid_verdict_each() -> None:
    judgements = initiatives.load_judgements()
    assert judgements
    assert set(judgements.values()) <= set(initiatives.VERDICTS)
    assert all(re.fullmatch(r"[0-9a-f]{12}", name_hash) for _, name_hash in judgements)


def test_reasons_are_short_and_in_our_own_words() -> None:
    for row in _rows():
        assert 0 < len(row["reason"].split()) <= 10, row
        assert not HAN.search(row["reason"]), f"a reason quotes Chinese text: {row}"


@pytest.mark.parametrize(
    "line",
    ["r1\t0123456789ab\tmaybe\ta verdict that is none of the three", "r1\t0123456789ab\tnot"],
)
def test_a_malformed_row_is_an_error(tmp_path: Path, line: str) -> None:
    path = tmp_path / "judgements.tsv"
    path.write_text("\t".join(initiatives.COLUMNS) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=":2:"):
        initiatives.load_judgements(path)


def test_a_name_judged_twice_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "judgements.tsv"
    row = "r1\t0123456789ab\tnot\ta common word"
    path.write_text("\t".join(initiatives.COLUMNS) + f"\n{row}\n{row}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="twice"):
        initiatives.load_judgements(path)


@needs_scorer
def test_precision_counts_annotated_and_coined_names_right_and_sets_unsure_apart() -> None:
    key = initiatives.name_hash
    judgements = {
        ("r1", key("邻里茶话会")): "coined",
        ("r1", key("主人翁")): "not",
        ("r1", key("一体化")): "unsure",
        ("r2", key("三色预警")): "not",  # another report's judgement does not apply
    }
    names = ["红帆议事", "邻里茶话会", "主人翁", "一体化", "三色预警", "红帆议事"]
    count = initiatives.Precision()
    initiatives.tally("r1", names, ["“红帆议事”"], judgements, count)
    assert (count.correct, count.wrong, count.unsure) == (2, 1, 1)
    assert count.unjudged == [f"r1\t{key('三色预警')}\t三色预警"]
    assert count.value() == pytest.approx(2 / 3)


def test_precision_of_nothing_judged_is_none() -> None:
    assert initiatives.Precision(unsure=3).value() is None


@needs_reports
def test_every_judged_report_is_one_of_the_reports() -> None:
    ids = {r["id"] for r in reports.load()}
    assert {report_id for report_id, _ in initiatives.load_judgements()} <= ids


@needs_reports
@needs_scorer
def test_the_command_prints_precision_and_recall(capsys: pytest.CaptureFixture[str]) -> None:
    assert initiatives.main(["--split", "test"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"initiatives precision +\d+\.\d% \(\d+/\d+\)", out)
    assert re.search(r"initiatives recall +\d+\.\d% \(\d+/\d+\)", out)


# --- halves of a split and page noise -------------------------------------------------------------


@needs_reports
def test_the_halves_of_dev_part_it() -> None:
    ids = {r["id"] for r in reports.load("dev")}
    a = {r["id"] for r in initiatives.load("dev", "a")}
    b = {r["id"] for r in initiatives.load("dev", "b")}
    assert a and b and not a & b and a | b == ids


def test_each_noise_prints_a_quoted_name_its_own_way() -> None:
    text = "村里推行“邻里汇”议事制度。\n第二段。"
    printed = {noise: initiatives.printed_as(noise, text, "seed") for noise in initiatives.NOISES}
    assert printed["clean"] == text
    assert "\n" in printed["wrap inside quote"].split("“")[1].split("”")[0]
    assert "”\n议事制度" in printed["wrap after quote"]
    assert "「““邻里汇””」" in printed["stacked marks"]
    assert "鄰里" in printed["traditional"]
    assert '"邻里汇"' in printed["ASCII quotes"]
    assert printed["spaced out"].startswith("村 里 推")
    # every noise keeps the paragraphs apart and is the same for the same seed
    assert all(p.count("\n") >= 1 for p in printed.values())
    assert printed == {noise: initiatives.printed_as(noise, text, "seed") for noise in initiatives.NOISES}
