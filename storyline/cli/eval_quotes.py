"""`storyline eval quotes DIR`: attribution scores of the quotes component on PolNeAR."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import StorylineError
from ..eval.quotes import DEFAULT_DIR, ROLES, as_dict, evaluate_polnear, load_polnear
from .common import fail


@click.command("quotes")
@click.argument("directory", required=False, default=str(DEFAULT_DIR),
                type=click.Path(file_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--bare", is_flag=True,
              help="Skip storyline's entity components (faster; speakers fall back to model entities).")
def quotes_command(directory: Path, limit: int | None, as_json: bool, bare: bool) -> None:
    """Score quote attribution on PolNeAR DIR (default: ../shared/data/quotes/polnear/dev).

    Prints precision, recall and F1 of source, cue and content spans, exact and
    overlapping, for all attributions and for direct quotes, and the speaker
    accuracy of direct quotes.
    """
    from ..pipeline.model import load_model
    from ..pipeline.registry import build_pipeline, register_extensions

    try:
        docs = load_polnear(directory, limit=limit)
        if bare:
            register_extensions()
            nlp = load_model()
        else:
            nlp = build_pipeline(upto="storyline.entities")
        result = evaluate_polnear(nlp, docs)
    except StorylineError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps(as_dict(result), indent=2))
        return
    click.echo(f"{result.documents} documents")
    click.echo(f"{'subset':8}{'match':9}" + "".join(f"{r + ' P/R/F1':>24}" for r in ROLES))
    for subset in ("all", "direct"):
        for match in ("exact", "overlap"):
            cells = []
            for role in ROLES:
                s = result.score(subset, role, match)
                cells.append(f"{s.precision:8.3f}{s.recall:8.3f}{s.f1:8.3f}")
            click.echo(f"{subset:8}{match:9}" + "".join(cells))
    click.echo(f"speaker accuracy (direct quotes): {result.speaker_accuracy:.3f} "
               f"of {result.speaker_judged} found")
