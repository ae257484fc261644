"""The actor coder: text clues first, dictionary knowledge second.

:class:`ActorCoder` serves the pipeline component and any caller outside it
(the event coder codes the actors of single sentences with it)::

    coder = ActorCoder.default()
    coder.code_phrase("Russian troops", "2014-03-14")        # RUSMIL, from the words
    coder.code_phrase("John Kerry", "2014-03-14")            # USAGOV, from the dictionary
    coder.code_phrase("John Kerry", "2012-06-01")            # USAGOVLEG
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..records import ActorCode
from .dictionary import ActorDictionary, load_dictionaries
from .packaged import load_packaged
from .textcodes import Clues, code_from_clues, dictionary_code, read_phrase


class ActorCoder:
    """Codes noun phrases and names with CAMEO actor codes."""

    def __init__(self, dictionary: ActorDictionary):
        self.dictionary = dictionary
        # the same phrases ("Russia", "the United States") are read again and again;
        # a reading depends on the text and the date only (Clues is frozen)
        self._read: dict[tuple[str, str | None], Clues] = {}

    @classmethod
    def default(cls, data: str | None = None) -> ActorCoder:
        """Return a coder over the packaged Phoenix knowledge (or the compact file ``data``)."""
        return cls(load_packaged(data))

    @classmethod
    def from_files(cls, paths: Iterable[str | Path]) -> ActorCoder:
        """Return a coder over TABARI-format dictionary files (e.g. PETR.Validate.*)."""
        return cls(load_dictionaries(paths))

    def clues(self, text: str, date: str | None = None) -> Clues:
        """Return what ``text`` says about an actor (country, role, named actor)."""
        found = self._read.get((text, date))
        if found is None:
            if len(self._read) > 100_000:
                self._read.clear()  # memory stays bounded over a long run
            found = self._read[(text, date)] = read_phrase(text, self.dictionary, date)
        return found

    def code_phrase(self, text: str, date: str | None = None,
                    country: str | None = None, generic: bool = False) -> ActorCode | None:
        """Return the CAMEO code of the actor the noun phrase ``text`` denotes, or None.

        ``date`` (ISO) selects among a dictionary entry's dated codes;
        ``country`` (ISO3) completes a phrase naming a role but no country;
        ``generic`` codes a group with a role and no country as "---" + role
        ("rebels" → ---REB), as event coders do.
        """
        return code_from_clues(self.clues(text, date), country, generic)

    def code_name(self, name: str, date: str | None = None, loose: bool = False) -> ActorCode | None:
        """Return the dictionary code of an actor called exactly ``name``, or None.

        ``loose`` also accepts a name of two or more words spelt differently
        (transliterations: "Viktor Yanukovich" for VIKTOR_YANUKOVYCH).
        """
        entry = self.dictionary.actor(name)
        how = ""
        if entry is None and loose:
            entry, how = self.dictionary.actor_loosely(name), " (spelling varies)"
        if entry is None:
            return None
        return dictionary_code(entry, date, f"{entry.source}: {entry.key}{how}")
