"""Whom particular acts are on, as the ConfliBERT annotators mark their targets.

Readings the span scorer (:mod:`storyline.eval.events_spans`) applies by the kind of
act: an appeal to act against something, a claim of responsibility (on the claimed
act's target, not the act), a comment on a clause (its subject) or told by someone else
(the teller acts on the commenter), an act done under pressure or at someone's request
(the one pressing), a demand acted on (who made it) and agreeing with something. Each
was kept because it raises the target span F1 on ``cameo_ner_train.txt`` without
lowering the source F1; the counts are in each function's docstring.
"""
from __future__ import annotations

import dataclasses

from ..events.modality import SPEECH
from ..events.objects import ACTOR_TYPES
from ..events.records import Event, EventActor
from ..pipeline.documents import text_of
from .events_targets import nominal_path

# The CAMEO root of appeals ("called on", "urged").
_APPEAL = "02"
# The CAMEO root of public statements and comments, and the clauses a comment is on.
_COMMENT = "01"
_CLAUSES = frozenset({"ccomp", "acl"})
# Words of someone pressing for an act ("under pressure from X", "despite X's request").
_ASKING = frozenset({"pressure", "request", "demand", "call", "appeal", "plea", "urging"})
# CAMEO's code of claiming responsibility, and the words naming where or on whom a claimed
# act was done (by a name of someone or somewhere among them: ACTOR_TYPES).
CLAIM_CODE = "015"
_DONE_TO = frozenset({"on", "against", "at", "in"})


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
            if not any(t.ent_type_ in ACTOR_TYPES for t in thing.subtree):
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
