"""How far a target's phrase runs and where a list of targets is cut, as the span scorer
reads it (storyline.eval.events_targets): a counted pair, the goods of trade, named sides."""
from __future__ import annotations

import pytest

from .scoring import scored_spans as _spans


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a number before the first of two nouns counts both: one target
    ("The army has released another 30 student leaders and activists after the protests .",
     [("S", "The army"), ("T", "another 30 student leaders and activists")]),
    ("Rebels freed some 12 village elders and members of a local militia on Sunday .",
     [("S", "Rebels"), ("T", "some 12 village elders and members of a local militia")]),
    # nothing counts "the soldiers and policemen": two targets
    ("The army has released the soldiers and policemen after the protests .",
     [("S", "The army"), ("T", "policemen"), ("T", "the soldiers")]),
])
def test_a_number_counts_both_nouns_of_a_pair(bare_nlp, text, expected):
    assert _spans(bare_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a limit on trading goods, or on a sum of them, is put on the goods
    ("Japan agreed to lift a ban on imports of Australian wheat .",
     [("S", "Japan"), ("T", "Australian wheat")]),
    ("India has raised tariffs on $ 40 billion of American goods .",
     [("S", "India"), ("T", "American goods")]),
])
def test_trade_and_sums_give_way_to_the_goods(bare_nlp, text, expected):
    assert _spans(bare_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # two named sides sharing one noun are marked apart, cut at the "and"
    ("The council rejected the Kenyan and Ugandan proposals on Friday .",
     [("S", "The council"), ("T", "Ugandan proposals"), ("T", "the Kenyan")]),
    ("Norway handed over medicines for children in Kenya and Ugandan districts .",
     [("S", "Norway"), ("T", "Ugandan districts"), ("T", "children in Kenya")]),
    # plain modifiers listed stay with their noun
    ("Japan agreed to lift a ban on fishing boats and cargo ships .",
     [("S", "Japan"), ("T", "cargo ships"), ("T", "fishing boats")]),
])
def test_named_sides_sharing_a_noun_are_marked_apart(bare_nlp, text, expected):
    assert _spans(bare_nlp, text) == expected
