"""Words of time: months, weekdays, numbers, units, parts of the day, seasons.

Each table maps a lower-cased word to the value TIMEX3 writes for it; the
``*_RE`` strings are regex alternations built from the tables (longest first,
so "sept" wins over "sep").
"""
from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Abbreviations that are also ordinary words need a full stop or a number beside them.
WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tues": 2, "tue": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thurs": 4, "thu": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}
FULL_WEEKDAYS = {k: v for k, v in WEEKDAYS.items() if len(k) > 4}

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12,
    "a couple of": 2, "couple of": 2, "a couple": 2, "single": 1,
}
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "numerous", "a number of",
                 "the next few", "a couple of", "dozens of", "hundreds of", "recent")
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "last": -1, "final": -1,
}

# Unit word → (TIMEX3 unit letter, whether it belongs after the "T" of a duration).
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False),
    "fortnight": ("W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
    "weekend": ("WE", False), "millennium": ("ML", False),
}
UNIT_FACTOR = {"fortnight": 2}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "midday": "MI", "daytime": "DT",
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
MODIFIERS = {
    "early": "START", "earlier": "START", "beginning": "START", "start": "START",
    "mid": "MID", "middle": "MID", "late": "END", "later": "END", "end": "END",
    "close": "END",
}
QUANTITY_MODS = {
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "nearly": "EQUAL_OR_LESS", "almost": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "less than": "LESS_THAN", "under": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
}
SET_ADVERBS = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "monthly": "P1M", "quarterly": "P1Q", "yearly": "P1Y", "annually": "P1Y",
}


def alternation(words) -> str:
    """Return a regex alternation of ``words``, longest first, spaces made flexible."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(w.replace(" ", r"\s+") for w in ordered)


def to_number(word: str) -> int | None:
    """Return the integer a number word or numeral stands for, ``None`` if vague."""
    word = " ".join(word.lower().replace(",", "").split())
    if word.isdigit():
        return int(word)
    if word in NUMBERS:
        return NUMBERS[word]
    parts = [p for p in word.replace("-", " ").split() if p != "and"]
    if parts and all(p in NUMBERS for p in parts):
        total = 0
        for p in parts:
            total = total * NUMBERS[p] if NUMBERS[p] == 100 else total + NUMBERS[p]
        return total
    return None


MONTH_RE = alternation(MONTHS)
WEEKDAY_RE = alternation(WEEKDAYS)
FULL_WEEKDAY_RE = alternation(FULL_WEEKDAYS)
SMALL_NUMBER_WORDS = [w for w in NUMBERS if w not in ("hundred",)]
NUMBER_RE = (r"(?:\d+(?:\.\d+)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
             r"[-\s](?:one|two|three|four|five|six|seven|eight|nine))|"
             + alternation(SMALL_NUMBER_WORDS) + ")")
VAGUE_RE = alternation(VAGUE_NUMBERS)
UNIT_RE = alternation(UNITS)
PART_RE = alternation(PARTS_OF_DAY)
SEASON_RE = alternation(SEASONS)
QUANTITY_MOD_RE = alternation(QUANTITY_MODS)
