"""Reader for JSON Lines article dumps: one JSON object per line, one article per object.

A line holds the article as ``text`` (plain text or Markdown, cleaned like a
text dump) or ``html`` (a whole page, read like an HTML file), and optionally
``url``, ``title``, ``published``, ``outlet`` and ``authors``. Scrapers name
these fields differently, so each field also answers to the names common
tools write (news-please's ``maintext`` and ``date_publish``, NewsAPI's
``source.name`` and ``publishedAt``, Timeline17's ``time`` …; see ``FIELDS``;
Penn Treebank bracket escapes such corpora keep, "-LRB-", are written back as
brackets). When a record has
both, its ``text`` is used: the producer has already extracted it. Fields
the record states win over what the text itself suggests, and provenance
says ``"jsonl-field"`` for them; a date that cannot be read is kept as
written in ``extra["published_original"]`` and noted in ``extra["problems"]``.

A file that is one JSON array of such objects, or one pretty-printed object,
is read too, since ``.json`` files reach this reader as well.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from ..errors import InputError, MalformedInput
from ..records import Article, Rejection
from ..settings import Settings
from .assemble import restamp
from .encoding import decode
from .metadata import iso_date, outlet_from_url, split_authors

# Field → the names it goes by, preferred first.
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "maintext", "body", "content", "article_text", "article"),
    "html": ("html", "raw_html", "content_html"),
    "url": ("url", "link", "canonical_url", "source_url"),
    "title": ("title", "headline"),
    "published": ("published", "date_publish", "publish_date", "published_at", "publishedAt",
                  "pubDate", "date", "datePublished", "time"),
    "outlet": ("outlet", "source", "source_name", "site_name", "publisher", "source_domain"),
    "authors": ("authors", "author", "byline", "creator"),
}
_KNOWN_NAMES = {name for names in FIELDS.values() for name in names}

# Penn Treebank escapes that tokenized corpora (Timeline17, CoNLL dumps) keep in their text.
_PTB_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{",
                 "-RCB-": "}"}
_PTB_ESCAPE = re.compile(r"-[LR][RSC]B-")
_MARKUP = re.compile(r"<(?:p|div|br|h[1-6]|li|blockquote)\b[^>]*>", re.I)


def read(data: bytes, source: str, settings: Settings) -> Iterator[Article | Rejection]:
    """Yield one Article per good record and one Rejection per bad record of a JSON Lines file."""
    text = decode(data, source).text
    for where, label, record in _records(text, source):
        ref = f"{source}#{where}"
        if isinstance(record, str):
            yield Rejection(ref, f"{label}: {record}")
            continue
        try:
            yield read_record(record, ref, settings)
        except InputError as exc:
            yield Rejection(ref, f"{label}: {exc.reason}")


def _records(text: str, source: str) -> list[tuple[int, str, dict | str]]:
    """Return (number, label, parsed object or why it is not one) for each record of the file.

    Raise MalformedInput when no line at all is JSON: then the file is not
    JSON Lines, and one reason for the file says more than a rejection per line.
    """
    out: list[tuple[int, str, dict | str]] = []
    first_error = None
    parsed_any = False
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            problem = f"invalid JSON: {exc.msg} (column {exc.colno})"
            first_error = first_error or f"line {n}: {problem}"
            out.append((n, f"line {n}", problem))
            continue
        parsed_any = True
        out.append((n, f"line {n}", value if isinstance(value, dict) else _not_object(value)))
    if parsed_any:
        return out
    whole = _whole_document(text)
    if whole is not None:
        return whole
    raise MalformedInput(source, first_error or "no JSON records")


def _whole_document(text: str) -> list[tuple[int, str, dict | str]] | None:
    """Return the records of a file that is one JSON array or object, else None."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return None
    if isinstance(value, dict):
        return [(1, "object", value)]
    if isinstance(value, list):
        return [(i, f"item {i}", item if isinstance(item, dict) else _not_object(item))
                for i, item in enumerate(value, start=1)]
    return None


def _not_object(value: Any) -> str:
    kind = {list: "an array", str: "a string", bool: "a boolean", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)
    return f"{kind}, not a JSON object"


def read_record(record: dict, ref: str, settings: Settings) -> Article:
    """Return the article one JSON record holds; raise InputError when it holds none."""
    html = _string(_field(record, "html"))
    body_text = _string(_field(record, "text"))
    if not html and not body_text:
        names = "/".join(FIELDS["text"][:2] + FIELDS["html"][:1])
        raise MalformedInput(ref, f"no article text (none of the fields {names} … holds a string)")
    url = _string(_field(record, "url"))
    if body_text:
        from .text import read_text

        # "-LRB- AP -RRB-": brackets written back, so the model reads no name "-RRB-"
        body_text = _PTB_ESCAPE.sub(lambda m: _PTB_BRACKETS[m.group()], body_text)
        if _MARKUP.search(body_text):
            # a "text" that is really an HTML fragment (CMS exports do this)
            from .feed import fragment_text

            body_text = "\n\n".join(fragment_text(body_text)[0])
        # Many dumps separate paragraphs by single newlines; the text cleaner
        # joins lines within a paragraph, so such lines become paragraphs here.
        if "\n\n" not in body_text.strip():
            body_text = body_text.replace("\r\n", "\n").replace("\n", "\n\n")
        article = read_text(body_text, ref)
    else:
        from .html import read_html

        article = read_html(html.encode("utf-8"), ref, url=url, settings=settings)
    return _with_record_metadata(article, record, ref, url)


def _with_record_metadata(article: Article, record: dict, ref: str, url: str | None) -> Article:
    """Return ``article`` with the metadata the record states laid over what was found."""
    provenance = dict(article.provenance)
    extra = dict(article.extra)
    fields: dict[str, Any] = {}
    title = _string(_field(record, "title"))
    if title:
        provenance["title"] = "jsonl-field"
    if url:
        fields["url"] = url
        provenance["url"] = "jsonl-field"
    raw_date = _field(record, "published")
    if raw_date not in (None, ""):
        extra["published_original"] = raw_date
        if published := iso_date(raw_date):
            fields["published"] = published
            provenance["published"] = "jsonl-field"
        else:
            extra["problems"] = [*extra.get("problems", []),
                                 f"published {raw_date!r} is not a full date"]
    outlet = _outlet(_field(record, "outlet"))
    if outlet:
        fields["outlet"] = outlet
        provenance["outlet"] = "jsonl-field"
    elif not article.outlet and (found := outlet_from_url(url)):
        fields["outlet"] = found
        provenance["outlet"] = "url-domain"
    authors = split_authors(_field(record, "authors"))
    if authors:
        fields["authors"] = authors
        provenance["authors"] = "jsonl-field"
    if "id" in record and isinstance(record["id"], (str, int)):
        extra["record_id"] = record["id"]
    others = {k: v for k, v in record.items() if k not in _KNOWN_NAMES and k != "id"
              and isinstance(v, (str, int, float, bool)) and len(str(v)) <= 500}
    if others:
        extra["record_fields"] = others
    return restamp(article, source=ref, source_format="jsonl", title=title,
                   provenance=provenance, extra=extra, **fields)


def _outlet(value: Any) -> str | None:
    if isinstance(value, dict):  # NewsAPI: {"id": "bbc-news", "name": "BBC News"}
        value = value.get("name")
    return _string(value)


def _field(record: dict, name: str) -> Any:
    for key in FIELDS[name]:
        if record.get(key) not in (None, "", []):
            return record[key]
    return None


def _string(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
