"""The place an act is aimed at or done in, read as its target (storyline.eval.events_places)."""
from __future__ import annotations

import pytest

from storyline.eval.events_places import place_targets

from .scoring import scored_spans as _spans


def _places(nlp, text: str, trigger: str) -> list[str]:
    """Return the place targets read for the event ``trigger`` carries in ``text``."""
    from storyline.events.component import default_coder, extract_events

    doc = nlp(text)
    event = next(e for e in extract_events(doc, default_coder(), uncoded=True)
                 if e.trigger == trigger)
    taken = [(a.np_start if a.np_start is not None else a.start,
              a.np_end if a.np_end is not None else a.end) for a in event.actors]
    return [text[start:end] for start, end in place_targets(event, doc, taken)]


@pytest.mark.model
def test_money_given_to_fight_an_outbreak_targets_the_place(bare_nlp):
    # a sum given names no one: the place the help serves is the target
    assert _spans(bare_nlp, "Japan gave 40 million dollars to fight the cholera outbreak in "
                            "Haiti .") == [("S", "Japan"), ("T", "Haiti")]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, expected", [
    # places listed are marked one by one, a place's "the" with its name
    ("Japan gave 40 million dollars to fight the cholera outbreak in Haiti and Cuba .",
     "gave", ["Haiti", "Cuba"]),
    ("Japan gave 40 million dollars to ease the drought in the Gulf .", "gave",
     ["the Gulf"]),
    # an act done in a place
    ("The prime minister resigned after weeks of protests in Peru .", "resigned", ["Peru"]),
    # a site or people there are the ones acted on, not their place
    ("Japan gave 40 million dollars to rebuild a hospital in Kenya .", "gave", []),
    ("Japan gave 40 million dollars to feed refugees in Kenya .", "gave", []),
    # a place in a clause about someone else's act
    ("The rebels declared a truce after reports that their leader had fled to Chad .",
     "declared", []),
    # a place inside the source's phrase is the source's
    ("Rebel commanders in Sudan declared a ceasefire on Sunday .", "declared", []),
    # a meeting's venue is never its target
    ("The foreign minister arrived for talks in Paris on Monday .", "arrived", []),
])
def test_place_targets(bare_nlp, text, trigger, expected):
    assert _places(bare_nlp, text, trigger) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the parser hangs "in Kabul" on the verb: the body acted on keeps its place
    ("Rebels attacked the Parliament in Kabul on Monday .",
     [("S", "Rebels"), ("T", "the Parliament in Kabul")]),
    # an envoy is named without the capital it serves in
    ("Germany summoned the Chinese ambassador in Berlin on Monday .",
     [("S", "Germany"), ("T", "the Chinese ambassador")]),
])
def test_target_keeps_the_place_hung_on_the_verb(bare_nlp, text, expected):
    assert _spans(bare_nlp, text) == expected
