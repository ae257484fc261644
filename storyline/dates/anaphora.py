"""Rules for expressions read against the story's own time, not the publication date.

"The following year", "the previous month", "the next day" count from the time
the narrative has reached (the latest date named before them: "He left in
1995 and returned the following year" is 1996), where "next year" or
"tomorrow" count from the moment of writing. With no earlier date to lean on
they fall back to the publication date, which is what they mean in a lead
paragraph ("the previous day" = yesterday).
"""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .base import MOD_PREFIX, Context, Reading, Rule, compile_rule, mod_of
from .lexicon import PARTS_OF_DAY

DAY = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
WEEK = re.compile(r"(?P<y>\d{4})-W(?P<w>\d\d)")
MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)(?:-\d\d)?")
YEAR = re.compile(r"(?P<y>\d{4})(?:-.*)?")
# For each unit, the earlier values it can be counted from, finest first.
SOURCES = {"D": (DAY,), "W": (DAY, WEEK), "M": (MONTH,), "Y": (YEAR,)}
UNIT_LETTER = {"day": "D", "week": "W", "month": "M", "year": "Y"}
FORWARD = frozenset({"following", "next", "after", "succeeding", "subsequent"})


def _reference(ctx: Context, letter: str) -> tuple[dt.date | None, str]:
    """Return the date the story has reached at ``letter``'s granularity, and its source."""
    for pattern in SOURCES[letter]:
        value = ctx.latest(pattern)
        if value is None:
            continue
        found = pattern.fullmatch(value)
        year = int(found["y"])
        if pattern is WEEK:
            week = int(found["w"])
            try:
                return dt.date.fromisocalendar(year, week, 1), "story-time"
            except ValueError:
                continue
        month = int(found.groupdict().get("m") or 1)
        day = int(found.groupdict().get("d") or 1)
        try:
            return dt.date(year, month, day), "story-time"
        except ValueError:
            continue
    return ctx.anchor, "publication"


def build_relative_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "the following year", "the previous day" one unit from the story's time."""
    letter = UNIT_LETTER[m["unit"].lower()]
    step = 1 if m["rel"].lower() in FORWARD else -1
    reference, source = _reference(ctx, letter)
    if reference is None:
        return Reading("DATE", "XXXX-XX-XX" if letter == "D" else "XXXX", mod_of(m), "no-anchor")
    # Counted from an earlier date the value does not depend on the publication date.
    anchored = source == "publication"
    return Reading("DATE", cal.shifted(reference, letter, step), mod_of(m), source, anchored)


def build_day_around(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "the day before", "the day after" (said of the story's time) as a day."""
    step = 1 if m["rel"].lower() == "after" else -1
    reference, source = _reference(ctx, "D")
    if reference is None:
        return Reading("DATE", "XXXX-XX-XX", cue="no-anchor")
    return Reading("DATE", cal.shifted(reference, "D", step), cue=source,
                   anchored=source == "publication")


def build_that_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "that day", "later that year" as the story's unit, ``None`` when it has none."""
    letter = UNIT_LETTER[m["unit"].lower()]
    reference, source = _reference(ctx, letter)
    if source != "story-time" or reference is None:
        # "that day" with no day named before it is not ours to guess.
        return Reading("DATE", "XXXX", cue="probe") if ctx.probing else None
    mod = {"earlier": "START", "later": "END"}.get((m["when"] or "").lower())
    return Reading("DATE", cal.shifted(reference, letter, 0), mod, source, anchored=False)


def build_next_part(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "the next morning", "the previous night" as a part of the day next to the story's."""
    step = 1 if m["rel"].lower() in FORWARD else -1
    reference, source = _reference(ctx, "D")
    part = PARTS_OF_DAY[m["part"].lower()]
    if reference is None:
        return Reading("TIME", f"XXXX-XX-XXT{part}", cue="no-anchor")
    return Reading("TIME", f"{cal.shifted(reference, 'D', step)}T{part}", cue=source,
                   anchored=source == "publication")


ANAPHORIC_RULES: tuple[Rule, ...] = (
    compile_rule("story-unit", MOD_PREFIX + r"the\s+(?P<rel>following|previous|preceding|prior|"
                 r"succeeding|subsequent)\s+(?P<unit>day|week|month|year)", build_relative_unit),
    compile_rule("story-unit", r"the\s+(?P<rel>next)\s+(?P<unit>day)", build_relative_unit),
    # Only when nothing follows: "the day before the vote" counts from the vote.
    compile_rule("story-day", r"the\s+day\s+(?P<rel>before|after)(?=\s*(?:[,.;:!?)]|$))",
                 build_day_around),
    compile_rule("story-that", r"(?:(?P<when>earlier|later)\s+)?that\s+(?:same\s+|very\s+)?"
                 r"(?P<unit>day|week|month)", build_that_unit),
    compile_rule("story-that", r"(?P<when>earlier|later)\s+that\s+(?:same\s+)?(?P<unit>year)",
                 build_that_unit),
    compile_rule("story-part", r"the\s+(?P<rel>next|following|previous|preceding)\s+"
                 r"(?P<part>morning|afternoon|evening|night)", build_next_part),
)
