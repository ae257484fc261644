"""Who a target is and how far its phrase runs, as the ConfliBERT annotators mark it.

Readings the span scorer (:mod:`storyline.eval.events_spans`) applies to the
phrase the events component gives for a target: the clauses, descriptions and
places left out of it, a list split into its items, the name a pronoun stands
for, the maker of a thing acted on, and whom a claim of responsibility, a comment
(told by its author or by someone else), a demand or pressure is on. Each was kept because it raises the target
span F1 on ``cameo_ner_train.txt`` without lowering the source F1.
"""
from __future__ import annotations

import dataclasses
from functools import lru_cache

from ..events.component import default_coder
from ..events.modality import SPEECH
from ..events.objects import named, names_people
from ..events.records import Event, EventActor
from ..pipeline.documents import text_of

# Pronouns a target may be named by in the sentence ("urged him", "to use them").
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "he", "she", "they", "its", "their",
                             "his", "me", "we", "you", "i"})
# Named owners of an act or thing written before its noun ("US strategy", "French operations").
_OWNERS = frozenset({"GPE", "NORP", "ORG"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Possessive pronouns that make a thing the actor's own ("their weapons", "its forces").
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
# CAMEO roots of coercion and force (seize, assault, fight, mass violence).
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# The CAMEO root of appeals ("called on", "urged").
_APPEAL = "02"
# Prepositions saying where a thing was put or an act was done.
_WHERE = frozenset({"in", "inside", "at", "near"})
# The CAMEO root of public statements and comments, and the clauses a comment is on.
_COMMENT = "01"
_CLAUSES = frozenset({"ccomp", "acl"})
# Words of someone pressing for an act ("under pressure from X", "despite X's request").
_ASKING = frozenset({"pressure", "request", "demand", "call", "appeal", "plea", "urging"})
# CAMEO's code of claiming responsibility, and the words naming where or on whom a claimed
# act was done, by a name of someone or somewhere among them.
CLAIM_CODE = "015"
_DONE_TO = frozenset({"on", "against", "at", "in"})
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})


def target_extent(doc, start: int, end: int, served: bool = False) -> tuple[int, int]:
    """Return the (start, end) characters of a target's phrase as the annotators mark
    the one acted on: without a relative clause ("a CATS ambulance [in which …]"), a
    description set beside a person's name ("Gul Rahman[, a suspected militant]"), and,
    for an act or thing owned by someone named ("Russia's involvement", "US strategy",
    "Colombia's actions"), without what is said of it after the noun ("[in Iraq's
    energy sector]", "[saying …]"): the owner's act is the target, not where it was.
    A date beside the noun and a speaker set beside a place's name are left out too.
    In cameo_ner_train these readings add 27 exact targets (22 cuts, 5 places served);
    the same cuts on sources lose, as a source keeps its clauses. So are a relative
    clause on a noun inside the phrase ("an anarchic protest by white farmers [who
    stormed …]") and examples listed after it ("aid workers[, including those from …]"):
    4 more exact targets, 1 lost ("family members of six farmers who were killed …").

    With ``served`` (an offer of help or cooperation) a force, a project or a thing
    "in" a named place stands for the place it serves ("contribute air support to an
    African Union peacekeeping force in Somalia" → Somalia); people there stay the
    target ("people in Somalia")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return start, end
    root = span.root
    # an act or thing, not someone known by a role ("its NATO ally", "Iraqi forces")
    owned = root.pos_ == "NOUN" and not root.ent_type_ and not actor_role(root.text) and any(
        (c.dep_ == "poss" and c.pos_ != "PRON") or
        (c.dep_ in ("compound", "amod") and c.i < root.i and c.ent_type_ in _OWNERS)
        for c in root.children)
    if served and not owned and root.pos_ == "NOUN" and actor_role(root.text) != "PPL" and \
            not any(c.dep_ == "nummod" for c in root.children):
        for prep in (c for c in root.rights if c.dep_ == "prep" and c.lower_ == "in" and
                     c.i < span.end):
            for place in (c for c in prep.children if c.dep_ == "pobj" and
                          c.ent_type_ in ("GPE", "LOC")):
                words = [t for t in place.subtree if t.ent_type_ in ("GPE", "LOC")]
                return words[0].idx, words[-1].idx + len(words[-1].text)
    last = span.end
    for child in root.rights:
        if not span.start <= child.i < last:
            continue
        if child.dep_ == "relcl" or child.ent_type_ in ("DATE", "TIME") or (
                child.dep_ == "appos" and root.ent_type_ == "PERSON" and
                (child.pos_ == "NOUN" or not child.ent_type_)):
            # a date beside the noun is the event's ("France's ambassador Monday"); a title
            # beside a name, a common noun or not, describes ("Odin Sanchez[, a former
            # Congressman]")
            last = child.left_edge.i
        elif root.pos_ == "PROPN" and root.ent_type_ in _PLACE_ENTITIES and (
                child.dep_ == "acl" or child.ent_type_ == "PERSON"):
            # a place's name ends the phrase: "Syria[, Defence Minister Shoigu said]",
            # "Damascus [warning of military action]"
            last = child.left_edge.i
        elif owned and (child.dep_ == "acl" or (child.dep_ == "appos" and child.pos_ != "PROPN")
                        or (child.dep_ == "prep" and child.lower_ != "of")):
            # "of" still says which act it is ("Russia's expansion of reefs")
            last = child.left_edge.i
    for word in span[1:]:
        # a relative clause on a noun inside the phrase ("an anarchic protest by white
        # farmers [who stormed …]", "expansion of reefs [it claims in …]")
        if word.i < last and word.dep_ == "relcl" and word.head.i != root.i and \
                span.start <= word.head.i < word.i and nominal_path(word.head, root):
            last = word.left_edge.i
        # a list of examples after the phrase ("aid workers[, including those from …]")
        if word.i < last and word.lower_ == "including" and word.dep_ == "prep" and \
                span.start <= word.head.i < word.i and nominal_path(word.head, root):
            last = word.i
    while last - 1 > span.start and doc[last - 1].is_punct and doc[last - 1].text != ")":
        last -= 1  # the comma before a cut clause
    if last == span.end:
        return start, end
    return span.start_char, doc[last - 1].idx + len(doc[last - 1].text)


def listed_targets(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Return the (start, end) characters of each listed target in a target's phrase:
    "diplomats from Poland, Germany and Sweden" → "diplomats from Poland", "Germany",
    "Sweden". The annotators list targets one by one (8 more exact targets in
    cameo_ner_train); a list of modifiers ("air and sea ports") or one inside a clause
    ("proposals submitted by X and Y") stays whole."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [(start, end)]
    for word in span:
        if word.pos_ not in ("NOUN", "PROPN") or word.dep_ in ("compound", "amod", "nmod",
                                                               "nummod"):
            continue
        listed = [c for c in word.conjuncts if c.i > word.i and c.pos_ in ("NOUN", "PROPN")
                  and span.start <= c.i < span.end]
        if not listed or not nominal_path(word, span.root):
            continue
        parts = []
        for item in [word] + listed:
            # each item without the items after it and the "," / "and" before them
            stops = [c.i for c in item.children if c.i > item.i and (
                c.dep_ in ("conj", "cc") or (c.dep_ == "punct" and c.i < listed[0].i))]
            first = span.start if item is word else item.left_edge.i
            last = min(stops + [item.right_edge.i + 1, span.end])
            while last - 1 > first and doc[last - 1].is_punct and doc[last - 1].text != ")":
                last -= 1
            if last > first:
                parts.append((doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)))
        return parts
    return [(start, end)]


def nominal_path(word, root) -> bool:
    """Return whether ``word`` hangs on ``root`` through nouns and prepositions only (not
    inside a clause: "a plane flying from Karachi to New Delhi")."""
    while word.i != root.i:
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            return False
        word = word.head
    return True


def antecedent(actor: EventActor, doc) -> EventActor | None:
    """Return the event actor moved onto the object a pronoun target stands for, named
    by a verb the pronoun's verb is joined to or depends on ("called Erdogan on Wednesday
    and urged him" → Erdogan, "were holding 2000 people to use them" → 2000 people, "X
    was released after the president pardoned him" → X, a passive verb's subject), or
    None when no such object comes before it: the annotators mark the name, never the
    pronoun."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return None
    pronoun = span.root
    verb = pronoun.head
    while verb.dep_ in ("conj", "xcomp", "advcl", "ccomp") and verb.head.i != verb.i:
        verb = verb.head
        # the object of an active verb, the subject of a passive one ("X was released
        # after Y pardoned him")
        for thing in (c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass") and
                      c.i < pronoun.i and c.pos_ in ("NOUN", "PROPN")):
            # the object's own words, without clauses, lists or a date after it
            skip = {t.i for a in thing.rights if a.dep_ in (
                "relcl", "acl", "appos", "punct", "cc", "conj") or (a.dep_ == "prep" and any(
                    o.ent_type_ in ("DATE", "TIME") for o in a.children)) for t in a.subtree}
            words = [t for t in thing.subtree if t.i not in skip]
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            return dataclasses.replace(actor, text=text_of(doc)[start:end], start=start, end=end,
                                       np_start=start, np_end=end)
    return None


def makers(event: Event, doc) -> list[EventActor]:
    """Return who made the thing an event is aimed at when the thing names no one
    ("condemned the threats made by the United States Government", "a hunger strike
    against violations by the police", "spurned offers for talks by the Kabul
    government"): the maker is the one acted on, as the owner of a rejected request is.
    Each maker comes as the event's recipient moved onto the maker's phrase (4 of the 5
    read in cameo_ner_train are the annotators' target)."""
    found = []
    for actor in event.recipients:
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None:
            continue
        agents = [c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "by"]
        # "threats made by X": the participle's agent
        agents += [a for c in span.root.children if c.dep_ == "acl"
                   for a in c.children if a.dep_ == "agent"]
        for maker in (p for a in agents for p in a.children if p.dep_ == "pobj"):
            if not (named(maker) or maker.pos_ == "PROPN"):
                continue
            # the maker's own words, before any clause, list or phrase after its name
            stop = min([c.left_edge.i for c in maker.children if c.i > maker.i and c.dep_ in (
                "relcl", "acl", "prep", "punct", "cc", "conj", "appos")] +
                [maker.right_edge.i + 1])
            start, end = doc[maker.left_edge.i].idx, doc[stop - 1].idx + len(doc[stop - 1].text)
            found.append(dataclasses.replace(actor, text=text_of(doc)[start:end], start=start,
                                             end=end, np_start=start, np_end=end, how="owner"))
    return found


def own_aim(actor: EventActor, event: Event, doc) -> EventActor | None:
    """Return the event actor moved onto where an act on the actor's own thing was done or
    aimed ("will lay down their arms in Goma" → Goma, "has intensified its forces in
    several villages in Syria" → the villages, "lifted its blockade of Sudan" → Sudan), or
    None: one's own weapons, forces or measures are not the one acted on, the place or
    actor they are turned on is. Someone of one's own ("its NATO ally Greece", "their
    counterparts") stays the target, and force used on "their weapons" may be used on
    someone else's."""
    span = doc.char_span(actor.np_start if actor.np_start is not None else actor.start,
                         actor.np_end if actor.np_end is not None else actor.end,
                         alignment_mode="expand")
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or trigger is None or event.root_code in _FORCE_ROOTS:
        return None
    thing = span.root
    if thing.pos_ != "NOUN" or thing.ent_type_ or names_people(thing) or not any(
            c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in thing.children):
        return None
    # where the thing was put ("its forces in X"), then whom it was aimed at ("its blockade
    # of X"), then where the act was done ("laid down their arms in X")
    preps = [c for c in thing.children if c.dep_ == "prep" and c.lower_ in _WHERE]
    preps += [c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"]
    preps += [c for c in trigger.root.children if c.dep_ == "prep" and c.lower_ in _WHERE]
    for prep in preps:
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            # a place is named; whom a measure is aimed at may be a name the model leaves
            # untagged ("its blockade of the U.A.E.")
            if not any(t.ent_type_ in _PLACE_ENTITIES or prep.lower_ == "of" and (
                    t.ent_type_ in _OWNERS or t.pos_ == "PROPN") for t in place.subtree):
                continue
            start = place.left_edge.idx
            end = place.right_edge.idx + len(place.right_edge.text)
            return dataclasses.replace(actor, text=text_of(doc)[start:end], code=None,
                                       start=start, end=end, np_start=start, np_end=end,
                                       how="location")
    return None


def called_against(event: Event, recipients: list[EventActor], doc) -> EventActor | None:
    """Return the event actor moved onto what an appeal asks people to act against
    ("called on factory workers and students to rally against the new labour law" → the
    law), or None: when the ones called on are people of no named side (coded by their
    role alone, or not at all), the appeal is aimed at what they are to oppose."""
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if trigger is None or event.root_code != _APPEAL or not recipients or any(
            a.code and not a.code.startswith("---") for a in recipients):
        return None
    for act in (c for c in trigger.root.children if c.dep_ in ("xcomp", "advcl", "ccomp")):
        # "to join a rally against X": the first "against" of the act's own words
        for prep in (c for c in act.subtree if c.dep_ == "prep" and c.lower_ == "against"
                     and (c.head.i == act.i or nominal_path(c.head, act))):
            for thing in (c for c in prep.children if c.dep_ == "pobj"):
                start = thing.left_edge.idx
                end = thing.right_edge.idx + len(thing.right_edge.text)
                return dataclasses.replace(recipients[0], text=text_of(doc)[start:end],
                                           code=None, start=start, end=end, np_start=start,
                                           np_end=end, how="against")
    return None


def claimed_targets(event: Event, recipients: list[EventActor], doc) -> list[EventActor]:
    """Return the recipients of a claim of responsibility (CAMEO 015) with the act claimed
    replaced by where or on whom it was done ("claimed responsibility for an act of arson
    at a ski resort in Vail" → the resort), or dropped when its words name no one ("claimed
    responsibility for the attack"): one claims an act, and the one acted on is the act's
    target, not the act. A recipient the events component already named (coded) stays."""
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if trigger is None:
        return recipients
    # the words the claim hangs its act on: "responsibility", "credit", and the act itself
    holders = [c for c in trigger.root.children if c.dep_ == "dobj"]
    kept = []
    for actor in recipients:
        if actor.how != "for" or actor.code:
            kept.append(actor)
            continue
        act = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if act is None:
            continue
        head = act.root
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if not (head.dep_ == "pobj" and head.head.lower_ == "for"):
            kept.append(actor)  # the component read the act's own target ("attack on X")
            continue
        # the act's own "on", "against", "at" or "in" (not inside a clause about its toll)
        preps = [c for w in (act.root, *holders) for c in w.children
                 if c.dep_ == "prep" and c.lower_ in _DONE_TO]
        for thing in (p for prep in preps for p in prep.children if p.dep_ == "pobj"):
            if not any(t.ent_type_ in _NAMED for t in thing.subtree):
                continue
            start = thing.left_edge.idx
            end = thing.right_edge.idx + len(thing.right_edge.text)
            kept.append(dataclasses.replace(actor, text=text_of(doc)[start:end], code=None,
                                            start=start, end=end, np_start=start,
                                            np_end=end, how=thing.head.lower_))
            break
    return kept


def commented_on(event: Event, doc) -> tuple[int, int] | None:
    """Return the (start, end) characters of whom or what a comment that names no one is
    about: the subject of the clause it comments on ("expressed surprise that The
    Washington Post published a story" → The Washington Post, "expressed optimism that
    the timeline could be accelerated" → the timeline), or None. A pronoun subject is the
    speaker or someone named before, not what the comment is about."""
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if trigger is None or event.root_code != _COMMENT:
        return None
    verb = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else trigger.root.head
    # the clause on the verb, or on the feeling it expresses ("surprise that …")
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    for clause in (c for h in holders for c in h.children if c.dep_ in _CLAUSES):
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.pos_ == "PRON":
                return None
            start = subject.left_edge.idx
            return start, subject.right_edge.idx + len(subject.right_edge.text)
    return None


def reported_comment(event: Event, doc) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Return the (start, end) characters of the speaker and of the commenter when a
    comment is reported by someone else ("Nauert said the U.S. Embassy in Athens had
    conveyed concerns to the Greek government" → Nauert, the Embassy), or None: the
    annotators mark the report as the act, done by the speaker about the one whose words
    it tells (3 of 3 such sentences in cameo_ner_train). A comment told by its own author
    ("said they hoped …") is the author's."""
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if trigger is None or event.root_code != _COMMENT or not event.reported:
        return None
    verb = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else trigger.root.head
    commenter = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # the report leads into the comment ("X said Y had expressed concern"), not tagged
    # on after it ("Y paid his respects …, the embassy said": Y's act)
    if commenter is None or commenter.pos_ == "PRON" or verb.dep_ != "ccomp" or \
            verb.head.lemma_.lower() not in SPEECH or verb.head.i > commenter.i:
        return None
    speech = verb.head
    # "issued a statement saying that …": the statement speaks for whoever issued it
    teller = speech.head.head if speech.dep_ == "acl" and speech.head.dep_ == "dobj" \
        else speech
    speaker = next((c for c in teller.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    # the speaker's name with its modifiers, not where it spoke ("the Office … in a
    # statement")
    words = [speaker] + [w for c in speaker.children if c.i < speaker.i or c.dep_ in (
        "compound", "appos") or c.dep_ == "prep" and c.lower_ == "of" for w in c.subtree]
    first, last = min(words, key=lambda w: w.i), max(words, key=lambda w: w.i)
    return ((first.idx, last.idx + len(last.text)),
            (commenter.left_edge.idx, commenter.right_edge.idx + len(commenter.right_edge.text)))


def pressed_by(event: Event, doc) -> tuple[int, int] | None:
    """Return the (start, end) characters of whoever pressed for an act that names no one
    it is done to ("declined to resign despite the pressure by the US Congress" → the
    Congress, "under pressure from others in his party", "despite President Biden's
    request" → Biden's), or None: one who yields or refuses does so to the one asking."""
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if trigger is None:
        return None
    verb = trigger.root
    # "declined to resign despite …": the pressure may be hung on the verb above
    verbs = [verb] + ([verb.head] if verb.dep_ == "xcomp" else [])
    for prep in (c for v in verbs for c in v.children
                 if c.dep_ == "prep" and c.lower_ in ("despite", "under")):
        for ask in (c for c in prep.children if c.dep_ == "pobj" and
                    c.lemma_.lower() in _ASKING):
            for part in ask.children:
                if part.dep_ == "poss" and part.pos_ != "PRON":
                    return part.left_edge.idx, part.right_edge.idx + len(part.right_edge.text)
                if part.dep_ == "prep" and part.lower_ in ("by", "from"):
                    for who in (c for c in part.children if c.dep_ == "pobj"):
                        return who.left_edge.idx, who.right_edge.idx + len(
                            who.right_edge.text)
    return None


def asker(actor: EventActor, doc) -> EventActor | None:
    """Return the event actor moved onto whoever made a demand or request acted on
    ("conceded to the demands of the protesting truck drivers" → the drivers), or None
    when the actor is no demand or names no one after it who made it: yielding to or
    rejecting a demand is done to the one demanding."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in _ASKING:
        return None
    # named after it; a demand named with its owner ("the Iraqi government's demand")
    # stays whole, as the annotators mark it
    for part in (c for c in span.root.children if c.dep_ == "prep" and
                 c.lower_ in ("of", "by", "from")):
        for who in (c for c in part.children if c.dep_ == "pobj"):
            start = who.left_edge.idx
            end = who.right_edge.idx + len(who.right_edge.text)
            return dataclasses.replace(actor, text=text_of(doc)[start:end], code=None,
                                       start=start, end=end, np_start=start, np_end=end,
                                       how=part.lower_)
    return None


def agreed_with(actor: EventActor, event: Event, doc) -> bool:
    """Return whether an event actor is whom or what one agrees with ("said they agree
    with the recommendation"): like a comment's subject, a view one shares is the target
    whether or not it names someone."""
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    return trigger is not None and actor.how == "with" and \
        trigger.root.lemma_.lower() == "agree"


def actor_role(word: str) -> str | None:
    """Return the actor role a word names on its own ("forces" → MIL), or None."""
    clues = span_coder().clues(word) if span_coder() else None
    return clues.role if clues else None


@lru_cache(maxsize=1)
def span_coder():
    """Return the default actor coder, loaded once for span scoring."""
    return default_coder()
