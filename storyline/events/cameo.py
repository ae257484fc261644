"""The CAMEO event ontology shipped with storyline: codes, labels, scores, PLOVER mapping.

``storyline/events/data/cameo_codes.tsv`` is written by
:func:`storyline.events.build.write_cameo_table` from the derived CAMEO code
table in ``../shared/data/events/cameo/cameo_event_codes.csv`` (codes, labels
and scores are facts of the CAMEO 1.1b3 manual, GDELT's Goldstein lookup and
the PLOVER 0.8 CAMEO2PLOVER table).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import EvaluationDataError

DATA_FILE = Path(__file__).parent / "data" / "cameo_codes.tsv"

# PLOVER 0.8 types; CAMEO 01x/02x have no PLOVER mapping, so they are read
# here as their nearest PLOVER types (statements and appeals).
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")
_ROOT_PLOVER = {"01": None, "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "COOPERATE",
                "06": "COOPERATE", "07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST",
                "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
                "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
                "19": "ASSAULT", "20": "ASSAULT"}


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with its place in the hierarchy and its scores."""

    code: str
    label: str
    root: str
    base: str
    quad_class: int
    penta_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None


class Cameo:
    """The CAMEO code table: look-ups by code with fallback to the parent code."""

    def __init__(self, codes: dict[str, CameoCode]):
        self.codes = codes

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def get(self, code: str) -> CameoCode | None:
        """Return the entry of ``code``, else of its nearest listed parent, else None."""
        probe = code
        while probe:
            if probe in self.codes:
                found = self.codes[probe]
                return found if probe == code else CameoCode(
                    code, found.label, found.root, found.base, found.quad_class,
                    found.penta_class, found.goldstein, found.plover, found.plover_mode)
            probe = probe[:-1]
        return None

    def plover(self, code: str) -> str | None:
        """Return the PLOVER type of ``code`` (table first, then the root's nearest type)."""
        entry = self.get(code)
        if entry and entry.plover:
            return entry.plover
        return _ROOT_PLOVER.get(code[:2])


def parse_table(text: str) -> Cameo:
    """Return the code table read from the packaged TSV text."""
    codes: dict[str, CameoCode] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, label, root, base, quad, penta, gold, plover, mode = line.split("\t")
        codes[code] = CameoCode(code, label, root, base, int(quad), int(penta), float(gold),
                                plover or None, mode or None)
    return Cameo(codes)


@lru_cache(maxsize=4)
def load_cameo(path: str | None = None) -> Cameo:
    """Return the packaged CAMEO table (or the one at ``path``), read once."""
    file = Path(path) if path else DATA_FILE
    if not file.exists():
        raise EvaluationDataError(f"{file}: CAMEO code table is missing; rebuild it with "
                                  "storyline.events.build.write_cameo_table")
    return parse_table(file.read_text(encoding="utf-8"))


def penta_class(code: str) -> int:
    """Return the ConfliBERT penta-class (0 … 4) of a CAMEO code from its root."""
    root = int(code[:2])
    if root <= 2:
        return 0
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4
