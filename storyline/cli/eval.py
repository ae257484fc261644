"""`storyline eval …`: the evaluation commands, one per dev set."""
from __future__ import annotations

import click


@click.group("eval")
def eval_group() -> None:
    """Measure storyline on the development and evaluation sets in ../shared/data."""


# One line per evaluation command (each lives in its own cli/eval_<area>.py):
#   from .eval_<area> import <command>  # noqa: E402
#   eval_group.add_command(<command>)
