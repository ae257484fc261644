"""The text/Markdown dump reader: cleaning, metadata with provenance, the two seeds."""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import EmptyInput
from storyline.eval.cleaning import evaluate
from storyline.ingest.text import read_text
from tests.conftest import SEEDS, need

DUMPS = Path(__file__).parent / "fixtures" / "dumps"


def test_labelled_dumps_keep_every_body_paragraph_and_drop_boilerplate():
    score = evaluate(DUMPS)
    assert score.dumps >= 4
    assert score.body_recall == 1.0, score.problems
    assert score.boilerplate_removal >= 0.9, score.problems
    assert score.metadata_accuracy == 1.0, score.problems


def test_copyright_year_is_not_a_publication_date():
    raw = ("Ministers met in Oslo to talk about fishing quotas for the coming season and "
           "agreed to meet again.\n\nCopyright Example Times Limited 2022. All rights reserved.\n")
    article = read_text(raw.encode(), "x.txt")
    assert article.published is None
    assert article.extra["copyright_year"] == "2022"
    assert article.outlet == "Example Times"
    assert article.provenance["outlet"] == "copyright-holder"
    assert "Copyright" not in article.text


def test_url_path_date_wins_and_agreeing_dateline_is_noted():
    raw = ("# Title here\n\nMay 5, 2020\n\nBody paragraph with enough words to be an article body.\n\n"
           "Original url: <https://www.reuters.com/world/2020/05/05/some-story-id>\n")
    article = read_text(raw.encode(), "x.md")
    assert article.published == "2020-05-05"
    assert article.provenance["published"] == "url-path (agrees: dateline)"
    assert article.outlet == "Reuters"
    assert article.title == "Title here"


def test_sections_cover_title_captions_and_body_with_offsets():
    raw = ("# Headline\n\nTOPSHOT - A crowd in Kyiv on March 3, 2022. AFP PHOTO/SOMEONE\n\n"
           "First paragraph of the body.\n\nSecond paragraph.\n")
    article = read_text(raw.encode(), "x.md")
    kinds = [s.kind for s in article.sections]
    assert kinds == ["title", "caption", "body", "body"]
    for s in article.sections:
        assert article.text[s.start:s.end].strip() == article.text[s.start:s.end]
    caption = article.sections[1]
    assert article.text[caption.start:caption.end] == "A crowd in Kyiv on March 3, 2022."
    assert article.published == "2022-03-03" and article.provenance["published"] == "caption"
    assert any(s.kind == "photo-credit" and "AFP PHOTO" in s.text for s in article.stripped)


def test_only_boilerplate_is_rejected_as_empty():
    with pytest.raises(EmptyInput, match="no article body"):
        read_text(b"Share this article\n\nComments\n", "promo.txt")


def test_same_body_same_id_whatever_the_wrapping():
    a = read_text(b"Body text of a story, told once.\n\nSecond paragraph.", "a.txt")
    b = read_text(b"# A headline\n\nBody text of a story, told once.\n\nSecond paragraph.\n\n"
                  b"Share this article", "b.md")
    assert a.id == b.id


def test_ft_seed_metadata():
    path = need(SEEDS / "000_a1895b143738497c.txt")
    article = read_text(path.read_bytes(), str(path))
    assert article.published == "2014-03-14"
    assert article.provenance["published"] == "caption"
    assert article.outlet == "Financial Times"
    assert article.extra["contributors"] == ["Kathrin Hille", "Geoff Dyer", "Richard McGregor",
                                             "John Aglionby"]
    body = article.body()
    assert body.startswith("Moscow said on Friday")
    assert body.rstrip().endswith("bring suffering.”")
    for junk in ("Get alerts", "Copyright", "Reuse this content", "Follow the topics", "AFP PHOTO",
                 "Additional reporting"):
        assert junk not in article.text
    assert "Sergey Lavrov" in article.extra["captions"][0]


def test_moscow_times_seed_metadata():
    path = need(SEEDS / "003_4195a57230219857.txt")
    article = read_text(path.read_bytes(), str(path))
    assert article.published == "2014-03-30"
    assert article.authors == ("Natalya Krainova",)
    assert article.outlet == "The Moscow Times"
    assert article.url == "https://www.themoscowtimes.com/2014/03/30/kerry-and-lavrov-meet-on-ukraine-a33461"
    assert article.title == "Kerry and Lavrov Meet on Ukraine"
    assert article.extra["emails"] == ["n.krainova@imedia.ru"]
    assert "](" not in article.text and "Contact the author" not in article.text
