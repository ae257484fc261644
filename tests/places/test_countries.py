"""Country names, short forms, possessives and nationality words."""
from __future__ import annotations

import pytest

from storyline.places.countries import Country, country_by_code, country_for


@pytest.mark.parametrize("word, iso3", [
    ("Russia", "RUS"), ("Russian Federation", "RUS"), ("the US", "USA"), ("U.S.", "USA"),
    ("UK", "GBR"), ("Britain", "GBR"), ("Ukraine's", "UKR"), ("Ukraine’s", "UKR"),
    ("Russian", "RUS"), ("Russians", "RUS"), ("Ukrainian", "UKR"), ("Ukrainians", "UKR"),
    ("Moldovan", "MDA"), ("American", "USA"), ("Americans", "USA"), ("British", "GBR"),
    ("Britons", "GBR"), ("the French", "FRA"), ("Frenchmen", "FRA"), ("Swiss", "CHE"),
    ("North Koreans", "PRK"), ("Czechs", "CZE"), ("Iran", "IRN"), ("Côte d'Ivoire", "CIV"),
    ("DRC", "COD"), ("Holland", "NLD"), ("Burma", "MMR"), ("Kosovo", "XKX"),
])
def test_country_for_maps_names_and_demonyms(word, iso3):
    country = country_for(word)
    assert country is not None and country.iso3 == iso3


@pytest.mark.parametrize("word", ["Crimean", "Chechen", "Texan", "turkey", "china", "European", ""])
def test_country_for_refuses_regions_and_common_nouns(word):
    assert country_for(word) is None


def test_country_by_code_accepts_both_iso_lengths():
    assert country_by_code("UKR") == country_by_code("ua") == Country("UA", "UKR", "Ukraine")
    assert country_by_code("XX") is None
    assert country_by_code("toolong") is None
