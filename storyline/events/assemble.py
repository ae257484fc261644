"""Turning event candidates into coded :class:`Event` records.

Adds what the syntax alone does not give: the CAMEO hierarchy and scores, the
PLOVER reading, modality (with CAMEO's intent and threat codes), the date, the
place, the quote the event was reported in, and a confidence.
"""
from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Span

from .cameo import Cameo, CameoCode
from .candidates import Candidate
from .modality import Modality, read_modality
from .objects import POSSESSIVES
from .records import Event, EventActor

VERSION = "storyline.events.v1"
# CAMEO codes an intention to cooperate as 03x and a threat as 13x.
_INTENT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# Words that state an intention outright (CAMEO 03x): plans, timetables ("were set to
# meet"), wishes and promises; "prepare" or "try" do not.
_INTENT_WORDS = frozenset({"plan", "planned", "intend", "intention", "propose", "proposed",
                           "proposal", "set", "schedule", "scheduled", "due", "expect",
                           "expected", "agree", "promise", "pledge", "vow", "offer", "want",
                           "seek", "wish", "willing", "ready", "willingness", "readiness",
                           "would"})
# A refused or denied cooperation is a rejection (CAMEO 12x).
_REJECT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "121", "08": "124"}
_THREAT = {"16": "1312", "17": "137", "18": "138", "19": "138", "20": "138", "15": "138",
           "14": "133"}
# Threats of a particular act have their own CAMEO code ("threatened to cut aid" → 1311).
_THREAT_BASES = {"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135",
                 "166": "136", "172": "132"}
_PHONE_CODE = "041"
_HOST, _VISIT = "043", "042"
_YIELD = "08"
_MUTUAL = frozenset({"040", "046"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?")


class DocFacts:
    """What the earlier components found in a document, read once for all its events.

    Each event looks for the dates and places of its own sentence and for the
    quote around its trigger; reading ``doc._`` and scanning the whole lists
    per event cost more than the look-ups themselves.
    """

    def __init__(self, doc: Doc):
        self.timexes = tuple(_ext(doc, "timexes"))
        self.places = tuple(_ext(doc, "places"))
        article = _ext(doc, "article", None)
        self.published: str | None = getattr(article, "published", None) if article else None
        # (start, end, quote index) of every quoted part, in the quotes' order
        self.quoted = tuple((part.start, part.end, index)
                            for index, quote in enumerate(_ext(doc, "quotes"))
                            for part in getattr(quote, "content", ()))
        self._by_sentence: dict[tuple[str, int], tuple] = {}

    def in_sentence(self, kind: str, sent: Span) -> tuple:
        """Return the timexes or places (``kind``) that start in ``sent``, in stored order."""
        found = self._by_sentence.get((kind, sent.start_char))
        if found is None:
            lo, hi = sent.start_char, sent.end_char
            found = self._by_sentence[(kind, lo)] = tuple(
                x for x in getattr(self, kind) if lo <= x.start < hi)
        return found


def recode(code: str, modality: Modality) -> str:
    """Return the CAMEO code the event takes under ``modality`` (intent 03x, threat 13x)."""
    root = code[:2]
    if modality.negated:
        return _REJECT.get(root, code)
    # a future act announced by its actor ("said they will release") is an intention
    stated = modality.modality == "future" and modality.reported
    if modality.modality in ("intended", "future") and root in _INTENT and (
            modality.governor in _INTENT_WORDS or stated):
        return _INTENT[root]
    if (modality.modality in ("threatened", "intended") or stated) and root in _THREAT:
        # CAMEO 14 (protest) is threatened as 133, 17 (coercion) as 137 (repression)
        return _THREAT_BASES.get(code[:3], _THREAT[root])
    return code


def pairs(cand: Candidate, code: str) -> list[tuple[EventActor | None, EventActor | None]]:
    """Return the CAMEO dyads of a candidate: a joint action runs both ways."""
    if cand.joint:
        return [(a, b) for a in cand.sources for b in cand.sources if a is not b]
    sources = list(cand.sources) or [None]
    # what one yields of one's own ("pulls back its troops", "lay down their arms") is no
    # other side: CAMEO's target of a retreat or demobilisation is the former opponent
    targets = [t for t in cand.targets if not (
        cand.coding.code[:2] == _YIELD and t.text.split(" ", 1)[0].lower() in POSSESSIVES)] or [None]
    # an actor coded the same on both sides acts on itself: CAMEO records no such event
    found = [(s, t) for s in sources for t in targets
             if not (s and t and s.code == t.code and (s.start == t.start or s.code))]
    if code[:3] in _MUTUAL:
        # consultations and negotiations are mutual: "X met Y" is also Y meeting X (the
        # PETR2 gold records code "met with" one way; the issue wants meetings both ways)
        # only between actors: "would face costs" is no meeting of the costs with Russia
        found += [(t, s) for s, t in found if s is not None and t is not None and
                  (s.code or s.entity) and (t.code or t.entity)]
    return found


def event_date(doc: Doc, sent: Span, cand: Candidate,
               facts: DocFacts | None = None) -> tuple[str | None, str]:
    """Return (ISO date, where it came from) for an event in ``sent``."""
    facts = facts or DocFacts(doc)
    scope: set[int] | None = None  # read only when the sentence holds a date
    for timex in facts.in_sentence("timexes", sent):
        value = getattr(timex, "value", "") or ""
        if getattr(timex, "type", "DATE") != "DATE" or not _ISO_DATE.match(value):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root.head
        if head.dep_ == "prep" or head.pos_ == "ADP":
            head = head.head
        if scope is None:
            scope = _governors(cand)
        if head.i in scope:
            return _ISO_DATE.match(value).group(0), "timex"
    published = facts.published
    if published:
        return published[:10], "publication"
    return None, "none"


def _governors(cand: Candidate) -> set[int]:
    """Return the token indexes a date or place of the event may hang on."""
    scope = {cand.trigger.i}
    words = [cand.trigger] + ([cand.via] if cand.via is not None else [])
    for word in words:
        scope.add(word.i)
        while word.dep_ in ("xcomp", "aux", "auxpass") and word.head.i != word.i:
            word = word.head
            scope.add(word.i)
        if word.dep_ == "pobj" and word.head.head.i != word.i:  # "in a meeting with …"
            scope.add(word.head.head.i)
    return scope


def event_place(doc: Doc, sent: Span, cand: Candidate, actors: list[EventActor],
                facts: DocFacts | None = None) -> tuple[str | None, str | None]:
    """Return (place name, ISO3 country) of the place the event happened in, if said."""
    facts = facts or DocFacts(doc)
    scope: set[int] | None = None  # read only when the sentence names a place
    for place in facts.in_sentence("places", sent):
        if getattr(place, "feature", "") in ("demonym",) or getattr(place, "metonymic", False):
            continue
        if any(a.start <= place.start < a.end for a in actors):
            continue
        token = doc.char_span(place.start, place.end, alignment_mode="expand")
        if token is None:
            continue
        if scope is None:
            scope = {t.idx for t in cand.trigger.subtree}
            if cand.via is not None:
                scope |= {t.idx for t in cand.via.subtree}
        if token.root.idx not in scope:
            continue
        prep = token.root.head
        if token.root.dep_ == "pobj" and prep.lower_ in ("in", "at", "near", "outside"):
            return place.name or place.text, place.country
    return None, None


def quote_index(doc: Doc, offset: int, facts: DocFacts | None = None) -> int | None:
    """Return the index of the quote whose content holds ``offset``, or None."""
    facts = facts or DocFacts(doc)
    return next((index for start, end, index in facts.quoted if start <= offset < end), None)


def confidence(cand: Candidate, source: EventActor | None, target: EventActor | None,
               modality: Modality) -> float:
    """Return a rough confidence in [0, 1] from how the event was found."""
    score = 0.45
    if cand.coding.matched and not cand.nominal:
        score += 0.15
    if source and source.code:
        score += 0.15
    if target and target.code:
        score += 0.15
    if cand.nominal:
        score -= 0.05
    if modality.reported:
        score -= 0.05
    return round(max(0.05, min(0.95, score)), 2)


def build(doc: Doc, sent: Span, cand: Candidate, cameo: Cameo, group: int,
          recoding: bool = True, text: str | None = None,
          facts: DocFacts | None = None) -> list[Event]:
    """Return the coded events of one candidate (one per CAMEO dyad).

    ``recoding`` turns intentions and threats into CAMEO's 03x/13x codes and
    refusals into 12x; without it the action's own code stays (PETRARCH's way).
    ``text`` is ``doc.text`` when the caller has it already (spaCy rebuilds it on each read),
    ``facts`` the document's :class:`DocFacts` (read here when not given).
    """
    text = doc.text if text is None else text
    facts = facts or DocFacts(doc)
    modality = read_modality(cand.trigger, cand.via)
    code = recode(cand.coding.code, modality) if recoding else cand.coding.code
    entry = cameo.get(code)
    if entry is None:
        if not code.isdigit():
            return []
        # a code outside CAMEO (a dictionary's own, e.g. PETRARCH's test codes) stays as is
        entry = CameoCode(code, "", code[:2], code[:3], 0, 0, 0.0, None, None)
    dyads = pairs(cand, code)
    everyone = list(cand.sources) + list(cand.targets)
    date, date_from = event_date(doc, sent, cand, facts)
    place, place_country = event_place(doc, sent, cand, everyone, facts)
    quote = quote_index(doc, cand.trigger.idx, facts)
    mode = entry.plover_mode or ("phone" if code == _PHONE_CODE else None)
    trigger_start = cand.trigger.idx
    trigger_end = trigger_start + len(cand.trigger.text)
    if cand.via is not None:
        trigger_start = min(trigger_start, cand.via.idx)
        trigger_end = max(trigger_end, cand.via.idx + len(cand.via.text))
    events = []
    for source, target in dyads:
        events.append(Event(
            source=source, target=target, code=code, base_code=entry.base, root_code=entry.root,
            label=entry.label, quad_class=entry.quad_class, goldstein=entry.goldstein,
            plover=cameo.plover(code), plover_mode=mode,
            trigger=text[trigger_start:trigger_end], trigger_start=trigger_start,
            trigger_end=trigger_end, sentence_start=sent.start_char,
            sentence_end=sent.end_char, negated=modality.negated, modality=modality.modality,
            reported=modality.reported or quote is not None, quote=quote, date=date,
            date_from=date_from, place=place, place_country=place_country,
            actors=tuple(cand.sources), recipients=tuple(cand.targets), group=group,
            nominal=cand.nominal, confidence=confidence(cand, source, target, modality),
            version=VERSION))
    visit = cameo.get(_VISIT)
    if code == _HOST and visit is not None:
        # the guests a host receives visit it: "received ministers from X" is X's visit too
        events += [dataclasses.replace(
            e, source=e.target, target=e.source, code=visit.code, base_code=visit.base,
            root_code=visit.root, label=visit.label, quad_class=visit.quad_class,
            goldstein=visit.goldstein, plover=cameo.plover(visit.code))
            for e in list(events) if e.source is not None and e.target is not None]
    return events


def _ext(doc: Doc, name: str, default=()):
    """Return ``doc._.<name>`` or ``default`` when the extension is absent or unset."""
    if not Doc.has_extension(name):
        return default
    value = getattr(doc._, name)
    return default if value is None else value
