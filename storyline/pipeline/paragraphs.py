"""The paragraphs component: a sentence never runs across a paragraph break.

It runs before the parser and marks the first token after a blank line as a
sentence start, which the parser then respects. Without it a headline or a
caption is glued to the first sentence of the body.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ComponentError


def make_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def paragraphs_component(doc: Doc) -> Doc:
        try:
            mark_paragraph_starts(doc)
        except Exception as exc:
            raise ComponentError(name, exc) from exc
        return doc

    return paragraphs_component


def mark_paragraph_starts(doc: Doc) -> None:
    """Mark tokens that follow a blank line as sentence starts.

    A single line break is left alone: plain-text sources often wrap lines
    inside a sentence.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2:
            token.is_sent_start = True
