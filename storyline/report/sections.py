"""Pieces of the report: actor lines, quotes by speaker, dates and places, the event timeline.

They read the stored analysis JSON (the components' records as dicts), so the
report needs no model and no component code.
"""
from __future__ import annotations

from collections import defaultdict

from ..quotes.cues import RELATIVE_PRONOUNS
from ..records import Article


def first_words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


def short(text: str, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def actor_line(entity: dict, canonical: dict, mentions: int) -> str:
    """Return "Name [CODE] (label) — roles — n mentions" for one article's entity."""
    name = canonical.get("name") or entity["name"]
    actor = entity.get("actor") or {}
    code = actor.get("code") or canonical.get("code")
    roles = sorted({d["text"] for d in entity.get("descriptions", [])})
    parts = [name, f"[{code}]" if code else "[no code]", f"({entity['label'].lower()})"]
    if roles:
        parts.append("— " + "; ".join(roles))
    if actor.get("evidence"):
        parts.append(f"— code from {actor.get('source', '')}: {short(actor['evidence'], 60)}")
    parts.append(f"— {mentions} mention{'s' if mentions != 1 else ''}")
    return " ".join(parts)


def key_actors(entities: list[dict], articles: dict[str, Article], limit: int) -> list[str]:
    """Return lines for the store's most mentioned actors, with codes and roles over time."""
    lines = []
    shown = [e for e in entities if e["label"] in ("PERSON", "ORG", "GPE", "NORP")
             and not e.get("is_author")]
    shown.sort(key=lambda e: (-len(e["articles"]), -e["mentions"], e["name"]))
    for e in shown[:limit]:
        aliases = [a for a in e.get("aliases", []) if a != e["name"]][:5]
        lines.append(f"  {e['name']} [{e.get('code') or 'no code'}] ({e['label'].lower()}) — "
                     f"{len(e['articles'])} article(s), {e['mentions']} mentions, id {e['id']}")
        if aliases:
            lines.append(f"      also: {', '.join(aliases)}")
        roles = {}
        for r in e.get("roles", []):
            roles.setdefault(r["role"], r["date"])
        if roles:
            lines.append("      roles: " + "; ".join(f"{role} ({date or 'undated'})"
                                                    for role, date in roles.items()))
    return lines


def article_extras(article: Article, result: dict) -> list[str]:
    """Return the article's resolved dates and places."""
    lines = []
    timexes = [t for t in result.get("timexes", []) if t.get("type") in ("DATE", "TIME")]
    if timexes:
        seen = []
        for t in timexes:
            item = f"{t['text']} → {t['value']}"
            if item not in seen:
                seen.append(item)
        lines.append("   Dates: " + "; ".join(seen[:12]))
    places = result.get("places", [])
    if places:
        named = {}
        for p in places:
            where = p["name"] + (f", {p['country']}" if p.get("country") else "")
            named.setdefault(where, 0)
            named[where] += 1
        lines.append("   Places: " + "; ".join(f"{k} ×{v}" if v > 1 else k for k, v in named.items()))
    return lines


def _speaker(quote: dict, entities: dict, article_id: str, links, by_id) -> str:
    key = quote.get("speaker_entity")
    if key and (canonical := by_id.get(links.get((article_id, key)))):
        return canonical["name"]
    if quote.get("speaker_name"):
        return quote["speaker_name"]
    if quote.get("speaker"):
        return quote["speaker"]["text"] + " (unresolved)"
    return "(no speaker)"


def quotes_by_speaker(articles: dict[str, Article], analyses: dict, links, by_id) -> list[str]:
    """Return the quotes of every article grouped by canonical speaker, with date and outlet."""
    grouped = defaultdict(list)
    hidden = 0
    for article_id, result in analyses.items():
        article = articles.get(article_id)
        if article is None or not result:
            continue
        for quote in result.get("quotes", []):
            said = (quote.get("speaker") or {}).get("text", "")
            if not said or said.lower() in RELATIVE_PRONOUNS:  # no who, or only "who"
                hidden += 1  # "who said what" without a who: the export keeps them
                continue
            speaker = _speaker(quote, result.get("entities", []), article_id, links, by_id)
            content = " … ".join(s["text"] for s in quote.get("content", []))
            grouped[speaker].append((article.published or "", article.outlet or "?", quote["kind"],
                                     content))
    if not grouped:
        return []
    lines = ["", "Quotes by speaker", "================="]
    for speaker in sorted(grouped, key=lambda s: (-len(grouped[s]), s)):
        lines.append(f"  {speaker}")
        for date, outlet, kind, content in sorted(grouped[speaker]):
            mark = "“”" if kind == "direct" else ("~" if kind == "indirect" else "“~”")
            lines.append(f"    {date} {outlet} {mark} {short(content, 150)}")
    if hidden:
        lines.append(f"  ({hidden} more attributions name no speaker: `storyline quotes` and the "
                     "export list every one)")
    return lines


def _actor(side: dict | None, article_id: str, links, by_id) -> str:
    if not side:
        return "—"
    name = side["text"]
    if side.get("entity") and (canonical := by_id.get(links.get((article_id, side["entity"])))):
        name = canonical["name"]
    return f"{name} [{side.get('code') or '?'}]"


def timeline(articles: dict[str, Article], analyses: dict, links, by_id) -> list[str]:
    """Return the dated list of events: date, source → action → target, place, evidence.

    As in GDELT, an event is listed when its source actor is coded; the
    others stay in the export and in ``storyline events``. The two CAMEO
    directions of one joint event ("Kerry and Lavrov met") share a line.
    """
    rows = []
    hidden = 0
    for article_id, result in analyses.items():
        article = articles.get(article_id)
        if article is None or not result:
            continue
        for ev in result.get("events", []):
            if not (ev.get("source") or {}).get("code"):
                hidden += 1
                continue
            flags = [ev["modality"]] if ev.get("modality", "asserted") != "asserted" else []
            if ev.get("negated"):
                flags.append("negated")
            if ev.get("reported"):
                flags.append("reported")
            evidence = article.text[ev["sentence_start"]:ev["sentence_end"]]
            rows.append((ev.get("date") or "", _actor(ev.get("source"), article_id, links, by_id),
                         f"{ev['code']} {ev['label']}", _actor(ev.get("target"), article_id, links, by_id),
                         ev.get("place"), tuple(flags), article.outlet or "?", evidence))
    if not rows:
        return []
    joint = {r for r in rows if (r[0], r[3], r[2], r[1], *r[4:]) in rows and r[1] != r[3]}
    lines = ["", "Timeline of events", "=================="]
    for row in sorted(rows, key=lambda r: r[0]):
        date, source, action, target, place, flags, outlet, evidence = row
        arrow = "↔" if row in joint else "→"
        if row in joint and (date, target, action, source, *row[4:]) in joint and target < source:
            continue  # its mirror prints the pair
        where = f" at {place}" if place else ""
        note = f" ({', '.join(flags)})" if flags else ""
        lines.append(f"  {date or '????-??-??'} {source} {arrow} {action} {arrow} {target}{where}{note}")
        lines.append(f"      {outlet}: {short(evidence, 160)}")
    if hidden:
        lines.append(f"  ({hidden} more event{'s' if hidden != 1 else ''} whose source is not a coded "
                     "actor: `storyline events` and the export list every event)")
    return lines
