"""Exporting the store: one JSON object per article (schema in docs/export-schema.md).

Every record keeps its character offsets into the article's ``text``, which
the export carries, so each fact can be checked against its words.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from ..records import from_jsonable, to_jsonable
from ..store.store import Store

SCHEMA_VERSION = "1.0"


def article_objects(store: Store) -> Iterator[dict]:
    """Yield the export object of every stored article, oldest first."""
    links = store.entity_links()
    canonical = {e["id"]: e for e in store.entities()}
    analyses = {row.article_id: row for row in store.analyses(status=None)}
    for article in store.articles():
        duplicate_of, similarity = store.duplicate_of(article.id)
        row = analyses.get(article.id)
        result = (row.result if row and row.status == "ok" else None) or {}
        entities = []
        for entity in result.get("entities", []):
            entity_id = links.get((article.id, entity["key"]))
            entities.append(entity | {"id": entity_id,
                                      "canonical_name": canonical.get(entity_id, {}).get("name")})
        yield {
            "schema_version": SCHEMA_VERSION,
            "article": to_jsonable(article) | {"duplicate_of": duplicate_of,
                                               "similarity": similarity},
            "analysis": {"versions": row.versions if row else None,
                         "status": row.status if row else "pending",
                         "error": row.error if row else None},
            "entities": entities,
            "mentions": result.get("mentions", []),
            "quotes": result.get("quotes", []),
            "timexes": result.get("timexes", []),
            "places": result.get("places", []),
            "events": result.get("events", []),
        }


def write_jsonl(store: Store, out: TextIO) -> int:
    """Write the JSON Lines export to ``out``; return how many articles were written."""
    n = 0
    for obj in article_objects(store):
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_gdelt(store: Store, out: TextIO) -> int:
    """Write every stored event as a GDELT 2.0 event-table row; return how many were written."""
    from ..events.gdelt import gdelt_table
    from ..events.records import Event
    from ..places.records import Place

    n = 0
    articles = {a.id: a for a in store.articles(include_duplicates=False)}
    for row in store.analyses():
        article = articles.get(row.article_id)
        if article is None:
            continue
        events = [from_jsonable(Event, e) for e in row.result.get("events", [])]
        places = [from_jsonable(Place, p) for p in row.result.get("places", [])]
        out.write(gdelt_table(article, events, places))
        n += len(events)
    return n
