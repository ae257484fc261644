"""Fixtures shared by the events tests."""
from __future__ import annotations

import pytest

from storyline.events.component import default_coder, extract_events


@pytest.fixture(scope="module")
def events(bare_nlp):
    """Return a function giving the events of a text (uncoded actors kept)."""
    coder = default_coder()

    def _events(text: str):
        return extract_events(bare_nlp(text), coder, date="2015-06-01", uncoded=True)

    return _events
