"""The golden file: one short text per temporal phenomenon, with the timexes it must yield."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.dates.records import TYPES

GOLDEN = Path(__file__).with_name("golden.jsonl")
CASES = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c["phenomenon"] for c in CASES])
def test_golden(case, analyse):
    doc = analyse(case["text"], published=case["published"])
    found = {t.text: t for t in doc._.timexes}
    for expected in case["expect"]:
        assert expected["text"] in found, f"{expected['text']!r} not found in {sorted(found)}"
        timex = found[expected["text"]]
        got = (timex.type, timex.value, timex.mod)
        assert got == (expected["type"], expected["value"], expected["mod"]), timex.rule
        assert case["text"][timex.start:timex.end] == timex.text


def test_golden_file_is_well_formed():
    for case in CASES:
        assert case["phenomenon"] and case["text"] and case["expect"]
        for expected in case["expect"]:
            assert expected["text"] in case["text"]
            assert expected["type"] in TYPES
