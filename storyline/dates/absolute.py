"""Rules for expressions that name the calendar: dates, months, years, quarters, seasons.

A month or day written without its year ("on March 1", "in December") takes
the year that puts it on the side of the publication date the grammar points
to; everything else here needs no anchor.
"""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .base import MOD_PREFIX, Context, Reading, Rule, capitalised, compile_rule, mod_of
from .lexicon import MONTH_RE, MONTHS, ORDINALS, SEASON_RE, SEASONS, WEEKDAY_RE

FULL_MONTH_RE = (r"(?:january|february|march|april|may|june|july|august|september|october"
                 r"|november|december|jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept?\.|oct\."
                 r"|nov\.|dec\.)")
QUARTER_NUMBER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                  "fourth": 4, "4th": 4, "final": 4, "last": 4}
HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
            "new year's eve": (12, 31), "new year's day": (1, 1), "halloween": (10, 31),
            "valentine's day": (2, 14), "boxing day": (12, 26)}


def _year(text: str | None) -> int | None:
    """Return a written year as a full year ("98" → 1998), ``None`` when absent."""
    if not text:
        return None
    year = int(text)
    return year + (1900 if year >= 30 else 2000) if year < 100 else year


def _month(word: str) -> int:
    """Return the number of a month word or abbreviation."""
    return MONTHS[word.lower().rstrip(".")]


def _day_value(year: int | None, month: int, day: int) -> str | None:
    """Return a day value, ``None`` when the date does not exist."""
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _relative_year(relation: str, anchor: dt.date) -> tuple[int, str]:
    """Return the year "this year", "last year" or "next year" names, and the cue."""
    relation = relation.lower()
    return anchor.year + {"this": 0, "last": -1, "next": 1}[relation], f"{relation}-year"


def _yearless(ctx: Context, month: int, day: int | None) -> tuple[int | None, str]:
    """Return the year of a yearless month (and day) and the cue that chose it."""
    if ctx.anchor is None:
        return None, "no-anchor"
    direction = ctx.direction()
    return cal.month_year(ctx.anchor, month, day, direction.sign), direction.cue


def build_iso(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return an ISO date (2014-03-16) as a day."""
    value = _day_value(int(m["y"]), int(m["m"]), int(m["d"]))
    return Reading("DATE", value, anchored=False) if value else None


def build_slash(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return a US-style slash date (3/16/2014) as a day."""
    value = _day_value(_year(m["y"]), int(m["m"]), int(m["d"]))
    return Reading("DATE", value, anchored=False) if value else None


def build_month_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "March 1" or "1 March 2014"; a yearless one takes the tense's year."""
    if not capitalised(m["month"]):
        return None
    month, day = _month(m["month"]), int(m["d"])
    relation = (m.groupdict().get("rel") or "").lower()
    if m["y"]:
        year, cue = _year(m["y"]), "explicit"
    elif m.groupdict().get("yrel") and ctx.anchor is not None:
        year, cue = _relative_year(m["yrel"], ctx.anchor)
    elif relation in ("last", "next") and ctx.anchor is not None:
        # "last Oct. 23": the latest such day before the anchor (next: the first after).
        sign = -1 if relation == "last" else 1
        year = ctx.anchor.year
        if (sign < 0 and (month, day) >= (ctx.anchor.month, ctx.anchor.day)) or \
                (sign > 0 and (month, day) <= (ctx.anchor.month, ctx.anchor.day)):
            year += sign
        cue = relation
    else:
        year, cue = _yearless(ctx, month, day)
    value = _day_value(year, month, day)
    return Reading("DATE", value, mod_of(m), cue, anchored=not m["y"]) if value else None


def build_month_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "July 1997" as a month."""
    if not capitalised(m["month"]):
        return None
    return Reading("DATE", f"{int(m['y']):04d}-{_month(m['month']):02d}", mod_of(m),
                   anchored=False)


def build_month(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return a month name alone ("in December", "mid-March"), its year by tense."""
    if not capitalised(m["month"]):
        return None
    month = _month(m["month"])
    relation = (m["rel"] or "").lower()
    if ctx.anchor is None:
        return Reading("DATE", f"XXXX-{month:02d}", mod_of(m), "no-anchor")
    if m["yrel"]:
        year, cue = _relative_year(m["yrel"], ctx.anchor)
    elif relation in ("last", "past"):
        year, cue = ctx.anchor.year - (month >= ctx.anchor.month), "last"
    elif relation in ("next", "coming"):
        year, cue = ctx.anchor.year + (month <= ctx.anchor.month), "next"
    elif relation == "this":
        year, cue = ctx.anchor.year, "this"
    else:
        year, cue = _yearless(ctx, month, None)
    return Reading("DATE", f"{year:04d}-{month:02d}", mod_of(m), cue)


def build_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return a four-digit year unless the number is an amount ("1500 troops")."""
    start = m.start("y")
    before = m.string[max(0, start - 2):start]
    if re.search(r"[$£€#/\d]|[\d][,.]\s?$|No\.?\s?$", before) or \
            m.string[m.end():m.end() + 1] == "/":
        return None  # an amount, a number or part of a web address
    after = m.string[m.end():m.end() + 12]
    if re.match(r"\s*(?:%|percent|per\s+cent|[-–]\s*\d|,\d|\.\d|\s*(?:people|points?|units|shares|"
                r"tons|troops|jobs|cars|votes|members|employees|workers|soldiers|dollars|yen))",
                after, re.IGNORECASE):
        return None
    return Reading("DATE", m["y"], mod_of(m), anchored=False)


def build_decade(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "the 1990s" or "the '90s" as a decade value ("199")."""
    if m["c"]:
        value = m["c"] + m["d"]
    else:
        value = ("19" if int(m["d2"]) >= 3 else "20") + m["d2"]
    return Reading("DATE", value, mod_of(m), anchored=False)


def build_century(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "the 20th century" as a century value ("19")."""
    raw = m["n"].lower()
    number = int(re.sub(r"\D", "", raw)) if raw[0].isdigit() else ORDINALS.get(raw)
    if not number or number < 1:
        return None
    return Reading("DATE", f"{number - 1:02d}", mod_of(m), anchored=False)


def build_season(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "last summer", "the spring of 1998" as a season of a year."""
    relation = (m["rel"] or "").lower()
    if not (relation or m["y"] or m["mod"]):
        return None
    season = SEASONS[m["season"].lower()]
    if m["y"]:
        return Reading("DATE", f"{m['y']}-{season}", mod_of(m), anchored=False)
    if ctx.anchor is None:
        return Reading("DATE", f"XXXX-{season}", mod_of(m), "no-anchor")
    sign = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}.get(relation)
    direction = ctx.direction()
    if sign is None:
        sign, cue = direction.sign, direction.cue
    else:
        cue = relation
    year = cal.season_year(ctx.anchor, season, sign)
    if relation == "last" and year == ctx.anchor.year and \
            cal.season_year(ctx.anchor, season, 0) == ctx.anchor.year and season != "WI":
        current = {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(ctx.anchor.month)
        year -= season == current or (season == "SU" and ctx.anchor.month < 6)
    return Reading("DATE", f"{year:04d}-{season}", mod_of(m), cue)


def build_quarter(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return a quarter or half of a year ("the third quarter", "the year-ago period")."""
    det = (m["det"] or "").lower()
    qual = " ".join((m["qual"] or "").lower().split())
    unit = m["unit"].lower()
    ordinal = (m["ord"] or "").lower()
    if not (ordinal or qual or det in ("the", "this", "last", "next") or m["yrel"]):
        return None
    if unit == "period" and not (qual or m["y1"]):
        return None
    letter = "Q" if unit == "quarter" else "H"
    year = _year(m["y1"] or m["y2"])
    explicit = year is not None
    relation = (m["yrel"] or m["ownyear"] or "").lower().split()[:1]
    if year is None and relation and ctx.anchor:
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[relation[0]]
    earlier = qual.startswith("year-") or qual == "prior-year"
    if ordinal and unit != "period":
        number = QUARTER_NUMBER[ordinal] if letter == "Q" else min(QUARTER_NUMBER[ordinal], 2)
        if year is None:
            if ctx.anchor is None:
                return Reading("DATE", f"XXXX-{letter}{number}", cue="no-anchor")
            year = ctx.anchor.year - earlier
            current = cal.quarter_of(ctx.anchor) if letter == "Q" else 1 + (ctx.anchor.month > 6)
            if number > current and ctx.direction().sign < 0 and not earlier:
                year -= 1
        return Reading("DATE", f"{year:04d}-{letter}{number}", cue="ordinal",
                       anchored=not explicit)
    # "the quarter", "the latest quarter", "the year-earlier period": the period under
    # report, which in a news report is the last completed quarter (the current one
    # when so called). Earlier mentions were tried as reference and did worse.
    if ctx.anchor is None or unit == "half":
        return None
    following = m.string[m.end():m.end() + 40]
    if unit == "quarter" and not (explicit or earlier or relation):
        ended = _ended_quarter(following, ctx)
        if ended is not None:
            return Reading("DATE", ended, cue="quarter-ended")
    shift = 0 if qual == "current" or det == "this" else 1 if det == "next" else -1
    reference = cal.shifted(ctx.anchor, "Q", shift)
    year_part, _, rest = reference.partition("-")
    if explicit:
        year_part = f"{year:04d}"
    elif earlier or YEAR_AGO_AFTER.match(following):
        # "the year-ago quarter", "the quarter a year ago": last year's counterpart.
        year_part = f"{int(year_part) - 1:04d}"
    return Reading("DATE", year_part + (f"-{rest}" if rest else ""),
                   cue="reference-period" if earlier else "period")


QUARTER_ENDED = re.compile(rf"\s+(?:that\s+)?(?:ended|ending|ends)\s+(?P<month>{FULL_MONTH_RE})\.?"
                           r"\s+(?P<d>[0-3]?\d)(?!\d)(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?",
                           re.IGNORECASE)
YEAR_AGO_AFTER = re.compile(r"\s+(?:a|one)\s+year\s+(?:ago|earlier|before)\b", re.IGNORECASE)


def _ended_quarter(following: str, ctx: Context) -> str | None:
    """Return the calendar quarter of "the quarter ended Sept. 30", ``None`` without an end date.

    A company's quarter need not be a calendar one; the calendar quarter
    holding most of it is the one holding the month before its end.
    """
    found = QUARTER_ENDED.match(following)
    if found is None or ctx.anchor is None:
        return None
    month, day = _month(found["month"]), int(found["d"])
    if not 1 <= day <= 31:
        return None
    year = _year(found["y"]) if found["y"] else _yearless(ctx, month, day)[0]
    if year is None:
        return None
    middle, year = (month - 1, year) if month > 1 else (12, year - 1)
    return f"{year:04d}-Q{(middle - 1) // 3 + 1}"


def build_holiday(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return the date of a fixed holiday or Thanksgiving in the year the tense gives."""
    name = " ".join(m["name"].lower().replace("’", "'").split())
    if name.startswith("thanksgiving"):
        month, day = 11, None
    else:
        month, day = HOLIDAYS[name]
    year = _year(m["y"])
    cue = "explicit"
    if year is None:
        year, cue = _yearless(ctx, month, day or 25)
    if year is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}" if day else "XXXX-11-XX", cue=cue)
    if day is None:  # fourth Thursday of November
        first = dt.date(year, 11, 1)
        day = 1 + (3 - first.weekday()) % 7 + 21
    return Reading("DATE", dt.date(year, month, day).isoformat(), cue=cue, anchored=not m["y"])


TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
UNITS_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}


def build_spoken_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return a year written in words ("nineteen ninety-six")."""
    century = 1900 if m["c"].lower() == "nineteen" else 1800
    year = century + TENS[m["tens"].lower()] + UNITS_WORDS.get((m["u"] or "").lower(), 0)
    return Reading("DATE", f"{year:04d}", mod_of(m), anchored=False)


def build_decade_word(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "the nineties" and kin as a decade of the 1900s."""
    return Reading("DATE", f"19{DECADE_WORDS[m['w'].lower()]}", mod_of(m), anchored=False)


def build_year_earlier(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return a bare "year-earlier" as last year's counterpart of the last quarter."""
    # A bare "year-earlier" in a results story compares with last year's same quarter.
    if ctx.anchor is None:
        return None
    quarter = cal.shifted(ctx.anchor, "Q", -1)
    return Reading("DATE", f"{int(quarter[:4]) - 1:04d}{quarter[4:]}", cue="reference-period")


def build_that_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """Return "that year" as the year of the latest date named before it."""
    named = ctx.latest(re.compile(r"\d{4}(?:-.*)?"))
    if named is None:
        return Reading("DATE", "XXXX", cue="probe") if ctx.probing else None
    return Reading("DATE", named[:4], cue="previous-year", anchored=False)


YEAR = r"(?P<y>1[6-9]\d\d|20\d\d)"
# "March last year", "June 5 this year": the month of a year named from the anchor.
YEAR_RELATION = r"(?P<yrel>this|last|next)\s+year(?![-'’\w])"
ABSOLUTE_RULES: tuple[Rule, ...] = (
    compile_rule("iso-date", r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)", build_iso),
    compile_rule("slash-date", r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/"
                 r"(?P<y>(?:19|20)?\d\d)(?!/)", build_slash),
    compile_rule("month-day", MOD_PREFIX + r"(?:(?P<rel>last|next|this)\s+)?"
                 rf"(?:(?:{WEEKDAY_RE})\.?,?\s+)?(?P<month>{MONTH_RE})\.?"
                 r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]\d)"
                 r"(?:,?\s+(?P<y>(?:1[6-9]|20)\d\d)(?!\d)"
                 rf"|,?\s+{YEAR_RELATION})?",
                 build_month_day),
    compile_rule("day-month", rf"(?:(?:{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
                 rf"\s+(?:of\s+)?(?P<month>{MONTH_RE})\.?(?:,?\s+(?P<y>(?:1[6-9]|20)\d\d)(?!\d))?",
                 build_month_day),
    compile_rule("month-year", MOD_PREFIX + rf"(?P<month>{MONTH_RE})\.?,?\s+(?:of\s+)?{YEAR}(?!\d)",
                 build_month_year),
    compile_rule("month", MOD_PREFIX + rf"(?:(?P<rel>last|this|next|past|coming)\s+)?"
                 rf"(?P<month>{FULL_MONTH_RE})(?!\w)(?:,?\s+(?:of\s+)?{YEAR_RELATION})?",
                 build_month),
    compile_rule("year", MOD_PREFIX + r"(?:(?:the\s+)?(?:fiscal|calendar|model)(?:\s+year)?\s+|"
                 r"the\s+year\s+)?" + YEAR + r"(?!\d|s\b|['’]s\b)", build_year),
    compile_rule("decade", MOD_PREFIX + r"(?:the\s+)?(?:(?P<c>1[6-9]|20)(?P<d>\d)0|['’](?P<d2>\d)0)s",
                 build_decade),
    compile_rule("century", MOD_PREFIX + r"(?:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|first|second|"
                 r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                 r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
                 r"nineteenth|twentieth|twenty-first)[\s-]+century", build_century),
    compile_rule("season", MOD_PREFIX + rf"(?:(?P<rel>this|last|next|past|coming|the)\s+)?"
                 rf"(?P<season>{SEASON_RE})(?:\s+(?:of\s+)?{YEAR})?", build_season),
    compile_rule("quarter", r"(?:(?P<det>the|this|last|next|its|their|a)\s+)?"
                 r"(?:(?P<y1>(?:19|20)\d\d)(?:['’]s)?\s+|(?P<ownyear>this|last|next)\s+year['’]s\s+)?"
                 r"(?:(?P<qual>year-earlier|year-ago|year-before|prior-year|latest|current|recent|"
                 r"most\s+recent|same|comparable|previous|prior|just-ended|just\s+ended)\s+)?"
                 r"(?:(?:fiscal|calendar)\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
                 r"[-\s]+)?(?P<unit>quarter|half|period)(?!-?\s*(?:of\s+(?:a|an|the|its|all|his|her|their"
                 r"|this|that)\b|century|mile|point|percent|cent|-point|-mile))"
                 r"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<y2>(?:19|20)\d\d)|(?P<yrel>this|last|next)\s+year))?",
                 build_quarter),
    compile_rule("spoken-year", MOD_PREFIX + r"(?P<c>nineteen|eighteen)\s+(?P<tens>ten|twenty|thirty|forty|"
                 r"fifty|sixty|seventy|eighty|ninety)(?:[-\s](?P<u>one|two|three|four|five|six|seven|"
                 r"eight|nine))?", build_spoken_year),
    compile_rule("decade-word", MOD_PREFIX + r"the\s+(?P<w>twenties|thirties|forties|fifties|sixties|"
                 r"seventies|eighties|nineties)", build_decade_word),
    compile_rule("year-earlier", r"year-(?:earlier|ago)", build_year_earlier),
    compile_rule("that-year", r"that\s+(?:same\s+)?year", build_that_year),
    compile_rule("holiday", r"(?:(?:last|this|next)\s+)?(?P<name>christmas\s+eve|christmas\s+day|christmas|"
                 r"new\s+year['’]s\s+(?:eve|day)|halloween|valentine['’]s\s+day|boxing\s+day|"
                 r"thanksgiving(?:\s+day)?)(?:\s+(?P<y>(?:19|20)\d\d))?", build_holiday),
)
