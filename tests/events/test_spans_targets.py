"""Who the target of an event is and how far its phrase runs (the ConfliBERT readings)."""
from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import Vocab

from storyline.eval.events_spans import sentence_text
from storyline.events.participants import ActorFinder


def _events(nlp, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """Return (trigger, code, source phrases, target phrases) of every event in ``text``."""
    from storyline.events.component import default_coder, extract_events

    doc = nlp(text)
    return [(e.trigger, e.code, [text[a.np_start:a.np_end] for a in e.actors],
             [text[a.np_start:a.np_end] for a in e.recipients])
            for e in extract_events(doc, default_coder(), uncoded=True)]


def _targets(nlp, text: str, trigger: str) -> list[str]:
    """Return the target phrases of the events ``trigger`` carries in ``text``."""
    return [t for e in _events(nlp, text) if e[0] == trigger for t in e[3]]


def test_split_possessive_is_glued_back_with_offsets_kept():
    text, offsets = sentence_text(["Chad", "\u2019", "s", "army", "left"])
    assert text == "Chad 's army left"
    assert offsets == [0, 5, 6, 8, 13]
    assert [text[o:o + len(t)] for o, t in zip(offsets, ["Chad", "'", "s", "army"])] == \
        ["Chad", "'", "s", "army"]
    assert sentence_text(["a", "b"]) == ("a b", [0, 2])


def test_closing_parenthesis_hung_on_the_verb_ends_the_phrase():
    # "Police raided the Front ( TPF ) today": the parser may hang ")" on the verb
    words = ["Police", "raided", "the", "Front", "(", "TPF", ")", "today"]
    heads = [1, 1, 3, 1, 5, 3, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "appos", "punct", "npadvmod"]
    pos = ["NOUN", "VERB", "DET", "PROPN", "PUNCT", "PROPN", "PUNCT", "NOUN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    finder = ActorFinder(doc, None)
    start, end = finder.whole(doc[3], clauses=False)
    assert doc.text[start:end] == "the Front ( TPF )"


def test_a_dash_taken_for_a_noun_is_no_one():
    # "calls for non - recognition": the parser may make the dash the preposition's object
    words = ["calls", "for", "non", "-", "recognition"]
    heads = [0, 0, 3, 1, 3]
    deps = ["ROOT", "prep", "amod", "pobj", "amod"]
    pos = ["VERB", "ADP", "ADJ", "NOUN", "NOUN"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos)
    finder = ActorFinder(doc, None)
    assert not finder.animate(doc[3])
    assert finder.animate(doc[4])


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, expected", [
    # an act is aimed at the place named in it
    ("Norway offered to contribute to the stabilisation of the situation in Chad .",
     "contribute", "Chad"),
    ("Colombia approved the extradition of the drug lord to Mexico .", "approved", "Mexico"),
    # the one who accuses is the target of a rejected accusation, not its charge
    ("Serbia rejected allegations by Croatia of war crimes .", "rejected", "Croatia"),
    ("The Chinese embassy rejected accusations by Canada that its diplomats had spied on "
     "students .", "rejected", "Canada"),
    # a thing given goes to the dative, wherever it stands
    ("Japan donated medical supplies to Kenya .", "donated", "Kenya"),
    ("Italy returned to the Greek government six stolen statues .", "returned",
     "the Greek government"),
    # what is given or sent goes to the target, whoever it names ("Malian manuscripts")
    ("France returned two Malian manuscripts to the National Library of Mali .", "returned",
     "the National Library of Mali"),
    # a counted group is named with its count
    ("Soldiers detained dozens of protesters .", "detained", "dozens of protesters"),
    # a contact clause and a participle after a comma are not part of the one acted on
    ("Rebels freed a French engineer they kidnapped last year .", "freed",
     "a French engineer"),
    ("Police released Ahmed Ali , detained during the protests in Cairo .", "released",
     "Ahmed Ali"),
    # an envoy is named without the capital they serve in; "both" belongs to the list
    ("Hungary summoned the Austrian ambassador in Budapest on Monday .", "summoned",
     "the Austrian ambassador"),
    ("Norway lifted sanctions against both Iran and Syria .", "lifted", "Iran"),
    # what force was used on is the thing where it stood, not the place
    ("Gunmen attacked the church in Kano .", "attacked", "the church in Kano"),
    # an owned act stays whole
    ("Kenya rejected a request from the World Bank to cut fuel subsidies .", "rejected",
     "a request from the World Bank"),
    ("The minister defended Peru 's handling of the crisis .", "defended",
     "Peru 's handling of the crisis"),
])
def test_target_reading(bare_nlp, text, trigger, expected):
    assert _targets(bare_nlp, text, trigger)[:1] == [expected], _events(bare_nlp, text)


@pytest.mark.model
def test_saying_what_another_must_do_is_a_demand_on_them(bare_nlp):
    found = _events(bare_nlp, "Germany said that Iran must release the detained journalists .")
    assert ("said", "100", ["Germany"], ["Iran"]) in found, found
    # what the speaker says they must do themselves is not a demand on anyone
    found = _events(bare_nlp, "Germany said it must release the detained journalists .")
    assert not any(e[1] == "100" for e in found), found


@pytest.mark.model
def test_hoping_another_will_act_is_a_comment_on_them(bare_nlp):
    # the lemmatizer reads "hopes" as "hop": the word form decides
    found = _events(bare_nlp, "Peru 's president said he hopes Chile will reopen the border .")
    assert any(e[1] == "013" and e[3] == ["Chile"] for e in found), found


def _spans(nlp, sentence: str) -> set[tuple[str, str]]:
    """Return the (label, words) spans :func:`system_spans` reads in a tokenized sentence."""
    from storyline.eval.events_spans import system_spans
    from storyline.events.component import default_coder, extract_events

    tokens = sentence.split()
    text, offsets = sentence_text(tokens)
    doc = nlp(text)
    spans = system_spans(extract_events(doc, default_coder(), uncoded=True), offsets,
                         tokens=tokens, doc=doc)
    return {(label, " ".join(tokens[a:b])) for label, a, b in spans}


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # the target of a purpose stands for an event naming no one
    ("Sweden gave 40 million crowns to promote farming in Malawi .",
     {("S", "Sweden"), ("T", "Malawi")}),
    # a comment's target is what it is about, even a thing
    ("The union said it is skeptical about the new pension scheme .",
     {("S", "The union"), ("T", "the new pension scheme")}),
])
def test_span_reading(bare_nlp, sentence, expected):
    assert _spans(bare_nlp, sentence) == expected
