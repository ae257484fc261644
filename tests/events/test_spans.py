"""The extent of an event's actors: the phrase annotators mark, and speed guards."""
from __future__ import annotations

import pytest

from storyline.events.lexicon import load


def _recipients(nlp, text: str, trigger: str) -> list[str]:
    """Return the whole-phrase texts of the recipients of the event triggered by ``trigger``."""
    from storyline.events.component import default_coder, extract_events

    doc = nlp(text)
    found = []
    for event in extract_events(doc, default_coder(), uncoded=True):
        if event.trigger == trigger:
            found += [text[a.np_start:a.np_end] for a in event.recipients]
    return found


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, expected", [
    # a date inside the object's participle belongs to the event
    ("The government accepted the proposal submitted by the China Merchants Port on "
     "March 31.", "accepted", "the proposal submitted by the China Merchants Port"),
    # the charge of an accusation is not part of the one accused
    ("Amnesty International accused the Nigerian military of mass slaughter in Zaria.",
     "accused", "the Nigerian military"),
    # a person is named without where they meet
    ("Erdogan will meet President Sergio Mattarella in Rome.", "meet",
     "President Sergio Mattarella"),
    # a rejected request spans the whole request, coded by whose it is
    ("The German government rejected a request by Turkey to hold a rally.", "rejected",
     "a request by Turkey"),
    # relative and "that" clauses end the phrase
    ("US authorities have deported a convicted IRA bomber who first travelled to the "
     "country 20 years ago.", "deported", "a convicted IRA bomber"),
    ("The EU chief rejected Benjamin Netanyahu's suggestion that Europe would follow the "
     "US.", "rejected", "Benjamin Netanyahu's suggestion"),
    # a thing handed over is not the target; whom it went to is
    ("The United States handed over medical equipment to the Ministry of Health of "
     "Ethiopia.", "handed", "the Ministry of Health of Ethiopia"),
])
def test_target_phrase_follows_the_annotation_convention(bare_nlp, text, trigger, expected):
    assert expected in _recipients(bare_nlp, text, trigger)


@pytest.mark.model
def test_owner_of_a_rejected_act_is_the_coded_target(bare_nlp):
    from storyline.events.component import complete, default_coder, extract_events

    doc = bare_nlp("The German government rejected a request by Turkey to hold a rally.")
    events = complete(extract_events(doc, default_coder()))
    assert any(e.target.code and e.target.code.startswith("TUR") and e.root_code == "12"
               for e in events), [(e.source.code, e.target.code, e.code) for e in events]


def test_lexicon_knows_which_words_may_trigger():
    lexicon = load()
    assert lexicon.may_trigger("meet") and lexicon.may_trigger("talk")
    assert lexicon.may_trigger("strike")  # the head of "air strike"
    assert not lexicon.may_trigger("banana")


def test_patterns_with_absent_words_are_skipped_but_matches_unchanged():
    lexicon = load()
    plain = lexicon.code_verb("meet", [("in", "in"), ("London", "london")])
    assert plain is not None and plain.code.startswith("04")
    assert lexicon.code_verb("banana", [("x", "x")]) is None
