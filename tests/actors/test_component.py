"""The actors component on short texts, and on the seed articles when ../shared is there."""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.actors.coder import ActorCoder
from storyline.actors.component import code_entities
from storyline.pipeline.documents import article_from_text, make_doc
from storyline.records import ActorCode, Description, Entity, Mention, from_jsonable, to_jsonable

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

pytestmark = pytest.mark.model


def _doc_with(bare_nlp, text: str, published: str | None, people: list[str],
              descriptions: dict[str, tuple[Description, ...]] | None = None):
    """Return a parsed Doc whose entities are ``people`` (one mention each), made by hand."""
    doc = bare_nlp(make_doc(bare_nlp, article_from_text(text, published=published)))
    mentions, entities = [], []
    for n, name in enumerate(people):
        start = text.index(name)
        mentions.append(Mention(start, start + len(name), name, "PERSON", entity=f"e{n}"))
        entities.append(Entity(f"e{n}", name, "PERSON", (n,),
                               (descriptions or {}).get(name, ())))
    doc._.mentions, doc._.entities = mentions, entities
    return doc


@pytest.fixture(scope="module")
def coder():
    return ActorCoder.default()


def test_title_before_the_name(bare_nlp, coder):
    doc = _doc_with(bare_nlp, "Moldovan Prime Minister Ion Vasilache said on Friday that talks failed.",
                    "2014-03-30", ["Ion Vasilache"])
    (entity,) = code_entities(doc, coder)
    assert entity.actor.code == "MDAGOV" and entity.actor.source == "text"
    assert entity.country == "MDA"


def test_apposition_after_the_name(bare_nlp, coder):
    doc = _doc_with(bare_nlp, "Taras Hrytsenko, the Donetsk-based billionaire who owns a steel plant, "
                    "called for calm.", "2014-03-14", ["Taras Hrytsenko"])
    (entity,) = code_entities(doc, coder)
    assert entity.actor.code == "UKRBUS"
    assert "billionaire" in entity.actor.evidence


def test_adverbial_after_a_comma_is_no_apposition(bare_nlp, coder):
    doc = _doc_with(bare_nlp, "Olek Varnov, in an interview with Germany's Focus magazine, said so.",
                    "2014-03-14", ["Olek Varnov"])
    assert code_entities(doc, coder)[0].actor is None


def test_titles_stop_at_other_people(bare_nlp, coder):
    doc = _doc_with(bare_nlp, "Olek Varnov, Ukrainian Prime Minister Ivan Drach and others met.",
                    "2014-03-14", ["Olek Varnov", "Ivan Drach"])
    varnov, drach = code_entities(doc, coder)
    assert varnov.actor is None
    assert drach.actor.code == "UKRGOV"


def test_descriptions_are_read(bare_nlp, coder):
    text = "Olek Varnov spoke on Monday."
    said = Description("Belarusian interior minister", "interior minister", "BLR", 0, 10, "apposition")
    doc = _doc_with(bare_nlp, text, "2014-03-14", ["Olek Varnov"], {"Olek Varnov": (said,)})
    (entity,) = code_entities(doc, coder)
    assert entity.actor.code == "BLRCOP"  # CAMEO files interior ministries under police


def test_dictionary_date_when_words_say_nothing(bare_nlp, coder):
    text = "John Kerry said the talks would go on."
    early = code_entities(_doc_with(bare_nlp, text, "2012-06-01", ["John Kerry"]), coder)[0]
    late = code_entities(_doc_with(bare_nlp, text, "2014-03-14", ["John Kerry"]), coder)[0]
    assert (early.actor.code, early.actor.source) == ("USAGOVLEG", "dictionary")
    assert (late.actor.code, late.actor.until, late.actor.since) == ("USAGOV", None, "2013-02-01")


def test_role_from_words_country_from_dictionary(bare_nlp, coder):
    doc = _doc_with(bare_nlp, "President Barack Obama said he hoped for a solution.", "2014-03-14",
                    ["Barack Obama"])
    (entity,) = code_entities(doc, coder)
    assert entity.actor.code == "USAGOV"


def test_authors_and_places_of_other_kinds_are_left_alone(bare_nlp, coder):
    doc = _doc_with(bare_nlp, "By John Kerry.", "2014-03-14", ["John Kerry"])
    doc._.entities = [Entity("e0", "John Kerry", "PERSON", (0,), is_author=True)]
    assert code_entities(doc, coder)[0].actor is None


def test_actor_survives_json(bare_nlp, coder):
    doc = _doc_with(bare_nlp, "Russian Foreign Minister Sergei Lavrov arrived.", "2014-03-14",
                    ["Sergei Lavrov"])
    (entity,) = code_entities(doc, coder)
    again = from_jsonable(Entity, to_jsonable(entity))
    assert again == entity and isinstance(again.actor, ActorCode)


# --- the whole pipeline -------------------------------------------------------------------

def _actor(doc, name: str) -> str | None:
    """Return the code of the most mentioned entity whose name holds ``name``."""
    named = [e for e in doc._.entities if name in e.name]
    if not named:
        raise AssertionError(f"no entity named like {name!r}: {[e.name for e in doc._.entities]}")
    entity = max(named, key=lambda e: len(e.mentions))
    return entity.actor.code if entity.actor else None


def test_pipeline_codes_people_organisations_and_countries(analyse):
    doc = analyse("Russian Foreign Minister Sergei Lavrov met NATO officials in Brussels on Monday. "
                  "Ukraine said Russian troops had crossed the border.", "2014-03-14")
    assert _actor(doc, "Lavrov") == "RUSGOV"
    assert _actor(doc, "NATO") == "IGOWSTNAT"
    assert _actor(doc, "Ukraine") == "UKR"


def _seed(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the repo)")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_docs(nlp):
    from storyline.pipeline.documents import analyse

    return {
        "ft": analyse(nlp, article_from_text(_seed("000_a1895b143738497c.txt"), published="2014-03-14")),
        "mt": analyse(nlp, article_from_text(_seed("003_4195a57230219857.txt"), published="2014-03-30")),
    }


@pytest.mark.parametrize("seed, name, code", [
    ("ft", "Lavrov", "RUSGOV"),
    ("ft", "Kerry", "USAGOV"),
    ("ft", "Obama", "USAGOV"),
    ("mt", "Lavrov", "RUSGOV"),
    ("mt", "Kerry", "USAGOV"),
    ("mt", "Obama", "USAGOV"),
    ("mt", "Rasmussen", "IGOWSTNAT"),
    ("mt", "Yanukovich", "UKRELI"),
    ("mt", "Leanca", "MDAGOV"),
    ("ft", "Akhmetov", "UKRBUS"),
])
def test_seed_actors(seed_docs, seed, name, code):
    assert _actor(seed_docs[seed], name) == code
