"""Targets the span scorer reads for claims, comments and demands
(storyline.eval.events_spans, storyline.eval.events_acts)."""
from __future__ import annotations

import pytest


from .scoring import scored_spans as _spans


def _targets(nlp, text: str) -> list[str]:
    """Return the words of the target spans the scorer reads in ``text``."""
    return [words for label, words in _spans(nlp, text) if label == "T"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a claimed act that names no one is no target
    ("The rebel group claimed responsibility for the bombing .", []),
    ("The militia claimed responsibility for the ambush , which wounded six people .", []),
    # where the claimed act was done is
    ("The Red Brigade claimed responsibility for an act of sabotage at a power plant in "
     "Lyon .", ["a power plant in Lyon"]),
])
def test_a_claim_of_responsibility_targets_where_the_act_was_done(bare_nlp, text, expected):
    assert _targets(bare_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Chancellor expressed surprise that the Dutch parliament rejected the budget .",
     ["the Dutch parliament"]),
    ("The minister expressed optimism that the Greek economy could be revived .",
     ["the Greek economy"]),
])
def test_a_comment_naming_no_one_is_about_its_clause_subject(bare_nlp, text, expected):
    assert _targets(bare_nlp, text) == expected


@pytest.mark.model
def test_a_comment_told_by_another_is_the_teller_act_on_the_commenter(bare_nlp):
    spans = _spans(bare_nlp, "A Foreign Office spokesman said the British ambassador had "
                             "expressed concern to the Iranian government about the arrests .")
    assert spans == [("S", "A Foreign Office spokesman"), ("T", "the British ambassador")]


@pytest.mark.model
def test_a_comment_told_after_the_fact_stays_the_commenter(bare_nlp):
    spans = _spans(bare_nlp, "The British ambassador expressed concern to the Iranian "
                             "government about the arrests , a spokesman said .")
    assert ("S", "The British ambassador") in spans
    assert ("T", "the British ambassador") not in spans


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # whoever pressed for an act refused is its target
    ("The mayor has declined to resign despite the pressure by the city council .",
     ["the city council"]),
    # a demand given in to stands for whoever made it
    ("The president has conceded to the demands of the striking miners .",
     ["the striking miners"]),
])
def test_an_act_pressed_for_targets_whoever_pressed(bare_nlp, text, expected):
    assert _targets(bare_nlp, text) == expected


@pytest.mark.model
def test_what_one_agrees_with_is_the_target(bare_nlp):
    assert _targets(bare_nlp, "Union leaders said they agree with the proposal .") == \
        ["the proposal"]
