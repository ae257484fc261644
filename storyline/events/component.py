"""The events component: ``doc._.events``, who did what to whom, coded in CAMEO and PLOVER.

Runs after entities, actors, dates, places and quotes and reads their
results when they are there; without them it codes actors itself with the
actors package's coder and dates events by the publication date.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ComponentError
from .assemble import DocFacts, build
from .cameo import Cameo, load_cameo
from .extract import Extractor
from .lexicon import Lexicon, load
from .participants import ActorFinder
from .records import Event


def default_coder():
    """Return the actors package's default coder, or None when it is not installed."""
    try:
        from ..actors.coder import ActorCoder
    except ImportError:  # the actors package is optional for the events component
        return None
    return ActorCoder.default()


def extract_events(doc: Doc, coder=None, lexicon: Lexicon | None = None,
                   cameo: Cameo | None = None, date: str | None = None,
                   uncoded: bool = False, recoding: bool = True) -> list[Event]:
    """Return the events of a parsed ``doc``, sentence by sentence, without duplicates.

    ``coder`` codes actor phrases (default: the packaged Phoenix coder);
    ``date`` (ISO) chooses dictionary codes valid on that day (default: the
    article's publication date). Events with no coded actor on either side
    are dropped unless ``uncoded`` (span evaluation) keeps every phrase;
    ``recoding`` (default) codes intentions, threats and refusals as CAMEO does.
    """
    lexicon = lexicon or load()
    cameo = cameo or load_cameo()
    if date is None and Doc.has_extension("article") and doc._.article is not None:
        date = doc._.article.published
    finder = ActorFinder(doc, coder, date, uncoded,
                         lambda t: lexicon.code_noun(t.lemma_.lower()) is not None)
    extractor = Extractor(lexicon, finder)
    facts = DocFacts(doc)
    events: list[Event] = []
    seen: set[tuple] = set()
    group = 0
    for sent in doc.sents:
        for cand in extractor.sentence(sent):
            for event in build(doc, sent, cand, cameo, group, recoding, finder.text, facts):
                if not uncoded and not ((event.source and event.source.code) or
                                        (event.target and event.target.code)):
                    continue
                key = (event.source.code if event.source else None,
                       event.target.code if event.target else None,
                       event.code, event.trigger_start)
                if key not in seen:
                    seen.add(key)
                    events.append(event)
            group += 1
    return events


def complete(events: list[Event]) -> list[Event]:
    """Return the events that have both a coded source and a coded target (CAMEO dyads)."""
    return [e for e in events if e.source and e.target and e.source.code and e.target.code]


def make_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Return the events component: sets ``doc._.events`` to a list of :class:`Event`."""
    lexicon = load()
    cameo = load_cameo()
    coder = default_coder()

    def events_component(doc: Doc) -> Doc:
        try:
            # uncoded actors stay (as words) beside a coded one: "accused rightwing radicals"
            doc._.events = extract_events(doc, coder, lexicon, cameo, uncoded=True)
        except Exception as exc:  # the pipeline must name the failing component
            raise ComponentError(name, exc) from exc
        return doc

    return events_component
