"""Calendar arithmetic that yields TIMEX3 values at a given granularity."""
from __future__ import annotations

import datetime as dt

from ..errors import StorylineError

# Granularity letters used by the rules: D day, W week, M month, Q quarter, H half,
# Y year, DE decade, CE century, WE weekend.


def parse_anchor(published: str | None) -> dt.date | None:
    """Return the date part of an ISO publication date, ``None`` when absent or malformed."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def day(date: dt.date) -> str:
    """Return ``date`` as a TIMEX3 day value."""
    return date.isoformat()


def week(date: dt.date) -> str:
    """Return the ISO week holding ``date`` as ``YYYY-Www``."""
    year, number, _ = date.isocalendar()
    return f"{year:04d}-W{number:02d}"


def quarter_of(date: dt.date) -> int:
    """Return the quarter (1–4) holding ``date``."""
    return (date.month - 1) // 3 + 1


def add_months(date: dt.date, months: int) -> dt.date:
    """Return the first day of the month ``months`` after ``date``'s month."""
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def shifted(anchor: dt.date, unit: str, amount: int) -> str:
    """Return the TIMEX3 value of the ``unit`` lying ``amount`` units from ``anchor``'s.

    ``shifted(2014-03-14, "M", -1)`` is ``2014-02``; ``shifted(…, "W", 0)`` the
    current ISO week; ``"WE"`` gives that week's weekend.
    """
    if unit == "D":
        return day(anchor + dt.timedelta(days=amount))
    if unit in ("W", "WE"):
        value = week(anchor + dt.timedelta(weeks=amount))
        return value + "-WE" if unit == "WE" else value
    if unit == "M":
        moved = add_months(anchor, amount)
        return f"{moved.year:04d}-{moved.month:02d}"
    if unit == "Q":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + amount
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "H":
        index = anchor.year * 2 + (anchor.month > 6) + amount
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if unit == "Y":
        return f"{anchor.year + amount:04d}"
    if unit == "DE":
        return f"{anchor.year // 10 + amount:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + amount:02d}"
    if unit == "ML":
        return f"{anchor.year // 1000 + amount:d}"  # "the new millennium": 2 for 2000–2999
    raise StorylineError(f"unknown calendar unit {unit!r}")


def weekday_date(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """Return the date of ISO ``weekday`` nearest ``anchor`` in ``direction``.

    A weekday equal to the anchor's is the anchor itself ("said on Friday" in a
    Friday article); -1 looks back up to six days, +1 forward up to six days.
    """
    diff = weekday - anchor.isoweekday()
    if direction < 0 and diff > 0:
        diff -= 7
    elif direction > 0 and diff < 0:
        diff += 7
    elif direction == 0 and abs(diff) > 3:
        diff = diff - 7 if diff > 0 else diff + 7
    return anchor + dt.timedelta(days=diff)


def month_year(anchor: dt.date, month: int, day_of_month: int | None, direction: int) -> int:
    """Return the year in which a yearless month (and day) falls, given the tense direction."""
    here = (anchor.month, anchor.day if day_of_month is not None else 0)
    there = (month, day_of_month or 0)
    # A day within a month of the anchor keeps the anchor's year whatever the tense:
    # such dates are schedules ("of record Nov. 22") or misparsed clauses far more
    # often than dates nearly a year away.
    near = day_of_month is not None and abs(_day_distance(anchor, month, day_of_month)) <= NEAR_DAYS
    if direction < 0 and there > here and not near:
        return anchor.year - 1
    if direction > 0 and there < here and not near:
        return anchor.year + 1
    if direction == 0 and _day_distance(anchor, month, day_of_month) > 2 * NEAR_DAYS:
        # No tense: news reports what happened more than what is coming, so a date
        # more than two months ahead is taken as last year's ("the Oct. 23 slaying").
        return anchor.year - 1
    if direction == 0 and month < anchor.month - 6:
        return anchor.year + 1
    return anchor.year


NEAR_DAYS = 31


def _day_distance(anchor: dt.date, month: int, day_of_month: int | None) -> int:
    """Return the days from ``anchor`` to the month (and day) in the anchor's year."""
    target = dt.date(anchor.year, month, min(day_of_month or 15, 28))
    return (target - anchor).days


def season_year(anchor: dt.date, season: str, direction: int) -> int:
    """Return the year of a yearless season named in an article of ``anchor``'s date."""
    starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    start = starts[season]
    current = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
               8: "SU"}.get(anchor.month, "FA")
    if season == current:
        return anchor.year - 1 if season == "WI" and anchor.month < 3 else anchor.year
    if direction < 0 and start > anchor.month:
        return anchor.year - 1
    if direction > 0 and start < anchor.month:
        return anchor.year + 1
    return anchor.year
