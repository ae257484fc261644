"""The record the places component leaves on ``doc._.places``."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """A toponym (or nationality word) in the article, resolved to a gazetteer place.

    ``text`` is what the article says ("Kiev", "Russian", "the Kremlin");
    ``name`` the gazetteer's name of the place it was resolved to. ``feature``
    is "country", "ADM1" (state, province), "ADM2" (county, parish), "city",
    "region", "continent", "sea", "seat" (a building standing for a
    government) or "unresolved". ``country`` is ISO alpha-3, ``iso2`` alpha-2.
    ``metonymic`` marks a place that stands for its government or people
    ("Moscow said", "the Kremlin warned"). ``how`` says what chose the
    candidate: "only candidate", "population", "feature", "qualified" ("Athens,
    Ga."), "same-country context", "same-state context", "neighbour context",
    "capital in international context", "dateline", "demonym", "unresolved".
    """

    start: int
    end: int
    text: str
    name: str
    geonameid: int | None
    feature: str
    country: str | None
    iso2: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    metonymic: bool = False
    how: str = ""
    candidates: int = 0  # how many gazetteer places bear the name
