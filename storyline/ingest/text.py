"""Reader for plain-text and Markdown article dumps (like the seeds)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ..errors import EmptyInput
from ..records import Article
from ..settings import Settings
from .assemble import build_article
from .clean import clean_dump
from .encoding import decode
from .metadata import (date_from_url, dates_in, guess_language, outlet_from_holder,
                       outlet_from_url, parse_date)


def read(data: bytes, source: str, settings: Settings) -> Iterator[Article]:
    """Yield the one article of a text or Markdown dump."""
    yield read_text(data, source)


def read_text(data: bytes | str, source: str) -> Article:
    """Return the article in a text dump, its boilerplate stripped and its metadata found."""
    decoded = decode(data, source) if isinstance(data, bytes) else None
    raw = decoded.text if decoded else data
    dump = clean_dump(raw)
    if not dump.body:
        raise EmptyInput(source, "no article body left after removing captions and boilerplate")
    body = "\n\n".join(dump.body)
    provenance: dict[str, str] = {}
    published, how = _publication_date(dump, body)
    if published:
        provenance["published"] = how
    outlet = outlet_from_url(dump.url)
    if outlet:
        provenance["outlet"] = "url-domain"
    elif holder := outlet_from_holder(dump.copyright_holder):
        outlet = holder
        provenance["outlet"] = "copyright-holder"
    if dump.authors:
        provenance["authors"] = "byline"
    if dump.title:
        provenance["title"] = "heading"
    if dump.url:
        provenance["url"] = "source-url line"
    extra = {
        "captions": dump.captions,
        "contributors": dump.contributors,
        "emails": dump.emails,
    }
    if dump.copyright_year:
        extra["copyright_year"] = dump.copyright_year  # scrape-time notice, not the publication date
    if decoded and (decoded.encoding not in ("utf-8", "utf-8-sig") or decoded.repaired):
        extra["encoding"] = decoded.encoding + (" (mojibake repaired)" if decoded.repaired else "")
    return build_article(
        body=body, source=source, source_format="text", title=dump.title, captions=dump.captions,
        stripped=dump.stripped, url=dump.url, outlet=outlet, authors=tuple(dump.authors),
        published=published, language=guess_language(body), provenance=provenance,
        extra={k: v for k, v in extra.items() if v},
    )


def _publication_date(dump, body: str) -> tuple[str | None, str]:
    """Return the publication date and where it came from, strongest evidence first.

    A copyright year is never used: dumps carry the year they were scraped.
    """
    candidates = [
        ("url-path", date_from_url(dump.url)),
        ("dateline", parse_date(dump.dateline) if dump.dateline else None),
    ]
    caption_dates = [d for c in dump.captions for d in dates_in(c)]
    candidates.append(("caption", caption_dates[0] if caption_dates else None))
    body_dates = Counter(dates_in(body))
    candidates.append(("body", body_dates.most_common(1)[0][0] if body_dates else None))
    found = [(how, value) for how, value in candidates if value]
    if not found:
        return None, ""
    how, value = found[0]
    agreeing = [h for h, v in found[1:] if v == value]
    return value, how + (f" (agrees: {', '.join(agreeing)})" if agreeing else "")
