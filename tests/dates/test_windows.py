"""Searching near anchor words must find exactly what a whole-text search finds."""
from __future__ import annotations

import random
import re

import pytest

from storyline.dates.base import Rule, compile_rule
from storyline.dates.recognise import RULES, WINDOWED
from storyline.dates.windows import finditer, windowed

PIECES = ("three", "3", "12", "2011", "1998", "years", "year", "days", "ago", "earlier", "after",
          "the", "past", "last", "next", "few", "weeks", "month", "March", "May", "mid", "-",
          "Jan.", "Sept.", "14th", "of", "on", "Monday", "Thursday", "morning", "night", "at",
          "9:30", "p.m.", "a.m.", "noon", "GMT", "quarter", "half", "first", "fiscal", "today",
          "yesterday", "Christmas", "New", "Year's", "Eve", "now", "currently", "recent",
          "the end of", "for", "hours", "decade", "century", "1/2", "½", "and a half", ",", ".",
          "market", "mayor", "today's", "K", "ſecond", "İ", "’", "'", "(", ")",
          "spring", "fall", "winter", "following", "previous", "same", "that", "day", "before",
          "nineties", "the sixties", "evening", "recent", "coming",
          # anchor words inside other words: skipped where a match must start a word there
          "summary", "holiday", "fallout", "decision", "yearly", "Mayday", "_day", "3day",
          "every", "each", "per", "twice a", "once a", "times a", "percent", "everyone")
FILLER = ("people", "said", "officials", "in", "a", "statement", "police")
SPACES = (" ", " ", " ", "  ", "\n", "\n\n", "\t ", "-", "")


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    # Mostly filler, so that the anchors lie far apart and windows do not cover everything.
    return ["".join((rng.choice(PIECES) if rng.random() < 0.3 else rng.choice(FILLER))
                    + rng.choice(SPACES) for _ in range(rng.randint(5, 200)))
            for _ in range(count)]


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("seed", range(4))
def test_windowed_search_equals_whole_text_search(seed: int) -> None:
    texts = _texts(seed, 150)
    rules = [rule for rule in RULES if WINDOWED.get(rule.pattern) is not None]
    assert len(rules) >= 10
    found = 0
    for text in texts:
        runs: dict = {}
        for rule in rules:
            plain = _spans(rule.pattern.finditer(text))
            fast = _spans(finditer(WINDOWED[rule.pattern], text, text.lower(), runs))
            assert fast == plain, (rule.name, text)
            found += len(plain)
    assert found > 100  # the texts do exercise the rules


def test_rule_without_anchors_or_with_unbounded_parts_is_not_windowed() -> None:
    plain = compile_rule("no-such-rule", r"years", lambda m, c: None)
    assert windowed(plain) is None
    backref = Rule("ago", re.compile(r"(\w+) \1 ago"), lambda m, c: None)
    assert windowed(backref) is None


def test_folding_letters_fall_back_to_the_engine() -> None:
    rule = next(r for r in RULES if r.name == "duration")
    text = "It lasted three ſeconds."  # U+017F matches "s" case-insensitively
    got = _spans(finditer(WINDOWED[rule.pattern], text, text.lower(), {}))
    assert got == _spans(rule.pattern.finditer(text))
    assert any(text[s:e] == "three ſeconds" for (s, e), _ in got)
