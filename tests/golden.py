"""Golden outputs of whole pages: what segmentation and extraction make of each demo page.

    python -m tests.golden --regenerate      (or `make golden`)

rewrites tests/fixtures/golden/*.json; `tests/transforms/test_golden.py` compares against them, so
every change of output is a reviewed diff. Only the project's own demo pages have golden files:
outputs of the shared sample pages would copy their text into the repository.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from transforms.page import stage_page

ROOT = Path(__file__).resolve().parents[1]
INBOX = ROOT / "inbox"
GOLDEN = ROOT / "tests" / "fixtures" / "golden"


def summarise(path: Path) -> dict:
    page = stage_page(str(path.relative_to(INBOX)), path.read_bytes())
    f = page.frames
    authors = f["author"].group_by("article_id").agg("name", "role")
    metrics = f["metric"].group_by("article_id").agg("raw_text", "value", "unit", "qualifier")
    inits = f["initiative"].group_by("article_id").agg("name")
    arts = (
        f["article"]
        .join(authors, on="article_id", how="left")
        .join(metrics, on="article_id", how="left")
        .join(inits.rename({"name": "initiatives"}), on="article_id", how="left")
        .sort("seq")
    )
    keep = [
        "seq",
        "kind",
        "kicker",
        "title",
        "subtitle",
        "dateline",
        "primary_region_id",
        "char_count",
        "name",
        "role",
        "raw_text",
        "value",
        "unit",
        "qualifier",
        "initiatives",
    ]
    return {
        "file": path.name,
        "encoding": f["file"]["encoding"][0],
        "warnings": f["file"]["warnings"][0],
        "articles": arts.select(keep).to_dicts(),
    }


def pages() -> list[Path]:
    return sorted(INBOX.rglob("*.txt"))


def golden_path(page: Path) -> Path:
    return GOLDEN / (page.stem + ".json")


def main(argv: list[str]) -> int:
    if "--regenerate" not in argv:
        print(__doc__)
        return 2
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for page in pages():
        golden_path(page).write_text(
            json.dumps(summarise(page), ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
        print("wrote", golden_path(page).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
