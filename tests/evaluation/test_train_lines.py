"""The line model's training data (evaluation.train_lines): the dev reports' fixed halves, every
generator's pages, and the third generator's line labels put in the main generator's words."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from evaluation import reports, train_lines
from transforms import line_labels

needs_reports = pytest.mark.skipif(
    not reports.available(),
    reason=f"the shared reports are not at {reports.REPORTS} (they live beside the repo)",
)


def test_a_report_is_in_one_half_whatever_else_is_loaded() -> None:
    assert train_lines.half_of("r-001") == train_lines.half_of("r-001")
    assert {train_lines.half_of(f"r-{i:03d}") for i in range(40)} == {"a", "b"}


@needs_reports
def test_the_halves_split_the_dev_reports_and_hold_no_test_report() -> None:
    ids = lambda split: {r["id"] for r in train_lines.reports(split)}  # noqa: E731
    a, b = ids("dev-a"), ids("dev-b")
    assert a and b and not a & b
    assert a | b == ids("dev")
    assert not (a | b) & ids("test")


@needs_reports
@pytest.mark.parametrize("name", train_lines.GENERATORS)
def test_every_generator_gives_pages_with_a_known_label_for_every_line(name: str) -> None:
    if name == "template" and not any(train_lines.generator(name).SAMPLES.glob("*.txt")):
        pytest.skip("the template generator lays out the shared sample pages, which are not here")
    sims = train_lines.simulated("dev-a", 3, 5, None, name)
    assert len(sims) == 3
    for s in sims:
        labels = train_lines.labels_of(name, s)
        assert len(labels) == len(s.text.split("\n"))
        _, ys = train_lines.sequence(s.text, labels, s.gold)
        assert set(ys) <= set(line_labels.LABELS)
        assert "title" in ys and "body" in ys


def test_the_third_generators_marks_datelines_and_repeated_paragraphs_are_named() -> None:
    rows = [
        ("本报讯 近年来，社区组建议事会，", "body"),
        ("每月议一次小区大事。", "body"),
        ("", "blank"),
        ("居民轮流主持议事会的会议，", "body"),
        ("大家说了算。", "body"),
        ("", "blank"),
        ("居民轮流主持议事会的会议，", "body"),
        ("大家说了算。", "body"),
        ("（下转第2版）", "mark"),
    ]
    sim = SimpleNamespace(text="\n".join(t for t, _ in rows), labels=[y for _, y in rows])
    assert train_lines.labels_of("third", sim) == (
        "dateline",
        "body",
        "blank",
        "body",
        "body",
        "blank",
        "noise",
        "noise",
        "continuation",
    )
    # every generator's body line opening with a dateline is a dateline: the report's own reads as one
    assert train_lines.labels_of("alt", sim) == ("dateline", *sim.labels[1:])


def _report(i: int, title: str) -> dict:
    body = f"第{i}个村的村民说，今年的路修好了。我们的议事会每月开一次，大家的事大家商量。\n会上，村民代表提出了{i}条建议。"
    return {"id": f"r-{i:03d}", "title": title, "body": body}


def test_the_headline_ness_model_weighs_words_many_reports_share_and_no_reports_own() -> None:
    titles = [
        "党建引领乡村治理",
        "积分超市引领乡风",
        "议事会引领基层治理",
        "网格治理暖民心",
        "小区治理新路径",
    ]
    pool = [_report(i, t) for i, t in enumerate(titles)]
    model = train_lines.headline_model(pool, 17)
    w = model["weights"]
    assert w["治理"] > 0 and w["引领"] > 0  # in the titles of many reports
    assert w["的"] < 0 and w["，"] < 0  # in running text
    assert "积分" not in w and "网格" not in w  # one report's words
    assert len(model["cuts"]) == 3 and model["cuts"] == sorted(model["cuts"])
    assert model == train_lines.headline_model(pool, 17)  # deterministic


def test_the_folds_split_reports_apart_from_the_halves() -> None:
    ids = [f"r-{i:03d}" for i in range(200)]
    assert {train_lines.fold_of(x) for x in ids} == {"x", "y"}
    same = sum(train_lines.fold_of(x) == "x" and train_lines.half_of(x) == "a" for x in ids)
    assert 20 < same < 80  # about a quarter: the folds cut across the halves


def test_a_run_in_byline_the_column_wrapped_whole_onto_its_own_line_is_labelled_a_byline() -> None:
    """`……建设。` / `（记者 张三）`: printed as a closing byline is, so labelled as one; a byline the wrap
    cut (`……建设。（记者 张` / `三）`) stays in the text's lines (labelling reads them joined)."""
    from evaluation import simulate

    assert (
        simulate._tail_lines(
            ["今年建成议事厅3个，", "服务居民一千余人次。", "（记者 张三）"], "（记者 张三）"
        )
        == 1
    )
    assert (
        simulate._tail_lines(["服务居民一千余人次。", "（记者 张", "三 李四）"], " （记者 张三 李四）") == 2
    )
    assert simulate._tail_lines(["服务居民一千余人次。（记者 张", "三）"], "（记者 张三）") == 0
    assert simulate._tail_lines(["（记者 张三）"], "（记者 张三）") == 0
    assert simulate._tail_lines(["服务居民一千余人次。"], "") == 0


def test_training_lines_are_joined_as_the_labeller_joins_them() -> None:
    """A closing byline the column wrapped is one line when labelled (`articles.printed_lines`): the
    model is trained on it joined too, labelled as its first line, and the lines after keep theirs."""
    page = "社区议事厅建成\n今年建成议事厅3个，服务居民一千余人次。（记者 张\n三 李四）\n\n楼道微治理见实效\n某社区推行楼道长制度。"
    labels = ("title", "body", "body", "blank", "title", "body")
    gold = {"articles": [], "orphan_titles": []}
    items, ys = train_lines.sequence(page, labels, gold)
    assert ys == ["title", "body", "title", "body"]
    assert "byline_tail=True" in items[1]
