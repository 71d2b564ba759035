"""Each demo page against its golden output (regenerate with `make golden` and review the diff)."""

import json

import pytest

from tests.golden import golden_path, pages, summarise


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.name)
def test_page_matches_its_golden_output(page) -> None:
    expected = json.loads(golden_path(page).read_text("utf-8"))
    assert json.loads(json.dumps(summarise(page), ensure_ascii=False)) == expected
