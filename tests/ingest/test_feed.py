"""The RSS/Atom reader: entries with a full story become articles, teasers are rejected."""
from __future__ import annotations

import json
import re
import shutil
import sys
import types
from pathlib import Path

import pytest

from storyline.errors import EmptyInput, MalformedInput
from storyline.ingest.assemble import build_article
from storyline.ingest.feed import PageFolder, fragment_text, read
from storyline.ingest.sources import read_source
from storyline.records import Article, Rejection
from storyline.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "feed"
SETTINGS = Settings()


def fake_read_html(data, source, url=None, settings=None):
    """Stand in for the HTML reader: <p> paragraphs become the body."""
    html = data.decode("utf-8")
    paragraphs = [re.sub(r"\s+", " ", p) for p in re.findall(r"<p>(.*?)</p>", html, re.S)]
    if not paragraphs:
        raise EmptyInput(source, "no article text in the page")
    return build_article(body="\n\n".join(paragraphs), title="Headline | Outlet", source=source,
                         source_format="html", url=url, published="2023-05-11",
                         provenance={"published": "html-meta"})


@pytest.fixture()
def html_reader(monkeypatch):
    monkeypatch.setitem(sys.modules, "storyline.ingest.html",
                        types.SimpleNamespace(read_html=fake_read_html))


def read_fixture(name: str, folder: Path = FIXTURES) -> list[Article | Rejection]:
    path = folder / name
    return list(read(path.read_bytes(), str(path), SETTINGS))


def by_entry(items) -> dict[int, Article | Rejection]:
    return {int(item.source.rsplit("#", 1)[1]): item for item in items}


def test_rss_entry_with_html_content(html_reader):
    ferry = by_entry(read_fixture("world.rss"))[1]
    assert isinstance(ferry, Article)
    assert ferry.title == "Ferry service & timetable restored"
    assert ferry.url == "https://harbour-herald.example/2023/05/09/ferry-service"
    assert ferry.published == "2023-05-09"  # 22:40 local, though the next day in UTC
    assert ferry.authors == ("Nora Quist",)
    assert ferry.outlet == "Harbour Herald" and ferry.provenance["outlet"] == "feed"
    assert ferry.provenance["published"] == "feed-entry"
    assert ferry.source_format == "feed"
    assert ferry.body().split("\n\n") == [
        "The island ferry resumed its full timetable on Tuesday after engineers fixed a faulty "
        "propeller shaft, the operator said.",
        "Commuters had relied on a smaller charter boat for nine days.",
        "Fares will not change, the operator added.",
    ]
    assert "The ferry leaving the north pier." in ferry.text
    assert ferry.section_at(ferry.text.index("north pier")) == "caption"
    assert [s.kind for s in ferry.stripped] == ["promo"]  # the "appeared first on" footer
    assert ferry.extra["categories"] == ["Transport"]
    assert ferry.extra["entry_id"] == "hh-1001"


def test_entry_linking_a_local_page_copy_is_read_from_the_page(html_reader):
    wall = by_entry(read_fixture("world.rss"))[2]
    assert isinstance(wall, Article)
    assert wall.body().startswith("Councillors voted by nine to four on Wednesday")
    assert wall.title == "Council approves sea wall"  # the entry's title, not the page's
    assert wall.authors == ("Ivo Marsh",)  # from "desk@… (Ivo Marsh)"
    assert wall.published == "2023-05-10" and wall.provenance["published"] == "feed-entry"
    assert wall.extra["text_from"] == "linked page"
    assert wall.extra["page"].endswith("sea-wall.html")


def test_teaser_without_local_copy_is_rejected(html_reader):
    quotas = by_entry(read_fixture("world.rss"))[3]
    assert isinstance(quotas, Rejection)
    assert quotas.reason.startswith("entry 3: only a 9-word summary")
    assert ".pages" in quotas.reason


def test_long_summary_is_the_story_and_partial_date_is_kept_in_extra(html_reader):
    keeper = by_entry(read_fixture("world.rss"))[4]
    assert isinstance(keeper, Article)
    assert keeper.extra["text_from"] == "entry summary"
    assert len(keeper.body().split("\n\n")) == 2
    assert keeper.published is None
    assert keeper.extra["published_original"] == "May 2023"


def test_without_html_reader_output_the_page_folder_is_optional(html_reader, tmp_path):
    shutil.copy(FIXTURES / "world.rss", tmp_path / "world.rss")
    items = by_entry(read_fixture("world.rss", tmp_path))
    assert isinstance(items[2], Rejection)  # no world.pages/ here: only the teaser is left


def test_page_found_by_last_path_segment_and_by_sha1(tmp_path):
    folder = tmp_path / "feed.pages"
    folder.mkdir()
    (folder / "quotas.html").write_text("<p>x</p>")
    import hashlib

    url = "https://example.org/a?id=1"
    (folder / (hashlib.sha1(url.encode()).hexdigest() + ".html")).write_text("<p>y</p>")
    (tmp_path / "secret.html").write_text("outside")
    (folder / "pages.json").write_text(json.dumps({"https://example.org/escape": "../secret.html"}))
    pages = PageFolder.beside(str(tmp_path / "feed.rss.gz"))
    assert pages.find("https://example.org/news/quotas") == (folder / "quotas.html").resolve()
    assert pages.find(url).name.endswith(".html") and pages.find(url).parent == folder.resolve()
    assert pages.find("https://example.org/escape") is None  # never outside the folder
    assert pages.find("https://example.org/news/other") is None
    assert PageFolder.beside(str(tmp_path / "other.rss")) is None
    assert PageFolder.beside("-") is None


def test_page_folder_beside_a_feed_is_recognised(tmp_path):
    assert PageFolder.is_page_folder(FIXTURES / "world.pages")
    (tmp_path / "photos.pages").mkdir()
    assert not PageFolder.is_page_folder(tmp_path / "photos.pages")  # no photos.rss beside it
    assert not PageFolder.is_page_folder(FIXTURES / "world.rss")


def test_failing_page_copy_falls_back_to_entry_content(html_reader, tmp_path):
    shutil.copy(FIXTURES / "world.rss", tmp_path / "world.rss")
    (tmp_path / "world.pages").mkdir()
    (tmp_path / "world.pages" / "ferry-service.html").write_text("<html><nav>menu</nav></html>")
    (tmp_path / "world.pages" / "quotas.html").write_text("<html><nav>menu</nav></html>")
    items = by_entry(read_fixture("world.rss", tmp_path))
    assert items[1].extra["text_from"] == "entry content"
    assert "no article text in the page" in items[1].extra["page_problem"]
    assert "the saved page failed too" in items[3].reason


def test_atom_entry_with_xhtml_content_html_title_and_two_authors():
    (mill,) = read_fixture("atom.xml")
    assert mill.title == "Mill reopens after fire"
    assert mill.authors == ("Ada Brook", "Luis Prado")
    assert mill.published == "2024-02-01" and mill.provenance["published"] == "feed-entry-updated"
    assert mill.outlet == "Valley Courier"
    assert mill.body().startswith("The paper mill reopened on Thursday")


def test_malformed_feed_with_recovered_entries_is_read_and_the_problem_noted():
    items = by_entry(read_fixture("broken.rss"))
    storm = items[1]
    assert isinstance(storm, Article) and storm.title == "Storm closes airport"
    assert "unclosed token" in storm.extra["feed_problem"]
    assert isinstance(items[2], Rejection)


def test_malformed_feed_without_entries_is_rejected_with_the_parser_reason():
    with pytest.raises(MalformedInput) as caught:
        list(read(b"<rss><channel><title>Cut</ti", "cut.rss", SETTINGS))
    assert caught.value.reason.startswith("not a feed: ")
    assert "token" in caught.value.reason or "syntax" in caught.value.reason


def test_xml_that_is_not_a_feed_is_malformed():
    with pytest.raises(MalformedInput) as caught:
        read_fixture("notafeed.xml")
    assert caught.value.reason == "not a feed: no RSS or Atom elements found"


def test_feed_without_entries_is_empty():
    data = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    with pytest.raises(EmptyInput):
        list(read(data, "quiet.rss", SETTINGS))


def test_fragment_text_keeps_paragraphs_and_sets_captions_apart():
    paragraphs, captions = fragment_text(
        "Lead <b>in</b><p>One <a href='#'>link</a></p>line<br>on<br><br>Two<ul><li>a</li></ul>"
        "<figure><img src='x'><figcaption>Caption text</figcaption></figure>"
        "<script>track()</script><!-- note -->tail")
    assert paragraphs == ["Lead in", "One link", "line on", "Two", "a", "tail"]
    assert captions == ["Caption text"]
    assert fragment_text("") == ([], [])


def test_dispatcher_reads_feed_files(html_reader):
    items = list(read_source(str(FIXTURES / "world.rss"), SETTINGS))
    assert sum(isinstance(i, Article) for i in items) == 3
    assert sum(isinstance(i, Rejection) for i in items) == 1


def test_local_page_with_the_real_html_reader():
    pytest.importorskip("storyline.ingest.html", reason="the HTML reader has not landed yet")
    wall = by_entry(read_fixture("world.rss"))[2]
    assert isinstance(wall, Article)
    assert "Councillors voted by nine to four" in wall.body()
    assert wall.extra["text_from"] == "linked page"
