"""The actor knowledge shipped with storyline: Phoenix dictionaries in a compact file.

``scripts/build_actor_data.py`` parses the Phoenix actor and agent
dictionaries (MIT, Open Event Data Alliance) and writes them with
:func:`write_compact` to ``storyline/actors/data/phoenix_actors.tsv``; the
actor component reads that file once with :func:`load_packaged`.

One entry per line, tab-separated, after ``#`` header lines::

    A  <source>  <key>  <phrase>|<phrase>…  <code>:<since>:<until>;…
    G  <source>  <key>  <phrase>|<phrase>…  <code>  <prefix 0|1>

Phrases are dictionary words joined by spaces; dates are ISO or empty.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ..errors import EvaluationDataError
from .dictionary import ActorDictionary, ActorEntry, AgentEntry, DatedCode

DATA_FILE = Path(__file__).parent / "data" / "phoenix_actors.tsv"


def write_compact(dictionary: ActorDictionary, header: Iterable[str]) -> str:
    """Return the compact text form of ``dictionary``, ``header`` lines first as comments."""
    lines = [f"# {h}".rstrip() for h in header]
    for entry in dictionary.actors:
        codes = ";".join(f"{c.code}:{c.since or ''}:{c.until or ''}" for c in entry.codes)
        lines.append("\t".join(("A", entry.source, entry.key, _phrases(entry.phrases), codes)))
    for agent in dictionary.agents:
        lines.append("\t".join(("G", agent.source, agent.key, _phrases(agent.phrases),
                                agent.code, "1" if agent.prefix else "0")))
    return "\n".join(lines) + "\n"


def _phrases(phrases: tuple[tuple[str, ...], ...]) -> str:
    return "|".join(" ".join(p) for p in phrases)


def read_compact(text: str) -> ActorDictionary:
    """Return the dictionary held in compact text made by :func:`write_compact`."""
    actors: list[ActorEntry] = []
    agents: list[AgentEntry] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        try:
            kind, source, key, phrases = fields[:4]
            words = tuple(tuple(p.split(" ")) for p in phrases.split("|") if p)
            if kind == "A":
                codes = tuple(_code(c) for c in fields[4].split(";") if c)
                actors.append(ActorEntry(key, words, codes, source))
            elif kind == "G":
                agents.append(AgentEntry(key, words, fields[4], fields[5] == "1", source))
            else:
                raise ValueError(f"unknown kind {kind!r}")
        except (IndexError, ValueError) as exc:
            raise EvaluationDataError(f"actor data line {number} is malformed: {exc}") from exc
    return ActorDictionary(actors, agents)


def _code(field: str) -> DatedCode:
    code, since, until = field.split(":")
    return DatedCode(code, since or None, until or None)


@lru_cache(maxsize=4)
def load_packaged(path: str | None = None) -> ActorDictionary:
    """Return the packaged actor dictionary (or the compact file at ``path``), read once.

    Raises :class:`EvaluationDataError` saying how to rebuild it when absent.
    """
    file = Path(path) if path else DATA_FILE
    if not file.exists():
        raise EvaluationDataError(
            f"actor data {file} is missing; run scripts/build_actor_data.py to generate it")
    return read_compact(file.read_text(encoding="utf-8"))
