"""The offline gazetteer: regions, disputed areas, divisions and towns."""
from __future__ import annotations

import pytest

from storyline.places.gazetteer import gazetteer, key, km


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


@pytest.mark.parametrize("name, iso2", [
    ("Crimea", "UA"), ("Transnistria", "MD"), ("Donbas", "UA"), ("Donbass", "UA"),
    ("Sevastopol", "UA"), ("Kashmir", ""), ("Gaza Strip", "PS"),
])
def test_regions_and_disputed_areas_resolve(gaz, name, iso2):
    found = gaz.lookup(name)
    assert found and found[0].iso2 == iso2


def test_divisions_and_their_short_forms(gaz):
    parish = gaz.lookup("Avoyelles")
    assert parish and parish[0].feature == "ADM2" and parish[0].admin1 == "Louisiana"
    assert gaz.lookup("Ga.")[0].name == "Georgia"
    assert {e.feature for e in gaz.lookup("Washington")} >= {"ADM1", "city"}


def test_towns_carry_their_state(gaz):
    towns = [e for e in gaz.lookup("Gainesville") if e.feature == "city"]
    assert {"Florida", "Georgia", "Texas"} <= {e.admin1 for e in towns}


def test_key_ignores_case_accents_dots_and_spacing():
    assert key("De Soto") == key("DeSoto") == key("desoto")
    assert key("St. Louis") == key("Saint Louis")
    assert key("Ukraine’s") == key("ukraine")


def test_km_matches_known_distance():
    # London to Paris is about 344 km.
    assert 330 < km(51.5074, -0.1278, 48.8566, 2.3522) < 360
