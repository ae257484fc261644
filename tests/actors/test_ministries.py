"""An unqualified ministry and its staff take the country of the article's minister."""
from storyline.actors.component import _home_ministries, _portfolio
from storyline.records import ActorCode, Description, Entity


def _minister(name: str, title: str, country: str) -> Entity:
    return Entity(f"e-{name}", name, "PERSON",
                  descriptions=(Description(title, "foreign minister", country, 0, 1, "pre-name title"),),
                  actor=ActorCode(f"{country}GOV", title, "text", country, "GOV"))


def _spokesman(title: str) -> Entity:
    return Entity("e-s", "Ivan Petrov", "PERSON",
                  descriptions=(Description(title, "spokesman", None, 0, 1, "pre-name title"),))


def test_portfolio_words():
    assert _portfolio("Foreign Ministry spokesman") == ("ministry", "foreign")
    assert _portfolio("Russia's Foreign Minister") == ("minister", "foreign")
    assert _portfolio("Minister of Defense") == ("minister", "defence")
    assert _portfolio("the Ministry of Foreign Affairs") == ("ministry", "foreign")
    assert _portfolio("Prime Minister") is None
    assert _portfolio("billionaire") is None


def test_ministry_and_its_spokesman_take_the_ministers_country():
    entities = [_minister("Sergei Lavrov", "Russian Foreign Minister", "RUS"),
                Entity("e-m", "Foreign Ministry", "ORG"), _spokesman("Foreign Ministry spokesman")]
    _, ministry, spokesman = _home_ministries(entities)
    assert ministry.actor.code == spokesman.actor.code == "RUSGOV"
    assert "Sergei Lavrov" in spokesman.actor.evidence and ministry.country == "RUS"


def test_two_countries_ministers_leave_the_ministry_uncoded():
    entities = [_minister("Sergei Lavrov", "Russian Foreign Minister", "RUS"),
                _minister("Frank-Walter Steinmeier", "German Foreign Minister", "DEU"),
                Entity("e-m", "Foreign Ministry", "ORG")]
    assert _home_ministries(entities)[2].actor is None


def test_another_portfolio_is_not_enough():
    entities = [_minister("Sergei Lavrov", "Russian Foreign Minister", "RUS"),
                Entity("e-m", "Defence Ministry", "ORG")]
    assert _home_ministries(entities)[1].actor is None
