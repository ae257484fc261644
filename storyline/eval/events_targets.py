"""Who a target is and how far its phrase runs, as the ConfliBERT annotators mark it.

Readings the span scorer (:mod:`storyline.eval.events_spans`) applies to the
phrase the events component gives for a target: the clauses, descriptions and
places left out of it, the goods a trade names, a list split into its items (but two
nouns one number counts kept together, and two named sides sharing a noun cut apart at
their "and"), the name a pronoun stands for, the maker of a thing acted on, and where
one's own thing is put. Whom particular acts are on (claims, comments, demands) is in
:mod:`storyline.eval.events_acts`. Each was kept because it raises the target span F1
on ``cameo_ner_train.txt`` without lowering the source F1.
"""
from __future__ import annotations

import dataclasses
from functools import lru_cache

from ..events.component import default_coder
from ..events.objects import PLACE_TYPES, POSSESSIVES, named, names_people
from ..events.records import Event, EventActor
from ..pipeline.documents import text_of

# Pronouns a target may be named by in the sentence ("urged him", "to use them").
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "he", "she", "they", "its", "their",
                             "his", "me", "we", "you", "i"})
# Named owners of an act or thing written before its noun ("US strategy", "French operations").
_OWNERS = frozenset({"GPE", "NORP", "ORG"})
# CAMEO roots of coercion and force (seize, assault, fight, mass violence).
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# Prepositions saying where a thing was put or an act was done.
_WHERE = frozenset({"in", "inside", "at", "near"})
# Entities that name a side by its nationality or place ("Turkish demands").
_SIDES = frozenset({"NORP", "GPE", "LOC"})
# Nouns of goods crossing a border ("imports of beef"), and of sums written in words
# ("5 million euros of aid"), whose "of" names the goods. Not a sale or any other act on
# a thing ("restrictions on the sale of farm land"), which the annotators mark whole.
_TRADE = frozenset({"import", "export", "shipment"})
_SUMS = frozenset({"dollar", "euro", "pound", "yen", "yuan"})


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
    goods = traded(span)
    if goods is not None:
        return target_extent(doc, *goods, served)
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
        elif root.pos_ == "PROPN" and root.ent_type_ in PLACE_TYPES and (
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


def traded(span) -> tuple[int, int] | None:
    """Return the (start, end) characters of the goods a phrase of trade or of a sum names
    after "of" ("a ban on imports of British beef" → British beef, "tariffs on $120 billion
    of China's exports" → China's exports), or None: a limit on goods crossing a border,
    or on a sum of them, is put on the goods, as their maker's (3 of 3 such targets in
    cameo_ner_train)."""
    root = span.root
    sum_of = root.ent_type_ == "MONEY" and (root.tag_ == "$" or any(
        c.tag_ == "$" for c in root.lefts) or root.lemma_.lower() in _SUMS)
    if root.lemma_.lower() not in _TRADE and not sum_of:
        return None
    for prep in (c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for goods in (c for c in prep.children if c.dep_ == "pobj" and c.i < span.end):
            last = min(goods.right_edge.i, span.end - 1)
            return goods.left_edge.idx, span.doc[last].idx + len(span.doc[last].text)
    return None


def listed_targets(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Return the (start, end) characters of each listed target in a target's phrase:
    "diplomats from Poland, Germany and Sweden" → "diplomats from Poland", "Germany",
    "Sweden". The annotators list targets one by one (8 more exact targets in
    cameo_ner_train); a list of modifiers ("air and sea ports") or one inside a clause
    ("proposals submitted by X and Y") stays whole."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [(start, end)]
    sides = named_sides(span)
    if sides is not None:
        return sides
    for word in span:
        if word.pos_ not in ("NOUN", "PROPN") or word.dep_ in ("compound", "amod", "nmod",
                                                               "nummod"):
            continue
        listed = [c for c in word.conjuncts if c.i > word.i and c.pos_ in ("NOUN", "PROPN")
                  and span.start <= c.i < span.end]
        if not listed or not nominal_path(word, span.root):
            continue
        if counted_pair(word, listed):
            return [(start, end)]
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


def named_sides(span) -> list[tuple[int, int]] | None:
    """Return the (start, end) characters of each of two named sides that share one noun
    ("the Iraqi and Turkish demands" → "the Iraqi", "Turkish demands"; "children in Afar
    and Somali regions" → "children in Afar", "Somali regions"), or None: the annotators
    mark each side named by its nationality or place apart, cutting at the "and" (2 of 2
    such phrases in cameo_ner_train); a list of plain modifiers ("air and sea ports")
    stays whole."""
    doc = span.doc
    for word in span:
        if word.dep_ not in ("amod", "compound", "nmod") or word.ent_type_ not in _SIDES or \
                word.i + 2 >= span.end or doc[word.i + 1].lower_ != "and":
            continue
        other = doc[word.i + 2]
        # the second name's entity type the model often gets wrong ("Ugandan" as ORG)
        if other.text[:1].isupper() and any(c.i == other.i for c in word.conjuncts):
            return [(span.start_char, word.idx + len(word.text)), (other.idx, span.end_char)]
    return None


def counted_pair(word, listed) -> bool:
    """Return whether a noun and the one noun listed after it are counted together: the
    first has a number and the second no words of its own before it, joined by a bare
    "and" or "or" ("another 40 opposition politicians and activists", "some 74 leaders and
    members of a rebel group": the number counts both, and the annotators mark one
    target; "the soldiers and policemen", which nothing counts, stay two)."""
    if len(listed) != 1 or word.pos_ != "NOUN" or listed[0].pos_ != "NOUN":
        return False
    other = listed[0]
    between = word.doc[word.i + 1:other.i]
    return any(c.dep_ == "nummod" for c in word.lefts) and not any(True for _ in other.lefts) \
        and len(between) == 1 and between[0].lower_ in ("and", "or")


def counted_lists(doc, spans: set[tuple[str, int, int]]) -> set[tuple[str, int, int]]:
    """Return the (label, start, end) character ``spans`` with two targets joined into one
    where a number counts both (:func:`counted_pair`), as when the events component names
    each of "another 40 opposition politicians and activists" apart."""
    result = set(spans)
    targets = sorted(s for s in spans if s[0] == "T")
    for first in targets:
        for second in targets:
            if first not in result or second not in result or second[1] <= first[2]:
                continue
            one = doc.char_span(first[1], first[2], alignment_mode="expand")
            two = doc.char_span(second[1], second[2], alignment_mode="expand")
            if one is None or two is None or two.start != one.end + 1 or \
                    two.root.i != two.start or not counted_pair(one.root, [two.root]):
                continue
            result -= {first, second}
            result.add(("T", first[1], second[2]))
    return result


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
            c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in thing.children):
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
            if not any(t.ent_type_ in PLACE_TYPES or prep.lower_ == "of" and (
                    t.ent_type_ in _OWNERS or t.pos_ == "PROPN") for t in place.subtree):
                continue
            start = place.left_edge.idx
            end = place.right_edge.idx + len(place.right_edge.text)
            return dataclasses.replace(actor, text=text_of(doc)[start:end], code=None,
                                       start=start, end=end, np_start=start, np_end=end,
                                       how="location")
    return None


def actor_role(word: str) -> str | None:
    """Return the actor role a word names on its own ("forces" → MIL), or None."""
    clues = span_coder().clues(word) if span_coder() else None
    return clues.role if clues else None


@lru_cache(maxsize=1)
def span_coder():
    """Return the default actor coder, loaded once for span scoring."""
    return default_coder()
