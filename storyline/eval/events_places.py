"""The place an act is aimed at or done in, as the ConfliBERT annotators mark a target.

Readings the span scorer (:mod:`storyline.eval.events_spans`) applies to the
main event of a sentence. When the event acts on no one named, the annotators
mark the place the act serves or happens in as its target ("declared a truce in
Mali" → Mali, "gave money to fight the cholera outbreak in Haiti" → Haiti); a
thing sent to a place stands for the place ("a shipment of vaccines to Chad" →
Chad). People or a site in a place stay the target with their place ("the
Parliament in Kabul"), and a meeting's venue is never the target. In
cameo_ner_train the places read for events that act on no one add 17 targets,
11 exact, and a place kept with the body or site there makes 2 targets exact.
A place noun heads a place too, named or not ("declared a state of siege in the
town": 5 more targets, 3 exact), and a share of things sent to a place is read
through to the place ("some of its restrictions on assistance to North Korea").
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..events.lexicon import load
from ..events.nouns import ABSTRACT
from ..events.objects import ACTOR_TYPES, PLACE_TYPES, names_people
from .events_targets import actor_role, nominal_path

# Sites and people an act is done to where they are ("stormed a police headquarters in X").
SITES = frozenset({"headquarters", "base", "mosque", "church", "temple", "shrine", "school",
                   "hospital", "building", "office", "embassy", "consulate", "prison", "jail",
                   "camp", "checkpoint", "post", "outpost", "barracks", "village", "town",
                   "market", "airport", "port", "station", "compound", "facility", "depot",
                   "bridge", "position", "convoy", "vehicle", "ship", "people", "civilian",
                   "protester", "demonstrator", "villager", "resident", "worker", "student",
                   "journalist", "activist", "soldier", "officer", "refugee", "migrant"})
# Nouns naming a place by what it is, a country's part or a settlement ("the north
# region", "a five kilometer zone along the border", "declared a state of siege in the
# town"): somewhere, named or not, as a country's name is. Not "part", "border" or
# "state", which name a share, a line or a body as often as a place.
PLACE_NOUNS = frozenset({"area", "region", "zone", "province", "territory", "district",
                         "county", "prefecture", "governorate", "enclave", "neighbourhood",
                         "neighborhood", "countryside", "outskirts", "town", "city", "village"})
_PLACES = frozenset({"GPE", "LOC"})
# Nouns of a share of things ("half of the aid", "the rest of the restrictions").
_SHARES = frozenset({"half", "rest", "part", "portion", "share", "bulk", "majority"})
_HOLDER_DEPS = ("dobj", "pobj")
# Prepositions of a place an act is done in or aimed at.
_PLACE_PREPS = frozenset({"in", "to"})
# CAMEO roots whose place is no target: a meeting's or visit's venue, the site of an
# assault or of a killing (the site or the victims are the target), whatever else is named.
_VENUE_ROOTS = frozenset({"04", "18", "19", "20"})


def read_places(event, doc, spans: set[tuple[str, int, int]]) -> set[tuple[str, int, int]]:
    """Return the main event's (label, start, end) ``spans`` with the place readings: a
    target there is extended over the place a parser hung on the verb, and an event that
    acts on no one named (only sources marked) gets the places it is aimed at or done in."""
    spans = {(label, *_with_place(doc, start, end)) if label == "T" else (label, start, end)
             for label, start, end in spans}
    if all(label == "S" for label, _, _ in spans):
        spans |= {("T", *place) for place in
                  place_targets(event, doc, [(start, end) for _, start, end in spans])}
    return spans


def place_targets(event, doc, taken: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the (start, end) characters of the named places the main event is done in or
    aimed at, when the event names no one it acts on (none when it names no place).

    The place is the first country or region named after "in" or "to" outside the
    phrases already marked (``taken``: the source's), unless it only says where people
    or a site are ("refugees in Kenya", "a hospital in Kenya"): those are the ones acted
    on, not their place; nor is a place named in a clause about someone else's act.
    Meetings, visits and assaults keep no place as target.
    """
    if event.root_code in _VENUE_ROOTS:
        return []
    taken = list(taken)
    for ent in doc.ents:
        if ent.label_ not in _PLACES or ent.start_char < event.sentence_start or \
                ent.end_char > event.sentence_end:
            continue
        if any(start < ent.end_char and ent.start_char < end for start, end in taken):
            continue
        place = ent.root
        if place.dep_ != "pobj" or place.head.lower_ not in _PLACE_PREPS:
            continue
        if _locates_someone(place.head) or _told_of(place, doc, event):
            return []
        # "in Afghanistan and Iraq": the annotators list each place
        return [_name(doc, word) for word in [place, *place.conjuncts]
                if word.ent_type_ in _PLACES]
    area = _area_in(event, doc, taken)
    return [area] if area is not None else []


def _area_in(event, doc, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Return the (start, end) characters of the phrase of a place noun the event is done
    in or aimed at, when no place is named after "in" or "to" ("declared a state of siege
    in the town", "surrendered in Afghanistan's northern Faryab province", whose name the
    parser does not see), or None. A place noun heads a place whatever it is called."""
    for word in doc:
        if not event.sentence_start <= word.idx < event.sentence_end or \
                word.pos_ != "NOUN" or word.lemma_.lower() not in PLACE_NOUNS or \
                word.dep_ != "pobj" or word.head.lower_ not in _PLACE_PREPS:
            continue
        start = word.left_edge.idx
        end = word.right_edge.idx + len(word.right_edge.text)
        if any(s < end and start < e for s, e in taken) or _locates_someone(word.head) or \
                _told_of(word, doc, event):
            continue
        return start, end
    return None


def _name(doc, word) -> tuple[int, int]:
    """Return the (start, end) characters of the place name ``word`` heads, with its "the"
    ("the Gulf": the annotators keep the article of a place's name)."""
    ent = next((e for e in doc.ents if e.start <= word.i < e.end), doc[word.i:word.i + 1])
    before = doc[ent.start - 1] if ent.start else None
    start = before.idx if before is not None and before.lower_ == "the" and \
        before.head.i == word.i else ent.start_char
    return start, ent.end_char


def place_within(actor, doc, names_someone: bool) -> tuple[int, int] | None:
    """Return the (start, end) characters of the named place a target's phrase is sent
    or aimed to when its head is a thing, not someone ("a team of experts to Alabama",
    "restrictions on assistance to North Korea"), else None: the annotators mark the place.
    ``names_someone`` says whether the target's phrase names someone or somewhere."""
    if actor.np_start is None:
        return None
    span = doc.char_span(actor.np_start, actor.np_end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    share = _shared(root)
    if share is not None:
        # "some of its restrictions on assistance to North Korea": the things a share
        # is taken of tell what the share is, and where it went
        root, names_someone = share, names_people(share)
    if root.pos_ != "NOUN" or root.ent_type_ or (names_someone and not actor.code):
        return None  # someone named, not a thing
    if any(t.dep_ == "nummod" for t in root.children) or actor_role(root.text):
        return None  # people counted or named by their role are the target themselves
    for token in span:
        if token.dep_ == "pobj" and token.ent_type_ in ("GPE", "LOC") and \
                token.head.lower_ == "to" and nominal_path(token.head, root):
            first = min(t.idx for t in token.subtree if t.ent_type_ or t.i == token.i)
            end = max(t.idx + len(t.text) for t in token.subtree
                      if t.ent_type_ in ("GPE", "LOC"))
            return first, end
    return None


def _shared(word: Token) -> Token | None:
    """Return the noun a share word is taken of ("some of its restrictions" →
    restrictions, "most of the aid" → aid), or None when ``word`` is no share of things."""
    if word.pos_ not in ("PRON", "DET", "ADJ", "NUM") and word.lower_ not in _SHARES:
        return None
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            return noun
    return None


def place_holder(actor, doc, event) -> tuple[int, int] | None:
    """Return the (start, end) characters of the object phrase a place target was read
    from ("stormed a police headquarters in eastern Afghanistan" → the whole phrase, not
    "eastern Afghanistan"), or None when the target is not a place inside the object."""
    if actor.np_end is None:
        return None
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or trigger is None:
        return None
    place, prep = span.root, span.root.head
    if place.dep_ != "pobj" or prep.lower_ not in ("in", "near") or \
            place.ent_type_ not in PLACE_TYPES:
        return None
    holder = prep.head
    if holder.pos_ in ("VERB", "AUX"):
        # the parser often hangs the place on the verb: "stormed [a base] [in X]"
        holder = next((c for c in holder.children if c.dep_ == "dobj" and
                       c.right_edge.i + 1 == prep.i), holder)
    if holder.pos_ != "NOUN" or holder.ent_type_ in ACTOR_TYPES or \
            holder.dep_ not in _HOLDER_DEPS:
        return None
    lemma = holder.lemma_.lower()
    if load().may_trigger(lemma) or lemma in ABSTRACT or lemma not in SITES:
        # an act or a thing given in the place ("a ceasefire in Idlib", "aid deliveries
        # in Nigeria") leaves the place the target; a site or people there are the target
        return None
    head = holder.head if holder.dep_ == "dobj" else holder.head.head
    if not any(t.i == head.i for t in trigger):
        return None
    return holder.left_edge.idx, actor.np_end


def _with_place(doc, start: int, end: int) -> tuple[int, int]:
    """Return the (start, end) characters of a target's phrase with the place it is in,
    when the parser hung "in <place>" just after it on the verb acted with ("attacked
    [the Parliament] [in Kabul]", "shelled [positions of the army] [in Lebanon]"): people,
    a body or a site are marked with their place, as "the Parliament in Kabul" reads."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return start, end
    prep, root = doc[span.end], span.root
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.i != verb.i or \
            verb.pos_ not in ("VERB", "AUX") or root.ent_type_ == "PERSON" or \
            not _someone(root) or any(c.dep_ == "poss" for c in root.children):
        return start, end
    place = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in _PLACES),
                 None)
    if place is None:
        return start, end
    return start, max(t.idx + len(t.text) for t in place.subtree)


def _locates_someone(prep) -> bool:
    """Return whether a place's preposition says where people or a site are: it hangs on
    them ("refugees in Kenya", "those stranded in Chad"), or on a verb just after them,
    as the parser often hangs it ("sent [monitors] [in Kenya]")."""
    holder = prep.head
    if holder.pos_ in ("VERB", "AUX"):
        holder = next((c for c in holder.children if c.dep_ == "dobj" and
                       c.right_edge.i + 1 == prep.i), holder)
    if holder.dep_ == "acl" and holder.pos_ == "VERB":
        holder = holder.head  # "those [stranded] in Chad"
    return holder.pos_ == "PRON" or _someone(holder)


def _someone(word) -> bool:
    """Return whether a noun names people, a body of people or a site (not an act or a
    thing, which the place it is in stands for)."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    return word.lemma_.lower() in SITES or bool(actor_role(word.text)) or \
        names_people(word) or bool(word.ent_type_)


def _told_of(place, doc, event) -> bool:
    """Return whether a place is named in a clause about someone else's act: the nearest
    verb above it, not the event's own, has a subject of its own ("declared a truce after
    reports that their leader had fled to Chad")."""
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    own = {t.i for t in trigger} if trigger is not None else set()
    word = place.head
    while word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        word = word.head
    if word.i in own or word.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)
