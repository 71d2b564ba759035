"""Printed lines for the segmenter's tests: text written for the tests, laid out as `Line`s carrying
their offsets on the page, as `transforms.lines` reads a page."""

from transforms.articles import Piece, Unit, _bylines_opened, _Reader
from transforms.lines import Line


def lines(*texts: str, gap: int = 1) -> list[Line]:
    """Each text a printed line, the lines one under the other (``gap`` characters after each: a
    newline, or more where the page's offsets must tell lines apart)."""
    out, at = [], 0
    for t in texts:
        out.append(Line(t, range(at, at + len(t))))
        at += len(t) + gap
    return out


def text_lines(text: str) -> list[Line]:
    """The printed lines of a text holding newlines."""
    return lines(*text.split("\n"))


def page(blocks: list[list[str]], spaced: bool = False) -> tuple[str, list[list[Line]]]:
    """The page text and each block's lines with their offsets: blocks set apart by a blank line, or
    (`spaced`) a blank line after every line, as a page extracted with double spacing prints them."""
    text, out = "", []
    for block in blocks:
        found = []
        for t in block:
            found.append(Line(t, range(len(text), len(text) + len(t))))
            text += t + ("\n\n" if spaced else "\n")
        out.append(found)
        if not spaced:
            text += "\n"
    return text, out


def unit_of(page: str, rows: list[int]) -> Unit:
    """A headline unit of the page's lines ``rows`` (their offsets on the page), as the line model
    gave it, to recut or regroup."""
    texts, title, at = page.split("\n"), [], 0
    for k, row in enumerate(texts):
        if k in rows:
            title.append(Line(row, range(at, at + len(row))))
        at += len(row) + 1
    return Unit(title=title, lines=list(title), conf=[0.9], page=page)


def two_reports(head_a: str, text_a: str, head_b: str, text_b: str) -> tuple[list[Unit], list[Piece], list]:
    """A page of two headed reports as the matching sees it: the units, the pieces and their print
    order (`A-head A-text B-head B-text`), each with its position set."""
    page = "\n".join([head_a, text_a, head_b, text_b])
    units = [Unit(title=[Line(t, range(len(t)))], page=page) for t in (head_a, head_b)]
    pieces = [Piece(lines=text_lines(text_a)), Piece(lines=text_lines(text_b))]
    order: list[Piece | Unit] = [units[0], pieces[0], units[1], pieces[1]]
    for k, x in enumerate(order):
        x.pos = k
    return units, pieces, order


def read_labelled(page: list[tuple[str, str]], sure: float = 0.99, opened: bool = False) -> _Reader:
    """A page of (text, label) lines read by the segmenter's reader as the line model labelled them,
    each line as sure as `sure`, each at its own offsets from 0 (`opened`: with bylines printed between
    two texts then given to one of them, `_bylines_opened`)."""
    reader = _Reader("\n".join(t for t, _ in page))
    for text, label in page:
        reader.feed(Line(text, range(len(text))), label, sure)
    reader.finish()
    if opened:
        _bylines_opened(reader.order)
    return reader
