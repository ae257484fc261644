"""Acts asked for, allowed, wished or alleged rather than done, and how CAMEO codes them.

CAMEO codes "urged Russia to release the prisoners" as an appeal (02x) and
"plans to release" as an intention (03x), each keyed to the kind of act in
question: releasing someone is yielding (08), so the appeal is 0253. "Wants
Putin to attack" is an appeal to Putin, not Putin's attack; "gave permission
to help" gives no help yet; "said that ISIL had attacked Iraq" is the
speaker's accusation of ISIL (112), and when the speaker "claims" or
"alleges" it, the attack itself is not on record. :class:`StanceReader`
holds these readings for :class:`storyline.events.extract.Extractor`.
"""
from __future__ import annotations

from spacy.tokens import Token

from .records import EventActor

# Verbs whose object is the one asked to act ("urged Russia to pull back").
APPEALS = frozenset({"urge", "ask", "call", "press", "request", "encourage", "invite",
                     "order", "persuade", "demand", "appeal", "implore", "warn", "force",
                     "pressure", "push", "pressurize", "pressurise"})
# Verbs by which one wants another to act ("wants Putin to attack"): an appeal, like "urge".
WISHES = frozenset({"want", "wish"})
# Nouns whose infinitive is an act allowed or sought, not done ("permission to enter").
LEAVE = frozenset({"permission", "right", "authority", "authorization", "authorisation",
                   "mandate", "approval", "license", "licence", "leave", "consent",
                   "request", "bid", "chance", "opportunity"})
# Verbs by which a speaker charges someone with an act of force ("said that ISIL had
# attacked Iraq"): CAMEO codes the charge, an accusation (112).
CHARGES = frozenset({"say", "claim", "allege", "charge", "report", "insist", "assert"})
ACCUSE_CODE = "112"
# Verbs that dispute what they report: its content is an allegation, not an event.
ALLEGING = frozenset({"claim", "allege", "charge"})
_FORCE_ROOTS = frozenset({"18", "19", "20"})

# Act (root or base code) → appeal code; the digit after the base picks the sub-code.
_APPEAL = {"04": "026", "05": "022", "06": "021", "07": "023", "08": "025", "083": "024"}
# Acts of force asked of a third party: an appeal to join in military action (021).
_FORCE_APPEAL_ROOTS = frozenset({"15", "18", "19", "20"})
# Appeal bases whose sub-codes line up with the act's ("061" → "0211", "084" → "0253").
_SUBCODES = {
    "06": {"1": "1", "2": "2", "3": "3", "4": "4"},
    "07": {"1": "1", "2": "2", "3": "3", "4": "4"},
    "08": {"1": "1", "2": "2", "4": "3", "5": "4", "6": "5", "7": "6"},
}


def appeal_code(act: str) -> str | None:
    """Return the CAMEO appeal code for asking someone to do ``act`` (a CAMEO event
    code), or None when CAMEO has no appeal for that kind of act."""
    if len(act) < 2:
        return None
    root = act[:2]
    if act[:3] in _APPEAL:
        return _APPEAL[act[:3]]
    if root in _FORCE_APPEAL_ROOTS:
        return "021"
    base = _APPEAL.get(root)
    if base is None:
        return None
    sub = _SUBCODES.get(root, {}).get(act[2:3])
    return base + sub if sub else base


class StanceReader:
    """Readings of appeals, wishes and charges; mixed into the extractor, which provides
    ``finder``, ``lexicon``, ``_context``, ``_subject`` and ``_verb_actors``."""

    def _charge(self, verb: Token, lemma: str
                ) -> tuple[list[EventActor], list[EventActor], Token] | None:
        """Return (speakers, accused, clause) when ``verb`` says that someone other than
        its speaker used force ("The US said that Iraq had attacked Kuwait"), or None.

        Only a statement that comes before what it reports is read so: "Rebels shelled
        the city, state media reported" reports the shelling, it charges no one.
        """
        if lemma not in CHARGES or verb.pos_ != "VERB":
            return None
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and
                       c.pos_ == "VERB"), None)
        if clause is None:
            return None
        act = self.lexicon.code_verb(clause.lemma_.lower(), self._context(clause))
        if act is None or act.code[:2] not in _FORCE_ROOTS:
            return None
        subject = self._subject(verb)
        if subject is None:
            return None
        speakers = [a for a in self.finder.actors(subject, "subject", metonymy=True) if a.code]
        if not speakers:
            return None
        accused, _ = self._verb_actors(clause)
        if not accused and any(c.dep_ == "auxpass" for c in clause.children):
            accused = self._launch_site(clause)
        accused = [a for a in accused if a.code and all(a.code != s.code for s in speakers)]
        return (speakers, accused, clause) if accused else None

    def _launch_site(self, verb: Token) -> list[EventActor]:
        """Return where a passive act of force came from ("was fired from the Gaza Strip")."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    if pobj.ent_type_ in ("GPE", "LOC"):
                        return [a for a in self.finder.actors(pobj, "from") if a.code]
        return []

    def _asked_act(self, verb: Token, lemma: str) -> Token | None:
        """Return the act an appeal or a wish asks of someone else ("urged Iran to
        release", "wants Putin to attack"), or None."""
        if lemma not in APPEALS and lemma not in WISHES:
            return None
        objects = any(c.dep_ in ("dobj", "obj") for c in verb.children)
        for child in verb.children:
            if child.dep_ == "xcomp" and child.pos_ == "VERB" and (lemma in APPEALS or objects):
                return child
            if child.dep_ == "advcl" and lemma in APPEALS and child.pos_ == "VERB" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and not any(
                    c.dep_.startswith("nsubj") for c in child.children):
                return child  # the parser hangs "pressured by Congress to help" loosely
            if child.dep_ == "advcl" and lemma in APPEALS and child.pos_ == "VERB" and any(
                    c.dep_ == "mark" and c.lower_ == "for" for c in child.children) and any(
                    c.dep_ == "nsubj" for c in child.children):
                return child  # "called for Britain to stay": Britain is asked
            if child.dep_ == "ccomp" and lemma in WISHES and child.pos_ == "VERB" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and any(
                    c.dep_ == "nsubj" for c in child.children):
                return child
        return None

    def _not_done(self, verb: Token) -> bool:
        """Return whether ``verb`` is an act only allowed or asked for ("gave permission to
        Russia to help Israel", "urged Iran to release", "wants Putin to attack")."""
        head = verb.head
        if verb.dep_ == "acl" and head.lemma_.lower() in LEAVE:
            return True
        if verb.dep_ in ("advcl", "xcomp") and verb.i > head.i and any(
                c.dep_ == "dobj" and c.lemma_.lower() in LEAVE for c in head.children):
            return True
        if verb.dep_ == "xcomp" and head.lemma_.lower() in APPEALS:
            return True
        asked = self._asked_act(head, head.lemma_.lower())
        return asked is not None and asked.i == verb.i
