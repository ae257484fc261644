"""Deciding from the grammar whether a relative date lies before or after publication.

"Friday" in a Wednesday article is last Friday when the clause is in the past
tense ("said on Friday") and next Friday when it looks forward ("will meet on
Friday", "are preparing to impose sanctions on Friday", "the referendum on
Sunday"). The dependency parse gives the verb governing the expression; its
tag and auxiliaries give the direction.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})
# Verbs whose complement happens later than the verb itself: "set to meet", "plans to vote".
FUTURE_VERBS = frozenset({
    "plan", "expect", "schedule", "set", "prepare", "intend", "aim", "hope", "go", "due",
    "propose", "promise", "threaten", "vow", "pledge", "seek", "want", "decide", "agree",
    "call", "urge", "announce", "slate", "poise", "likely", "able", "ready",
})
# Events that are announced before they happen: "the referendum on Sunday".
SCHEDULED_NOUNS = frozenset({
    "referendum", "plebiscite", "vote", "election", "elections", "poll", "ballot",
    "summit", "deadline", "runoff", "run-off", "inauguration",
})
# A scheduled noun points forward when it is what is being called, awaited or prepared.
FORWARD_ROLES = frozenset({"dobj", "nsubjpass"})
FORWARD_PREPOSITIONS = frozenset({"of", "for", "before", "until", "ahead", "to"})
# Words that put the date after them in the future of the article: terms and deadlines.
FORWARD_WORDS = frozenset({"payable", "effective", "expire", "expires", "expiring", "until",
                           "till", "starting", "beginning"})
SCHEDULE_VERBS = frozenset({"set", "schedule", "due", "slate", "plan", "expect"})
PAST_TAGS = frozenset({"VBD"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
MAX_CLIMB = 8


@dataclass(frozen=True)
class Direction:
    """Which way from the anchor an expression points, and the cue that said so."""

    sign: int  # -1 before the anchor, +1 after, 0 undecided
    cue: str


def direction_of(span: Span | None, parsed: bool | None = None) -> Direction:
    """Return the direction the grammar around ``span`` gives to a relative date.

    ``parsed`` says whether the Doc has a dependency parse; callers asking for
    many spans of one Doc pass it, as finding out walks every token.
    """
    if span is None or len(span) == 0:
        return Direction(0, "no-parse")
    doc = span.doc
    if parsed is None:
        parsed = doc.has_annotation("DEP")
    if not parsed:
        return Direction(0, "no-parse")
    if _forward_word(span):
        verb = _governing_verb(span.root)
        if verb is not None and _under_past_perfect(verb):
            # "had been due to expire Friday": the term ran out before the time of writing.
            return Direction(-1, "past-perfect-term")
        return Direction(1, "forward-word")
    scheduled = _scheduled_noun(span)
    verb = _governing_verb(span.root)
    if verb is None:
        return Direction(1, "scheduled-noun") if scheduled else Direction(0, "no-verb")
    found = _verb_direction(verb)
    if scheduled and found.sign <= 0 and not _is_subject_of_past(scheduled, verb):
        return Direction(1, "scheduled-noun")
    return found


def _governing_verb(token: Token) -> Token | None:
    """Return the nearest verb above ``token`` in the parse, ``None`` if there is none."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.pos_ in ("VERB", "AUX") and current.i != token.i:
            return current
        if current.head.i == current.i:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
    return None


def _verb_direction(verb: Token) -> Direction:
    """Return the direction given by ``verb``'s tense, auxiliaries and governors.

    A participle or infinitive without tense of its own ("visiting", "to meet")
    takes it from the verb it hangs on, so the loop climbs until a cue decides.
    """
    for _ in range(MAX_CLIMB):
        found = _tense_cue(verb)
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and \
                (found is None or found.sign == 0):
            # Conjoined verbs share their tense: "are preparing to impose … and freezes".
            verb = verb.head
            continue
        if found is not None:
            return found
        head = verb.head
        if head.i == verb.i or verb.tag_ not in ("VBG", "VBN") or _auxiliaries(verb):
            break
        above = head if head.pos_ in ("VERB", "AUX") else _governing_verb(head)
        if above is None or above.i == verb.i:
            break
        verb = above
    return Direction(0, "untensed")


def _under_past_perfect(verb: Token) -> bool:
    """Return whether ``verb`` or a verb it hangs on is in the past perfect ("had been due")."""
    current = verb
    for _ in range(4):
        if any(c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for c in current.children):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _tense_cue(verb: Token) -> Direction | None:
    """Return the direction ``verb`` itself decides, ``None`` when it carries no tense."""
    auxes = _auxiliaries(verb)
    words = {a.lower_ for a in auxes}
    head = verb.head
    governor = head.lemma_.lower()
    has_to = any(c.lower_ == "to" for c in verb.children)
    if words & FUTURE_AUX:
        return Direction(1, "future-aux")
    if "going" in words or (verb.lemma_ == "go" and any(c.dep_ == "xcomp" for c in verb.children)):
        return Direction(1, "going-to")
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and governor in FUTURE_VERBS and head.i != verb.i:
        if "had" in {a.lower_ for a in _auxiliaries(head)}:
            # "had been scheduled to expire Friday": the schedule has already run out.
            return Direction(-1, "past-perfect-plan")
        if verb.tag_ == "VB" and has_to:
            return Direction(1, f"future-verb:{governor}")
    if verb.tag_ == "VB" and has_to and governor == "be" and verb.dep_ == "xcomp":
        return Direction(1, "is-to")
    if verb.lemma_.lower() in SCHEDULE_VERBS and verb.tag_ in ("VBN", "JJ") \
            and any(a.lemma_ == "be" for a in auxes):
        return Direction(1, f"future-verb:{verb.lemma_.lower()}")
    if words & {"did", "had", "was", "were"} or verb.tag_ in PAST_TAGS:
        return Direction(-1, "past-tense")
    if verb.tag_ == "VBN" and words & {"has", "have", "'ve"}:
        return Direction(-1, "perfect")
    if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("acl", "relcl", "advcl", "amod") \
            and verb.lemma_.lower() in SCHEDULE_VERBS:
        return Direction(1, f"scheduled:{verb.lemma_.lower()}")  # "a summit set for April"
    if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("acl", "relcl", "advcl", "amod"):
        # "the decision, announced Wednesday": a reduced passive reports a done deed.
        return Direction(-1, "participle")
    if verb.tag_ == "VBG" and words & {"is", "are", "'re", "'s", "am"}:
        return Direction(1, "present-progressive")
    if verb.tag_ in PRESENT_TAGS or words & {"is", "are", "am"}:
        return Direction(0, "present-tense")
    return None


def _forward_word(span: Span) -> bool:
    """Return whether a word just before ``span`` sets a date ahead ("payable Dec. 7")."""
    doc = span.doc
    for token in doc[max(0, span.start - 3):span.start]:
        if token.lower_ in FORWARD_WORDS:
            return True
    return False


def _scheduled_noun(span: Span) -> Token | None:
    """Return the scheduled-event noun the expression hangs on ("referendum on Sunday")."""
    doc = span.doc
    before = span.start - 1
    if before >= 0 and doc[before].lower_ in ("on", "for", "at", "in", "next", "this"):
        before -= 1
    if before >= 0 and doc[before].lower_ in SCHEDULED_NOUNS:
        return doc[before]
    head = span.root.head
    if head.lower_ in ("on", "for") and head.head.lower_ in SCHEDULED_NOUNS:
        return head.head
    return None


def _is_subject_of_past(noun: Token, verb: Token) -> bool:
    """Return whether ``noun`` is not one awaited in its clause ("at the summit on Friday")."""
    if noun.dep_ in FORWARD_ROLES and noun.head.lemma_ not in ("hold", "win", "lose"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in FORWARD_PREPOSITIONS:
        return False
    return True
