"""Headlines side by side (session 26, sbs6): a doubled headline beside another whose print the wrap
cut inside a repeat is read once over its lines (`_printed`, `_read_title_text`); a title's gaps are
compared in print width, an ideographic space wider than a space (`_narrower_gaps`). The text is
written for these tests."""

from transforms.articles import _narrower_gaps, _read_title_text
from transforms.lines import Line, repair_line

LEFT = "山河村召开议事会"
RIGHT = "石桥镇举办“乡村振兴”交流会"


def _doubled(text: str) -> str:
    """Each run of characters and each mark printed twice, as a fake bold comes out."""
    out, run = [], ""
    for ch in text:
        if ch.isalnum():
            run += ch
            continue
        out += [run * 2, ch * 2] if run else [ch * 2]
        run = ""
    return "".join(out) + run * 2


def _page_lines(page: str) -> list[Line]:
    out, at = [], 0
    for raw in page.split("\n"):
        below = page[at + len(raw) + 1 :].split("\n", 1)[0]
        out.append(repair_line(Line(raw, range(at, at + len(raw))), below))
        at += len(raw) + 1
    return out


def test_a_doubled_headline_cut_inside_its_repeat_beside_another_reads_once() -> None:
    printed = _doubled(RIGHT)
    cut = printed.index("乡村振兴乡村振") + len("乡村振兴乡村振")  # the wrap cuts inside the repeat
    page = f"{_doubled(LEFT)} {printed[:cut]}\n{printed[cut:]}"
    first, second = _page_lines(page)
    start = first.text.index("石桥镇")
    segment = first.slice(start)
    assert _read_title_text([segment, second], page) == RIGHT


def _title(text: str, page: str) -> Line:
    at = page.index(text)
    return Line(text, range(at, at + len(text)))


def test_an_ideographic_space_is_wider_than_a_space() -> None:
    head = "青石镇微网格化解矛盾\u3000滨河街道志愿 服务独居老人"
    assert _narrower_gaps([_title(head, head)]) == {2}  # the space inside the second headline
