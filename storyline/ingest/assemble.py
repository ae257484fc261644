"""Putting an Article together from what a reader found."""
from __future__ import annotations

from collections.abc import Iterable

from ..records import Article, Section, Stripped
from .identity import article_id
from .metadata import guess_language


def build_article(*, body: str, source: str, source_format: str, title: str | None = None,
                  captions: Iterable[str] = (), stripped: Iterable[Stripped] = (),
                  **metadata) -> Article:
    """Return an Article whose clean text is headline, captions and body, in that order.

    The id comes from the body alone, so the same story read from an HTML page
    and from a text dump (with or without its headline) gets the same id.
    ``metadata`` takes the remaining Article fields (url, outlet, authors,
    published, language, provenance, extra).
    """
    parts: list[tuple[str, str]] = []
    if title and title.strip():
        parts.append(("title", title.strip()))
    parts += [("caption", c.strip()) for c in captions if c and c.strip()]
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    parts += [("body", p) for p in paragraphs]
    text, sections, offset = [], [], 0
    for kind, chunk in parts:
        if text:
            text.append("\n\n")
            offset += 2
        text.append(chunk)
        sections.append(Section(kind, offset, offset + len(chunk)))
        offset += len(chunk)
    return Article(
        id=article_id("\n\n".join(paragraphs)),
        text="".join(text),
        title=title.strip() if title else None,
        sections=tuple(sections),
        stripped=tuple(stripped),
        source=source,
        source_format=source_format,
        **metadata,
    )


def restamp(article: Article, *, source: str, source_format: str, title: str | None = None,
            captions: tuple[str, ...] = (), stripped: tuple[Stripped, ...] | None = None,
            **changes) -> Article:
    """Return ``article`` rebuilt under a new source, with a new title and metadata if given.

    The clean text is rebuilt because the headline is part of it; the body is
    unchanged, so the article id is too. ``captions`` are added to the ones
    the article already has; ``stripped`` replaces its record of removed text.
    """
    own_captions = [article.text[s.start:s.end] for s in article.sections if s.kind == "caption"]
    metadata = {
        "url": article.url, "outlet": article.outlet, "authors": article.authors,
        "published": article.published, "language": article.language,
        "provenance": article.provenance, "extra": article.extra,
    }
    metadata.update(changes)
    if metadata["language"] is None:
        metadata["language"] = guess_language(article.body())
    return build_article(body=article.body(), source=source, source_format=source_format,
                         title=title or article.title,
                         captions=[*own_captions, *(c for c in captions if c not in own_captions)],
                         stripped=article.stripped if stripped is None else stripped,
                         **metadata)
