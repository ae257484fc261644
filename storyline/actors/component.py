"""The actors component: a CAMEO actor code on every person, organisation and country.

For each entity of ``doc._.entities`` the component reads, in this order:

1. what the article says the entity is: its descriptions ("Russian foreign
   minister"), the title words before each mention ("NATO Secretary General
   Anders Fogh Rasmussen") and an apposition after it ("Rinat Akhmetov, the
   Donetsk-based billionaire");
2. the entity's own names ("Russian Foreign Ministry", "NATO", "Ukrainians");
3. the actor dictionaries, for the names, with the code in force on the
   article's publication date (John Kerry: USAGOVLEG until 2013-02-01, USAGOV
   after).

Words beat knowledge: a code inferred from the article wins over a dictionary
code, and a dictionary code fills in what the words leave open (the country of
"President Barack Obama").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import ComponentError
from ..records import ActorCode, Entity, Mention
from .coder import ActorCoder
from .textcodes import Clues, code_from_clues

CODED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM"})
_STOP_AFTER = frozenset({"who", "which", "that", "whose", "where", "and", "or", "but"})
_MAX_CONTEXT = 8  # tokens of title or apposition read beside a mention
_APPOSITION_OPENERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})


def make_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Return the actors component; the dictionaries are read once, here."""
    coder = ActorCoder.default()
    coder.dictionary.actor_loosely("warm up")  # build the spelling index now, not in the first article

    def actors_component(doc: Doc) -> Doc:
        try:
            doc._.entities = code_entities(doc, coder)
        except Exception as exc:  # a failing component names itself
            raise ComponentError(name, exc) from exc
        return doc

    return actors_component


def code_entities(doc: Doc, coder: ActorCoder) -> list[Entity]:
    """Return ``doc._.entities`` with ``actor`` (and an empty ``country``) filled in."""
    article = doc._.article
    date = article.published if article is not None else None
    mentions: list[Mention] = doc._.mentions or []
    people = _people_tokens(doc, mentions)
    out = []
    for entity in doc._.entities or []:
        code = None
        if entity.label in CODED_LABELS and not entity.is_author:
            others = {i for i, key in people.items() if key != entity.key}
            code = code_entity(doc, entity, mentions, coder, date, others)
        if code is not None:
            entity = replace(entity, actor=code, country=entity.country or code.country)
        out.append(entity)
    return _home_ministries(out)


_BEFORE = re.compile(r"\b([A-Za-z]+)\s+minist(ry|er)\b", re.IGNORECASE)
_AFTER = re.compile(r"\bminist(ry|er)\s+of\s+(?:the\s+)?([A-Za-z]+)", re.IGNORECASE)
_NO_PORTFOLIO = frozenset({"prime", "the", "a", "deputy", "first", "vice", "chief", "former",
                           "senior", "junior", "state", "cabinet", "acting", "his", "her", "its"})
_SAME_PORTFOLIO = {"defense": "defence", "home": "interior"}


def _portfolio(text: str) -> tuple[str, str] | None:
    """Return ("ministry" | "minister", portfolio word) of a phrase naming one.

    "Foreign Ministry spokesman" → ("ministry", "foreign"); "Russia's
    Foreign Minister" → ("minister", "foreign"); "Minister of Defense" →
    ("minister", "defence"). "Prime Minister" names no portfolio.
    """
    found = [(m.start(), m.group(1), m.group(2)) for m in _BEFORE.finditer(text)]
    found += [(m.start(), m.group(2), m.group(1)) for m in _AFTER.finditer(text)]
    for _, word, ending in sorted(found):
        # "the Ministry of Foreign Affairs": the word before names none, the one after does
        if word.lower() not in _NO_PORTFOLIO:
            kind = "ministry" if ending.lower() == "ry" else "minister"
            return kind, _SAME_PORTFOLIO.get(word.lower(), word.lower())
    return None


def _home_ministries(entities: list[Entity]) -> list[Entity]:
    """Return ``entities`` with an unqualified ministry, and its staff, given their country.

    An article about Russia's foreign minister that goes on to cite "the
    Foreign Ministry" or "Foreign Ministry spokesman Alexander Lukashevich"
    means his ministry: when the article's coded ministers of that portfolio
    all serve one country, the uncoded ministry and its staff take that
    country's government code, with both phrases as evidence.
    """
    ministers: dict[str, dict[str, str]] = {}  # portfolio → country → evidence
    for e in entities:
        if e.label != "PERSON" or e.actor is None or not e.actor.country:
            continue
        for d in e.descriptions:
            found = _portfolio(d.text)
            if found and found[0] == "minister":
                ministers.setdefault(found[1], {}).setdefault(
                    e.actor.country, f"{e.name}, {d.text}")
    if not ministers:
        return entities
    out = []
    for e in entities:
        if e.actor is None and not e.is_author and e.label in ("ORG", "PERSON"):
            phrases = [e.name] if e.label == "ORG" else [d.text for d in e.descriptions]
            for text in phrases:
                found = _portfolio(text)
                countries = ministers.get(found[1], {}) if found and found[0] == "ministry" else {}
                if len(countries) == 1:
                    (country, minister), = countries.items()
                    code = ActorCode(f"{country}GOV", f"{text}; country from {minister}", "text",
                                     country, "GOV")
                    e = replace(e, actor=code, country=e.country or country)
                    break
        out.append(e)
    return out


def code_entity(doc: Doc, entity: Entity, mentions: list[Mention], coder: ActorCoder,
                date: str | None, others: set[int] | None = None) -> ActorCode | None:
    """Return the best-supported actor code of one entity, or None.

    ``others`` holds the indexes of tokens naming other people, where a title
    or apposition stops.
    """
    own = [mentions[i] for i in entity.mentions if 0 <= i < len(mentions)]
    if others is None:
        others = {i for i, key in _people_tokens(doc, mentions).items() if key != entity.key}
    described = [coder.clues(text, date) for text in _descriptions(doc, entity, own, others)]
    named = [coder.clues(text, date) for text in _names(entity, own)]
    known = _dictionary_code(entity, own, coder, date)
    country, origin = _country(described + named, entity, known)

    best: tuple[int, ActorCode] | None = None
    for clues in described + named:
        code = code_from_clues(clues, None)
        if code is None:
            continue
        rank = _rank(clues, code)
        if best is None or rank > best[0]:
            best = (rank, code)
    if best is not None and best[0] >= 2:
        return best[1]
    # The words give a role but no country: the country comes from elsewhere.
    for clues in described + named:
        if clues.role and country and not clues.international:
            code = code_from_clues(clues, country)
            if code is not None and clues.country is None:
                code = replace(code, evidence=f"{code.evidence}; country from {origin}")
            return code
    if best is not None and entity.label in ("GPE", "NORP"):
        return best[1]  # a country's own name is the best evidence of its code
    if known is not None:
        return known  # more than a bare nationality: "Putin" is RUSGOV, not RUS
    return best[1] if best is not None else None


def _rank(clues: Clues, code: ActorCode) -> int:
    """Return how specific a code read from words is, 3 the most.

    3: a strong role word or an international body; 2: a weak role word;
    1: a named organisation's dictionary code; 0: a bare country.
    """
    if clues.international or (clues.role and clues.role_strong and code.role):
        return 3
    if clues.role and code.role:
        return 2
    return 1 if code.source == "dictionary" else 0


def _country(clues: list[Clues], entity: Entity,
             known: ActorCode | None) -> tuple[str | None, str | None]:
    """Return the entity's country and where it was read: its words, record or dictionary entry."""
    for c in clues:
        if c.country:
            return c.country, c.country_words
    for description in entity.descriptions:
        if description.country:
            return description.country, description.text
    if entity.country:
        return entity.country, f"the entity's country {entity.country}"
    if known is not None and known.country:
        return known.country, known.evidence
    return None, None


def _dictionary_code(entity: Entity, own: list[Mention], coder: ActorCoder,
                     date: str | None) -> ActorCode | None:
    """Return the dictionary code of the entity's fullest name that has one."""
    names = sorted({entity.name, *(m.text for m in own)}, key=len, reverse=True)
    for loose in (False, True):
        for name in names:
            code = coder.code_name(name, date, loose=loose)
            if code is not None:
                return code
    return None


def _names(entity: Entity, own: list[Mention]) -> list[str]:
    """Return the entity's distinct names, fullest first (organisations and places name their role)."""
    if entity.label == "PERSON":
        return []
    # ties broken by the text itself: a set's order changes from run to run
    return sorted({entity.name, *(m.text for m in own)}, key=lambda t: (-len(t), t))


def _descriptions(doc: Doc, entity: Entity, own: list[Mention], others: set[int]) -> Iterator[str]:
    """Yield the phrases saying what the entity is: descriptions, titles, appositions."""
    seen: set[str] = set()
    texts = [d.text for d in entity.descriptions]
    if entity.label in ("PERSON", "ORG"):
        for mention in own:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                found = (_title_before(span, others), _apposition_after(span, others))
                texts.extend(t for t in found if t)
    for text in texts:
        if text not in seen:
            seen.add(text)
            yield text


def _people_tokens(doc: Doc, mentions: list[Mention]) -> dict[int, str | None]:
    """Return token index → entity key for every token of a person's mention."""
    tokens: dict[int, str | None] = {}
    for mention in mentions:
        if mention.label == "PERSON":
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                tokens.update(dict.fromkeys(range(span.start, span.end), mention.entity))
    return tokens


def _title_before(span: Span, others: set[int]) -> str | None:
    """Return the title words right before a name with the name ("U.S. Secretary of State John Kerry")."""
    doc = span.doc
    start = span.start
    i = span.start - 1
    while i >= max(span.sent.start, span.start - _MAX_CONTEXT):
        token = doc[i]
        if i in others:
            break
        if _title_word(token) or (token.lower_ == "of" and i + 1 < span.start and doc[i + 1].is_title):
            start = i
        elif token.tag_ == "POS" and i > 0 and _title_word(doc[i - 1]):
            start = i  # "Russia's Foreign Minister"
        elif token.text == "-" and i > 0:
            start = i  # "pro-Kremlin"
        else:
            break
        i -= 1
    if start == span.start:
        return None
    return doc[start:span.end].text


def _title_word(token: Token) -> bool:
    if token.is_punct:
        return False
    return token.pos_ in _TITLE_POS or (token.tag_ == "VBN" and token.dep_ == "amod")


def _apposition_after(span: Span, others: set[int]) -> str | None:
    """Return the noun phrase set off by a comma after a name ("Rinat Akhmetov, the … billionaire").

    The phrase must open like a noun phrase and end cleanly (comma, relative
    pronoun, sentence end): "Rasmussen, in an interview with Germany's Focus
    magazine" is no apposition.
    """
    doc = span.doc
    first = span.end
    end = span.sent.end
    if first + 1 >= end or doc[first].text != ",":
        return None
    opener = doc[first + 1]
    if opener.i in others or opener.pos_ not in _APPOSITION_OPENERS:
        return None  # a list of names, or an adverbial ("in London", "meanwhile")
    last = None
    for token in doc[first + 1:min(end, first + 1 + _MAX_CONTEXT)]:
        if (token.is_punct and token.text != "-") or token.lower_ in _STOP_AFTER:
            break
        if token.i in others:
            return None  # another person's title: "Varnov, Ukrainian Prime Minister Drach and …"
        if token.pos_ in ("VERB", "AUX") and not (token.tag_ == "VBN" and token.dep_ == "amod"):
            return None
        last = token
    else:
        if last is not None and last.i + 1 < end:
            return None  # ran past the longest apposition we read
    if last is None:
        return None
    return doc[first + 1:last.i + 1].text
