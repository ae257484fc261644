"""Who is acted on, read further still: whom a "that" clause is about when the verb acts on
no one else ("expects that most farmers will …"), whom a battle or a war is fought
against, the one whose demands a verb takes up ("accepted the demands by the miners"),
and the one a speaker says must act after a verb of asserting ("reaffirmed that …
must"). The sentences are written for these tests."""
from __future__ import annotations

import pytest

from .triggers import events_of as _events, recipient_words as _targets


@pytest.mark.model
def test_a_that_clause_names_whom_an_expectation_is_about(bare_nlp):
    text = "The ministry expects that most farmers will receive the new seeds by spring."
    assert _targets(bare_nlp, text, "expects") == ["most farmers"]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, recipient", [
    ("The emir mobilized his cavalry for a battle against the desert tribes.",
     "mobilized", "the desert tribes"),
    ("The king mobilized troops for the long war against Prussia.", "mobilized", "Prussia"),
])
def test_a_struggle_is_aimed_at_whom_it_is_fought_against(bare_nlp, text, trigger,
                                                          recipient):
    assert _targets(bare_nlp, text, trigger) == [recipient]


@pytest.mark.model
def test_demands_taken_up_are_answered_to_who_made_them(bare_nlp):
    text = "The mining company accepted the demands by the striking miners for safer shafts."
    events = _events(bare_nlp, text, "accepted")
    assert events
    assert {a.text for e in events for a in e.actors} == {"The mining company"}
    assert {a.text for e in events for a in e.recipients} == {"the striking miners"}


@pytest.mark.model
def test_a_verb_of_asserting_with_must_is_a_demand(bare_nlp):
    text = "The council reaffirmed that Malawi must release the detained journalists."
    events = _events(bare_nlp, text, "reaffirmed")
    assert [e.code for e in events] == ["100"]
    assert {a.text for e in events for a in e.recipients} == {"Malawi"}


@pytest.mark.model
@pytest.mark.parametrize("text, code", [
    ("The journalist died in a police cell after days of torture.", "1822"),
    ("The old poet died in captivity last winter.", "173"),
])
def test_one_who_died_of_torture_or_in_captivity_is_its_target(bare_nlp, text, code):
    events = _events(bare_nlp, text, "died")
    assert [e.code for e in events] == [code]
    assert [a.text for e in events for a in e.recipients] == [text.split(" died")[0]]
    # the torture itself, named with its article, is no one who acted
    assert not [a for e in events for a in e.actors]


@pytest.mark.model
def test_the_pattern_word_with_its_article_is_no_actor(bare_nlp):
    text = "The farmer died as a result of the torture he suffered in jail."
    events = _events(bare_nlp, text, "died")
    assert [e.code for e in events] == ["1822"]
    assert not [a for e in events for a in e.actors]
