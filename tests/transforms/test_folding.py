"""The table-driven NFKC against unicodedata's, on the characters where a table could go wrong."""

import random
import unicodedata

import pytest

from transforms import folding

# Full-width forms, Chinese text, and characters that interact with their neighbours under NFKC:
# combining accents after a letter, a compatibility character that decomposes to letter + accent,
# Hangul compatibility jamo that compose into a syllable, an Indic vowel sign that composes with the
# consonant before it, a character outside the BMP, and CJK compatibility ideographs.
CASES = [
    "社区推行“三访五问”工作法，构建“２＋４＋Ｎ”体系！（记者　林一）",
    "e\u0301 cafe\u0301 \u00e9",
    "\u1e0b\u0323 a\u0323\u0307",  # reordering of two combining marks
    "\u3131\u314f \u3134\u3153\u3139",  # compatibility jamo: NFKC composes them into syllables
    "\u0b47\u0b3e \u0b95\u0bbe",  # vowel signs that compose with the character before them
    "\U00020000𠀀 \ufb01 \u2460 \u32a4 \uf900",
    "",
    "plain ascii",
]


@pytest.mark.parametrize("text", CASES)
def test_same_as_unicodedata(text):
    assert folding.nfkc(text) == unicodedata.normalize("NFKC", text)


def test_same_as_unicodedata_on_random_mixtures():
    table, _ = folding._tables()
    pool = (
        [chr(cp) for cp in list(table)[::7]]  # characters the table changes
        + [chr(cp) for cp in range(0x300, 0x370)]  # combining marks
        + [chr(cp) for cp in range(0x3131, 0x318F)]  # compatibility jamo
        + [chr(cp) for cp in range(0x1100, 0x1200, 3)]  # conjoining jamo
        + list("abcAEIOU社区网格，。、：；！？（）０１２３ＡＢＣ　 \n")
    )
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 12)))
        assert folding.nfkc(text) == unicodedata.normalize("NFKC", text), [hex(ord(c)) for c in text]


def test_chinese_text_takes_the_table():
    _, unsafe = folding._tables()
    assert unsafe.search("街道办，网格员走访１２００户（记者　林一）") is None
    assert unsafe.search("cafe\u0301") is not None
