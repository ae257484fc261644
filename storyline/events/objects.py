"""Reading whom an act on a thing was aimed at, and who did an act named by a noun.

The annotators' (and CAMEO's) target of "lifted sanctions imposed on Eritrea",
"withdrew peacekeepers from Liberia" or "shared evidence with the Justice
Department" is not the thing but the actor or place it went to; the target of
"rejected a request by Turkey" is whose the request was; the source of "were
killed in a Russian air strike" is the strike's actor. :class:`ObjectReader`
holds these readings for :class:`storyline.events.extract.Extractor`.
"""
from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from .records import EventActor

# Where a thing given, moved or banned went: "to Ukraine", "from Liberia", "on imports".
_RECIPIENT_ORDER = ("to", "on", "against", "with", "between", "from", "into", "for", "in",
                    "inside", "at", "of")
_PLACE_PREPS = frozenset({"in", "at", "inside"})
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})


class ObjectReader:
    """Readings of objects and event nouns; mixed into the extractor, which provides
    ``finder``, ``lexicon``, ``noun_key`` and ``_abstract``."""

    def _means_owner(self, verb: Token) -> list[EventActor]:
        """Return who did a passive act through an event named beside it ("were killed in
        Israeli tank shelling", "in an air strike by government forces")."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "by", "during", "after"):
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    if self.lexicon.code_noun(self.noun_key(pobj)) is None:
                        continue
                    for mod in pobj.children:
                        if mod.dep_ == "poss" or (mod.dep_ in ("amod", "compound") and
                                                  mod.i < pobj.i):
                            found = [a for a in self.finder.actors(mod, "possessor",
                                                                   metonymy=True) if a.code]
                            if found:
                                return found
                        if mod.dep_ == "prep" and mod.lower_ == "by":
                            for agent in (c for c in mod.children if c.dep_ == "pobj"):
                                found = self.finder.actors(agent, "by-agent", metonymy=True)
                                if found:
                                    return found
        return []

    def _recipient(self, verb: Token, thing: Token) -> list[EventActor]:
        """Return the actor or named place a ``thing`` object went to, came from or was
        aimed at ("sent troops in Syria", "sanctions imposed on Eritrea", "efforts with
        the truckers", "a boycott of the University"), or [] when there is none."""
        # a participle tells where the thing went ("imposed on"), an infinitive does not
        holders = [thing] + [c for c in thing.children if c.dep_ == "acl" and
                             not any(a.dep_ == "aux" for a in c.children)]
        preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
        preps += [c for c in verb.children if c.dep_ == "prep" and c.i > thing.i]
        event_thing = self._abstract(thing)
        for wanted in _RECIPIENT_ORDER:
            for prep in preps:
                word = prep.lower_
                if word != wanted or (word == "of" and not event_thing):
                    continue
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    # a place only counts when named; "with the truckers" needs no name
                    if word in _PLACE_PREPS and not named(pobj):
                        continue
                    found = self.finder.actors(pobj, word)
                    if found:
                        return found
        return []

    def _owned(self, noun: Token, own: bool = False) -> list[EventActor]:
        """Return the actor whose act or thing ``noun`` is ("a request by Erdogan",
        "Theresa May's offer"), spanning the whole noun phrase as annotators mark a
        rejected or praised act; with ``own`` a noun naming an actor is itself returned."""
        if own and not self._abstract(noun):
            return self.finder.actors(noun, "object")
        owners = [c for c in noun.children if c.dep_ == "poss"]
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                owners += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ == "acl":  # "an appeal lodged by the Centre"
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    owners += [c for c in agent.children if c.dep_ == "pobj"]
        for owner in owners:
            found = self.finder.actors(owner, "owner")
            if found:
                start, end = self.finder.whole(noun, clauses=False)
                return [dataclasses.replace(a, np_start=start, np_end=end) for a in found]
        return []


def named(noun: Token) -> bool:
    """Return whether a noun phrase names an actor or place: its head or a word of its own
    (not of a clause inside it) is a named entity ("Chadian citizens", "Trump's decision")."""
    if noun.ent_type_ in _ACTOR_TYPES:
        return True
    return any(c.ent_type_ in _ACTOR_TYPES or (c.dep_ == "poss" and named(c))
               for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod"))
