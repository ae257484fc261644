"""Reading an event's modality from the syntax around its trigger.

Negation ("did not cross", "denied any intention to cross", "no intention
of crossing"), hypotheticals ("if Russia carried out threats", "could send troops"),
the future and intentions ("were set to meet", "preparing to impose sanctions"), threats
("threatened to impose") and reported speech (a clause under "said").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

NEGATORS = frozenset({"deny", "refuse", "reject", "decline", "dismiss", "rule"})
FUTURE = frozenset({"will", "shall", "set", "schedule", "due", "expect", "go", "upcoming",
                    "scheduled", "expected", "forthcoming", "next"})
INTENT = frozenset({"plan", "prepare", "intend", "aim", "want", "hope", "seek", "promise",
                    "pledge", "vow", "offer", "agree", "consider", "propose", "wish", "mull",
                    "planned", "proposed", "intention", "plan", "readiness", "willingness",
                    "ready", "willing", "decide", "try", "attempt"})
THREAT = frozenset({"threaten", "warn", "threat", "warning"})
SPEECH = frozenset({"say", "tell", "claim", "state", "report", "announce", "insist", "add",
                    "assert", "declare", "stress", "note", "argue", "believe", "think",
                    "write", "allege", "suggest", "confirm", "acknowledge", "explain",
                    "according", "cite", "quote"})
# Auxiliaries of what is possible, not done ("could send more troops").
POSSIBLE = frozenset({"could", "might", "may"})
# Prepositions of what a noun is about ("the stand-off over the annexation").
TOPICS = frozenset({"over", "about", "regarding", "concerning"})
CONDITION = frozenset({"if", "unless", "whether", "should"})
# Dependencies through which a governing word scopes over the trigger.
_CLIMB = frozenset({"xcomp", "pcomp", "pobj", "prep", "acl", "dobj", "ccomp", "advcl",
                    "nsubjpass", "conj", "relcl", "nsubj", "compound", "amod", "attr"})


@dataclass(frozen=True)
class Modality:
    """What the sentence says about the reality of an event."""

    negated: bool = False
    modality: str = "asserted"  # "asserted" | "future" | "intended" | "hypothetical" | "threatened"
    reported: bool = False
    governor: str | None = None  # the word that set the modality: "planned", "if", "will"


def read_modality(trigger: Token, via: Token | None = None) -> Modality:
    """Return the modality of the event carried by ``trigger`` (a verb or event noun).

    ``via`` is the light verb whose object the trigger is ("prepare sanctions").
    """
    negated = False
    modality = "asserted"
    governor = None
    reported = False
    chain = _chain(trigger, via)
    settled = False  # a fact named by a noun above the trigger: no plan above reaches it
    for depth, word in enumerate(chain):
        lemma = word.lemma_.lower()
        if depth > 1 and chain[depth - 1] is not via and chain[depth - 2].lower_ in TOPICS \
                and chain[depth - 1].pos_ in ("NOUN", "PROPN"):
            # "attempts to resolve the stand-off over Russia's annexation": what a thing is
            # about is no attempt ("no intention of crossing" is)
            settled = True
        if settled and modality == "asserted" and lemma not in SPEECH | NEGATORS:
            continue
        # negation on a governor counts only through control ("did not plan to meet")
        own = depth == 0 or word is via or chain[depth - 1].dep_ == "xcomp"
        for child in word.children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ == "det" and low == "no"):
                # a negation scopes over its own clause and the nouns it governs
                if own or word.pos_ == "NOUN" or child.dep_ == "det":
                    negated = True
            if child.dep_ == "mark" and low in CONDITION and modality == "asserted":
                modality, governor = "hypothetical", low
            if child.dep_ == "aux" and child.lower_ in POSSIBLE and modality == "asserted" and \
                    (depth == 0 or word is via) and not any(c.dep_ == "neg" for c in word.children):
                # "Putin could send troops" (but "could not reach a deal" failed: negated)
                modality, governor = "hypothetical", child.lower_
            if child.dep_ == "aux" and child.lemma_.lower() in ("will", "shall", "would") and \
                    modality == "asserted" and depth <= 1:
                # "would" is the future seen from the past ("said it would allow")
                modality, governor = "future", child.lemma_.lower()
            if child.dep_ == "amod" and low in FUTURE | INTENT and modality == "asserted":
                modality = "intended" if low in INTENT else "future"
                governor = low
        if depth == 0 and word is not via:
            continue
        if lemma in NEGATORS and word.pos_ == "VERB":
            negated = True
        if lemma in THREAT and modality in ("asserted", "future", "intended"):
            modality, governor = "threatened", lemma
        elif lemma in INTENT and modality in ("asserted", "future"):
            modality, governor = "intended", lemma
        elif lemma in FUTURE and modality == "asserted" and word.dep_ not in ("pobj",):
            modality, governor = "future", lemma
        if lemma in SPEECH and word.pos_ in ("VERB", "ADP"):
            # only what is said is reported, not what the speaker did ("Speaking to Putin, …")
            below = chain[depth - 1]
            reported = below.dep_ in ("ccomp", "pobj", "pcomp", "xcomp", "conj", "parataxis") \
                or below.dep_ == "prep" and below.lower_ == "as"  # "cited Putin as saying"
            break
    return Modality(negated, modality, reported, governor)


def _chain(trigger: Token, via: Token | None) -> list[Token]:
    """Return the trigger and the words governing it within its sentence, nearest first."""
    chain = [trigger]
    word = trigger
    seen = {trigger.i}
    if via is not None and via.i not in seen:
        chain.append(via)
        seen.add(via.i)
        word = via
    while word.dep_ in _CLIMB and word.head.i not in seen and len(chain) < 8:
        word = word.head
        seen.add(word.i)
        chain.append(word)
    return chain
