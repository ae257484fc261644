"""`storyline eval time DIR`: TempEval-3 scores of the dates component on TimeML files."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import StorylineError
from ..eval.timex import DEFAULT_DIR, evaluate, scores_json
from .common import fail


@click.command("time")
@click.argument("directory", required=False, default=str(DEFAULT_DIR),
                type=click.Path(file_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--errors", "show_errors", type=int, default=0,
              help="Also list up to N disagreements (missed, spurious, wrong value or type).")
def time_command(directory: Path, limit: int | None, as_json: bool, show_errors: int) -> None:
    """Score temporal expressions on TimeML DIR (default: TempEval-3 TBAQ-cleaned).

    Prints strict and relaxed span P/R/F1, type and value accuracy and the
    TempEval-3 value F1 (relaxed matches whose value is also right).
    """
    try:
        scores = evaluate(directory, limit=limit)
    except StorylineError as exc:
        fail(str(exc))
    if as_json:
        click.echo(scores_json(scores, with_misses=bool(show_errors)))
        return
    click.echo(f"{scores.documents} documents, {scores.gold} gold timexes, "
               f"{scores.system} found")
    click.echo(f"{'':10}{'P':>8}{'R':>8}{'F1':>8}")
    click.echo(f"{'strict':10}{scores.strict_precision:8.4f}{scores.strict_recall:8.4f}"
               f"{scores.strict_f1:8.4f}")
    click.echo(f"{'relaxed':10}{scores.relaxed_precision:8.4f}{scores.relaxed_recall:8.4f}"
               f"{scores.relaxed_f1:8.4f}")
    click.echo(f"{'':10}{'accuracy':>10}{'F1':>8}")
    click.echo(f"{'type':10}{scores.type_accuracy:10.4f}{scores.type_f1:8.4f}")
    click.echo(f"{'value':10}{scores.value_accuracy:10.4f}{scores.value_f1:8.4f}")
    for miss in scores.misses[:show_errors]:
        click.echo(f"{miss.kind:9} {miss.document:28} {miss.text!r:40} gold={miss.gold!r} "
                   f"system={miss.system!r}")
