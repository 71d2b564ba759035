"""The data-quality suites: one per staged table, written in code, each expectation marked
`critical` (the file is held back) or `warning` (reported, loaded), with the words a person reads
when it fails. `{value}` is a failing row's value, `{count}` the number of failing rows of that file.

Domain checks that GX has no expectation for (a metric's span matches the body, a percentage is
sane for its subject, an article has a body) are computed as boolean columns by `gate.prepare`
and checked here with `ExpectColumnValuesToBeInSet([True])`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import great_expectations.expectations as gxe

from transforms.articles import CONFIDENCE_WARN
from transforms.script import traditional

CRITICAL, WARNING = "critical", "warning"


@dataclass(frozen=True)
class Check:
    expectation: Any
    severity: str
    reason: str


def _true(column: str) -> Any:
    return gxe.ExpectColumnValuesToBeInSet(column=column, value_set=[True])


@cache
def known_units() -> list[str]:
    raw = resources.files("transforms").joinpath("data/units.txt").read_text("utf-8")
    rows = [line.split() for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    units = {row[2] if len(row) > 2 else row[0] for row in rows}
    # 年 is emitted only for approximate spans of years (1500余年), see transforms/data/durations.txt
    units |= {"%", "年"}
    # a traditional page keeps its units as printed (個, 戶): transforms.page._printed_unit
    return sorted(units | {traditional(u) for u in units})


def file_suite() -> list[Check]:
    return [
        Check(gxe.ExpectColumnValuesToBeNull(column="decode_error"), CRITICAL, "{value}"),
        Check(
            gxe.ExpectColumnValuesToBeBetween(column="cjk_ratio", min_value=0.3),
            CRITICAL,
            "not Chinese text: {value:.0%} of the characters are Chinese",
        ),
        Check(
            gxe.ExpectColumnValuesToBeBetween(column="markup_ratio", max_value=0.15),
            CRITICAL,
            "looks like a web page, not a newspaper page: {value:.0%} of the text is HTML tags",
        ),
        Check(
            gxe.ExpectColumnValuesToBeBetween(column="longest_line", max_value=50_000),
            CRITICAL,
            "one enormous line of {value:,} characters: not a page layout",
        ),
        Check(
            gxe.ExpectColumnValuesToBeBetween(column="articles", min_value=1),
            CRITICAL,
            "no article found on the page",
        ),
        Check(gxe.ExpectColumnValuesToBeUnique(column="file_id"), CRITICAL, "file id is not unique"),
        Check(gxe.ExpectColumnValuesToBeNull(column="repairs"), WARNING, "encoding repaired: {value}"),
        Check(
            gxe.ExpectColumnValuesToNotMatchRegex(column="warnings", regex="orphan headline"),
            WARNING,
            "orphan headline: a headline whose body is not on this page",
        ),
        Check(
            gxe.ExpectColumnValuesToNotMatchRegex(column="warnings", regex="repeated text"),
            WARNING,
            "repeated paragraph removed",
        ),
    ]


def article_suite() -> list[Check]:
    return [
        Check(gxe.ExpectColumnValuesToNotBeNull(column="article_id"), CRITICAL, "an article has no id"),
        Check(gxe.ExpectColumnValuesToBeUnique(column="article_id"), CRITICAL, "article ids repeat: {value}"),
        Check(_true("file_ok"), CRITICAL, "an article points to no file of this run"),
        Check(_true("body_ok"), CRITICAL, "{count} article(s) with an empty body"),
        Check(
            gxe.ExpectColumnValuesToBeBetween(
                column="publish_date_key", min_value=19900101, max_value=20401231
            ),
            CRITICAL,
            "publication date out of the calendar: {value}",
        ),
        Check(
            gxe.ExpectColumnValuesToBeNull(column="unknown_region"),
            CRITICAL,
            "unknown region code {value}",
        ),
        Check(
            gxe.ExpectColumnValuesToNotBeNull(column="title_or_orphan"),
            WARNING,
            "{count} article(s) with no headline found",
        ),
        Check(
            gxe.ExpectColumnValuesToNotBeNull(column="region_or_orphan"),
            WARNING,
            "{count} article(s) with no region",
        ),
        Check(
            gxe.ExpectColumnValuesToNotBeNull(column="byline_or_orphan"),
            WARNING,
            "{count} article(s) with no byline",
        ),
        Check(
            gxe.ExpectColumnValuesToBeBetween(column="confidence", min_value=CONFIDENCE_WARN),
            WARNING,
            "{count} article(s) the segmentation is unsure of (confidence below "
            f"{CONFIDENCE_WARN}): check them first (dim_article.confidence)",
        ),
        Check(
            gxe.ExpectColumnValuesToBeBetween(column="body_chars", min_value=80, max_value=20000),
            WARNING,
            "unusually short or long article: {value} characters",
        ),
    ]


def metric_suite() -> list[Check]:
    return [
        Check(gxe.ExpectColumnValuesToBeUnique(column="metric_id"), CRITICAL, "metric ids repeat: {value}"),
        Check(_true("article_ok"), CRITICAL, "a metric points to no article of this file"),
        Check(_true("span_ok"), CRITICAL, "{count} metric(s) whose raw_text is not the body at its offsets"),
        Check(
            gxe.ExpectColumnValuesToBeBetween(column="value", min_value=-1e15, max_value=1e15),
            CRITICAL,
            "metric value not finite or absurd: {value}",
        ),
        Check(
            gxe.ExpectColumnValuesToBeInSet(column="unit", value_set=known_units()),
            CRITICAL,
            "unknown unit {value}",
        ),
        Check(_true("percent_ok"), CRITICAL, "percentage out of range for its subject: {value}"),
    ]


def author_suite() -> list[Check]:
    return [
        Check(
            gxe.ExpectColumnValuesToMatchRegex(column="name", regex=r"^[\u3400-\u9fff·]{2,6}$"),
            CRITICAL,
            "author name is not a name: {value}",
        ),
        Check(gxe.ExpectColumnValuesToNotBeNull(column="role"), CRITICAL, "author without role"),
    ]


def region_mention_suite() -> list[Check]:
    return [
        Check(
            gxe.ExpectColumnValuesToBeNull(column="unknown_region"),
            CRITICAL,
            "unknown region code {value}",
        )
    ]


def region_suite() -> list[Check]:
    """Townships and communities named under a coded division (transforms/localities.py)."""
    return [
        Check(
            gxe.ExpectColumnValuesToBeInSet(column="level", value_set=["township", "community"]),
            CRITICAL,
            "a place below county level with level {value}",
        ),
        Check(
            gxe.ExpectColumnValuesToMatchRegex(
                column="region_id", regex=r"^\d{6}(?:-[\u3400-\u9fff]{2,12})+$"
            ),
            CRITICAL,
            "malformed locality id {value}",
        ),
        Check(
            gxe.ExpectColumnValuesToBeNull(column="unknown_parent"),
            CRITICAL,
            "a locality under an unknown region {value}",
        ),
    ]


def initiative_suite() -> list[Check]:
    return [
        Check(
            gxe.ExpectColumnValueLengthsToBeBetween(column="name", min_value=1, max_value=30),
            CRITICAL,
            "initiative name empty or too long: {value}",
        ),
        Check(
            gxe.ExpectColumnValuesToBeBetween(column="mentions", min_value=1),
            CRITICAL,
            "initiative with no mention",
        ),
    ]


def term_suite() -> list[Check]:
    """Checked per article (the staged terms summarised: hundreds of rows an article)."""
    return [
        Check(
            gxe.ExpectColumnValuesToBeBetween(column="min_tf", min_value=1),
            CRITICAL,
            "term with no occurrence",
        ),
        Check(
            gxe.ExpectColumnValuesToBeBetween(column="longest_term", max_value=30),
            WARNING,
            "a keyword term of {value} characters (segmentation went wrong?)",
        ),
    ]


def topic_suite(topic_ids: list[str]) -> list[Check]:
    return [
        Check(
            gxe.ExpectColumnValuesToBeInSet(column="topic_id", value_set=topic_ids),
            CRITICAL,
            "unknown topic {value}",
        ),
        Check(
            gxe.ExpectColumnValuesToBeBetween(column="score", min_value=0, max_value=1),
            CRITICAL,
            "topic score out of (0, 1]: {value}",
        ),
    ]
