"""Event places: names the event's words give, resolved offline and settled by context, then the
dateline and the actors' countries, by the place rules in their chain order."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dyads.events.places import PlaceResolver
from dyads.geo import Gazetteer


@pytest.fixture(scope="module")
def places():
    return PlaceResolver(Gazetteer.default())


@pytest.mark.parametrize(
    ("name", "context", "country", "state_named", "expected"),
    [
        # The city before the state of the same name, unless the text says "state".
        ("Washington", [], "USA", False, ("Washington", "USA", "city")),
        ("Washington", [], "USA", True, ("Washington", "USA", "admin1")),
        # A country's name is the country.
        ("Japan", ["USA"], "JPN", False, ("Japan", "JPN", "country")),
        # A city name several countries share goes to the country the story is about.
        ("Hyderabad", ["PAK"], None, False, ("Hyderabad", "PAK", "city")),
        ("Hyderabad", ["IND"], None, False, ("Hyderabad", "IND", "city")),
        ("Kharkiv", [], None, False, ("Kharkiv", "UKR", "city")),
    ],
)
def test_resolve(places, name, context, country, state_named, expected):
    found = places.resolve(name, context, country=country, state_named=state_named)
    assert (found.name, found.country, found.type) == expected


def test_cities_have_coordinates_and_ids(places):
    city = places.resolve("Kharkiv")
    assert city.geonames_id and 49 < city.lat < 51 and 35 < city.lon < 38


def _locations(coder, text):
    from dyads.records import Article

    coded = coder.code(Article(id="t", text=text, date=dt.date(2022, 3, 31)))
    return [
        (e.cameo, (e.location.name, e.location.country, e.location.type) if e.location else None)
        for e in coded.events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia and Ukraine held talks in Istanbul on Tuesday.", ("Istanbul", "TUR", "city")),
        ("Israeli troops raided a village near Nablus last week.", ("Nablus", "PSE", "city")),
        ("Russian forces shelled Kharkiv on Monday.", ("Kharkiv", "UKR", "city")),
        ("North Korea fired missiles over western Japan.", ("Japan", "JPN", "country")),
        # Force takes place where what it strikes is.
        ("Chile launched airstrikes on rebel positions near Arica.", ("Arica", "CHL", "city")),
        # "Georgia" by context: the US state in a story about Atlanta, else the country.
        ("Protesters rallied in Georgia against Russia.", ("Georgia", "GEO", "country")),
        (
            "US police arrested protesters in Georgia. Atlanta police said the protest was "
            "peaceful.",
            ("Georgia", "USA", "admin1"),
        ),
    ],
)
def test_event_locations(coder, text, expected):
    found = [loc for _, loc in _locations(coder, text)]
    assert expected in found, found


def _placed(coder, text, **rules_off):
    """(cameo, source, location (name, country, type), location_source) of each event of the
    plain-text story `text` (a dateline is read from its start)."""
    from dyads.ingest import article_from_text

    article = article_from_text(text, id="t")
    article = dataclasses.replace(article, date=dt.date(2022, 3, 31))
    coded = coder.code(article)
    return [
        (
            e.cameo,
            e.source.code,
            (e.location.name, e.location.country, e.location.type) if e.location else None,
            e.location_source,
        )
        for e in coded.events
    ]


@pytest.mark.parametrize(
    ("text", "place", "source"),
    [
        # The sentence's own place beats the dateline.
        ("KABUL — Taliban forces arrested a journalist in Kandahar on Monday.",
         ("Kandahār", "AFG", "city"), "sentence"),
        # No place in the sentence: the dateline, where the act happened there (the source is
        # of the dateline's country).
        ("KABUL — Taliban forces arrested a journalist on Monday.",
         ("Kabul", "AFG", "city"), "dateline"),
        ("SEOUL, South Korea (AP) — The South Korean government condemned North Korea on "
         "Monday.", ("Seoul", "KOR", "city"), "dateline"),
        # A town too small for the gazetteer: the country that qualifies it.
        ("MARANCHON, SPAIN — Spanish farmers protested against the government on Monday.",
         ("Spain", "ESP", "country"), "dateline"),
        # Another country's act reported from the dateline: not there; the source's country.
        ("WASHINGTON — North Korea condemned South Korea on Monday.",
         ("North Korea", "PRK", "country"), "source-country"),
        # No place and no dateline: GDELT's fallback, the source's country...
        ("Japan protested to China over the islands on Monday.",
         ("Japan", "JPN", "country"), "source-country"),
        # ... else the target's, for a source without a country, when the act is done on the
        # target's ground; an organisation's words are not placed in the country they are about.
        ("UN peacekeepers arrested Malian soldiers on Monday.",
         ("Mali", "MLI", "country"), "target-country"),
        ("The United Nations condemned Myanmar on Monday.", None, None),
        # An envoy acts where posted; an act joined to a visit happens where the visit went.
        ("Peru's ambassador to Chile criticized Chile's treatment of migrants.",
         ("Chile", "CHL", "country"), "sentence"),
        ("The Japanese foreign minister visited Vietnam in February and told Vietnamese leaders "
         "that trade would grow.", ("Vietnam", "VNM", "country"), "sentence"),
        # A "where" clause places the words said in it, not a deed they report.
        ("Delegates met in Lima, where Bolivia announced it was willing to hold talks with Chile.",
         ("Lima", "PER", "city"), "sentence"),
        ("Delegates met in Lima, where Bolivia announced it had attacked Chile.",
         ("Chile", "CHL", "country"), "target-country"),
        # A visit happens at its destination; force in the target's country.
        ("Peruvian Foreign Minister Ana Ruiz traveled to Bolivia on Tuesday.",
         ("Bolivia", "BOL", "country"), "sentence"),
        ("Peruvian Foreign Minister Ana Ruiz visited Bolivia on Tuesday.",
         ("Bolivia", "BOL", "country"), "target-country"),
        ("Russian forces attacked Ukraine on Monday.", ("Ukraine", "UKR", "country"),
         "target-country"),
    ],
)  # fmt: skip
def test_place_rules_in_order(coder, text, place, source):
    found = [(where, by) for _, _, where, by in _placed(coder, text)]
    assert found
    assert (place, source) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # Nationality words name actors, not places.
        "U.S. sanctions hurt Iran's economy, Iranian officials said on Monday.",
        "Chinese troops clashed with Indian troops on Monday.",
        "Afghan officials condemned Pakistan on Monday.",
        "The Peru attack on Bolivia was condemned by Chile on Monday.",
    ],
)
def test_nationality_words_are_not_places(coder, text):
    placed = _placed(coder, text)
    assert placed
    assert all(by != "sentence" for *_, by in placed), placed


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # GeoNames also lists "Africa" as a name of Mahdia, Tunisia: never that town.
        ("The United Nations sent aid to refugees across Africa on Monday.", "Africa"),
        ("China held talks with Kenya in the Middle East on Monday.", "Middle East"),
    ],
)
def test_regions_are_regions_not_towns(coder, text, region):
    placed = [where for _, _, where, by in _placed(coder, text) if by == "sentence"]
    assert (region, None, "region") in placed, placed


@pytest.mark.parametrize(
    ("rule_off", "text", "expected_source"),
    [
        ("places.sentence.v1", "Russia and Ukraine held talks in Istanbul on Tuesday.",
         "source-country"),
        ("places.dateline.v1", "KABUL — Taliban forces arrested a journalist on Monday.",
         "source-country"),
        ("places", "Japan protested to China over the islands on Monday.", None),
    ],
)  # fmt: skip
def test_place_rules_can_be_switched_off(coder, rule_off, text, expected_source):
    from dyads.ingest import article_from_text

    coded = coder.with_rules_off([rule_off]).code(article_from_text(text, id="t"))
    assert coded.events
    assert {e.location_source for e in coded.events} == {expected_source}


@pytest.mark.parametrize(
    ("name", "country", "admin1_name"),
    [
        ("Kharkiv", "UKR", "Kharkivs’ka Oblast’"),
        ("Lahore", "PAK", "Punjab"),
        ("Lyon", "FRA", "Auvergne-Rhône-Alpes"),
        ("Chicago", "USA", "Illinois"),
    ],
)
def test_cities_have_their_admin1_name(places, name, country, admin1_name):
    from dyads.geo import admin1_name as name_of

    city = places.resolve(name, [country])
    assert (city.country, name_of(city.country, city.admin1)) == (country, admin1_name)


def test_founding_example_meeting_in_washington(founding):
    coded = founding
    meetings = [e for e in coded.events if e.cameo == "040"]
    assert meetings
    for event in meetings:
        assert (event.location.name, event.location.country) == ("Washington", "USA")
        assert event.location.admin1 == "DC" and event.location_source == "sentence"
    assert coded.dateline.name == "Washington"


def test_a_joint_statement_is_placed_where_it_was_issued(founding, coder):
    # Both ministers' condemnation, told by their joint statement, was made in Washington,
    # Japan's as much as the United States'.
    condemnations = [e for e in founding.events if e.root == "11"]
    assert {e.source.country for e in condemnations} == {"JPN", "USA"}
    assert {e.location.name for e in condemnations} == {"Washington"}
    off = coder.with_rules_off(["places.dateline.v1"]).code(founding.article)
    assert "Washington" not in {
        e.location.name for e in off.events if e.root == "11" and e.source.country == "JPN"
    }


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("envoys: [ambassador]\nformer: [former]\n", "expected a mapping of lists"),
        ("envoys: [Ambassador]\nformer: [former]\nvisits: [visit]\n", "lower-case words"),
        ("envoys: [ambassador]\nformer: [former]\nvisits: [visit]\nextra: []\n",
         "expected a mapping of lists"),
    ],
)  # fmt: skip
def test_bad_place_word_lists_say_why(text, reason):
    from dyads.errors import LexiconError
    from dyads.events.places import PlaceWords

    with pytest.raises(LexiconError, match=reason) as error:
        PlaceWords.parse(text, "place_words.yaml")
    assert "place_words.yaml" in str(error.value)
