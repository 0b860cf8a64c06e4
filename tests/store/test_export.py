"""Exports of a real coded corpus: GDELT 2.0 rows, Parquet tables, CSV, JSON lines, PLOVER."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json

import duckdb
import pytest

from dyads.errors import StoreError
from dyads.ingest import read_inputs
from dyads.records import Article
from dyads.store import Store
from dyads.store.export import FORMATS, PARQUET_TABLES, export

# The GDELT 2.0 Events table, in the codebook's order.
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{c}" for who in ("Actor1", "Actor2", "Action") for c in _GEO),
    "DATEADDED", "SOURCEURL",
]  # fmt: skip

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip

ARTICLES = [
    # The same shelling reported by two sources a day apart: one cluster of two.
    ("kharkiv-1", "Russian forces shelled Kharkiv on Monday, Ukrainian officials said.",
     dt.date(2022, 3, 8), "https://example.org/kharkiv-1", "Example Wire"),
    ("kharkiv-2", "Russian troops shelled Kharkiv again on Tuesday, the regional governor said.",
     dt.date(2022, 3, 9), "https://example.org/kharkiv-2", "Other Post"),
    ("tokyo", "Japan and the United States condemned North Korea's missile launch in Tokyo on "
     "Tuesday.", dt.date(2022, 3, 9), "https://example.org/tokyo", "Example Wire"),
    ("chicago", "Police arrested dozens of protesters in Chicago on Friday.",
     dt.date(2022, 3, 12), None, "Other Post"),
    ("france", "French police arrested protesters in France on Sunday.",
     dt.date(2022, 3, 14), "https://example.org/france", "Example Wire"),
    ("texas", "Texas police arrested protesters in Texas on Sunday.",
     dt.date(2022, 3, 14), "https://example.org/texas", "Other Post"),
]  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory, coder, example_path):
    articles = [
        Article(id=i, text=text, date=date, url=url, source=source, input=f"wire/{i}.txt")
        for i, text, date, url, source in ARTICLES
    ]
    articles += read_inputs([str(example_path)], 1_000_000)
    corpus = Store.open(tmp_path_factory.mktemp("export") / "c.duckdb")
    corpus.add([coder.code(a) for a in articles])
    corpus.rebuild_clusters(3)
    yield corpus
    corpus.close()


def _count(store: Store, where: str = "TRUE") -> int:
    return store.db.execute(f"SELECT count(*) FROM events WHERE {where}").fetchone()[0]


def _event(store: Store, article_id: str) -> dict:
    """The first event of article `article_id`, as stored."""
    cursor = store.db.execute(
        "SELECT e.* FROM events e JOIN articles a USING (article_key) WHERE a.id = ? "
        "ORDER BY e.event_key LIMIT 1",
        [article_id],
    )
    names = [d[0] for d in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))


def _export_text(store: Store, fmt: str, capsys) -> tuple[int, str]:
    written = export(store, fmt)
    return written, capsys.readouterr().out


@pytest.fixture(scope="module")
def gdelt_rows(store) -> dict[str, dict[str, str]]:
    """GlobalEventID -> the GDELT row as {column: value}."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        export(store, "gdelt")
    return {
        fields[0]: dict(zip(GDELT_COLUMNS, fields, strict=True))
        for fields in (line.split("\t") for line in out.getvalue().splitlines())
    }


# -- gdelt ---------------------------------------------------------------------------------------


def test_gdelt_writes_61_tab_separated_fields_per_event(store, capsys):
    written, text = _export_text(store, "gdelt", capsys)
    lines = text.splitlines()
    assert written == len(lines) == _count(store) > 0
    assert {len(line.split("\t")) for line in lines} == {61}
    assert text.endswith("\n")


def test_gdelt_codes_a_known_event(store, gdelt_rows):
    event = _event(store, "kharkiv-1")
    row = gdelt_rows[str(event["event_key"])]
    day = event["date"]
    assert (row["Day"], row["MonthYear"], row["Year"]) == (
        day.strftime("%Y%m%d"),
        day.strftime("%Y%m"),
        str(day.year),
    )
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("194", "194", "19")
    assert (row["QuadClass"], row["GoldsteinScale"], row["IsRootEvent"]) == ("4", "-10.0", "1")
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == (
        "RUSMIL",
        "RUS",
        "MIL",
    )
    assert row["Actor1Name"] == "RUSSIAN FORCES"
    assert (row["Actor2Code"], row["Actor2CountryCode"]) == ("UKR", "UKR")
    # Reported by two articles of two sources: the cluster's counts.
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("2", "2", "2")
    assert float(row["ActionGeo_Lat"]) == pytest.approx(event["location_lat"])
    assert float(row["ActionGeo_Long"]) == pytest.approx(event["location_lon"])
    assert row["ActionGeo_FeatureID"] == str(event["location_geonames_id"])
    assert row["SOURCEURL"] == "https://example.org/kharkiv-1"
    assert len(row["DATEADDED"]) == 14 and row["DATEADDED"].isdigit()
    unknown = ["AvgTone", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
               "Actor1Type2Code", "Actor2Type1Code", "ActionGeo_ADM2Code"]  # fmt: skip
    unknown += [f"{who}Geo_{c}" for who in ("Actor1", "Actor2") for c in _GEO]
    assert {column: row[column] for column in unknown} == dict.fromkeys(unknown, "")


@pytest.mark.parametrize(
    ("article", "geo_type", "full_name", "country", "adm1", "feature"),
    [
        ("kharkiv-1", "4", "Kharkiv, Ukraine", "UP", "UP07", "706483"),
        ("tokyo", "4", "Tokyo, Japan", "JA", "JA40", "1850147"),
        ("chicago", "3", "Chicago, Illinois, United States", "US", "USIL", "4887398"),
        ("texas", "2", "Texas, United States", "US", "USTX", "TX"),
        ("france", "1", "France", "FR", "FR", "FR"),
    ],
)
def test_gdelt_action_geo_follows_gdelt(
    store, gdelt_rows, article, geo_type, full_name, country, adm1, feature
):
    event = _event(store, article)
    row = gdelt_rows[str(event["event_key"])]
    assert [row[f"ActionGeo_{c}"] for c in _GEO if c not in ("Lat", "Long")] == [
        geo_type,
        full_name,
        country,
        adm1,
        "",
        feature,
    ]
    # GeoNames gives coordinates for cities only.
    assert bool(row["ActionGeo_Lat"]) == (geo_type in ("3", "4"))


def test_gdelt_falls_back_to_the_input_and_to_single_counts(store, gdelt_rows):
    chicago = gdelt_rows[str(_event(store, "chicago")["event_key"])]
    assert chicago["SOURCEURL"] == "wire/chicago.txt"  # no url: the input it was read from
    tokyo = gdelt_rows[str(_event(store, "tokyo")["event_key"])]
    assert (tokyo["NumMentions"], tokyo["NumSources"], tokyo["NumArticles"]) == ("1", "1", "1")


# GDELT's files compute FractionDate as year + ((month - 1) * 30 + day) / 365.
@pytest.mark.parametrize(
    ("day", "fraction"), [("20170819", "2017.6274"), ("20170817", "2017.6219")]
)
def test_gdelt_fraction_date(gdelt_rows, day, fraction):
    assert {r["FractionDate"] for r in gdelt_rows.values() if r["Day"] == day} == {fraction}


def test_gdelt_root_events_are_those_of_the_first_sentence(store, gdelt_rows):
    sentences = dict(store.db.execute("SELECT event_key, sentence FROM events").fetchall())
    roots = {int(k): r["IsRootEvent"] for k, r in gdelt_rows.items()}
    assert roots == {k: "1" if s == 0 else "0" for k, s in sentences.items()}
    assert set(roots.values()) == {"0", "1"}


def test_gdelt_actor_names_are_upper_case_formal_names_of_people(store, gdelt_rows):
    names = {r["Actor1Name"] for r in gdelt_rows.values()} | {
        r["Actor2Name"] for r in gdelt_rows.values()
    }
    assert all(n == n.upper() for n in names)
    assert "JAMES MATTIS" in names  # a person: the formal name, not "US Defense Secretary ..."


# -- parquet -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def parquet_dir(store, tmp_path_factory):
    out = tmp_path_factory.mktemp("parquet") / "corpus"
    assert export(store, "parquet", out) == _count(store)
    return out


@pytest.mark.parametrize("table", PARQUET_TABLES)
def test_parquet_writes_each_table_typed(store, parquet_dir, table):
    path = parquet_dir / f"{table}.parquet"
    assert path.is_file()
    reader = duckdb.connect()
    try:
        count = reader.execute(f"SELECT count(*) FROM '{path}'").fetchone()[0]
        columns = reader.execute(f"DESCRIBE SELECT * FROM '{path}'").fetchall()
    finally:
        reader.close()
    assert count == store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    stored = store.db.execute(f"DESCRIBE {table}").fetchall()
    assert [c[:2] for c in columns] == [c[:2] for c in stored]


def test_parquet_from_a_read_only_store(coder, tmp_path):
    """As `dyads export` opens the corpus."""
    _, text, date, url, source = ARTICLES[0]
    with Store.open(tmp_path / "c.duckdb") as corpus:
        corpus.add([coder.code(Article(id="one", text=text, date=date, url=url, source=source))])
    with Store.open(tmp_path / "c.duckdb", read_only=True) as corpus:
        written = export(corpus, "parquet", tmp_path / "out")
        assert written == _count(corpus) > 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{t}.parquet" for t in PARQUET_TABLES
    )


@pytest.mark.parametrize(
    ("table", "column"),
    [("events", "date"), ("events", "date_end"), ("articles", "date"), ("clusters", "first_date")],
)
def test_parquet_dates_stay_dates(parquet_dir, table, column):
    reader = duckdb.connect()
    try:
        types = dict(
            c[:2]
            for c in reader.execute(
                f"DESCRIBE SELECT * FROM '{parquet_dir / table}.parquet'"
            ).fetchall()
        )
    finally:
        reader.close()
    assert types[column] == "DATE"


# -- csv and jsonl -------------------------------------------------------------------------------


def test_csv_has_a_row_per_event_with_article_and_cluster(store, capsys):
    written, text = _export_text(store, "csv", capsys)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert written == len(rows) == _count(store)
    assert {"event_key", "cameo", "source_code", "date", "article_id", "url", "num_mentions",
            "num_sources", "num_articles"} <= set(rows[0])  # fmt: skip
    shelling = next(r for r in rows if r["article_id"] == "kharkiv-1")
    assert (shelling["source_sectors"], shelling["num_mentions"]) == ("MIL", "2")
    assert dt.date.fromisoformat(shelling["date"])


def test_jsonl_has_an_object_per_event(store, capsys):
    written, text = _export_text(store, "jsonl", capsys)
    records = [json.loads(line) for line in text.splitlines()]
    assert written == len(records) == _count(store)
    keys = {"event_key", "cameo", "plover_type", "source_sectors", "location_lat", "article_id",
            "url", "title", "num_mentions", "num_sources", "num_articles"}  # fmt: skip
    assert all(keys <= set(r) for r in records)
    shelling = next(r for r in records if r["article_id"] == "kharkiv-1")
    assert (shelling["source_sectors"], shelling["num_articles"]) == (["MIL"], 2)


@pytest.mark.parametrize("fmt", ["gdelt", "csv", "jsonl", "plover"])
def test_text_formats_write_to_a_file(store, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    written = export(store, fmt, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert written == len(lines) - (fmt == "csv") > 0


# -- plover --------------------------------------------------------------------------------------


def test_plover_records(store, capsys):
    written, text = _export_text(store, "plover", capsys)
    records = [json.loads(line) for line in text.splitlines()]
    # CAMEO 01 (statements) has no PLOVER type, and no record.
    assert written == len(records) == _count(store, "plover_type IS NOT NULL") > 0
    keys = {"id", "story_id", "date", "event_type", "mode", "context", "actor", "actor_country",
            "actor_sectors", "recipient", "recipient_country", "recipient_sectors", "placename",
            "country", "latitude", "longitude", "geonames_id", "event_text", "source_url",
            "cameo", "goldstein", "quad_code", "num_mentions", "num_articles"}  # fmt: skip
    assert all(keys <= set(r) for r in records)
    assert {r["event_type"] for r in records} <= PLOVER_TYPES
    assert all(dt.date.fromisoformat(r["date"]).isoformat() == r["date"] for r in records)
    shelling = next(r for r in records if r["story_id"] == "kharkiv-1")
    assert shelling["event_type"] == "ASSAULT"
    assert (shelling["actor_country"], shelling["actor_sectors"]) == ("RUS", ["MIL"])
    assert (shelling["placename"], shelling["country"]) == ("Kharkiv", "UKR")
    assert isinstance(shelling["context"], list)
    assert (shelling["num_mentions"], shelling["num_articles"]) == (2, 2)


# -- errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "out", "message"),
    [
        ("xml", None, "unknown export format 'xml'; choose one of " + ", ".join(FORMATS)),
        ("parquet", None, "parquet needs --out DIR"),
    ],
)
def test_export_errors(store, fmt, out, message):
    with pytest.raises(StoreError, match=message):
        export(store, fmt, out)


def test_unwritable_output_is_a_store_error(store, tmp_path):
    with pytest.raises(StoreError, match="cannot write"):
        export(store, "jsonl", tmp_path / "missing" / "events.jsonl")
