"""Verb forms that make no act of their own, and who a pronoun cannot stand for.

- "called the plan a disaster", "considered the referendum illegal": a verb of naming or
  judging with a predicate after its object makes no act (no one was telephoned, nothing
  was discussed).
- "called a plebiscite": setting a vote is no appeal.
- "de-escalate": the tokenizer splits off the prefix that undoes the act.
- "would face costs", "is suffering a blockade": the subject undergoes what the object
  names, so only an object naming an act (read as a nominal event, its subject the
  target) makes an event.
- "cited Putin as expressing alarm": the citing reports Putin's act, no act of its own.
- "admitted the crisis was difficult": granting that something is so is no act.
- "He thanked …, the Kremlin website reported": "he" or "she" is not the outlet or the
  body that reports them.
- "Japan and UNDP hand over generators": a word tagged a noun with a subject and an object
  of its own is a verb the tagger misread.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..quotes.cues import OUTLET_NOUNS
from .lexicon import VerbCoding
from .tree import DocTree

# Verbs whose subject undergoes the act their object names ("suffered an attack").
UNDERGOING = frozenset({"experience", "suffer", "undergo", "face", "endure", "sustain"})
# Verbs of admitting: with a clause they report what someone grants, no act ("admitted the
# crisis was difficult"); one's own act admitted is a claim (015), read before.
ADMITTING = frozenset({"admit", "confess", "acknowledge", "concede"})
# Verbs that name or judge their object when a predicate follows it.
JUDGING = frozenset({"call", "consider", "deem", "label", "brand", "term", "dub"})
# Verbs that report another's act in an "as"-clause ("cited Putin as expressing alarm").
CITING = frozenset({"cite", "quote"})
# Votes one calls (sets a date for).
VOTES = frozenset({"election", "referendum", "plebiscite", "vote", "poll", "ballot"})
_PEOPLE = frozenset({"he", "she"})
_NO_ONE = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})  # entity types "he" never is


def no_act(verb: Token, lemma: str, coding: VerbCoding | None) -> bool:
    """Return whether ``verb`` (lemma ``lemma``, coded ``coding``) makes no event itself."""
    if lemma in UNDERGOING and not (coding and coding.matched):
        return True  # a pattern of its own ("faces pressure from") still codes it
    if lemma in ADMITTING and not (coding and coding.matched) and any(
            c.dep_ == "ccomp" for c in verb.children):
        return True  # "admitted the crisis was difficult": words about a state of affairs
    doc, i = verb.doc, verb.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "de" and \
            not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return True
    if lemma in CITING and any(c.dep_ == "prep" and c.lower_ == "as" and any(
            g.dep_ == "pcomp" for g in c.children) for c in verb.children):
        return True  # "cited Putin as expressing alarm": a report of Putin's act
    if lemma == "call" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in VOTES
                               for c in verb.children):
        return True  # "called a plebiscite": a vote set, no appeal ("called for a vote" is)
    if lemma in JUDGING:
        children = list(verb.children)
        deps = {c.dep_ for c in children}
        # "called them the only way", "considered the referendum illegal" (a verbless
        # clause: its head is the name or the judgement)
        return ("oprd" in deps and bool(deps & {"dobj", "obj"})) or any(
            c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN", "PROPN") and
            any(g.dep_ == "nsubj" for g in c.children) for c in children)
    return False


def acts_as_verb(tree: DocTree, i: int) -> bool:
    """Return whether the word at ``i``, tagged a noun, has a subject and an object of
    its own in the parse: a verb the tagger misread ("Japan and UNDP hand over generators
    to the Yemeni Government")."""
    deps = {tree.deps[c] for c in tree.children[i]}
    return "nsubj" in deps and "dobj" in deps


def may_stand_for(pronoun: str, word: Token) -> bool:
    """Return whether the subject ``word`` may be what ``pronoun`` (lower case) stands for."""
    if pronoun not in _PEOPLE:
        return True
    return word.ent_type_ not in _NO_ONE and word.lemma_.lower() not in OUTLET_NOUNS
