"""The entities component: mentions of one actor within an article grouped into one Entity.

People are grouped by surname and first name, allowing transliteration
variants (Sergey/Sergei); a surname or "Mr Lavrov" alone joins the person of
that surname named nearest before it. Organisations join their acronyms (EU /
European Union). Places and nationalities group by the country or name they
refer to. Each entity carries the descriptions the article gives it.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ComponentError
from ..records import Description, Entity, Mention
from . import knowledge
from .describe import describe
from .names import fold, is_acronym_of, name_tokens, org_key, same_word


def make_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def entities_component(doc: Doc) -> Doc:
        try:
            mentions, entities = group_mentions(doc, doc._.mentions or [])
            doc._.mentions, doc._.entities = mentions, entities
        except Exception as exc:
            raise ComponentError(name, exc) from exc
        return doc

    return entities_component


@dataclass
class _Group:
    label: str
    members: list[int] = field(default_factory=list)
    first: str | None = None  # folded first name (people)
    surname: str | None = None
    key: str | None = None  # comparison key (organisations, places)


def group_mentions(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], list[Entity]]:
    """Return the mentions with their entity keys set, and the article's entities."""
    groups: list[_Group] = []
    _group_people(mentions, groups)
    _group_others(mentions, groups)
    article = doc._.article
    authors = {fold(a) for a in (article.authors if article else ())}
    if article:
        authors |= {fold(a) for a in article.extra.get("contributors", [])}
    entities, out = [], list(mentions)
    ordered = sorted(groups, key=lambda g: min(g.members))
    for n, group in enumerate(ordered):
        key = f"e{n}"
        for i in group.members:
            out[i] = replace(out[i], entity=key)
        entities.append(_entity(doc, key, group, mentions, authors))
    return out, entities


def _group_people(mentions: list[Mention], groups: list[_Group]) -> None:
    people = [(i, name_tokens(m.text)) for i, m in enumerate(mentions) if m.label == "PERSON"]
    # full names first, so that a lone surname finds every candidate
    for i, tokens in people:
        if len(tokens) < 2:
            continue
        first, surname = tokens[0], tokens[-1]
        for g in groups:
            if g.label == "PERSON" and g.first and same_word(g.surname, surname) and _same_first(
                    g.first, first):
                g.members.append(i)
                break
        else:
            groups.append(_Group("PERSON", [i], first, surname))
    for i, tokens in people:
        if len(tokens) != 1:
            continue
        surname = tokens[0]
        candidates = [g for g in groups if g.label == "PERSON" and g.surname
                      and same_word(g.surname, surname)]
        if candidates:
            _nearest_before(candidates, i, mentions).members.append(i)
        else:
            groups.append(_Group("PERSON", [i], None, surname))


def _same_first(a: str, b: str) -> bool:
    """Return whether two first names can be the same person's (initials allowed)."""
    a, b = a.rstrip("."), b.rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return same_word(a, b)


def _nearest_before(candidates: list[_Group], i: int, mentions: list[Mention]) -> _Group:
    """Return the candidate mentioned last before mention ``i`` (else the first mentioned)."""
    before = [(max(m for m in g.members if m < i), g) for g in candidates
              if any(m < i for m in g.members)]
    if before:
        return max(before, key=lambda x: x[0])[1]
    return min(candidates, key=lambda g: min(g.members))


def _group_others(mentions: list[Mention], groups: list[_Group]) -> None:
    for i, m in enumerate(mentions):
        if m.label == "PERSON":
            continue
        label, key = _other_key(m)
        for g in groups:
            if g.label == label and (g.key == key or _abbreviates(g, key, label)):
                g.members.append(i)
                if label == "ORG" and len(key) > len(g.key):
                    g.key = key  # the spelt-out name wins
                break
        else:
            groups.append(_Group(label, [i], key=key))


def _other_key(m: Mention) -> tuple[str, str]:
    label = "PLACE" if m.label in ("GPE", "LOC", "FAC") else m.label
    if label in ("PLACE", "NORP"):
        country = knowledge.country_of(m.text)
        if country is not None and (label == "NORP" or not knowledge.is_demonym(m.text)):
            return label, f"country:{country.iso3}"
    return label, org_key(m.text)


def _abbreviates(group: _Group, key: str, label: str) -> bool:
    if label == "ORG":
        return is_acronym_of(key, group.key) or is_acronym_of(group.key, key)
    if label == "PLACE" and " " not in key and " " not in group.key:
        return same_word(key, group.key)
    return False


def _entity(doc: Doc, key: str, group: _Group, mentions: list[Mention], authors: set[str]) -> Entity:
    members = [mentions[i] for i in group.members]
    name = _best_name(members, group.label)
    label = _label(members)
    descriptions: list[Description] = []
    if label in ("PERSON", "ORG"):
        for m in members:
            for d in describe(doc, m, mentions):
                if d not in descriptions:
                    descriptions.append(d)
    country = Counter(d.country for d in descriptions if d.country).most_common(1)
    country = country[0][0] if country else None
    if country is None and label in ("GPE", "LOC", "NORP", "FAC") and group.key.startswith("country:"):
        country = group.key.split(":", 1)[1]
    return Entity(key=key, name=name, label=label, mentions=tuple(sorted(group.members)),
                  descriptions=tuple(descriptions), country=country,
                  is_author=label == "PERSON" and fold(name) in authors)


def _label(members: list[Mention]) -> str:
    return Counter(m.label for m in members).most_common(1)[0][0]


def _best_name(members: list[Mention], label: str) -> str:
    """Return the fullest, most used name; body text beats captions and headlines."""
    def score(m: Mention):
        words = len(name_tokens(m.text)) if label == "PERSON" else len(m.text)
        uses = sum(1 for o in members if o.text == m.text)
        return (words, m.section == "body", uses, -m.start)

    best = max(members, key=score).text
    from .names import strip_possessive

    best = strip_possessive(best)
    if label == "PERSON":
        tokens = best.split()
        while len(tokens) > 1 and fold(tokens[0]).rstrip(".") in {"mr", "mrs", "ms", "dr"}:
            tokens = tokens[1:]
        best = " ".join(tokens)
    return best
