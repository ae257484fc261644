"""`storyline eval extraction DIR` and `storyline eval dates DIR`: how well web pages are read.

Both print the library alone (trafilatura, htmldate, with the settings of
their own benchmarks) beside storyline's ``read_html`` on the same pages.
"""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import StorylineError
from ..eval import extraction, pubdates
from .common import fail

_LIMIT = click.option("--limit", type=int, default=None, help="Score only the first N pages.")
_JSON = click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
_URL = click.option("--url/--no-url", "with_url", default=True, show_default=True,
                    help="Also score storyline (and htmldate) given each page's URL, as a "
                         "crawl or feed would give it.")


@click.command("extraction")
@click.argument("directory", required=False, default=str(extraction.DEFAULT_DIR),
                type=click.Path(file_okay=False, path_type=Path))
@_LIMIT
@_JSON
@_URL
def extraction_command(directory: Path, limit: int | None, as_json: bool, with_url: bool) -> None:
    """Score main-text extraction and title/author/date on trafilatura's set in DIR.

    DIR holds evaldata.json and html.tar.gz (default:
    ../shared/data/extraction/trafilatura_eval). Segment precision, recall,
    accuracy and F are trafilatura's: whitespace-normalised substring tests of
    the "with" (tp/fn) and "without" (fp/tn) segments, summed over pages,
    F = 2tp/(2tp+fp+fn). Title, author and date are exact-match accuracy on
    the pages with a gold value.
    """
    try:
        result = extraction.evaluate_extraction(directory, limit=limit, with_url=with_url,
                                                progress=_progress)
    except StorylineError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps({"pages": result.pages, "systems": [
            {"system": s.system, **_confusion(s.segments), "failures": s.failures,
             "seconds": s.seconds,
             **{f"{name}_accuracy": round(t.accuracy, 4) for name, t in s.fields.items()},
             **{f"{name}_judged": t.total for name, t in s.fields.items()}}
            for s in result.systems]}, indent=2))
        return
    first = result.systems[0]
    judged = ", ".join(f"{name} {t.total}" for name, t in first.fields.items())
    click.echo(f"{directory}: {result.pages} pages; gold metadata on: {judged}")
    click.echo(f"{'system':30}{'P':>7}{'R':>7}{'acc':>7}{'F':>7}{'title':>8}{'author':>8}"
               f"{'date':>7}{'no text':>9}{'sec':>7}")
    for s in result.systems:
        c = s.segments
        click.echo(f"{s.system:30}{c.precision:7.3f}{c.recall:7.3f}{c.accuracy:7.3f}{c.f1:7.3f}"
                   f"{s.fields['title'].accuracy:8.3f}{s.fields['author'].accuracy:8.3f}"
                   f"{s.fields['date'].accuracy:7.3f}{s.failures:9d}{s.seconds:7.1f}")


@click.command("dates")
@click.argument("directory", required=False, default=str(pubdates.DEFAULT_DIR),
                type=click.Path(file_okay=False, path_type=Path))
@_LIMIT
@_JSON
@_URL
def dates_command(directory: Path, limit: int | None, as_json: bool, with_url: bool) -> None:
    """Score publication dates on htmldate's set in DIR.

    DIR holds eval_default.json, eval_mediacloud_2020.json and html.tar.gz
    (default: ../shared/data/extraction/htmldate_eval). Counts are htmldate's:
    right date tp, wrong date fp, no date fn; accuracy = (tp+tn)/all. A page
    read_html rejects (no article body) counts as no date.
    """
    try:
        result = pubdates.evaluate_dates(directory, limit=limit, with_url=with_url,
                                         progress=_progress)
    except StorylineError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps({"pages": result.pages, "systems": [
            {"system": s.system, **_confusion(s.counts), "rejected": s.rejected,
             "seconds": s.seconds} for s in result.systems]}, indent=2))
        return
    click.echo(f"{directory}: {result.pages} pages")
    click.echo(f"{'system':30}{'acc':>7}{'P':>7}{'R':>7}{'F':>7}{'tp':>6}{'fp':>6}{'fn':>6}"
               f"{'rejected':>10}{'sec':>7}")
    for s in result.systems:
        c = s.counts
        click.echo(f"{s.system:30}{c.accuracy:7.3f}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}"
                   f"{c.tp:6d}{c.fp:6d}{c.fn:6d}{s.rejected:10d}{s.seconds:7.1f}")


def _progress(done: int) -> None:
    if done % 100 == 0:
        click.echo(f"{done} pages scored", err=True)


def _confusion(c: extraction.Confusion) -> dict[str, float]:
    return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "tn": c.tn, "precision": round(c.precision, 4),
            "recall": round(c.recall, 4), "accuracy": round(c.accuracy, 4), "f1": round(c.f1, 4)}
