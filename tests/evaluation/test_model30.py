"""Session 30 (model30): leave-one-layout-out runs restricted to some families, for dev-only checks."""

from __future__ import annotations

from evaluation import segmentation, simulate, train_lines
from transforms import line_labels


def test_lolo_leaves_out_only_the_families_asked_for(monkeypatch) -> None:  # noqa: ANN001
    """`--lolo --families F` trains one model without F on the other half's reports and scores F alone."""
    trained: list[list[str]] = []
    scored: list[tuple] = []
    monkeypatch.setattr(train_lines, "main", lambda argv: trained.append(argv))
    monkeypatch.setattr(line_labels, "use", lambda directory: None)
    monkeypatch.setattr(
        segmentation,
        "simulated_pages",
        lambda split, count, seed, families=None, generator="main": (
            scored.append((split, count, families)) or []
        ),
    )
    monkeypatch.setattr(segmentation, "score", lambda pages: (segmentation._totals([]), [], []))
    segmentation.main(["--split", "dev-b", "--lolo", "--families", "headline_blocks", "--pages", "300"])
    assert len(trained) == 1
    args = dict(zip(trained[0][::2], trained[0][1::2], strict=True))
    assert args["--split"] == "dev-a"
    assert "headline_blocks" not in args["--families"].split(",")
    assert len(args["--families"].split(",")) == len(simulate.FAMILIES) - 1
    assert scored == [("dev-b", 30, ("headline_blocks",))]
