"""The ``storyline.quotes.v1`` spaCy component: sets ``doc._.quotes``."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ComponentError
from .finder import find_drafts
from .passes import wrappers
from ..pipeline.documents import text_of
from .syntax import Draft
from .marks import find_quotations
from .records import Quote
from .speakers import resolve


def find_quotes(doc: Doc, keep_reports: bool = False) -> list[Quote]:
    """Return the attributions of a parsed ``doc``, speakers resolved, in text order.

    An outlet's "…, Reuters reported" around someone else's words is kept as
    ``reported_by`` of the inner quote; ``keep_reports`` also returns it as
    an attribution of its own (the way PolNeAR annotates it).
    """
    text = text_of(doc)
    quotations = find_quotations(text)
    drafts: list[Draft] = find_drafts(doc, quotations)
    quotes = resolve(doc, drafts, quotations)
    if keep_reports:
        return quotes
    drop = wrappers(drafts)
    kept = [i for i in range(len(quotes)) if i not in drop]
    new_index = {old: new for new, old in enumerate(kept)}
    return [replace(quotes[i], follows=new_index.get(quotes[i].follows)) if quotes[i].follows is not None
            else quotes[i] for i in kept]


def join_follow_ons(quotes: list[Quote]) -> list[Quote]:
    """Return ``quotes`` with each follow-on quote folded into the attribution it continues.

    One attribution then holds a speaker's cue and every quotation carried
    over from it, as extra content spans (PolNeAR's way of counting).
    """
    joined: dict[int, Quote] = {}
    order: list[int] = []
    for i, quote in enumerate(quotes):
        root = i
        while quotes[root].follows is not None and quotes[root].follows < root:
            root = quotes[root].follows
        if root != i and root in joined:
            head = joined[root]
            joined[root] = replace(head, content=head.content + quote.content)
            continue
        joined[i] = quote
        order.append(i)
    return [replace(joined[i], follows=None) for i in order]


def make_component(nlp: Language, name: str, keep_reports: bool = False) -> Callable[[Doc], Doc]:
    """Return the quotes component: a callable setting ``doc._.quotes`` on a parsed Doc."""

    def quotes_component(doc: Doc) -> Doc:
        """Return ``doc`` with its quotes on ``doc._.quotes``."""
        try:
            doc._.quotes = find_quotes(doc, keep_reports=keep_reports)
        except Exception as exc:  # the pipeline reports which component failed
            raise ComponentError(name, exc) from exc
        return doc

    return quotes_component
