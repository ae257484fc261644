"""One short text per phenomenon (tests/events/golden_events.jsonl) through the whole pipeline."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLDEN = Path(__file__).with_name("golden_events.jsonl")
CASES = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line]


def _matches(event, expected: dict) -> bool:
    """Return whether ``event`` has every field value ``expected`` names."""
    for key, value in expected.items():
        if key in ("source", "target"):
            actor = getattr(event, key)
            if (actor.code if actor else None) != value:
                return False
        elif getattr(event, key) != value:
            return False
    return True


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c["phenomenon"] for c in CASES])
def test_golden(case, analyse):
    doc = analyse(case["text"], case["published"])
    events = doc._.events
    for expected in case["expect"]:
        assert any(_matches(e, expected) for e in events), (
            expected, [(e.source and e.source.code, e.target and e.target.code, e.code,
                        e.modality, e.negated, e.place, e.date) for e in events])


@pytest.mark.model
def test_events_are_jsonable_and_rebuildable(analyse):
    from storyline.events.records import Event
    from storyline.records import from_jsonable, to_jsonable

    doc = analyse("Russian troops occupied Crimea.", "2014-03-03")
    assert doc._.events
    for event in doc._.events:
        data = json.loads(json.dumps(to_jsonable(event)))
        assert from_jsonable(Event, data) == event
        assert doc.text[event.trigger_start:event.trigger_end] == event.trigger
        assert doc.text[event.source.start:event.source.end] == event.source.text
