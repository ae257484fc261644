"""Reading who did what to whom from a parsed sentence.

For every verb the lexicon knows, the source is its subject (or the ``by``
agent of a passive, the controller of an infinitive, the head noun of a
participle), the target its object (or the actor in a prepositional phrase:
"met with", "sanctions on"). Event nouns ("talks between X and Y", "X's
meeting with Y", "sanctions on Russian officials") are read the same way, and
a light verb ("hold talks", "prepare sanctions") lends them its subject
(the noun readings are in :mod:`storyline.events.nouns`).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .candidates import Candidate
from .lexicon import Lexicon, VerbCoding, tree_context
from .nouns import RECIPROCAL_ROOTS, TARGET_PREPS, NounReader
from .objects import CLAIMED, ObjectReader, issuer, named
from .participants import ActorFinder
from .records import EventActor
from .stances import ACCUSE_CODE, ALLEGING, APPEALS, WISHES, StanceReader, appeal_code
from .verbforms import UNDERGOING, acts_as_verb, may_stand_for, no_act

# Verbs whose infinitive complement is the event ("plan to meet"), not an event themselves.
GOVERNORS = frozenset({"plan", "prepare", "intend", "set", "expect", "want", "seek", "hope",
                       "agree", "threaten", "refuse", "decline", "deny", "try", "attempt",
                       "decide", "promise", "pledge", "vow", "offer", "schedule", "continue",
                       "begin", "start", "aim", "wish", "fail", "move", "go", "be", "appear",
                       "seem", "vote", "help", "resume", "say", "tell", "claim", "mull",
                       "consider", "dare", "manage", "stop", "need", "order"})
# CAMEO: military exercises demonstrate power (150); held jointly they are military
# cooperation (062).
# Verbs of giving and sending, whose target is where the thing or people went.
TRANSFERS = frozenset({"send", "deploy", "dispatch", "return", "give", "provide", "deliver",
                       "donate", "hand", "ship", "supply", "transfer", "lend", "contribute"})
# Verbs of arriving, whose target is the place reached.
ARRIVALS = frozenset({"arrive", "land"})
# Verbs by which an actor owns an act (CAMEO 015, "claim responsibility").
CLAIMS = frozenset({"claim", "admit", "acknowledge", "confess"})
CLAIM_CODE = "015"
# Verbs by which a speaker demands what another "must" or "should" do ("Russia says Israel
# must end attacks"): CAMEO's demand (10) of the speaker on the one who must act.
SAYING = frozenset({"say", "insist", "stress", "state", "argue", "add", "reiterate",
                    "declare", "tell", "write", "affirm", "reaffirm", "assert", "emphasize",
                    "emphasise", "underline", "underscore"})
_OBLIGATION = frozenset({"must", "should"})
DEMAND_CODE = "100"
# Verbs by which a speaker hopes another will act ("hopes Japan will persuade Biden"): an
# optimistic comment (013) on the one hoped to act.
HOPING = frozenset({"hope", "hopes", "hoped", "hoping"})  # word forms: "hopes" → lemma "hop"
_EXPECTED = frozenset({"will", "would", "could", "can", "might", "may"})
HOPE_CODE = "013"
# Statements are left to the quotes component; CAMEO codes them only as a residual.
STATEMENT_CODES = frozenset({"010", "01"})
_PERSONAL = frozenset({"he", "she", "they", "it", "we"})
# Prepositions placing an act in a place ("killings throughout the Central African Republic").
_WITHIN = ("in", "into", "inside", "throughout")


class Extractor(ObjectReader, StanceReader, NounReader):
    """Finds event candidates in sentences with a lexicon and an actor finder."""

    def __init__(self, lexicon: Lexicon, finder: ActorFinder):
        self.lexicon = lexicon
        self.finder = finder

    def sentence(self, sent: Span) -> list[Candidate]:
        """Return the event candidates of ``sent`` (actors on the trigger's own line)."""
        return [c for c in (self._same_line(c) for c in self._sentence(sent)) if c]

    def _same_line(self, cand: Candidate) -> Candidate | None:
        """Return ``cand`` without actors a line break parts from the trigger (a headline
        or photo credit parsed into the next sentence), or None when none remain."""
        text = self.finder.text
        at = cand.trigger.idx

        def near(actor: EventActor) -> bool:
            low, high = min(actor.start, at), max(actor.end, at)
            return "\n" not in text[low:high]

        sources = tuple(a for a in cand.sources if near(a))
        targets = tuple(a for a in cand.targets if near(a))
        if (sources, targets) == (cand.sources, cand.targets):
            return cand
        if not sources and not targets:
            return None
        return Candidate(cand.trigger, cand.coding, sources, targets, cand.nominal, cand.via,
                         cand.joint and len(sources) > 1)

    def _sentence(self, sent: Span) -> list[Candidate]:
        found: list[Candidate] = []
        # most sentences hold no word the lexicon knows: leave them before any parse walk
        tree = self.finder.tree
        lemmas = tree.lemmas[sent.start:sent.end]
        if not any(self.lexicon.may_trigger(lemma) or lemma in CLAIMS for lemma in lemmas):
            return found
        doc = sent.doc
        tags = tree.pos
        used_nouns: set[int] = set()
        for i in range(sent.start, sent.end):
            if tags[i] == "VERB" or tags[i] == "NOUN" and acts_as_verb(tree, i):
                for cand in self.verb(doc[i]):
                    if cand.nominal:
                        used_nouns.add(cand.trigger.i)
                    found.append(cand)
        for i in range(sent.start, sent.end):
            tag = tags[i]
            if tag in ("NOUN", "PROPN") and i not in used_nouns and \
                    self.lexicon.may_trigger(tree.lemmas[i]):
                cand = self.noun(doc[i])
                if cand is not None:
                    found.append(cand)
            elif tag == "ADJ" and tree.deps[i] == "acomp" and \
                    self.lexicon.may_trigger(tree.lemmas[i]):
                token = doc[i]
                cand = self.noun(token, via=token.head)
                if cand is not None:
                    found.append(cand)
        return found

    def verb(self, verb: Token) -> list[Candidate]:
        """Return the candidates carried by ``verb`` (its own event or its object noun's)."""
        lemma = verb.lemma_.lower()
        if lemma in SAYING or verb.lower_ in HOPING:
            demand = self._demand(verb, verb.lower_ in HOPING)
            if demand is not None:
                return [demand]
        # only a verb with patterns reads its context; the others take their default code
        coding = self.lexicon.code_verb(
            lemma, self._context(verb) if self.lexicon.has_patterns(lemma) else ())
        obj = self._object(verb)
        transitive = self.lexicon.code_transitive(lemma)
        if transitive and obj is not None and obj.dep_ in ("dobj", "obj", "nsubjpass") and (
                coding is None or not coding.matched):
            coding = VerbCoding(transitive, (obj.lower_,))
        if lemma in CLAIMS and self._claims_own_act(verb):
            coding = VerbCoding(CLAIM_CODE, ("claim",))
        asked = self._asked_act(verb, lemma)
        if asked is not None and (coding is None or coding.code in ("020", "030")):
            # a bare appeal takes its kind from the act asked for ("asked Obama to help")
            act = self.lexicon.code_verb(asked.lemma_.lower(), self._context(asked))
            wanted = appeal_code(act.code) if act else None
            if wanted or lemma in WISHES:
                coding = VerbCoding(wanted or "020", (asked.lower_,))
        if obj is not None and self.lexicon.code_noun(self.noun_key(obj)) and (
                lemma in self.lexicon.light or coding is None or lemma in UNDERGOING):
            cand = self.noun(obj, via=verb)
            return [cand] if cand else []
        if lemma in GOVERNORS and lemma not in APPEALS and asked is None and any(
                c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in verb.children):
            return []
        charge = self._charge(verb, lemma)
        if charge is not None:
            speakers, accused, clause = charge
            return [Candidate(verb, VerbCoding(ACCUSE_CODE, (clause.lower_,)), tuple(speakers),
                              tuple(accused))]
        if self._alleged(verb):
            return []
        if coding is None or coding.code in STATEMENT_CODES:
            return []
        if self._not_done(verb):
            return []  # the act asked for or allowed belongs to the appeal or the permission
        if no_act(verb, lemma, coding):
            return []  # "de-escalate", "called it a mistake", "would face costs"
        sources, targets = self._verb_actors(verb)
        targets = self._reread_targets(verb, coding.code, sources, targets)
        if coding.matched:
            targets = self._pattern_targets(verb, obj, coding, targets)
        if asked is not None and not targets and asked.dep_ in ("ccomp", "advcl"):
            # "wants Putin to attack": the one asked is the wanted act's subject
            subject = next((c for c in asked.children if c.dep_ == "nsubj"), None)
            targets = self.finder.actors(subject, "object") if subject is not None else []
        if coding.code == CLAIM_CODE and not targets:
            # a claimed act's target is the claim's ("claimed that they had attacked Iraq")
            for clause in verb.children:
                if clause.dep_ == "ccomp" and not targets:
                    targets = self._targets(clause)
        if coding.swap:
            sources, targets = targets, sources
        if not sources and not targets:
            return []
        if not targets and coding.code[:2] in ("15", "16", "17", "18", "19", "20"):
            targets = self._conflict_targets(verb)
        # several subjects act on each other when nothing else is named, but not the
        # swapped sides of "enjoyed support from Moscow and Beijing" (their target is
        # uncoded), nor two acting on a thing ("X and Y promote biofuels"), only on a
        # relation ("X and Y deepened their partnership")
        joint = not targets and len(sources) > 1 and coding.code[:2] in RECIPROCAL_ROOTS \
            and not coding.swap and (obj is None or obj.dep_ != "dobj" or self._abstract(obj))
        if not targets and not joint and sources:
            targets = self._location_target(verb)
        return [Candidate(verb, coding, tuple(sources), tuple(targets), joint=joint)]

    def _demand(self, verb: Token, hope: bool = False) -> Candidate | None:
        """Return the demand a speaker makes by saying what another must or should do
        ("the U.S. has said that North Korea must first disarm"), or with ``hope`` the
        hope they voice that another will ("hopes the EU will persuade Biden"), or None."""
        modals = _EXPECTED if hope else _OBLIGATION
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not any(
                    c.dep_ == "aux" and c.lower_ in modals for c in clause.children):
                continue
            subject = self._subject(verb)
            obliged = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is None or obliged is None or obliged.pos_ == "PRON":
                return None  # "he said they must …" is read from its own clause
            sources = self.finder.actors(subject, "subject", metonymy=True)
            targets = self.finder.actors(obliged, "object", metonymy=True)
            if sources and targets:
                coding = VerbCoding(HOPE_CODE if hope else DEMAND_CODE, (clause.lower_,))
                return Candidate(verb, coding, tuple(sources), tuple(targets))
        return None

    def _context(self, verb: Token, limit: int = 12) -> list[tuple[str, str]]:
        """Return the verb's pattern context (:func:`tree_context`) from the document's tree."""
        return tree_context(self.finder.tree, verb.i, limit)

    def _location_target(self, verb: Token) -> list[EventActor]:
        """Return the place an event without a target happened in, as its target (the
        PETRARCH convention: "protested in Beijing" → CHN)."""
        holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        # and the place of what the act is about: "expressed sorrow for the shootings in
        # South Carolina", "advised against travel to Tunisia"
        holders += [p for h in holders for c in h.children if c.dep_ == "prep" and
                    c.lower_ not in _WITHIN for p in c.children
                    if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        for holder in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
            for child in holder.children:
                # "attend the Beijing Olympics": an occasion named after its place (not an
                # act, "the Minsk agreement", whose sides are its actors)
                if child.dep_ == "compound" and child.pos_ == "PROPN" and \
                        holder.ent_type_ not in ("GPE", "ORG", "PERSON", "NORP") and \
                        not self._abstract(holder):
                    found = self.finder.actors(child, "location")
                    if found and found[0].code and len(found[0].code) == 3:
                        return found  # a country or a place in one, not an organisation
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "prep" and (child.lower_ in _WITHIN or
                                             holder.dep_ == "pobj" and child.lower_ == "to" and
                                             holder.head.head.i == verb.i):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "LOC"):
                            found = self.finder.actors(pobj, "location")
                            if found:
                                return found
        return []

    def _object_actors(self, prep: Token, how: str | None = None) -> list[EventActor]:
        """Return the actors the object of a preposition names (``how`` defaults to the preposition)."""
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                found = self.finder.actors(pobj, how or prep.lower_)
                if found:
                    return found
        return []

    def _conflict_targets(self, verb: Token) -> list[EventActor]:
        """Return who a force was aimed at ("fired at Russia", "struck in Gaza")."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("at", "in", "inside"):
                found = self._object_actors(child)
                if found:
                    return found
        return []

    def noun_key(self, noun: Token) -> str:
        """Return the lexicon key of an event noun: "air strike" before "strike"."""
        for child in noun.children:
            if child.dep_ in ("compound", "amod") and child.i == noun.i - 1:
                pair = f"{child.lemma_.lower()} {noun.lemma_.lower()}"
                if self.lexicon.code_noun(pair):
                    return pair
        return noun.lemma_.lower()

    def _alleged(self, verb: Token) -> bool:
        """Return whether ``verb`` is an act only claimed or alleged ("claimed that ISIL had
        attacked Iraq and taken Mosul"): the claim (015) or the charge (112) records it;
        what someone "said" happened stays an event of its own."""
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        head = clause.head
        return clause.dep_ == "ccomp" and head.lemma_.lower() in ALLEGING and (
            self._claims_own_act(head) or self._charge(head, head.lemma_.lower()) is not None)

    def _claims_own_act(self, verb: Token) -> bool:
        """Return whether the verb reports that its subject did something ("claimed that
        they had attacked"): CAMEO codes it as claiming responsibility."""
        for clause in verb.children:
            if clause.dep_ == "ccomp" and clause.pos_ == "VERB":
                for child in clause.children:
                    if child.dep_ == "nsubj" and child.lower_ in ("they", "we", "it", "he",
                                                                  "she"):
                        return True
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit")
                   for c in verb.children)

    def _object(self, verb: Token) -> Token | None:
        """Return the verb's direct object (or passive subject), if it has one."""
        for child in verb.children:
            if child.dep_ in ("dobj", "obj", "nsubjpass"):
                return child
        return None

    def _verb_actors(self, verb: Token) -> tuple[list[EventActor], list[EventActor]]:
        """Return (sources, targets) of ``verb``."""
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        subject = self._subject(verb)
        sources: list[EventActor] = []
        targets: list[EventActor] = []
        if passive:
            for child in verb.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            sources = self.finder.actors(pobj, "by-agent", metonymy=True)
            if not sources:
                sources = self._means_owner(verb)
            targets = self._destination(verb) if verb.lemma_.lower() in TRANSFERS else []
            # a passive verb sharing its subject with another ("were held and released by
            # Putin") acts on it too, whatever the parser made of the first verb
            if subject is not None and (subject.dep_ == "nsubjpass" or
                                        subject.head.i != verb.i and verb.dep_ == "conj"):
                targets = targets or self._actor_or_inner(subject, "passive subject")
            elif subject is not None and not sources:
                sources = self.finder.actors(subject, "subject", metonymy=True)
        else:
            if subject is not None:
                sources = self.finder.actors(subject, "subject", metonymy=True)
            targets = self._targets(verb)
        return sources, targets

    def _subject(self, verb: Token) -> Token | None:
        """Return the token naming who acts: the subject, controller or participle head."""
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                    return issuer(verb.head) or verb.head
                if child.pos_ == "PRON" and child.lower_ in _PERSONAL:
                    return self._antecedent(verb, child.lower_) or child
                return child
        head = verb.head
        if head.i == verb.i:
            return None
        if verb.dep_ == "xcomp":
            if head.lemma_.lower() in APPEALS:
                for child in head.children:
                    if child.dep_ in ("dobj", "obj"):
                        return child
            return self._subject(head)
        if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
            return self._subject(head)
        if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN") and (
                (said_by := issuer(head)) is not None or verb.dep_ == "acl" and verb.tag_ == "VBG"):
            return said_by or head  # "issued a statement calling on": the issuer
        if verb.dep_ == "relcl":
            return head
        if verb.dep_ == "pcomp" and any(c.dep_ in ("mark", "advmod") and
                                        c.lower_ in ("whether", "if", "how")
                                        for c in verb.children):
            # "a vote on whether to join Russia", "no vision on how to de-escalate the
            # crisis": an open question's act, no one's
            return None
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            # "cited Putin as expressing alarm": the one cited acts; "said after meeting Kerry"
            return next((c for c in head.head.children if c.dep_ in ("dobj", "obj")), None) \
                if head.lower_ == "as" else self._subject(head.head)
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            # "no intention of crossing": the noun's owner, or the subject of its verb
            noun = head.head
            while noun.dep_ == "conj" and noun.head.i != noun.i:
                noun = noun.head
            for child in noun.children:
                if child.dep_ == "poss":
                    return child
            if noun.dep_ in ("dobj", "obj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
                return self._subject(noun.head)
        return None

    def _antecedent(self, verb: Token, pronoun: str = "") -> Token | None:
        """Return the subject of the verb that reports ``verb`` ("Obama said he would …")
        when ``pronoun`` may stand for it (see :func:`may_stand_for`)."""
        word = verb
        while word.dep_ in ("ccomp", "xcomp", "conj", "advcl") and word.head.i != word.i:
            word = word.head
            for child in word.children:
                if child.dep_ == "nsubj" and child.pos_ != "PRON":
                    return child if may_stand_for(pronoun, child) else None
        return None

    def _targets(self, verb: Token) -> list[EventActor]:
        """Return the verb's target actors: object, dative, else a prepositional object."""
        children = list(verb.children)  # read once: spaCy builds each child anew per walk
        if verb.lemma_.lower() in TRANSFERS:
            found = self._destination(verb)
            if found:
                return found
        if verb.lemma_.lower() in ARRIVALS:
            # "peacekeepers arrived in South Sudan": where they came is the target
            for child in children:
                if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                    for pobj in (c for c in child.children if c.dep_ == "pobj"):
                        found = self.finder.actors(pobj, "location") if named(pobj) else []
                        if found:
                            return found
        for child in children:
            if child.dep_ == "dative" and child.pos_ == "ADP":
                child = next((c for c in child.children if c.dep_ == "pobj"), child)
            if child.dep_ in ("dobj", "obj", "dative", "pobj"):
                found = self._actor_or_inner(child, "object")
                # a group coded by its role alone ("troops" → ---MIL) may be the subject's
                # own, sent somewhere: it names the target only when nothing else does
                if found and not any(a.code and not a.code.startswith("---") for a in found) \
                        and not named(child) and not self._people_acted_on(verb, child, found):
                    # a thing sent, lifted or shared: the target is where or to whom it went
                    # ("sent troops in Syria", "lifted a ban on X", "shared evidence with X")
                    found = self._given_to(verb, child) or \
                        (self._abstract(child) and self._owned(child)) or \
                        self._maker(child) or self._recipient(verb, child) or \
                        self._maker(child, agent=True) or found
                if found and (any(a.code for a in found) or not self._abstract(child)):
                    return found
        for child in children:
            # "called for sanctions against China over abuses": the act asked for names
            # whom it is aimed at, before any other phrase of the verb
            if child.dep_ == "prep" and child.lower_ == "for":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    if self.lexicon.code_noun(self.noun_key(pobj)):
                        found = self._inner_target(pobj, depth=1)
                    elif verb.lemma_.lower() in APPEALS and not named(pobj):
                        # "called for reform in the US": where the change is asked for
                        found = self._recipient(verb, pobj)
                    else:
                        continue
                    if found:
                        return found
        for prep in TARGET_PREPS:
            for child in children:
                if child.dep_ == "prep" and child.lower_ == prep:
                    found = self._object_actors(child, prep)
                    if found:
                        return found
        for child in children:
            if child.dep_ == "prt":
                found = self._object_actors(child)
                if found:
                    return found
        for child in children:
            if child.dep_ in ("dobj", "obj") and self._abstract(child):
                found = self._owned(child)
                for prep in (c for c in child.children if c.dep_ == "prep" and
                             c.lower_ in ("for", "to", "toward", "towards")):
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        # "expressed concern for Buhari's health": whose the concern is about
                        found = found or self._owned(pobj, own=True)
                if child.lemma_.lower() in CLAIMED:
                    # "denied charges by the Chamber": the parser hangs "by" on the verb
                    for prep in (c for c in children if c.dep_ == "prep" and
                                 c.lower_ in ("by", "from") and c.i > child.i):
                        found = found or self._object_actors(prep, "owner")
                # "expressed hopes the government will change": who the hope is about
                found = found or self._clause_subject(child)
                if found:
                    return found
        for child in children:
            if child.dep_ in ("dobj", "obj") and (
                    child.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") or child.pos_ == "NUM"):
                # "provided €3.5 million in humanitarian funding to Lebanon": the sum stands
                # for the thing given, which went to its recipient
                for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "in"):
                    for thing in (c for c in prep.children if c.dep_ == "pobj"):
                        found = self._recipient(verb, thing)
                        if found:
                            return found
        for child in (c for c in children if c.dep_ == "prep" and c.lower_ == "as"):
            # "resigned as president of Peru": the office's country is the one acted on
            for role in (c for c in child.children if c.dep_ == "pobj"):
                for prep in (c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"):
                    found = self._object_actors(prep)
                    if found:
                        return found
        return self._helped(verb, children) or self._content_subject(verb, children)
