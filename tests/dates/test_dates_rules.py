"""Recognition and normalisation on unparsed Docs (no model needed)."""
from __future__ import annotations

import pytest
import spacy

from storyline.dates.recognise import find_timexes
from storyline.dates.records import Timex
from storyline.records import from_jsonable, to_jsonable

NLP = spacy.blank("en")


def timexes(text: str, published: str | None = "2014-03-14") -> dict[str, Timex]:
    return {t.text: t for t in find_timexes(NLP(text), published)}


def test_absolute_dates_need_no_anchor():
    found = timexes("Signed on March 18, 2014, ratified on 2014-03-21 and 3/25/2014.", None)
    assert found["March 18, 2014"].value == "2014-03-18"
    assert found["2014-03-21"].value == "2014-03-21"
    assert found["3/25/2014"].value == "2014-03-25"
    assert all(t.anchor is None for t in found.values())


def test_month_and_year_forms():
    found = timexes("In July 1997, in early 1998 and in the 1980s.")
    assert found["July 1997"].value == "1997-07"
    assert (found["early 1998"].value, found["early 1998"].mod) == ("1998", "START")
    assert found["the 1980s"].value == "198"


def test_durations():
    found = timexes("It took two and a half years, a 30-year lease, 90 minutes and several weeks.")
    assert found["two and a half years"].value == "P2.5Y"
    assert found["30-year"].value == "P30Y"
    assert found["90 minutes"].value == "PT90M"
    assert found["several weeks"].value == "PXW"
    assert {t.type for t in found.values()} == {"DURATION"}


def test_ages_and_fractions_are_not_durations():
    assert timexes("The 6-year-old boy ate three-quarters of the cake.") == {}


def test_sets():
    found = timexes("They meet every Monday, twice a week, and report daily.")
    assert found["every Monday"].value == "XXXX-WXX-1"
    assert found["twice a week"].value == "P1W"
    assert found["daily"].value == "P1D"
    assert {t.type for t in found.values()} == {"SET"}


def test_deictic_units_and_anchor_recorded():
    found = timexes("Last week, this month and next year; the end of the year.")
    assert found["Last week"].value == "2014-W10"
    assert found["this month"].value == "2014-03"
    assert found["next year"].value == "2015"
    assert (found["the end of the year"].value, found["the end of the year"].mod) == ("2014", "END")
    assert found["this month"].anchor == "2014-03-14"


def test_lowercase_month_words_are_not_months():
    assert timexes("They may march on the capital.") == {}


def test_year_needs_to_look_like_a_year():
    assert "1500" not in timexes("Some 1500 troops and $2014 were sent.")
    assert timexes("It was built in 1999.")["1999"].value == "1999"


def test_timex_round_trips_through_json():
    timex = timexes("The vote was on Sunday.")["Sunday"]
    assert from_jsonable(Timex, to_jsonable(timex)) == timex


def test_expressions_do_not_cross_paragraphs():
    found = timexes("Talks resumed in March\n\n2014 was a hard year.")
    assert found["March"].value == "2014-03"
    assert "March\n\n2014" not in found


def test_component_names_itself_when_it_fails(monkeypatch):
    from storyline.dates import component
    from storyline.errors import ComponentError
    from storyline.pipeline.registry import register_extensions

    register_extensions()

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(component, "find_timexes", broken)
    run = component.make_component(NLP, "storyline_dates_v1")
    with pytest.raises(ComponentError, match="storyline_dates_v1"):
        run(NLP("On Friday."))


def test_component_without_article_leaves_values_unresolved():
    from storyline.dates.component import make_component
    from storyline.pipeline.registry import register_extensions

    register_extensions()
    doc = make_component(NLP, "storyline_dates_v1")(NLP("They met on Tuesday for two hours."))
    assert [(t.text, t.value) for t in doc._.timexes] == [
        ("Tuesday", "XXXX-XX-XX"), ("two hours", "PT2H")]
