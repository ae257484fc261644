"""What the entity components ask of the gazetteer: is this word a place, a nationality?

A thin adapter over ``storyline.places`` (the gazetteer and the country and
demonym tables), so the mention repairs and the places component agree on
what counts as a place.
"""
from __future__ import annotations

from functools import lru_cache

from .names import fold, strip_possessive


@lru_cache(maxsize=8192)
def country_of(text: str):
    """Return the Country a name or nationality word refers to, or None."""
    from ..places.countries import country_for

    return country_for(strip_possessive(text))


@lru_cache(maxsize=8192)
def is_demonym(text: str) -> bool:
    """Return whether ``text`` is a nationality word ("Moldovan", "Russians"), not a country's name."""
    word = strip_possessive(text).strip()
    country = country_of(word)
    if country is None or word.isupper():
        return False
    key = fold(word)
    if key in (fold(country.name), country.iso2.lower(), country.iso3.lower()):
        return False
    return key.endswith(("an", "ans", "ian", "ians", "ese", "ish", "i", "is", "ic", "ch", "sh", "ot",
                         "ots", "er", "ers"))


# Gazetteer features that name a territory, and the label spaCy would give it.
_FEATURE_LABELS = {"country": "GPE", "ADM1": "GPE", "region": "LOC", "continent": "LOC",
                   "sea": "LOC"}
_BIG_CITY = 100_000  # smaller towns share too many names with people and firms


@lru_cache(maxsize=8192)
def place_label(text: str) -> str | None:
    """Return "GPE" or "LOC" when ``text`` names a country, region or large city, else None."""
    from ..places.gazetteer import gazetteer

    labels = set()
    name = fold(strip_possessive(text))
    for entry in gazetteer().lookup(strip_possessive(text)):
        if fold(entry.name) != name:
            continue  # alternate spellings collide with acronyms and firms ("CBS")
        if entry.feature in _FEATURE_LABELS:
            labels.add(_FEATURE_LABELS[entry.feature])
        elif entry.feature == "city" and entry.population >= _BIG_CITY:
            labels.add("GPE")
    if not labels:
        return None
    return "GPE" if "GPE" in labels else "LOC"
