"""Finding and normalising the temporal expressions of one Doc.

Every rule proposes matches over ``doc.text``; where proposals overlap the
longest wins (then the earlier rule in the table), so "9 p.m. on Sunday" beats
"Sunday" and "three years ago" beats "three years". The winners are then
read in text order, each seeing the values given before it ("the quarter").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .absolute import ABSOLUTE_RULES
from .base import Context, Reading, Rule
from .calendar import parse_anchor
from .direction import Direction, direction_of
from .records import Timex
from .relative import RELATIVE_RULES

RULES: tuple[Rule, ...] = ABSOLUTE_RULES + RELATIVE_RULES
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


@dataclass(frozen=True)
class Candidate:
    """A rule's match, before overlaps are settled."""

    start: int
    end: int
    order: int  # position of the rule in the table; earlier wins ties
    rule: Rule
    match: re.Match[str]


def find_timexes(doc: Doc, published: str | None, rules: Sequence[Rule] = RULES) -> list[Timex]:
    """Return the temporal expressions of ``doc`` normalised against ``published``."""
    anchor = parse_anchor(published)
    directions: dict[tuple[int, int], Direction] = {}

    def context(start: int, end: int, history: list[str]) -> Context:
        def compute() -> Direction:
            if (start, end) not in directions:
                directions[(start, end)] = direction_of(_span(doc, start, end))
            return directions[(start, end)]
        return Context(anchor, compute, history)

    candidates = []
    for order, rule in enumerate(rules):
        for match in rule.pattern.finditer(doc.text):
            start, end = match.span(rule.group)
            if start == end or "\n\n" in doc.text[start:end]:
                continue  # an expression never runs across a paragraph break
            if rule.build(match, context(start, end, [])) is None:
                continue
            candidates.append(Candidate(start, end, order, rule, match))
    chosen = _longest_first(candidates)
    history: list[str] = []
    found: list[Timex] = []
    for cand in chosen:
        reading = cand.rule.build(cand.match, context(cand.start, cand.end, list(history)))
        if reading is None:
            continue
        if cand.rule.name == "anchored-ordinal":
            reading = _anchor_on_sentence_date(doc, cand, reading, found)
        # Values read off an earlier one ("a year earlier") must not become the new reference.
        if reading.type in ("DATE", "TIME") and not reading.value.endswith("_REF") \
                and not reading.cue.startswith("reference"):
            history.append(reading.value.split("T")[0])
        found.append(_timex(doc, cand, reading, anchor))
    return found


def _longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Return non-overlapping candidates, longest first then rule order, in text order."""
    taken: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.order, c.start)):
        if all(cand.end <= t.start or t.end <= cand.start for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _anchor_on_sentence_date(doc: Doc, cand: Candidate, reading: Reading,
                             found: list[Timex]) -> Reading:
    """Return the reading of "the 40th day since …" dated by a day named in its sentence."""
    span = _span(doc, cand.start, cand.end)
    if span is None or not doc.has_annotation("SENT_START"):
        return reading
    sentence = span.sent
    for timex in reversed(found):
        if timex.start >= sentence.start_char and DAY_VALUE.fullmatch(timex.value):
            return Reading("DATE", timex.value, cue="event-anchor:sentence-date")
    return reading


def _timex(doc: Doc, cand: Candidate, reading: Reading, anchor) -> Timex:
    rule = f"{cand.rule.name}:{reading.cue}" if reading.cue else cand.rule.name
    used = anchor.isoformat() if anchor is not None and reading.anchored else None
    return Timex(cand.start, cand.end, doc.text[cand.start:cand.end], reading.type,
                 reading.value, reading.mod, used, rule)
