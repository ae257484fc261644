"""`storyline eval …`: the evaluation commands, one per dev set."""
from __future__ import annotations

import click


@click.group("eval")
def eval_group() -> None:
    """Measure storyline on the development and evaluation sets in ../shared/data."""


# One line per evaluation command (each lives in its own cli/eval_<area>.py):
#   from .eval_<area> import <command>  # noqa: E402
#   eval_group.add_command(<command>)
from .eval_time import time_command  # noqa: E402
eval_group.add_command(time_command)
from .eval_geo import geo_command  # noqa: E402
eval_group.add_command(geo_command)
from .eval_quotes import quotes_command  # noqa: E402
eval_group.add_command(quotes_command)
from .eval_events import events_command  # noqa: E402
eval_group.add_command(events_command)
from .eval_cleaning import cleaning_command  # noqa: E402
eval_group.add_command(cleaning_command)
from .eval_extraction import dates_command, extraction_command  # noqa: E402
eval_group.add_command(extraction_command)
eval_group.add_command(dates_command)
from .eval_actors import actors_command  # noqa: E402
eval_group.add_command(actors_command)
