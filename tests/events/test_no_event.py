"""Words that look like acts but make none, and acts whose subject undergoes them.

Each text is written for these tests and names the reading it checks.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _triggers(found) -> set[str]:
    return {e.trigger.lower() for e in found}


def test_facing_a_thing_or_going_ahead_is_no_meeting(events):
    found = events("Germany would face penalties if the plan went ahead.")
    assert not any(e.root_code == "04" for e in found), found


def test_taking_place_or_taking_steps_is_no_seizure(events):
    assert not any(e.root_code == "17" for e in events("The talks took place in Geneva."))
    assert not any(e.root_code == "17" for e in events(
        "Poland has not taken steps to restore order."))


def test_judging_something_is_no_meeting(events):
    assert not any(e.root_code == "04" for e in events(
        "The Kenyan parliament considered the election illegal."))


def test_calling_something_a_name_is_no_phone_call(events):
    assert "041" not in {e.code for e in events("The governor called the decision a mistake.")}
    assert "041" in {e.code for e in events("Obama called Merkel.")}


def test_who_undergoes_an_act_is_its_target(events):
    found = [e for e in events("Armenia is suffering a blockade.") if e.root_code == "19"]
    assert found and all(e.source is None and e.target.code == "ARM" for e in found), found


def test_a_question_on_whether_to_act_has_no_actor(events):
    found = events("France said it would respect a vote on whether to join Germany.")
    assert not any(e.source and e.source.code and e.source.code.startswith("FRA") and
                   e.target and e.target.code == "DEU" for e in found), found


def test_he_is_not_the_outlet_that_reports_him(events):
    found = events("He praised the Nigerian army, the Kremlin website reported.")
    assert not any(e.source and e.source.code and e.source.code.endswith("MED")
                   for e in found), found


def test_a_de_prefixed_act_is_not_the_act(events):
    assert "escalate" not in _triggers(events("Turkey wants to de-escalate the war with Syria."))


def test_talks_on_a_topic_are_not_held_by_the_topic(events):
    found = events("Kenya held talks on trade with Uganda.")
    assert not any(e.source is not None and e.source.text == "trade" for e in found), found


def test_words_of_a_question_clause_are_no_part_of_the_verbs_pattern(events):
    # "respect … to" and "respect … result" are patterns of other acts in the dictionaries
    found = [e for e in events("Egypt would respect the result of the vote on whether to "
                               "join Sudan.") if e.trigger.lower() == "respect"]
    assert found and all(e.code in ("051", "032") for e in found), found


def test_meetings_are_mutual_only_between_actors():
    from storyline.events.assemble import pairs
    from storyline.events.candidates import Candidate
    from storyline.events.lexicon import VerbCoding
    from storyline.events.records import EventActor

    kenya = EventActor("Kenya", "KEN", 0, 5)
    uganda = EventActor("Uganda", "UGA", 20, 26)
    crisis = EventActor("the crisis", None, 30, 40)  # a thing the parser made a side
    both = pairs(Candidate(None, VerbCoding("046", ()), (kenya,), (uganda,)), "046")
    assert {(s.code, t.code) for s, t in both} == {("KEN", "UGA"), ("UGA", "KEN")}
    one = pairs(Candidate(None, VerbCoding("046", ()), (crisis,), (kenya,)), "046")
    assert [(s.text, t.text) for s, t in one] == [("the crisis", "Kenya")]


def test_admitting_that_something_is_so_is_no_act(events):
    assert not any(e.trigger.lower() == "admitted" for e in events(
        "The Kenyan minister admitted the drought was a difficult problem."))
    assert "015" in {e.code for e in events("The rebels admitted that they had attacked Mali.")}


def test_calling_a_vote_is_no_appeal_but_calling_for_one_is(events):
    assert not events("The governor called a snap election for October.")
    assert any(e.root_code == "02" for e in events("Students called for new elections."))
