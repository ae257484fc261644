"""Toponym resolution from the article's own context (no model needed)."""
from __future__ import annotations

import pytest

from storyline.places.gazetteer import gazetteer
from storyline.places.resolve import Toponym, resolve


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def _resolve(gaz, *words, **flags):
    toponyms, pos = [], 0
    for word in words:
        qualifier = flags.get("qualifiers", {}).get(word)
        toponyms.append(Toponym(pos, pos + len(word), word, qualifier=qualifier))
        pos += len(word) + 2
    return {t.text: c for t, c in zip(toponyms, resolve(gaz, toponyms))}


def test_donetsk_among_ukrainian_places_is_in_ukraine(gaz):
    got = _resolve(gaz, "Donetsk", "Kiev", "Crimea")
    assert got["Donetsk"].entry.iso2 == "UA" and got["Donetsk"].entry.feature == "city"
    assert got["Kiev"].entry.feature == "city" and got["Kiev"].entry.name == "Kyiv"


def test_washington_beside_foreign_capitals_is_the_capital(gaz):
    got = _resolve(gaz, "Washington", "Moscow", "London")
    assert got["Washington"].entry.feature == "city"
    assert got["Washington"].entry.admin1 == "Washington, D.C."
    assert got["London"].entry.iso2 == "GB"
    assert got["Moscow"].entry.feature == "city"


def test_georgia_beside_russia_is_the_country(gaz):
    got = _resolve(gaz, "Georgia", "Russia", "Ukraine")
    assert got["Georgia"].entry.feature == "country"


def test_georgia_beside_atlanta_is_the_state(gaz):
    got = _resolve(gaz, "Atlanta", "Georgia", "Savannah")
    assert got["Georgia"].entry.feature == "ADM1" and got["Georgia"].entry.iso2 == "US"
    assert got["Savannah"].entry.admin1 == "Georgia"


def test_qualifier_picks_the_town_in_that_state(gaz):
    got = _resolve(gaz, "Athens", "Ga.", qualifiers={"Athens": "Ga."})
    assert got["Athens"].entry.admin1 == "Georgia" and got["Athens"].how == "qualified"


def test_alone_a_name_goes_to_the_largest_place(gaz):
    got = _resolve(gaz, "Paris")
    assert got["Paris"].entry.iso2 == "FR"


def test_demonym_maps_to_country(gaz):
    (choice,) = resolve(gaz, [Toponym(0, 9, "Ukrainian", demonym=True)])
    assert choice.entry.feature == "country" and choice.entry.iso2 == "UA"
    assert choice.how == "demonym"


def test_unknown_name_is_unresolved(gaz):
    (choice,) = resolve(gaz, [Toponym(0, 12, "Qwxzyplorth")])
    assert choice.entry is None and choice.how == "unresolved"
