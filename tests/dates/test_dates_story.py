"""Expressions read against the story's own time, and other rules that need no parse."""
from __future__ import annotations

import spacy

from storyline.dates.recognise import find_timexes
from storyline.dates.records import Timex

NLP = spacy.blank("en")


def timexes(text: str, published: str | None = "2014-03-14") -> dict[str, Timex]:
    return {t.text: t for t in find_timexes(NLP(text), published)}


def test_following_and_previous_count_from_the_latest_date():
    found = timexes("He left in 1995 and returned the following year. On June 3, 2001 he "
                    "resigned, and the next day he flew home. The previous week had been calm.")
    assert found["the following year"].value == "1996"
    assert found["the next day"].value == "2001-06-04"
    # Each such expression moves the story on: the week before June 4.
    assert found["The previous week"].value == "2001-W22"
    assert found["the following year"].anchor is None  # not read off the publication date


def test_without_an_earlier_date_the_publication_date_is_the_reference():
    found = timexes("The previous week was calm.")
    assert found["The previous week"].value == "2014-W10"
    assert found["The previous week"].anchor == "2014-03-14"


def test_that_day_needs_a_day_named_before_it():
    assert "that day" not in timexes("Nobody remembers that day.")
    found = timexes("The vote was held on May 5, 2010. Later that day the results came in.")
    assert (found["Later that day"].value, found["Later that day"].mod) == ("2010-05-05", "END")


def test_that_year_takes_the_year_named_before_it():
    found = timexes("The war ended in 1998, and that year the border reopened.")
    assert found["that year"].value == "1998"


def test_the_day_before_a_named_event_is_left_alone():
    assert "the day before" not in timexes("They met the day before the vote.")


def test_month_of_last_or_next_year():
    found = timexes("In March last year, and in May next year.")
    assert found["March last year"].value == "2013-03"
    assert found["May next year"].value == "2015-05"


def test_quarter_named_by_its_end_date():
    found = timexes("Profit rose in the quarter ended Sept. 30, 2013.", "2013-10-28")
    assert found["the quarter"].value == "2013-Q3"
    found = timexes("Profit rose in the quarter ended Jan. 31, 2014.", "2014-02-28")
    assert found["the quarter"].value == "2013-Q4"


def test_clock_time_with_a_part_of_day_after_a_preposition_only():
    found = timexes("He was shot at 4 in the morning and the alarm rang around 9 at night.")
    assert found["4 in the morning"].value == "2014-03-14T04:00"
    assert found["9 at night"].value == "2014-03-14T21:00"
    assert not any("morning" in text for text in timexes("Shares rose 5 in the morning session."))


def test_written_halves():
    found = timexes("It took 5 1/2 hours and then a day and a half.")
    assert found["5 1/2 hours"].value == "PT5.5H"
    assert found["a day and a half"].value == "P1.5D"
