"""Places below county level: townships and streets (镇, 乡, 街道) and communities and villages
(社区, 村), named under their parent.

They have no national code in the division dataset we ship, so a locality is recognised only where
the page itself ties it to a coded division: printed right after it (`石狮市锦尚镇`,
`合肥经开区海恒社区`, `道里区榆树镇新乡村`). Its id is the parent's code and its name
(`350581-锦尚镇`, `350581-锦尚镇-某某村`), so the same place gets the same id on every page; later
mentions of the same name in the article count too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from transforms.regions import Mention, _regions
from transforms.scanning import occurrences

_TOWNSHIP = r"[\u4e00-\u9fff]{1,5}?(?:街道|镇|乡)"
_COMMUNITY = r"[\u4e00-\u9fff]{1,5}?(?:社区|村)"
_SUFFIX = re.compile(r"(?:街道|镇|乡|社区|村)$")
_AFTER_DIVISION = re.compile(f"(?P<town>{_TOWNSHIP})?(?P<comm>{_COMMUNITY})?")


@dataclass(frozen=True)
class Locality:
    region_id: str
    name: str
    level: str  # township | community
    parent_id: str
    start: int
    end: int


@cache
def _not_places() -> tuple[frozenset[str], tuple[str, ...]]:
    raw = resources.files("transforms").joinpath("data/locality_stopwords.txt").read_text("utf-8")
    lines = [line.split() for line in raw.splitlines() if line[:1] in "=~"]
    exact = frozenset(w for words in lines if words[0] == "=" for w in words[1:])
    inside = tuple(w for words in lines if words[0] == "~" for w in words[1:])
    return exact, inside


def _plausible(name: str | None) -> bool:
    """Not a stop word, and its stem (the name without 街道/镇/乡/社区/村) holds no stop fragment."""
    exact, inside = _not_places()
    stem = _SUFFIX.sub("", name or "")
    return bool(stem) and name not in exact and not any(word in stem for word in inside)


def _after(text: str, m: Mention) -> list[Locality]:
    found = _AFTER_DIVISION.match(text, m.end)
    if found is None or not found.group():  # most divisions are followed by no locality
        return []
    town, comm = found.group("town", "comm")
    town = town if _plausible(town) else None
    comm = comm if _plausible(comm) else None
    out, parent, pos = [], m.region_id, m.end
    if town:
        out.append(Locality(f"{parent}-{town}", town, "township", parent, pos, pos + len(town)))
        parent, pos = out[-1].region_id, pos + len(town)
    if comm and (town or found.start("comm") == m.end):
        out.append(Locality(f"{parent}-{comm}", comm, "community", parent, pos, pos + len(comm)))
    return out


def find_localities(text: str, mentions: list[Mention]) -> list[Locality]:
    """Localities tied to a county or city mention, and every later mention of their names."""
    starts = {m.start for m in mentions}
    deepest = [m for m in mentions if m.end not in starts and _regions()[m.region_id].level != "province"]
    anchored = [loc for m in deepest for loc in _after(text, m)]
    by_name = {loc.name: loc for loc in anchored}
    return [_at(by_name[name], start) for start, name in occurrences(text, by_name)]


def _at(loc: Locality, start: int) -> Locality:
    return Locality(loc.region_id, loc.name, loc.level, loc.parent_id, start, start + len(loc.name))


def region_rows(localities: list[Locality]) -> list[dict]:
    """dim_region rows for the localities (ancestors' names filled from the coded parent)."""
    rows = {}
    for loc in localities:
        coded = _regions()[loc.parent_id.split("-")[0]]
        rows[loc.region_id] = {
            "region_id": loc.region_id,
            "name": loc.name,
            "full_name": coded.full_name + loc.region_id.split("-", 1)[1].replace("-", ""),
            "level": loc.level,
            "parent_id": loc.parent_id,
            "province": coded.province,
            "city": coded.city,
            "county": coded.county,
        }
    return list(rows.values())
