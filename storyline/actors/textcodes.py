"""Inferring a CAMEO actor code from an article's own words.

A phrase such as "Russian troops", "Ukraine's ousted pro-Kremlin President",
"the Donetsk-based billionaire" or "NATO Secretary General" is read for
three kinds of clue:

* a **country**: a country name or nationality word (via
  :func:`storyline.places.countries.country_for`) or a place the actor
  dictionaries file under a country ("Kiev", "Donetsk" → UKR);
* a **role noun** from :mod:`storyline.actors.roles` (or, failing that, the
  agent dictionary), plus "former"/"ousted"-like words that make an office
  holder an elite (ELI);
* a **named actor** from the actor dictionaries: an international body
  ("NATO" → IGOWSTNAT) or a coded organisation or person ("the Kremlin" →
  RUSGOV).

:func:`read_phrase` gathers them into a :class:`Clues`; :func:`code_from_clues`
turns those into an :class:`~storyline.records.ActorCode` when they suffice.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ..places.countries import country_by_code, country_for
from ..records import ActorCode
from .dictionary import ActorDictionary, ActorEntry, fold, tokens
from .roles import FORMER, LEXICON, LONGEST, OFFICES

# Prefixes and suffixes that stop a hyphenated word naming the actor's own country:
# "pro-Kremlin", "anti-Russian", "Kremlin-backed", "Russian-speaking".
_NOT_OWN = frozenset({"pro", "anti", "non", "post", "neo"})
_NOT_OWN_TAIL = frozenset({"backed", "led", "speaking", "installed", "leaning", "allied", "friendly",
                           "controlled", "annexed", "occupied", "born", "made", "style", "brokered",
                           "held", "run", "dominated"})
_BASED = frozenset({"based", "headquartered", "registered", "owned"})
_LEXICON_WORDS = frozenset(w for phrase in LEXICON for w in phrase) | {"vice", "ex", "self"}
# CAMEO role codes an agent-dictionary entry may contribute (its first three letters).
_ROLE_CODES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SEP", "INS", "SPY", "UAF",
                         "BUS", "MED", "CVL", "EDU", "REL", "HLH", "LAB", "HRI", "REF", "AGR", "CRM",
                         "DEV", "ENV", "ELI", "NGO", "PPL"})
# Common nouns some dictionary entries use as one-word synonyms ("ORGANIZATION" for
# Tanzim); inside a longer phrase they are part of another name or a role.
_GENERIC = _LEXICON_WORDS | frozenset({
    "organization", "organisation", "group", "party", "movement", "front", "council", "committee",
    "union", "alliance", "league", "association", "brotherhood", "state", "states", "national",
    "people", "assembly", "federation", "republic", "democratic", "islamic", "popular", "united",
    "liberation", "revolutionary", "federal", "central", "new", "world", "international"})
# Words before a surname that do not make it part of a longer name: "Mr Lavrov".
_HONORIFICS = frozenset({"MR", "MRS", "MS", "MISS", "DR", "SIR", "DAME", "LORD", "LADY", "GEN", "COL",
                         "LT", "SGT", "REV", "PROF", "SHEIKH", "AYATOLLAH", "MULLAH", "PRINCE",
                         "PRINCESS", "KING", "QUEEN", "EMIR", "SENATOR", "SEN", "REP", "GOV"})
# Words around a name that add nothing to it: "the Kremlin's".
_FRAME = frozenset({"the", "a", "an", "'s"})
_NON_STATE = frozenset({"REB", "SEP", "INS", "UAF", "OPP"})
_INTERNATIONAL = ("IGO", "NGO", "IMG", "NGM", "MNC", "INT", "UIS")
# PETRARCH's country slot of an agent the text gives no country ("---REB").
NO_COUNTRY = "---"


@dataclass(frozen=True)
class Word:
    """One word of a phrase: as written, lower-cased, dictionary form, and what it may name."""

    text: str
    lower: str
    form: str
    own_country: bool = True  # False for "pro-Russian": names a country that is not the actor's


@dataclass(frozen=True)
class Clues:
    """What one phrase says about an actor; positions are word indexes."""

    text: str
    country: str | None = None  # ISO alpha-3
    country_words: str | None = None
    role: str | None = None  # CAMEO role code
    role_words: str | None = None
    role_strong: bool = False
    role_at: int = -1
    former: bool = False
    named: ActorCode | None = None  # a dictionary actor named in the phrase
    named_at: int = -1
    international: bool = False  # the named actor is an IGO/NGO/MNC …
    named_whole: bool = False  # the named actor's phrase is the whole text ("NATO")
    role_head: bool = False  # the role word heads the phrase ("rebels", not "rebel attack")

    @property
    def empty(self) -> bool:
        return self.country is None and self.role is None and self.named is None


def words_of(text: str) -> list[Word]:
    """Return the words of ``text``, hyphenated words split or marked as the roles need."""
    out: list[Word] = []
    for token in tokens(text):
        parts = token.split("-")
        lowers = [p.lower() for p in parts]
        if len(parts) > 1 and all(parts):
            if lowers[0] in _NOT_OWN or lowers[-1] in _NOT_OWN_TAIL:
                out.append(Word(token, token.lower(), fold(token), own_country=False))
                continue
            if lowers[-1] in _BASED:  # "Donetsk-based" says where the actor is
                place = "-".join(parts[:-1])
                out.append(Word(place, place.lower(), fold(place)))
                continue
            if any(p in _LEXICON_WORDS for p in lowers):  # "secretary-general", "ex-president"
                out.extend(Word(p, p.lower(), fold(p)) for p in parts)
                continue
        out.append(Word(token, token.lower(), fold(token)))
    return out


def split_code(code: str) -> tuple[str | None, str | None]:
    """Return (country ISO3, primary role) of a CAMEO actor code; international codes have neither."""
    if code.startswith(_INTERNATIONAL):
        return None, None
    head = code[:3]
    if len(head) == 3 and country_by_code(head) is not None:
        rest = code[3:6]
        return head, rest if rest in _ROLE_CODES else None  # "PSEGZA": Gaza, not a role
    return None, code[:3] if code[:3] in _ROLE_CODES else None


def dictionary_code(entry: ActorEntry, date: str | None, evidence: str) -> ActorCode | None:
    """Return the entry's code on ``date`` as an ActorCode citing ``evidence``, or None."""
    dated = entry.code_on(date)
    if dated is None:
        return None
    country, role = split_code(dated.code)
    return ActorCode(dated.code, evidence, "dictionary", country, role, dated.since, dated.until)


def read_phrase(text: str, dictionary: ActorDictionary, date: str | None) -> Clues:
    """Return the clues ``text`` holds about the actor it describes or names."""
    words = words_of(text)
    if not words:
        return Clues(text)
    forms = [w.form for w in words]
    covered = [False] * len(words)  # words of country names and international bodies
    spans = _country_spans(words)  # (start, end, ISO3, words) named by country_for
    named: tuple[int, ActorCode, bool] | None = None
    named_whole = False

    for match in dictionary.find_actors(forms):
        span = words[match.start:match.end]
        # "turkey" is the bird (a mistyped "iSrael" is still a name); "pro-Kremlin" names
        # someone else's patron
        if not all(w.own_country for w in span) or \
                not any(c.isupper() for w in span for c in w.text):
            continue
        first = next((w for w in span if w.lower not in _FRAME), span[0])
        if len(span) > 1 and first.text.islower() and any(w.text[:1].isupper() for w in words):
            continue  # a name starts with a capital: "an armed Islamic group" is none
        if len(span) == 1 and len(words) > 1 and (
                span[0].lower in _GENERIC or _inside_name(words, match.start)):
            continue  # "Organization", "Hassan" inside a longer name name no dictionary actor
        overlap = [c for c in spans if c[0] < match.end and match.start < c[1]]
        entry: ActorEntry = match.entry  # type: ignore[assignment]
        code = dictionary_code(entry, date, f"{entry.source}: {entry.key}")
        if code is None:
            continue
        # a region the dictionaries code within the very country the name gives is the
        # finer reading: "the Gaza Strip" → PSEGZA, not PSE
        region = len(code.code) > 3 and code.role is None and \
            all(c[:2] == (match.start, match.end) and c[2] == code.country for c in overlap)
        if not region and any(c[0] < match.start or c[1] > match.end or
                              c[1] - c[0] == len(span) for c in overlap):
            continue  # the country name is the better reading: "East Timor" → TLS, not TMP
        international = code.code.startswith(_INTERNATIONAL)
        if code.country and code.role is None and not overlap:  # a place in a country: "Kiev"
            spans.append((match.start, match.end, code.country, " ".join(w.text for w in span)))
        elif named is None:
            named = (match.start, code, international)
            named_whole = not any(w.lower not in _FRAME for w in words[:match.start]) and not any(
                w.lower not in _FRAME for w in words[match.end:])
            spans = [c for c in spans if c not in overlap]  # "Russian" in a name is part of it
            if international:
                covered[match.start:match.end] = [True] * (match.end - match.start)
    for start, end, _, _ in spans:
        covered[start:end] = [True] * (end - start)
    countries = [(start, iso3, said) for start, _, iso3, said in spans]
    _find_regions(words, covered, countries, dictionary, date)
    role = _find_role(words, covered, dictionary)
    named_at, named_code, international = named if named else (-1, None, False)
    if named_code and named_code.country and not international and not countries:
        countries.append((named_at, named_code.country, named_code.evidence))
    country = _nearest_country(countries, role[3] if role else len(words))
    former = any(w.lower in FORMER or w.lower == "ex" for w in words[: role[3]]) if role else False
    # an English noun phrase ends in its head, unless an "of" phrase follows it
    role_end = role[3] + len(role[1].split()) if role else -1
    role_head = role is not None and (role_end >= len(words) or words[role_end].lower == "of")
    return Clues(
        text=text,
        country=country[1] if country else None,
        country_words=country[2] if country else None,
        role=role[0] if role else None,
        role_words=role[1] if role else None,
        role_strong=role[2] if role else False,
        role_at=role[3] if role else -1,
        former=former,
        named=named_code,
        named_at=named_at,
        international=international,
        named_whole=named_whole,
        role_head=role_head,
    )


def _inside_name(words: list[Word], i: int) -> bool:
    """Return whether word ``i`` (not an acronym) has a capitalised non-title word beside it."""
    if words[i].text.isupper():
        return False
    for j in (i - 1, i + 1):
        # a nationality beside it is no part of a name: "Afghan Taliban"
        if (0 <= j < len(words) and words[j].text[:1].isupper()
                and words[j].lower not in _LEXICON_WORDS and words[j].form not in _HONORIFICS
                and country_for(words[j].text) is None):
            return True
    return False


def _joined(span: list[Word]) -> str:
    """Return words as written, possessive "'s" attached: "People's Republic"."""
    return "".join(w.text if w.lower == "'s" or not n else " " + w.text for n, w in enumerate(span))


def _country_spans(words: list[Word]) -> list[tuple[int, int, str, str]]:
    """Return (start, end, ISO3, words) of the country names and nationality words in ``words``."""
    found = []
    i = 0
    while i < len(words):
        hit = None
        if words[i].own_country and words[i].text[:1].isupper():
            for n in range(min(6, len(words) - i), 0, -1):
                span = words[i:i + n]
                if not all(w.own_country for w in span):
                    continue
                country = country_for(_joined(span))
                if country is not None:
                    hit = (i, i + n, country.iso3, _joined(span))
                    if n > 1 and span[0].lower == "the" and i + n < len(words) and \
                            words[i + n].text[:1].isupper() and \
                            country_for(_joined(span[1:])) == country:
                        # "The Syrian" is "Syrian": the article must not hide a name
                        # that starts after it ("The Syrian Observatory for Human Rights")
                        hit = (i + 1, i + n, country.iso3, _joined(span[1:]))
                    break
        if hit:
            found.append(hit)
            i = hit[1]
        else:
            i += 1
    return found


def _find_regions(words: list[Word], covered: list[bool], found: list[tuple[int, str, str]],
                  dictionary: ActorDictionary, date: str | None) -> None:
    """Add regional adjectives whose region the dictionaries file under a country.

    "Crimean" → "Crimea" → UKR: such adjectives are the region's name plus "-n"
    or "-an", and country_for deliberately leaves regions alone.
    """
    for i, word in enumerate(words):
        if covered[i] or not word.own_country or not word.text[:1].isupper():
            continue
        for cut in (1, 2):
            if not word.form.endswith("N") or len(word.form) - cut < 4:
                continue
            entry = dictionary.actor(word.form[:-cut])
            dated = entry.code_on(date) if entry else None
            if dated is not None and len(dated.code) == 3 and country_by_code(dated.code):
                found.append((i, dated.code, word.text))
                covered[i] = True
                break


def _find_role(words: list[Word], covered: list[bool],
               dictionary: ActorDictionary) -> tuple[str, str, bool, int] | None:
    """Return (role code, words, strong, position) of the phrase's deciding role word.

    A strong word beats a weak one; among equals the rightmost, the head of an
    English noun phrase ("government troops" → MIL), wins. The agent dictionary
    is asked only when the lexicon knows none of the words.
    """
    best: tuple[str, str, bool, int] | None = None
    armed: tuple[str, str, bool, int] | None = None
    lowers = [w.lower for w in words]
    i = 0
    while i < len(words):
        hit = None
        if not covered[i]:
            for n in range(min(LONGEST, len(words) - i), 0, -1):
                role = LEXICON.get(tuple(lowers[i:i + n]))
                if role is not None and not any(covered[i:i + n]):
                    hit = (n, role)
                    break
        if hit is None:
            i += 1
            continue
        n, role = hit
        said = " ".join(w.text for w in words[i:i + n])
        candidate = (role.code, said, role.strong, i)
        if role.code and (best is None or role.strong or not best[2]):
            best = candidate  # type: ignore[assignment]
        if role.code in _NON_STATE and role.strong and armed is None:
            armed = candidate  # type: ignore[assignment]
        i += n
    if best is not None and best[0] == "MIL" and armed is not None:
        return armed  # "rebel forces", "separatist fighters": not the state's military
    if best is not None:
        return best
    for match in dictionary.find_agents([w.form for w in words]):
        code = match.entry.code[:3]  # type: ignore[union-attr]
        if code in _ROLE_CODES and not any(covered[match.start:match.end]):
            said = " ".join(w.text for w in words[match.start:match.end])
            best = (code, said, True, match.start)
    return best


def _nearest_country(found: list[tuple[int, str, str]], role_at: int) -> tuple[int, str, str] | None:
    """Return the country nearest before the role word, else the first after it."""
    before = [c for c in found if c[0] < role_at]
    if before:
        return max(before, key=lambda c: c[0])
    return min(found, key=lambda c: c[0]) if found else None


def code_from_clues(clues: Clues, country: str | None = None,
                    generic: bool = False) -> ActorCode | None:
    """Return the actor code the clues support, or None.

    ``country`` fills in the country when the phrase names a role but no
    country (the entity's country known from elsewhere in the article);
    ``generic`` codes a strong role with no country at all as PETRARCH's
    country-less agent ("insurgents" → ---REB, "Congress" → ---LEG).
    Order: a dictionary name that is the whole phrase ("the Kremlin"), unless
    a strong role word says more ("President Bush"); an international body
    heading the phrase ("NATO Secretary General"); an organisation with a weak
    title ("Hamas leader"); country + role from the words ("Russian troops");
    a named dictionary actor; the country alone ("Ukrainians").
    """
    named = clues.named
    if named and clues.named_whole and not (clues.role and clues.role_strong):
        return named
    if named and clues.international and clues.role == "MIL" and clues.role_strong and \
            clues.named_at < clues.role_at:
        # an international body's troops are its military arm: "UN troops" → IGOUNOMIL
        return _cite(dataclasses.replace(named, code=named.code + "MIL", role="MIL"), clues)
    if named and clues.international and (clues.role is None or not clues.role_strong
                                          or clues.named_at < clues.role_at):
        return _cite(named, clues)
    own = clues.country or country
    if named and not clues.international and clues.role and not clues.role_strong:
        return _cite(named, clues)
    if clues.role and own:
        role = "ELI" if clues.former and clues.role in OFFICES else clues.role
        return ActorCode(own + role, clues.text, "text", own, role)
    if named and named.role and clues.country and clues.country != named.country and \
            not clues.international:
        # a group the dictionary codes for one country, named for another: "Pakistani
        # Taliban" → PAKREB, not the Afghan movement's AFGREB
        return ActorCode(clues.country + named.role, clues.text, "text", clues.country,
                         named.role)
    if named:
        return _cite(named, clues)
    if clues.country:
        return ActorCode(clues.country, clues.text, "text", clues.country, None)
    if generic and clues.role and clues.role_strong and clues.role_head:
        # a weak title alone ("officials") is too vague to stand for a group
        role = "ELI" if clues.former and clues.role in OFFICES else clues.role
        return ActorCode(NO_COUNTRY + role, clues.text, "text", None, role)
    return None


def _cite(named: ActorCode, clues: Clues) -> ActorCode:
    """Return a named actor's code; a phrase saying more than the name is cited as text."""
    if clues.named_whole:
        return named
    return ActorCode(named.code, f"{clues.text} ({named.evidence})", "text", named.country,
                     named.role, named.since, named.until)
