"""storyline's command line: a thin layer over the library (only this package prints)."""
from __future__ import annotations

import click

from .. import __version__
from .eval import eval_group
from .analyze import analyze_command, run_command
from .ingest import articles_command, ingest_command, show_command
from .views import (entities_command, entity_command, events_command, export_command,
                    places_command, quotes_command, report_command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storyline")
def main() -> None:
    """storyline: news articles in; actors, quotes, dates, places and events out."""


for command in (ingest_command, articles_command, show_command, analyze_command, run_command,
                report_command, export_command, entities_command, entity_command, quotes_command,
                places_command, events_command, eval_group):
    main.add_command(command)
