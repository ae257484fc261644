"""`storyline eval geo FILE`: geoparsing scores of the places component."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import click

from ..errors import StorylineError
from ..eval.geo import evaluate
from .common import fail


@click.command("geo")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--outlet-homes", is_flag=True,
              help="Resolve again with each outlet's home region learnt from its articles.")
def geo_command(file: Path, limit: int | None, as_json: bool, outlet_homes: bool) -> None:
    """Score toponym recognition and resolution on FILE.

    FILE is one of ../shared/data/geo/LGL_lgl.xml, TR-News.xml or GeoVirus.xml.
    Prints span P/R/F1 (exact and overlapping) and, on the gold toponyms a
    found place overlaps, accuracy within 161 km, exact GeoNames id accuracy
    and mean/median error in km, with the base each figure is computed on.
    """
    try:
        r = evaluate(file, limit=limit, outlet_homes=outlet_homes)
    except StorylineError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(r), indent=2))
        return
    click.echo(f"{r.dataset}: {r.documents} articles, {r.gold} gold toponyms, "
               f"{r.predicted} found" + (" (with outlet home regions)" if r.outlet_homes else ""))
    click.echo(f"{'recognition':12}{'P':>8}{'R':>8}{'F1':>8}")
    click.echo(f"{'exact':12}{r.exact_p:8.3f}{r.exact_r:8.3f}{r.exact_f1:8.3f}")
    click.echo(f"{'overlap':12}{r.overlap_p:8.3f}{r.overlap_r:8.3f}{r.overlap_f1:8.3f}")
    click.echo(f"resolution on {r.resolved_base} of {r.gold_with_coords} gold toponyms "
               f"with coordinates (those a found place overlaps):")
    click.echo(f"  within 161 km   {r.acc161:7.1%}   (all gold with coordinates: "
               f"{r.acc161_all:.1%})")
    if r.gold_with_id:
        click.echo(f"  exact GeoNames  {r.exact_id:7.1%}   (on {r.id_base} with a gold id)")
    click.echo(f"  mean error      {r.mean_km:7.0f} km (median {r.median_km:.0f} km)")
