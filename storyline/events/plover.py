"""PLOVER views of storyline's events, and the filter the listing commands use.

CAMEO codes one event per (source, target) dyad; PLOVER codes one event per
happening with lists of actors and recipients. :func:`plover_events` folds the
CAMEO events of one clause (same ``group``) back into one PLOVER event.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .records import Event


@dataclass(frozen=True)
class PloverEvent:
    """One PLOVER event: type, mode, every actor and recipient, with the CAMEO codes behind it."""

    event: str
    mode: str | None
    actors: tuple[str, ...]  # CAMEO actor codes (or the words, when uncoded)
    recipients: tuple[str, ...]
    cameo: tuple[str, ...]
    trigger: str
    trigger_start: int
    trigger_end: int
    date: str | None
    place: str | None
    negated: bool
    modality: str
    reported: bool


def _name(actor) -> str:
    return actor.code or actor.text


def plover_events(events: Iterable[Event]) -> list[PloverEvent]:
    """Return one PLOVER event per clause group of CAMEO events that have a PLOVER type."""
    groups: dict[int, list[Event]] = {}
    for event in events:
        if event.plover:
            groups.setdefault(event.group, []).append(event)
    found = []
    for members in groups.values():
        first = members[0]
        actors = tuple(dict.fromkeys(_name(a) for a in first.actors))
        recipients = tuple(dict.fromkeys(_name(a) for a in first.recipients))
        joint = not first.recipients and len(first.actors) > 1
        found.append(PloverEvent(
            first.plover, first.plover_mode, actors, () if joint else recipients,
            tuple(dict.fromkeys(e.code for e in members)), first.trigger, first.trigger_start,
            first.trigger_end, first.date, first.place, first.negated, first.modality,
            first.reported))
    return found


def select(events: Iterable[Event], *, code: str | None = None, actor: str | None = None,
           plover: str | None = None, quad_class: int | None = None,
           asserted_only: bool = False, min_confidence: float = 0.0,
           since: str | None = None, until: str | None = None) -> list[Event]:
    """Return the events that pass every given filter.

    ``code`` is a CAMEO code prefix ("04", "163"); ``actor`` a CAMEO actor code
    prefix matched on either side ("RUS" matches RUSGOV); ``asserted_only``
    drops negated, hypothetical, future, intended and threatened events;
    ``since``/``until`` are ISO dates (inclusive).
    """
    kept = []
    for event in events:
        if code and not event.code.startswith(code):
            continue
        if actor and not any(a and a.code and a.code.startswith(actor)
                             for a in (event.source, event.target)):
            continue
        if plover and event.plover != plover:
            continue
        if quad_class is not None and event.quad_class != quad_class:
            continue
        if asserted_only and (event.negated or event.modality != "asserted"):
            continue
        if event.confidence < min_confidence:
            continue
        if since and (not event.date or event.date < since):
            continue
        if until and (not event.date or event.date[:len(until)] > until):
            continue
        kept.append(event)
    return kept
