"""Shared fixtures. The shared sample pages live outside the repository (../shared/samples);
tests that need them skip with a clear reason where that folder is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")

ROOT = Path(__file__).resolve().parents[1]
# The shared samples and reports beside the repository, or where JICENG_SHARED says (as the evaluations read them)
SHARED = Path(os.environ.get("JICENG_SHARED", ROOT.parent / "shared"))
SAMPLES = SHARED / "samples"
DEMO_INBOX = ROOT / "inbox"


@pytest.fixture(scope="session")
def samples() -> Path:
    if not any(SAMPLES.glob("*.txt")):
        pytest.skip(
            f"shared sample pages not found at {SAMPLES} (they live beside the repository, not in it)"
        )
    return SAMPLES


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect test harness (an ephemeral API) for the whole session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
