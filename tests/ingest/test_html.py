"""Reading web pages into Articles (storyline.ingest.html) and scoring the readers."""
from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

from storyline.errors import EmptyInput, InputError, MalformedInput
from storyline.eval import extraction, pubdates
from storyline.ingest.html import _iso, choose_title, read_html
from storyline.ingest.htmlmeta import Found, PageMeta, page_metadata
from storyline.records import Article, from_jsonable, to_jsonable

FIXTURES = Path(__file__).parent / "fixtures" / "html"
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "extraction"


def page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# --- read_html ----------------------------------------------------------------

def test_json_ld_page_gives_date_authors_outlet_and_title_with_provenance():
    article = read_html(page("jsonld_article.html"), "jsonld_article.html")
    assert article.published == "2021-03-04"
    assert article.provenance["published"] == "json-ld datePublished"
    assert article.authors == ("Jane Marlow", "Tom Reyes")
    assert article.provenance["authors"] == "json-ld author"
    # the <title> says "… | The Coastal Courier"; the headline is without the outlet
    assert article.title == "Harbour town votes to rebuild its sea wall"
    assert article.outlet == "The Coastal Courier"
    assert article.url == "https://www.coastalcourier.example/news/harbour-sea-wall"
    assert article.provenance["url"] == "link canonical"
    assert article.language == "en"
    assert article.source_format == "html"


def test_body_paragraphs_are_separate_sections_without_navigation_or_footer():
    article = read_html(page("jsonld_article.html"), "p.html")
    body = [article.text[s.start:s.end] for s in article.sections if s.kind == "body"]
    assert len(body) == 4
    assert body[0].startswith("The town council of Port Ellery voted")
    assert "\n\n" in article.body()
    assert "Copyright" not in article.text and "Sport" not in article.text
    # the <h1> is the title section, not repeated as the first body paragraph
    assert article.text.count("Harbour town votes to rebuild its sea wall") == 1


def test_figcaption_becomes_a_caption_section():
    article = read_html(page("jsonld_article.html"), "p.html")
    captions = [article.text[s.start:s.end] for s in article.sections if s.kind == "caption"]
    assert captions == ["Waves break over the old sea wall at high tide."]
    assert article.extra["captions"] == captions
    assert "Waves break" not in article.body()


def test_standfirst_shown_on_the_page_opens_the_body():
    article = read_html(page("standfirst.html"), "standfirst.html")
    assert article.body().startswith("Farmers in the eastern plains expect the smallest harvest")
    assert article.provenance["lead"] == "description shown on the page"
    assert article.body().count("Farmers in the eastern plains") == 1


def test_description_only_in_the_head_is_not_added():
    html = page("standfirst.html").replace(
        b'<div class="standfirst">Farmers in the eastern plains expect the smallest harvest in '
        b'twenty years after a spring without rain.</div>', b"")
    article = read_html(html, "no-standfirst.html")
    assert "Farmers in the eastern plains" not in article.text
    assert "lead" not in article.provenance


def test_captions_outside_the_story_are_left_out():
    article = read_html(page("standfirst.html"), "standfirst.html")
    assert article.extra["captions"] == ["A dry field near the river in May."]
    assert "bridge" not in article.text and "recipes" not in article.text


def test_meta_tag_date_and_site_name():
    article = read_html(page("meta_date.html"), "meta_date.html")
    assert article.published == "2020-11-02"
    assert article.provenance["published"] == "html-meta article:published_time"
    assert article.outlet == "Valley Herald"
    assert article.provenance["outlet"] == "og:site_name"
    assert article.title == "Library reopens after two-year restoration"
    assert article.authors == ("Priya Natarajan",)


def test_date_only_in_the_url_path():
    url = "https://islands.example/2019/05/17/ferry-service-resumes"
    article = read_html(page("url_date.html"), "url_date.html", url=url)
    assert article.published == "2019-05-17"
    assert article.provenance["published"] == "url-path"
    assert article.url == url
    assert article.outlet == "islands.example"
    assert article.provenance["outlet"] == "url-domain"


def test_page_without_any_date_has_none():
    article = read_html(page("url_date.html"), "url_date.html")
    assert article.published is None
    assert "published" not in article.provenance


def test_known_outlet_named_from_its_domain():
    article = read_html(page("url_date.html"), "x", url="https://www.bbc.co.uk/news/ferry-123")
    assert article.outlet == "BBC"


def test_str_input_reads_like_bytes():
    as_text = read_html(page("meta_date.html").decode("utf-8"), "m")
    assert as_text.id == read_html(page("meta_date.html"), "m").id


def test_article_round_trips_through_json():
    article = read_html(page("jsonld_article.html"), "p.html")
    assert from_jsonable(Article, json.loads(json.dumps(to_jsonable(article)))) == article


def test_page_without_article_body_is_malformed():
    with pytest.raises(MalformedInput) as caught:
        read_html(page("no_body.html"), "no_body.html")
    assert "no article body found in the HTML" in caught.value.reason
    assert caught.value.source == "no_body.html"


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "not HTML"),
    (b"Just a line of plain text, with no markup at all.\n", "not HTML"),
])
def test_non_html_input_is_rejected_with_reason(data, reason):
    with pytest.raises(MalformedInput) as caught:
        read_html(data, "input.bin")
    assert reason in caught.value.reason


def test_empty_input():
    with pytest.raises(EmptyInput):
        read_html(b"  \n ", "empty.html")


def test_rejections_are_input_errors_for_the_ingest_runner():
    with pytest.raises(InputError):
        read_html(b"<html><body></body></html>", "bare.html")


# --- metadata helpers -----------------------------------------------------------

def test_page_metadata_reads_graph_json_ld_and_skips_broken_scripts():
    html = b"""<html><head>
    <script type="application/ld+json">{ not json </script>
    <script type="application/ld+json">{"@graph": [
      {"@type": "WebSite", "name": "Plains Daily"},
      {"@type": ["NewsArticle"], "headline": "Grain prices rise", "datePublished": "2018-07-01",
       "author": {"@type": "Person", "givenName": "Ana", "familyName": "Lopes"}},
    ]}</script></head><body><p>x</p></body></html>"""
    from trafilatura.utils import load_html

    meta = page_metadata(load_html(html))
    assert Found("Grain prices rise", "json-ld newsarticle headline") in meta.titles
    assert meta.dates[0] == Found("2018-07-01", "json-ld datePublished")
    assert meta.authors[0].value == "Ana Lopes"
    assert meta.sites[0] == Found("Plains Daily", "json-ld website")


def test_title_drops_outlet_name_only_when_it_is_the_outlet():
    meta = PageMeta(html_title="Storm hits coast - what we know | Daily Planet")
    title, where = choose_title(meta, None, ["Daily Planet"])
    assert title == "Storm hits coast - what we know"
    assert where == "html-title"


def test_title_agreed_by_most_witnesses_wins():
    meta = PageMeta(titles=(Found("Storm hits coast", "og:title"),), headings=("Weather",),
                    html_title="Storm hits coast » Planet News")
    assert choose_title(meta, "Planet News", ["planetnews.example"])[0] == "Storm hits coast"


@pytest.mark.parametrize("searched, stated, url, expected", [
    # htmldate's answer backed by nothing, the publisher's metadata says otherwise
    ("2020-07-08", ("2020-04-27",), None, ("2020-04-27", "json-ld datePublished")),
    # a day apart is a time-zone shift, not a contradiction
    ("2020-04-26", ("2020-04-27",), None, ("2020-04-26", "htmldate")),
    # the URL backs htmldate
    ("2017-07-12", ("2019-06-17",), "https://x.example/2017/07/12/story",
     ("2017-07-12", "url-path")),
    # the metadata disagrees with itself: htmldate decides
    ("2020-07-08", ("2020-04-27", "2020-05-01"), None, ("2020-07-08", "htmldate")),
    # htmldate finds nothing: the first witness
    (None, ("2020-04-27",), None, ("2020-04-27", "json-ld datePublished")),
])
def test_date_witnesses_weighed(monkeypatch, searched, stated, url, expected):
    import storyline.ingest.html as reader

    monkeypatch.setattr(reader, "find_date", lambda *args, **kwargs: searched)
    names = ("json-ld datePublished", "dc.date")
    meta = PageMeta(dates=tuple(Found(value, where) for value, where in zip(stated, names)))
    published, where, seen = reader.choose_date(None, url, meta)
    assert (published, where) == expected
    if searched:
        assert seen["htmldate"] == searched


@pytest.mark.parametrize("raw, iso", [
    ("2021-03-04T10:15:00+00:00", "2021-03-04"),
    ("20190517", "2019-05-17"),
    ("Mon, 21 Jan 2022 10:00:00 GMT", "2022-01-21"),
    ("2022", None),  # a year alone is no publication date
    ("Jan 2022", None),
    ("1582045946", None),
])
def test_machine_dates(raw, iso):
    assert _iso(raw) == iso


# --- scoring ----------------------------------------------------------------------

def _page(with_, without, **gold):
    return extraction.Page("u", "f.html", tuple(with_), tuple(without), gold)


def test_segments_counted_as_trafilatura_does():
    item = _page(["first  segment", "missing"], ["menu", "footer line"])
    counts = extraction.count_segments(item, "The first\nsegment and the menu.")
    assert counts == extraction.Confusion(tp=1, fp=1, fn=1, tn=1)
    # no text: every expected segment missed, every unwanted one avoided
    assert extraction.count_segments(item, None) == extraction.Confusion(fn=2, tn=2)


def test_confusion_scores():
    c = extraction.Confusion(tp=8, fp=2, fn=2, tn=8)
    assert (c.precision, c.recall, c.accuracy, c.f1) == (0.8, 0.8, 0.8, 0.8)
    assert extraction.Confusion().f1 == 0.0


def test_date_judgement_follows_htmldate():
    assert pubdates.judge("2020-01-02", "2020-01-02") == extraction.Confusion(tp=1)
    assert pubdates.judge("2020-01-02", "2020-01-03") == extraction.Confusion(fp=1)
    assert pubdates.judge("2020-01-02", None) == extraction.Confusion(fn=1)


def _tarball(path: Path, files: dict[str, bytes], top: str | None) -> None:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(f"{top}/{name}" if top else name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


def test_extraction_evaluation_end_to_end(tmp_path):
    _tarball(tmp_path / "html.tar.gz", {"a.html": page("jsonld_article.html"),
                                        "b.html": page("no_body.html")}, top="html")
    (tmp_path / "evaldata.json").write_text(json.dumps({
        "https://a.example/": {"file": "a.html", "with": ["Port Ellery voted", "nine votes to two"],
                               "without": ["All rights reserved", "Sport"],
                               "title": "Harbour town votes to rebuild its sea wall",
                               "author": "Jane Marlow; Tom Reyes", "date": "2021-03-04"},
        "https://b.example/": {"file": "b.html", "with": ["Contact us"], "without": ["Site map"]},
    }))
    result = extraction.evaluate_extraction(tmp_path)
    assert result.pages == 2
    ours = next(s for s in result.systems if s.system == "storyline read_html")
    assert ours.segments == extraction.Confusion(tp=2, fp=0, fn=1, tn=3)
    assert ours.failures == 1
    assert {k: (t.correct, t.total) for k, t in ours.fields.items()} == {
        "title": (1, 1), "author": (1, 1), "date": (1, 1)}


def test_dates_evaluation_end_to_end(tmp_path):
    _tarball(tmp_path / "html.tar.gz", {"eval_default/a.html": page("meta_date.html"),
                                        "eval_mediacloud_2020/b.html": page("no_body.html")},
             top=None)
    (tmp_path / "eval_default.json").write_text(json.dumps(
        {"https://a.example/": {"file": "a.html", "date": "2020-11-02"}}))
    (tmp_path / "eval_mediacloud_2020.json").write_text(json.dumps(
        {"https://b.example/": {"file": "b.html", "date": "2019-01-01"}}))
    result = pubdates.evaluate_dates(tmp_path, with_url=False)
    ours = next(s for s in result.systems if s.system == "storyline read_html")
    assert ours.counts == extraction.Confusion(tp=1, fn=1)
    assert ours.rejected == 1


def test_missing_evaluation_data_is_reported(tmp_path):
    from storyline.errors import EvaluationDataError

    with pytest.raises(EvaluationDataError):
        extraction.evaluate_extraction(tmp_path)
    with pytest.raises(EvaluationDataError):
        pubdates.evaluate_dates(tmp_path)


# --- quality floors on the shared sets (a sample, to stay fast) -------------------

def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the repo)")
    return path


def test_dates_not_worse_than_htmldate_on_a_sample():
    result = pubdates.evaluate_dates(_need(SHARED / "htmldate_eval"), limit=60, with_url=False)
    library, ours = result.systems[0], result.systems[1]
    assert ours.counts.accuracy >= library.counts.accuracy
    assert ours.counts.accuracy >= 0.85


def test_extraction_not_worse_than_trafilatura_on_a_sample():
    directory = _need(SHARED / "trafilatura_eval")
    # pages 75-114: the first stretch of the set with gold titles, authors and dates
    pages = extraction.load_pages(directory)[75:115]
    html = extraction.read_tarball(directory / "html.tar.gz", (p.file for p in pages))
    result = extraction.score_pages(pages, html, extraction.systems())
    library, ours = result.systems[0], result.systems[1]
    assert ours.fields["title"].total >= 30
    assert ours.segments.f1 >= library.segments.f1
    assert ours.fields["title"].accuracy >= library.fields["title"].accuracy
    assert ours.fields["date"].accuracy >= library.fields["date"].accuracy
