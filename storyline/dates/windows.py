"""Running a rule's pattern only near the words every one of its matches contains.

A pattern such as "three years ago" is costly to try at every word of an
article, yet each of its matches holds a unit word ("year", "day" …). For such
rules the text is first scanned for those anchor words (one cheap pass); the
pattern is then searched only in windows around them. A window reaches as far
as a match can extend from an anchor (the pattern's greatest width, with its
unbounded runs such as ``\\s+`` capped by the longest such run in this text),
so the matches found are exactly those ``finditer`` finds over the whole text.
"""
from __future__ import annotations

import re
import re._constants as sre  # the parsed form of a pattern, to bound its width
import re._parser as sre_parse
from collections.abc import Iterator
from dataclasses import dataclass

from .base import Rule

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
UNITS = ("millennium", "fortnight", "quarter", "century", "minute", "decade", "second", "month",
         "night", "year", "hour", "week", "day")
SPANS = ("week", "month", "year", "decade", "century")
# Literals one of which every match of the rule contains, matched with the rule's own
# case flags (each is the start of, or the whole of, an obligatory alternative).
ANCHORS: dict[str, tuple[str, ...]] = {
    "month-day": MONTHS, "day-month": MONTHS, "month-year": MONTHS, "month": MONTHS,
    "weekday": ("day", "thurs"), "ago": UNITS, "duration": UNITS,
    "time": tuple("0123456789") + ("noon", "midnight", "midday"),
    "year": ("16", "17", "18", "19", "20"), "quarter": ("quarter", "half", "period"),
    "holiday": ("christmas", "new", "halloween", "valentine", "boxing", "thanksgiving"),
    "day-word": ("today", "tonight", "yesterday", "tomorrow"),
    "part-of-day": ("morning", "afternoon", "evening", "night"),
    "deictic": SPANS, "end-of-year": SPANS,
    "bare-units": ("minute", "hour", "day", "week", "month", "year", "decade", "centur"),
    # every "set" names how often: "once a", "twice a", "three times a", "every", "each", "per"
    "period-word": ("year", "week"), "set": ("once", "twice", "times", "every", "each", "per"),
    "ref": ("soon", "near", "long", "moment", "present", "future", "these", "current", "past",
            "recent", "now", "lately"),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "decade-word": ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                    "eighties", "nineties"),
    "that-year": ("year",), "vague-span": ("minute", "hour", "day", "week", "month", "year",
                                            "decade"),
    "story-unit": ("following", "previous", "preceding", "prior", "succeeding", "subsequent",
                   "next"),
    "story-that": ("day", "week", "month", "year"), "story-day": ("before", "after"),
    "story-part": ("morning", "afternoon", "evening", "night"),
}
# Rules whose anchor word always begins a word of the match (the pattern puts a space, a
# hyphen or the rule's own word boundary before it): an anchor inside a word ("day" in
# "Monday", "mar" in "summary") can be skipped. Not so for "weekday" (its names are found
# through "day") nor for digits.
WORD_START = frozenset({"month-day", "day-month", "month-year", "month", "ago", "duration",
                        "deictic", "end-of-year", "bare-units", "season", "decade-word",
                        "that-year", "vague-span", "story-unit", "story-that", "story-day",
                        "story-part", "set"})


# The non-ASCII letters IGNORECASE matches to ASCII letters (documented in ``re``): where
# one occurs, ``str.lower`` would not find every place the pattern matches an anchor.
FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


class Unbounded(Exception):
    """Raised when a pattern's width cannot be bounded (the rule is then run plainly)."""


@dataclass(frozen=True)
class Windowed:
    """A rule's pattern with its anchor words and the bounds of its matches' extent."""

    pattern: re.Pattern[str]
    anchors: re.Pattern[str]
    words: tuple[str, ...]  # the anchors, lower case
    word_start: bool  # every match holds an anchor at the start of a word
    width: Bound  # on the characters a match consumes
    reach: Bound  # on how far past its start the engine reads


def windowed(rule: Rule) -> Windowed | None:
    """Return the windowed form of ``rule``, or None when it has no anchors or can't be bounded."""
    words = ANCHORS.get(rule.name)
    if not words:
        return None
    parsed = sre_parse.parse(rule.pattern.pattern, rule.pattern.flags)
    if parsed.getwidth()[0] == 0:
        return None  # an empty match would change how finditer moves on
    try:
        width, reach = _bounds(parsed.data)
    except Unbounded:
        return None
    anchors = re.compile("(?=" + "|".join(re.escape(w) for w in words) + ")", rule.pattern.flags)
    return Windowed(rule.pattern, anchors, tuple(w.lower() for w in words),
                    rule.name in WORD_START, width, reach)


def finditer(win: Windowed, text: str, lowered: str,
             runs: dict[tuple[str, int], int]) -> Iterator[re.Match[str]]:
    """Return the matches ``win.pattern.finditer(text)`` would give, searched near anchors only.

    ``lowered`` is ``text.lower()``; ``runs`` caches, for this text, the longest run of
    each character class (shared by the rules).
    """
    points = _anchor_points(win, text, lowered)
    if not points:
        return
    width = _value(win.width, text, win.pattern.flags, runs)
    reach = _value(win.reach, text, win.pattern.flags, runs)
    # A match holding an anchor at a starts in [a - width, a] and the engine reads no
    # further than start + reach (+1 for "$" seeing a newline before the end).
    pos = 0
    i = 0
    while i < len(points):
        first = points[i]
        last = first
        while i + 1 < len(points) and points[i + 1] - width <= last + 1:
            i += 1
            last = points[i]
        i += 1
        pos = max(pos, first - width)
        end = min(len(text), last + reach + 2)
        while pos <= last:
            match = win.pattern.search(text, pos, end)
            if match is None or match.start() > last:
                break  # any later match holds a later anchor: the next window finds it
            yield match
            pos = match.end()


def _anchor_points(win: Windowed, text: str, lowered: str) -> list[int]:
    """Return the sorted starts of the anchor words in ``text`` (a superset is harmless)."""
    if len(lowered) != len(text) or any(c in text for c in FOLDS_TO_ASCII):
        # Offsets or case folding differ from the pattern's: ask the regex engine.
        points = [m.start() for m in win.anchors.finditer(text)]
    else:
        points = []
        for word in win.words:
            at = lowered.find(word)
            while at >= 0:
                points.append(at)
                at = lowered.find(word, at + 1)
        points.sort()
    if win.word_start:
        # "\w" before the anchor: inside a word (``str.isalnum`` is "\w" without "_")
        points = [at for at in points if not at or not (
            text[at - 1].isalnum() or text[at - 1] == "_")]
    return points


# An upper bound on a length: a constant plus, per character class (as regex text), how
# many times the longest run of that class in the text may count.
Bound = tuple[int, dict[str, int]]


def _plus(x: Bound, y: Bound) -> Bound:
    coefs = dict(x[1])
    for cls, k in y[1].items():
        coefs[cls] = coefs.get(cls, 0) + k
    return x[0] + y[0], coefs


def _most(x: Bound, y: Bound) -> Bound:
    """Return a bound at least as large as both (each term's maximum)."""
    coefs = dict(x[1])
    for cls, k in y[1].items():
        coefs[cls] = max(coefs.get(cls, 0), k)
    return max(x[0], y[0]), coefs


def _times(n: int, x: Bound) -> Bound:
    return n * x[0], {cls: n * k for cls, k in x[1].items()}


ZERO: Bound = (0, {})


def _bounds(items) -> tuple[Bound, Bound]:
    """Return bounds on (characters consumed, furthest character read) by a parsed sequence."""
    width = reach = ZERO
    for op, av in items:
        w, r = _op_bounds(op, av)
        reach = _most(reach, _plus(width, r))
        width = _plus(width, w)
    return width, _most(reach, width)


def _op_bounds(op, av) -> tuple[Bound, Bound]:
    """Return bounds on (characters consumed, furthest character read) by one parsed item."""
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
        return (1, {}), (1, {})
    if op is sre.BRANCH:
        width = reach = ZERO
        for alt in av[1]:
            w, r = _bounds(alt.data)
            width, reach = _most(width, w), _most(reach, r)
        return width, reach
    if op is sre.SUBPATTERN:
        if av[1] or av[2]:
            raise Unbounded(op)  # inline flags would change what a class's runs are
        return _bounds(av[3].data)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        if high is sre.MAXREPEAT:
            run: Bound = (0, {_run_class(sub): 1})  # one character per repeat
            return run, run
        if high == 0:
            return ZERO, ZERO
        w, r = _bounds(sub.data)
        return _times(high, w), _plus(_times(high - 1, w), r)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        direction, sub = av
        # Lookbehinds read before the start, which searching from a later pos still sees.
        return (ZERO, _bounds(sub.data)[1]) if direction > 0 else (ZERO, ZERO)
    if op is sre.AT:
        return ZERO, (1, {})
    raise Unbounded(op)


def _run_class(sub) -> str:
    """Return the regex text of the one character class ``sub`` repeats."""
    if len(sub.data) != 1 or sub.data[0][0] not in (sre.IN, sre.LITERAL):
        raise Unbounded(sub)
    op, av = sub.data[0]
    if op is sre.LITERAL:
        return re.escape(chr(av))
    return "[" + "".join(_class_item(o, a) for o, a in av) + "]"


def _value(bound: Bound, text: str, flags: int, runs: dict[tuple[str, int], int]) -> int:
    """Return ``bound`` for ``text``: each class counted at its longest run there."""
    total = bound[0]
    for cls, k in bound[1].items():
        if (cls, flags) not in runs:
            found = re.compile("(?:" + cls + ")+", flags).findall(text)
            runs[(cls, flags)] = max(map(len, found), default=0)
        total += k * runs[(cls, flags)]
    return total


CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w",
              sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_NOT_SPACE: r"\S",
              sre.CATEGORY_NOT_WORD: r"\W"}


def _class_item(op, av) -> str:
    """Return the regex text of one member of a parsed character class."""
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.RANGE:
        return re.escape(chr(av[0])) + "-" + re.escape(chr(av[1]))
    if op is sre.CATEGORY and av in CATEGORIES:
        return CATEGORIES[av]
    raise Unbounded(op)
