"""The places golden file: one short text per phenomenon, with the places expected in it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.model
CASES = [json.loads(line) for line in (Path(__file__).parent / "golden.jsonl").read_text().splitlines()
         if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["phenomenon"] for c in CASES])
def test_golden(analyse, case):
    doc = analyse(case["text"], published="2014-03-14")
    places = doc._.places
    for want in case["expect"]:
        found = [p for p in places if p.text == want["text"]]
        assert found, f"{want['text']!r} not found in {[p.text for p in places]}"
        place = found[0]
        assert place.country == want["country"], (want, place)
        if "feature" in want:
            assert place.feature == want["feature"], (want, place)
        if "metonymic" in want:
            assert place.metonymic is want["metonymic"], (want, place)
    for text in case.get("absent", []):
        assert not any(p.text == text for p in places), f"{text!r} should not be a place"
