"""The committed line-label model: it loads, labels a small page, and refuses to run when missing
or trained for other features."""

import json
import shutil

import pytest

from transforms import line_features, line_labels
from transforms.lines import repair_line, split_lines

PAGE = """（周泽宁 潘语桐）
西湖区推行“邻里议事角”
本报讯 近年来，杭州市西湖区在老旧小区设立邻里
议事角，由社区党组织牵头，居民轮流主持，每月议
一次小区大事。今年已设立议事角86个。
（韩予川）
"""


def _labelled(page: str) -> line_labels.Labelled:
    raw = split_lines(page)
    return line_labels.label(line_features.frame([repair_line(x) for x in raw], line_features.indents(raw)))


def test_the_model_labels_a_small_page() -> None:
    got = _labelled(PAGE)
    assert got.lines == (0, 1, 2, 3, 4, 5)
    assert got.labels[2] == "dateline" and got.labels[3] == "body"
    assert got.labels[5] == "byline_end"
    assert all(0.0 < c <= 1.0 for c in got.confidence)
    assert set(got.labels) <= set(line_labels.LABELS)


def test_the_model_was_trained_for_these_features() -> None:
    meta = json.loads((line_labels.MODEL_DIR / "model.json").read_text("utf-8"))
    assert meta["features"] == line_features.FEATURES_VERSION
    assert meta["split"] == "dev"


def test_a_missing_model_is_an_error_that_says_how_to_rebuild_it(tmp_path) -> None:
    try:
        line_labels.use(tmp_path)
        with pytest.raises(line_labels.ModelError, match="make train"):
            _labelled(PAGE)
    finally:
        line_labels.use(line_labels.MODEL_DIR)


def test_a_model_for_other_features_is_refused(tmp_path) -> None:
    shutil.copy(line_labels.MODEL_DIR / "model.crfsuite", tmp_path / "model.crfsuite")
    shutil.copy(line_labels.MODEL_DIR / line_features.HEADLINES_FILE, tmp_path / line_features.HEADLINES_FILE)
    meta = json.loads((line_labels.MODEL_DIR / "model.json").read_text("utf-8"))
    (tmp_path / "model.json").write_text(json.dumps(dict(meta, features="other")), "utf-8")
    try:
        line_labels.use(tmp_path)
        with pytest.raises(line_labels.ModelError, match="trained for features other"):
            _labelled(PAGE)
    finally:
        line_labels.use(line_labels.MODEL_DIR)


def test_a_model_trained_with_another_headline_ness_model_is_refused(tmp_path) -> None:
    for name in ("model.crfsuite", "model.json"):
        shutil.copy(line_labels.MODEL_DIR / name, tmp_path / name)
    heads = json.loads((line_labels.MODEL_DIR / line_features.HEADLINES_FILE).read_text("utf-8"))
    heads["cuts"] = [c + 0.01 for c in heads["cuts"]]
    (tmp_path / line_features.HEADLINES_FILE).write_text(json.dumps(heads), "utf-8")
    try:
        line_labels.use(tmp_path)
        with pytest.raises(line_labels.ModelError, match="another headline-ness model"):
            _labelled(PAGE)
    finally:
        line_labels.use(line_labels.MODEL_DIR)


def test_labelling_from_many_threads_gives_each_page_its_own_labels() -> None:
    """Prefect stages batches on task threads: the one model must not mix their pages."""
    from concurrent.futures import ThreadPoolExecutor

    pages = [PAGE, "（钟晓岷）\n" + PAGE, PAGE.replace("（韩予川）\n", "")] * 20
    alone = [_labelled(p) for p in pages]
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(_labelled, pages))
    assert together == alone
