"""The events one word carries in a sentence, shared by the recipients tests."""
from __future__ import annotations

from storyline.events.component import default_coder, extract_events


def events_of(nlp, text: str, trigger: str):
    """Return the events whose trigger holds the word ``trigger`` in ``text`` (uncoded
    phrases kept)."""
    return [e for e in extract_events(nlp(text), default_coder(), uncoded=True)
            if trigger in e.trigger.split()]


def recipient_words(nlp, text: str, trigger: str) -> list[str]:
    """Return the words of the recipients of the events ``trigger`` carries in ``text``."""
    return sorted({a.text for e in events_of(nlp, text, trigger) for a in e.recipients})


def recipient_phrases(nlp, text: str, trigger: str) -> list[str]:
    """Return the whole phrases of those recipients (``np_start``–``np_end``)."""
    return sorted({text[a.np_start:a.np_end] for e in events_of(nlp, text, trigger)
                   for a in e.recipients})
