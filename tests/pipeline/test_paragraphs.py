"""Sentences never run across a blank line, and a wrapped line stays one sentence."""
from __future__ import annotations

import pytest

from storyline.pipeline.registry import build_pipeline

pytestmark = pytest.mark.model


def test_blank_line_starts_a_sentence_single_newline_does_not():
    nlp = build_pipeline(upto="storyline.paragraphs")
    doc = nlp("Kerry and Lavrov Meet on Ukraine\n\nUkrainians visited a memorial in Kiev on "
              "Sunday.\n\nThe talks, held in a\nrented villa, lasted five hours.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Kerry and Lavrov Meet on Ukraine",
                         "Ukrainians visited a memorial in Kiev on Sunday.",
                         "The talks, held in a\nrented villa, lasted five hours."]
