"""An event candidate: one syntactic reading of a sentence, before it is coded."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import VerbCoding
from .records import EventActor


@dataclass(frozen=True)
class Candidate:
    """One syntactic reading: trigger, code and the actors on each side."""

    trigger: Token
    coding: VerbCoding
    sources: tuple[EventActor, ...]
    targets: tuple[EventActor, ...]
    nominal: bool = False
    via: Token | None = None  # the light verb lending a nominal event its subject
    joint: bool = False  # the sources act together on each other ("Kerry and Lavrov met")
