"""Comparing names: honorifics, possessives, transliteration variants, acronyms."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "mme", "m",
    "sen", "senator", "rep", "gov", "gen", "col", "lt", "capt", "sgt", "adm", "rev", "president",
    "minister", "secretary", "chancellor", "premier", "king", "queen", "prince", "princess",
    "pope", "sheikh", "judge", "justice", "mayor", "ambassador", "general", "governor",
}
_ORG_STOP = {"of", "the", "and", "for", "on", "in", "de", "&"}
_VOWELS = set("aeiouy")


@lru_cache(maxsize=65536)  # names recur within and across articles
def fold(text: str) -> str:
    """Return ``text`` lower-cased, accents removed, apostrophes and punctuation dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’'`]s\b", "", text)
    return re.sub(r"[^\w\s-]", "", text).strip()


def strip_possessive(text: str) -> str:
    """Return ``text`` without a trailing possessive ('s, ’s, ')."""
    return re.sub(r"(?:['’]s|['’])$", "", text.strip())


def name_tokens(text: str) -> list[str]:
    """Return a person name's folded tokens without honorifics or a leading article."""
    tokens = fold(strip_possessive(text)).split()
    while tokens and (tokens[0] in HONORIFICS or tokens[0] == "the"):
        tokens = tokens[1:]
    return tokens


def skeleton(word: str) -> str:
    """Return the consonant skeleton of a folded word (kiev, kyiv → kv)."""
    out = [c for c in word if c not in _VOWELS]
    return "".join(c for i, c in enumerate(out) if i == 0 or c != out[i - 1])


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Return the Levenshtein distance of ``a`` and ``b`` (capped at ``limit``)."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return min(previous[-1], limit)


def same_word(a: str, b: str) -> bool:
    """Return whether two folded words are the same name in different transliterations.

    Sergey/Sergei, Yanukovich/Yanukovych and Kiev/Kyiv share a consonant
    skeleton and differ by at most two letters; short words must match exactly.
    """
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or a[0] != b[0] and {a[0], b[0]} - _VOWELS:
        return False
    # endings carry gender and case (Maria/Mario, Alexandra/Alexandre): they must agree,
    # up to the y/i of transliteration (Sergey/Sergei)
    if a[-1].replace("y", "i") != b[-1].replace("y", "i"):
        return False
    return skeleton(a) == skeleton(b) and edit_distance(a, b) <= 2


def acronym(text: str) -> str:
    """Return the initials of an organisation name ("European Union" → "EU")."""
    words = [w for w in fold(text).split() if w not in _ORG_STOP]
    return "".join(w[0] for w in words).upper()


@lru_cache(maxsize=65536)
def is_acronym_of(short: str, long: str) -> bool:
    """Return whether ``short`` ("NATO", "the EU") abbreviates ``long``."""
    short = fold(short).replace(" ", "").upper()
    if short.startswith("THE") and len(short) > 4:
        short = short[3:]
    return len(short) >= 2 and len(long.split()) >= 2 and acronym(long) == short


def org_key(text: str) -> str:
    """Return a comparison key for an organisation or place name."""
    tokens = fold(strip_possessive(text)).split()
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)
