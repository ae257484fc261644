"""Rules for expressions read against the publication date or with none at all.

Weekdays, "yesterday", "last month", "three years ago", clock times, durations
("five hours", "five-hour", "the past two weeks"), sets ("every week",
"daily") and the vague references TIMEX3 writes as PRESENT_REF, PAST_REF,
FUTURE_REF.
"""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .base import MOD_PREFIX, Context, Reading, Rule, compile_rule, mod_of
from .lexicon import (FULL_WEEKDAY_RE, FULL_WEEKDAYS, MONTH_RE, MONTHS, NUMBER_RE, PART_RE,
                      PARTS_OF_DAY, QUANTITY_MOD_RE, QUANTITY_MODS, SET_ADVERBS, UNIT_FACTOR,
                      UNIT_RE, UNITS, VAGUE_RE, alternation, to_number)

DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
             "the day before yesterday": -2, "the day after tomorrow": 2}
REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
        "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
        "the present": "PRESENT_REF", "at the moment": "PRESENT_REF",
        "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
        "the future": "FUTURE_REF",
        "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
        "as soon as possible": "FUTURE_REF", "the long term": "FUTURE_REF"}
UNIT_LETTER = {"week": "W", "weekend": "WE", "month": "M", "year": "Y", "decade": "DE",
               "century": "CE", "day": "D", "quarter": "Q", "fiscal year": "Y"}
RELATION = {"this": 0, "current": 0, "the current": 0, "earlier this": 0, "later this": 0,
            "last": -1, "past": -1, "previous": -1, "the past": -1,
            "the last": -1, "next": 1, "coming": 1, "following": 1, "the next": 1,
            "the coming": 1}
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
ANY_DATE = re.compile(r"\d{4}(?:-[\dQHW][\d]?(?:-\d\d)?)?")
PERIOD_VALUE = re.compile(r"\d{4}-(?:Q\d|H\d)")


def _words(text: str | None) -> str:
    """Return ``text`` lower-cased with single spaces."""
    return " ".join((text or "").lower().split())


def _part(word: str | None) -> str:
    """Return the TIMEX3 part-of-day code of a word ("night" → "NI")."""
    return PARTS_OF_DAY[word.lower().rstrip("s")] if word else ""


def weekday_date(m: re.Match[str], ctx: Context, group: str = "wd") -> tuple[dt.date | None, str]:
    """Return the date of the weekday in group ``group`` and the cue that placed it."""
    number = FULL_WEEKDAYS[m[group].lower()]
    if ctx.anchor is None:
        return None, "no-anchor"
    relation = _words(m.groupdict().get("rel"))
    if relation in ("last", "past"):
        date = cal.weekday_date(ctx.anchor - dt.timedelta(days=1), number, -1)
        return date, "last"
    if relation in ("next", "coming"):
        return cal.weekday_date(ctx.anchor + dt.timedelta(days=1), number, 1), "next"
    direction = ctx.direction()
    return cal.weekday_date(ctx.anchor, number, direction.sign), direction.cue


def build_weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return a weekday read by tense ("said on Friday"), with part of day or as a set."""
    if not m["wd"][0].isupper():
        return None
    part = _part(m["part"])
    if m["plural"] or (m["part"] and m["part"].endswith("s")):
        number = FULL_WEEKDAYS[m["wd"].lower()]
        return Reading("SET", f"XXXX-WXX-{number}" + (f"T{part}" if part else ""), anchored=False)
    date, cue = weekday_date(m, ctx)
    value = date.isoformat() if date else "XXXX-XX-XX"
    return Reading("TIME" if part else "DATE", value + (f"T{part}" if part else ""),
                   mod_of(m), cue)


def build_day_word(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return today, yesterday, tomorrow, tonight as days (or times with a part of day)."""
    word = _words(m["w"])
    part = _part(m["part"]) or ("NI" if word == "tonight" else "")
    if ctx.anchor is None:
        value = "XXXX-XX-XX"
    else:
        value = (ctx.anchor + dt.timedelta(days=DAY_WORDS[word])).isoformat()
    return Reading("TIME" if part else "DATE", value + (f"T{part}" if part else ""),
                   mod_of(m), word)


def build_part_of_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "this morning", "last night" as a time on the anchor's day."""
    relation = _words(m["rel"])
    part = _part(m["part"])
    if relation == "last" and part != "NI":
        return None
    shift = -1 if relation == "last" else 0
    if ctx.anchor is None:
        return Reading("TIME", f"XXXX-XX-XXT{part}", mod_of(m), "no-anchor")
    date = ctx.anchor + dt.timedelta(days=shift)
    return Reading("TIME", f"{date.isoformat()}T{part}", mod_of(m), relation)


PART_MERIDIEM = {"inthemorning": "am", "intheafternoon": "pm", "intheevening": "pm",
                 "atnight": "pm"}
CLOCK_PREPOSITION = re.compile(r"\b(?:at|around|about|by|until|till|before|after|from|since|to|"
                               r"past)\s+$", re.IGNORECASE)


def _clock(m: re.Match[str]) -> str | None:
    """Return the match's clock time as ``HH:MM``, ``None`` when impossible."""
    if m["word"]:
        return "24:00" if m["word"].lower() == "midnight" else "12:00"
    hour, minute = int(m["h"]), int(m["min"] or 0)
    meridiem = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if meridiem in PART_MERIDIEM:
        # "4 in the morning", "9 at night": the part of the day says which half it is,
        # but only after a word that introduces a time ("rose 5 in the morning session").
        if not (m["pre"] or CLOCK_PREPOSITION.search(m.string, 0, m.start("h"))):
            return None
        meridiem = PART_MERIDIEM[meridiem]
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _day_reference(text: str | None, ctx: Context) -> str | None:
    """Return the date value a day phrase beside a clock time names ("Sunday", "today")."""
    if not text:
        return None
    lowered = _words(text)
    if lowered in DAY_WORDS:
        return None if ctx.anchor is None else \
            (ctx.anchor + dt.timedelta(days=DAY_WORDS[lowered])).isoformat()
    found = re.fullmatch(r"(?:(?P<rel>last|this|next)\s+)?(?P<wd>\w+)", lowered)
    if found and found["wd"] in FULL_WEEKDAYS:
        date, _ = weekday_date(found, ctx)
        return date.isoformat() if date else None
    found = re.fullmatch(r"(?P<month>[a-z]+)\.?\s+(?P<d>\d+)", lowered)
    if found and found["month"] in MONTHS and ctx.anchor is not None:
        month, day = MONTHS[found["month"]], int(found["d"])
        year = cal.month_year(ctx.anchor, month, day, ctx.direction().sign)
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    return None


def build_time(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return a clock time on the day named beside it, else on the anchor's day."""
    clock = _clock(m)
    if clock is None:
        return None
    day = _day_reference(m["pre"] or m["post"], ctx)
    if day is None:
        day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
    return Reading("TIME", f"{day}T{clock}", cue=ctx.direction().cue if (m["pre"] or m["post"]) else "")


def build_deictic(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "last month", "this week", "next year" relative to the anchor."""
    relation = _words(m["rel"])
    unit = _words(m["unit"])
    letter = UNIT_LETTER[unit]
    if ctx.anchor is None:
        return Reading("DATE", "XXXX", mod_of(m), "no-anchor")
    shift = RELATION[relation]
    mod = mod_of(m) or {"earlier this": "START", "later this": "END"}.get(relation)
    if letter == "WE" and relation == "this" and ctx.anchor.isoweekday() == 7:
        shift = 0
    return Reading("DATE", cal.shifted(ctx.anchor, letter, shift), mod, relation)


def build_weekend(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return the weekend the tense points to, as an ISO week's weekend."""
    if ctx.anchor is None:
        return Reading("DATE", "XXXX-WXX-WE", cue="no-anchor")
    direction = ctx.direction()
    weekday = ctx.anchor.isoweekday()
    shift = 0
    if direction.sign < 0 and weekday < 6:
        shift = -1
    return Reading("DATE", cal.shifted(ctx.anchor, "WE", shift), mod_of(m), direction.cue)


def _amount(m: re.Match[str]) -> float | None:
    """Return the number counted in the match, ``None`` when vague ("several")."""
    number = to_number(m["n"]) if m["n"] else None
    if number is None and m["n"] and re.fullmatch(r"\d+\.\d+", m["n"]):
        number = float(m["n"])
    if number is not None and (m.groupdict().get("half") or m.groupdict().get("half_after")):
        number += 0.5
    return number


def _duration_value(amount: float | None, unit: str) -> str:
    """Return the TIMEX3 duration for ``amount`` ``unit``s ("PT5H", "P2W", "PXY" when vague)."""
    letter, timed = UNITS[unit]
    if amount is not None:
        amount *= UNIT_FACTOR.get(unit, 1)
    # TIMEX3 writes decades and centuries in years and counted quarters in months.
    scale = {"DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3)}.get(letter)
    if scale and (amount is not None or letter != "Q"):
        letter, factor = scale
        amount = amount * factor if amount is not None else None
    text = "X" if amount is None else (f"{amount:g}" if amount % 1 else f"{int(amount)}")
    return f"P{'T' if timed else ''}{text}{letter}"


def build_duration(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return a counted stretch of time ("five hours", "five-hour") as a duration."""
    unit = m["unit"].lower()
    amount = _amount(m)
    if unit == "quarter" and (_words(m["n"]) in ("a", "an") or "-" in m.group(0)
                              and m.group(0).lower().endswith("quarters")):
        return None  # "a quarter of", "three-quarters": fractions, not spans of time
    mod = QUANTITY_MODS.get(_words(m["qmod"])) if m["qmod"] else None
    return Reading("DURATION", _duration_value(amount, unit), mod, anchored=False)


def build_ago(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return the date "three years ago" or "a year earlier" points to."""
    unit = m["unit"].lower()
    amount = _amount(m)
    way = _words(m["dir"])
    sign = -1 if way in ("ago", "earlier", "before") else 1
    if amount is None:
        if way not in ("ago", "from now", "hence"):
            return None
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchored=False)
    letter, timed = UNITS[unit]
    mod = QUANTITY_MODS.get(_words(m["qmod"])) if m["qmod"] else None
    if timed or ctx.anchor is None or letter == "WE" or amount % 1:
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    steps = int(amount) * UNIT_FACTOR.get(unit, 1) * sign
    if letter == "Y":
        # "a year ago" in a report on a quarter or a month means that period a year before.
        relative_to_now = way in ("ago", "from now", "hence")
        if relative_to_now and steps != -1:
            return Reading("DATE", cal.shifted(ctx.anchor, letter, steps), mod, way)
        previous = ctx.latest(PERIOD_VALUE if relative_to_now else ANY_DATE)
        if previous:
            year, _, rest = previous.partition("-")
            if way in ("earlier", "later", "before", "after") or rest:
                kept = f"-{rest}" if rest and not DAY_VALUE.fullmatch(previous) else ""
                return Reading("DATE", f"{int(year) + steps:04d}{kept}", mod, "reference")
    return Reading("DATE", cal.shifted(ctx.anchor, letter, steps), mod, way)


def build_ref(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return now, recently, the future … as PRESENT_REF, PAST_REF, FUTURE_REF."""
    word = _words(m["w"])
    if word == "current" and not m["w"].islower():
        return None
    return Reading("DATE", REFS[word], anchored=False)


def build_vague_span(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "recent years", "the coming weeks" as durations of unknown length."""
    return Reading("DURATION", _duration_value(None, m["unit"].lower()), anchored=False)


def build_bare_units(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "for years", "in months" as durations of unknown length."""
    unit = m["unit"].lower()
    return Reading("DURATION", _duration_value(None, "century" if unit == "centurie" else unit),
                   anchored=False)


def build_set(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return a recurrence ("every week", "twice a year", "daily") as a SET."""
    word = _words(m["what"])
    if word in SET_ADVERBS:
        return Reading("SET", SET_ADVERBS[word], anchored=False)
    if word.rstrip("s") in FULL_WEEKDAYS or word in FULL_WEEKDAYS:
        return Reading("SET", f"XXXX-WXX-{FULL_WEEKDAYS[word]}", anchored=False)
    if word in PARTS_OF_DAY:
        return Reading("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[word]}", anchored=False)
    if word in UNITS:
        return Reading("SET", _duration_value(to_number(m["n"]) if m["n"] else 1, word),
                       anchored=False)
    return None


def build_period_word(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "the year", "the week", "year-end" as the anchor's period."""
    word = _words(m["what"])
    if ctx.anchor is None:
        return Reading("DATE", "XXXX", cue="no-anchor")
    if word == "the week":
        return Reading("DATE", cal.shifted(ctx.anchor, "W", 0), cue="period")
    if word.endswith("two thousand"):
        return Reading("DATE", "2000", anchored=False)
    if "year" in word and re.match(r"\s+end(?:ed|ing)\b", m.string[m.end():m.end() + 8]):
        # "the year ended Sept. 30" is a twelve-month accounting period, not a calendar year.
        return Reading("DURATION", "P1Y", cue="accounting-period", anchored=False)
    year = f"{ctx.anchor.year:04d}"
    end = "end" in word
    return Reading("DATE", year, "END" if end else None, "period")


def build_anchored_ordinal(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "the 40th day since …" as an unresolved day (dated later by its sentence)."""
    # "the 40th day since …" names the day of the date it is said of ("on Sunday, to mark …").
    return Reading("DATE", "XXXX-XX-XX", cue="event-anchor", anchored=False)


def build_end_of(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "the end of the year" and kin: the unit around the anchor with a mod."""
    relation = _words(m["rel"])
    letter = UNIT_LETTER[_words(m["unit"])]
    if ctx.anchor is None:
        return Reading("DATE", "XXXX", mod_of(m), "no-anchor")
    shift = {"the": 0, "this": 0, "last": -1, "next": 1}[relation]
    return Reading("DATE", cal.shifted(ctx.anchor, letter, shift), mod_of(m), relation)


DAY_WORD_RE = (r"today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|"
               r"the\s+day\s+after\s+tomorrow")
DAY_REF_RE = rf"(?:(?:last|this|next)\s+)?(?:{FULL_WEEKDAY_RE})|{DAY_WORD_RE}"
DATE_REF_RE = rf"{DAY_REF_RE}|(?:{MONTH_RE})\.?\s+[0-3]?\d(?!\d)"
CLOCK_RE = (r"(?:(?P<h>[012]?\d)(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>a\.\s?m\.|p\.\s?m\.|am\b|pm\b|"
            r"in\s+the\s+(?:morning|afternoon|evening)|at\s+night|"
            r"a\.m|p\.m)|(?P<word>noon|midnight|midday))(?:\s+(?:[A-Z]{2,3}T|GMT|UTC)\b)?")
COUNT = rf"(?P<n>{NUMBER_RE}|{VAGUE_RE})"
QMOD = rf"(?:(?P<qmod>{QUANTITY_MOD_RE})\s+)?"
# "two and a half", "5 1/2", "5½": a half more than the number counted.
HALF = r"(?P<half>\s+and\s+a\s+half|\s+1/2|\s?½)?"
RELATIVE_RULES: tuple[Rule, ...] = (
    compile_rule("time", rf"(?:(?P<pre>{DAY_REF_RE}),?\s+(?:at\s+)?)?{CLOCK_RE}"
                 rf"(?:,?\s+(?:on\s+)?(?P<post>{DATE_REF_RE}))?", build_time),
    compile_rule("weekday", MOD_PREFIX + rf"(?:(?P<rel>last|this|next|past|coming)\s+)?"
                 rf"(?P<wd>{FULL_WEEKDAY_RE})(?P<plural>s)?(?!\w)(?:\s+(?P<part>{PART_RE})s?)?",
                 build_weekday),
    compile_rule("day-word", MOD_PREFIX + rf"(?P<w>{DAY_WORD_RE})(?:\s+(?P<part>morning|afternoon|"
                 r"evening|night))?", build_day_word),
    compile_rule("part-of-day", MOD_PREFIX + r"(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night)",
                 build_part_of_day),
    # "the following year", "the previous week" count from the story's time: see anaphora.py.
    compile_rule("deictic", MOD_PREFIX + r"(?P<rel>earlier\s+this|later\s+this|this|last|next|past|coming|"
                 r"previous|following|current|the\s+past|the\s+last|the\s+next|the\s+coming|"
                 r"the\s+current)\s+"
                 r"(?P<unit>week|weekend|month|year|decade|century|fiscal\s+year)", build_deictic),
    compile_rule("end-of-year", r"(?P<mod>(?:the\s+)?(?:beginning|start|middle|end|close)\s+of)\s+"
                 r"(?P<rel>the|this|last|next)\s+(?P<unit>year|month|week|decade|century)",
                 build_end_of),
    compile_rule("weekend", MOD_PREFIX + r"the\s+weekend", build_weekend),
    compile_rule("ago", QMOD + rf"(?:{COUNT}{HALF}\s+)?(?P<unit>{UNIT_RE})s?"
                 r"\s+(?P<dir>ago|from\s+now|hence|(?:earlier|later|before|after)(?!\s+(?:the|a|an|his|"
                 r"her|its|their|this|that)\b))", build_ago),
    compile_rule("duration", QMOD + r"(?:the\s+(?![\w.]+\s*-\s*\w))?(?:(?:past|last|next|first|"
                 r"coming|previous|final|following|entire|full|whole|additional|further|"
                 r"remaining|another)\s+)?" + COUNT + HALF +
                 r"(?:\s+(?:more|additional|full|straight|consecutive))?(?:\s+|\s*-\s*)"
                 rf"(?P<unit>{UNIT_RE})s?(?:-long)?(?P<half_after>\s+and\s+a\s+half)?(?!-)",
                 build_duration),
    compile_rule("vague-span", r"(?:the\s+)?(?P<kind>recent|coming|next\s+few|past\s+few|last\s+few)"
                 r"\s+(?P<unit>year|month|week|day|decade|hour|minute)s", build_vague_span),
    compile_rule("bare-units", r"(?:for|in|over|within|after|take|took|takes|taking|last|lasted)\s+"
                 r"(?P<core>(?P<unit>minute|hour|day|week|month|year|decade|centurie|century)s)",
                 build_bare_units, group="core"),
    compile_rule("ref", rf"(?P<w>{alternation(REFS)})", build_ref),
    compile_rule("set", r"(?:(?:once|twice|(?:\w+)\s+times)\s+(?:a|an|every|each|per)|every|each|per)"
                 rf"\s+(?:other\s+)?(?:(?P<n>{NUMBER_RE})\s+)?(?P<what>{UNIT_RE}|{FULL_WEEKDAY_RE}|morning|evening"
                 r"|afternoon)(?!\s+(?:of|ago|earlier|later|before|after)\b)", build_set),
    compile_rule("set-adverb", r"(?P<what>hourly|daily|nightly|weekly|monthly|yearly)",
                 build_set),
    compile_rule("period-word", r"(?P<what>the\s+year\s+two\s+thousand|the\s+week|year[-\s]end|"
                 r"the\s+(?:(?:fiscal|full|calendar|current)\s+)?year|the\s+end\s+of\s+the\s+year)"
                 r"(?![-\w])(?!\s+(?:ago|earlier|before|later))",
                 build_period_word),
    compile_rule("anchored-ordinal", r"the\s+(?P<ord>\d+(?:st|nd|rd|th)|first|second|third|"
                 r"fourth|fifth|tenth|hundredth)\s+(?:day|week|month|year)(?=\s+(?:since|"
                 r"after|of)\b)", build_anchored_ordinal),
)

