"""The shortcuts that keep the dates component cheap must not change what it finds."""
from __future__ import annotations

import spacy

from storyline.dates.component import _same_text
from storyline.dates.recognise import GATES, RULES, find_timexes

NLP = spacy.blank("en")

# One phrase or more for every rule that has a gate, plus neighbours that must not match.
PHRASES = (
    "Ratified on 2014-03-21 and 3/25/2014.", "In the 20th century and the 1990s, the '80s.",
    "Last summer and the spring of 1998; the third quarter, the first half of 2013.",
    "In nineteen ninety-six and the nineties; the year-earlier period.",
    "He came that year, on Christmas Eve, on New Year's Day and at Thanksgiving.",
    "This morning and last night; the end of the year, the beginning of next month.",
    "Over the weekend, in recent weeks, the coming months, the past few days.",
    "Published daily, weekly and monthly.", "The 40th day since the flood.",
    "The following day, the previous week, the day before. Later that year, that same day.",
    "The next morning he left.",
)


def test_every_gated_match_holds_one_of_its_literals():
    gated = [rule for rule in RULES if rule.needs]
    assert {rule.name for rule in gated} == set(GATES)
    seen = set()
    for text in PHRASES:
        for rule in gated:
            for match in rule.pattern.finditer(text):
                seen.add(rule.name)
                # The literal may sit in the look-ahead just after the match ("since").
                window = text[match.start():match.end() + 12].lower()
                assert any(word in window for word in rule.needs), (rule.name, match.group(0))
    assert seen == set(GATES), f"phrases exercise no match for {set(GATES) - seen}"


def test_a_text_without_the_literals_skips_the_rule():
    century = next(rule for rule in RULES if rule.name == "century")
    assert not century.may_match("they met on friday in the capital.")
    assert century.may_match("the 20th century")


def test_passing_the_text_changes_nothing():
    text = ("The talks collapsed on March 3. The following day, troops moved in. "
            "Ten years ago, at 10 p.m. on Friday, the offer expired.")
    doc = NLP(text)
    assert find_timexes(doc, "2014-03-14", text=text) == find_timexes(doc, "2014-03-14")


def test_article_text_is_used_only_when_it_is_the_docs():
    doc = NLP("Signed on Friday, ratified today.")
    assert _same_text(doc, "Signed on Friday, ratified today.")
    assert not _same_text(doc, "Signed on Monday, ratified yesterday.")
    assert not _same_text(doc, "Sealed on Friday, ratified today.")
    assert not _same_text(doc, "Signed on Friday, ratified today. And more.")
    assert _same_text(NLP(""), "")
