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
from dyads.store.export import FORMATS, PARQUET_TABLES, POLECAT_COLUMNS, export

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
     dt.date(2022, 3, 20), "https://example.org/texas", "Other Post"),
    ("un", "The United Nations condemned North Korea's missile launch on Monday.",
     dt.date(2022, 3, 7), "https://www.example.com/un", None),
    # "It" is Ukraine: the actor's name, never the pronoun.
    ("pronoun", "Ukraine accused Russia of war crimes on Monday. It also condemned Russia's "
     "shelling of Kharkiv.", dt.date(2022, 3, 7), "https://example.org/pronoun", "Example Wire"),
    # Headline, date and dateline lines, then the lead paragraph, then the body.
    # A show of force has no target: GDELT's mentions give -1 for the actor not found.
    ("alert", "The Peruvian army went on alert on Monday.", dt.date(2022, 3, 7),
     "https://example.org/alert", "Example Wire"),
    ("paragraphs", "Seoul Daily\n\nSouth Korea protests\n\nMarch 3, 2022\n\nSouth Korea "
     "condemned North Korea's missile test on Monday, officials said.\n\nLater, Japan "
     "criticized China over the disputed islands.\n", dt.date(2022, 3, 7),
     "https://example.org/paragraphs", "Example Wire"),
    # Places: a foreign city with its province; a region; two organisations, placed nowhere.
    ("mombasa", "Kenyan police arrested protesters in Mombasa on Sunday.", dt.date(2022, 3, 20),
     "https://example.org/mombasa", "Example Wire"),
    ("region", "The United Nations sent aid to refugees across Africa on Monday.",
     dt.date(2022, 3, 21), "https://example.org/region", "Example Wire"),
    ("unplaced", "The United Nations condemned NATO on Monday.", dt.date(2022, 3, 21),
     "https://example.org/unplaced", "Example Wire"),
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


def _exported(store: Store, fmt: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        export(store, fmt)
    return out.getvalue()


def _clusters(store: Store) -> dict[int, list[int]]:
    """The first event key of each cluster -> the event keys of its reports."""
    rows = store.db.execute(
        "SELECT coalesce(cluster_id, -event_key), event_key FROM events ORDER BY event_key"
    ).fetchall()
    clusters: dict[int, list[int]] = {}
    for cluster, key in rows:
        clusters.setdefault(cluster, []).append(key)
    return {keys[0]: keys for keys in clusters.values()}


@pytest.fixture(scope="module")
def gdelt_rows(store) -> dict[str, dict[str, str]]:
    """GlobalEventID -> the GDELT row as {column: value}."""
    return {
        fields[0]: dict(zip(GDELT_COLUMNS, fields, strict=True))
        for fields in (line.split("\t") for line in _exported(store, "gdelt").splitlines())
    }


# -- gdelt ---------------------------------------------------------------------------------------


def test_gdelt_writes_61_tab_separated_fields_per_event_cluster(store, capsys):
    written, text = _export_text(store, "gdelt", capsys)
    lines = text.splitlines()
    assert written == len(lines) == len(_clusters(store)) < _count(store)
    assert {len(line.split("\t")) for line in lines} == {61}
    assert text.endswith("\n")


# gdeltPyR's column list and types for GDELT 2.0 events and mentions (the `name` and `type`
# columns of data/events2.csv and data/mentions.csv in github.com/linwoodc3/gdeltPyR).
GDELTPYR_EVENTS = [
    ("GLOBALEVENTID", "INTEGER"), ("SQLDATE", "INTEGER"), ("MonthYear", "INTEGER"),
    ("Year", "INTEGER"), ("FractionDate", "FLOAT"), ("Actor1Code", "STRING"),
    ("Actor1Name", "STRING"), ("Actor1CountryCode", "STRING"), ("Actor1KnownGroupCode", "STRING"),
    ("Actor1EthnicCode", "STRING"), ("Actor1Religion1Code", "STRING"),
    ("Actor1Religion2Code", "STRING"), ("Actor1Type1Code", "STRING"), ("Actor1Type2Code", "STRING"),
    ("Actor1Type3Code", "STRING"), ("Actor2Code", "STRING"), ("Actor2Name", "STRING"),
    ("Actor2CountryCode", "STRING"), ("Actor2KnownGroupCode", "STRING"),
    ("Actor2EthnicCode", "STRING"), ("Actor2Religion1Code", "STRING"),
    ("Actor2Religion2Code", "STRING"), ("Actor2Type1Code", "STRING"), ("Actor2Type2Code", "STRING"),
    ("Actor2Type3Code", "STRING"), ("IsRootEvent", "INTEGER"), ("EventCode", "STRING"),
    ("EventBaseCode", "STRING"), ("EventRootCode", "STRING"), ("QuadClass", "INTEGER"),
    ("GoldsteinScale", "FLOAT"), ("NumMentions", "INTEGER"), ("NumSources", "INTEGER"),
    ("NumArticles", "INTEGER"), ("AvgTone", "FLOAT"), ("Actor1Geo_Type", "INTEGER"),
    ("Actor1Geo_FullName", "STRING"), ("Actor1Geo_CountryCode", "STRING"),
    ("Actor1Geo_ADM1Code", "STRING"), ("Actor1Geo_ADM2Code", "STRING"), ("Actor1Geo_Lat", "FLOAT"),
    ("Actor1Geo_Long", "FLOAT"), ("Actor1Geo_FeatureID", "STRING"), ("Actor2Geo_Type", "INTEGER"),
    ("Actor2Geo_FullName", "STRING"), ("Actor2Geo_CountryCode", "STRING"),
    ("Actor2Geo_ADM1Code", "STRING"), ("Actor2Geo_ADM2Code", "STRING"), ("Actor2Geo_Lat", "FLOAT"),
    ("Actor2Geo_Long", "FLOAT"), ("Actor2Geo_FeatureID", "STRING"), ("ActionGeo_Type", "INTEGER"),
    ("ActionGeo_FullName", "STRING"), ("ActionGeo_CountryCode", "STRING"),
    ("ActionGeo_ADM1Code", "STRING"), ("ActionGeo_ADM2Code", "STRING"), ("ActionGeo_Lat", "FLOAT"),
    ("ActionGeo_Long", "FLOAT"), ("ActionGeo_FeatureID", "STRING"), ("DATEADDED", "INTEGER"),
    ("SOURCEURL", "STRING"),
]  # fmt: skip
GDELTPYR_MENTIONS = [
    ("GLOBALEVENTID", "INTEGER"), ("EventTimeDate", "INTEGER"), ("MentionTimeDate", "INTEGER"),
    ("MentionType", "INTEGER"), ("MentionSourceName", "STRING"), ("MentionIdentifier", "STRING"),
    ("SentenceID", "INTEGER"), ("Actor1CharOffset", "INTEGER"), ("Actor2CharOffset", "INTEGER"),
    ("ActionCharOffset", "INTEGER"), ("InRawText", "INTEGER"), ("Confidence", "INTEGER"),
    ("MentionDocLen", "INTEGER"), ("MentionDocTone", "FLOAT"),
    ("MentionDocTranslationInfo", "STRING"), ("Extras", "STRING"),
]  # fmt: skip
_DUCKDB_TYPES = {"INTEGER": "BIGINT", "FLOAT": "DOUBLE", "STRING": "VARCHAR"}


def _read_as_gdeltpyr(path, columns) -> list[dict]:
    """Read a tab-separated export as GDELT users do: no header, gdeltPyR's names and types (a
    value that does not parse as its type fails the read)."""
    reader = duckdb.connect()
    try:
        relation = reader.read_csv(
            str(path), delimiter="\t", header=False, quotechar="", escapechar="",
            columns={name: _DUCKDB_TYPES[kind] for name, kind in columns},
        )  # fmt: skip
        names = relation.columns
        return [dict(zip(names, row, strict=True)) for row in relation.fetchall()]
    finally:
        reader.close()


@pytest.fixture(scope="module")
def gdelt_read(store, tmp_path_factory) -> dict[int, dict]:
    path = tmp_path_factory.mktemp("gdelt") / "events.tsv"
    export(store, "gdelt", path)
    return {r["GLOBALEVENTID"]: r for r in _read_as_gdeltpyr(path, GDELTPYR_EVENTS)}


def test_gdelt_reads_with_gdeltpyr_columns_and_types(store, gdelt_read):
    assert set(gdelt_read) == set(_clusters(store))
    for row in gdelt_read.values():
        # The conventions of GDELT's own rows: dates as YYYYMMDD numbers, a 14-digit DATEADDED,
        # codes kept as strings with their leading zero, Type 0 for what has no place.
        assert 19000101 < row["SQLDATE"] < 30000101
        assert row["MonthYear"] == row["SQLDATE"] // 100 and row["Year"] == row["SQLDATE"] // 10000
        assert len(str(row["DATEADDED"])) == 14
        assert row["EventRootCode"] == row["EventCode"][:2] and len(row["EventRootCode"]) == 2
        assert row["Actor1Geo_Type"] == row["Actor2Geo_Type"] == 0
        assert row["ActionGeo_Type"] in range(6)
        assert row["IsRootEvent"] in (0, 1)


# GDELT's quad classes by root: 01-05 verbal cooperation, 06-09 material cooperation, 10-14
# verbal conflict, 15-20 material conflict (the classes of GDELT 2.0's own rows).
@pytest.mark.parametrize(
    ("root", "quad"),
    [("01", 1), ("04", 1), ("05", 1), ("06", 2), ("09", 2), ("10", 3), ("11", 3), ("14", 3),
     ("15", 4), ("19", 4), ("20", 4)],
)  # fmt: skip
def test_quad_classes_follow_gdelt(root, quad):
    from dyads.events.codebook import codebook

    assert {e.quad_class for e in codebook().values() if e.root == root} == {quad}


def test_gdelt_quad_class_agrees_with_the_store_and_the_codebook(store, gdelt_read):
    from dyads.events.codebook import codebook

    stored = dict(store.db.execute("SELECT event_key, quad_class FROM events").fetchall())
    for key, row in gdelt_read.items():
        assert row["QuadClass"] == stored[key] == codebook()[row["EventCode"]].quad_class


def test_gdelt_counts_a_cluster_once_with_gdelt_counts(store, gdelt_rows):
    first, second = _event(store, "kharkiv-1"), _event(store, "kharkiv-2")
    assert first["cluster_id"] == second["cluster_id"]
    assert str(first["event_key"]) in gdelt_rows and str(second["event_key"]) not in gdelt_rows
    mentions = sum(int(r["NumMentions"]) for r in gdelt_rows.values())
    assert mentions == _count(store)  # every report is a mention of one exported event


def test_gdelt_sources_are_sources_not_articles(store, gdelt_rows):
    # Two reports by one source (the Kharkiv shelling by "Example Wire" twice would count one
    # source): NumSources counts sources, NumArticles articles.
    row = gdelt_rows[str(_event(store, "kharkiv-1")["event_key"])]
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("2", "2", "2")
    un = gdelt_rows[str(_event(store, "un")["event_key"])]
    assert (un["NumMentions"], un["NumSources"], un["NumArticles"]) == ("1", "1", "1")


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
    # GDELT names a state actor by its geographic match: "Russian forces" is RUSSIA.
    assert row["Actor1Name"] == "RUSSIA"
    assert (row["Actor2Code"], row["Actor2CountryCode"]) == ("UKR", "UKR")
    assert float(row["ActionGeo_Lat"]) == pytest.approx(event["location_lat"])
    assert float(row["ActionGeo_Long"]) == pytest.approx(event["location_lon"])
    assert row["ActionGeo_FeatureID"] == str(event["location_geonames_id"])
    assert row["SOURCEURL"] == "https://example.org/kharkiv-1"
    assert len(row["DATEADDED"]) == 14 and row["DATEADDED"].isdigit()
    unknown = ["AvgTone", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
               "Actor1Type2Code", "Actor2Type1Code", "ActionGeo_ADM2Code"]  # fmt: skip
    unknown += [f"{who}Geo_{c}" for who in ("Actor1", "Actor2") for c in _GEO if c != "Type"]
    assert {column: row[column] for column in unknown} == dict.fromkeys(unknown, "")
    assert row["Actor1Geo_Type"] == row["Actor2Geo_Type"] == "0"


def test_gdelt_organisations_carry_cameo_codes_and_known_groups(store, gdelt_rows):
    row = gdelt_rows[str(_event(store, "un")["event_key"])]
    assert [row[f"Actor1{c}"] for c in ("Code", "Name", "KnownGroupCode", "Type1Code")] == [
        "IGOUNO",
        "UNITED NATIONS",
        "UNO",
        "IGO",
    ]


def test_gdelt_names_are_never_pronouns(store, gdelt_rows):
    pronoun = store.db.execute(
        "SELECT e.event_key FROM events e JOIN articles a USING (article_key) "
        "WHERE a.id = 'pronoun' AND e.source_text = 'It'"
    ).fetchone()
    assert pronoun is not None
    # Its row is its cluster's (the first report of the same dyad and root).
    (first,) = store.db.execute(
        "SELECT min(event_key) FROM events WHERE cluster_id = "
        "(SELECT cluster_id FROM events WHERE event_key = ?)",
        [pronoun[0]],
    ).fetchone()
    assert gdelt_rows[str(first)]["Actor1Name"] == "UKRAINE"
    names = {r[f"Actor{n}Name"] for r in gdelt_rows.values() for n in (1, 2)}
    assert not names & {"IT", "THEY", "THEIR", "HE", "SHE", "HIS", "ITS", "THEM"}


@pytest.mark.parametrize(
    ("article", "geo_type", "full_name", "country", "adm1", "feature"),
    [
        # A city outside the US has its province's name, as GDELT writes it.
        ("kharkiv-1", "4", "Kharkiv, Kharkivs’ka Oblast’, Ukraine", "UP", "UP07", "706483"),
        ("tokyo", "4", "Tokyo, Tokyo, Japan", "JA", "JA40", "1850147"),
        ("mombasa", "4", "Mombasa, Mombasa County, Kenya", "KE", "KE37", "186301"),
        ("chicago", "3", "Chicago, Illinois, United States", "US", "USIL", "4887398"),
        ("texas", "2", "Texas, United States", "US", "USTX", "USTX"),
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
    # Cities have their coordinates and countries their centroid; GeoNames gives US states none.
    assert bool(row["ActionGeo_Lat"]) == (geo_type in ("1", "3", "4"))


def test_gdelt_country_centroids(store, gdelt_rows):
    row = gdelt_rows[str(_event(store, "france")["event_key"])]
    assert (float(row["ActionGeo_Lat"]), float(row["ActionGeo_Long"])) == pytest.approx(
        (46.0, 2.0), abs=2
    )


def test_gdelt_unplaced_events_have_geo_type_0(store, gdelt_rows):
    # Placed nowhere (two organisations, no place named), or in a region, which GDELT has no
    # type for.
    unplaced = store.db.execute(
        "SELECT event_key FROM events WHERE location_type IS NULL OR location_type = 'region'"
    ).fetchall()
    rows = [gdelt_rows[str(k)] for (k,) in unplaced if str(k) in gdelt_rows]
    assert rows
    assert {r["ActionGeo_Type"] for r in rows} == {"0"}
    assert {r["ActionGeo_FullName"] + r["ActionGeo_CountryCode"] for r in rows} == {""}


def test_gdelt_falls_back_to_the_input(store, gdelt_rows):
    chicago = gdelt_rows[str(_event(store, "chicago")["event_key"])]
    assert chicago["SOURCEURL"] == "wire/chicago.txt"  # no url: the input it was read from


# GDELT's files compute FractionDate as year + ((month - 1) * 30 + day) / 365.
@pytest.mark.parametrize(
    ("day", "fraction"), [("20170819", "2017.6274"), ("20170817", "2017.6219")]
)
def test_gdelt_fraction_date(gdelt_rows, day, fraction):
    assert {r["FractionDate"] for r in gdelt_rows.values() if r["Day"] == day} == {fraction}


def test_gdelt_root_events_are_those_of_the_lead_paragraph(store, gdelt_rows):
    keys = store.db.execute(
        "SELECT e.event_key, e.sentence FROM events e JOIN articles a USING (article_key) "
        "WHERE a.id = 'paragraphs' ORDER BY e.trigger_start"
    ).fetchall()
    text = next(a[1] for a in ARTICLES if a[0] == "paragraphs")
    lead = "South Korea condemned North Korea's missile test on Monday, officials said."
    lead_start = text.index(lead)
    roots = {key: gdelt_rows[str(key)]["IsRootEvent"] for key, _ in keys if str(key) in gdelt_rows}
    starts = dict(store.db.execute(
        "SELECT event_key, trigger_start FROM events WHERE event_key IN (SELECT unnest(?))",
        [list(roots)],
    ).fetchall())  # fmt: skip
    assert roots == {k: "1" if starts[k] < lead_start + len(lead) else "0" for k in roots}
    assert set(roots.values()) == {"0", "1"}


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Title\n\nMarch 3, 2022\n\nThe minister met his counterpart in Tokyo on Monday.\n\n"
         "More.\n", "The minister met his counterpart in Tokyo on Monday."),
        ("One paragraph only, with its sentences run together. And another sentence here.", None),
    ],
)  # fmt: skip
def test_lead_paragraph(text, lead):
    from dyads.store.export import lead_end

    end = lead_end(text)
    assert (text[:end].split("\n\n")[-1] if end is not None else None) == lead


def test_gdelt_actor_names_are_upper_case_formal_names_of_people(store, gdelt_rows):
    names = {r["Actor1Name"] for r in gdelt_rows.values()} | {
        r["Actor2Name"] for r in gdelt_rows.values()
    }
    assert all(n == n.upper() for n in names)
    assert "JAMES MATTIS" in names  # a person: the formal name, not "US Defense Secretary ..."


# -- mentions ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mentions_read(store, tmp_path_factory) -> list[dict]:
    path = tmp_path_factory.mktemp("mentions") / "mentions.tsv"
    assert export(store, "mentions", path) == _count(store)
    return _read_as_gdeltpyr(path, GDELTPYR_MENTIONS)


def test_mentions_have_a_row_per_report_of_an_exported_event(store, mentions_read, gdelt_read):
    clusters = _clusters(store)
    assert len(mentions_read) == _count(store)
    assert {m["GLOBALEVENTID"] for m in mentions_read} == set(gdelt_read)
    for first, keys in clusters.items():
        assert sum(m["GLOBALEVENTID"] == first for m in mentions_read) == len(keys)
    for m in mentions_read:
        assert m["EventTimeDate"] == gdelt_read[m["GLOBALEVENTID"]]["DATEADDED"]


def test_mentions_follow_gdelt_conventions(store, mentions_read):
    # As in GDELT's own mentions rows: 1-based sentences, -1 for an actor not found, a percent
    # confidence, the document's length, the source's domain for a url.
    event = _event(store, "un")
    (row,) = [m for m in mentions_read if m["GLOBALEVENTID"] == event["event_key"]]
    text = next(a[1] for a in ARTICLES if a[0] == "un")
    assert row["SentenceID"] == event["sentence"] + 1 == 1
    assert row["Actor1CharOffset"] == text.index("United Nations")
    assert row["Actor2CharOffset"] == text.index("North Korea")
    assert row["ActionCharOffset"] == text.index("condemned")
    assert (row["MentionType"], row["MentionSourceName"]) == (1, "example.com")
    assert row["MentionIdentifier"] == "https://www.example.com/un"
    assert (row["InRawText"], row["MentionDocLen"]) == (1, len(text))
    assert 10 <= row["Confidence"] <= 100
    untargeted = [m for m in mentions_read if m["Actor2CharOffset"] == -1]
    assert untargeted
    chicago = _event(store, "chicago")
    assert [m["MentionType"] for m in mentions_read if m["GLOBALEVENTID"] == chicago["event_key"]
            ] == [2]  # fmt: skip


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


@pytest.mark.parametrize(
    "fmt", ["gdelt", "mentions", "polecat", "polecat-json", "csv", "jsonl", "plover"]
)
def test_text_formats_write_to_a_file(store, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    written = export(store, fmt, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert written == len(lines) - (fmt in ("csv", "polecat")) > 0


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


# Two rows of GDELT 2.0's own mentions table (gdeltPyR's data/mentionssamp.csv), tab-separated
# as GDELT publishes them.
REAL_MENTIONS = [
    "555924816\t20160701210000\t20170701234500\t1\tchina.org.cn\t"
    "http://arabic.china.org.cn/txt/2017-07/02/content_41135804.htm\t4\t-1\t996\t988\t1\t100\t"
    "2579\t0.83565459610028\tsrclc:ara;eng:GT-ARA 1.0\t",
    "669670701\t20170701234500\t20170701234500\t1\ttvperu.gob.pe\thttp://www.tvperu.gob.pe/"
    "informa/politica\t4\t850\t812\t787\t0\t20\t1002\t0.6369426751592341\t"
    "srclc:spa;eng:Moses 2.1.1 / MosesCore Europarl es-en / GT-SPA 1.0\t",
]


def test_mentions_read_like_gdelts_own_rows(tmp_path, mentions_read):
    path = tmp_path / "real.tsv"
    path.write_text("\n".join(REAL_MENTIONS) + "\n", encoding="utf-8")
    real = _read_as_gdeltpyr(path, GDELTPYR_MENTIONS)
    assert len(real) == 2
    for name, _ in GDELTPYR_MENTIONS:
        kinds = {type(r[name]) for r in real}
        ours = {type(m[name]) for m in mentions_read if m[name] is not None}
        assert ours <= kinds, name
    # The same conventions: -1 for an actor not found, a percent confidence.
    assert min(r["Actor1CharOffset"] for r in real) == -1
    assert all(10 <= m["Confidence"] <= 100 for m in mentions_read)


# -- polecat -------------------------------------------------------------------------------------


def test_polecat_tsv_has_polecats_40_columns_and_a_row_per_plover_event(store, capsys):
    written, text = _export_text(store, "polecat", capsys)
    header, *lines = text.splitlines()
    assert header.split("\t") == list(POLECAT_COLUMNS) and len(POLECAT_COLUMNS) == 40
    assert written == len(lines) == _count(store, "plover_type IS NOT NULL") > 0
    assert {len(line.split("\t")) for line in lines} == {40}


@pytest.fixture(scope="module")
def polecat_records(store) -> list[dict]:
    return [json.loads(line) for line in _exported(store, "polecat-json").splitlines()]


def test_polecat_records_carry_cow_and_gleditsch_ward_codes(store, polecat_records):
    event = _event(store, "kharkiv-1")
    (shelling,) = [r for r in polecat_records if r["Event ID"] == str(event["event_key"])]
    assert set(POLECAT_COLUMNS) <= set(shelling)
    assert (shelling["Event Type"], shelling["Event Date"]) == ("ASSAULT", str(event["date"]))
    assert (shelling["Quad Code"], shelling["Intensity"]) == (4, -10.0)
    # Correlates of War and Gleditsch-Ward numbers: Russia 365 in both, Ukraine 369.
    assert (shelling["Actor Country"], shelling["Actor COW"], shelling["Actor GW"]) == (
        "RUS",
        365,
        365,
    )
    assert (shelling["Recipient COW"], shelling["Recipient GW"]) == (369, 369)
    assert (shelling["Primary Actor Sector"], shelling["Actor Sectors"]) == (
        "Military",
        ["Military"],
    )
    assert shelling["Actor Name Raw"] == "Russian forces"
    assert (shelling["Placename"], shelling["City"], shelling["Country"]) == (
        "Kharkiv",
        "Kharkiv",
        "UKR",
    )
    assert (shelling["Feature Type"], shelling["GeoNames ID"]) == ("PPL", 706483)
    assert (shelling["Source"], shelling["Publication Date"]) == ("Example Wire", "2022-03-08")
    assert (shelling["Language"], shelling["Version"].split()[0]) == ("en", "dyads")


@pytest.mark.parametrize(
    ("article", "placename", "province", "country", "feature"),
    [
        ("kharkiv-1", "Kharkiv", "Kharkivs’ka Oblast’", "UKR", "PPL"),  # a province abroad
        ("mombasa", "Mombasa", "Mombasa County", "KEN", "PPL"),
        ("region", "Africa", None, None, "CONT"),  # a continent: no country
    ],
)
def test_polecat_places(store, polecat_records, article, placename, province, country, feature):
    key = str(_event(store, article)["event_key"])
    (record,) = [r for r in polecat_records if r["Event ID"] == key]
    assert (record["Placename"], record["Province"], record["Country"], record["Feature Type"]) == (
        placename,
        province,
        country,
        feature,
    )


def test_jsonl_export_carries_the_location_source(store, capsys):
    _, text = _export_text(store, "jsonl", capsys)
    by_article = {r["article_id"]: r for r in map(json.loads, text.splitlines())}
    assert by_article["mombasa"]["location_source"] == "sentence"
    assert by_article["unplaced"]["location_source"] is None


def test_polecat_story_people_and_organisations(store, polecat_records):
    keys = {str(k) for (k,) in store.db.execute(
        "SELECT e.event_key FROM events e JOIN articles a USING (article_key) "
        "WHERE a.id = 'un'").fetchall()}  # fmt: skip
    un = [r for r in polecat_records if r["Event ID"] in keys]
    assert un and all(r["Story Organizations"] == ["United Nations"] for r in un)
    founding = [r for r in polecat_records if "James Mattis" in r["Story People"]]
    assert founding
    assert any(r["Actor Title"] for r in polecat_records)


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
