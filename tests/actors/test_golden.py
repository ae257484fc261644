"""The golden file: one short text per actor-coding phenomenon, through the whole pipeline."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLDEN = [json.loads(line) for line in
          (Path(__file__).parent / "golden.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.model
@pytest.mark.parametrize("case", GOLDEN, ids=[c["phenomenon"] for c in GOLDEN])
def test_golden(analyse, case):
    doc = analyse(case["text"], case["published"])
    named = [e for e in doc._.entities if case["entity"] in e.name]
    assert named, f"no entity named like {case['entity']!r}: {[e.name for e in doc._.entities]}"
    actor = named[0].actor
    assert actor is not None, f"{named[0].name} has no actor code"
    assert (actor.code, actor.source) == (case["code"], case["source"]), actor.evidence
