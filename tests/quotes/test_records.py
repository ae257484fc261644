"""Quote records survive the JSON round trip."""
from __future__ import annotations

from storyline.quotes.records import Quote, Span
from storyline.records import from_jsonable, to_jsonable


def test_quote_round_trip():
    quote = Quote(kind="direct", content=(Span(0, 5, "“Hi,”"), Span(20, 26, "“bye.”")),
                  cue=Span(10, 14, "said"), speaker=Span(6, 9, "Ann"), speaker_entity="e0",
                  speaker_name="Ann Lee", resolution="named", channel=None,
                  reported_by=Span(30, 37, "Reuters"), form="verb", follows=None)
    again = from_jsonable(Quote, to_jsonable(quote))
    assert again == quote
    assert again.start == 0 and again.end == 26
    assert again.content_text() == "“Hi,” “bye.”"
