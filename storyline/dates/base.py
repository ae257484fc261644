"""What every date rule shares: the rule record, the reading it yields, its context."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .direction import Direction
from .lexicon import MODIFIERS


@dataclass(frozen=True)
class Reading:
    """A rule's interpretation of a match: TIMEX3 type, value and modifier."""

    type: str
    value: str
    mod: str | None = None
    cue: str = ""  # what decided the value, e.g. the direction cue
    anchored: bool = True  # whether the value depended on the publication date


@dataclass
class Context:
    """What a rule may consult: the anchor date, the grammar's direction, earlier values.

    ``direction`` is computed lazily (only rules for relative dates ask for it).
    ``history`` holds the values already given to earlier expressions of the
    article, newest last, for "the quarter", "a year earlier".
    """

    anchor: dt.date | None
    direction_of: Callable[[], Direction]
    history: list[str] = field(default_factory=list)
    _direction: Direction | None = None
    # True while matches are only being sorted out, before the history is known: rules
    # that need an earlier date must then not rule themselves out for the lack of one.
    probing: bool = False

    def direction(self) -> Direction:
        """Return the grammar's direction for the current expression (computed once)."""
        if self._direction is None:
            self._direction = self.direction_of()
        return self._direction

    def latest(self, pattern: re.Pattern[str]) -> str | None:
        """Return the newest earlier value matching ``pattern``, if any."""
        for value in reversed(self.history):
            if pattern.fullmatch(value):
                return value
        return None


Builder = Callable[[re.Match[str], Context], Reading | None]


@dataclass(frozen=True)
class Rule:
    """A named pattern over the text and the function reading its matches.

    ``group`` names the regex group that is the expression itself when the
    pattern also needs surrounding words ("for years": only "years" is a timex).
    ``needs`` lists lower-case literals one of which every match contains; a
    text holding none of them cannot match, so the pattern is not run on it.
    """

    name: str
    pattern: re.Pattern[str]
    build: Builder
    group: str | int = 0
    needs: tuple[str, ...] = ()

    def may_match(self, lowered: str) -> bool:
        """Return whether the lower-cased text holds one of the literals a match needs."""
        return not self.needs or any(word in lowered for word in self.needs)


MOD_PREFIX = (r"(?:(?P<mod>early|mid|late|the\s+(?:beginning|start|middle|end|close)\s+of"
              r"|(?:the\s+)?(?:beginning|start|middle|end)\s+of)[\s-]+)?")


def mod_of(match: re.Match[str]) -> str | None:
    """Return the TIMEX3 mod named by the match's ``mod`` group ("mid-March" → MID)."""
    words = (match.groupdict().get("mod") or "").lower().split()
    for word in words:
        if word in MODIFIERS:
            return MODIFIERS[word]
    return None


def compile_rule(name: str, pattern: str, build: Builder, group: str | int = 0,
                 case: bool = False) -> Rule:
    """Return a Rule with ``pattern`` compiled (case-insensitive unless ``case``)."""
    flags = 0 if case else re.IGNORECASE
    bounded = r"(?<![\w'’])(?:" + pattern + r")(?![\w])"
    return Rule(name, re.compile(bounded, flags), build, group)


def capitalised(word: str | None) -> bool:
    """Return whether a calendar word is written as a name (rules out "may", "march" verbs)."""
    return bool(word) and word[0].isupper()
