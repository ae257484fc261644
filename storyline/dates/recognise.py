"""Finding and normalising the temporal expressions of one Doc.

Every rule proposes matches over ``doc.text``; where proposals overlap the
longest wins (then the earlier rule in the table), so "9 p.m. on Sunday" beats
"Sunday" and "three years ago" beats "three years". The winners are then
read in text order, each seeing the values given before it ("the quarter").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from .absolute import ABSOLUTE_RULES
from .anaphora import ANAPHORIC_RULES
from .base import Context, Reading, Rule
from .calendar import parse_anchor
from .direction import Direction, direction_of
from .records import Timex
from .relative import RELATIVE_RULES
from .windows import Windowed, finditer, windowed

# Literals one of which every match of the rule contains (lower case): an article
# holding none of them is not searched with the rule's pattern at all.
GATES: dict[str, tuple[str, ...]] = {
    "iso-date": ("-",), "slash-date": ("/",), "century": ("century",), "decade": ("0s",),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "quarter": ("quarter", "half", "period"), "spoken-year": ("nineteen", "eighteen"),
    "decade-word": ("ties",), "year-earlier": ("year-",), "that-year": ("that",),
    "holiday": ("christmas", "year", "halloween", "valentine", "boxing", "thanksgiving"),
    "part-of-day": ("morning", "afternoon", "evening", "night"),
    "end-of-year": ("beginning", "start", "middle", "end", "close"),
    "weekend": ("weekend",), "vague-span": ("recent", "coming", "few"),
    "set-adverb": ("hourly", "daily", "nightly", "weekly", "monthly", "yearly"),
    "anchored-ordinal": ("since", "after", "of"),
    "story-unit": ("following", "previous", "preceding", "prior", "succeeding", "subsequent",
                   "next"),
    "story-day": ("before", "after"),
    "story-that": ("that",),
    "story-part": ("next", "following", "previous", "preceding"),
}
RULES: tuple[Rule, ...] = tuple(replace(rule, needs=GATES.get(rule.name, ()))
                                for rule in ABSOLUTE_RULES + RELATIVE_RULES + ANAPHORIC_RULES)
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# The table's rules searched only around their anchor words (other rules passed in are
# run over the whole text: their anchors are unknown).
WINDOWED: dict[re.Pattern[str], Windowed | None] = {rule.pattern: windowed(rule) for rule in RULES}


@dataclass(frozen=True)
class Candidate:
    """A rule's match, before overlaps are settled."""

    start: int
    end: int
    order: int  # position of the rule in the table; earlier wins ties
    rule: Rule
    match: re.Match[str]


def find_timexes(doc: Doc, published: str | None, rules: Sequence[Rule] = RULES,
                 text: str | None = None) -> list[Timex]:
    """Return the temporal expressions of ``doc`` normalised against ``published``.

    ``text`` may pass ``doc.text`` when the caller has it already (the article's
    text): spaCy rebuilds it from every token on each read.
    """
    anchor = parse_anchor(published)
    if text is None:
        text = doc.text
    lowered = text.lower()
    parsed = doc.has_annotation("DEP")  # a walk over every token: asked once, not per span
    directions: dict[tuple[int, int], Direction] = {}

    def context(start: int, end: int, history: list[str], probing: bool = False) -> Context:
        def compute() -> Direction:
            if (start, end) not in directions:
                directions[(start, end)] = direction_of(_span(doc, start, end), parsed)
            return directions[(start, end)]
        return Context(anchor, compute, history, probing=probing)

    candidates = []
    runs: dict[tuple[str, int], int] = {}  # longest runs of character classes in the text
    for order, rule in enumerate(rules):
        if not rule.may_match(lowered):
            continue
        win = WINDOWED.get(rule.pattern)
        for match in (finditer(win, text, lowered, runs) if win else rule.pattern.finditer(text)):
            start, end = match.span(rule.group)
            if start == end or "\n\n" in text[start:end]:
                continue  # an expression never runs across a paragraph break
            if rule.build(match, context(start, end, [], probing=True)) is None:
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
        found.append(_timex(text, cand, reading, anchor))
    return _date_bare_clock_times(doc, found)


def _date_bare_clock_times(doc: Doc, found: list[Timex]) -> list[Timex]:
    """Return ``found`` with clock times that name no day put on the day their sentence names.

    "The blast occurred at 10:35 a.m. (0735 GMT) Friday": the time is Friday's,
    not the publication day's, which is only the fallback.
    """
    bare = [i for i, t in enumerate(found) if t.rule == "time" and t.type == "TIME"]
    if not bare or not doc.has_annotation("SENT_START"):
        return found
    dated = [t for t in found if t.rule != "time" and DAY_VALUE.match(t.value)]
    if not dated:
        return found
    result = list(found)
    for i in bare:
        timex = found[i]
        span = _span(doc, timex.start, timex.end)
        if span is None:
            continue
        sentence = span.sent
        same = [t for t in dated if sentence.start_char <= t.start and t.end <= sentence.end_char]
        if not same:
            continue
        nearest = min(same, key=lambda t: min(abs(t.start - timex.end), abs(timex.start - t.end)))
        day = nearest.value[:10]
        clock = timex.value.partition("T")[2]
        result[i] = replace(timex, value=f"{day}T{clock}", anchor=nearest.anchor,
                            rule="time:sentence-date")
    return result


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


def _timex(text: str, cand: Candidate, reading: Reading, anchor) -> Timex:
    rule = f"{cand.rule.name}:{reading.cue}" if reading.cue else cand.rule.name
    used = anchor.isoformat() if anchor is not None and reading.anchored else None
    return Timex(cand.start, cand.end, text[cand.start:cand.end], reading.type,
                 reading.value, reading.mod, used, rule)
