"""The main job's report: per article and across articles, in plain text.

It reads only the store (articles, analyses, canonical entities), so it can be
rerun at any time without the model: ``storyline report``.
"""
from __future__ import annotations

from collections import defaultdict

from ..records import Article
from ..store.store import Store
from . import sections


def report(store: Store, max_actors: int = 12) -> str:
    """Return the whole report as text."""
    articles = {a.id: a for a in store.articles(include_duplicates=False)}
    analyses = {row.article_id: row.result for row in store.analyses()}
    entities = store.entities()
    links = store.entity_links()
    by_id = {e["id"]: e for e in entities}
    out = [_title(f"storyline report: {len(articles)} articles, {len(entities)} entities")]
    for article in articles.values():
        result = analyses.get(article.id)
        out += _article_block(article, result, links, by_id, max_actors)
    out += [_title("Across articles: key actors")]
    out += sections.key_actors(entities, articles, limit=max_actors * 2)
    out += sections.quotes_by_speaker(articles, analyses, links, by_id)
    out += sections.timeline(articles, analyses, links, by_id)
    failed = store.analyses(status="failed")
    if failed:
        out += [_title("Articles whose analysis failed")]
        out += [f"  {row.article_id}: {(row.error or '').splitlines()[0]}" for row in failed]
    return "\n".join(out).rstrip() + "\n"


def _title(text: str) -> str:
    return f"\n{text}\n{'=' * len(text)}"


def _article_block(article: Article, result: dict | None, links, by_id, max_actors: int) -> list[str]:
    head = article.title or sections.first_words(article.body(), 12)
    lines = [f"\n## {head}",
             f"   article {article.id} | {article.outlet or 'unknown outlet'} | "
             f"published {article.published or 'unknown'}"
             + (f" (from {article.provenance['published']})" if article.provenance.get("published")
                else "")]
    if article.authors:
        lines.append(f"   by {', '.join(article.authors)}")
    if article.url:
        lines.append(f"   {article.url}")
    body = [article.text[s.start:s.end] for s in article.sections if s.kind == "body"][:2]
    lines += [f"   | {sections.short(p, 150)}" for p in body]
    if result is None:
        lines.append("   (not analysed yet)")
        return lines
    counts = defaultdict(int)
    for mention in result.get("mentions", []):
        if mention.get("entity"):
            counts[mention["entity"]] += 1
    entities = [e for e in result.get("entities", []) if not e.get("is_author")]
    entities.sort(key=lambda e: (-counts[e["key"]], e["key"]))
    actors = [e for e in entities if e["label"] in ("PERSON", "ORG")]
    lines.append("   Key actors:")
    for entity in actors[:max_actors]:
        canonical = by_id.get(links.get((article.id, entity["key"])), {})
        lines.append("     " + sections.actor_line(entity, canonical, counts[entity["key"]]))
    groups = [e for e in entities if e["label"] in ("GPE", "NORP")]
    if groups:
        lines.append("   Countries and groups: " + "; ".join(
            f"{e['name']} [{(e.get('actor') or {}).get('code') or e.get('country') or '-'}] "
            f"×{counts[e['key']]}" for e in groups[:max_actors]))
    lines += sections.article_extras(article, result)
    return lines
