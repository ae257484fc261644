"""The report's timeline (coded sources only, joint events on one line) and quotes."""
from storyline.pipeline.documents import article_from_text
from storyline.report.sections import quotes_by_speaker, timeline

TEXT = "Kerry and Lavrov met in London. The talks failed."


def _event(source, target, code="040", label="Consult", start=0, end=31):
    side = lambda text, code: {"text": text, "code": code} if text else None  # noqa: E731
    return {"source": side(*source), "target": side(*target), "code": code, "label": label,
            "date": "2014-03-14", "modality": "asserted", "sentence_start": start,
            "sentence_end": end, "place": "London"}


def test_joint_events_share_a_line_and_uncoded_sources_are_counted():
    article = article_from_text(TEXT, published="2014-03-14", outlet="Financial Times")
    events = [_event(("Kerry", "USAGOV"), ("Lavrov", "RUSGOV")),
              _event(("Lavrov", "RUSGOV"), ("Kerry", "USAGOV")),
              _event(("The talks", None), ("", None), "130", "Threaten", 32, 49)]
    lines = timeline({article.id: article}, {article.id: {"events": events}}, {}, {})
    rows = [line for line in lines if line.startswith("  2014")]
    assert rows == ["  2014-03-14 Kerry [USAGOV] ↔ 040 Consult ↔ Lavrov [RUSGOV] at London"]
    assert "1 more event whose source is not a coded actor" in lines[-1]


def test_quotes_without_a_speaker_are_counted_not_listed():
    article = article_from_text(TEXT, published="2014-03-14", outlet="Financial Times")
    quote = lambda speaker, words: {  # noqa: E731
        "speaker": {"text": speaker} if speaker else None, "speaker_name": None,
        "kind": "indirect", "content": [{"text": words}]}
    quotes = [quote("Lavrov", "the talks failed"), quote(None, "to be a bone of contention"),
              quote("who", "a plebiscite")]
    lines = quotes_by_speaker({article.id: article}, {article.id: {"quotes": quotes}}, {}, {})
    assert any("Lavrov (unresolved)" in line for line in lines)
    assert not any("bone of contention" in line or "plebiscite" in line for line in lines)
    assert "2 more attributions name no speaker" in lines[-1]
