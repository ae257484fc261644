"""Writing storyline's packaged event data from the reference files in ../shared/data.

Run once by the maintainers when the sources change::

    python -c "from storyline.events.build import write_all; write_all('../shared/data')"
"""
from __future__ import annotations

import csv
from pathlib import Path

from .cameo import DATA_FILE as CAMEO_FILE
from .verbdict import DATA_FILE as VERB_FILE, parse_verbs, write_lexicon

CAMEO_SOURCE = "events/cameo/cameo_event_codes.csv"
VERB_SOURCE = "events/petrarch/dictionaries/CAMEO.2.0.txt"
VERB_HEADER = (
    "storyline verb lexicon: CAMEO verb lemmas and post-verb patterns.",
    "Derived from the PETRARCH CAMEO.2.0 verb-pattern dictionary",
    "(openeventdata/petrarch2, data/dictionaries/CAMEO.2.0.txt),",
    "Copyright (c) 2015 Open Event Data Alliance, MIT License.",
    "Format: V<TAB>lemma<TAB>code | P<TAB>lemma<TAB>code<TAB>slots<TAB>swap",
)


def write_cameo_table(source: Path, target: Path = CAMEO_FILE) -> int:
    """Return the number of codes written from ``cameo_event_codes.csv`` to ``target``."""
    rows = list(csv.DictReader(source.open(encoding="utf-8")))
    scores = {r["code"]: r["goldstein_gdelt"] or r["goldstein_icews"] for r in rows}
    lines = ["# CAMEO event codes (CAMEO 1.1b3 manual; Goldstein scores from GDELT's lookup;",
             "# PLOVER mapping from CAMEO2PLOVER-2021). Columns: code label root base quad "
             "penta goldstein plover mode"]
    for row in rows:
        lines.append("\t".join((row["code"], row["label"], row["root_code"], row["base_code"],
                                row["quad_class"], row["penta_class"],
                                # codes newer than GDELT's lookup take their parent's score
                                scores[row["code"]] or scores.get(row["base_code"]) or
                                scores.get(row["root_code"]) or "0",
                                row["plover_event"].strip(), row["plover_mode"].strip())))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)


def write_verb_lexicon(source: Path, target: Path = VERB_FILE) -> int:
    """Return the number of verb lemmas written from a PETRARCH verb dictionary."""
    lexicon = parse_verbs(source.read_text(encoding="utf-8", errors="replace"))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(write_lexicon(lexicon, VERB_HEADER), encoding="utf-8")
    return len(set(lexicon.defaults) | set(lexicon.patterns))


def write_all(shared_data: str | Path) -> tuple[int, int]:
    """Return (codes, verbs) written from the reference directory ``shared_data``."""
    root = Path(shared_data)
    return (write_cameo_table(root / CAMEO_SOURCE), write_verb_lexicon(root / VERB_SOURCE))
