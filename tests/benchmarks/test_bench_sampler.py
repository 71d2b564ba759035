"""The benchmark's memory sampler: RSS at every sample, the costly PSS only when the tree grew or a
second passed, and still the peak (Linux /proc; skipped elsewhere)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from bench import TreeSampler, steal_seconds, tree_pss_mb, tree_rss_mb  # noqa: E402

pytestmark = pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="needs Linux /proc")

# Holds ~30 MB for a while, then 200 MB more (every page touched), then exits.
CHILD = """
import time
small = bytearray(30 * 2**20)
time.sleep(1.2)
big = bytearray(200 * 2**20)
time.sleep(0.6)
"""


def test_the_peak_is_caught_with_fewer_pss_readings_than_samples() -> None:
    proc = subprocess.Popen([sys.executable, "-c", CHILD])
    sampler = TreeSampler(proc.pid, every=0.05)
    sampler.start()
    proc.wait()
    sampler.done.set()
    sampler.join()
    assert sampler.peak_pss >= 200
    assert sampler.peak_rss >= sampler.peak_pss
    assert 0 < sampler.pss_readings < sampler.samples


def test_rss_and_pss_of_this_process() -> None:
    import os

    me = {os.getpid()}
    assert 0 < tree_pss_mb(me) <= tree_rss_mb(me)
    assert steal_seconds() >= 0
