"""Typed records that cross storyline's stage boundaries.

An :class:`Article` goes into the pipeline; the pipeline's components leave
their results on the spaCy ``Doc`` as the records below (``doc._.mentions``,
``doc._.entities`` …); the store keeps them as rows or JSON made by
:func:`to_jsonable`. Records of later stages (quotes, dates, places, events)
live beside their component but follow the same rules: frozen dataclasses of
plain values, character offsets into ``Article.text``.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Section:
    """A stretch of the clean text: the headline, a photo caption or the body."""

    kind: str  # "title" | "caption" | "body"
    start: int
    end: int


@dataclass(frozen=True)
class Stripped:
    """A piece of the raw input that cleaning removed, and why."""

    kind: str  # "caption-credit" | "promo" | "copyright" | "contact" | "source-url" | "markup" | ...
    text: str


@dataclass(frozen=True)
class Article:
    """One news article after ingestion: clean text, metadata and provenance.

    ``text`` is the clean text every offset in storyline points into. It holds
    the headline (when known), photo captions and the body, in source order;
    ``sections`` says which is which. ``provenance`` maps a metadata field
    (``"published"``, ``"outlet"``, ``"authors"`` …) to where its value came
    from (``"html-meta"``, ``"url-path"``, ``"caption"``, ``"dateline"`` …).
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime
    language: str | None = None
    sections: tuple[Section, ...] = ()
    stripped: tuple[Stripped, ...] = ()
    provenance: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # caption texts, e-mails, contributors …
    source: str = ""  # file path (plus "#record" for multi-record files)
    source_format: str = ""  # "text" | "html" | "jsonl" | "warc" | "feed"

    def section_at(self, offset: int) -> str:
        """Return the kind of section holding ``offset`` ("body" when unknown)."""
        for section in self.sections:
            if section.start <= offset < section.end:
                return section.kind
        return "body"

    def body(self) -> str:
        """Return the body paragraphs only (no headline, no captions)."""
        parts = [self.text[s.start:s.end] for s in self.sections if s.kind == "body"]
        return "\n\n".join(parts) if parts else self.text


@dataclass(frozen=True)
class Rejection:
    """An input (or one record of it) that could not be ingested, with the reason."""

    source: str
    reason: str


@dataclass(frozen=True)
class ActorCode:
    """A CAMEO actor code with the evidence it rests on.

    ``evidence`` quotes the words in the article (``"Russian troops"``) or
    names the dictionary entry (``"Phoenix.Countries.actors.txt: SERGEI_LAVROV"``).
    """

    code: str  # e.g. "RUSGOV", "IGOWSTNAT", "UKRBUS"
    evidence: str
    source: str  # "text" | "dictionary"
    country: str | None = None  # ISO alpha-3, None for international actors
    role: str | None = None  # "GOV", "MIL", "BUS" …
    since: str | None = None  # validity range from dictionaries, ISO dates
    until: str | None = None


@dataclass(frozen=True)
class Mention:
    """A named mention of a person, organisation, nationality or place."""

    start: int
    end: int
    text: str
    label: str  # PERSON | ORG | NORP | GPE | LOC | FAC
    section: str = "body"
    origin: str = "model"  # "model" or "repaired: <why>"
    entity: str | None = None  # key of the Entity (within the article) it belongs to


@dataclass(frozen=True)
class Description:
    """What the article says an entity is: a title, role or nationality."""

    text: str  # "Russian foreign minister"
    role: str | None  # normalised role noun: "foreign minister", "billionaire"
    country: str | None  # ISO alpha-3 of a nationality or country named with it
    start: int
    end: int
    how: str  # "pre-name title" | "apposition" | "copula"
    organisation: str | None = None  # an organisation named in it ("NATO Secretary General")


@dataclass(frozen=True)
class Entity:
    """One real-world actor as seen within one article."""

    key: str  # unique within the article: "e0", "e1" …
    name: str  # the fullest name the article uses
    label: str
    mentions: tuple[int, ...] = ()  # indexes into doc._.mentions
    descriptions: tuple[Description, ...] = ()
    country: str | None = None  # ISO alpha-3
    actor: ActorCode | None = None
    is_author: bool = False  # byline, photo credit or contributor, not an actor of the story


def to_jsonable(value: Any) -> Any:
    """Return ``value`` with dataclasses turned into dicts, tuples into lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def from_jsonable(cls: type, data: Any) -> Any:
    """Return a record of type ``cls`` rebuilt from :func:`to_jsonable` output."""
    return _restore(cls, data)


def _restore(hint: Any, data: Any) -> Any:
    import types
    import typing

    if data is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _restore(options[0], data) if len(options) == 1 else data
    if origin is tuple:
        (item, *_rest) = typing.get_args(hint) or (Any,)
        return tuple(_restore(item, v) for v in data)
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return [_restore(item, v) for v in data]
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        names = {f.name for f in dataclasses.fields(hint)}
        return hint(**{k: _restore(hints[k], v) for k, v in data.items() if k in names})
    return data
