import codecs

import pytest

from transforms.decoding import decode

PAGE = "本报讯 近日，某某社区坚持党建引领，推动红色物业全覆盖，居民满意度不断提升。\n" * 3
TRAD = "本報訊 近日，某某社區堅持黨建引領，推動紅色物業全覆蓋，居民滿意度不斷提升。\n" * 3


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE.encode("utf-16"), "utf-16"),
        (PAGE.encode("gb18030"), "gb18030"),
        (TRAD.encode("big5"), "big5"),
    ],
)
def test_each_encoding_decodes_to_the_same_text(raw: bytes, encoding: str) -> None:
    out = decode(raw)
    assert out.error is None
    assert out.encoding == encoding
    assert out.text.strip() == (TRAD if encoding == "big5" else PAGE).strip()


def test_a_last_character_cut_in_half_is_dropped_not_fatal() -> None:
    out = decode(PAGE.encode("utf-8")[:-2])
    assert out.error is None and "truncated" in out.repairs[0]


def test_mojibake_is_repaired() -> None:
    out = decode(PAGE.encode("utf-8").decode("latin-1").encode("utf-8"))
    assert out.text.strip() == PAGE.strip()
    assert any("mojibake" in r for r in out.repairs)


def test_mixed_lines_are_decoded_line_by_line() -> None:
    out = decode(PAGE.encode("gb18030") + PAGE.encode("utf-8"))
    assert out.encoding == "mixed utf-8/gb18030"
    assert out.text.count("红色物业") == 6


@pytest.mark.parametrize(("raw", "words"), [(b"", "empty"), (b"\x89PNG\x00\x00\x01", "binary")])
def test_unreadable_input_comes_back_with_a_reason(raw: bytes, words: str) -> None:
    out = decode(raw)
    assert out.text == "" and words in out.error
