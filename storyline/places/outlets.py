"""Where an outlet reports from, learnt from its own articles.

Local newspapers rarely name their own state: the Alexandria (Louisiana)
paper writes "Alexandria" and "Rapides Parish" and expects readers to know.
Across several articles of one outlet, though, the state shows: the states
it names, the counties and the towns it qualifies ("Pineville, La."). The
outlet's home is the state that evidence points to most, when it clearly
dominates; it then helps resolve the outlet's articles that say too little.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .records import Place
from .resolve import Home

_STRONG_FEATURES = ("ADM1", "ADM2")


def home_regions(articles: Iterable[tuple[str | None, list[Place]]],
                 min_articles: int = 2, min_share: float = 0.5) -> dict[str, Home]:
    """Return outlet → home region from (outlet, places) pairs of already analysed articles.

    Each article votes once for each state it gives strong evidence of (a
    state or county named, a qualified town); an outlet's home is the state
    voted by at least ``min_articles`` articles and ``min_share`` of the votes.
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    for outlet, places in articles:
        if not outlet:
            continue
        seen = set()
        for p in places:
            strong = p.feature in _STRONG_FEATURES or p.how == "qualified"
            if strong and p.iso2 and p.admin1:
                seen.add((p.iso2, p.admin1))
        votes[outlet].update(seen)
    homes = {}
    for outlet, counter in votes.items():
        if not counter:
            continue
        (iso2, admin1), n = counter.most_common(1)[0]
        if n >= min_articles and n / sum(counter.values()) >= min_share:
            homes[outlet] = Home(iso2, admin1)
    return homes
