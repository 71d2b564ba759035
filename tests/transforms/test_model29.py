"""Training the line model on the blind generators' pages too (experiment B of session 29, not
kept: the committed model is unchanged): a page's lines take the kinds its generator recorded as
labels, and a generator can give fewer training pages than the others."""


def test_training_pages_of_one_generator_can_be_fewer() -> None:
    from evaluation import train_lines

    assert train_lines.pages_of("blind3:150", 500) == ("blind3", 150)
    assert train_lines.pages_of("main", 500) == ("main", 500)


def test_a_blind_page_s_lines_take_their_kinds_as_labels() -> None:
    """blind3-6 record each line's kind: a page whose printed lines match them one for one is a
    training page, every printed line labelled in the main generator's words."""
    import pytest

    from evaluation import reports, train_lines

    if not reports.available():
        pytest.skip("the shared reports are not here")
    pool = train_lines.reports("dev")
    pages = [
        p for p in (train_lines.blind_page("blind6", pool, "rail_bylines", i, 17) for i in range(3)) if p
    ]
    assert pages
    for page in pages:
        rows = page.text.split("\n")
        assert len(page.labels) == len(rows)
        assert all((y == "blank") == (not row.strip()) for y, row in zip(page.labels, rows, strict=True))
        assert {"title", "body"} <= set(page.labels) <= {*train_lines.line_labels.LABELS, "blank"}
