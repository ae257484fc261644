"""Which of an event's sides the span scorer marks as target, source or joint actor
(storyline.eval.events_spans, storyline.eval.events_targets)."""
from __future__ import annotations

import pytest


from .scoring import scored_spans as _spans


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # signing an agreement or holding meetings "with" someone is done by both sides
    ("Chile signed a trade agreement with Vietnam on Tuesday .",
     [("R", "Chile"), ("R", "Vietnam")]),
    ("The Kenyan foreign minister held meetings with senior Ugandan officials in Kampala .",
     [("R", "The Kenyan foreign minister"), ("R", "senior Ugandan officials")]),
    # reaching an agreement with someone keeps its source and target
    ("Chile reached an agreement with Vietnam on Tuesday .", [("S", "Chile"), ("T", "Vietnam")]),
])
def test_acts_done_together_mark_both_sides_joint(bare_nlp, text, expected):
    assert _spans(bare_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # one phrase naming two sides that act together is joint; what they agree on is no one
    ("Greek and Turkish diplomats reached an agreement on Cyprus on Monday .",
     [("R", "Greek and Turkish diplomats")]),
    # so do two sides sharing what they know about a third
    ("Brazil and Argentina have agreed to share intelligence on Paraguay .",
     [("R", "Brazil and Argentina")]),
    ("The navies of Chile and Peru held a joint exercise in the Pacific .",
     [("R", "The navies of Chile and Peru")]),
    # one side alone keeps the place its deal is about as target
    ("Greek diplomats reached an agreement on Cyprus on Monday .",
     [("S", "Greek diplomats"), ("T", "Cyprus")]),
])
def test_a_phrase_naming_two_sides_acts_jointly(bare_nlp, text, expected):
    assert _spans(bare_nlp, text) == expected


@pytest.mark.model
def test_a_purpose_reported_with_the_act_names_its_target(bare_nlp):
    # the act and what it is for are told by the same report: the purpose's target counts
    assert _spans(bare_nlp, "The Turkish army has gathered forces for a plan to strike "
                            "against Kurdish militants , state media reported .") == \
        [("S", "The Turkish army"), ("T", "Kurdish militants")]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # one's own arms or forces are not acted on: the place they are turned to is
    ("The militia agreed to lay down its weapons in Libya .",
     [("S", "The militia"), ("T", "Libya")]),
    ("The Kurdish militia has intensified its forces in a number of villages in Syria .",
     [("S", "The Kurdish militia"), ("T", "a number of villages in Syria")]),
    # someone of one's own stays the target
    ("Turkey imposed sanctions on its NATO ally Greece .",
     [("S", "Turkey"), ("T", "its NATO ally Greece")]),
    # force used on "their weapons" may be used on someone else's
    ("Militants seized their weapons in Mosul .", [("S", "Militants"), ("T", "their weapons")]),
])
def test_ones_own_thing_gives_way_to_where_it_is_turned(bare_nlp, text, expected):
    assert _spans(bare_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # people of no named side called on to oppose something: the appeal is aimed at it
    ("The union called on factory workers and students to rally against the new labour "
     "law .", [("S", "The union"), ("T", "the new labour law")]),
    # a named side called on stays the target, whatever it is to act against
    ("The UN called on the Libyan government to act against armed groups .",
     [("S", "The UN"), ("T", "the Libyan government")]),
])
def test_an_appeal_to_oppose_something_targets_it(bare_nlp, text, expected):
    assert _spans(bare_nlp, text) == expected
