"""The mentions component: the model's named entities, with its systematic mistakes repaired.

``en_core_web_sm`` reads news well but makes the same mistakes again and
again: a surname alone becomes an ORG ("Lavrov"), regions become ORGs
("Crimea"), cities NORPs ("Sevastopol"), nationalities PERSONs ("Moldovan"),
and Title Case headlines glue a verb to a name ("Lavrov Meet"). The repairs
use the article's own evidence (a name used in full elsewhere in it) and
gazetteer knowledge (place names, demonyms), never lists of names.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import DEP, HEAD, ORTH, POS
from spacy.language import Language
from spacy.symbols import PROPN, appos
from spacy.tokens import Doc, Span

from ..errors import ComponentError
from ..records import Mention
from . import knowledge
from .names import fold, strip_possessive

LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}
# Capitalised words that head a title phrase: "Secretary of State", "Ministry of Defence".
_TITLE_HEADS = {"secretary", "minister", "ministry", "department", "office", "state", "head",
                "chief", "director", "chairman", "president", "governor"}


def make_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def mentions_component(doc: Doc) -> Doc:
        try:
            doc._.mentions = find_mentions(doc)
        except Exception as exc:  # the component names itself in the error
            raise ComponentError(name, exc) from exc
        return doc

    return mentions_component


def find_mentions(doc: Doc) -> list[Mention]:
    """Return the article's named mentions, repaired, in text order."""
    article = doc._.article
    spans = [_trim(e) for e in doc.ents if e.label_ in LABELS]
    spans = [_extend_first_name(s) for s in spans if s is not None and not _inside_title_phrase(s)
             and not _is_affix_adjective(s)]
    # headlines are Title Case, so their "names" ("Lavrov Meet") are no evidence
    people = _person_names([s for s in spans if article is None
                            or article.section_at(s.start_char) != "title"])
    out: list[Mention] = []
    for span in spans:
        label, origin = _relabel(span, people, article)
        if label is None:
            continue
        if label == "PERSON" and (cut := _cut_headline_name(span, people, article)) is not None:
            span, origin = cut, "repaired: headline words cut from a name"
        out.append(_mention(span, label, origin, article))
    untagged = _untagged_people(doc, out, article)
    out += untagged
    for mention in untagged:
        people.setdefault(fold(mention.text.split()[-1]), mention.text)
    out += _unlabelled_surnames(doc, out, people, article)
    return sorted(out, key=lambda m: (m.start, m.end))


def _mention(span: Span, label: str, origin: str, article) -> Mention:
    section = article.section_at(span.start_char) if article is not None else "body"
    return Mention(span.start_char, span.end_char, span.text, label, section, origin)


def _trim(span: Span) -> Span | None:
    """Return ``span`` without a leading "the" and a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_)


def _inside_title_phrase(span: Span) -> bool:
    """Return whether an ORG is the tail of a title ("Secretary of State" → "State")."""
    if span.label_ != "ORG" or len(span) > 1 or span.start < 2:
        return False
    before = span.doc[span.start - 2: span.start]
    return before[1].lower_ == "of" and before[0].lower_ in _TITLE_HEADS


def _is_affix_adjective(span: Span) -> bool:
    """Return whether the span is an adjective such as "pro-Kremlin" or "anti-NATO"."""
    return span.label_ != "NORP" and span.text.lower().startswith(("pro-", "anti-", "non-"))


def _extend_first_name(span: Span) -> Span:
    """Return a PERSON span grown leftwards over a first name the model left out.

    In "NATO Secretary General Anders Fogh Rasmussen" the model tags only
    "Fogh Rasmussen"; a capitalised proper noun right before a name, which is
    not itself a title word, is taken as part of it.
    """
    if span.label_ != "PERSON" or span.start == 0:
        return span
    from .describe import TITLE_WORDS

    before = span.doc[span.start - 1]
    if (before.pos_ == "PROPN" and before.is_title and before.lower_ not in TITLE_WORDS
            and not before.is_sent_start and before.ent_type_ in ("", "PERSON")
            and before.whitespace_):
        return Span(span.doc, span.start - 1, span.end, label="PERSON")
    return span


def _person_names(spans: list[Span]) -> dict[str, str]:
    """Return folded surname and full name → full name, from PERSON spans of two or more words."""
    names: dict[str, str] = {}
    for span in spans:
        if span.label_ != "PERSON":
            continue
        words = [t for t in span if t.is_alpha or "-" in t.text]
        if len(words) < 2 or not all(t.text[:1].isupper() for t in words) or _known_place(span.text):
            continue  # "Sri Lankan" tagged PERSON is no person's name
        full = " ".join(t.text for t in words)
        names.setdefault(fold(words[-1].text), full)
        names.setdefault(fold(full), full)
    return names


def _relabel(span: Span, people: dict[str, str], article) -> tuple[str | None, str]:
    """Return the right label for ``span`` and why it changed (None drops the mention)."""
    label = span.label_
    text = strip_possessive(span.text)
    key = fold(text)
    if label != "PERSON" and key in people and _looks_like_name(span) and (
            label == "ORG" or not _known_place(text)):
        return "PERSON", "repaired: name used in full as a person elsewhere in the article"
    if label == "ORG" and (role := _person_role(span)):
        return "PERSON", f"repaired: described as a person ({role})"
    if label in ("PERSON", "ORG", "GPE", "LOC") and knowledge.is_demonym(text):
        return "NORP", "repaired: a nationality word"
    if label in ("ORG", "NORP", "PERSON", "LOC") and key not in people and not knowledge.is_demonym(
            text) and knowledge.country_of(text) is not None:
        return "GPE", "repaired: a country's name"
    if label in ("ORG", "NORP", "PERSON") and key not in people and span.root.pos_ == "PROPN":
        place = knowledge.place_label(text)
        # a lone "person" name is re-read as a place only for territories, not for towns
        if place is not None and (label != "PERSON" or place == "LOC" or knowledge.country_of(text)):
            return place, "repaired: gazetteer place name"
    return label, "model"


def _person_role(span: Span) -> str | None:
    """Return the person noun an ORG span is described by ("Mr X", "X, the billionaire")."""
    from .describe import PERSON_NOUNS

    if span.start > 0 and span.doc[span.start - 1].lower_.rstrip(".") in ("mr", "mrs", "ms", "dr"):
        return span.doc[span.start - 1].text
    if len(span) < 2 or not _looks_like_name(span):
        return None
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.lemma_.lower() in PERSON_NOUNS:
            return child.lower_
    return None


def _known_place(text: str) -> bool:
    """Return whether ``text`` is a country, nationality or gazetteer place name."""
    return bool(knowledge.country_of(text) or knowledge.is_demonym(text)
                or knowledge.place_label(text))


def _looks_like_name(span: Span) -> bool:
    return all(t.text[:1].isupper() for t in span if t.is_alpha)


def _cut_headline_name(span: Span, people: dict[str, str], article) -> Span | None:
    """Return a headline PERSON cut after the known name it starts with ("Lavrov Meet" → "Lavrov")."""
    if article is None or article.section_at(span.start_char) != "title" or len(span) < 2:
        return None
    if fold(span.text) in people:
        return None
    for end in range(span.end - 1, span.start, -1):
        if fold(span.doc[span.start:end].text) in people:
            return Span(span.doc, span.start, end, label="PERSON")
    return None


def _untagged_people(doc: Doc, found: list[Mention], article) -> list[Mention]:
    """Return PERSON mentions for untagged names that the text describes as people.

    "Rinat Akhmetov, the Donetsk-based billionaire" can go untagged by the
    model; two or more capitalised proper nouns whose apposition is a person
    noun are a name.
    """
    from .describe import PERSON_NOUNS

    taken = {i for m in found for i in range(m.start, m.end)}
    extra = []
    # words with an apposition after them, found from arrays (labels as symbols, no Token objects)
    array = doc.to_array([POS, DEP, HEAD]).astype("int64")  # HEAD: signed offset to the head
    tags, deps, heads = array.T.tolist()
    appositive = {i + heads[i] for i in range(len(deps)) if deps[i] == appos and heads[i] < 0}
    for i in sorted(appositive):
        token = doc[i]
        if tags[i] != PROPN or token.idx in taken or not any(
                c.dep_ == "appos" and c.i > token.i and c.lemma_.lower() in PERSON_NOUNS
                for c in token.children):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].is_title and doc[start - 1].idx not in taken:
            start -= 1
        span = doc[start: token.i + 1]
        if len(span) >= 2 and all(t.is_title for t in span):
            extra.append(_mention(span, "PERSON", "repaired: untagged name described as a person",
                                  article))
    return extra


def _unlabelled_surnames(doc: Doc, found: list[Mention], people: dict[str, str],
                         article) -> list[Mention]:
    """Return PERSON mentions for a known surname the model left untagged."""
    taken = [(m.start, m.end) for m in found]
    extra = []
    # only surname keys are single words; full-name keys hold a space. Each distinct word
    # is looked at once, from the array of the tokens' texts.
    orths = doc.to_array([ORTH]).reshape(-1).tolist()
    strings = doc.vocab.strings
    known = {h for h in set(orths) if strings[h][:1].isupper() and fold(strings[h]) in people}
    for i in (i for i, h in enumerate(orths) if h in known):
        token = doc[i]
        start, end = token.idx, token.idx + len(token.text)
        if any(s <= start < e or s < end <= e for s, e in taken):
            continue
        span = doc[token.i: token.i + 1]
        extra.append(_mention(span, "PERSON", "repaired: surname of a person named in full", article))
        taken.append((start, end))
    return extra
