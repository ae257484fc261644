"""Who is acted on when the act names them indirectly: the one a thing is given back to
in a passive or past a long object, people pushed for something, the one helped to cope,
the one who dies, the one a thing pledged goes to, a verb the tagger read as a noun, the
place one's own forces are strengthened in, the subject or object of a gerund a comment is
about, and where troops a light verb's noun deploys are sent. The sentences are written for
these tests."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from storyline.events.component import default_coder, extract_events
from storyline.events.tree import DocTree
from storyline.events.verbforms import acts_as_verb

from .triggers import events_of as _events, recipient_phrases as _targets


@pytest.mark.model
def test_a_thing_returned_in_the_passive_goes_to_its_recipient(bare_nlp):
    text = "The stolen statue was returned to the Greek government by French police."
    assert _targets(bare_nlp, text, "returned") == ["the Greek government"]
    assert [e.code for e in _events(bare_nlp, text, "returned")] == ["0842"]


@pytest.mark.model
@pytest.mark.parametrize("text, recipient", [
    ("Police returned a painting looted during the war from a Jewish family to the Dutch "
     "government.", "the Dutch government"),
    ("The museum returned a manuscript that was taken in 1944 from a Polish library to the "
     "Polish Culture Ministry.", "the Polish Culture Ministry"),
])
def test_the_recipient_hung_inside_a_long_object_is_the_target(bare_nlp, text, recipient):
    assert _targets(bare_nlp, text, "returned") == [recipient]


@pytest.mark.model
def test_people_pushed_for_something_are_the_target(bare_nlp):
    assert _targets(bare_nlp, "The union leader pushed the mayor for higher wages.",
                    "pushed") == ["the mayor"]


@pytest.mark.model
def test_the_one_helped_to_cope_is_the_target(bare_nlp):
    assert _targets(bare_nlp, "Norway sent tents to help Peru cope with the earthquake.",
                    "help") == ["Peru"]


@pytest.mark.model
def test_a_death_by_itself_is_no_killing(bare_nlp):
    # "died" alone says nothing of anyone's force: a former leader dying at home is no 190
    assert not any(e.root_code == "19" for e in _events(
        bare_nlp, "The former president died on Sunday at his home.", "died"))


@pytest.mark.model
def test_support_pledged_goes_to_its_recipient_not_its_owner(bare_nlp):
    assert _targets(bare_nlp, "The prime minister pledged his country's support to the "
                    "Iraqi people.", "pledged") == ["the Iraqi people"]


def test_a_noun_with_a_subject_and_an_object_acts_as_a_verb():
    vocab = Vocab()
    words = ["Norway", "hand", "over", "parcels", "to", "Mali"]
    heads = [1, 1, 1, 1, 3, 4]
    doc = Doc(vocab, words=words, heads=heads, pos=["PROPN", "NOUN", "ADP", "NOUN", "ADP",
                                                     "PROPN"],
              deps=["nsubj", "ROOT", "prt", "dobj", "prep", "pobj"])
    tree = DocTree(doc)
    assert acts_as_verb(tree, 1)
    assert not acts_as_verb(tree, 3)  # "parcels [to Mali]" has no subject


def test_a_verb_tagged_as_a_noun_still_carries_its_event():
    # the parse the model gives some headlines: "hand" a noun with a subject and an object
    words = ["Japan", "and", "UNDP", "hand", "over", "generators", "to", "the", "Yemeni",
             "Government", "."]
    doc = Doc(Vocab(), words=words, heads=[3, 0, 0, 3, 3, 3, 3, 9, 9, 6, 3],
              deps=["nsubj", "cc", "conj", "ROOT", "prt", "dobj", "prep", "det", "amod",
                    "pobj", "punct"],
              pos=["PROPN", "CCONJ", "PROPN", "NOUN", "ADP", "NOUN", "ADP", "DET", "ADJ",
                   "PROPN", "PUNCT"],
              lemmas=["Japan", "and", "UNDP", "hand", "over", "generator", "to", "the",
                      "Yemeni", "Government", "."])
    events = extract_events(doc, default_coder(), uncoded=True)
    assert {e.trigger for e in events} == {"hand"}
    assert {a.text for e in events for a in e.actors} == {"Japan", "UNDP"}


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, place", [
    ("Pakistan has strengthened its troops in Kashmir after the clashes.", "strengthened",
     "Kashmir"),
    ("Turkey reinforced its forces in northern Syria on Monday.", "reinforced",
     "northern Syria"),
    # the place lends the forces its country's code (MDAMIL): they are still Moscow's own
    ("Moscow strengthened its forces in Transnistria amid a dispute with Moldova.",
     "strengthened", "Transnistria"),
])
def test_forces_strengthened_somewhere_are_aimed_at_the_place(bare_nlp, text, trigger, place):
    events = _events(bare_nlp, text, trigger)
    assert {e.code for e in events} == {"154"}  # mobilize or increase armed forces
    assert _targets(bare_nlp, text, trigger) == [place]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, topic", [
    ("The union said it is skeptical about the ministry being able to pay the wages.",
     "skeptical", "the ministry"),
    ("Tokyo expressed pessimism about persuading the Russian government to return the "
     "islands.", "pessimism", "the Russian government"),
])
def test_a_comment_on_a_gerund_clause_is_about_its_subject_or_object(bare_nlp, text, trigger,
                                                                     topic):
    assert _targets(bare_nlp, text, trigger) == [topic]


@pytest.mark.model
def test_troops_deployed_go_where_the_light_verb_sends_them(bare_nlp):
    # "to Somalia" hangs on "announced", not on the noun "deployment"
    text = ("Rwanda announced the deployment of 300 police , including 50 women , to Haiti "
            "for a year.")
    assert _targets(bare_nlp, text, "deployment") == ["Haiti"]
