"""`storyline ingest`, `storyline articles`, `storyline show`: getting articles in and looking at them."""
from __future__ import annotations

import click
from tqdm import tqdm

from ..ingest.run import ingest as run_ingest
from ..ingest.sources import expand
from .common import db_option, open_store, settings_from, short


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--max-file-mb", type=float, default=None, help="Reject inputs larger than this (default 50).")
def ingest_command(paths, db, max_file_mb):
    """Read articles from PATHS (files, directories, '-' for stdin; text, Markdown, HTML,
    JSON Lines, WARC, RSS/Atom, any of them gzipped) into the store."""
    settings = settings_from(db=db, max_file_mb=max_file_mb)
    store = open_store(settings)
    summary = ingest_into(store, settings, paths)
    raise SystemExit(0 if summary.ingested or summary.unchanged or not summary.rejected else 1)


def ingest_into(store, settings, paths):
    """Run an ingest with a progress bar and print its summary; return the summary."""
    files = list(expand(paths))
    with tqdm(total=len(files), unit="file", desc="ingest", disable=None, leave=False) as bar:
        summary = run_ingest(paths, store, settings, progress=lambda _: bar.update(), files=files)
    click.echo(summary.line())
    for source, article_id in summary.duplicates:
        click.echo(f"  duplicate: {source} = article {article_id}")
    for article_id, first, similarity in summary.near_duplicates:
        click.echo(f"  near-duplicate: article {article_id} ~ {first} (Jaccard ≈ {similarity})")
    for rejection in summary.rejected:
        click.secho(f"  rejected: {rejection.source}: {rejection.reason}", fg="yellow")
    return summary


@click.command("articles")
@db_option
def articles_command(db):
    """List stored articles: id, publication date, outlet, title."""
    store = open_store(settings_from(db=db))
    for row in store.article_rows():
        dup = f"  (near-duplicate of {row['duplicate_of']})" if row["duplicate_of"] else ""
        click.echo(f"{row['id']}  {row['published'] or '????-??-??'}  "
                   f"{short(row['outlet'] or '-', 22):22}  {short(row['title'] or '(untitled)', 70)}{dup}")


@click.command("show")
@click.argument("article_id")
@db_option
@click.option("--full/--head", default=True, help="Print the whole clean text (default) or its first lines.")
def show_command(article_id, db, full):
    """Show one article: metadata with provenance, clean text, what was stripped."""
    store = open_store(settings_from(db=db))
    article = store.article(article_id)
    if article is None:
        raise click.BadParameter(f"no single article with id {article_id!r}", param_hint="ARTICLE_ID")
    click.echo(format_article(article, store, full=full))


def format_article(article, store, full: bool = True, lines: int = 3) -> str:
    """Return an article's metadata block with provenance, its clean text and what was stripped."""
    prov = article.provenance
    out = [click.style(f"article {article.id}", bold=True)]

    def field(name, value, key=None):
        where = prov.get(key or name)
        out.append(f"  {name:<10} {value if value not in (None, '', ()) else '-'}"
                   + (f"   [from {where}]" if where and value else ""))

    field("title", article.title)
    field("published", article.published)
    field("outlet", article.outlet)
    field("authors", ", ".join(article.authors))
    field("url", article.url)
    field("language", article.language)
    out.append(f"  {'source':<10} {article.source} ({article.source_format})")
    duplicate_of, similarity = store.duplicate_of(article.id)
    if duplicate_of:
        out.append(f"  {'duplicate':<10} near-duplicate of {duplicate_of} (Jaccard ≈ {similarity:.2f})")
    for key, value in article.extra.items():
        shown = "; ".join(map(str, value)) if isinstance(value, list) else value
        out.append(f"  {key:<10} {short(str(shown), 300)}")
    analysis = store.analysis(article.id)
    if analysis is not None and analysis.status == "ok":
        from ..report.sections import article_extras

        out += [line.strip() and "  " + line.strip() for line in article_extras(article, analysis.result)]
    elif analysis is not None:
        out.append(f"  analysis failed: {(analysis.error or '').splitlines()[0]}")
    out.append("")
    if full:
        for section in article.sections:
            label = "" if section.kind == "body" else f"[{section.kind}] "
            out.append(label + article.text[section.start:section.end])
            out.append("")
    else:
        body = [s for s in article.sections if s.kind == "body"][:lines]
        out += [short(article.text[s.start:s.end], 160) for s in body] + ["…", ""]
    if article.stripped and full:
        out.append(click.style("stripped:", bold=True))
        out += [f"  {s.kind:<14} {short(s.text, 120)}" for s in article.stripped]
    return "\n".join(out)
