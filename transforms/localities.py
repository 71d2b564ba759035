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

import rjieba

from transforms import townships
from transforms.regions import Mention, Unresolved, _lineage, _regions, scan
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
    resolved_by: str = "printed"  # printed: after its coded division; township_list: see places()


@cache
def _not_places() -> tuple[frozenset[str], re.Pattern[str]]:
    """The stop words, and a pattern found in every name holding a stop fragment (one search, not
    a substring test per fragment)."""
    raw = resources.files("transforms").joinpath("data/locality_stopwords.txt").read_text("utf-8")
    lines = [line.split() for line in raw.splitlines() if line[:1] in "=~"]
    exact = frozenset(w for words in lines if words[0] == "=" for w in words[1:])
    inside = [w for words in lines if words[0] == "~" for w in words[1:]]
    return exact, re.compile("|".join(map(re.escape, inside)) if inside else "(?!)")


def _plausible(name: str | None) -> bool:
    """Not a stop word, and its stem (the name without 街道/镇/乡/社区/村) holds no stop fragment."""
    exact, inside = _not_places()
    stem = _SUFFIX.sub("", name or "")
    return bool(stem) and name not in exact and inside.search(stem) is None


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
    return Locality(
        loc.region_id, loc.name, loc.level, loc.parent_id, start, start + len(loc.name), loc.resolved_by
    )


def places(text: str, headline_end: int = 0) -> tuple[list[Mention], list[Locality]]:
    """The coded places of ``text`` (``regions.find_mentions``) and its localities: those printed
    right after a coded division (``find_localities``), and townships and streets found in the
    national township list (``transforms.townships``) that resolve to one county (``_county_of``).
    Ambiguous names stay unresolved. ``text[:headline_end]`` is the article's headline."""
    mentions, left = scan(text)
    taken = [(m.start, m.end) for m in mentions]
    named = {m.region_id for m in mentions}
    added: list[Mention] = []
    listed: list[Locality] = []
    for start, end, name in townships.township_names(text):
        if text.startswith("村", end) and not name.endswith("街道"):
            continue  # 振兴乡村, 各镇村: 乡村 and 镇村 are words
        covered = [(s, e) for s, e in taken if s < end and start < e]
        if any(s < start or e > end for s, e in covered) or not _plausible(name):
            continue
        county, how, settles = _county_of(text, start, name, named, left, text[:headline_end])
        if county is None or (covered and how != "prefix"):
            continue
        added += settles
        listed.append(Locality(f"{county}-{name}", name, "township", county, start, end, "township_list"))
        if covered:
            mentions = [m for m in mentions if not start <= m.start < end]
    if added:
        mentions = sorted({m.start: m for m in mentions + added}.values(), key=lambda m: m.start)
    printed = find_localities(text, mentions)
    spans = [(loc.start, loc.end) for loc in printed]
    listed = [loc for loc in listed if not any(s < loc.end and loc.start < e for s, e in spans)]
    return mentions, sorted(printed + listed, key=lambda loc: loc.start)


def _county_of(
    text: str, start: int, name: str, named: set[str], left: list[Unresolved], headline: str = ""
) -> tuple[str | None, str, list[Mention]]:
    """The one coded division holding the township ``name`` at ``start``, how it was found, and
    the mentions that settles. In order: a holder whose name or short form is printed right
    before it, even where the scan took that name for a word (`莒县城阳街道`); one holder under
    the divisions the text names; one holder under the readings of names the text left
    unresolved (`綦江` and a township of 綦江区 settle each other); the only holder in the
    country, where the text names no division, or where ``headline`` names the township (the
    article is about it; the body may name others)."""
    counties = _coded(townships.counties_by_name().get(name, ()))
    before = [(c, w) for c in counties for w in _spellings(c) if text.startswith(w, start - len(w))]
    if len({c for c, _ in before}) == 1:
        county, word = before[0]
        return county, "prefix", [Mention(start - len(word), start, county, word)]
    fits = [c for c in counties if named.intersection(_lineage(c))]
    if len(fits) == 1:
        return fits[0], "named", []
    if fits:
        return None, "", []
    pairs = {(c, w) for c in counties for w in left if set(w.region_ids).intersection(_lineage(c))}
    if len({c for c, _ in pairs}) == 1:
        county = next(iter(pairs))[0]
        return (
            county,
            "unresolved",
            [Mention(w.start, w.end, _reading_of(w, county), w.text) for _, w in pairs],
        )
    alone = not named or name in headline
    if len(counties) == 1 and alone and not rjieba.has_word(name) and _a_word_in(text, start, name):
        return counties[0], "unique", []
    return None, "", []


def _a_word_in(text: str, start: int, name: str) -> bool:
    """The name starts and ends where the words around it do (not 振兴乡 in 实现振兴乡村)."""
    begin = max(0, start - 4)
    bounds: set[int] = set()
    for _, first, last in rjieba.tokenize(text[begin : start + len(name) + 4]):
        bounds.update((first, last))
    return {start - begin, start - begin + len(name)} <= bounds


@cache  # a few thousand codes, asked for at every listed township of every article
def _spellings(code: str) -> tuple[str, ...]:
    region = _regions()[code]
    return tuple(w for w in (region.name, region.short) if w and len(w) >= 2)


def _reading_of(weak: Unresolved, county: str) -> str:
    return next(rid for rid in weak.region_ids if rid in _lineage(county))


def _coded(codes: tuple[str, ...]) -> list[str]:
    """The list's county codes as divisions of our vintage: a code it no longer has (a development
    zone, xx71; a county made a district) is its city's, when that city is coded."""
    regions, out = _regions(), []
    for code in codes:
        coded = code if code in regions else code[:4] + "00"
        if coded in regions and coded not in out:
            out.append(coded)
    return out


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
            "resolved_by": loc.resolved_by,
        }
    return list(rows.values())
