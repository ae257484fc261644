"""Report, exports and listing queries, on the sample corpus shipped in examples/."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from storyline.ingest.run import ingest
from storyline.pipeline.analyze import analyze
from storyline.report import queries
from storyline.report.export import SCHEMA_VERSION, write_gdelt, write_jsonl
from storyline.report.report import report
from storyline.settings import Settings
from storyline.store.store import Store

pytestmark = pytest.mark.model
CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="module")
def store(nlp):
    store = Store(":memory:")
    summary = ingest([CORPUS], store, Settings())
    assert len(summary.ingested) == 4 and not summary.rejected
    analyze(store, Settings(), nlp=nlp)
    return store


def test_sample_corpus_reads_in_every_format(store):
    formats = {a.source_format for a in store.articles()}
    assert formats == {"text", "jsonl", "html"}
    outlets = {a.outlet for a in store.articles()}
    assert "Example Europe Daily" in outlets and "Example Coastal Times" in outlets


def test_people_merge_across_articles_despite_diacritics(store):
    ekstrom = [e for e in store.entities("PERSON") if e["name"].startswith("Lars")]
    assert len(ekstrom) == 1 and len(ekstrom[0]["articles"]) >= 3
    assert ekstrom[0]["code"] == "SWEGOV"


def test_report_has_every_part(store):
    text = report(store)
    for part in ("Key actors:", "Across articles: key actors", "Quotes by speaker", "Dates:",
                 "Places:"):
        assert part in text
    assert "Ingrid Haugland [NORGOV]" in text


def test_jsonl_export_offsets_point_into_the_text(store):
    out = io.StringIO()
    assert write_jsonl(store, out) == 4
    for line in out.getvalue().splitlines():
        obj = json.loads(line)
        assert obj["schema_version"] == SCHEMA_VERSION
        text = obj["article"]["text"]
        for m in obj["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
        for q in obj["quotes"]:
            for span in q["content"]:
                assert text[span["start"]:span["end"]] == span["text"]
        for t in obj["timexes"]:
            assert text[t["start"]:t["end"]] == t["text"]
        assert all(e["id"] for e in obj["entities"])


def test_gdelt_export_has_61_columns(store):
    out = io.StringIO()
    n = write_gdelt(store, out)
    rows = [line.split("\t") for line in out.getvalue().splitlines()]
    assert n == len(rows) > 0
    assert {len(r) for r in rows} == {61}


def test_queries(store):
    quotes = queries.find_quotes(store, speaker="Haugland")
    assert quotes and all("Haugland" in queries.quote_speaker(q.record, q.names) for q in quotes)
    assert queries.find_quotes(store, search="fair deal")
    places = queries.place_counts(store, country="SE")
    assert places and all(p["country"] == "SWE" for p, _, _ in places)
    detail = queries.entity_detail(store, "Ekstrom")
    assert detail and detail[0][1]
    assert all(f.record["code"].startswith("0") for f in queries.find_events(store, code="0"))
