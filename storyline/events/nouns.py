"""Reading events that nouns name: "talks between X and Y", "X's meeting with Y",
"sanctions on Russian officials", "the LRA is responsible for mass killings".

:class:`NounReader` holds these readings for
:class:`storyline.events.extract.Extractor`, whose verb readings
(``_subject``, ``_targets``, ``_location_target``, ``_object_actors``,
``noun_key``) it uses: a light verb ("hold talks", "prepare sanctions") lends
its noun a subject.
"""
from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from ..places.countries import country_for
from .candidates import Candidate
from .lexicon import VerbCoding
from .objects import ABSTRACT, CLAIMED, named
from .records import EventActor
from .verbforms import UNDERGOING, may_stand_for

SHOW_OF_FORCE, JOINT_DRILL = "150", "062"
# Prepositions whose object is the one acted on ("sanctions on", "talks with").
TARGET_PREPS = ("with", "against", "on", "to", "into", "from", "toward", "towards",
                "over", "for", "of", "upon")
JOINT_PREPS = ("between", "among", "amongst")
# "in a meeting with", "during talks with": the event noun frames its verb's subject
FRAME_PREPS = frozenset({"in", "during", "at", "after", "before", "following"})
# What a comment is about: "pessimism about", "skeptical of", "optimism at".
TOPIC_PREPS = ("about", "at", "over", "regarding", "of", "in", "toward", "towards")
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})
# CAMEO's root of comments (pessimism, optimism, concern), which are about a topic.
COMMENT_ROOT = "01"


# Possessive pronouns, and the subject pronoun each stands for.
_OWNERS = {"his": "he", "her": "she", "its": "it", "their": "they"}


class NounReader:
    """Nominal event readings, mixed into the event extractor."""

    def _clause_subject(self, noun: Token) -> list[EventActor]:
        """Return the actors a clause on ``noun`` is about ("hopes [that] the government
        will change its policy" → the government), or []."""
        for clause in noun.children:
            if clause.dep_ in ("acl", "ccomp") and clause.pos_ in ("VERB", "AUX") and \
                    not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.pos_ != "PRON":
                    return self.finder.actors(subject, "topic")
        return []

    def _content_subject(self, verb: Token, children: list[Token]) -> list[EventActor]:
        """Return whom a verb's "that" clause is about when the verb acts on no one else
        ("expects that most pupils will return" → the pupils), or []: the content of an
        expectation or a promise names those it concerns."""
        for clause in children:
            if clause.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that"
                                              for c in clause.children):
                subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")),
                               None)
                if subject is not None and subject.pos_ != "PRON":
                    return self.finder.actors(subject, "topic")
        return []

    def _gerund_topic(self, noun: Token, via: Token | None) -> list[EventActor]:
        """Return who or what a comment is about when its topic is a gerund clause ("is
        skeptical about the ministry being able to pay", "pessimism about persuading the
        Russian government"): the clause's subject, else its object; or []."""
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS]
        if via is not None:
            preps += [c for c in via.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
                      and c.i > noun.i]
        for clause in (c for p in preps for c in p.children if c.dep_ == "pcomp" and
                       c.pos_ in ("VERB", "AUX")):
            for dep in ("nsubj", "nsubjpass", "dobj"):
                for word in (c for c in clause.children if c.dep_ == dep and c.pos_ != "PRON"
                             and not self._abstract(c)):
                    found = self.finder.actors(word, "topic")
                    if found:
                        return found
        return []

    def _inner_target(self, noun: Token, depth: int = 3) -> list[EventActor]:
        """Return an actor the event noun is aimed at deeper down ("sanctions including
        asset freezes and visa bans on Russian officials")."""
        if depth == 0:
            return []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("on", "against", "upon"):
                found = self._object_actors(child)
                if found:
                    return found
        for child in noun.children:
            if child.dep_ in ("conj", "pobj", "prep", "appos"):
                found = self._inner_target(child, depth - 1)
                if found:
                    return found
        return []

    def _next_target(self, noun: Token, window: int = 10) -> list[EventActor]:
        """Return the actor of the next "on/against X" after the noun (when the parse
        has lost the attachment of a long object)."""
        sent = noun.sent
        for token in sent.doc[noun.i + 1:min(sent.end, noun.i + 1 + window)]:
            if token.pos_ == "VERB" and token.dep_ in ("relcl", "advcl", "ccomp", "acl"):
                break
            if token.lower_ in ("on", "against") and token.dep_ == "prep":
                found = self._object_actors(token)
                if found:
                    return found
        return []

    def _abstract(self, noun: Token) -> bool:
        """Return whether an object noun names a thing done, not someone ("an assault")."""
        return noun.pos_ == "NOUN" and (self.lexicon.code_noun(self.noun_key(noun)) is not None
                                        or noun.ent_type_ == "" and noun.lemma_.lower() in
                                        ABSTRACT)

    def _actor_or_inner(self, noun: Token, how: str) -> list[EventActor]:
        """Return the actors of ``noun``, else of an actor inside it ("sanctions on Russia")."""
        found = self.finder.actors(noun, how)
        if found:
            return found
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                found = self._object_actors(child)
                if found and child.lower_ == "of" and (
                        noun.like_num or noun.ent_type_ in ("CARDINAL", "QUANTITY")):
                    # "dozens of political activists": the count is part of the phrase
                    start, end = self.finder.whole(noun, clauses=how in ("subject",))
                    found = [dataclasses.replace(a, np_start=start, np_end=end) if
                             a.np_start is not None and start <= a.np_start else a
                             for a in found]
                if found:
                    return found
        return []

    def _owner(self, noun: Token, pronoun: Token) -> Token:
        """Return who a possessive pronoun stands for ("Describing his conversation with
        Lavrov, Kerry said" → Kerry): the subject of the verb the noun belongs to, or of
        the verb reporting it, when the pronoun may stand for it; else the pronoun."""
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return pronoun
        said = _OWNERS[pronoun.lower_]
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                        and c.i != noun.i), None)
        if subject is not None:
            return subject if may_stand_for(said, subject) else pronoun
        return self._antecedent(verb, said) or pronoun

    def noun(self, noun: Token, via: Token | None = None) -> Candidate | None:
        """Return the nominal event headed by ``noun``, or None when it has no actors."""
        code = self.lexicon.code_noun(self.noun_key(noun))
        if code is None:
            return None
        sources: list[EventActor] = []
        targets: list[EventActor] = []
        joint = False
        for child in noun.children:
            if child.dep_ == "compound" and code[:2] in RECIPROCAL_ROOTS and \
                    child.ent_type_ == "GPE" and country_for(child.text) is None:
                continue  # "the Paris summit", "the Minsk agreement": a venue, not a side
            if child.dep_ == "poss" or (child.dep_ in ("compound", "amod") and child.i < noun.i):
                # "US sanctions", "Russian annexation": only a coded modifier is an actor
                owner = self._owner(noun, child) if child.lower_ in _OWNERS else child
                found = [a for a in self.finder.actors(owner, "possessor", metonymy=True)
                         if a.code or child.dep_ == "poss"]
                sources = sources or found
        for child in noun.children:
            if child.dep_ != "prep":
                continue
            word = child.lower_
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if word in JOINT_PREPS:
                    sources = self.finder.actors(pobj, word)
                    joint = True
                elif word == "by" and via is not None and noun.lemma_.lower() in CLAIMED:
                    # "accepted the demands by protesters": a claim taken up by a verb is
                    # answered to whoever made it; the verb's subject answers
                    targets = targets or self.finder.actors(pobj, "owner")
                elif word == "by" and not sources:
                    sources = self.finder.actors(pobj, "by-agent", metonymy=True)
                elif (word in TARGET_PREPS or word in TOPIC_PREPS and
                      code[:2] not in RECIPROCAL_ROOTS) and not targets:
                    # "a meeting at Winfield House": where a meeting is held is no side
                    targets = self.finder.actors(pobj, word)
                    if word == "of" and not named(pobj) and not any(
                            a.code and not a.code.startswith("---") for a in targets):
                        # "a suspension of aid to Guatemala", "the deployment of troops to
                        # Liberia": where the thing or group went is the one acted on
                        targets = self._recipient(noun, pobj) or (
                            via is not None and self._recipient(via, pobj)) or targets
        for child in noun.children:
            # "pessimism that the department would …": the clause's subject is the target
            if not targets and child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX"):
                subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    targets = self.finder.actors(subject, "topic")
        if not targets and via is not None and via.pos_ == "AUX":
            # "is skeptical [that] the program would meet …": the copula holds the clause
            targets = self._clause_subject(via)
        undergone = via is not None and via.lemma_.lower() in UNDERGOING
        if undergone and not targets:
            # "Transnistria is experiencing a blockade": who undergoes the act is its target
            subject = self._subject(via)
            targets = self.finder.actors(subject, "object") if subject is not None else []
        elif via is not None and not sources:
            subject = self._subject(via)
            if noun.dep_ == "nsubjpass":
                # "the attacks were orchestrated by the rebels": the agent, not the act
                subject = next((p for a in via.children if a.dep_ == "agent"
                                for p in a.children if p.dep_ == "pobj"), None)
            if subject is not None:
                sources = self.finder.actors(subject, "subject", metonymy=True)
            if not targets:
                targets = [a for a in self._targets(via)
                           if not (noun.idx <= a.start < noun.idx + len(noun.text))]
            if not targets and code[:2] == COMMENT_ROOT:
                # "expressed optimism at a deal": the parser hangs the topic on the verb
                for prep in (c for c in via.children if c.dep_ == "prep" and
                             c.lower_ in TOPIC_PREPS and c.i > noun.i):
                    targets = targets or self._object_actors(prep)
        elif via is None and not sources and noun.dep_ == "pobj" and \
                noun.head.lower_ in FRAME_PREPS and noun.head.head.pos_ in ("VERB", "AUX"):
            # "reiterated, in a meeting with Ban, that …": the verb's subject met
            subject = self._subject(noun.head.head)
            if subject is not None:
                sources = self.finder.actors(subject, "subject", metonymy=True)
        elif via is None and not sources and _answerable(noun):
            # "the LRA is responsible for mass killings": who answers for an act did it
            adjective = noun.head.head
            subject = self._subject(adjective.head) if adjective.dep_ == "acomp" else None
            if subject is None:
                return None
            sources = self.finder.actors(subject, "subject", metonymy=True)
        elif via is None and not sources and noun.dep_ in ("dobj", "pobj"):
            return None  # its verb (not a light one) or preposition owns the event
        if not targets and code[:2] == COMMENT_ROOT:
            targets = self._gerund_topic(noun, via)
        if not targets:
            targets = self._inner_target(noun) or self._next_target(noun)
        if code == SHOW_OF_FORCE and (joint or len(sources) > 1 or any(
                c.lower_ in ("joint", "combined") for c in noun.children) or any(
                a.how in JOINT_PREPS + ("with",) for a in targets)):
            code = JOINT_DRILL  # exercises held with or between others are cooperation
        joint = len(sources) > 1 and not targets and code[:2] in RECIPROCAL_ROOTS
        if not targets and not joint and sources:
            targets = self._location_target(noun) or (
                self._location_target(via) if via is not None else [])
        if not sources and not targets:
            return None
        coding = VerbCoding(code, (noun.lower_,))
        return Candidate(noun, coding, tuple(sources), tuple(targets), nominal=True, via=via,
                         joint=joint)


# Adjectives by which someone answers for an act ("responsible for the killings").
_ANSWERABLE = frozenset({"responsible", "culpable", "guilty"})


def _answerable(noun: Token) -> bool:
    """Return whether an event noun is what someone is said to answer for ("is
    responsible for mass killings", "guilty of torture")."""
    prep = noun.head
    return noun.dep_ in ("pobj", "conj") and prep.lower_ in ("for", "of") and \
        prep.head.lemma_.lower() in _ANSWERABLE and prep.head.pos_ == "ADJ"
