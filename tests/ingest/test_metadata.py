"""Dates in URLs and text, outlets from domains and copyright holders, language."""
from __future__ import annotations

import pytest

from storyline.ingest.metadata import (date_from_url, dates_in, guess_language, outlet_from_holder,
                                       outlet_from_url, parse_date)


@pytest.mark.parametrize("url, expected", [
    ("https://www.themoscowtimes.com/2014/03/30/kerry-and-lavrov-meet-a33461", "2014-03-30"),
    ("https://example.com/2014-03-30-slug", "2014-03-30"),
    ("https://example.com/news/20140330/story", "2014-03-30"),
    ("https://example.com/2014/3/5/story", "2014-03-05"),
    ("https://example.de/2023/10/3-fragen-an-die-ministerin", None),  # "3-fragen" is a slug
    ("https://example.com/2014/03/story", None),  # a month alone is no publication date
    ("https://example.com/2014/02/30/story", None),  # no such day
    (None, None),
])
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


def test_partial_dates_are_not_completed_with_today():
    assert parse_date("March 30, 2014") == "2014-03-30"
    assert parse_date("March 2014") is None
    assert parse_date("2014") is None


def test_full_dates_in_text():
    assert dates_in("met on March 14, 2014 and again on 2 April 2014; in May 2014") == \
        ["2014-03-14", "2014-04-02"]


def test_outlets():
    assert outlet_from_url("https://www.ft.com/content/abc") == "Financial Times"
    assert outlet_from_url("https://edition.cnn.com/2020/01/01/x") == "CNN"
    assert outlet_from_url("https://news.unknown-paper.org/x") == "news.unknown-paper.org"
    assert outlet_from_holder("The Financial Times") == "Financial Times"


def test_language_guess():
    assert guess_language("The minister said that the talks would go on in the spring.") == "en"
    assert guess_language("Le ministre a dit que les discussions continueraient au printemps.") is None
