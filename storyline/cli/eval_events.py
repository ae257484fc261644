"""`storyline eval events gsr|conflibert|plover|mechanics`: event-coding scores."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import StorylineError
from ..eval import events as ev
from ..eval.events_spans import evaluate_spans
from .common import fail

_dir = click.option("--data", "directory", type=click.Path(file_okay=False, path_type=Path),
                    default=str(ev.DEFAULT_DIR), show_default=True,
                    help="The events reference directory (../shared/data/events).")
_limit = click.option("--limit", type=int, default=None, help="Score only the first N records.")
_json = click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
_errors = click.option("--errors", "show_errors", type=int, default=0,
                       help="Also list up to N disagreements.")


def _prf_line(name: str, prf: ev.PRF) -> str:
    return (f"{name:12}{prf.precision:8.4f}{prf.recall:8.4f}{prf.f1:8.4f}"
            f"{prf.true_pos:7d}{prf.system:7d}{prf.gold:7d}")


def _header() -> str:
    return f"{'':12}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'sys':>7}{'gold':>7}"


def _prf_json(prf: ev.PRF) -> dict:
    return {"precision": prf.precision, "recall": prf.recall, "f1": prf.f1,
            "true_pos": prf.true_pos, "system": prf.system, "gold": prf.gold}


def _misses(misses, count: int) -> None:
    for miss in misses[:count]:
        click.echo(f"{miss.kind:11} {miss.id:22} gold={miss.gold!r} system={miss.system!r}\n"
                   f"{'':12}{miss.text[:160]}")


@click.group("events")
def events_command() -> None:
    """Score the events component on the event-coding sets in ../shared/data/events."""


@events_command.command("gsr")
@_dir
@_limit
@_json
@_errors
def gsr_command(directory: Path, limit: int | None, as_json: bool, show_errors: int) -> None:
    """PETR2 gold-standard records: (source, target, code) tuple P/R/F1, root accuracy."""
    try:
        result = ev.evaluate_gsr(directory, limit)
    except StorylineError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps({"sentences": result.sentences,
                               "events": _prf_json(result.events),
                               "roots": _prf_json(result.roots),
                               "dyads": _prf_json(result.dyads),
                               "root_accuracy": result.root_accuracy,
                               "root_base": result.root_base}, indent=2))
        return
    click.echo(f"{result.sentences} sentences")
    click.echo(_header())
    click.echo(_prf_line("event", result.events))
    click.echo(_prf_line("root", result.roots))
    click.echo(_prf_line("dyad", result.dyads))
    click.echo(f"root-code accuracy {result.root_accuracy:.4f} on {result.root_base} "
               "gold events whose dyad was found")
    _misses(result.misses, show_errors)


@events_command.command("conflibert")
@_dir
@_limit
@_json
@_errors
def conflibert_command(directory: Path, limit: int | None, as_json: bool,
                       show_errors: int) -> None:
    """ConfliBERT sentences: penta-class macro-F1 and source/target span F1."""
    try:
        classes = ev.evaluate_classes(directory, limit)
        spans = evaluate_spans(directory, limit)
    except StorylineError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps({
            "classes": {"sentences": classes.sentences, "macro_f1": classes.macro_f1,
                        "accuracy": classes.accuracy, "no_event": classes.no_event,
                        "per_class": [dict(zip(("class", "precision", "recall", "f1"), c))
                                      for c in classes.per_class]},
            "spans": {"sentences": spans.sentences, "all": _prf_json(spans.overall),
                      "source": _prf_json(spans.source), "target": _prf_json(spans.target)}},
            indent=2))
        return
    click.echo(f"penta-class: {classes.sentences} sentences, macro-F1 {classes.macro_f1:.4f}, "
               f"accuracy {classes.accuracy:.4f} ({classes.no_event} without an event)")
    click.echo(f"{'class':12}{'P':>8}{'R':>8}{'F1':>8}")
    for label, p, r, f in classes.per_class:
        click.echo(f"{label:<12}{p:8.4f}{r:8.4f}{f:8.4f}")
    click.echo(f"spans: {spans.sentences} sentences")
    click.echo(_header())
    click.echo(_prf_line("all", spans.overall))
    click.echo(_prf_line("source", spans.source))
    click.echo(_prf_line("target", spans.target))
    _misses(classes.misses, show_errors)


@events_command.command("plover")
@_dir
@_limit
@_json
@_errors
def plover_command(directory: Path, limit: int | None, as_json: bool, show_errors: int) -> None:
    """PLOVER-coded CAMEO manual sentences: PLOVER event-type accuracy."""
    try:
        result = ev.evaluate_plover(directory, limit)
    except StorylineError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps({"sentences": result.sentences, "accuracy": result.accuracy,
                               "answered": result.answered,
                               "accuracy_answered": result.accuracy_answered,
                               "confusion": [list(c) for c in result.confusion]}, indent=2))
        return
    click.echo(f"{result.sentences} sentences, PLOVER type accuracy {result.accuracy:.4f}; "
               f"{result.answered} with an event, accuracy on those "
               f"{result.accuracy_answered:.4f}")
    click.echo(f"{'gold':12}{'system':12}{'count':>6}")
    for gold, system, count in result.confusion[:15]:
        click.echo(f"{gold:12}{system:12}{count:6d}")
    _misses(result.misses, show_errors)


@events_command.command("mechanics")
@_dir
@_limit
@_json
@_errors
def mechanics_command(directory: Path, limit: int | None, as_json: bool,
                      show_errors: int) -> None:
    """PETRARCH unit-test records with their toy dictionaries: share passed, by category."""
    from ..eval.events_mechanics import evaluate_mechanics

    try:
        result = evaluate_mechanics(directory, limit)
    except StorylineError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps({"records": result.records, "passed": result.passed,
                               "share": result.share,
                               "by_category": [{"category": c, "passed": p, "records": n}
                                               for c, p, n in result.by_category]}, indent=2))
        return
    click.echo(f"{result.records} records, {result.passed} passed ({result.share:.1%})")
    click.echo(f"{'category':12}{'passed':>8}{'records':>9}{'share':>8}")
    for category, passed, records in result.by_category:
        click.echo(f"{category:12}{passed:8d}{records:9d}{passed / records:8.1%}")
    for record_id, text, expected, produced in result.failures[:show_errors]:
        click.echo(f"{record_id:14} expected={expected!r} produced={produced!r}\n"
                   f"{'':14} {text[:160]}")
