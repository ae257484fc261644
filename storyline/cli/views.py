"""Commands that look at what the analysis found: report, export, entities, quotes, places, events."""
from __future__ import annotations

import sys
from collections import defaultdict

import click

from ..report import queries
from ..report.export import write_gdelt, write_jsonl
from ..report.report import report
from .common import db_option, fail, open_store, settings_from, short


@click.command("report")
@db_option
def report_command(db):
    """Print the report: per article and across articles (actors, quotes, dates, places, events)."""
    click.echo(report(open_store(settings_from(db=db))))


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "gdelt"]), default="jsonl",
              show_default=True, help="jsonl: one object per article (docs/export-schema.md); "
                                      "gdelt: the GDELT 2.0 event table (tab-separated).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="-",
              help="Output file (default: standard output).")
def export_command(db, fmt, output):
    """Export every article with its entities, mentions, quotes, dates, places and events."""
    store = open_store(settings_from(db=db))
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    try:
        if fmt == "jsonl":
            n = write_jsonl(store, out)
        else:
            n = write_gdelt(store, out)
    finally:
        if out is not sys.stdout:
            out.close()
    click.echo(f"exported {n} {'articles' if fmt == 'jsonl' else 'events'}", err=True)


@click.command("entities")
@db_option
@click.option("--type", "label", default=None,
              help="Only this type: PERSON, ORG, GPE, LOC, NORP or FAC.")
def entities_command(db, label):
    """List the canonical entities across articles: id, type, code, name, articles."""
    store = open_store(settings_from(db=db))
    for e in store.entities(label.upper() if label else None):
        click.echo(f"{e['id']}  {e['label']:<6} {e.get('code') or '-':<10} {short(e['name'], 40):<40}"
                   f"  {len(e['articles'])} article(s), {e['mentions']} mentions")


@click.command("entity")
@click.argument("name")
@db_option
def entity_command(name, db):
    """Show an entity: aliases, roles over time, codes with evidence, mentions across articles."""
    found = queries.entity_detail(open_store(settings_from(db=db)), name)
    if not found:
        fail(f"no entity named {name!r} (see `storyline entities`)")
    for e, mentions in found:
        click.secho(f"{e['name']}  [{e.get('code') or 'no code'}]  {e['label']}  id {e['id']}", bold=True)
        if e.get("country"):
            click.echo(f"  country: {e['country']}")
        click.echo(f"  aliases: {', '.join(e.get('aliases', [])) or '-'}")
        for r in e.get("roles", []):
            click.echo(f"  role {r['date'] or 'undated'}: {r['role']} ({r['text']}) in {r['article']}")
        for c in e.get("codes", []):
            click.echo(f"  code {c['date'] or 'undated'}: {c['code']} from {c['source']}: "
                       f"{short(c['evidence'], 80)}")
        click.echo(f"  {len(mentions)} mentions:")
        for article, context in mentions:
            click.echo(f"    {article.id} {article.published or '?'} {short(context, 150)}")


@click.command("quotes")
@db_option
@click.option("--speaker", default=None, help="Only quotes whose speaker's name contains this.")
@click.option("--search", default=None, help="Only quotes whose words contain this.")
@click.option("--story/--article", "by_story", default=True,
              help="Group by speaker across articles (default) or list article by article.")
def quotes_command(db, speaker, search, by_story):
    """List who said what: quotes with their speaker, date, outlet and offsets."""
    found = queries.find_quotes(open_store(settings_from(db=db)), speaker, search)
    groups = defaultdict(list)
    for f in found:
        key = queries.quote_speaker(f.record, f.names) if by_story else \
            f"{f.article.id} {f.article.published or '?'} {f.article.outlet or ''}"
        groups[key].append(f)
    for key in sorted(groups, key=lambda k: (-len(groups[k]), k) if by_story else k):
        click.secho(key, bold=True)
        for f in groups[key]:
            q = f.record
            content = " … ".join(s["text"] for s in q.get("content", []))
            who = "" if by_story else queries.quote_speaker(q, f.names) + ": "
            where = f"{f.article.published or '?'} {f.article.outlet or '?'}" if by_story else ""
            click.echo(f"  {where} [{q['kind']}] {who}{short(content, 160)}  "
                       f"({f.article.id}:{q['content'][0]['start']})")
    click.echo(f"{len(found)} quotes", err=True)


@click.command("places")
@db_option
@click.option("--country", default=None, help="Only places in this country (ISO alpha-2 or alpha-3 code: UA, UKR).")
def places_command(db, country):
    """List resolved places with how many articles mention them."""
    rows = queries.place_counts(open_store(settings_from(db=db)), country)
    for place, n_articles, n_mentions in rows:
        where = f"{place.get('lat'):.3f},{place.get('lon'):.3f}" if place.get("lat") is not None else "-"
        click.echo(f"{place['name'][:30]:<30} {place.get('country') or '-':<4} "
                   f"{place.get('feature') or '-':<10} geonames {place.get('geonameid') or '-':<9} "
                   f"{where:<18} {n_articles} article(s), {n_mentions} mention(s)")


@click.command("events")
@db_option
@click.option("--actor", default=None, help="CAMEO actor code prefix (RUSGOV, USA) or a name.")
@click.option("--code", default=None, help="CAMEO event code prefix, e.g. 04 or 0411.")
@click.option("--since", default=None, help="Only events on or after this date (YYYY[-MM[-DD]]).")
@click.option("--until", default=None, help="Only events on or before this date.")
@click.option("--place", default=None, help="Only events at a place whose name contains this.")
def events_command(db, actor, code, since, until, place):
    """List events: date, source → action → target, place, evidence."""
    found = queries.find_events(open_store(settings_from(db=db)), actor, code, since, until, place)
    for f in found:
        ev = f.record
        source, target = (_side(ev.get(k), f.names) for k in ("source", "target"))
        flags = [ev["modality"]] if ev.get("modality", "asserted") != "asserted" else []
        flags += ["negated"] if ev.get("negated") else []
        flags += ["reported"] if ev.get("reported") else []
        click.echo(f"{ev.get('date') or '????-??-??'}  {source} → {ev['code']} {ev['label']} → {target}"
                   + (f" at {ev['place']}" if ev.get("place") else "")
                   + (f" ({', '.join(flags)})" if flags else ""))
        evidence = f.article.text[ev["sentence_start"]:ev["sentence_end"]]
        click.echo(f"    {f.article.outlet or '?'} {f.article.id}:{ev['sentence_start']}  {short(evidence, 140)}")
    click.echo(f"{len(found)} events", err=True)


def _side(side, names) -> str:
    if not side:
        return "—"
    return f"{names.get(side.get('entity')) or side['text']} [{side.get('code') or '?'}]"
