"""Linking entities across articles: one canonical entity per real-world actor.

Each article's entities (from the entities component) are matched against
the store's canonical entities. People match on surname and first name,
allowing transliteration variants; a person named by surname only joins a
full name only when the store knows a single person of that surname, or when
the article's descriptions agree with that person's (same country or role).
Two people with different first names are never merged. Organisations match
on their name or acronym, places and nationalities on the country or name.
Ids are hashes of the normalised key, so they stay put across runs.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..records import Entity, Mention
from .names import fold, is_acronym_of, name_tokens, org_key, same_word, skeleton


@dataclass
class Occurrence:
    """One article's entity, as linking sees it."""

    article_id: str
    published: str | None
    entity: Entity
    mentions: list[Mention]


@dataclass
class Canonical:
    """A real-world actor across the store."""

    label: str
    key: str
    first: str | None = None
    surname: str | None = None
    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def id(self) -> str:
        digest = hashlib.sha1(f"{self.label}|{self.key}".encode("utf-8")).hexdigest()[:12]
        return f"{self.label[:3].lower()}-{digest}"

    def countries(self) -> set[str]:
        return {o.entity.country for o in self.occurrences if o.entity.country}

    def roles(self) -> set[str]:
        return {d.role for o in self.occurrences for d in o.entity.descriptions if d.role}

    def record(self) -> dict:
        """Return the stored form: name, aliases, roles over time, codes with evidence."""
        names = Counter()
        for o in self.occurrences:
            names[o.entity.name] += 1
        name = _canonical_name(self.label, names)
        aliases = sorted({m.text for o in self.occurrences for m in o.mentions} | set(names) - {name})
        roles = sorted({(o.published or "", d.role, d.country or "", d.text, o.article_id)
                        for o in self.occurrences for d in o.entity.descriptions if d.role})
        codes = [(o.published or "", o.entity.actor, o.article_id) for o in self.occurrences
                 if o.entity.actor]
        code_counts = Counter(c.code for _, c, _ in codes)
        country = Counter(o.entity.country for o in self.occurrences if o.entity.country)
        labels = Counter(o.entity.label for o in self.occurrences)
        return {
            "id": self.id, "name": name, "label": labels.most_common(1)[0][0],
            "country": country.most_common(1)[0][0] if country else None,
            "code": code_counts.most_common(1)[0][0] if code_counts else None,
            "aliases": aliases,
            "roles": [{"date": d or None, "role": r, "country": c or None, "text": t, "article": a}
                      for d, r, c, t, a in roles],
            "codes": [{"date": d or None, "code": c.code, "evidence": c.evidence, "source": c.source,
                       "article": a} for d, c, a in sorted(codes, key=lambda x: x[0])],
            "articles": sorted({o.article_id for o in self.occurrences}),
            "mentions": sum(len(o.mentions) for o in self.occurrences),
            "is_author": all(o.entity.is_author for o in self.occurrences),
        }


def _canonical_name(label: str, names: Counter) -> str:
    """Return the most used of the fullest names (ties: alphabetical, for stability)."""
    if label == "PERSON":
        longest = max(len(name_tokens(n)) for n in names)
        names = Counter({n: c for n, c in names.items() if len(name_tokens(n)) == longest})
    return sorted(names.items(), key=lambda x: (-x[1], -len(x[0]), x[0]))[0][0]


def link(occurrences: list[Occurrence]) -> list[Canonical]:
    """Return the canonical entities the occurrences make up, in first-seen order."""
    canon: list[Canonical] = []
    by_label: dict[str, list[Canonical]] = defaultdict(list)
    taken: set[tuple[str, str]] = set()

    def new(label: str, key: str, spelled: str, first: str | None = None,
            surname: str | None = None) -> Canonical:
        """Return a new canonical entity whose id no other has: two people the spelling
        rules keep apart may share a consonant skeleton ("Mohamad Bazzi", "Mohamed
        Bouazizi"), so the later one is keyed by its own spelling."""
        for candidate in (key, spelled):
            if (label, candidate) not in taken:
                break
        else:
            candidate = next(f"{spelled}#{n}" for n in range(2, len(taken) + 3)
                             if (label, f"{spelled}#{n}") not in taken)
        taken.add((label, candidate))
        made = Canonical(label, candidate, first, surname)
        by_label[label].append(made)
        canon.append(made)
        return made

    people_full = [o for o in occurrences if o.entity.label == "PERSON"
                   and len(name_tokens(o.entity.name)) >= 2]
    people_short = [o for o in occurrences if o.entity.label == "PERSON"
                    and len(name_tokens(o.entity.name)) < 2]
    others = [o for o in occurrences if o.entity.label != "PERSON"]
    for o in people_full:
        tokens = name_tokens(o.entity.name)
        first, surname = tokens[0], tokens[-1]
        match = next((c for c in by_label["PERSON"] if c.first and same_word(c.surname, surname)
                      and same_word(c.first, first)), None)
        if match is None:
            match = new("PERSON", f"{skeleton(first)}|{skeleton(surname)}",
                        f"{fold(first)}|{fold(surname)}", first, surname)
        match.occurrences.append(o)
    for o in people_short:
        tokens = name_tokens(o.entity.name) or [fold(o.entity.name)]
        surname = tokens[-1]
        candidates = [c for c in by_label["PERSON"] if same_word(c.surname, surname)]
        match = _with_evidence(o, candidates)
        if match is None:
            match = next((c for c in candidates if c.first is None), None)
        if match is None:
            match = new("PERSON", f"|{skeleton(surname)}", f"|{fold(surname)}", None, surname)
        match.occurrences.append(o)
    for o in others:
        label, key = _group_label(o.entity), _other_key(o.entity)
        match = next((c for c in by_label[label] if c.key == key or _abbreviation(c.key, key, label)),
                     None)
        if match is None:
            match = new(label, key, key)
        match.occurrences.append(o)  # the key stays the one the group was created with: ids must not move
    return canon


def _with_evidence(o: Occurrence, candidates: list[Canonical]) -> Canonical | None:
    """Return the full-name person a surname-only entity belongs to, if the evidence allows."""
    full = [c for c in candidates if c.first]
    if not full:
        return None
    if len(full) == 1:
        other = full[0]
        mine_countries = {o.entity.country} - {None}
        if mine_countries and other.countries() and not mine_countries & other.countries():
            return None  # a different country: a different person
        return other
    country = o.entity.country
    roles = {d.role for d in o.entity.descriptions if d.role}
    agreeing = [c for c in full if (country and country in c.countries()) or roles & c.roles()]
    return agreeing[0] if len(agreeing) == 1 else None


def _group_label(entity: Entity) -> str:
    return "PLACE" if entity.label in ("GPE", "LOC", "FAC") else entity.label


def _other_key(entity: Entity) -> str:
    if _group_label(entity) in ("PLACE", "NORP") and entity.country and entity.label != "FAC":
        # countries and nationalities group by country; cities keep their own names
        from . import knowledge

        country = knowledge.country_of(entity.name)
        if country is not None and country.iso3 == entity.country:
            return f"country:{entity.country}"
    return org_key(entity.name)


def _abbreviation(existing: str, key: str, label: str) -> bool:
    if label == "ORG":
        return is_acronym_of(key, existing) or is_acronym_of(existing, key)
    if label == "PLACE" and " " not in key and " " not in existing and ":" not in key + existing:
        return same_word(key, existing)
    return False
