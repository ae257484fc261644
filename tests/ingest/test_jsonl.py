"""The JSON Lines reader: one article per good line, one rejection per bad line."""
from __future__ import annotations

import gzip
import json
import sys
import types
from pathlib import Path

import pytest

from storyline.errors import EmptyInput, MalformedInput
from storyline.ingest.assemble import build_article
from storyline.ingest.identity import article_id
from storyline.ingest.jsonl import read
from storyline.ingest.metadata import iso_date, split_authors
from storyline.ingest.sources import read_source
from storyline.records import Article, Rejection
from storyline.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "jsonl"
SETTINGS = Settings()
BODY = "Rescue teams reached the flooded villages on Sunday.\n\nThe river fell overnight, officials said."


def lines(*records) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records).encode("utf-8")


def read_all(data: bytes, source: str = "dump.jsonl") -> list[Article | Rejection]:
    return list(read(data, source, SETTINGS))


def test_record_fields_become_article_metadata():
    (article,) = read_all(lines({
        "text": BODY, "title": "Floods recede", "url": "https://www.example.org/2019/04/07/floods",
        "published": "2019-04-07T21:15:00-04:00", "outlet": "Example Daily",
        "authors": ["Mia Chen", "Raj Patel"], "desk": "world"}))
    assert article.title == "Floods recede"
    assert article.text.startswith("Floods recede\n\nRescue teams")
    assert article.url == "https://www.example.org/2019/04/07/floods"
    assert article.published == "2019-04-07"  # the date as written, not moved to UTC
    assert article.outlet == "Example Daily"
    assert article.authors == ("Mia Chen", "Raj Patel")
    assert article.source == "dump.jsonl#1" and article.source_format == "jsonl"
    assert article.id == article_id(BODY)
    assert article.provenance["published"] == "jsonl-field"
    assert article.provenance["authors"] == "jsonl-field"
    assert article.extra["published_original"] == "2019-04-07T21:15:00-04:00"
    assert article.extra["record_fields"] == {"desk": "world"}
    assert [s.kind for s in article.sections] == ["title", "body", "body"]


def test_a_tokenized_corpus_record_gets_its_date_and_brackets_back():
    (article,) = read_all(lines({"id": "7", "time": "2011-02-03",
                                 "text": "Protesters -LRB- many of them students -RRB- marched ."}))
    assert article.published == "2011-02-03"
    assert article.body() == "Protesters ( many of them students ) marched ."


def test_single_newlines_separate_paragraphs():
    (article,) = read_all(lines({"text": "First paragraph here.\nSecond paragraph here."}))
    assert article.body() == "First paragraph here.\n\nSecond paragraph here."


def test_text_field_holding_html_markup_is_stripped_to_paragraphs():
    (article,) = read_all(lines({"content": "<p>Rescue teams reached the <b>flooded</b> villages."
                                            "</p><p>The river fell overnight.</p>"}))
    assert article.body() == "Rescue teams reached the flooded villages.\n\nThe river fell overnight."


def test_pretty_printed_single_object_is_one_record():
    (article,) = read_all(json.dumps({"text": BODY, "title": "Floods"}, indent=2).encode(), "a.json")
    assert article.title == "Floods" and article.source == "a.json#1"


def test_bad_lines_are_rejected_and_reading_goes_on():
    items = list(read((FIXTURES / "mixed.jsonl").read_bytes(), "mixed.jsonl", SETTINGS))
    by_source = {item.source: item for item in items}
    assert sorted(by_source) == [f"mixed.jsonl#{n}" for n in (1, 3, 4, 5, 6)]  # line 2 is blank
    assert isinstance(by_source["mixed.jsonl#1"], Article)
    assert isinstance(by_source["mixed.jsonl#6"], Article)
    invalid = by_source["mixed.jsonl#3"]
    assert isinstance(invalid, Rejection)
    assert invalid.reason.startswith("line 3: invalid JSON: Expecting ',' delimiter")
    assert by_source["mixed.jsonl#4"].reason.startswith("line 4: no article text")
    assert by_source["mixed.jsonl#5"].reason == "line 5: an array, not a JSON object"


def test_common_scraper_field_names_are_understood():
    items = list(read((FIXTURES / "mixed.jsonl").read_bytes(), "mixed.jsonl", SETTINGS))
    farmers = next(i for i in items if i.source == "mixed.jsonl#6")
    assert farmers.body().startswith("Farmers blocked the main road")
    assert farmers.outlet == "example-news.com"
    assert farmers.authors == ("Lea Stone", "Omar Haddad")


def test_bad_date_is_kept_in_extra_and_is_not_fatal():
    (article,) = read_all(lines({"text": BODY, "published": "sometime last spring"}))
    assert article.published is None
    assert article.extra["published_original"] == "sometime last spring"
    assert "not a full date" in article.extra["problems"][0]
    assert "published" not in article.provenance


def test_partial_date_is_not_taken_for_a_day():
    (article,) = read_all(lines({"text": BODY, "published": "March 2014"}))
    assert article.published is None


@pytest.mark.parametrize("value, expected", [
    ("2014-03-30", "2014-03-30"),
    ("2014-03-30T23:30:00Z", "2014-03-30"),
    ("Sun, 30 Mar 2014 23:30:00 -0500", "2014-03-30"),
    ("March 30, 2014", "2014-03-30"),
    ("30 March 2014", "2014-03-30"),
    (1396137600, "2014-03-30"),
    (1396137600000, "2014-03-30"),
    ({"$date": "2014-03-30T10:00:00Z"}, "2014-03-30"),
    ("2014", None),
    ("March 2014", None),
    ("yesterday", None),
    ("", None),
    (True, None),
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


def test_split_authors():
    assert split_authors("By Ann Lee, Bo Kim and Cy Dee") == ("Ann Lee", "Bo Kim", "Cy Dee")
    assert split_authors([{"name": "Ann Lee"}, "Bo Kim"]) == ("Ann Lee", "Bo Kim")
    assert split_authors(42) == ()


def test_empty_file_is_an_input_error():
    with pytest.raises(EmptyInput):
        read_all(b"")
    with pytest.raises(EmptyInput):
        read_all(b"\n  \n\n")


def test_file_without_any_json_is_malformed():
    with pytest.raises(MalformedInput) as caught:
        read_all(b"this is not json\nnor is this\n")
    assert caught.value.reason.startswith("line 1: invalid JSON")


def test_json_array_file_is_read_item_by_item():
    data = json.dumps([{"text": BODY}, 7, {"title": "nothing"}], indent=2).encode()
    items = read_all(data, "dump.json")
    assert isinstance(items[0], Article) and items[0].source == "dump.json#1"
    assert items[1].reason == "item 2: a number, not a JSON object"
    assert items[2].reason.startswith("item 3: no article text")


def test_html_field_goes_through_the_html_reader(monkeypatch):
    seen = {}

    def fake_read_html(data, source, url=None, settings=None):
        seen.update(data=data, source=source, url=url)
        return build_article(body="Page body paragraph.", title="Page headline", source=source,
                             source_format="html", url=url, published="2020-05-01",
                             provenance={"published": "html-meta"})

    monkeypatch.setitem(sys.modules, "storyline.ingest.html",
                        types.SimpleNamespace(read_html=fake_read_html))
    (article,) = read_all(lines({"html": "<html><body><p>x</p></body></html>",
                                 "url": "https://example.org/a", "title": "Record headline"}))
    assert seen == {"data": b"<html><body><p>x</p></body></html>", "source": "dump.jsonl#1",
                    "url": "https://example.org/a"}
    assert article.title == "Record headline"  # the record's word beats the page's
    assert article.text == "Record headline\n\nPage body paragraph."
    assert article.published == "2020-05-01" and article.provenance["published"] == "html-meta"
    assert article.source_format == "jsonl"


def test_html_field_with_the_real_html_reader():
    pytest.importorskip("storyline.ingest.html", reason="the HTML reader has not landed yet")
    page = ("<html><head><title>Bridge reopens</title></head><body><article>"
            "<h1>Bridge reopens</h1>"
            "<p>The old river bridge reopened to traffic on Friday after two years of repairs, "
            "the city's transport department said in a statement.</p>"
            "<p>Engineers replaced the steel deck and strengthened the piers, which had been "
            "damaged by floods, and the work came in under budget.</p>"
            "</article></body></html>")
    (article,) = read_all(lines({"html": page, "url": "https://example.org/2022/03/04/bridge"}))
    assert isinstance(article, Article)
    assert "old river bridge reopened" in article.body()
    assert article.url == "https://example.org/2022/03/04/bridge"
    assert article.source == "dump.jsonl#1" and article.source_format == "jsonl"


def test_dispatcher_reads_gzipped_jsonl(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress(lines({"text": BODY}, "{oops")))
    items = list(read_source(str(path), SETTINGS))
    assert isinstance(items[0], Article) and items[0].source == f"{path}#1"
    assert isinstance(items[1], Rejection) and items[1].source == f"{path}#2"
