"""Who a target is and how far its phrase runs in span scoring (storyline.eval.events_spans,
storyline.eval.events_targets): clauses, descriptions, owned acts, places served, lists,
pronouns, makers, joint acts and the main event, on hand-parsed sentences (no model)."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from storyline.eval.events_spans import system_spans
from storyline.eval.events_targets import listed_targets, target_extent

# English lexical attributes (is_punct, lower_) without loading a model
_VOCAB = spacy.blank("en").vocab


def _doc(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """Return a parsed Doc from (word, head index, dep, POS, entity IOB tag) rows."""
    words, heads, deps, pos, ents = zip(*rows)
    return Doc(_VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos),
               ents=list(ents))


def _extent(doc: Doc, served: bool = False) -> str:
    start, end = target_extent(doc, 0, len(doc.text.rstrip()), served)
    return doc.text[start:end]


def test_relative_clause_after_a_thing_is_left_out():
    doc = _doc([("a", 1, "det", "DET", "O"), ("bus", 1, "ROOT", "NOUN", "O"),
                ("which", 3, "nsubj", "PRON", "O"), ("carried", 1, "relcl", "VERB", "O"),
                ("workers", 3, "dobj", "NOUN", "O")])
    assert _extent(doc) == "a bus"


def test_description_beside_a_name_is_left_out_but_a_name_beside_a_title_stays():
    named = _doc([("Ali", 1, "compound", "PROPN", "B-PERSON"),
                  ("Khan", 1, "ROOT", "PROPN", "I-PERSON"), (",", 1, "punct", "PUNCT", "O"),
                  ("a", 5, "det", "DET", "O"), ("local", 5, "amod", "ADJ", "O"),
                  ("farmer", 1, "appos", "NOUN", "O")])
    assert _extent(named) == "Ali Khan"
    titled = _doc([("the", 1, "det", "DET", "O"), ("envoy", 1, "ROOT", "NOUN", "O"),
                   (",", 1, "punct", "PUNCT", "O"), ("Ali", 4, "compound", "PROPN", "B-PERSON"),
                   ("Khan", 1, "appos", "PROPN", "I-PERSON")])
    assert _extent(titled) == "the envoy , Ali Khan"


def test_an_owned_act_ends_at_its_noun_but_keeps_its_of_phrase():
    act = _doc([("Chile", 2, "poss", "PROPN", "B-GPE"), ("'s", 0, "case", "PART", "O"),
                ("plan", 2, "ROOT", "NOUN", "O"), ("for", 2, "prep", "ADP", "O"),
                ("reform", 5, "compound", "NOUN", "O"), ("talks", 3, "pobj", "NOUN", "O"),
                ("in", 2, "prep", "ADP", "O"), ("Peru", 6, "pobj", "PROPN", "B-GPE")])
    assert _extent(act) == "Chile 's plan"
    expansion = _doc([("China", 2, "poss", "PROPN", "B-GPE"), ("'s", 0, "case", "PART", "O"),
                      ("expansion", 2, "ROOT", "NOUN", "O"), ("of", 2, "prep", "ADP", "O"),
                      ("reefs", 3, "pobj", "NOUN", "O")])
    assert _extent(expansion) == "China 's expansion of reefs"


def test_a_date_beside_the_target_is_the_events():
    doc = _doc([("France", 2, "poss", "PROPN", "B-GPE"), ("'s", 0, "case", "PART", "O"),
                ("ambassador", 2, "ROOT", "NOUN", "O"),
                ("Monday", 2, "npadvmod", "PROPN", "B-DATE")])
    assert _extent(doc) == "France 's ambassador"


def test_help_offered_to_a_force_in_a_country_serves_the_country():
    force = _doc([("a", 2, "det", "DET", "O"), ("relief", 2, "compound", "NOUN", "O"),
                  ("mission", 2, "ROOT", "NOUN", "O"), ("in", 2, "prep", "ADP", "O"),
                  ("Chad", 3, "pobj", "PROPN", "B-GPE")])
    assert _extent(force, served=True) == "Chad"
    assert _extent(force) == "a relief mission in Chad"  # an attack on it hits the mission
    people = _doc([("people", 0, "ROOT", "NOUN", "O"), ("in", 0, "prep", "ADP", "O"),
                   ("Chad", 1, "pobj", "PROPN", "B-GPE")])
    assert _extent(people, served=True) == "people in Chad"


def test_listed_targets_are_marked_one_by_one_but_listed_modifiers_are_not():
    doc = _doc([("envoys", 0, "ROOT", "NOUN", "O"), ("from", 0, "prep", "ADP", "O"),
                ("Chad", 1, "pobj", "PROPN", "B-GPE"), (",", 2, "punct", "PUNCT", "O"),
                ("Mali", 2, "conj", "PROPN", "B-GPE"), ("and", 4, "cc", "CCONJ", "O"),
                ("Niger", 4, "conj", "PROPN", "B-GPE")])
    assert [doc.text[a:b] for a, b in listed_targets(doc, 0, len(doc.text.rstrip()))] == \
        ["envoys from Chad", "Mali", "Niger"]
    ports = _doc([("air", 3, "amod", "NOUN", "O"), ("and", 0, "cc", "CCONJ", "O"),
                  ("sea", 0, "conj", "NOUN", "O"), ("ports", 3, "ROOT", "NOUN", "O")])
    assert listed_targets(ports, 0, 13) == [(0, 13)]


def test_target_phrase_cut_by_the_scorer_is_reported_in_tokens():
    from storyline.events.records import Event, EventActor

    doc = _doc([("Rebels", 1, "nsubj", "NOUN", "O"), ("hit", 1, "ROOT", "VERB", "O"),
                ("a", 3, "det", "DET", "O"), ("bus", 1, "dobj", "NOUN", "O"),
                ("which", 5, "nsubj", "PRON", "O"), ("carried", 3, "relcl", "VERB", "O"),
                ("workers", 5, "dobj", "NOUN", "O")])
    text = doc.text
    bus = EventActor("a bus", "---", text.index("a bus"), text.index("a bus") + 5,
                     how="object", np_start=text.index("a bus"), np_end=len(text))
    rebels = EventActor("Rebels", "---REB", 0, 6, np_start=0, np_end=6)
    event = Event(rebels, bus, "190", "190", "19", "Use conventional military force", 4,
                  -10.0, "ASSAULT", None, "hit", 7, 10, 0, len(text), actors=(rebels,),
                  recipients=(bus,))
    offsets = [t.idx for t in doc]
    assert system_spans([event], offsets, tokens=[t.text for t in doc], doc=doc) == \
        {("S", 0, 1), ("T", 2, 4)}


def _actor(doc: Doc, first: int, end: int, code: str | None = None, how: str = "object"):
    """Return an event actor over tokens ``first``..``end`` of ``doc``."""
    from storyline.events.records import EventActor

    start, stop = doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return EventActor(doc.text[start:stop], code, start, stop, how=how, np_start=start,
                      np_end=stop)


def _event(doc: Doc, trigger: int, code: str, actors: list, recipients: list):
    """Return an event of ``code`` carried by token ``trigger``, as the component builds it."""
    from storyline.events.records import Event

    word = doc[trigger]
    return Event(actors[0] if actors else None, recipients[0] if recipients else None, code,
                 code[:3], code[:2], "", 1, 0.0, None, None, word.text, word.idx,
                 word.idx + len(word.text), 0, len(doc.text), actors=tuple(actors),
                 recipients=tuple(recipients))


def _spans(doc: Doc, events: list) -> set[tuple[str, int, int]]:
    return system_spans(events, [t.idx for t in doc], tokens=[t.text for t in doc], doc=doc)


def test_the_maker_of_a_thing_condemned_is_the_target():
    # "Cuba condemned threats made by the Senate": the threats name no one, their maker does
    doc = _doc([("Cuba", 1, "nsubj", "PROPN", "B-GPE"), ("condemned", 1, "ROOT", "VERB", "O"),
                ("threats", 1, "dobj", "NOUN", "O"), ("made", 2, "acl", "VERB", "O"),
                ("by", 3, "agent", "ADP", "O"), ("the", 6, "det", "DET", "B-ORG"),
                ("Senate", 4, "pobj", "PROPN", "I-ORG")])
    event = _event(doc, 1, "1123", [_actor(doc, 0, 1, "CUB", "subject")], [_actor(doc, 2, 3)])
    assert _spans(doc, [event]) == {("S", 0, 1), ("T", 5, 7)}


def test_a_pronoun_target_is_the_object_it_stands_for_or_nothing():
    # "Rebels seized 20 villagers to use them as shields"
    doc = _doc([("Rebels", 1, "nsubj", "NOUN", "O"), ("seized", 1, "ROOT", "VERB", "O"),
                ("20", 3, "nummod", "NUM", "B-CARDINAL"), ("villagers", 1, "dobj", "NOUN", "O"),
                ("to", 5, "aux", "PART", "O"), ("use", 1, "xcomp", "VERB", "O"),
                ("them", 5, "dobj", "PRON", "O"), ("as", 5, "prep", "ADP", "O"),
                ("shields", 7, "pobj", "NOUN", "O")])
    event = _event(doc, 5, "175", [_actor(doc, 0, 1, "---REB", "subject")],
                   [_actor(doc, 6, 7)])
    assert _spans(doc, [event]) == {("S", 0, 1), ("T", 2, 4)}
    # "Police urged him": nobody named before the pronoun, no target reported
    alone = _doc([("Police", 1, "nsubj", "NOUN", "O"), ("urged", 1, "ROOT", "VERB", "O"),
                  ("him", 1, "dobj", "PRON", "O")])
    event = _event(alone, 1, "020", [_actor(alone, 0, 1, "---COP", "subject")],
                   [_actor(alone, 2, 3)])
    assert _spans(alone, [event]) == {("S", 0, 1)}


def test_partners_drilling_somewhere_act_jointly_on_no_one():
    # "Chad and Mali began a joint exercise near two villages": where, not with whom
    doc = _doc([("Chad", 3, "nsubj", "PROPN", "B-GPE"), ("and", 0, "cc", "CCONJ", "O"),
                ("Mali", 0, "conj", "PROPN", "B-GPE"), ("began", 3, "ROOT", "VERB", "O"),
                ("a", 6, "det", "DET", "O"), ("joint", 6, "amod", "ADJ", "O"),
                ("exercise", 3, "dobj", "NOUN", "O"), ("near", 6, "prep", "ADP", "O"),
                ("two", 9, "nummod", "NUM", "B-CARDINAL"), ("villages", 7, "pobj", "NOUN", "O")])
    partners = [_actor(doc, 0, 1, "TCD", "subject"), _actor(doc, 2, 3, "MLI", "conjunct")]
    event = _event(doc, 3, "062", partners, [_actor(doc, 8, 10, None, "near")])
    assert _spans(doc, [event]) == {("R", 0, 3)}
    # with a partner named as such they stay source and target
    event = _event(doc, 3, "062", partners[:1], [_actor(doc, 2, 3, "MLI", "with")])
    assert _spans(doc, [event]) == {("S", 0, 1), ("T", 2, 3)}


def test_a_place_name_ends_before_a_speaker_set_beside_it():
    doc = _doc([("Syria", 0, "ROOT", "PROPN", "B-GPE"), (",", 0, "punct", "PUNCT", "O"),
                ("Defence", 4, "compound", "PROPN", "O"), ("Minister", 4, "compound", "PROPN", "O"),
                ("Shoigu", 0, "appos", "PROPN", "B-PERSON")])
    assert _extent(doc) == "Syria"


def test_an_open_parenthesis_is_closed():
    doc = _doc([("Police", 1, "nsubj", "NOUN", "O"), ("raided", 1, "ROOT", "VERB", "O"),
                ("the", 3, "det", "DET", "B-ORG"), ("Front", 1, "dobj", "PROPN", "I-ORG"),
                ("(", 5, "punct", "PUNCT", "O"), ("TPF", 3, "appos", "PROPN", "B-ORG"),
                (")", 1, "punct", "PUNCT", "O")])
    event = _event(doc, 1, "171", [_actor(doc, 0, 1, "---COP", "subject")],
                   [_actor(doc, 2, 6, "---REB")])
    assert _spans(doc, [event]) == {("S", 0, 1), ("T", 2, 7)}


def test_abbreviations_split_from_their_point_are_written_together_again():
    from storyline.eval.events_spans import sentence_text

    tokens = "Mr . Sisi met U . S envoys in the U . K .".split()
    text, offsets = sentence_text(tokens)
    assert text == "Mr. Sisi met U.S envoys in the U.K ."
    assert [text[o:o + len(t)] for o, t in zip(offsets, tokens)] == tokens


def test_the_main_verbs_event_is_marked_before_a_coded_one_inside_its_clause():
    # "Chad rejected claims by Mali that police jailed Niger officials": the rejection is
    # the sentence's event even though the jailing has the better coded actors
    doc = _doc([("Chad", 1, "nsubj", "PROPN", "B-GPE"), ("rejected", 1, "ROOT", "VERB", "O"),
                ("claims", 1, "dobj", "NOUN", "O"), ("by", 2, "prep", "ADP", "O"),
                ("Mali", 3, "pobj", "PROPN", "B-GPE"), ("that", 7, "mark", "SCONJ", "O"),
                ("police", 7, "nsubj", "NOUN", "O"), ("jailed", 1, "ccomp", "VERB", "O"),
                ("Niger", 9, "compound", "PROPN", "B-GPE"), ("officials", 7, "dobj", "NOUN", "O")])
    rejected = _event(doc, 1, "125", [_actor(doc, 0, 1, "TCD", "subject")],
                      [_actor(doc, 4, 5, None, "owner")])
    jailed = _event(doc, 7, "173", [_actor(doc, 6, 7, "NERCOP", "subject")],
                    [_actor(doc, 8, 10, "NERGOV")])
    assert _spans(doc, [jailed, rejected]) == {("S", 0, 1), ("T", 4, 5)}
