"""The mentions component: the model's systematic mistakes, repaired from evidence."""
from __future__ import annotations

import pytest

from storyline.ingest.assemble import build_article
from storyline.pipeline.documents import analyse

pytestmark = pytest.mark.model


def _mentions(nlp, body, title=None):
    article = build_article(body=body, title=title, source="t", source_format="text")
    doc = analyse(nlp, article)
    return {(m.text, m.label) for m in doc._.mentions}, doc


def test_surname_tagged_org_becomes_person_when_the_full_name_is_used(nlp):
    found, _ = _mentions(nlp, "Sergei Lavrov, Russian foreign minister, arrived in London. "
                              "Lavrov admitted the crisis over Crimea was difficult.")
    assert ("Lavrov", "PERSON") in found
    assert ("Lavrov", "ORG") not in found


def test_regions_and_cities_tagged_as_org_or_norp_become_places(nlp):
    found, _ = _mentions(nlp, "Russia annexed Crimea and Sevastopol, where voters backed "
                              "seceding. Crimea's parliament met on Monday.")
    assert ("Crimea", "GPE") in found or ("Crimea", "LOC") in found
    assert not any(text == "Crimea" and label == "ORG" for text, label in found)
    assert not any(text == "Sevastopol" and label == "NORP" for text, label in found)


def test_nationality_adjective_is_norp(nlp):
    found, _ = _mentions(nlp, "A similar warning came from Moldovan Prime Minister Iurie Leanca, "
                              "who complained of provocations.")
    assert ("Moldovan", "NORP") in found
    assert ("Iurie Leanca", "PERSON") in found


def test_headline_words_are_cut_from_a_name(nlp):
    found, doc = _mentions(nlp, "Sergei Lavrov and John Kerry were set to meet late on Sunday.",
                           title="Kerry and Lavrov Meet on Ukraine")
    assert ("Lavrov Meet", "PERSON") not in found
    title_mentions = [m for m in doc._.mentions if m.section == "title"]
    assert {"Kerry", "Lavrov"} <= {m.text for m in title_mentions}


def test_missed_first_name_is_added_and_offsets_point_into_the_text(nlp):
    body = "NATO Secretary General Anders Fogh Rasmussen said the alliance was worried."
    found, doc = _mentions(nlp, body)
    assert ("Anders Fogh Rasmussen", "PERSON") in found
    for m in doc._.mentions:
        assert doc.text[m.start:m.end] == m.text


def test_nationality_and_country_words_never_become_people(nlp):
    found, _ = _mentions(nlp, "Sri Lankan officials met in Colombo. The Sri Lankan government "
                              "said Egypt would help.", title="Rethinking Egypt")
    assert not any(label == "PERSON" for text, label in found if text in ("Sri Lankan", "Egypt"))
    assert ("Sri Lankan", "NORP") in found
