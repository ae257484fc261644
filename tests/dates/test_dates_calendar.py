"""Calendar arithmetic behind TIMEX3 values."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.dates import calendar as cal
from storyline.dates.lexicon import to_number

FRIDAY = dt.date(2014, 3, 14)


@pytest.mark.parametrize("unit, amount, value", [
    ("D", -1, "2014-03-13"), ("W", 0, "2014-W11"), ("W", -1, "2014-W10"),
    ("M", -1, "2014-02"), ("M", -3, "2013-12"), ("Q", -1, "2013-Q4"), ("Q", 0, "2014-Q1"),
    ("Y", 1, "2015"), ("DE", 0, "201"), ("CE", 0, "20"), ("WE", 0, "2014-W11-WE"),
    ("H", -1, "2013-H2"), ("ML", -1, "1"), ("ML", 0, "2"),
])
def test_shifted(unit, amount, value):
    assert cal.shifted(FRIDAY, unit, amount) == value


def test_every_unit_word_can_be_shifted():
    # "a millennium ago" once stopped a whole article's analysis: no unit may be unknown
    from storyline.dates.lexicon import UNITS

    for letter, timed in UNITS.values():
        if not timed:  # hours and minutes ago are no calendar unit ("PAST_REF")
            assert cal.shifted(FRIDAY, letter, -1)


def test_weekday_same_day_is_the_anchor_in_both_directions():
    assert cal.weekday_date(FRIDAY, 5, -1) == FRIDAY
    assert cal.weekday_date(FRIDAY, 5, 1) == FRIDAY


def test_weekday_direction():
    assert cal.weekday_date(FRIDAY, 7, 1) == dt.date(2014, 3, 16)
    assert cal.weekday_date(FRIDAY, 7, -1) == dt.date(2014, 3, 9)
    assert cal.weekday_date(FRIDAY, 4, -1) == dt.date(2014, 3, 13)
    assert cal.weekday_date(FRIDAY, 1, 1) == dt.date(2014, 3, 17)
    # Undecided: the nearer one.
    assert cal.weekday_date(FRIDAY, 1, 0) == dt.date(2014, 3, 17)
    assert cal.weekday_date(FRIDAY, 3, 0) == dt.date(2014, 3, 12)


def test_month_year_by_tense():
    january = dt.date(2015, 1, 20)
    assert cal.month_year(january, 12, None, -1) == 2014
    assert cal.month_year(january, 12, None, 0) == 2014
    assert cal.month_year(january, 3, None, -1) == 2014
    assert cal.month_year(january, 3, None, 1) == 2015
    assert cal.month_year(dt.date(2014, 11, 20), 2, None, 1) == 2015
    # A day a few weeks ahead keeps the year even in a past-tense clause.
    assert cal.month_year(dt.date(1989, 10, 27), 11, 22, -1) == 1989


def test_parse_anchor():
    assert cal.parse_anchor("2014-03-14T10:00:00Z") == FRIDAY
    assert cal.parse_anchor(None) is None
    assert cal.parse_anchor("March 2014") is None


@pytest.mark.parametrize("word, number", [
    ("five", 5), ("twenty-five", 25), ("12", 12), ("a", 1), ("a couple of", 2),
    ("one hundred", 100), ("several", None),
])
def test_to_number(word, number):
    assert to_number(word) == number
