"""Places named by a common noun, shares of things sent to a place and what a restriction
is put on, read as targets (storyline.eval.events_places, storyline.eval.events_spans).
The sentences are written for these tests."""
from __future__ import annotations

import pytest

from storyline.eval.events_places import PLACE_NOUNS

from .scoring import scored_spans as _spans


def test_place_nouns_are_places_not_shares_or_lines():
    assert {"region", "zone", "province", "town"} <= PLACE_NOUNS
    # "parts of the country", "its borders", "the state of emergency" are no place named
    assert not {"part", "border", "state", "country"} & PLACE_NOUNS


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a place noun names somewhere though no name is in it
    ("Chad is ready to withdraw its forces from a ten mile zone along the river .",
     [("T", "a ten mile zone along the river")]),
    ("Extra police remained on alert in the north region , under orders to stop looters .",
     [("S", "Extra police"), ("T", "the north region")]),
    # whatever the parser makes of the name after it
    ("The ministry declared a state of siege in the northern province of Alta Vista .",
     [("S", "The ministry"), ("T", "the northern province of Alta Vista")]),
])
def test_a_place_noun_is_somewhere(bare_nlp, text, expected):
    assert _spans(bare_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # an act acting on no one is done in the place a place noun heads
    ("The governor declared a curfew in the city on Friday .",
     [("S", "The governor"), ("T", "the city")]),
    ("Ten rebels surrendered in Peru 's southern Cusco region on Monday .",
     [("S", "Ten rebels"), ("T", "Peru 's southern Cusco region")]),
])
def test_an_act_done_in_a_place_noun_targets_it(bare_nlp, text, expected):
    assert _spans(bare_nlp, text) == expected


@pytest.mark.model
def test_a_share_of_things_sent_to_a_place_targets_the_place(bare_nlp):
    # "some of its curbs on … to Cuba": the share is of things, the place is the target
    assert _spans(bare_nlp, "The Treasury decided to ease some of its strictest curbs on "
                            "food shipments to Cuba .") == [("S", "The Treasury"), ("T", "Cuba")]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # what a restriction is put on is acted on, though it names no one
    ("The junta decided to ease restrictions on the sale of farm land .",
     [("S", "The junta"), ("T", "the sale of farm land")]),
    ("The council voted to lift the ban on foreign loans .",
     [("S", "The council"), ("T", "foreign loans")]),
    # a place named inside it is the target instead
    ("The council voted to lift the ban on loans to Cuba .",
     [("S", "The council"), ("T", "Cuba")]),
])
def test_what_a_restriction_is_on_is_the_target(bare_nlp, text, expected):
    assert _spans(bare_nlp, text) == expected
