"""Learning an outlet's home region from its articles' places."""
from __future__ import annotations

from storyline.places.outlets import home_regions
from storyline.places.records import Place
from storyline.places.resolve import Home


def _place(feature: str, admin1: str | None, how: str = "population", iso2: str = "US") -> Place:
    return Place(0, 1, "x", "x", None, feature, "USA", iso2, admin1, 0.0, 0.0, 0, False, how)


def test_home_is_the_state_most_articles_name():
    articles = [
        ("towntalk.example", [_place("ADM2", "Louisiana"), _place("city", "Egypt-ish")]),
        ("towntalk.example", [_place("city", "Louisiana", how="qualified")]),
        ("towntalk.example", [_place("ADM1", "Texas")]),
        ("towntalk.example", [_place("ADM1", "Louisiana")]),
    ]
    assert home_regions(articles) == {"towntalk.example": Home("US", "Louisiana")}


def test_towns_chosen_by_size_alone_are_no_evidence():
    articles = [("paper.example", [_place("city", "Ohio")]), ("paper.example", [_place("city", "Ohio")])]
    assert home_regions(articles) == {}


def test_one_article_or_a_split_vote_gives_no_home():
    assert home_regions([("a.example", [_place("ADM1", "Ohio")])]) == {}
    split = [("b.example", [_place("ADM1", s)]) for s in ("Ohio", "Iowa", "Ohio", "Utah", "Iowa")]
    assert home_regions(split) == {}
    assert home_regions([(None, [_place("ADM1", "Ohio")])] * 3) == {}
