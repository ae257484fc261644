"""The places component: toponyms found, resolved and checked for metonymy.

Toponyms come from the named mentions (``doc._.mentions`` when the mentions
component ran, and ``doc.ents``): places (GPE, LOC, FAC) the gazetteer knows,
streets and numbered roads, buildings that stand for a government ("the
Kremlin"), nationality words (NORP "Russian") and place names the model
mistyped as ORG. The small model misses or mistypes many place names (a town
as PERSON, a county inside an organisation's name), so runs of capitalised
words are also looked up in the gazetteer, with guards against surnames and
common words. Results go to ``doc._.places`` as
:class:`~storyline.places.records.Place` records.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ComponentError
from ..pipeline.documents import text_of
from ..pipeline.registry import register_extensions
from .countries import _countries, country_for
from .gazetteer import Entry, Gazetteer, gazetteer, key
from .records import Place
from .resolve import Choice, Home, Toponym, is_capital, resolve

# Verbs whose subject, when a country or capital, stands for its government.
_NOT_ACTION = {"be", "have", "lie", "sit", "border", "remain", "become", "cover", "stretch",
               "include", "experience", "see", "get", "receive", "host", "rank", "stand"}
# Nouns whose possessor, when a country or capital, is its government.
_STANCE_NOUNS = {"decision", "move", "position", "response", "statement", "policy", "offer",
                 "demand", "demands", "claim", "claims", "threat", "warning", "refusal", "plan",
                 "support", "stance", "annexation", "invasion", "aggression", "campaign",
                 "intervention", "proposal", "ambassador", "envoy", "spokesman", "spokeswoman",
                 "order", "approval", "request", "sanctions", "strategy"}
_METONYMIC_FEATURES = {"country", "seat", "ADM1"}


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str
    label: str


# Capitalised common words that GeoNames also lists as towns ("West", Texas).
_GENERIC = {"station", "hall", "road", "west", "east", "north", "south", "northeast",
            "northwest", "southeast", "southwest", "central", "center", "centre", "metro", "bank", "street", "city",
            "county", "park", "college", "university", "police", "federal", "southern",
            "northern", "eastern", "western", "midland", "mainland", "downtown", "uptown",
            "highway", "highways", "subway", "ski", "forest", "reservoir", "globe", "law",
            "principal", "research", "union", "liberty", "commerce", "industry", "enterprise",
            "hope", "independence", "progress", "paradise", "harmony", "friendship", "victory",
            "justice", "mission", "republic", "colony", "state", "nation", "capital", "village"}
_PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP")


def _mentions(doc: Doc) -> list[_Span]:
    """Return the named mentions to look at, from the mentions component and the model.

    The mentions component may carry a person's label over to a place that
    shares words with the name ("Egypt" after a headline "Rethinking Egypt"
    tagged PERSON); the model's own place label wins for the same span, and a
    PERSON mention that is a country or nationality word is taken as one.
    """
    model = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
    mentions = getattr(doc._, "mentions", None)
    if not mentions:
        return [_Span(s, e, text_of(doc)[s:e], label) for (s, e), label in model.items()]
    out = []
    for m in mentions:
        label = m.label
        if label not in _PLACE_LABELS and model.get((m.start, m.end)) in _PLACE_LABELS:
            label = model[(m.start, m.end)]
        elif label == "PERSON" and country_for(m.text) is not None:
            label = "GPE" if gazetteer().lookup(m.text) else "NORP"
        out.append(_Span(m.start, m.end, m.text, label))
    return out


def _trim(span: _Span) -> _Span:
    """Return ``span`` without a leading "the" or trailing possessive."""
    text, start, end = span.text, span.start, span.end
    m = re.match(r"(?i)(?:the\s+|\d+[A-Z]?\s+(?=[A-Z]))", text)
    if m:
        text, start = text[m.end():], start + m.end()
    m = re.search(r"['’]s?$", text)
    if m and len(text) > 3:
        text, end = text[:m.start()], end - (len(text) - m.start())
    return _Span(start, end, text, span.label)


_ROAD = re.compile(r"\b(?:County Road|State Highway|U\.S\. Highway|Highway|Interstate|"
                   r"State Route|Route|Hwy\.?)\s\d+[A-Z]?\b|\bI-\d+\b")
_DIRECTION = re.compile(r"(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|"
                        r"Northern|Southern|Eastern|Western|Central|Upper|Lower|Downtown)\s+")


def _roads(doc: Doc) -> list[_Span]:
    """Return numbered roads ("Highway 10", "County Road 43", "I-95")."""
    return [_Span(m.start(), m.end(), m.group(), "FAC") for m in _ROAD.finditer(text_of(doc))]


def _undirected(span: _Span, gaz: Gazetteer) -> _Span:
    """Return "Georgia" for "Northeast Georgia" when only the bare name is a known place."""
    m = _DIRECTION.match(span.text)
    if m and not gaz.lookup(span.text) and gaz.lookup(span.text[m.end():]):
        return _Span(span.start + m.end(), span.end, span.text[m.end():], span.label)
    return span


def _split_qualified(span: _Span, gaz: Gazetteer) -> tuple[_Span, _Span | None]:
    """Return "Columbia" and "S.C." for a mention "Columbia, S.C." (else the span and None)."""
    m = re.match(r"^(.+?),\s*(.+?)\.?$", span.text)
    if not m or gaz.lookup(span.text):
        return span, None
    tail_text = span.text[m.start(2):]
    if not any(e.feature in ("ADM1", "country") for e in gaz.lookup(tail_text)):
        return span, None
    head = _Span(span.start, span.start + m.end(1), m.group(1), span.label)
    tail = _Span(span.start + m.start(2), span.end, tail_text, span.label)
    return head, tail


def _wanted(span: _Span, gaz: Gazetteer) -> tuple[bool, bool]:
    """Return (is a toponym, is a nationality word) for one mention."""
    if span.label == "NORP":
        return country_for(span.text) is not None, True
    found = gaz.lookup(span.text)
    if span.text.lower().removeprefix("the ") in _GENERIC:
        return False, False  # "the West" is a political bloc, not Cameroon's West Region
    if len(span.text.strip(".")) <= 2 or span.text.lower() in STOP_WORDS:
        # "As", "Al": only a country's or state's abbreviation is that short.
        return any(e.feature in ("country", "ADM1") for e in found), False
    if span.label in ("GPE", "LOC", "FAC") and found:
        return True, False
    exact = [e for e in found if key(e.name) == key(span.text)]
    if span.label in ("FAC", "LOC", "GPE") and not found:
        # A street is a toponym even when unresolvable; other names the gazetteer
        # lacks are mostly buildings, firms or people the model mistyped (a town
        # inside them, "Cottonport Fire Station", is left to the scan).
        return bool(_STREET.match(span.text.split()[-1])), False
    if span.label == "ORG":
        strong = any(e.feature in ("country", "ADM1", "seat", "region", "continent")
                     or (e.feature == "city" and e.population >= 100_000) for e in exact)
        return strong or country_for(span.text) is not None and not span.text.isupper(), False
    return False, False


_TITLES = {"mr", "mrs", "ms", "dr", "gov", "sen", "rep", "president", "sheriff", "judge",
           "officer", "chief", "mayor", "coach", "sgt", "lt", "capt", "deputy", "detective"}
_SPEECH = {"said", "says", "told", "added", "asked", "wrote", "explained", "noted"}
_LOOSE_MIN_POPULATION = 1000  # a bare capitalised word must name a town at least this big
_STREET = re.compile(r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Drive|Dr\.?|Boulevard|Blvd\.?|"
                     r"Lane|Highway|Parkway|Pkwy\.?|Trail|Pike|Turnpike|Expressway|Freeway|"
                     r"Court|Square|Bridge)$")


def _gazetteer_hit(text: str, words: Callable[[], list], gaz: Gazetteer) -> str | None:
    """Return "GPE" or "NORP" when capitalised words the model left untyped name a place.

    ``words`` gives the tokens of ``text``, asked for only when the words may
    name a place (most capitalised runs do not).
    """
    if text.isalpha() and text.isupper() and len(text) > 2 and country_for(text) is None:
        return None  # an acronym ("NATO") names an organisation, not the town that shares it
    every = gaz.lookup(text)
    if not every and not _STREET.match(text.split()[-1]) and country_for(text) is None:
        return None  # no place, road or nationality by this name
    tokens = words()
    found = [e for e in every if key(e.name) == key(text)]
    # Countries and states go by many names ("S.C.", "the U.S."); towns only by their own.
    kinds = {e.feature for e in found} | {e.feature for e in every
                                          if e.feature in ("country", "ADM1", "region", "seat")}
    first, last = tokens[0], tokens[-1]
    if first.i > 0 and first.nbor(-1).lower_.rstrip(".") in _TITLES:
        return None  # "Sheriff Anderson"
    if last.i + 1 < len(last.doc) and last.nbor(1).lower_ in _SPEECH and "country" not in kinds:
        return None  # "Warden said" is a person
    if kinds & {"country", "ADM1", "ADM2", "region", "continent", "seat"}:
        return "GPE"
    if len(tokens) >= 2 and _STREET.match(text.split()[-1]) and "'" not in text:
        return "FAC"
    if not found and len(tokens) == 1 and country_for(text) is not None:
        return "NORP"
    if "city" in kinds and all(t.pos_ == "PROPN" for t in tokens) and \
            first.lower_ not in STOP_WORDS:
        biggest = max(e.population for e in found if e.feature == "city")
        if biggest >= _LOOSE_MIN_POPULATION and (len(tokens) > 1 or _placelike(first, last)):
            return "GPE"
    return None


_BUILDINGS = {"house", "palace", "hall", "tower", "towers", "building", "mansion", "manor",
              "castle", "hotel", "church", "cathedral", "chapel", "museum", "stadium", "arena",
              "theatre", "theater", "library"}
_LOCATIVE = {"in", "of", "from", "at", "near", "to", "outside", "around", "into", "toward",
             "towards", "between", "across", "through", "throughout", "north", "south", "east",
             "west"}
_INSTITUTION = {"police", "fire", "county", "city", "council", "school", "schools", "high",
                "department", "sheriff", "mayor", "hospital", "airport", "public", "municipal",
                "chamber", "board", "township", "town", "village", "area", "district", "library",
                "housing", "community", "regional", "memorial", "-", "–", "—", ","}


def _placelike(first, last) -> bool:
    """Return whether a single capitalised word stands where a town name would.

    A one-word town name ("Alexandria") is also a surname, a first name or an
    ordinary word often enough that the word must sit in a place's slot:
    after a locative preposition, before a qualifier or an institution noun
    ("Alexandria Police"), or opening the text as a dateline.
    """
    doc = first.doc
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if before is not None and before.lower_ in _LOCATIVE:
        return True
    if after is not None and after.lower_ in _INSTITUTION:
        return True
    return before is None or before.is_space or before.text in (".", "(", "\n")


def _covered(starts: list[int], ends: list[int], spans: list[tuple[int, int]]) -> list[bool]:
    """Return, per token, whether it overlaps one of ``spans`` (character offsets)."""
    from bisect import bisect_left

    inside = [False] * len(starts)
    for s, e in spans:
        k = bisect_left(ends, s + 1)  # the first token ending after s
        while k < len(starts) and starts[k] < e:
            if ends[k] > s:
                inside[k] = True
            k += 1
    return inside


def _missed(doc: Doc, taken: list[tuple[int, int]], blocked: list[tuple[int, int]],
            surnames: set[str], singles: set[tuple[int, int]], gaz: Gazetteer) -> list[_Span]:
    """Return places named by capitalised words outside the accepted toponyms.

    The model mistypes many place names (a town as PERSON, a county inside an
    organisation's name); any run of capitalised words that the gazetteer
    knows is taken, unless it lies inside a person's full name (``blocked``).
    """
    out = []
    # Token attributes read as arrays: spaCy builds a new Python object on every
    # token access, and only the few capitalised runs need Token objects.
    text = text_of(doc)
    starts, lengths, spaces = doc.to_array([IDX, LENGTH, IS_SPACE]).T.tolist()
    index = [k for k, space in enumerate(spaces) if not space]
    starts = [starts[k] for k in index]
    ends = [starts[n] + lengths[k] for n, k in enumerate(index)]
    lowers = [text[s:e].lower() for s, e in zip(starts, ends)]
    caps = [text[s:s + 1].isupper() for s in starts]
    inside = _covered(starts, ends, taken)
    i = 0
    while i < len(index):
        if not caps[i] or lowers[i] in STOP_WORDS:
            i += 1  # a run starts with a capitalised word that is no stop word
            continue
        hit = None
        for n in (4, 3, 2, 1):
            j = i + n
            if j > len(index) or not caps[j - 1]:
                continue
            if any(not (caps[k] or lowers[k] in ("of", "de", "la")) for k in range(i, j)):
                continue
            if any(inside[i:j]):
                continue
            start, end = starts[i], ends[j - 1]
            name = text[start:end]
            if name.lower() in _GENERIC:
                continue
            if len(name.strip(".")) <= 2 and not any(
                    e.feature in ("country", "ADM1") for e in gaz.lookup(name)):
                continue
            label = _gazetteer_hit(name, lambda: [doc[k] for k in index[i:j]], gaz)
            # Inside a person's name only a division's full name counts ("Rapides
            # Parish Fire" mistyped as PERSON); a surname never names a town.
            if label and (any(s < end and start < e for s, e in blocked) or
                          (n == 1 and name in surnames)):
                kinds = {e.feature for e in gaz.lookup(name) if key(e.name) == key(name)}
                if not kinds & {"country", "ADM1", "ADM2"} or n == 1 and name in surnames:
                    label = None
            if label == "GPE" and n == 1 and (start, end) in singles:
                # The model took the word for a person: only a sizeable town overrules it.
                found = gaz.lookup(name)
                if not any(e.feature != "city" or e.population >= 5000 for e in found):
                    label = None
            if label:
                hit = (_Span(start, end, name, label), n)
                break
        if hit:
            out.append(hit[0])
            i += hit[1]
        else:
            i += 1
    return out


def _dateline(doc: Doc, span: _Span) -> bool:
    """Return whether a toponym opens the body as the story's dateline ("KIEV, Ukraine —")."""
    article = getattr(doc._, "article", None)
    body_start = 0
    if article is not None:
        for section in article.sections:
            if section.kind == "body":
                body_start = section.start
                break
    before = text_of(doc)[body_start:span.start]
    if span.start - body_start > 40 or before.strip():
        return False
    after = text_of(doc)[span.end:span.end + 40]
    return span.text.isupper() or bool(re.match(r"\s*(?:\(|—|–|-|,[^.]{0,25}(?:—|–|-|\())", after))


def _metonymic(doc: Doc, span: _Span, entry: Entry | None) -> bool:
    """Return whether a place stands for its government ("Moscow said", "Kremlin's move")."""
    if entry is None or not (entry.feature in _METONYMIC_FEATURES or is_capital(entry)):
        return False
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None:
        return False
    root = tokens.root
    head = root.head
    if entry.feature == "seat":
        # "the Kremlin said", "accused the Kremlin": the building is the government,
        # unless the article is somewhere at or in it.
        return not (root.dep_ == "pobj" and head.lower_ in ("in", "at", "inside", "near",
                                                            "outside", "into", "around"))
    if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB" and \
            head.lemma_.lower() not in _NOT_ACTION:
        return True
    if root.dep_ == "poss" and head.lemma_.lower() in _STANCE_NOUNS:
        return True
    if root.dep_ == "compound" and head.lemma_.lower() in _STANCE_NOUNS | {"official", "source"}:
        return entry.feature == "seat" or is_capital(entry)
    return False


def find_toponyms(doc: Doc, gaz: Gazetteer) -> list[tuple[_Span, Toponym]]:
    """Return the toponyms of a Doc, in text order, with the mention each came from."""
    spans = [(road, False) for road in _roads(doc)]
    roads = [(r.start, r.end) for r, _ in spans]
    mentions = _mentions(doc)
    for mention in mentions:
        span = _trim(mention)
        if not span.text or any(s < span.end and span.start < e for s, e in roads):
            continue
        span = _undirected(span, gaz)
        head, tail = _split_qualified(span, gaz)
        if tail is not None:
            spans.append((tail, False))
            span = head
        wanted, demonym = _wanted(span, gaz)
        if wanted:
            spans.append((span, demonym))
    taken = [(s.start, s.end) for s, _ in spans]
    taken += [(e.start_char, e.end_char) for e in doc.ents
              if e.label_ in ("DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT")]
    persons = [m for m in mentions if m.label == "PERSON"
               and m.text.split()[-1].lower() not in _GENERIC]
    # A person's full name blocks the scan; a lone word tagged PERSON ("Alexandria")
    # does not, unless it is part of a full name elsewhere ("Henry" of "Chiquita Henry").
    surnames = {m.text.split()[-1] for m in persons if " " in m.text.strip()}
    singles = {(m.start, m.end) for m in persons if " " not in m.text.strip()}
    blocked = [(m.start, m.end) for m in persons
               if " " in m.text.strip() or m.text.strip() in surnames]
    # A building's own name ("Winfield House", "Blair House") often honours a person,
    # not the town of the same name.
    blocked += [(m.start, m.end) for m in mentions if m.label in ("ORG", "FAC")
                and " " in m.text.strip() and m.text.split()[-1].lower() in _BUILDINGS]
    spans += [(s, s.label == "NORP") for s in _missed(doc, taken, blocked, surnames, singles, gaz)]
    spans.sort(key=lambda t: t[0].start)
    out = []
    for i, (span, demonym) in enumerate(spans):
        qualifier = None
        if i + 1 < len(spans) and not demonym:
            nxt = spans[i + 1][0]
            if re.fullmatch(r"\s*,\s*", text_of(doc)[span.end:nxt.start]):
                qualifier = nxt.text
        out.append((span, Toponym(span.start, span.end, span.text, demonym,
                                  _dateline(doc, span), qualifier)))
    return out


def _place(span: _Span, choice: Choice, metonymic: bool) -> Place:
    """Return the Place record for one resolved toponym."""
    e = choice.entry
    if e is None:
        return Place(span.start, span.end, span.text, span.text, None, "unresolved", None, None,
                     None, None, None, 0, False, choice.how, 0)
    country = _countries().get(e.iso2) if e.iso2 else None
    return Place(span.start, span.end, span.text, e.name, e.geonameid, e.feature,
                 country.iso3 if country else None, e.iso2 or None, e.admin1, e.lat, e.lon,
                 e.population, metonymic, choice.how, choice.candidates)


def places_in(doc: Doc, gaz: Gazetteer | None = None, home: Home | None = None) -> list[Place]:
    """Return the resolved places of an analysed Doc (the component's work).

    ``home`` is the outlet's home region, when known (see
    :func:`storyline.places.outlets.home_regions`); call again with it to
    re-resolve an article without re-running the model.
    """
    gaz = gaz or gazetteer()
    found = find_toponyms(doc, gaz)
    choices = resolve(gaz, [t for _, t in found], home)
    return [_place(span, choice, _metonymic(doc, span, choice.entry))
            for (span, _), choice in zip(found, choices)]


def make_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Return the places component: sets ``doc._.places``."""
    register_extensions()

    def places(doc: Doc) -> Doc:
        try:
            doc._.places = places_in(doc)
        except Exception as exc:  # noqa: BLE001 - any failure is reported under our name
            raise ComponentError(name, exc) from exc
        return doc

    return places
