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
      event's location, whichever rule found it (its sentence, the dateline or an actor's
      country). Type 1 country, 2 US state, 3 US city, 4 other city, 5 other state; 0 and empty
      for a continent or world region, which GDELT has no type for. FullName "City, State,
      Country" with the city's first-order division (a US state, a province elsewhere: GeoNames'
      name from data/places/admin1.tsv), "State, Country" for states, the country name for
      countries. CountryCode: the FIPS 10-4 code GDELT uses ("UP" Ukraine, "JA" Japan, "UK"
      United Kingdom), not ISO. ADM1Code: FIPS country + the GeoNames admin1 code ("UP07",
      "USIL"); the FIPS country for a country. ADM2Code: empty. Lat/Long: the city's
      coordinates, a country's centroid (none for US states). FeatureID: the GeoNames id of a
      city (GDELT's own ids are GNS/GNIS ids), the state code of a state and the FIPS code of a
      country, as GDELT does.
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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import duckdb
from countryinfo import all_countries

from ..actors.lexicon import known_groups, sector_labels, split_code
from ..errors import ConfigError, StoreError
from ..geo import CAMEO_FROM_ISO, admin1_name, country_name, geonames
from .db import SOURCE_NAME, Store

FORMATS = ("gdelt", "mentions", "polecat", "polecat-json", "parquet", "csv", "jsonl", "plover")
PARQUET_TABLES = ("articles", "actors", "events", "quotes", "stances", "clusters")

_BATCH = 1000
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


# -- polecat -------------------------------------------------------------------------------------

# POLECAT's columns, in the order of its published weekly TSV files.
POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country",
    "Recipient COW", "Primary Recipient Sector", "Recipient Sectors", "Recipient Title",
    "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City", "District", "Province",
    "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source",
    "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language",
    "Version",
)  # fmt: skip
# dyads' place types as GeoNames feature codes, which POLECAT's Feature Type gives.
_FEATURE_CODES = {"city": "PPL", "admin1": "ADM1", "country": "PCLI"}


def _feature_code(kind: str | None, geonames_id: int | None) -> str | None:
    """GeoNames' feature code of a place: a region is a continent (`CONT`) when GeoNames has it
    as one (it then has a GeoNames id), else a region (`RGN`)."""
    if kind == "region":
        return "CONT" if geonames_id is not None else "RGN"
    return _FEATURE_CODES.get(kind or "")


def _write_polecat(store: Store, stream: IO[str]) -> int:
    stream.write("\t".join(POLECAT_COLUMNS) + "\n")
    written = 0
    for record in _polecat_records(store):
        fields = [_polecat_text(record[c]) for c in POLECAT_COLUMNS]
        stream.write("\t".join(_BREAKS.sub(" ", f) for f in fields) + "\n")
        written += 1
    return written


def _write_polecat_json(store: Store, stream: IO[str]) -> int:
    return _write_json_lines(stream, _polecat_records(store))


def _polecat_text(value: Any) -> str:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return _text(value)


def _polecat_records(store: Store) -> Iterator[dict[str, Any]]:
    """POLECAT records (one per report, as POLECAT's are) of the events with a PLOVER type."""
    from .. import __version__

    names, rows = _query(
        store,
        f"""
        WITH story AS (
            SELECT article_key,
                   list(DISTINCT name ORDER BY name) FILTER (WHERE kind = 'person') AS people,
                   list(DISTINCT name ORDER BY name) FILTER (WHERE kind = 'organization')
                       AS organizations
            FROM actors GROUP BY article_key
        ), places AS (
            SELECT article_key, list(DISTINCT location_name ORDER BY location_name) AS locations
            FROM events WHERE location_name IS NOT NULL GROUP BY article_key
        )
        SELECT e.event_key, e.date, e.plover_type, e.plover_mode, e.goldstein, e.quad_class,
               e.plover_context, s.name AS source_name, e.source_text, e.source_country,
               e.source_sectors, s.entry AS source_entry, t.name AS target_name, e.target_text,
               e.target_country, e.target_sectors, t.entry AS target_entry, e.location_name,
               e.location_type, e.location_admin1, e.location_country, e.location_lat,
               e.location_lon, e.location_geonames_id, {SOURCE_NAME} AS publisher, a.date AS
               published, y.people, y.organizations, p.locations, a.place
        {_EVENTS_FROM} {_ROLE_ACTORS}
        LEFT JOIN story y ON y.article_key = e.article_key
        LEFT JOIN places p ON p.article_key = e.article_key
        WHERE e.plover_type IS NOT NULL
        ORDER BY e.event_key
        """,
    )
    labels = sector_labels()
    cow, gw = _cow_codes(), _gleditsch_ward_codes()
    for row in rows:
        r = dict(zip(names, row, strict=True))
        record: dict[str, Any] = {
            "Event ID": str(r["event_key"]),
            "Event Date": r["date"],
            "Event Type": r["plover_type"],
            "Event Mode": r["plover_mode"] or None,
        }
        # dyads ships no PLOVER intensity table: the CAMEO code's Goldstein score, on the same
        # -10 (most conflictual) to +10 scale, stands in.
        record["Intensity"] = r["goldstein"]
        record["Quad Code"] = r["quad_class"]
        record["Contexts"] = [
            c.strip() for c in (r["plover_context"] or "").split(";") if c.strip()
        ]
        for role, prefix in (("source", "Actor"), ("target", "Recipient")):
            country = _iso3(r[f"{role}_country"])
            sectors = [labels.get(s, s).title() for s in r[f"{role}_sectors"] or ()]
            record[f"{prefix} Name"] = r[f"{role}_name"]
            record[f"{prefix} Country"] = country
            record[f"{prefix} COW"] = cow.get(country or "")
            record[f"Primary {prefix} Sector"] = sectors[0] if sectors else None
            record[f"{prefix} Sectors"] = sectors
            record[f"{prefix} Title"] = _title(r[f"{role}_entry"])
            record[f"{prefix} Name Raw"] = r[f"{role}_text"]
            record[f"Wikipedia {prefix} ID"] = None  # dyads links no actor to Wikipedia
        kind = r["location_type"]
        record.update({
            "Placename": r["location_name"],
            "City": r["location_name"] if kind == "city" else None,
            "District": None,  # dyads resolves no second-level divisions
            "Province": (r["location_name"] if kind == "admin1" else
                         admin1_name(r["location_country"], r["location_admin1"])),
            "Country": _iso3(r["location_country"]),
            "Latitude": r["location_lat"],
            "Longitude": r["location_lon"],
            "GeoNames ID": r["location_geonames_id"],
            "Raw Placename": r["location_name"],
            "Feature Type": _feature_code(kind, r["location_geonames_id"]),
            "Source": r["publisher"],
            "Publication Date": r["published"],
            "Story People": r["people"] or [],
            "Story Organizations": r["organizations"] or [],
            "Story Locations": sorted({*(r["locations"] or []), *filter(None, [r["place"]])}),
            "Language": "en",
            "Version": f"dyads {__version__}",
        })  # fmt: skip
        # Beyond POLECAT's columns (the JSON records only): Gleditsch and Ward state numbers.
        record["Actor GW"] = gw.get(record["Actor Country"] or "")
        record["Recipient GW"] = gw.get(record["Recipient Country"] or "")
        yield record


def _title(entry: str | None) -> str | None:
    """The role an actor was named by ("role:role.foreign-minister" -> "foreign minister")."""
    if not entry or "role." not in entry:
        return None
    return entry.rsplit("role.", 1)[1].split("+")[0].replace("-", " ")


@functools.cache
def _cow_codes() -> dict[str, int]:
    """ISO 3166 alpha-3 -> Correlates of War country number, from the countrycode library."""
    return _country_numbers("cown")


@functools.cache
def _gleditsch_ward_codes() -> dict[str, int]:
    """ISO 3166 alpha-3 -> Gleditsch and Ward state number, from the countrycode library."""
    return _country_numbers("gwn")


def _country_numbers(scheme: str) -> dict[str, int]:
    # Imported here: countrycode reads its tables on import, which only these exports need. It
    # is an optional extra because it is GPL-3.0 and dyads is MIT; no permissively licensed,
    # maintained library carries COW and Gleditsch-Ward numbers.
    try:
        from countrycode import countrycode
    except ImportError:
        raise ConfigError(
            "the POLECAT exports' COW and Gleditsch-Ward numbers need the countrycode library "
            "(GPL-3.0): pip install 'dyads[polecat]'"
        ) from None

    codes = sorted({c["iso3"] for c in geonames().get_countries().values()})
    numbers = countrycode(codes, origin="iso3c", destination=scheme)
    return {iso: int(n) for iso, n in zip(codes, numbers, strict=True) if n is not None}


# -- gdelt ---------------------------------------------------------------------------------------

# One row per event cluster: the cluster's first report (its lowest event key: the first stored)
# with the cluster's counts. An event outside any cluster (clusters not rebuilt since it was
# stored) is a cluster of its own. NumMentions counts every report, several in one article
# included; NumSources the distinct sources; NumArticles the distinct articles (GDELT's
# definitions).
_CLUSTERS = f"""
WITH reports AS (
    SELECT e.event_key, e.article_key, coalesce(e.cluster_id, -e.event_key) AS cluster,
           {SOURCE_NAME} AS source_name
    FROM events e JOIN articles a USING (article_key)
)
SELECT cluster, min(event_key) AS first_key, count(*) AS num_mentions,
       count(DISTINCT source_name) AS num_sources, count(DISTINCT article_key) AS num_articles
FROM reports GROUP BY cluster
"""


def _write_gdelt(store: Store, stream: IO[str]) -> int:
    names, rows = _query(
        store,
        f"""
        WITH clustered AS ({_CLUSTERS})
        SELECT e.event_key, e.article_key, e.date, e.sentence, e.trigger_start, e.cameo, e.root,
               e.quad_class, e.goldstein,
               e.source_code, s.name AS source_name, s.kind AS source_kind,
               s.entry AS source_entry, e.source_country, e.source_sectors,
               e.target_code, t.name AS target_name, t.kind AS target_kind,
               t.entry AS target_entry, e.target_country, e.target_sectors,
               k.num_mentions, k.num_sources, k.num_articles,
               e.location_type, e.location_name, e.location_country, e.location_admin1,
               e.location_lat, e.location_lon, e.location_geonames_id,
               a.ingested_at, coalesce(a.url, a.input) AS source_url, a.text
        FROM clustered k JOIN events e ON e.event_key = k.first_key
        JOIN articles a USING (article_key) {_ROLE_ACTORS}
        ORDER BY e.event_key
        """,
    )
    written = 0
    leads = _Leads()
    for row in rows:
        r = dict(zip(names, row, strict=True))
        r["is_root"] = leads.in_lead(r["article_key"], r.pop("text"), r["trigger_start"],
                                     r["sentence"])  # fmt: skip
        stream.write("\t".join(_BREAKS.sub(" ", f) for f in _gdelt_fields(r)) + "\n")
        written += 1
    return written


class _Leads:
    """Whether an event is in its article's lead paragraph (GDELT's IsRootEvent), computing
    each article's lead once."""

    # A text without paragraph breaks (JSONL stories often come flattened) has its first two
    # sentences as lead: a news lead paragraph runs one or two sentences.
    _FLAT_LEAD_SENTENCES = 2

    def __init__(self) -> None:
        self._article: int | None = None
        self._end: int | None = None

    def in_lead(self, article_key: int, text: str, start: int | None, sentence: int | None) -> bool:
        if article_key != self._article:
            self._article, self._end = article_key, lead_end(text)
        if self._end is None:
            return sentence is not None and sentence < self._FLAT_LEAD_SENTENCES
        return start is not None and start < self._end


_PARAGRAPH = re.compile(r"[^\n]+")
# A paragraph of body text has a sentence in it: headlines, bylines, date and dateline lines
# above the lead have neither the length nor the closing stop.
_BODY_MIN_WORDS = 8


def lead_end(text: str) -> int | None:
    """The character offset where the lead paragraph of `text` ends: the first line of body text
    (at least eight words, ending a sentence). None when the text has no paragraph break after
    its lead (the whole text is one paragraph)."""
    for paragraph in _PARAGRAPH.finditer(text):
        words = paragraph.group().split()
        if len(words) >= _BODY_MIN_WORDS and words[-1][-1:] in ".!?\"”'’)":
            return paragraph.end() if text[paragraph.end() :].strip() else None
    return None


def _gdelt_fields(r: dict[str, Any]) -> list[str]:
    day: dt.date | None = r["date"]
    cameo: str = r["cameo"]
    added: dt.datetime | None = r["ingested_at"]
    return [
        str(r["event_key"]),
        *(_gdelt_dates(day) if day else [""] * 4),
        *_gdelt_actor(r, "source"),
        *_gdelt_actor(r, "target"),
        "1" if r["is_root"] else "0",
        cameo,
        cameo[:3],
        r["root"],
        _text(r["quad_class"]),
        _text(r["goldstein"]),
        str(r["num_mentions"]),
        str(r["num_sources"]),
        str(r["num_articles"]),
        "",  # AvgTone: dyads measures no tone
        *_NO_GEO,  # Actor1Geo_*: dyads places events, not actors
        *_NO_GEO,  # Actor2Geo_*
        *_gdelt_geo(r),
        _timestamp(added),
        _text(r["source_url"]),
    ]


# GDELT writes Type 0 and leaves the rest empty for an actor or action it could not place.
_NO_GEO = ["0", *[""] * 7]


def _gdelt_dates(day: dt.date) -> list[str]:
    fraction = day.year + ((day.month - 1) * 30 + day.day) / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def _gdelt_actor(r: dict[str, Any], role: str) -> list[str]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
    Type1Code, Type2Code, Type3Code, broken out of the actor's CAMEO code as GDELT does."""
    code: str | None = r[f"{role}_code"]
    country: str | None = r[f"{role}_country"]
    if code is None and r[f"{role}_name"] is None:
        return [""] * 10
    parts = split_code(code)[1] if code else tuple(r[f"{role}_sectors"] or ())
    known = _known_group(code)
    types = [p for p in parts if p not in _GROUP_SECTORS][:3]
    return [
        _text(code),
        _gdelt_name(r[f"{role}_name"], r[f"{role}_kind"], r[f"{role}_entry"], country).upper(),
        _text(country),
        known,
        "",  # EthnicCode, Religion1Code, Religion2Code: dyads codes none of them
        "",
        "",
        *types,
        *[""] * (3 - len(types)),
    ]


# Known-group codes that data/sectors.tsv also admits as sectors (older lexicons wrote them so).
_GROUP_SECTORS = frozenset({"UNO", "AMN", "IRC", "GRP"})


def _known_group(code: str | None) -> str:
    """The first three-letter part of `code` that is a CAMEO known group: IGOUNOPKO -> UNO."""
    if not code:
        return ""
    groups = known_groups()
    country = split_code(code)[0]
    rest = code[3:] if country else code
    return next((rest[i : i + 3] for i in range(0, len(rest), 3) if rest[i : i + 3] in groups), "")


def _gdelt_name(name: str | None, kind: str | None, entry: str | None, country: str | None) -> str:
    """GDELT's actor name: a person's or organisation's formal name, the country for a state
    actor (GDELT's geographic match: "Russian forces" is RUSSIA), the sector for a group known
    by its sector ("POLICE"), never the pronoun or words that pointed at the actor."""
    if kind == "state" and country and not (entry or "").startswith("territory."):
        return _short_country_names().get(country) or country_name(country)
    return name or (country_name(country) if country else "")


def _gdelt_geo(r: dict[str, Any]) -> list[str]:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID of the event's
    location."""
    kind: str | None = r["location_type"]
    country: str | None = r["location_country"]
    if kind is None or country is None:
        # GDELT has no geo type for a continent or world region: such an event is unplaced there.
        return list(_NO_GEO)
    fips = _fips_codes().get(country, "")
    admin1: str = r["location_admin1"] or ""
    name: str = r["location_name"]
    nation = country_name(country)
    in_us = country == "USA"
    lat, lon = r["location_lat"], r["location_lon"]
    if kind == "country":
        geo_type, full_name, adm1, feature = "1", nation, fips, fips
        lat, lon = _centroids().get(country, (None, None))
    elif kind == "admin1":
        geo_type, full_name = ("2" if in_us else "5"), f"{name}, {nation}"
        adm1 = _adm1(fips, country, admin1)
        feature = adm1
    else:
        state = admin1_name(country, admin1)
        geo_type = "3" if in_us else "4"
        full_name = ", ".join(p for p in (name, state, nation) if p)
        adm1 = _adm1(fips, country, admin1)
        feature = _text(r["location_geonames_id"])
    return [
        geo_type,
        full_name,
        fips,
        adm1,
        "",  # ADM2Code: GAUL codes, which dyads lacks
        _text(lat),
        _text(lon),
        feature,
    ]


# Countries whose GeoNames admin1 codes are not FIPS 10-4 codes (GeoNames' readme: ISO codes for
# Switzerland, Belgium and Montenegro; "ENG", "SCT"... for the United Kingdom; INSEE region
# numbers for France since 2016). GDELT writes the FIPS code; dyads writes the country alone there
# rather than a wrong division. The US keeps its state code, which is GDELT's own convention.
_ADM1_NOT_FIPS = frozenset({"CHE", "BEL", "MTN", "GBR", "FRA"})


def _adm1(fips: str, country: str, admin1: str) -> str:
    if not admin1 or country in _ADM1_NOT_FIPS:
        return fips
    return fips + admin1


@functools.cache
def _fips_codes() -> dict[str, str]:
    """CAMEO country code -> FIPS 10-4 country code (GDELT's geographic country codes)."""
    countries = geonames().get_countries()
    return {
        CAMEO_FROM_ISO.get(c["iso3"], c["iso3"]): c["fips"] for c in countries.values() if c["fips"]
    }


@functools.cache
def _short_country_names() -> dict[str, str]:
    """CAMEO country code -> GeoNames' short English name ("Russia", "South Korea"), the names
    GDELT writes."""
    countries = geonames().get_countries()
    return {CAMEO_FROM_ISO.get(c["iso3"], c["iso3"]): c["name"] for c in countries.values()}


@functools.cache
def _centroids() -> dict[str, tuple[float, float]]:
    """CAMEO country code -> the country's reference point (latitude, longitude), from
    countryinfo, for country-level places (GDELT gives a country's centroid)."""
    out: dict[str, tuple[float, float]] = {}
    for country in all_countries():
        latlng = country.latlng()
        iso3 = country.iso(3)
        if isinstance(iso3, str) and latlng and len(latlng) == 2:
            out.setdefault(CAMEO_FROM_ISO.get(iso3, iso3), (float(latlng[0]), float(latlng[1])))
    return out




# -- mentions ------------------------------------------------------------------------------------


def _write_mentions(store: Store, stream: IO[str]) -> int:
    """GDELT 2.0's Mentions table: one row per report of an event cluster."""
    names, rows = _query(
        store,
        f"""
        WITH clustered AS ({_CLUSTERS}),
        reports AS (
            SELECT e.event_key, coalesce(e.cluster_id, -e.event_key) AS cluster
            FROM events e
        )
        SELECT k.first_key, f.ingested_at AS event_added, a.ingested_at, a.url,
               coalesce(a.url, a.input) AS identifier, {SOURCE_NAME} AS source_name,
               e.sentence, e.source_start, e.target_start, e.trigger_start, e.confidence,
               length(a.text) AS doc_len
        FROM reports r JOIN clustered k USING (cluster)
        JOIN events e ON e.event_key = r.event_key
        JOIN articles a ON a.article_key = e.article_key
        JOIN events first ON first.event_key = k.first_key
        JOIN articles f ON f.article_key = first.article_key
        ORDER BY k.first_key, e.event_key
        """,
    )
    written = 0
    for row in rows:
        r = dict(zip(names, row, strict=True))
        fields = [
            str(r["first_key"]),
            _timestamp(r["event_added"]),
            _timestamp(r["ingested_at"]),
            # 1 WEB: the identifier is a url; 2 CITATIONONLY: the input it was read from.
            "1" if r["url"] else "2",
            _text(r["source_name"]),
            _text(r["identifier"]),
            _text(r["sentence"] + 1 if r["sentence"] is not None else None),
            _offset(r["source_start"]),
            _offset(r["target_start"]),
            _offset(r["trigger_start"]),
            # dyads codes the text as written; GDELT's 0 marks events found only in rewritten text.
            "1",
            str(round((r["confidence"] or 0) * 100)),
            _text(r["doc_len"]),
            "",  # MentionDocTone: dyads measures no tone
            "",  # MentionDocTranslationInfo: the text is read as given (English)
            "",  # Extras
        ]
        stream.write("\t".join(_BREAKS.sub(" ", f) for f in fields) + "\n")
        written += 1
    return written


def _timestamp(value: dt.datetime | None) -> str:
    return value.strftime("%Y%m%d%H%M%S") if value else ""


def _offset(value: int | None) -> str:
    """A character offset; GDELT writes -1 for an actor it did not find."""
    return "-1" if value is None else str(value)


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
    "mentions": _write_mentions,
    "polecat": _write_polecat,
    "polecat-json": _write_polecat_json,
    "csv": _write_csv,
    "jsonl": _write_jsonl,
    "plover": _write_plover,
}
