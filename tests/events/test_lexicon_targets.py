"""Events the lexicon learnt (alerts, hostages, curfews, tariffs, answering for acts,
broken truces and bans, shared intelligence, supplies sent) and the target phrases the
ConfliBERT convention gives them."""
from __future__ import annotations

import pytest

from storyline.eval.events_spans import system_spans
from storyline.events.lexicon import load


def _context(text: str) -> list[tuple[str, str]]:
    """Return (text, lemma) pairs of the words after a verb (lemma = lower-cased word)."""
    return [(w, w.lower()) for w in text.split()]


@pytest.mark.parametrize("verb, after, code", [
    ("remain", "on alert in the capital", "152"),
    ("hold", "thousands of civilians as human shields", "181"),
    ("lay", "down their arms", "0873"),
    ("reduce", "tariffs on steel", "085"),
    ("roll", "back tariffs on cars", "085"),
    ("declare", "a state of emergency", "1724"),
    ("impose", "martial law", "1724"),
    ("reject", "the findings", "120"),
    ("violate", "the ceasefire in the north", "196"),
    ("violate", "an arms ban imposed last year", "128"),
    ("breach", "the peace treaty", "128"),
    ("share", "intelligence with its allies", "064"),
    ("send", "emergency supplies to the region", "073"),
    ("send", "aid to the flooded provinces", "070"),
    ("let", "free three journalists", "0841"),
    ("participate", "in peacekeeping missions", "074"),
])
def test_verbs_in_context_get_their_cameo_code(verb, after, code):
    coding = load().code_verb(verb, _context(after))
    assert coding is not None and coding.code == code


def test_remaining_without_an_alert_is_no_event():
    assert load().code_verb("remain", _context("in the capital")) is None


def test_violating_other_things_stays_uncoded():
    assert load().code_verb("violate", _context("his privacy")) is None


def test_the_model_past_overran_is_an_occupation():
    coding = load().code_verb("overran", ())
    assert coding is not None and coding.code == "192"


@pytest.mark.parametrize("noun, code", [("warfare", "190"), ("curfew", "1723"),
                                        ("tariff", "163"), ("martial law", "1724")])
def test_event_nouns(noun, code):
    assert load().code_noun(noun) == code


def _events(nlp, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """Return (trigger, code, source phrases, target phrases) of every event in ``text``."""
    from storyline.events.component import default_coder, extract_events

    doc = nlp(text)
    return [(e.trigger, e.code, [a.text for a in e.actors], [a.text for a in e.recipients])
            for e in extract_events(doc, default_coder(), uncoded=True)]


@pytest.mark.model
def test_light_verb_lends_its_subject_to_warfare(bare_nlp):
    found = _events(bare_nlp, "Turkey launched cyber warfare against Greece .")
    assert any(code == "190" and "Turkey" in s and "Greece" in t for _, code, s, t in found)


@pytest.mark.model
def test_who_is_responsible_for_killings_did_them(bare_nlp):
    found = _events(bare_nlp, "The rebels are responsible for mass killings in Chad .")
    assert any(trigger == "killings" and code == "190" and s and "Chad" in t
               for trigger, code, s, t in found), found


@pytest.mark.model
def test_responsible_without_an_act_is_no_event(bare_nlp):
    found = _events(bare_nlp, "The ministry is responsible for the budget in Chad .")
    assert not found


@pytest.mark.model
def test_alert_takes_the_place_as_target(bare_nlp):
    found = _events(bare_nlp, "Spanish troops remained on alert in Madrid .")
    assert any(code == "152" and t == ["Madrid"] for _, code, _s, t in found), found


@pytest.mark.model
def test_hostages_are_the_target(bare_nlp):
    found = _events(bare_nlp, "The militia held 300 villagers as human shields .")
    assert any(code == "181" and any("villagers" in x for x in t) for _, code, _s, t in found)


def _target_spans(nlp, text: str) -> list[str]:
    """Return the target phrases system_spans marks in a space-tokenized ``text``."""
    from storyline.events.component import default_coder, extract_events

    tokens = text.split(" ")
    offsets, at = [], 0
    for token in tokens:
        offsets.append(at)
        at += len(token) + 1
    doc = nlp(text)
    spans = system_spans(extract_events(doc, default_coder(), uncoded=True), offsets,
                         tokens=tokens, doc=doc)
    return sorted(" ".join(tokens[a:b]) for label, a, b in spans if label == "T")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a thing sent somewhere: the annotators mark the place it went to
    ("Britain sent a team of engineers to Kenya .", ["Kenya"]),
    # a part of a named place is a place, and a target
    ("Pakistan withdrew its troops from the northern parts of Kashmir .",
     ["the northern parts of Kashmir"]),
    # a site in a place is the target with its place; an act in a place leaves the place
    ("Rebels stormed a police headquarters in northern Mali .",
     ["a police headquarters in northern Mali"]),
    ("Turkey declared a ceasefire in northern Syria .", ["northern Syria"]),
    ("The government imposed a curfew in southern Chad .", ["southern Chad"]),
    # "both" opens a list, whose members are marked one by one
    ("Japan lifted sanctions against both India and Pakistan .", ["India", "Pakistan"]),
])
def test_target_phrase_of_things_and_places(bare_nlp, text, expected):
    assert _target_spans(bare_nlp, text) == expected


@pytest.mark.model
def test_an_outcome_is_no_recipient(bare_nlp):
    found = _events(bare_nlp, "Prison guards tortured a young inmate to death .")
    assert any(code == "1822" and t and all("death" not in x for x in t)
               for _, code, _s, t in found), found


@pytest.mark.model
def test_sanctions_called_for_name_their_target(bare_nlp):
    found = _events(bare_nlp, "The EU called for sanctions against China over human rights "
                              "abuses .")
    assert any(trigger == "called" and t == ["China"] for trigger, _c, _s, t in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Kenyan peacekeepers arrived in Somalia on Monday for a mission .", "Somalia"),
    ("Japanese engineers arrive at the Juba airport .", "the Juba airport"),
])
def test_arrival_targets_the_place_reached(bare_nlp, text, place):
    found = _events(bare_nlp, text)
    assert any(trigger.startswith("arriv") and t == [place] for trigger, _c, _s, t in found), \
        found


@pytest.mark.model
def test_a_part_of_a_named_place_is_named(bare_nlp):
    found = _events(bare_nlp, "The president lifted a state of emergency in northern parts of "
                              "Chad .")
    assert any(code == "0814" and t == ["northern parts of Chad"]
               for _, code, _s, t in found), found


@pytest.mark.model
def test_resigning_from_an_office_targets_its_country(bare_nlp):
    found = _events(bare_nlp, "The prime minister resigned as president of Chad on Sunday .")
    assert any(trigger == "resigned" and t == ["Chad"] for trigger, _c, _s, t in found), found


def test_ambiguous_words_leave_only_no_event_patterns():
    from storyline.events.lexicon import merge
    from storyline.events.verbdict import NO_EVENT, VerbLexicon, VerbPattern

    base = VerbLexicon({"attack": "190"}, {"attack": (
        VerbPattern("attack", NO_EVENT, (("jet", "fighter"),)),
        VerbPattern("attack", NO_EVENT, (("fighter",),)),
        VerbPattern("attack", "195", (("fighter",), ("jets",))))})
    lexicon = merge(base, "X\tfighter\n")
    assert lexicon.code_verb("attack", _context("the fighters")).code == "190"
    assert lexicon.code_verb("attack", _context("the jet")) is None
    assert lexicon.code_verb("attack", _context("fighter jets")).code == "195"


@pytest.mark.model
def test_fighters_attacked_are_combatants(bare_nlp):
    found = _events(bare_nlp, "Turkey attacked Kurdish fighters in Syria .")
    assert any(code.startswith("19") and "Turkey" in s for _, code, s, _t in found), found
