"""`storyline eval cleaning DIR`: how well text dumps are cleaned, on hand-labelled dumps."""
from __future__ import annotations

import json

import click

from ..errors import StorylineError
from ..eval.cleaning import evaluate
from .common import fail


@click.command("cleaning")
@click.argument("directory", type=click.Path(file_okay=False, exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def cleaning_command(directory, as_json):
    """Score text-dump cleaning on DIR (NAME.txt/.md with NAME.json labels beside them),
    e.g. tests/ingest/fixtures/dumps: body paragraphs kept, boilerplate removed, metadata found."""
    try:
        score = evaluate(directory)
    except StorylineError as exc:
        fail(str(exc))
    figures = {"dumps": score.dumps, "body_recall": round(score.body_recall, 4),
               "boilerplate_removal": round(score.boilerplate_removal, 4),
               "metadata_accuracy": round(score.metadata_accuracy, 4)}
    if as_json:
        click.echo(json.dumps(figures | {"problems": score.problems}, indent=2))
        return
    click.echo(f"{score.dumps} dumps")
    click.echo(f"body paragraphs kept     {score.body_kept}/{score.body_total} = {score.body_recall:.3f}")
    click.echo(f"boilerplate removed      {score.boilerplate_removed}/{score.boilerplate_total}"
               f" = {score.boilerplate_removal:.3f}")
    click.echo(f"metadata fields right    {score.fields_right}/{score.fields_total}"
               f" = {score.metadata_accuracy:.3f}")
    for problem in score.problems:
        click.echo(f"  {problem}")
