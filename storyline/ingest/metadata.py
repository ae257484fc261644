"""Article metadata from loose evidence: dates in URLs and text, outlets, language.

Publication dates are parsed with dateutil, which every reader already pulls
in through htmldate; the regexes here only find where a date is written.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlparse

from dateutil import parser as dateparser

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_FULL_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+(?:19|20)\d\d"
    rf"|(?:19|20)\d\d-\d\d-\d\d)\b")
# A day glued to a slug by "-" must have two digits: "/2023/10/3-fragen-an" is no date.
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])"
                       r"(?:[/-](?:(0?[1-9]|[12]\d|3[01])(?=/|$)|(0[1-9]|[12]\d|3[01])(?=[-_])))?"
                       r"(?:/|$|[-_])")
_URL_COMPACT = re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])(?:/|$|[-_])")

_ENGLISH = set("the of and to in a is that for on was with as by he it said at from his an be "
               "has have are were had its not but which this they who will".split())


def parse_date(text: str) -> str | None:
    """Return ``text`` as an ISO date (YYYY-MM-DD), or None when it holds no full date."""
    # Parse twice with different defaults: a part that changes was not written.
    try:
        one = dateparser.parse(text, default=datetime(1904, 1, 1), fuzzy=True)
        two = dateparser.parse(text, default=datetime(1908, 2, 2), fuzzy=True)
    except (ValueError, OverflowError, TypeError):
        return None
    if one is None or one.date() != two.date() or not 1900 <= one.year <= 2100:
        return None
    return one.date().isoformat()


def date_from_url(url: str | None) -> str | None:
    """Return the date written in a URL path (/2014/03/30/, /20140330/), if any."""
    if not url:
        return None
    path = urlparse(url).path
    if m := _URL_DATE.search(path):
        year, month, day = int(m[1]), int(m[2]), int(m[3] or m[4] or 0)
        if day:
            return _safe(year, month, day)
        return None  # a month alone is not a publication date
    if m := _URL_COMPACT.search(path):
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    return None


def _safe(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def dates_in(text: str) -> list[str]:
    """Return the full dates (day, month and year) written in ``text``, as ISO dates, in order."""
    out = []
    for m in _FULL_DATE.finditer(text):
        if iso := parse_date(m.group(0)):
            out.append(iso)
    return out


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    table = {}
    data = resources.files("storyline.ingest").joinpath("data/outlets.tsv").read_text("utf-8")
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            domain, name = line.split("\t", 1)
            table[domain.strip()] = name.strip()
    return table


def outlet_from_url(url: str | None) -> str | None:
    """Return the outlet's name for a URL: a known outlet's name, else its bare domain."""
    if not url:
        return None
    host = (urlparse(url).hostname or "").lower()
    if not host:
        return None
    host = re.sub(r"^(?:www\d?|m|amp|mobile|edition|eu|uk|us)\.", "", host)
    parts = host.split(".")
    for i in range(len(parts) - 1):
        if name := _outlets().get(".".join(parts[i:])):
            return name
    return host


def outlet_from_holder(holder: str | None) -> str | None:
    """Return an outlet name from a copyright holder ("The Financial Times Limited")."""
    if not holder:
        return None
    known = {v.lower().removeprefix("the "): v for v in _outlets().values()}
    key = holder.lower().removeprefix("the ").strip()
    return known.get(key, holder)


def guess_language(text: str) -> str | None:
    """Return "en" when ``text`` reads as English, None when unsure.

    Only English is analysed by storyline's pipeline, so telling English from
    the rest is all it needs: the share of common English function words.
    """
    words = re.findall(r"[a-z]+", text[:5000].lower())
    if len(words) < 5:
        return None
    share = sum(w in _ENGLISH for w in words) / len(words)
    return "en" if share >= 0.15 else None


# Two defaults that differ in every part, to tell a full date from a partial one.
_DEFAULTS = (datetime(2001, 1, 1), datetime(2002, 2, 2))


def iso_date(value: Any) -> str | None:
    """Return a publication date in any common form as an ISO date, None when it is not one.

    Numbers are Unix timestamps (seconds, or milliseconds when too large for
    seconds). Strings are ISO 8601 or anything dateutil reads, but only when
    they name a day: "March 2014" is not a publication date.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            return _in_range(datetime.fromtimestamp(seconds, tz=timezone.utc))
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, dict):  # MongoDB exports write {"$date": ...}
        return iso_date(value.get("$date"))
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return _in_range(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        first, second = (dateparser.parse(text, default=d, fuzzy=True) for d in _DEFAULTS)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():
        return None  # some part of the date came from the default, not from the text
    return _in_range(first)


def _in_range(moment: datetime) -> str | None:
    return moment.date().isoformat() if 1900 <= moment.year <= 2100 else None


def split_authors(value: Any) -> tuple[str, ...]:
    """Return author names from a list, a dict with a name, or a "A, B and C" string."""
    if value is None:
        return ()
    if isinstance(value, dict):
        return split_authors(value.get("name"))
    if isinstance(value, list):
        return tuple(name for item in value for name in split_authors(item))
    if not isinstance(value, str):
        return ()
    text = re.sub(r"^\s*by\s+", "", value.strip(), flags=re.I)
    parts = re.split(r"\s*[;,|]\s*|\s+and\s+|\s*&\s*", text)
    return tuple(p.strip() for p in parts if p.strip())
