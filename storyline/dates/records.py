"""The record the dates component leaves on ``doc._.timexes``."""
from __future__ import annotations

from dataclasses import dataclass

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class Timex:
    """A temporal expression in the article, normalised to a TIMEX3 value.

    ``value`` follows TimeML/TIMEX3: ``2014-03-16``, ``2014-02``, ``2014-W12``,
    ``2014-03-13TNI``, ``2014-03-30T21:00``, ``PT5H``, ``P2W``, ``PRESENT_REF``,
    ``XXXX-XX-XX`` when the expression names a date that cannot be resolved.
    ``anchor`` is the date relative expressions were resolved against (the
    publication date), ``None`` when none was needed or known. ``rule`` names
    the pattern that found the expression and, after a colon, the cue that
    chose the direction (``"weekday:past-tense"``, ``"weekday:future-aux"``).
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None  # START | MID | END | APPROX | MORE_THAN | LESS_THAN …
    anchor: str | None = None
    rule: str = ""
