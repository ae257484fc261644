"""The spaCy component ``storyline.dates.v1``: temporal expressions on ``doc._.timexes``."""
from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ComponentError
from .recognise import RULES, find_timexes


def make_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Return the component setting ``doc._.timexes`` (a list of Timex) on each Doc.

    Relative expressions are resolved against ``doc._.article.published``; an
    article without a publication date still gets its expressions, with
    unresolvable values written as TIMEX3 does (``XXXX-XX-XX``).
    """
    rules = RULES  # compiled once, at import; shared read-only by every call

    def dates(doc: Doc) -> Doc:
        try:
            article = doc._.article
            published = article.published if article is not None else None
            text = article.text if article is not None and _same_text(doc, article.text) else None
            doc._.timexes = find_timexes(doc, published, rules, text)
        except Exception as exc:  # name the component in whatever went wrong
            raise ComponentError(name, exc) from exc
        return doc

    return dates


def _same_text(doc: Doc, text: str) -> bool:
    """Return whether ``text`` is the Doc's text (length and three tokens checked, not rebuilt)."""
    # Docs are made from the article's text, so this holds unless a caller built the Doc
    # from another string; reading doc.text instead would join every token again.
    if len(doc) == 0:
        return text == ""
    last = doc[-1]
    if last.idx + len(last.text_with_ws) != len(text):
        return False
    probes = (doc[0], doc[len(doc) // 2], last)
    return all(text[t.idx:t.idx + len(t.text)] == t.text for t in probes)
