"""The WARC reader: archived HTML pages become articles; crawl plumbing is passed over."""
from __future__ import annotations

import gzip
import io
import re
import sys
import types

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.errors import EmptyInput, MalformedInput
from storyline.ingest.assemble import build_article
from storyline.ingest.sources import read_source
from storyline.ingest.warc import gzip_members, read
from storyline.records import Article, Rejection
from storyline.settings import Settings

SETTINGS = Settings()


def page(headline: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
            f"{body}</article></body></html>").encode("utf-8")


STORY_A = page("Dock strike ends",
               "Dock workers voted on Tuesday to end a strike that had idled the port for a month.",
               "The union said members accepted a pay rise of six percent over two years.")
STORY_B = page("Schools reopen",
               "Schools in the northern province reopened on Monday after the storm.",
               "Teachers said about a third of the pupils were still absent.")


def fake_read_html(data, source, url=None, settings=None):
    """Stand in for the HTML reader: paragraphs become the body, <title> the headline."""
    html = data.decode("utf-8")
    paragraphs = re.findall(r"<p>(.*?)</p>", html)
    if not paragraphs:
        raise EmptyInput(source, "no article text in the page")
    title = re.search(r"<title>(.*?)</title>", html)
    return build_article(body="\n\n".join(paragraphs), title=title[1] if title else None,
                         source=source, source_format="html", url=url)


@pytest.fixture()
def html_reader(monkeypatch):
    monkeypatch.setitem(sys.modules, "storyline.ingest.html",
                        types.SimpleNamespace(read_html=fake_read_html))


def archive(records, gzipped: bool = True) -> bytes:
    """Return a WARC holding ``records``: (type, uri, status, content type, body)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    for kind, uri, status, content_type, body in records:
        if kind == "response":
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                               http_headers=http)
        elif kind == "request":
            http = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "example.org")],
                                    is_http_request=True)
            record = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                               http_headers=http)
        else:
            record = writer.create_warc_record(uri, kind, payload=io.BytesIO(body),
                                               warc_content_type=content_type)
        writer.write_record(record)
    return out.getvalue()


CRAWL = [
    ("request", "https://example.org/news/dock-strike", None, None, b""),
    ("response", "https://example.org/news/dock-strike", "200 OK", "text/html; charset=utf-8",
     STORY_A),
    ("metadata", "https://example.org/news/dock-strike", None, "application/warc-fields",
     b"outlinks: https://example.org/\r\n"),
    ("response", "https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
    ("response", "https://example.org/old", "301 Moved Permanently", "text/html",
     b"<html><body>moved</body></html>"),
    ("response", "https://example.org/missing", "404 Not Found", "text/html",
     b"<html><body><p>Not found</p></body></html>"),
    ("response", "https://example.org/news/schools", "200 OK", "application/xhtml+xml", STORY_B),
]


def items_of(data: bytes, source: str = "crawl.warc.gz") -> list[Article | Rejection]:
    return list(read(data, source, SETTINGS))


@pytest.mark.parametrize("gzipped", [True, False])
def test_html_responses_become_articles_and_plumbing_is_skipped(html_reader, gzipped):
    items = items_of(archive(CRAWL, gzipped))
    articles = [i for i in items if isinstance(i, Article)]
    rejections = [i for i in items if isinstance(i, Rejection)]
    assert [a.url for a in articles] == ["https://example.org/news/dock-strike",
                                         "https://example.org/news/schools"]
    assert [a.title for a in articles] == ["Dock strike ends", "Schools reopen"]
    assert all(a.source_format == "warc" for a in articles)
    assert all(re.fullmatch(r"crawl\.warc\.gz#\d+", a.source) for a in articles)
    assert all("crawled" in a.extra for a in articles)
    # only the 404 page is worth a word; request, metadata, image and redirect are not
    (missing,) = rejections
    assert "HTTP status 404" in missing.reason
    assert missing.reason.startswith(f"WARC record at offset {missing.source.split('#')[1]}:")


def test_record_offsets_point_at_the_records(html_reader):
    data = archive(CRAWL, gzipped=False)
    for article in (i for i in items_of(data, "crawl.warc") if isinstance(i, Article)):
        offset = int(article.source.split("#")[1])
        assert data.startswith(b"WARC/1", offset)
        assert article.url.encode() in data[offset:offset + 400]


def test_page_without_article_is_rejected_with_its_offset(html_reader):
    items = items_of(archive([("response", "https://example.org/", "200 OK", "text/html",
                               b"<html><body><nav>Home</nav></body></html>")]))
    (rejection,) = items
    assert rejection == Rejection("crawl.warc.gz#0",
                                  "WARC record at offset 0: no article text in the page")


def test_resource_record_with_html_is_read(html_reader):
    (article,) = items_of(archive([("resource", "file:///saved/story.html", None, "text/html",
                                    STORY_B)]))
    assert article.title == "Schools reopen" and article.url == "file:///saved/story.html"


@pytest.mark.parametrize("gzipped", [True, False])
def test_truncated_archive_keeps_what_came_before_and_names_the_offset(html_reader, gzipped):
    data = archive(CRAWL, gzipped)
    half = data[: len(data) // 2]
    items = items_of(half)
    *before, last = items
    assert isinstance(last, Rejection)
    offset = int(last.source.split("#")[1])
    assert 0 < offset < len(half)
    assert last.reason.startswith(f"WARC record at offset {offset}: truncated")
    assert all(int(i.source.split("#")[1]) < offset for i in before)
    assert any(isinstance(i, Article) for i in before)


@pytest.mark.parametrize("gzipped", [True, False])
def test_archive_cut_inside_its_first_record_is_malformed(html_reader, gzipped):
    data = archive(CRAWL[1:2], gzipped)
    with pytest.raises(MalformedInput) as caught:
        items_of(data[: len(data) // 2])
    assert caught.value.reason.startswith("WARC record at offset 0: truncated")


def test_corrupt_gzip_member_is_named():
    data = bytearray(archive(CRAWL[:2]))
    second = data.find(b"\x1f\x8b\x08", 1)  # where the second record's member starts
    data[second + 20: second + 40] = b"\x00" * 20
    members, damage = gzip_members(bytes(data))
    assert members == 1 and damage.offset == second and "corrupt" in damage.reason


def test_empty_archive_is_an_input_error():
    with pytest.raises(EmptyInput):
        items_of(b"")


def test_not_a_warc_is_malformed():
    with pytest.raises(MalformedInput) as caught:
        items_of(b"<html><body>just a page</body></html>", "page.warc")
    assert caught.value.reason.startswith("not a WARC or ARC archive")


def test_archive_gzipped_as_a_whole_is_read(html_reader):
    data = gzip.compress(archive(CRAWL, gzipped=False))
    articles = [i for i in items_of(data) if isinstance(i, Article)]
    assert len(articles) == 2


def test_dispatcher_reads_warc_gz(html_reader, tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(archive(CRAWL))
    items = list(read_source(str(path), SETTINGS))
    assert sum(isinstance(i, Article) for i in items) == 2
    assert all(i.source.startswith(f"{path}#") for i in items)


def test_with_the_real_html_reader():
    pytest.importorskip("storyline.ingest.html", reason="the HTML reader has not landed yet")
    story = page("Dock strike ends",
                 "Dock workers voted on Tuesday to end a strike that had idled the port for a "
                 "month, their union said in a statement released after the count.",
                 "Members accepted a pay rise of six percent over two years and a review of "
                 "night-shift rules, the union's regional secretary told reporters.",
                 "The port authority said the first ships would be unloaded on Wednesday.")
    items = items_of(archive([CRAWL[0], ("response", "https://example.org/news/dock-strike",
                                         "200 OK", "text/html; charset=utf-8", story)]))
    (article,) = items
    assert isinstance(article, Article)
    assert "Dock workers voted on Tuesday" in article.body()
    assert article.url == "https://example.org/news/dock-strike"
    assert article.source_format == "warc"
