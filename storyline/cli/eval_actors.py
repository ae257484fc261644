"""`storyline eval actors [FILE]`: CAMEO actor-code scores of the actor coder."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import click

from ..errors import StorylineError
from ..eval.actors import DEFAULT_FILE, evaluate
from .common import fail, short


@click.command("actors")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_FILE)
@click.option("--limit", type=int, default=None, help="Score only the first N records.")
@click.option("--misses", type=int, default=0, help="Also list the first N phrases coded wrong.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def actors_command(file: Path, limit: int | None, misses: int, as_json: bool) -> None:
    """Score actor coding of the gold actor phrases in FILE.

    FILE defaults to ../shared/data/events/plover/PLOVER_GSR_CAMEO.normalized.jsonl.
    Prints coverage, country accuracy and precision, sector accuracy and exact
    accuracy, each with the number of phrases it is computed on.
    """
    try:
        r = evaluate(file, limit=limit)
    except StorylineError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(r), indent=2))
        return
    click.echo(f"{r.dataset}: {r.records} records, {r.gold} gold actor phrases, {r.coded} coded")
    click.echo(f"{'figure':22}{'value':>8}{'base':>8}")
    click.echo(f"{'coverage':22}{r.coverage:8.3f}{r.gold:8d}")
    click.echo(f"{'country accuracy':22}{r.country_accuracy:8.3f}{r.gold:8d}")
    click.echo(f"{'country precision':22}{r.country_precision:8.3f}{r.coded:8d}")
    click.echo(f"{'sector accuracy':22}{r.sector_accuracy:8.3f}{r.sector_base:8d}")
    click.echo(f"{'exact':22}{r.exact:8.3f}{r.gold:8d}")
    for text, gold, ours in r.misses[:misses]:
        click.echo(f"  {short(text, 50):50} gold {gold:12} ours {ours or '-'}")
