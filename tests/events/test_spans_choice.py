"""Which event's actors the span scorer marks and where a target's phrase ends
(storyline.eval.events_spans, storyline.eval.events_targets): conditions, reporting verbs,
documents and their issuers, happenings nobody does, clauses inside a target, on
hand-parsed sentences (no model)."""
from __future__ import annotations

import dataclasses

import spacy
from spacy.tokens import Doc

from storyline.eval.events_spans import system_spans
from storyline.eval.events_targets import target_extent
from storyline.events.records import Event, EventActor

# English lexical attributes (is_punct, lower_) without loading a model
_VOCAB = spacy.blank("en").vocab


def _doc(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """Return a parsed Doc from (word, head index, dep, POS, entity IOB tag) rows."""
    words, heads, deps, pos, ents = zip(*rows)
    return Doc(_VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos),
               ents=list(ents))


def _actor(doc: Doc, first: int, end: int, code: str | None = None,
           how: str = "object") -> EventActor:
    """Return an event actor over tokens ``first``..``end`` of ``doc``."""
    start, stop = doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return EventActor(doc.text[start:stop], code, start, stop, how=how, np_start=start,
                      np_end=stop)


def _event(doc: Doc, trigger: int, code: str, actors: list, recipients: list,
           **how) -> Event:
    """Return an event of ``code`` carried by token ``trigger``, as the component builds it
    (``how`` sets its modality, reported flag or confidence)."""
    word = doc[trigger]
    event = Event(actors[0] if actors else None, recipients[0] if recipients else None, code,
                  code[:3], code[:2], "", 1, 0.0, None, None, word.text, word.idx,
                  word.idx + len(word.text), 0, len(doc.text), actors=tuple(actors),
                  recipients=tuple(recipients), group=trigger)
    return dataclasses.replace(event, **how)


def _spans(doc: Doc, events: list) -> set[tuple[str, int, int]]:
    return system_spans(events, [t.idx for t in doc], tokens=[t.text for t in doc], doc=doc)


def _extent(doc: Doc) -> str:
    start, end = target_extent(doc, 0, len(doc.text.rstrip()))
    return doc.text[start:end]


def test_an_act_supposed_in_a_condition_is_not_the_sentences_event():
    # "Khan threatened to attack Mali if Niger strikes Benin": the threat is told, the
    # strike only supposed, though only its actors are coded
    doc = _doc([("Khan", 1, "nsubj", "PROPN", "B-PERSON"), ("threatened", 1, "ROOT", "VERB", "O"),
                ("to", 3, "aux", "PART", "O"), ("attack", 1, "xcomp", "VERB", "O"),
                ("Mali", 3, "dobj", "PROPN", "B-GPE"), ("if", 7, "mark", "SCONJ", "O"),
                ("Niger", 7, "nsubj", "PROPN", "B-GPE"), ("strikes", 3, "advcl", "VERB", "O"),
                ("Benin", 7, "dobj", "PROPN", "B-GPE")])
    attack = _event(doc, 3, "138", [_actor(doc, 0, 1, None, "subject")],
                    [_actor(doc, 4, 5, "MLI")], modality="threatened")
    strikes = _event(doc, 7, "190", [_actor(doc, 6, 7, "NER", "subject")],
                     [_actor(doc, 8, 9, "BEN")], modality="hypothetical", confidence=0.9)
    assert _spans(doc, [attack, strikes]) == {("S", 0, 1), ("T", 4, 5)}


def test_an_event_naming_someone_is_marked_before_one_naming_no_one():
    # "Talks on quotas began and the agency criticized Mali": the talks name nobody
    doc = _doc([("Talks", 3, "nsubj", "NOUN", "O"), ("on", 0, "prep", "ADP", "O"),
                ("quotas", 1, "pobj", "NOUN", "O"), ("began", 3, "ROOT", "VERB", "O"),
                ("and", 3, "cc", "CCONJ", "O"), ("the", 6, "det", "DET", "O"),
                ("agency", 7, "nsubj", "NOUN", "O"), ("criticized", 3, "conj", "VERB", "O"),
                ("Mali", 7, "dobj", "PROPN", "B-GPE")])
    began = _event(doc, 3, "040", [], [_actor(doc, 2, 3, None, "on")])
    criticized = _event(doc, 7, "111", [_actor(doc, 5, 7, None, "subject")],
                        [_actor(doc, 8, 9, "MLI")])
    assert _spans(doc, [began, criticized]) == {("S", 5, 7), ("T", 8, 9)}


def test_an_event_told_by_a_speaker_is_not_put_after_a_clause_beside_the_speaker():
    # "Rebels overran a base, officials said, killing soldiers"
    doc = _doc([("Rebels", 1, "nsubj", "NOUN", "O"), ("overran", 6, "ccomp", "VERB", "O"),
                ("a", 3, "det", "DET", "O"), ("base", 1, "dobj", "NOUN", "O"),
                (",", 6, "punct", "PUNCT", "O"), ("officials", 6, "nsubj", "NOUN", "O"),
                ("said", 6, "ROOT", "VERB", "O"), (",", 6, "punct", "PUNCT", "O"),
                ("killing", 6, "advcl", "VERB", "O"), ("soldiers", 8, "dobj", "NOUN", "O")])
    overran = _event(doc, 1, "190", [_actor(doc, 0, 1, "---REB", "subject")],
                     [_actor(doc, 2, 4, "---MIL")], reported=True)
    killing = _event(doc, 8, "190", [_actor(doc, 5, 6, "---GOV", "subject")],
                     [_actor(doc, 9, 10, "---MIL")])
    assert _spans(doc, [overran, killing]) == {("S", 0, 1), ("T", 2, 4)}


def test_a_happening_nobody_does_gives_way_to_the_act_in_its_adverbial_clause():
    # "Ten civilians were killed as Chad forces shelled Mali"
    doc = _doc([("Ten", 1, "nummod", "NUM", "B-CARDINAL"),
                ("civilians", 3, "nsubjpass", "NOUN", "O"),
                ("were", 3, "auxpass", "AUX", "O"), ("killed", 3, "ROOT", "VERB", "O"),
                ("as", 7, "mark", "SCONJ", "O"), ("Chad", 6, "compound", "PROPN", "B-GPE"),
                ("forces", 7, "nsubj", "NOUN", "O"), ("shelled", 3, "advcl", "VERB", "O"),
                ("Mali", 7, "dobj", "PROPN", "B-GPE")])
    killed = _event(doc, 3, "190", [], [_actor(doc, 0, 2, "---CVL", "passive subject")],
                    confidence=0.9)
    shelled = _event(doc, 7, "195", [_actor(doc, 5, 7, None, "subject")],
                     [_actor(doc, 8, 9, None)])
    assert _spans(doc, [killed, shelled]) == {("S", 5, 7), ("T", 8, 9)}


def test_a_pronoun_target_stands_for_the_subject_of_a_passive_verb():
    # "Ali Khan was freed after Mali pardoned him"
    doc = _doc([("Ali", 1, "compound", "PROPN", "B-PERSON"),
                ("Khan", 3, "nsubjpass", "PROPN", "I-PERSON"), ("was", 3, "auxpass", "AUX", "O"),
                ("freed", 3, "ROOT", "VERB", "O"), ("after", 6, "mark", "SCONJ", "O"),
                ("Mali", 6, "nsubj", "PROPN", "B-GPE"), ("pardoned", 3, "advcl", "VERB", "O"),
                ("him", 6, "dobj", "PRON", "O")])
    pardoned = _event(doc, 6, "0841", [_actor(doc, 5, 6, "MLI", "subject")],
                      [_actor(doc, 7, 8)])
    assert _spans(doc, [pardoned]) == {("S", 5, 6), ("T", 0, 2)}


def test_a_relative_clause_on_a_noun_inside_the_target_is_left_out():
    doc = _doc([("a", 1, "det", "DET", "O"), ("protest", 1, "ROOT", "NOUN", "O"),
                ("by", 1, "prep", "ADP", "O"), ("farmers", 2, "pobj", "NOUN", "O"),
                ("who", 5, "nsubj", "PRON", "O"), ("stormed", 3, "relcl", "VERB", "O"),
                ("a", 7, "det", "DET", "O"), ("court", 5, "dobj", "NOUN", "O")])
    assert _extent(doc) == "a protest by farmers"


def test_examples_listed_after_the_target_are_left_out():
    doc = _doc([("aid", 1, "compound", "NOUN", "O"), ("workers", 1, "ROOT", "NOUN", "O"),
                (",", 1, "punct", "PUNCT", "O"), ("including", 1, "prep", "VERB", "O"),
                ("those", 3, "pobj", "PRON", "O"), ("from", 4, "prep", "ADP", "O"),
                ("Oxfam", 5, "pobj", "PROPN", "B-ORG")])
    assert _extent(doc) == "aid workers"


def test_a_title_set_beside_a_persons_name_is_left_out():
    # "Ali Khan, a former Congressman": the parser tags the title a proper noun
    doc = _doc([("Ali", 1, "compound", "PROPN", "B-PERSON"),
                ("Khan", 1, "ROOT", "PROPN", "I-PERSON"), (",", 1, "punct", "PUNCT", "O"),
                ("a", 5, "det", "DET", "O"), ("former", 5, "amod", "ADJ", "O"),
                ("Congressman", 1, "appos", "PROPN", "O")])
    assert _extent(doc) == "Ali Khan"


def test_a_parenthesis_is_closed_after_an_initialisms_last_point():
    # "the Front ( T . P . F . )": the text keeps the initialism's last point apart
    doc = _doc([("Police", 1, "nsubj", "NOUN", "O"), ("raided", 1, "ROOT", "VERB", "O"),
                ("the", 3, "det", "DET", "B-ORG"), ("Front", 1, "dobj", "PROPN", "I-ORG"),
                ("(", 5, "punct", "PUNCT", "O"), ("TPF", 3, "appos", "PROPN", "B-ORG"),
                (".", 5, "punct", "PUNCT", "O"), (")", 1, "punct", "PUNCT", "O")])
    event = _event(doc, 1, "171", [_actor(doc, 0, 1, "---COP", "subject")],
                   [_actor(doc, 2, 6, "---REB")])
    assert _spans(doc, [event]) == {("S", 0, 1), ("T", 2, 8)}


def test_a_names_acronym_in_brackets_after_it_is_part_of_the_name():
    # "Police raided the Health Agency ( HA ) today"
    doc = _doc([("Police", 1, "nsubj", "NOUN", "O"), ("raided", 1, "ROOT", "VERB", "O"),
                ("the", 4, "det", "DET", "B-ORG"), ("Health", 4, "compound", "PROPN", "I-ORG"),
                ("Agency", 1, "dobj", "PROPN", "I-ORG"), ("(", 1, "punct", "PUNCT", "O"),
                ("HA", 1, "npadvmod", "PROPN", "B-ORG"), (")", 1, "punct", "PUNCT", "O"),
                ("today", 1, "npadvmod", "NOUN", "B-DATE")])
    event = _event(doc, 1, "171", [_actor(doc, 0, 1, "---COP", "subject")],
                   [_actor(doc, 2, 5, "---GOV")])
    assert _spans(doc, [event]) == {("S", 0, 1), ("T", 2, 8)}
