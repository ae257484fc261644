"""Who is acted on: people as the target (owners, households, the deported), the maker of
a thing acted on, things sent or given back (the verbs' own codes are in
test_lexicon_targets.py). The sentences are written for these tests."""
from __future__ import annotations

import pytest

from storyline.eval.events_spans import sentence_text, system_spans
from storyline.events.component import default_coder, extract_events
from storyline.events.objects import names_people


def test_a_number_split_at_its_thousands_is_written_whole():
    text, offsets = sentence_text(["deported", "2", ",", "374", "migrants", ",", "12"])
    assert text == "deported 2,374 migrants , 12"
    assert offsets == [0, 9, 10, 11, 15, 24, 26]


def test_a_number_split_at_its_decimal_point_is_written_whole():
    text, offsets = sentence_text(["gave", "4", ".", "5", "million", ".", "Then"])
    assert text == "gave 4.5 million . Then"
    assert offsets == [0, 5, 6, 7, 9, 17, 19]


@pytest.mark.model
@pytest.mark.parametrize("text, word, people", [
    ("The museum gave the coins back to their owners.", "owners", True),
    ("Local homeowners lost power.", "homeowners", True),
    ("Every household got a voucher.", "household", True),
    ("A former candidate won.", "candidate", True),
    # an actor named by how it stands to another
    ("Germany asked its partners to send more troops.", "partners", True),
    ("Its closest ally objected.", "ally", True),
    # people by their work or by being held
    ("The bus drivers went on strike.", "drivers", True),
    ("The hostages were freed.", "hostages", True),
    ("The old reactor failed.", "reactor", False),
    ("The closed borders hurt trade.", "borders", False),
])
def test_people_nouns(bare_nlp, text, word, people):
    token = next(t for t in bare_nlp(text) if t.text == word)
    assert names_people(token) is people


@pytest.mark.model
def test_partners_urged_to_act_are_the_target(bare_nlp):
    tokens = "The president urged trusted allies like Japan to cut emissions .".split()
    sentence, offsets = sentence_text(tokens)
    doc = bare_nlp(sentence)
    spans = system_spans(extract_events(doc, default_coder(), uncoded=True), offsets,
                         tokens=tokens, doc=doc)
    assert sorted((label, " ".join(tokens[a:b])) for label, a, b in spans) == [
        ("S", "The president"), ("T", "trusted allies like Japan")]


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("The government ended mediation efforts with the bus drivers on Friday .",
     "the bus drivers"),
    ("The ministry ended its mediation with the hostages on Friday .", "the hostages"),
])
def test_people_by_their_work_or_captivity_are_the_target(bare_nlp, text, target):
    tokens = text.split()
    sentence, offsets = sentence_text(tokens)
    doc = bare_nlp(sentence)
    spans = system_spans(extract_events(doc, default_coder(), uncoded=True), offsets,
                         tokens=tokens, doc=doc)
    assert [" ".join(tokens[a:b]) for label, a, b in spans if label == "T"] == [target]


def _targets(nlp, text: str, trigger: str) -> list[tuple[str, str | None]]:
    """Return (phrase, code) of the targets of the events ``trigger`` carries in ``text``."""
    events = extract_events(nlp(text), default_coder(), uncoded=True)
    return [(text[a.np_start:a.np_end], a.code) for e in events
            if trigger in e.trigger.split() for a in e.recipients]


@pytest.mark.model
def test_people_deported_are_the_target_not_where_they_went(bare_nlp):
    found = _targets(bare_nlp, "Chile deported 300 migrants to Peru on Friday.", "deported")
    assert [phrase for phrase, _ in found] == ["300 migrants"]


@pytest.mark.model
def test_the_maker_of_a_rule_broken_is_the_target(bare_nlp):
    found = _targets(bare_nlp, "Iran violated a ban by the European Union on oil sales.",
                     "violated")
    assert found and found[0][0] == "the European Union" and found[0][1].startswith("IGOEU")


@pytest.mark.model
def test_a_thing_given_back_goes_to_its_recipient_not_its_taker(bare_nlp):
    found = _targets(bare_nlp, "The police returned paintings stolen by the Nazis to "
                     "their owners.", "returned")
    assert [phrase for phrase, _ in found] == ["their owners"]


@pytest.mark.model
def test_things_counted_go_where_the_count_was_sent(bare_nlp):
    found = _targets(bare_nlp, "Italy returned dozens of stolen vases to the government "
                     "of Greece.", "returned")
    assert found and found[0][1] and found[0][1].startswith("GRC")


@pytest.mark.model
def test_people_named_by_what_they_own_are_a_target_span(bare_nlp):
    tokens = "The agency returned a painting to its owners .".split()
    text, offsets = sentence_text(tokens)
    doc = bare_nlp(text)
    events = extract_events(doc, default_coder(), uncoded=True)
    spans = system_spans(events, offsets, tokens=tokens, doc=doc)
    assert ("T", 6, 8) in spans  # "its owners"


@pytest.mark.model
def test_a_thing_removed_goes_to_whom_it_was_aimed_at_not_the_thing(bare_nlp):
    # "remove" may also mean expelling people (174): a ban removed is no one
    found = _targets(bare_nlp, "Pakistan refused to remove the ban on Indian films.", "remove")
    assert [phrase for phrase, _ in found] == ["Indian films"]


@pytest.mark.model
def test_the_weapon_of_an_attack_is_not_its_target(bare_nlp):
    found = _targets(bare_nlp, "The rebels attacked the villages with rockets and drones.",
                     "attacked")
    assert found and not any("rockets" in phrase or "drones" in phrase for phrase, _ in found)


@pytest.mark.model
def test_a_suspended_thing_goes_to_its_recipient(bare_nlp):
    found = _targets(bare_nlp, "Canada announced a suspension of aid to Haiti.", "suspension")
    assert found and found[0][1] == "HTI"


@pytest.mark.model
def test_things_given_back_go_to_whom_they_were_taken_from(bare_nlp):
    found = _targets(bare_nlp, "The militia will return the rifles it seized from the "
                     "Kenyan army.", "return")
    assert found and found[0][1] and found[0][1].startswith("KEN")


@pytest.mark.model
def test_a_comment_is_about_the_topic_hung_on_its_verb(bare_nlp):
    found = _targets(bare_nlp, "The minister expressed optimism at the trade talks.",
                     "optimism")
    assert [phrase for phrase, _ in found] == ["the trade talks"]


@pytest.mark.model
def test_both_sides_of_a_meeting_at_a_venue_are_joint(bare_nlp):
    tokens = "The French president met the Chinese premier at the Elysee Palace .".split()
    text, offsets = sentence_text(tokens)
    doc = bare_nlp(text)
    events = extract_events(doc, default_coder(), uncoded=True)
    spans = system_spans(events, offsets, tokens=tokens, doc=doc)
    assert {label for label, _, _ in spans} == {"R"}


@pytest.mark.model
def test_the_targets_of_an_assault_are_one_list(bare_nlp):
    tokens = "Rebels attacked the Syrian army and the police in Aleppo .".split()
    text, offsets = sentence_text(tokens)
    doc = bare_nlp(text)
    events = extract_events(doc, default_coder(), uncoded=True)
    targets = {(s, e) for label, s, e in system_spans(events, offsets, tokens=tokens, doc=doc)
               if label == "T"}
    assert len(targets) == 1 and min(s for s, _ in targets) == 2


@pytest.mark.model
def test_a_word_of_the_pattern_is_not_part_of_the_target(bare_nlp):
    found = _targets(bare_nlp, "Yemen let free activists after the protests.", "let")
    assert [phrase for phrase, _ in found] == ["activists"]


@pytest.mark.model
def test_a_change_called_for_somewhere_is_aimed_at_the_place(bare_nlp):
    found = _targets(bare_nlp, "The union called for reform in Kenya.", "called")
    assert found and found[0][1] == "KEN"


@pytest.mark.model
def test_things_sent_in_a_list_go_where_the_last_was_sent(bare_nlp):
    found = _targets(bare_nlp, "Spain sent tents and a team of doctors to Morocco.", "sent")
    assert found and found[0][1] == "MAR"
