"""The real reports of `../shared/reports/reports.jsonl`, read at evaluation time (their text never
enters the repository), and their fixed dev/test split.

The split is a pure function of a report's `id`: the first 8 hex digits of sha256(id), as an integer,
modulo 10; below 7 is dev, the rest test. Tune on dev only; test is for the figures in a closing note.
Dev has two fixed halves, dev-a and dev-b (`half_of`): look at the errors of one half and check every
change on the other, to see whether a rule generalises before test is run.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

SHARED = Path(os.environ.get("JICENG_SHARED", Path(__file__).resolve().parents[2] / "shared"))
REPORTS = SHARED / "reports" / "reports.jsonl"
DEV_SHARE = 7  # of 10


def split_of(report_id: str) -> str:
    """'dev' or 'test', fixed by the id alone."""
    bucket = int(hashlib.sha256(report_id.encode()).hexdigest()[:8], 16) % 10
    return "dev" if bucket < DEV_SHARE else "test"


def half_of(report_id: str) -> str:
    """'a' or 'b': the half of dev a report is in, fixed by its id alone (a hash apart from the
    dev/test split's; the same halves as `evaluation.train_lines.half_of`)."""
    return "ab"[int(hashlib.sha256(f"half:{report_id}".encode()).hexdigest()[:8], 16) % 2]


def available() -> bool:
    return REPORTS.is_file()


def load(split: str | None = None, path: Path = REPORTS) -> list[dict]:
    """The reports of one split ('dev', 'test', or a half of dev: 'dev-a', 'dev-b') or all of them
    (None), in file order."""
    reports = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    base, _, half = (split or "").partition("-")
    return [
        r for r in reports if split is None or (split_of(r["id"]) == base and half in ("", half_of(r["id"])))
    ]
