"""Reading CAMEO actor and agent dictionaries (TABARI / PETRARCH / Phoenix format).

An *actor* dictionary names specific actors and gives their codes, possibly
restricted to dates::

    JOHN_KERRY_ # just KERRY is somewhat vague...
    +SECRETARY_OF_STATE_JOHN_KERRY_
    +SENATOR_JOHN_KERRY_
        [USAGOVLEG 850103-130201]
        [USAGOV >130201]

An *agent* dictionary names generic roles whose code is attached to a
country: ``TROOPS {} [~MIL]`` (``{}``: no plural; ``{ATTORNEYS_GENERAL}``: an
irregular plural; ``~MIL`` a role after the country, ``NGO~`` a prefix) and may
define word-list macros (``!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON``).

Both are kept in an :class:`ActorDictionary`, indexed by a phrase's first
word so that finding every dictionary phrase in a sentence costs one dict
lookup per word.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import EvaluationDataError

NULL_CODES = frozenset({"---", "+++", "###"})  # "known, but do not code it"


@dataclass(frozen=True)
class DatedCode:
    """One code of a dictionary entry, valid from ``since`` until ``until`` (ISO dates)."""

    code: str
    since: str | None = None
    until: str | None = None

    @property
    def dated(self) -> bool:
        return self.since is not None or self.until is not None

    def applies(self, date: str | None) -> bool:
        """Return whether the code holds on ``date`` (undated codes hold always)."""
        if date is None or not self.dated:
            return True
        day = date[:10]
        if self.since is not None and day < self.since:
            return False
        return self.until is None or day <= self.until


@dataclass(frozen=True)
class ActorEntry:
    """A named actor: its dictionary key, every phrase naming it and its dated codes."""

    key: str  # the entry's head phrase, words joined by "_": "JOHN_KERRY"
    phrases: tuple[tuple[str, ...], ...]
    codes: tuple[DatedCode, ...]
    source: str  # file the entry came from

    def code_on(self, date: str | None) -> DatedCode | None:
        """Return the code in force on ``date``, or None when the entry has none.

        A dated code holding on the date wins (the first listed, as PETRARCH
        does); otherwise the first undated code is the default. Without a date
        the open-ended latest code (``>YYMMDD``) or else the default is used,
        since news is read about the present.
        """
        chosen: DatedCode | None = None
        if date is not None:
            chosen = next((c for c in self.codes if c.dated and c.applies(date)), None)
        else:
            chosen = next((c for c in self.codes if c.since and not c.until), None)
        if chosen is None:
            chosen = next((c for c in self.codes if not c.dated), None)
        if chosen is None and date is None and self.codes:
            chosen = max(self.codes, key=lambda c: c.until or "")
        if chosen is None or chosen.code in NULL_CODES:
            return None
        return chosen


@dataclass(frozen=True)
class AgentEntry:
    """A generic role phrase ("foreign minister", "troops") and its role code."""

    key: str
    phrases: tuple[tuple[str, ...], ...]  # singular and plural forms
    code: str  # "GOV", "GOVMED", "NGO" …
    prefix: bool  # True for "NGO~" (code before the country), False for "~MIL"
    source: str


@dataclass(frozen=True)
class Match:
    """A dictionary phrase found at word ``start`` (inclusive) to ``end`` (exclusive)."""

    start: int
    end: int
    entry: ActorEntry | AgentEntry
    phrase: tuple[str, ...]


@dataclass
class _Index:
    """First word → phrase length → phrase → entry, lengths longest first."""

    by_first: dict[str, dict[int, dict[tuple[str, ...], object]]] = field(default_factory=dict)

    def add(self, phrase: tuple[str, ...], entry: object) -> None:
        if phrase:  # a phrase added twice keeps its first entry
            lengths = self.by_first.setdefault(phrase[0], {})
            lengths.setdefault(len(phrase), {}).setdefault(phrase, entry)

    def freeze(self) -> None:
        for first, lengths in self.by_first.items():
            self.by_first[first] = dict(sorted(lengths.items(), reverse=True))

    def longest_at(self, words: Sequence[str], start: int) -> tuple[tuple[str, ...], object] | None:
        # one look-up per length a phrase with this first word has, not one per phrase
        for length, phrases in self.by_first.get(words[start], {}).items():
            if start + length <= len(words):
                phrase = tuple(words[start:start + length])
                entry = phrases.get(phrase)
                if entry is not None:
                    return phrase, entry
        return None

    def __len__(self) -> int:
        return sum(len(p) for lengths in self.by_first.values() for p in lengths.values())


class ActorDictionary:
    """Actor and agent entries, looked up by normalised word sequences."""

    def __init__(self, actors: Iterable[ActorEntry] = (), agents: Iterable[AgentEntry] = ()):
        self.actors: list[ActorEntry] = []
        self.agents: list[AgentEntry] = []
        self._actors = _Index()
        self._agents = _Index()
        self._loose: dict[tuple[str, ...], ActorEntry] | None = None  # built on first use
        self.extend(actors, agents)

    def extend(self, actors: Iterable[ActorEntry] = (), agents: Iterable[AgentEntry] = ()) -> None:
        """Add entries; a phrase already known keeps its first entry."""
        for entry in actors:
            self.actors.append(entry)
            for phrase in entry.phrases:
                self._actors.add(phrase, entry)
                # "THE_EU_" must also find "EU": names lose their article in headlines and lists.
                if len(phrase) > 1 and phrase[0] == "THE":
                    self._actors.add(phrase[1:], entry)
        for agent in agents:
            self.agents.append(agent)
            for phrase in agent.phrases:
                self._agents.add(phrase, agent)
        # lengths longest first; a phrase known already keeps its first entry (file order)
        self._actors.freeze()
        self._agents.freeze()
        self._loose = None

    def __len__(self) -> int:
        return len(self.actors) + len(self.agents)

    def actor(self, text: str) -> ActorEntry | None:
        """Return the actor entry whose phrase is exactly ``text``, if any."""
        words = normalise_words(text)
        hit = self._actors.longest_at(words, 0) if words else None
        if hit is None or len(hit[0]) != len(words):
            return None
        return hit[1]  # type: ignore[return-value]

    def actor_loosely(self, text: str) -> ActorEntry | None:
        """Return the actor whose name of two or more words matches ``text`` up to spelling.

        Transliterations differ in a few letters (Yanukovich/Yanukovych,
        Sergei/Sergey), so both sides are compared as :func:`skeleton` keys.
        """
        words = normalise_words(text)
        if len(words) < 2:
            return None
        if self._loose is None:
            self._loose = {}
            for entry in self.actors:
                for phrase in entry.phrases:
                    if len(phrase) > 1:
                        self._loose.setdefault(tuple(map(skeleton, phrase)), entry)
        return self._loose.get(tuple(map(skeleton, words)))

    def agent(self, text: str) -> AgentEntry | None:
        """Return the agent entry whose phrase is exactly ``text``, if any."""
        words = normalise_words(text)
        hit = self._agents.longest_at(words, 0) if words else None
        if hit is None or len(hit[0]) != len(words):
            return None
        return hit[1]  # type: ignore[return-value]

    def find_actors(self, words: Sequence[str]) -> list[Match]:
        """Return the longest non-overlapping actor phrases in ``words``, left to right."""
        return _scan(self._actors, words)

    def find_agents(self, words: Sequence[str]) -> list[Match]:
        """Return the longest non-overlapping agent phrases in ``words``, left to right."""
        return _scan(self._agents, words)


def _scan(index: _Index, words: Sequence[str]) -> list[Match]:
    found = []
    i = 0
    while i < len(words):
        hit = index.longest_at(words, i)
        if hit is None:
            i += 1
            continue
        phrase, entry = hit
        found.append(Match(i, i + len(phrase), entry, phrase))  # type: ignore[arg-type]
        i += len(phrase)
    return found


# --- words -----------------------------------------------------------------

_TOKEN = re.compile(r"[A-Za-z0-9](?:[\w.&/'-]*[\w.&])?|'[sS]\b")


def tokens(text: str) -> list[str]:
    """Return the words of ``text`` in their case, accents and possessives split off.

    ``_`` counts as a space (dictionary phrases); "Russia's" gives "Russia", "'s".
    """
    return list(_tokens(text))


@lru_cache(maxsize=65536)  # actor phrases recur; callers get their own list
def _tokens(text: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKD", text.replace("_", " "))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    words: list[str] = []
    for token in _TOKEN.findall(text):
        if len(token) > 2 and token[-2:].lower() == "'s":
            words.extend((token[:-2], token[-2:]))
        else:
            words.append(token)
    return tuple(words)


def fold(token: str) -> str:
    """Return a token's dictionary form: upper case, a lone trailing stop dropped ("MR." → "MR")."""
    token = token.upper()
    if token.endswith(".") and "." not in token[:-1]:
        token = token[:-1]
    return token


def normalise_words(text: str) -> list[str]:
    """Return ``text`` as dictionary words (see :func:`tokens` and :func:`fold`)."""
    return [w for w in map(fold, tokens(text)) if w]


_SPELLINGS = (("KH", "H"), ("PH", "F"), ("Y", "I"), ("W", "V"), ("J", "I"), ("TCH", "CH"))


def skeleton(word: str) -> str:
    """Return a spelling-tolerant key of a dictionary word: "YANUKOVYCH" and "YANUKOVICH" agree."""
    for old, new in _SPELLINGS:
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", word)


def plural(words: tuple[str, ...]) -> tuple[str, ...]:
    """Return the regular English plural of a phrase (its last word inflected)."""
    last = words[-1]
    if re.search(r"[^AEIOU]Y$", last):
        last = last[:-1] + "IES"
    elif re.search(r"(S|X|Z|CH|SH)$", last):
        last += "ES"
    elif last.endswith("MAN"):
        last = last[:-3] + "MEN"
    else:
        last += "S"
    return words[:-1] + (last,)


# --- dates -----------------------------------------------------------------

def dictionary_date(text: str) -> str:
    """Return the ISO date of a dictionary date ``YYMMDD`` or ``YYYYMMDD``.

    Two-digit years below 30 are read as 20xx: the Phoenix files date from
    2014 and name office holders back to the 1940s.
    """
    digits = re.sub(r"\D", "", text)
    if len(digits) == 6:
        year = int(digits[:2])
        year += 2000 if year < 30 else 1900
        month, day = digits[2:4], digits[4:6]
    elif len(digits) == 8:
        year, month, day = int(digits[:4]), digits[4:6], digits[6:8]
    elif len(digits) == 7:  # a typo seen in Phoenix ("2004017"): keep year and month
        year, month, day = int(digits[:4]), digits[4:6], "01"
    else:
        raise ValueError(f"not a dictionary date: {text!r}")
    month = month if "01" <= month <= "12" else "01"
    day = day if "01" <= day <= "31" else "01"
    return f"{year:04d}-{month}-{day}"


_RANGE = re.compile(r"^(?P<a>\d{6,8})\s*-\s*(?P<b>\d{6,8})$")


def parse_code(body: str) -> DatedCode | None:
    """Return the code inside one ``[...]`` of an actor entry, or None if it is empty.

    Accepted: ``USAGOV``, ``USAGOV >130201``, ``HOB < 950601``,
    ``HOBGOV 19950601 - 19990815``.
    """
    body = body.strip()
    if not body:
        return None
    code, _, when = body.partition(" ")
    code, when = code.upper(), when.strip()
    if not when:
        return DatedCode(code)
    try:
        if when.startswith(">"):
            return DatedCode(code, since=dictionary_date(when[1:]))
        if when.startswith("<"):
            return DatedCode(code, until=dictionary_date(when[1:]))
        found = _RANGE.match(when)
        if found:
            return DatedCode(code, dictionary_date(found["a"]), dictionary_date(found["b"]))
    except ValueError:
        pass
    return DatedCode(code)  # an unreadable restriction: keep the code, undated


# --- files -----------------------------------------------------------------

_BRACKET = re.compile(r"\[([^\]\}\[]*)[\]\}]")
_PLURAL = re.compile(r"\{([^}]*)\}")
_MACRO_DEF = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


def _lines(text: str) -> Iterable[str]:
    """Yield the lines of a dictionary without ``#`` and ``<!-- -->`` comments."""
    in_block = False
    for raw in text.splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if in_block:
            in_block = "-->" not in stripped
            continue
        if stripped.startswith("<!"):
            in_block = "-->" not in stripped
            continue
        if stripped.startswith("#"):
            continue
        yield line.split("#", 1)[0].rstrip()


def parse_actors(text: str, source: str = "") -> list[ActorEntry]:
    """Return the entries of an actor dictionary given as text."""
    entries: list[ActorEntry] = []
    key: str | None = None
    phrases: list[tuple[str, ...]] = []
    codes: list[DatedCode] = []

    def close() -> None:
        if key is not None:
            unique = tuple(dict.fromkeys(p for p in phrases if p))
            if unique and codes:  # a codeless entry would hide a later coded one
                entries.append(ActorEntry(key, unique, tuple(codes), source))

    for line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        name_part = stripped.split("[", 1)[0]
        found = [c for c in (parse_code(b) for b in _BRACKET.findall(stripped)) if c]
        if stripped.startswith("["):
            codes.extend(found)
            continue
        if stripped.startswith("+"):
            phrases.append(tuple(normalise_words(name_part[1:])))
            codes.extend(found)
            continue
        close()
        words = tuple(normalise_words(name_part))
        key, phrases, codes = "_".join(words), [words], list(found)
    close()
    return entries


def parse_agents(text: str, source: str = "") -> list[AgentEntry]:
    """Return the entries of an agent dictionary given as text, macros expanded."""
    macros: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        macro = _MACRO_DEF.match(stripped)
        if macro:
            macros[macro[1]] = [w.strip() for w in macro[2].split(",") if w.strip()]
            continue
        brackets = _BRACKET.findall(stripped)
        if not brackets:
            continue  # a phrase without a code codes nothing
        body = brackets[0].replace(" ", "").upper()
        prefix = body.endswith("~") and not body.startswith("~")
        code = body.strip("~")
        if not code or code in NULL_CODES:
            continue
        name_part = stripped.split("[", 1)[0]
        plural_spec = _PLURAL.search(name_part)
        name_part = _PLURAL.sub(" ", name_part)
        forms: list[tuple[str, ...]] = []
        for name in _expand(name_part.strip(), macros):
            words = tuple(normalise_words(name))
            if not words:
                continue
            forms.append(words)
            if plural_spec is None and "!" not in name_part:
                forms.append(plural(words))
        if plural_spec is not None and plural_spec[1].strip():
            forms.append(tuple(normalise_words(plural_spec[1])))
        key = "_".join(normalise_words(name_part))
        if forms:
            entries.append(AgentEntry(key, tuple(dict.fromkeys(forms)), code, prefix, source))
    return entries


def _expand(name: str, macros: dict[str, list[str]]) -> list[str]:
    """Return ``name`` with its first ``!MACRO!`` replaced by each of its words, recursively."""
    found = re.search(r"![A-Z]+!", name)
    if not found or found[0] not in macros:
        return [name.replace("!", "")] if found else [name]
    head, tail = name[:found.start()], name[found.end():]
    return [x for word in macros[found[0]] for x in _expand(head + word + tail, macros)]


def load_dictionaries(paths: Iterable[str | Path]) -> ActorDictionary:
    """Return one :class:`ActorDictionary` made of TABARI-format dictionary files.

    A file is read as an agent dictionary when its name contains "agents",
    else as an actor dictionary; earlier files win where phrases collide.
    """
    dictionary = ActorDictionary()
    for path in map(Path, paths):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise EvaluationDataError(f"cannot read actor dictionary {path}: {exc}") from exc
        if "agents" in path.name.lower():
            dictionary.extend(agents=parse_agents(text, path.name))
        else:
            dictionary.extend(actors=parse_actors(text, path.name))
    return dictionary
