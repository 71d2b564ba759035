"""The benchmark's memory sampler: RSS at every sample, the costly PSS only when the tree grew or a
second passed, and still the peak (Linux /proc; skipped elsewhere)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from bench import TreeSampler, steal_seconds, tree_pss_mb, tree_rss_mb  # noqa: E402

pytestmark = pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="needs Linux /proc")

# Holds 200 MB (every page written), says so, and keeps it until its standard input closes.
CHILD = """
import sys
big = bytearray(b"x" * (200 * 2**20))
print("holding", flush=True)
sys.stdin.read()
"""


def test_the_peak_is_caught_with_fewer_pss_readings_than_samples() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    sampler = TreeSampler(proc.pid, every=0.05)
    sampler.start()
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    seen = sampler.samples
    while sampler.samples < seen + 3:  # the sampler has looked at the child holding its memory
        time.sleep(0.01)
    proc.communicate("")
    sampler.done.set()
    sampler.join()
    assert sampler.peak_pss >= 200
    assert sampler.peak_rss >= 200  # read separately from PSS, a moment apart: neither bounds the other
    assert 0 < sampler.pss_readings < sampler.samples


def test_rss_and_pss_of_this_process() -> None:
    me = {os.getpid()}
    assert 0 < tree_pss_mb(me) <= tree_rss_mb(me)
    assert steal_seconds() >= 0
