"""The compiled extract modules are used only when built from the very sources in hand."""

from __future__ import annotations

import json
import sys

import pytest

from transforms import compiled


@pytest.fixture
def source(tmp_path):
    folder = tmp_path / "transforms"
    folder.mkdir()
    for name in compiled.MODULES:
        (folder / f"{name}.py").write_text(f"# {name}\n")
    return folder


def _build(tmp_path, source, **changes):
    build = tmp_path / "build"
    build.mkdir(exist_ok=True)
    manifest = {"python": sys.implementation.cache_tag, "modules": compiled.digests(source), **changes}
    (build / "manifest.json").write_text(json.dumps(manifest))
    return build


def test_a_build_of_these_sources_is_used(tmp_path, source, monkeypatch):
    monkeypatch.delenv("JICENG_COMPILED", raising=False)
    assert compiled.why_not(source, _build(tmp_path, source)) is None


def test_an_edited_source_means_the_python_source(tmp_path, source, monkeypatch):
    monkeypatch.delenv("JICENG_COMPILED", raising=False)
    build = _build(tmp_path, source)
    (source / "metrics.py").write_text("# metrics, edited after the build\n")
    assert compiled.why_not(source, build) == "stale: metrics changed since the build"


def test_no_build_another_python_or_turned_off(tmp_path, source, monkeypatch):
    monkeypatch.delenv("JICENG_COMPILED", raising=False)
    assert compiled.why_not(source, tmp_path / "nothing").startswith("no build")
    other = _build(tmp_path, source, python="cpython-0")
    assert compiled.why_not(source, other).startswith("built for cpython-0")
    monkeypatch.setenv("JICENG_COMPILED", "0")
    assert compiled.why_not(source, _build(tmp_path, source)) == "JICENG_COMPILED=0"
