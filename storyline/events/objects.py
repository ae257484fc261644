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

from ..entities.describe import PERSON_NOUNS
from .lexicon import VerbCoding
from .records import EventActor

# Where a thing given, moved or banned went: "to Ukraine", "from Liberia", "on imports".
_RECIPIENT_ORDER = ("to", "on", "against", "with", "between", "from", "into", "for", "in",
                    "inside", "at", "of")
# What an act brought its object to ("beaten to death"): an outcome, not a recipient.
_OUTCOMES = frozenset({"death", "pieces", "ground", "ruin", "ruins"})
# Nouns naming a part of the place named after them ("parts of North Sinai").
_PARTS = frozenset({"part", "area", "region", "territory", "outskirts", "province",
                    "district", "city", "town", "north", "south", "east", "west"})
_PLACE_PREPS = frozenset({"in", "at", "inside"})
_FORCE_ROOTS = frozenset({"18", "19", "20"})
# Entity types that name an actor or a place, and those that name a place.
ACTOR_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Possessive pronouns that make a thing its owner's own ("their weapons", "its forces").
POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
_EXPULSION = "174"
# Verbs of giving back what was taken.
_GIVEN_BACK = frozenset({"return", "restore"})
# Documents through which their issuer speaks or acts ("a statement calling on …").
DOCUMENTS = frozenset({"statement", "report", "resolution", "letter", "communique",
                       "declaration", "decree", "bill", "motion", "message", "note",
                       "document", "petition", "appeal", "memorandum", "video", "post",
                       "plan", "initiative", "proposal"})
# Verbs of issuing a document.
_ISSUING = frozenset({"issue", "release", "publish", "pass", "adopt", "approve", "announce",
                      "unveil", "send", "sign", "deliver", "write", "put", "present", "submit",
                      "draft", "table", "launch", "post", "make", "file", "circulate"})


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
        # the parser makes "gave equipment to Nicaragua" a dative, "sent troops to" a prep
        # ("returned to the Peruvian government eight artifacts": "to" may come first)
        preps += [c for c in verb.children if (c.i > thing.i or c.lower_ in ("to", "into")) and (
            c.dep_ == "prep" or c.dep_ == "dative" and c.pos_ == "ADP")]
        event_thing = self._abstract(thing)
        default = self.lexicon.code_verb(verb.lemma_.lower(), ())
        # what force was used on is the thing where it stood ("stormed a police headquarters
        # in eastern Afghanistan"), not the place
        struck = default is not None and default.code[:2] in _FORCE_ROOTS and not event_thing
        for wanted in _RECIPIENT_ORDER:
            for prep in preps:
                word = prep.lower_
                if word != wanted or (word == "of" and not event_thing) or (
                        struck and word in _PLACE_PREPS and prep.head.i == thing.i) or (
                        struck and word == "with" and prep.head.i == verb.i):
                    continue  # "attacked the cities with rockets": the weapon is no one
                # "a ban on doing business with ZTE": whom the act banned is done with
                pobjs = [c for c in prep.children if c.dep_ == "pobj"] + [
                    o for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                    for p in g.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                    for o in p.children if o.dep_ == "pobj" and named(o)]
                for pobj in pobjs:
                    # a place only counts when named; "with the truckers" needs no name
                    if word in _PLACE_PREPS and not named(pobj):
                        continue
                    if word == "to" and pobj.lemma_.lower() in _OUTCOMES:
                        continue  # "tortured an inmate to death": how it ended, not where
                    found = self.finder.actors(pobj, word)
                    if found:
                        return found
        return []

    def _destination(self, verb: Token) -> list[EventActor]:
        """Return where what a verb of giving or sending went ("returned six Iraqi
        artifacts to the government of Iraq", "sent teams of CIA operatives into Libya"):
        the one given to is the target, whoever the things or people sent belong to, in
        the passive too ("the statue was returned to the Greek government by the police")."""
        things = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        things += [c for t in things for c in t.children if c.dep_ == "conj"]
        # "returned dozens of artifacts to the Embassy", "sent a team of paratroopers to
        # Lebanon", "personnel such as doctors to Nepal": the things named hold the "to"
        things += [p for t in things if t.pos_ in ("NUM", "NOUN") for c in t.children
                   if c.dep_ == "prep" and c.lower_ in ("of", "as") for p in c.children
                   if p.dep_ == "pobj"]
        holders = [verb] + things
        for holder in holders:
            for prep in holder.children:
                if prep.lower_ in ("to", "into") and (prep.dep_ == "prep" or (
                        prep.dep_ == "dative" and prep.pos_ == "ADP")):
                    found = self._object_actors(prep, "to")
                    if found:
                        return found
        for thing in things:
            # the parser often hangs the "to" of a long object on a word inside it ("a vase
            # painted with scenes of the Trojan War to Italian authorities", "a manuscript
            # that was taken from a library to the Culture Ministry"): the last named one
            inner = [p for t in thing.subtree if t.dep_ == "prep" and t.lower_ in ("to", "into")
                     and t.head.i != thing.i and t.head.pos_ != "ADV"
                     for p in t.children if p.dep_ == "pobj" and named(p)]
            found = self.finder.actors(inner[-1], "to") if inner else []
            if found:
                return found
        if verb.lemma_.lower() in _GIVEN_BACK:
            # "will return weapons they seized from the army": what is given back goes to
            # whom it was taken from
            for clause in (c for h in holders[1:] for c in h.children
                           if c.dep_ in ("relcl", "acl")):
                for prep in (c for c in clause.children if c.dep_ == "prep" and
                             c.lower_ == "from"):
                    found = self._object_actors(prep, "from")
                    if found:
                        return found
        return []

    def _helped(self, verb: Token, children: list[Token]) -> list[EventActor]:
        """Return whom a verb of helping helps act, when the parser makes them the subject
        of the act ("sent aid to help Nepal cope with the floods"), or []."""
        if verb.lemma_.lower() not in HELPING:
            return []
        for clause in children:
            if clause.dep_ == "ccomp" and clause.pos_ in ("VERB", "AUX"):
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                # an act is no one helped or let ("allow the return of refugees to …")
                if subject is not None and subject.pos_ != "PRON" and \
                        not self.lexicon.code_noun(self.noun_key(subject)):
                    return self.finder.actors(subject, "object")
        return []

    def _given_to(self, verb: Token, thing: Token) -> list[EventActor]:
        """Return whom a thing given or voiced went to, named by "to" on the thing or on
        the verb ("pledged his country's support to the Iraqi people"), or []: the one
        given to comes before whose the thing was. An act goes to no one that way
        ("welcomed the visit by the minister to her country")."""
        if thing.lemma_.lower() not in ABSTRACT:
            return []
        preps = [c for c in thing.children if c.dep_ == "prep" and c.lower_ == "to"]
        preps += [c for c in verb.children if c.i > thing.i and c.lower_ == "to" and (
            c.dep_ == "prep" or c.dep_ == "dative" and c.pos_ == "ADP")]
        for prep in preps:
            found = self._object_actors(prep, "to")
            if found:
                return found
        return []

    def _pattern_targets(self, verb: Token, obj: Token | None, coding: VerbCoding,
                         targets: list[EventActor]) -> list[EventActor]:
        """Return the targets of a verb coded by a pattern: without a word of the pattern,
        which is part of the act ("remained on alert"), nor the forces an act of military
        posture strengthens or mobilizes, named for no one ("strengthened its forces in
        Transnistria": whatever code the place lends them, they are the actor's own), but
        then where they went."""
        targets = [without_lead(t, coding.matched, verb) for t in targets
                   if t.code or _bare(t.text) not in coding.matched or
                   _names_people_at(verb, t)]
        if coding.code[:2] != _POSTURE or obj is None or obj.dep_ not in ("dobj", "obj") or \
                named(obj):
            return targets
        kept = [t for t in targets if not t.start <= obj.idx < t.end]
        if len(kept) == len(targets):
            return targets
        return kept or self._recipient(verb, obj)

    def _reread_targets(self, verb: Token, code: str, sources: list[EventActor],
                        targets: list[EventActor]) -> list[EventActor]:
        """Return the targets of ``verb`` coded ``code``, read past the actor's own thing
        and, for a gift to no one, on to whom it serves."""
        return self._beneficiaries(verb, code, self._past_own_thing(verb, sources, targets))

    def _past_own_thing(self, verb: Token, sources: list[EventActor],
                        targets: list[EventActor]) -> list[EventActor]:
        """Return the targets, but where a thing of the actor's own country went when the
        object is only that ("closed Venezuela's borders with Brazil" by Venezuela's
        president → Brazil): one acts on one's own thing towards someone else."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        # (an act stays the target: "defended Russia's involvement in X")
        if obj is None or len(targets) != 1 or obj.ent_type_ or names_people(obj) or \
                self._abstract(obj) or obj.lower_.endswith(_ACT_ENDINGS) or \
                not any(c.dep_ == "poss" for c in obj.children):
            return targets
        own = {s.code[:3] for s in sources if s.code}
        target = targets[0]
        if not target.code or target.code[:3] not in own or \
                not target.start <= obj.idx < max(target.end, target.np_end or 0):
            return targets
        return self._recipient(verb, obj) or targets

    def _beneficiaries(self, verb: Token, code: str,
                       targets: list[EventActor]) -> list[EventActor]:
        """Return the targets of an act of giving, or whom the gift serves when it went to
        no one named ("handed over vehicles to support services for children in Afar",
        "provided funds to pay for aid for those affected in Yemen"): the people or named
        actor its purpose clause is for."""
        if code[:2] not in _GIVING or any(
                a.code or _names_people_at(verb, a) for a in targets):
            return targets
        for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and
                       any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            for word in clause.subtree:
                if word.dep_ == "pobj" and word.head.lower_ in ("for", "of", "to"):
                    found = self.finder.actors(word, "for")
                    # "those affected", "those in need": the pronoun with a clause is people
                    if any(a.code for a in found) or named(word) or names_people(word) or \
                            word.lower_ == "those" and any(c.dep_ in ("acl", "relcl", "prep")
                                                           for c in word.children):
                        return found
        return targets

    def _people_acted_on(self, verb: Token, thing: Token, found: list[EventActor]) -> bool:
        """Return whether the object names people who stay the one acted on: people by
        their station ("pushed the governor for reforms"), or people ``verb`` expels or
        deports (coded by their role, counted or named as people), wherever they were sent
        ("deported 2,000 migrants to Honduras"), unlike a thing removed ("removed the ban
        on X")."""
        if names_people(thing):
            return True
        default = self.lexicon.code_verb(verb.lemma_.lower(), ())
        return default is not None and default.code == _EXPULSION and (
            any(a.code for a in found) or
            any(c.dep_ == "nummod" for c in thing.children))

    def _maker(self, thing: Token, agent: bool = False) -> list[EventActor]:
        """Return who made a ``thing`` acted on, named by a "by" phrase on it ("violated a
        ban by the UN"), or with ``agent`` by a participle's agent ("artifacts stolen by
        the Nazis"): the one acted on when nothing names where the thing went."""
        preps = [c for c in thing.children if c.dep_ == "prep" and c.lower_ == "by"]
        if agent:
            preps = [a for c in thing.children if c.dep_ == "acl"
                     for a in c.children if a.dep_ == "agent"]
        for prep in preps:
            for maker in (c for c in prep.children if c.dep_ == "pobj"):
                found = self.finder.actors(maker, "owner") if named(maker) else []
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
            if found and noun.lemma_.lower() in CLAIMED:
                return found  # "denied charges by the State Department": the accuser
            if found:
                start, end = self.finder.whole(noun, clauses=False)
                return [dataclasses.replace(a, np_start=start, np_end=end) for a in found]
        return []


# Objects that are what is given or voiced, not the one it goes to.
ABSTRACT = frozenset({"support", "hope", "concern", "training", "dinner", "help", "aid",
                      "assistance", "condolence", "sympathy", "gratitude", "thanks", "message",
                      "letter", "statement", "plan", "proposal", "invitation", "congratulation",
                      "warning", "loan", "money", "fund", "weapon", "arm", "backing"})
# CAMEO's root of military posture (alert, mobilization, more forces): shown with one's own
# forces, against whom or where they are sent.
_POSTURE = "15"
# CAMEO's roots of giving: material cooperation (06), aid (07), handing over (08).
_GIVING = frozenset({"06", "07", "08"})
# Verbs by which one helps or lets another act ("helped Nepal cope", "allowed X to enter").
HELPING = frozenset({"help", "assist", "enable", "allow", "permit"})
# Endings of nouns that name an act ("extradition", "deployment", "mission"), not an actor.
_ACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence")
# Nouns of armed struggle, which no noun ending marks as acts ("a battle against the
# rebels", "the Gulf War against Iraq"): they are aimed at whom they are fought against.
_STRUGGLES = frozenset({"battle", "war", "fight", "struggle", "campaign", "crackdown",
                        "offensive", "uprising", "insurgency"})
# Bodies whose names end like acts: they are actors ("the island nation of Nauru").
_BODIES = frozenset({"nation", "government", "parliament", "department", "movement",
                     "organisation", "organization", "federation", "confederation",
                     "association", "coalition", "commission", "institution", "delegation",
                     "division", "alliance", "administration", "opposition", "population",
                     "foundation", "corporation", "establishment", "management", "agency"})
# Where an act was aimed or went, in the order the annotators prefer it ("the extradition
# of the president to Panama" → Panama; "the normalization of the situation in Mali" → Mali).
_AIM_ORDER = ("to", "into", "against", "on", "in", "inside", "from", "of", "at")
# Acts whose owner is the one acted on: denying "accusations by Netanyahu" answers
# Netanyahu, meeting "demands from the rebel group" yields to the group.
CLAIMED = frozenset({"accusation", "allegation", "charge", "claim", "demand"})


def aimed_at(head: Token, event_noun) -> Token | None:
    """Return the named place or actor an act noun is aimed at ("the normalization of the
    situation in Mali" → Mali), or None when ``head`` names someone, something concrete
    ("the mosque in Mosul"), an owned act ("Russia's involvement") or nothing named."""
    lemma = head.lemma_.lower()
    if lemma in _STRUGGLES and head.ent_type_ in ("", "EVENT"):
        pass  # a struggle is an act, under a name of its own too ("the Gulf War")
    elif head.pos_ != "NOUN" or head.ent_type_ or lemma in _BODIES or not (
            (event_noun and event_noun(head)) or head.lower_.endswith(_ACT_ENDINGS)):
        return None
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children) or \
            lemma not in CLAIMED and any(_owner_prep(c) for c in head.children):
        return None  # the owner's act: "Mexico's handling of the epidemic", "a request by X"
    # the act's own prepositional phrases, one level down through "of" ("withdrawal of
    # troops from Iraq"); infinitives and relative clauses are not part of it
    preps = [c for c in head.children if c.dep_ == "prep"]
    for prep in list(preps):
        if prep.lower_ == "of":
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                preps += [c for c in pobj.children if c.dep_ == "prep"]
    # a claim or demand is answered to whoever made it ("accusations by Maduro against
    # Brazil" → Maduro)
    order = (("by", "from", "of") + _AIM_ORDER) if lemma in CLAIMED else _AIM_ORDER
    for wanted in order:
        for prep in preps:
            if prep.lower_ != wanted:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                # a force is aimed at anyone ("an operation against militants"); an act
                # elsewhere only counts at a named place or actor
                if named(pobj) or wanted in ("against", "on") and pobj.pos_ in (
                        "NOUN", "PROPN") and pobj.ent_type_ not in ("DATE", "TIME"):
                    return pobj
                # a claim is made by people, named or not ("the demands of the strikers")
                if lemma in CLAIMED and wanted in ("by", "from", "of") and names_people(pobj):
                    return pobj
    return None


def _bare(text: str) -> str:
    """Return a phrase's words (lower case) without a leading article ("the torture" →
    "torture"): the pattern's own word, named with its article, is still the act."""
    words = text.lower().split(" ", 1)
    return words[1] if len(words) == 2 and words[0] in ("the", "a", "an") else text.lower()


def _owner_prep(prep: Token) -> bool:
    """Return whether a preposition names whose an act is: "by" anyone, "from" someone
    ("a request from the Times"), not "from" a place ("a withdrawal from Iraq")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("by", "from"):
        return False
    return any(o.dep_ == "pobj" and (prep.lower_ == "by" or
                                     o.ent_type_ not in ("GPE", "LOC", "FAC"))
               for o in prep.children)


def named(noun: Token) -> bool:
    """Return whether a noun phrase names an actor or place: its head or a word of its own
    (not of a clause inside it) is a named entity ("Chadian citizens", "Trump's decision")."""
    if noun.ent_type_ in ACTOR_TYPES:
        return True
    if noun.lemma_.lower() in _PARTS and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                p.dep_ == "pobj" and named(p) for p in c.children) for c in noun.children):
        return True  # "northern parts of South Sudan", "the outskirts of Kabul"
    return any(c.ent_type_ in ACTOR_TYPES or (c.dep_ == "poss" and named(c))
               for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod"))


# Nouns for a body of people who hold no office ("every household", "the public").
_PEOPLE_GROUPS = frozenset({"household", "family", "public", "community", "population",
                            "crowd", "citizenry", "populace", "people"})


def issuer(thing: Token) -> Token | None:
    """Return who speaks through a document a clause hangs on ("Amnesty issued a statement
    calling on the authorities to …", "the parliament passed a resolution condemning …",
    "announced a ceasefire initiative to halt the fighting"): the subject of the verb of
    issuing the document is the object of, else None."""
    if thing.dep_ != "dobj" or thing.lemma_.lower() not in DOCUMENTS or \
            thing.head.lemma_.lower() not in _ISSUING:
        return None  # not "rejected a statement calling on …": the rejecter calls on no one
    return next((c for c in thing.head.children if c.dep_ == "nsubj"), None)


# Nouns for an actor by how it stands to another ("urged valued partners to move", "its
# closest ally"): a country, a body or a person, always someone.
_RELATIONS = frozenset({"partner", "ally", "neighbour", "neighbor", "rival", "enemy",
                        "adversary", "opponent", "foe", "friend"})
# People by the work they do or by being held, who hold no office and have no CAMEO role
# ("ended talks with the truckers", "freed the hostages").
_TRADES = frozenset({"driver", "trucker", "employee", "staff", "crew", "pilot", "sailor",
                     "fisherman", "engineer", "nurse", "laborer", "labourer", "merchant",
                     "trader", "vendor", "shopkeeper", "prisoner", "detainee", "hostage",
                     "inmate", "captive"})


def names_people(noun: Token) -> bool:
    """Return whether a noun denotes people by what they are or hold, though it names no
    one ("returned the Bible to its owners", "a former candidate", "every household"): an
    office or station in life, one a compound ends in ("homeowners", "landowner"), a
    body of people, an actor by its relation to another ("partners", "its ally"), or
    people by their work or captivity ("truck drivers", "hostages")."""
    lemma = noun.lemma_.lower()
    if lemma in PERSON_NOUNS or lemma in _PEOPLE_GROUPS or lemma in _RELATIONS or \
            lemma in _TRADES:
        return True
    # "homeowner", "contractor": a station ending a longer word (not "f-actor", "smo-king")
    return len(lemma) > 8 and any(
        lemma.endswith(word) and len(word) >= 5 and len(lemma) - len(word) >= 3
        for word in PERSON_NOUNS)


def _names_people_at(verb: Token, actor: EventActor) -> bool:
    """Return whether an actor's words denote people ("released prisoners"): a word of
    the pattern that names people is still who the act is done to."""
    span = verb.doc.char_span(actor.start, actor.end)
    return span is not None and names_people(span.root)


def without_lead(actor: EventActor, words: tuple[str, ...], verb: Token) -> EventActor:
    """Return ``actor`` without a word of the verb's pattern just after the verb that the
    parser made a modifier of the target ("let [free] activists": "free" read as an
    adjective), else unchanged (not "seized [control] of a base", whose head the word is,
    nor "join the mobilization against [army] rule")."""
    first, _, rest = actor.text.partition(" ")
    if not rest or first.lower() not in words:
        return actor
    word = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if word is None or word.idx != actor.start or word.dep_ not in ("amod", "compound",
                                                                    "advmod"):
        return actor
    cut = actor.start + len(first) + 1
    np_start = cut if actor.np_start == actor.start else actor.np_start
    return dataclasses.replace(actor, text=rest, start=cut, np_start=np_start)

