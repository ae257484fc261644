"""GDELT rows, the PLOVER view and the event filter, on hand-made events."""
from __future__ import annotations

from datetime import datetime, timezone

from storyline.events.gdelt import GDELT_COLUMNS, gdelt_rows, gdelt_table
from storyline.events.plover import plover_events, select
from storyline.events.records import Event, EventActor
from storyline.pipeline.documents import article_from_text

TEXT = "Kerry and Lavrov met in London. Russian troops occupied Crimea."


def _event(source, target, code, base, root, quad, gold, plover, group, **extra):
    return Event(source=source, target=target, code=code, base_code=base, root_code=root,
                 label="x", quad_class=quad, goldstein=gold, plover=plover, plover_mode=None,
                 trigger="met", trigger_start=17, trigger_end=20, sentence_start=0,
                 sentence_end=31, group=group, **extra)


KERRY = EventActor("Kerry", "USAGOV", 0, 5)
LAVROV = EventActor("Lavrov", "RUSGOV", 10, 16)
TROOPS = EventActor("Russian troops", "RUSMIL", 32, 46)
CRIMEA = EventActor("Crimea", "UKR", 56, 62)
EVENTS = [
    _event(KERRY, LAVROV, "040", "040", "04", 1, 1.0, "CONSULT", 0, date="2014-03-14",
           place="London", actors=(KERRY, LAVROV)),
    _event(LAVROV, KERRY, "040", "040", "04", 1, 1.0, "CONSULT", 0, date="2014-03-14",
           place="London", actors=(KERRY, LAVROV)),
    _event(TROOPS, CRIMEA, "192", "192", "19", 4, -9.5, "COERCE", 1, date="2014-03-01",
           negated=True, actors=(TROOPS,), recipients=(CRIMEA,), confidence=0.9),
]


def test_gdelt_has_61_columns_in_the_documented_order():
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:6] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
                                 "FractionDate", "Actor1Code")
    assert GDELT_COLUMNS[15] == "Actor2Code" and GDELT_COLUMNS[25] == "IsRootEvent"
    assert GDELT_COLUMNS[26:31] == ("EventCode", "EventBaseCode", "EventRootCode",
                                    "QuadClass", "GoldsteinScale")
    assert GDELT_COLUMNS[51] == "ActionGeo_Type" and GDELT_COLUMNS[-2:] == ("DATEADDED",
                                                                          "SOURCEURL")


def test_gdelt_rows_carry_actors_codes_and_dates():
    article = article_from_text(TEXT, published="2014-03-14", url="https://example.org/a")
    added = datetime(2014, 3, 15, 12, 0, tzinfo=timezone.utc)
    rows = gdelt_rows(article, EVENTS, added=added)
    assert all(len(r) == 61 for r in rows)
    row = dict(zip(GDELT_COLUMNS, rows[0]))
    assert row["SQLDATE"] == "20140314" and row["MonthYear"] == "201403"
    assert row["Actor1Code"] == "USAGOV" and row["Actor1CountryCode"] == "USA"
    assert row["Actor1Type1Code"] == "GOV" and row["Actor2Code"] == "RUSGOV"
    assert row["EventCode"] == "040" and row["EventRootCode"] == "04"
    assert row["QuadClass"] == "1" and row["GoldsteinScale"] == "1.0"
    assert row["ActionGeo_FullName"] == "London"
    assert row["DATEADDED"] == "20140315120000" and row["SOURCEURL"] == "https://example.org/a"
    assert rows[0][0] != rows[1][0]  # event ids differ
    table = gdelt_table(article, EVENTS, added=added)
    assert table.count("\n") == 3 and all(line.count("\t") == 60
                                          for line in table.splitlines())


def test_plover_folds_cameo_dyads_into_one_event_with_actor_lists():
    found = plover_events(EVENTS)
    assert len(found) == 2
    meeting = next(p for p in found if p.event == "CONSULT")
    assert set(meeting.actors) == {"USAGOV", "RUSGOV"} and meeting.recipients == ()
    occupation = next(p for p in found if p.event == "COERCE")
    assert occupation.recipients == ("UKR",) and occupation.negated


def test_select_filters_by_code_actor_modality_and_date():
    assert len(select(EVENTS, code="04")) == 2
    assert len(select(EVENTS, actor="RUS")) == 3
    assert select(EVENTS, asserted_only=True) == EVENTS[:2]
    assert select(EVENTS, since="2014-03-10") == EVENTS[:2]
    assert select(EVENTS, min_confidence=0.8) == EVENTS[2:]
    assert select(EVENTS, plover="COERCE", quad_class=4) == EVENTS[2:]
