"""Questions the CLI (and later the API) asks of the store: quotes, events, places, entities."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..entities.names import fold
from ..records import Article
from ..store.store import Store


@dataclass(frozen=True)
class Found:
    """One record found in an article, with the article and the names of its entities resolved."""

    article: Article
    record: dict
    names: dict  # entity key → canonical name


def _analysed(store: Store):
    links = store.entity_links()
    canonical = {e["id"]: e for e in store.entities()}
    articles = {a.id: a for a in store.articles(include_duplicates=False)}
    for row in store.analyses():
        article = articles.get(row.article_id)
        if article is None:
            continue
        names = {}
        for entity in row.result.get("entities", []):
            cid = links.get((row.article_id, entity["key"]))
            names[entity["key"]] = canonical.get(cid, {}).get("name") or entity["name"]
        yield article, row.result, names


def find_quotes(store: Store, speaker: str | None = None, search: str | None = None) -> list[Found]:
    """Return the quotes whose speaker's name contains ``speaker`` and text contains ``search``."""
    out = []
    for article, result, names in _analysed(store):
        for quote in result.get("quotes", []):
            who = quote_speaker(quote, names)
            content = " ".join(s["text"] for s in quote.get("content", []))
            if speaker and fold(speaker) not in fold(who):
                continue
            if search and search.lower() not in content.lower():
                continue
            out.append(Found(article, quote, names))
    return out


def quote_speaker(quote: dict, names: dict) -> str:
    """Return the canonical speaker's name of a stored quote (or its words when unresolved)."""
    if quote.get("speaker_entity") in names:
        return names[quote["speaker_entity"]]
    if quote.get("speaker_name"):
        return quote["speaker_name"]
    return (quote.get("speaker") or {}).get("text") or "(no speaker)"


def find_events(store: Store, actor: str | None = None, code: str | None = None,
                since: str | None = None, until: str | None = None,
                place: str | None = None) -> list[Found]:
    """Return events matching an actor (CAMEO code prefix or name), a CAMEO code prefix,
    a date range (inclusive, ISO prefixes) and a place name."""
    out = []
    for article, result, names in _analysed(store):
        for event in result.get("events", []):
            if code and not event["code"].startswith(code):
                continue
            date = event.get("date") or ""
            if since and date[: len(since)] < since or until and date[: len(until)] > until:
                continue
            if place and fold(place) not in fold(event.get("place") or ""):
                continue
            if actor and not any(_actor_matches(side, actor, names)
                                 for side in (event.get("source"), event.get("target"))):
                continue
            out.append(Found(article, event, names))
    out.sort(key=lambda f: (f.record.get("date") or "", f.article.id, f.record["sentence_start"]))
    return out


def _actor_matches(side: dict | None, actor: str, names: dict) -> bool:
    if not side:
        return False
    if actor.isupper() and (side.get("code") or "").startswith(actor):
        return True
    name = names.get(side.get("entity")) or side.get("text") or ""
    return fold(actor) in fold(name)


def place_counts(store: Store, country: str | None = None) -> list[tuple[dict, int, int]]:
    """Return (place, articles, mentions) for every resolved place, most widely reported first.

    ``country`` is an ISO 3166 alpha-2 or alpha-3 code ("UA" or "UKR").
    """
    wanted = None
    if country:
        from ..places.countries import country_by_code

        found = country_by_code(country)
        wanted = found.iso3 if found else country.upper()
    seen: dict[tuple, dict] = {}
    articles = defaultdict(set)
    mentions = defaultdict(int)
    for article, result, _ in _analysed(store):
        for place in result.get("places", []):
            if wanted and (place.get("country") or "").upper() != wanted:
                continue
            key = (place.get("geonameid"), place["name"], place.get("country"))
            seen.setdefault(key, place)
            articles[key].add(article.id)
            mentions[key] += 1
    rows = [(seen[k], len(articles[k]), mentions[k]) for k in seen]
    rows.sort(key=lambda r: (-r[1], -r[2], r[0]["name"]))
    return rows


def entity_detail(store: Store, name: str) -> list[tuple[dict, list[tuple[Article, str]]]]:
    """Return the canonical entities matching ``name`` with their mentions (article, text)."""
    wanted = fold(name)
    matches = [e for e in store.entities()
               if wanted == fold(e["name"]) or wanted in {fold(a) for a in e.get("aliases", [])}
               or wanted in fold(e["name"])]
    if not matches:
        return []
    links = store.entity_links()
    ids = {e["id"] for e in matches}
    mentions = defaultdict(list)
    articles = {a.id: a for a in store.articles()}
    for row in store.analyses():
        for m in row.result.get("mentions", []):
            cid = links.get((row.article_id, m.get("entity")))
            if cid in ids:
                article = articles[row.article_id]
                context = article.text[max(0, m["start"] - 60): m["end"] + 60].replace("\n", " ")
                mentions[cid].append((article, f"[{m['start']}:{m['end']}] …{context}…"))
    return [(e, mentions[e["id"]]) for e in matches]
