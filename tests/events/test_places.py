"""Event places: names the event's words give, resolved offline and settled by context."""

from __future__ import annotations

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


def test_no_place_is_null_not_the_dateline(coder):
    from dyads.ingest import article_from_text

    article = article_from_text("MOSCOW- Russia condemned the United States on Monday.", id="t")
    coded = coder.code(article)
    assert coded.article.place and coded.dateline.name == "Moscow"
    assert coded.events and all(e.location is None for e in coded.events)
    assert all(e.location_source is None for e in coded.events)


def test_founding_example_meeting_in_washington(founding):
    coded = founding
    meetings = [e for e in coded.events if e.cameo == "040"]
    assert meetings
    for event in meetings:
        assert (event.location.name, event.location.country) == ("Washington", "USA")
        assert event.location.admin1 == "DC" and event.location_source == "text"
    assert coded.dateline.name == "Washington"


def test_place_rule_off_places_nothing(coder):
    text = "Russia and Ukraine held talks in Istanbul on Tuesday."
    assert {loc for _, loc in _locations(coder, text)} == {("Istanbul", "TUR", "city")}
    off = coder.with_rules_off(["events.place.phrase.v1"])
    assert {loc for _, loc in _locations(off, text)} == {None}
