"""`storyline analyze` and `storyline run`: the analysis pipeline over the store."""
from __future__ import annotations

import click
from tqdm import tqdm

from ..errors import StorylineError
from ..pipeline.analyze import analyze as run_analysis
from ..pipeline.registry import current_versions
from .common import db_option, fail, open_store, settings_from
from .ingest import ingest_into


@click.command("analyze")
@db_option
@click.option("--workers", type=int, default=None, help="Worker processes (default 1).")
@click.option("--batch-size", type=int, default=None, help="Articles per nlp.pipe batch (default 32).")
def analyze_command(db, workers, batch_size):
    """Analyse every stored article not yet analysed by the current component versions."""
    settings = settings_from(db=db, workers=workers, batch_size=batch_size)
    analyse_store(open_store(settings), settings)


def analyse_store(store, settings):
    """Run the analysis with a progress bar and print its summary; return the summary."""
    total = len(store.pending_analysis(current_versions())) or None
    try:
        with tqdm(total=total, unit="article", desc="analyze", disable=None, leave=False) as bar:
            summary = run_analysis(store, settings, progress=lambda _: bar.update())
    except StorylineError as exc:
        fail(str(exc))
    click.echo(summary.line())
    for article_id, error in summary.failed:
        click.secho(f"  failed: article {article_id}: {error}", fg="yellow")
    return summary


@click.command("run")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", type=int, default=None, help="Worker processes for the analysis.")
@click.option("--max-file-mb", type=float, default=None, help="Reject inputs larger than this.")
def run_command(paths, db, workers, max_file_mb):
    """Ingest PATHS, analyse what is new, and print the report (the main job)."""
    from ..report.report import report

    settings = settings_from(db=db, workers=workers, max_file_mb=max_file_mb)
    store = open_store(settings)
    ingest_into(store, settings, paths)
    analyse_store(store, settings)
    click.echo()
    click.echo(report(store))
