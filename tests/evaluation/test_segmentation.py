"""evaluation.segmentation's held-out runs train only on reports the pages they score do not hold."""

import pytest

from evaluation import segmentation


def test_a_model_scored_on_one_half_of_dev_is_trained_on_the_other() -> None:
    assert segmentation.training_split("dev-b") == "dev-a"
    assert segmentation.training_split("dev-a") == "dev-b"
    assert segmentation.training_split("test") == "dev"


def test_the_shared_sample_pages_stay_segmented_as_their_gold_says(samples) -> None:  # noqa: ANN001
    """Every rule is tuned on simulated pages; the three real sample pages are the check that a rule
    fitted to a generator's habits (a caption printed as a body sentence) does not cost a real page:
    titles F1 1.00, every gold article attached, every author found, no orphan attached."""
    if not any((segmentation.SHARED / "gold").glob("*.json")):
        pytest.skip("the shared samples' gold is absent (it lives beside the repository)")
    totals, results, _ = segmentation.score(segmentation.samples())
    assert len(results) == 3
    assert totals["f1"] == totals["pages"]
    assert totals["attach"] == totals["gold"]
    assert totals["ah"] == totals["an"]
    assert totals["orph"] == 0


def test_families_scores_only_the_layout_families_asked_for(capsys) -> None:  # noqa: ANN001
    from evaluation import reports

    if not reports.available():
        pytest.skip("the shared reports are absent (they live beside the repository)")
    segmentation.main(["--split", "dev", "--pages", "2", "--seed", "7000", "--families", "side_by_side"])
    families = [x.split()[0] for x in capsys.readouterr().out.splitlines() if x.startswith("  ")]
    assert families == ["side_by_side"]


def test_a_candidate_model_folder_is_scored_and_one_without_a_model_refused(tmp_path) -> None:  # noqa: ANN001
    from transforms import line_labels

    try:
        with pytest.raises(line_labels.ModelError, match="missing"):
            segmentation.main(["--split", "dev", "--pages", "1", "--model", str(tmp_path)])
    finally:
        line_labels.use(line_labels.MODEL_DIR)
    assert line_labels.tagger() is not None  # the committed model is back


def test_without_a_split_the_dev_reports_are_scored_never_the_test_ones(capsys) -> None:  # noqa: ANN001
    """A quick run with no --split must not show anyone the test pages: only `make eval` asks for them."""
    from evaluation import reports

    if not reports.available():
        pytest.skip("the shared reports are absent (they live beside the repository)")
    segmentation.main(["--pages", "1", "--seed", "7000", "--families", "side_by_side"])
    total = capsys.readouterr().out.splitlines()[0]
    assert total.split()[:2] == ["main", "dev"]
