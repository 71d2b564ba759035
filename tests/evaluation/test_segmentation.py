"""evaluation.segmentation's held-out runs train only on reports the pages they score do not hold."""

from evaluation import segmentation


def test_a_model_scored_on_one_half_of_dev_is_trained_on_the_other() -> None:
    assert segmentation.training_split("dev-b") == "dev-a"
    assert segmentation.training_split("dev-a") == "dev-b"
    assert segmentation.training_split("test") == "dev"
