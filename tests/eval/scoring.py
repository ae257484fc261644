"""What the span scorer reads in a sentence, shared by the span-scoring tests."""
from __future__ import annotations

from storyline.eval.events_spans import sentence_text, system_spans


def scored_spans(nlp, text: str) -> list[tuple[str, str]]:
    """Return the (label, words) spans the scorer reads in a tokenized ``text``."""
    from storyline.events.component import default_coder, extract_events

    tokens = text.split()
    sentence, offsets = sentence_text(tokens)
    doc = nlp(sentence)
    events = extract_events(doc, default_coder(), uncoded=True)
    return sorted((label, " ".join(tokens[start:end]))
                  for label, start, end in system_spans(events, offsets, tokens=tokens, doc=doc))
