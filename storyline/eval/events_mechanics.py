"""The mechanics check: PETRARCH's unit-test records coded with their own toy dictionaries.

The records (``petrarch/PETR.UnitTest.records.jsonl``) use fictional actors
and test-only codes, so they test the coder's machinery (compounds, passives,
agents, synonym sets, patterns …) rather than CAMEO semantics. storyline reads
``PETR.Validate.actors/agents.txt`` with the actors package's dictionary reader
and ``PETR.Validate.verbs.txt`` with its own verb-dictionary reader, and counts
the records whose expected events it produces (for "no event" records: that it
produces none), by category. A figure to raise over time.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvaluationDataError
from ..events.component import complete, extract_events
from ..events.lexicon import merge
from ..events.verbdict import parse_verbs
from .scores import ratio


@dataclass(frozen=True)
class MechanicsResult:
    """Share of unit-test records passed, overall and per category."""

    records: int
    passed: int
    by_category: tuple[tuple[str, int, int], ...]  # category, passed, records
    failures: tuple[tuple[str, str, str, str], ...]  # id, text, expected, produced

    @property
    def share(self) -> float:
        return ratio(self.passed, self.records)


def toy_coders(petrarch: Path):
    """Return (actor coder, lexicon) built from the PETR.Validate.* dictionaries."""
    from ..actors.coder import ActorCoder

    files = [petrarch / f"PETR.Validate.{n}.txt" for n in ("actors", "agents", "verbs")]
    for file in files:
        if not file.exists():
            raise EvaluationDataError(f"{file} is missing (is ../shared/data beside the repo?)")
    coder = ActorCoder.from_files(files[:2])
    verbs = parse_verbs(files[2].read_text(encoding="utf-8", errors="replace"))
    return coder, merge(verbs, "")


def evaluate_mechanics(directory: Path, limit: int | None = None, nlp=None) -> MechanicsResult:
    """Return the mechanics figures on the PETRARCH unit-test records under ``directory``."""
    petrarch = directory / "petrarch"
    path = petrarch / "PETR.UnitTest.records.jsonl"
    if not path.exists():
        raise EvaluationDataError(f"{path} is missing (is ../shared/data beside the repo?)")
    coder, lexicon = toy_coders(petrarch)
    if nlp is None:
        from ..pipeline.model import load_model

        nlp = load_model()
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()][:limit]
    total, won = Counter(), Counter()
    failures = []
    for record in records:
        if record.get("error"):
            continue  # discard, parse or dateline records test PETRARCH's reader, not coding
        category = record.get("category") or "?"
        date = record.get("date") or ""
        iso = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None
        # PETRARCH keeps an action's code whatever its modality: so does this check
        events = complete(extract_events(nlp(record["text"]), coder, lexicon, date=iso,
                                         recoding=False))
        produced = {(e.source.code, e.target.code, e.code) for e in events}
        expected = {(g["source"], g["target"], g["code"]) for g in record.get("events", [])}
        ok = not produced if record.get("noevents") or not expected else expected <= produced
        total[category] += 1
        won[category] += ok
        if not ok:
            failures.append((record["id"], record["text"],
                             "; ".join(" ".join(t) for t in sorted(expected)) or "no event",
                             "; ".join(" ".join(t) for t in sorted(produced)) or "-"))
    rows = tuple((c, won[c], total[c]) for c in sorted(total))
    return MechanicsResult(sum(total.values()), sum(won.values()), rows, tuple(failures))
