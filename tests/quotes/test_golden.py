"""The golden file: one short text per quoting phenomenon, with the attributions expected."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLDEN = json.loads((Path(__file__).parent / "golden.json").read_text(encoding="utf-8"))


def check(case: dict, quotes: list) -> list[str]:
    """Return what is wrong with ``quotes`` for ``case`` (empty when all is as expected)."""
    problems = []
    if not case["expect"] and quotes:
        problems.append(f"expected no quote, got {[q.content_text() for q in quotes]}")
    for want in case["expect"]:
        found = [q for q in quotes if any(s.text == want["content"] for s in q.content)]
        if not found:
            problems.append(f"no quote with content {want['content']!r}: "
                            f"{[q.content_text() for q in quotes]}")
            continue
        q = found[0]
        if "also" in want and not any(s.text == want["also"] for s in q.content):
            problems.append(f"second part {want['also']!r} missing: {q.content_text()!r}")
        if "speaker" in want:
            said = f"{q.speaker_name or ''} | {q.speaker.text if q.speaker else ''}".lower()
            if want["speaker"].lower() not in said:
                problems.append(f"speaker {want['speaker']!r} expected, got {said!r}")
        for field in ("kind", "resolution"):
            if field in want and getattr(q, field) != want[field]:
                problems.append(f"{field} {want[field]!r} expected, got {getattr(q, field)!r}")
        for field in ("cue", "channel", "reported_by"):
            span = getattr(q, field)
            if field in want and (span is None or span.text != want[field]):
                problems.append(f"{field} {want[field]!r} expected, got {span.text if span else None!r}")
    for cue in case.get("absent_cues", ()):
        if any(q.cue and q.cue.text == cue for q in quotes):
            problems.append(f"{cue!r} must not be a cue")
    for name in case.get("absent_speakers", ()):
        if any(q.speaker and name in q.speaker.text for q in quotes):
            problems.append(f"{name!r} must not be a speaker")
    return problems


@pytest.mark.model
@pytest.mark.parametrize("case", GOLDEN, ids=[c["phenomenon"] for c in GOLDEN])
def test_golden(case, analyse):
    doc = analyse(case["text"])
    assert doc._.quotes is not None, "the quotes component did not run"
    assert check(case, doc._.quotes) == []
