"""The places component on short texts: toponyms, resolution, metonymy, records."""
from __future__ import annotations

import pytest

from storyline.places.records import Place
from storyline.records import from_jsonable, to_jsonable

pytestmark = pytest.mark.model


def _by_text(doc):
    return {p.text: p for p in doc._.places}


def test_capital_as_subject_of_speech_verb_is_metonymic(analyse):
    doc = analyse("Moscow said on Monday that it would respond. Residents of Moscow were calm.")
    first, second = [p for p in doc._.places if p.text == "Moscow"]
    assert first.metonymic and not second.metonymic
    assert first.country == "RUS" and first.feature == "city"


def test_seat_of_power_stands_for_the_government(analyse):
    doc = analyse("The Kremlin denied the report. Ukraine accused the Kremlin of lying.")
    kremlins = [p for p in doc._.places if p.text == "Kremlin"]
    assert kremlins and all(p.metonymic and p.country == "RUS" for p in kremlins)


def test_demonyms_map_to_countries(analyse):
    places = _by_text(analyse("Russian troops shelled the town, Ukrainian officials said."))
    assert places["Russian"].country == "RUS" and places["Russian"].how == "demonym"
    assert places["Ukrainian"].country == "UKR"


def test_context_resolves_ambiguous_names(analyse):
    doc = analyse("Fighting continued near Donetsk. Kiev said troops had moved from Crimea. "
                  "Georgia and Russia also traded accusations.")
    places = _by_text(doc)
    assert places["Donetsk"].country == "UKR"
    assert places["Georgia"].feature == "country" and places["Georgia"].country == "GEO"


def test_us_town_takes_its_state_from_the_qualifier(analyse):
    places = _by_text(analyse("The school board met in Athens, Ga., on Tuesday."))
    assert places["Athens"].admin1 == "Georgia" and places["Athens"].country == "USA"


def test_places_survive_a_json_round_trip(analyse):
    doc = analyse("Officials in London and Paris met on Friday.")
    assert doc._.places
    for place in doc._.places:
        assert from_jsonable(Place, to_jsonable(place)) == place


def test_a_building_named_after_a_person_is_no_town(analyse):
    places = _by_text(analyse("The two ministers met at Winfield House in London on Friday."))
    assert "Winfield" not in places and places["London"].country == "GBR"


def test_a_town_inside_an_institution_name_is_still_a_place(analyse):
    places = _by_text(analyse("Officers of the Alexandria Police Department arrived in Virginia."))
    assert places["Alexandria"].country == "USA"


def test_short_form_of_an_island_territory(analyse):
    places = _by_text(analyse("It means more for Russia than the Falklands does for the UK."))
    assert places["Falklands"].country == "FLK"
