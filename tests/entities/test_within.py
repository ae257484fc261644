"""The entities component: one entity per actor within an article, with descriptions."""
from __future__ import annotations

import pytest

from storyline.ingest.assemble import build_article
from storyline.pipeline.documents import analyse

pytestmark = pytest.mark.model


def _doc(nlp, body, **meta):
    return analyse(nlp, build_article(body=body, source="t", source_format="text", **meta))


def _entity(doc, name):
    found = [e for e in doc._.entities if e.name == name]
    assert found, [e.name for e in doc._.entities]
    return found[0]


def test_title_apposition_honorific_and_surname_make_one_person(nlp):
    doc = _doc(nlp, "Russian Foreign Minister Sergey Lavrov arrived in London on Friday.\n\n"
                    "Sergei Lavrov, Russian foreign minister, said the talks were candid. "
                    "Mr Lavrov declined to comment further. Lavrov left at noon.")
    people = [e for e in doc._.entities if e.label == "PERSON"]
    assert len(people) == 1
    lavrov = people[0]
    texts = {doc._.mentions[i].text for i in lavrov.mentions}
    assert {"Sergey Lavrov", "Sergei Lavrov", "Lavrov"} <= {t.replace("Mr ", "") for t in texts}
    assert lavrov.country == "RUS"
    roles = {d.role for d in lavrov.descriptions}
    assert "foreign minister" in roles
    assert {d.how for d in lavrov.descriptions} >= {"pre-name title", "apposition"}


def test_copular_description(nlp):
    doc = _doc(nlp, "Rinat Akhmetov is the richest businessman in the region. Akhmetov called "
                    "for calm on Friday.")
    akhmetov = _entity(doc, "Rinat Akhmetov")
    assert any(d.how == "copula" and d.role and "businessman" in d.role
               for d in akhmetov.descriptions)


def test_different_first_names_stay_apart_and_a_surname_joins_the_nearest(nlp):
    doc = _doc(nlp, "George Bush met Jeb Bush in Texas. Jeb Bush spoke first. Bush said the "
                    "campaign would start in June.")
    people = [e for e in doc._.entities if e.label == "PERSON"]
    assert sorted(e.name for e in people) == ["George Bush", "Jeb Bush"]
    jeb = _entity(doc, "Jeb Bush")
    last_bush = max(i for i, m in enumerate(doc._.mentions) if m.text == "Bush")
    assert last_bush in jeb.mentions


def test_acronym_joins_the_organisation(nlp):
    doc = _doc(nlp, "The European Union agreed new sanctions. The EU said they would start "
                    "on Monday.")
    orgs = [e for e in doc._.entities if e.label == "ORG"]
    assert len(orgs) == 1 and orgs[0].name == "European Union"


def test_authors_are_not_actors(nlp):
    doc = _doc(nlp, "Kathrin Hille said nothing. The minister spoke to reporters in Moscow.",
               authors=("Kathrin Hille",))
    assert _entity(doc, "Kathrin Hille").is_author
