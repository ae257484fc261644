"""Scoring the actor coder on the PLOVER gold-standard records (CAMEO manual sentences).

Each record of ``PLOVER_GSR_CAMEO.normalized.jsonl`` names its actors and
recipients as a phrase of the sentence with a gold country or international
code ("RUS", "IGO") and a sector ("GOV", "REB"; may be empty). The phrase is
coded with :meth:`ActorCoder.code_phrase`, with no date (the records carry
none), and scored on:

* **coverage**: share of gold phrases that get any code;
* **country accuracy**: our code's country (or "IGO"/"NGO" prefix for
  international actors) equals the gold code, over all gold phrases with a code;
* **country precision**: the same, over the phrases we coded;
* **sector accuracy**: our role equals the gold sector's first three letters,
  over the phrases whose gold sector is given and whose actor is national;
* **exact**: country right and role right (both empty counts as right).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..actors.coder import ActorCoder
from ..errors import EvaluationDataError
from .scores import ratio

DEFAULT_FILE = Path("../shared/data/events/plover/PLOVER_GSR_CAMEO.normalized.jsonl")
_INTERNATIONAL = ("IGO", "NGO", "IMG", "NGM", "MNC", "INT")


@dataclass(frozen=True)
class GoldActor:
    """A gold actor phrase of one sentence with its code and sector."""

    record: str
    text: str
    code: str
    sector: str | None


@dataclass(frozen=True)
class ActorScores:
    """Phrase-level figures of the actor coder, with their bases."""

    dataset: str
    records: int
    gold: int
    coded: int
    coverage: float
    country_accuracy: float
    country_precision: float
    sector_base: int
    sector_accuracy: float
    exact: float
    misses: list[tuple[str, str, str | None]] = field(default_factory=list)  # (text, gold, ours)


def read_gold(path: Path, limit: int | None = None) -> Iterator[GoldActor]:
    """Yield the gold actor phrases of the first ``limit`` records of ``path``."""
    if not path.exists():
        raise EvaluationDataError(f"{path} not found; pass the PLOVER gold-standard JSONL file")
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                return
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvaluationDataError(f"{path}:{n + 1}: not JSON: {exc}") from exc
            for actor in record.get("actor", []) + record.get("recipient", []):
                text, code = (actor.get("text") or "").strip(), actor.get("code")
                if text and code:
                    yield GoldActor(record.get("id", str(n)), text, code, actor.get("sector"))


def _country(code: str) -> str:
    return code[:3]


def evaluate(path: Path = DEFAULT_FILE, limit: int | None = None,
             coder: ActorCoder | None = None) -> ActorScores:
    """Return the actor coder's scores on the gold phrases of ``path``."""
    coder = coder or ActorCoder.default()
    gold = list(read_gold(Path(path), limit))
    records = len({g.record for g in gold})
    coded = country_ok = sector_base = sector_ok = exact = 0
    misses = []
    for g in gold:
        ours = coder.code_phrase(g.text)
        if ours is None:
            misses.append((g.text, g.code + (g.sector or ""), None))
            continue
        coded += 1
        right_country = _country(ours.code) == _country(g.code)
        country_ok += right_country
        want_role = (g.sector or "")[:3] or None
        national = not g.code.startswith(_INTERNATIONAL)
        if want_role and national:
            sector_base += 1
            sector_ok += ours.role == want_role
        right_role = not national or ours.role == want_role
        exact += right_country and right_role
        if not (right_country and right_role):
            misses.append((g.text, g.code + (g.sector or ""), ours.code))
    total = len(gold)
    return ActorScores(
        dataset=Path(path).name, records=records, gold=len(gold), coded=coded,
        coverage=ratio(coded, total), country_accuracy=ratio(country_ok, total),
        country_precision=ratio(country_ok, coded), sector_base=sector_base,
        sector_accuracy=ratio(sector_ok, sector_base), exact=ratio(exact, total), misses=misses)
