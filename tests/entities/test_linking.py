"""Linking entities across articles: variants merge, different people never do."""
from __future__ import annotations

from storyline.entities.linking import Occurrence, link
from storyline.entities.names import is_acronym_of, same_word
from storyline.records import Description, Entity, Mention


def _occ(article, name, label="PERSON", country=None, role=None, published="2014-03-14"):
    descriptions = (Description(role, role, country, 0, 1, "apposition"),) if role else ()
    entity = Entity(key="e0", name=name, label=label, mentions=(0,), descriptions=descriptions,
                    country=country)
    return Occurrence(article, published, entity, [Mention(0, len(name), name, label)])


def _names(canon):
    return sorted(sorted(o.entity.name for o in c.occurrences) for c in canon)


def test_transliteration_variants_are_the_same_word():
    assert same_word("sergey", "sergei")
    assert same_word("yanukovich", "yanukovych")
    assert same_word("kiev", "kyiv")
    assert not same_word("maria", "mario")
    assert not same_word("putin", "pushkin")


def test_variants_of_one_person_across_articles_merge():
    canon = link([_occ("a1", "Sergey Lavrov"), _occ("a2", "Sergei Lavrov"), _occ("a3", "Lavrov")])
    assert len(canon) == 1
    record = canon[0].record()
    assert record["name"] in ("Sergei Lavrov", "Sergey Lavrov")
    assert set(record["articles"]) == {"a1", "a2", "a3"}
    assert {"Sergey Lavrov", "Sergei Lavrov", "Lavrov"} <= set(record["aliases"]) | {record["name"]}


def test_two_people_sharing_a_surname_are_not_merged_without_evidence():
    canon = link([_occ("a1", "George Bush", country="USA", role="president"),
                  _occ("a2", "Jeb Bush", country="USA", role="governor"),
                  _occ("a3", "Bush")])
    assert _names(canon) == [["Bush"], ["George Bush"], ["Jeb Bush"]]


def test_surname_joins_the_person_whose_role_it_shares():
    canon = link([_occ("a1", "George Bush", country="USA", role="president"),
                  _occ("a2", "Jeb Bush", country="USA", role="governor"),
                  _occ("a3", "Bush", role="governor")])
    assert _names(canon) == [["Bush", "Jeb Bush"], ["George Bush"]]


def test_surname_of_another_country_stays_apart():
    canon = link([_occ("a1", "Anders Rasmussen", country="DNK"), _occ("a2", "Rasmussen", country="USA")])
    assert len(canon) == 2


def test_ids_are_stable_whatever_the_order():
    a = link([_occ("a1", "Sergey Lavrov"), _occ("a2", "Sergei Lavrov")])
    b = link([_occ("a2", "Sergei Lavrov"), _occ("a1", "Sergey Lavrov")])
    assert a[0].id == b[0].id


def test_organisation_abbreviations_merge():
    assert is_acronym_of("EU", "European Union") and is_acronym_of("the UN", "United Nations")
    assert is_acronym_of("NATO", "North Atlantic Treaty Organization")
    canon = link([_occ("a1", "European Union", "ORG"), _occ("a2", "EU", "ORG"),
                  _occ("a3", "NATO", "ORG"), _occ("a4", "North Atlantic Treaty Organization", "ORG")])
    assert _names(canon) == [["EU", "European Union"], ["NATO", "North Atlantic Treaty Organization"]]


def test_place_spellings_merge():
    canon = link([_occ("a1", "Kiev", "GPE"), _occ("a2", "Kyiv", "GPE")])
    assert len(canon) == 1 and canon[0].record()["label"] == "GPE"


def test_people_kept_apart_never_share_an_id():
    # the same consonant skeleton, spelt apart: two people, two ids
    canon = link([_occ("a1", "Mario Rossi"), _occ("a2", "Maria Rossi"), _occ("a3", "Wen"),
                  _occ("a4", "Yawn"), _occ("a5", "Ahmed Bazi"), _occ("a6", "Ahmed Bouazi")])
    ids = [c.id for c in canon]
    assert len(canon) >= 5 and len(set(ids)) == len(ids)
    # the first one seen keeps the id it had on its own
    alone = link([_occ("a1", "Mario Rossi")])[0].id
    assert canon[0].id == alone
