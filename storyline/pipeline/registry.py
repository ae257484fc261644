"""The one place where storyline's pipeline is put together.

``COMPONENTS`` lists storyline's spaCy components in pipeline order, each under
a versioned name. :func:`register` makes them known to spaCy (called
explicitly, never as an import side effect) and :func:`build_pipeline` loads
``en_core_web_sm`` and appends them. Raising a component's version here tells
``storyline analyze`` to redo the articles analysed by the older one.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..settings import Settings
from .model import load_model


@dataclass(frozen=True)
class ComponentSpec:
    name: str  # versioned name, stored with every result: "storyline.quotes.v1"
    factory: str  # "module:function" returning the component
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    before: str | None = None  # a model component to run before; else appended at the end

    @property
    def pipe_name(self) -> str:
        """Return the name spaCy knows it by (spaCy forbids dots in factory names)."""
        return self.name.replace(".", "_")


COMPONENTS: tuple[ComponentSpec, ...] = (
    ComponentSpec("storyline.paragraphs.v1", "storyline.pipeline.paragraphs:make_component",
                  (), ("token.is_sent_start",), before="parser"),
    ComponentSpec("storyline.mentions.v1", "storyline.entities.mentions:make_component",
                  ("doc.ents", "doc._.article"), ("doc._.mentions",)),
    ComponentSpec("storyline.entities.v1", "storyline.entities.within:make_component",
                  ("doc._.mentions",), ("doc._.entities", "doc._.mentions")),
    ComponentSpec("storyline.actors.v1", "storyline.actors.component:make_component",
                  ("doc._.entities",), ("doc._.entities",)),
    ComponentSpec("storyline.dates.v1", "storyline.dates.component:make_component",
                  ("doc._.article",), ("doc._.timexes",)),
    ComponentSpec("storyline.places.v1", "storyline.places.component:make_component",
                  ("doc._.mentions",), ("doc._.places",)),
    ComponentSpec("storyline.quotes.v1", "storyline.quotes.component:make_component",
                  ("doc._.entities",), ("doc._.quotes",)),
    ComponentSpec("storyline.events.v1", "storyline.events.component:make_component",
                  ("doc._.entities", "doc._.timexes", "doc._.places", "doc._.quotes"),
                  ("doc._.events",)),
)

# Doc extensions and their defaults; every component writes only its own.
EXTENSIONS = ("article", "mentions", "entities", "timexes", "places", "quotes", "events")


def register_extensions() -> None:
    """Declare storyline's ``doc._`` attributes (idempotent)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def available(spec: ComponentSpec) -> bool:
    """Return whether the module behind ``spec`` exists in this installation."""
    module = spec.factory.split(":")[0]
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def register() -> list[ComponentSpec]:
    """Register every available component with spaCy; return those registered."""
    register_extensions()
    done = []
    for spec in COMPONENTS:
        if not available(spec):
            continue
        if not Language.has_factory(spec.pipe_name):
            module, func = spec.factory.split(":")
            factory = getattr(importlib.import_module(module), func)
            Language.factory(spec.pipe_name, requires=list(spec.requires),
                             assigns=list(spec.assigns), func=factory)
        done.append(spec)
    return done


def build_pipeline(settings: Settings | None = None, upto: str | None = None) -> Language:
    """Return ``en_core_web_sm`` with storyline's components appended.

    ``upto`` stops after the component whose name starts with it (tests use it
    to run part of the pipeline).
    """
    settings = settings or Settings()
    nlp = load_model(settings.model)
    for spec in register():
        nlp.add_pipe(spec.pipe_name, before=spec.before if spec.before in nlp.pipe_names else None)
        if upto and spec.name.startswith(upto):
            break
    return nlp


def current_versions() -> str:
    """Return the versions string an analysis made now would carry (no model needed)."""
    return "+".join(spec.name for spec in COMPONENTS if available(spec))


def versions(nlp: Language) -> str:
    """Return the versioned names of storyline's components in ``nlp``, joined by "+"."""
    known = {spec.pipe_name: spec.name for spec in COMPONENTS}
    return "+".join(known[n] for n in nlp.pipe_names if n in known)
