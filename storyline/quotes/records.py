"""Records of the quotes component: who said what, with offsets into the clean text."""
from __future__ import annotations

from dataclasses import dataclass

# How a quote's speaker was tied to an entity of the article.
RESOLUTIONS = ("named", "pronoun", "nominal", "carried-over")

# What a quote's content is: all inside quotation marks, none, or some.
KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class Span:
    """A stretch of the article's clean text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quote:
    """One attribution: a speaker, the cue that attributes, and what was said.

    ``content`` holds one span, or several when the quote is split around its
    cue (“…,” he said, “…”). ``speaker`` is the words naming the speaker in
    the sentence (a name, "he", "the minister", "who"); ``speaker_entity`` is
    the key of the within-article Entity they refer to and ``speaker_name``
    that entity's name; ``resolution`` says how the link was made. ``channel``
    is whom the speaker spoke to or through ("CBS" in "Obama told CBS");
    ``reported_by`` is the outlet passing the attribution on ("Reuters" in
    "…, Reuters reported"). ``form`` names the pattern that found the quote;
    a follow-on quote (a quotation standing alone after an attributed one,
    its speaker carried over) gives in ``follows`` the index of the quote it
    continues in the same list.
    """

    kind: str  # one of KINDS
    content: tuple[Span, ...]
    cue: Span | None = None
    speaker: Span | None = None
    speaker_entity: str | None = None
    speaker_name: str | None = None
    resolution: str | None = None  # one of RESOLUTIONS, None when unresolved
    channel: Span | None = None
    reported_by: Span | None = None
    form: str = "verb"  # "verb" | "noun" | "according-to" | "colon" | "signature" | "follow-on"
    follows: int | None = None  # a follow-on quote: index (in the article's quotes) of the one it continues

    @property
    def start(self) -> int:
        """Return the first offset of the content."""
        return min(s.start for s in self.content)

    @property
    def end(self) -> int:
        """Return the offset just past the content."""
        return max(s.end for s in self.content)

    def content_text(self) -> str:
        """Return the content's fragments joined by a space."""
        return " ".join(s.text for s in self.content)
