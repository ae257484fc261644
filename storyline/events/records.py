"""The event record: who did what to whom, when and where, with its evidence."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventActor:
    """One side of an event: an entity (when the article names it) and its CAMEO code."""

    text: str  # the words in the sentence: "Russian troops", "Moscow"
    code: str | None  # CAMEO actor code, e.g. "RUSMIL"; None when it cannot be coded
    start: int
    end: int
    entity: str | None = None  # key of the doc._.entities Entity, when there is one
    how: str = "subject"  # "subject" | "object" | "by-agent" | "with" | "possessor" | "conjunct" …
    np_start: int | None = None  # the whole noun phrase with its modifiers and clauses
    np_end: int | None = None  # ("the missiles fired by the Israeli military")


@dataclass(frozen=True)
class Event:
    """One coded event (CAMEO) with its PLOVER reading, modality, date, place and evidence.

    ``source`` and ``target`` are single actors (CAMEO dyads: a compound
    actor yields one event per pair); ``actors``/``recipients`` hold every
    participant for the PLOVER reading of the same happening, so one PLOVER
    event can be rebuilt from the CAMEO events sharing a ``group``.
    """

    source: EventActor | None
    target: EventActor | None
    code: str  # full CAMEO code: "0411"
    base_code: str  # "041"
    root_code: str  # "04"
    label: str  # CAMEO label: "Discuss by telephone"
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float
    plover: str | None  # PLOVER event type: "CONSULT"
    plover_mode: str | None  # "phone", "visit" … when clear
    trigger: str  # the words that carried the event: "met", "talks", "was demolished by"
    trigger_start: int
    trigger_end: int
    sentence_start: int  # evidence sentence, offsets into Article.text
    sentence_end: int
    negated: bool = False
    modality: str = "asserted"  # "asserted" | "future" | "intended" | "hypothetical" | "threatened"
    reported: bool = False  # inside a quote or reported speech
    quote: int | None = None  # index into doc._.quotes when inside one
    date: str | None = None  # ISO date of the event
    date_from: str = "publication"  # "timex" | "publication" | "none"
    place: str | None = None  # place name from doc._.places
    place_country: str | None = None
    actors: tuple[EventActor, ...] = ()  # every participant on the source side (PLOVER)
    recipients: tuple[EventActor, ...] = ()  # every participant on the target side (PLOVER)
    group: int = 0  # events made from the same clause share a group
    nominal: bool = False  # read from a noun ("talks between X and Y")
    confidence: float = 0.5
    version: str = "storyline.events.v1"
