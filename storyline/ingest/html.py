"""Reading a web page into an Article: trafilatura for the body, htmldate for the date.

The body is trafilatura's main-text extraction (with its fallback
algorithms, tables kept, comments dropped: the settings of trafilatura's own
benchmark). Metadata comes from several witnesses: schema.org JSON-LD and
meta tags (read by :mod:`storyline.ingest.htmlmeta`), trafilatura's metadata
extraction, htmldate's date search and the URL. Each field records in
``Article.provenance`` which witness supplied it.

How the witnesses are weighed was settled on trafilatura's and htmldate's
evaluation sets (``storyline eval extraction`` and ``storyline eval dates``):

* body: trafilatura's text, without a first line repeating the headline,
  opened by the standfirst when the page prints its meta description and
  trafilatura left it out;
* date: htmldate's extensive search, which already reads JSON-LD, meta tags
  and the URL, is right more often than any single source; its answer stands
  unless nothing on the page backs it and the publisher's JSON-LD and meta
  tags all state one date more than a day away. Storyline's own readings
  fill in when htmldate finds nothing and name the source when they agree;
* title: the visible <h1> headline, else the headline most witnesses agree
  on once site names are cut from ``<title>``-style strings ("Story | Outlet");
* authors: the people named in JSON-LD, else trafilatura's byline.
"""
from __future__ import annotations

import copy
import re
import warnings
from collections.abc import Sequence
from datetime import date
from urllib.parse import urlparse

import trafilatura
from htmldate import find_date
from trafilatura.utils import load_html

from ..errors import EmptyInput, MalformedInput, TooLarge
from ..records import Article
from ..settings import Settings
from .assemble import build_article
from .encoding import looks_binary
from .htmlmeta import Found, PageMeta, page_metadata
from .metadata import date_from_url, guess_language, outlet_from_url, parse_date

# trafilatura's benchmark settings (its tests/eval_common.py EXTRACT_OPTS, fallback runner).
EXTRACTION = {"fast": False, "include_comments": False, "include_tables": True,
              "include_formatting": False}
# htmldate's benchmark settings, its best on htmldate's evaluation set.
DATE_SEARCH = {"extensive_search": True, "original_date": True}

# A body none of whose lines has this many words (or, for scripts written without
# spaces, characters) is a menu or link list, not an article.
_MIN_PARAGRAPH_WORDS = 5
_MIN_PARAGRAPH_CHARS = 30
_MARKUP = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|"
                     rb"section|span|table|h[1-6]|br|a)[\s>/]", re.I)
# Separators between a headline and the outlet's name in <title>-like strings.
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|·|•|›|»|«|::|:::|/|\\)\s+")


def read_html(data: bytes | str, source: str, url: str | None = None,
              settings: Settings | None = None) -> Article:
    """Return the Article of a web page; raise an InputError saying why when there is none.

    ``url`` is where the page was fetched from (a WARC record's target, a feed
    link); without it the page's canonical URL is used when it declares one.
    """
    settings = settings or Settings()
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    _check_input(raw, source, settings)
    tree = load_html(raw)
    if tree is None:
        raise MalformedInput(source, "not HTML: the markup could not be parsed")
    meta = page_metadata(tree)
    url_from = "given" if url else None
    if not url and meta.canonical:
        url, url_from = meta.canonical.value, meta.canonical.where
    try:
        document = trafilatura.bare_extraction(tree, url=url, with_metadata=True, **EXTRACTION)
    except (ValueError, TypeError) as exc:  # trafilatura's own "cannot extract" signals
        raise MalformedInput(source, f"no article body found in the HTML ({exc})") from None
    body = _paragraphs(document.text if document is not None else None)
    if not body:
        raise MalformedInput(source, "no article body found in the HTML")
    if not any(_is_prose(p) for p in body.split("\n\n")):
        # Menus, tag clouds and link lists: no line of it is a sentence.
        raise MalformedInput(source, "no article body found in the HTML (only short lines, "
                                     "such as menus or link lists)")
    url = url or getattr(document, "url", None)
    if url and not url_from:
        url_from = "trafilatura"

    provenance: dict[str, str] = {}
    extra: dict[str, object] = {}
    title, how = choose_title(meta, getattr(document, "title", None), _site_names(meta, document))
    if title:
        provenance["title"] = how
        body = _without_headline(body, title)
    description = getattr(document, "description", None) or meta.description
    if lead := _visible_lead(tree, description, body, title):
        # The standfirst under the headline: trafilatura often leaves it out.
        body = f"{lead}\n\n{body}"
        provenance["lead"] = "description shown on the page"
    published, how, seen = choose_date(tree, url, meta, getattr(document, "date", None))
    if published:
        provenance["published"] = how
    if seen:
        extra["date_witnesses"] = seen
    authors, how = choose_authors(meta, getattr(document, "author", None))
    if authors:
        provenance["authors"] = how
    outlet, how = choose_outlet(meta, getattr(document, "sitename", None), url)
    if outlet:
        provenance["outlet"] = how
    if url:
        provenance["url"] = url_from or "given"
    language, how = _language(meta, getattr(document, "language", None), body)
    if language:
        provenance["language"] = how

    captions = tuple(c for c in meta.captions if c not in body)
    if captions:
        extra["captions"] = list(captions)
    for key in ("description", "categories", "tags", "image", "license"):
        value = getattr(document, key, None) or (meta.description if key == "description" else None)
        if value:
            extra[key] = value
    return build_article(
        body=body, title=title, captions=captions, source=source, source_format="html",
        url=url, outlet=outlet, authors=authors, published=published, language=language,
        provenance=provenance, extra=extra,
    )


def _language(meta: PageMeta, extracted: str | None, body: str) -> tuple[str | None, str]:
    """Return the page's language code and where it was read (declared, else guessed)."""
    if meta.language:
        return meta.language, "html-lang"
    if extracted:
        return extracted, "trafilatura"
    if guessed := guess_language(body):
        return guessed, "guessed"
    return None, ""


def _check_input(raw: bytes, source: str, settings: Settings) -> None:
    if not raw.strip():
        raise EmptyInput(source, "the file is empty")
    if len(raw) > settings.max_file_bytes:
        raise TooLarge(source, f"over the {settings.max_file_mb:g} MB limit")
    if looks_binary(raw):
        raise MalformedInput(source, "not HTML: binary data (NUL or control bytes)")
    if not _MARKUP.search(raw[:200_000]):
        raise MalformedInput(source, "not HTML: no HTML elements found")


_INVISIBLE = ("script", "style", "noscript", "template", "head", "title", "meta")


def _visible_lead(tree, description: str | None, body: str, title: str | None) -> str | None:
    """Return the page's description when it is printed on the page but missing from ``body``.

    News pages print their standfirst (the summary under the headline) in an
    element of its own, which main-text extraction tends to drop, and repeat
    it as the meta description. A description that appears only in the
    <head> is a search-engine blurb and is left out.
    """
    if not description or len(description) < 40:
        return None
    lead = " ".join(description.split())
    flat = " ".join(body.split())
    if lead in flat or (title and lead.casefold() == title.casefold()):
        return None
    page = copy.deepcopy(tree)
    for element in list(page.iter(*_INVISIBLE)):
        if element.getparent() is not None:
            element.drop_tree()
    shown = " ".join(" ".join(page.itertext()).split())
    return lead if lead in shown else None


def _is_prose(paragraph: str) -> bool:
    """Return whether a paragraph is long enough to be a sentence rather than a menu item."""
    return (len(paragraph.split()) >= _MIN_PARAGRAPH_WORDS
            or len(paragraph.replace(" ", "")) >= _MIN_PARAGRAPH_CHARS)


def _without_headline(body: str, title: str) -> str:
    """Return ``body`` without a first paragraph that repeats the headline.

    trafilatura keeps the page's <h1> as the first line of the text; the
    headline already opens the Article as its title section.
    """
    first, _, rest = body.partition("\n\n")
    if rest and first.casefold() == title.casefold():
        return rest
    return body


def _paragraphs(text: str | None) -> str:
    """Return trafilatura's text with one blank line between paragraphs.

    trafilatura writes one block element (paragraph, heading, list item, table
    row) per line; storyline's articles separate paragraphs by blank lines.
    """
    if not text:
        return ""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


# --- title ------------------------------------------------------------------

def choose_title(meta: PageMeta, extracted: str | None,
                 sites: Sequence[str] = ()) -> tuple[str | None, str]:
    """Return the headline and where it came from.

    The visible headline is the page's <h1>: the only one, or among several
    the one that the <title> or a meta title repeats (the others are logos
    and section names). Without one, every other witness (JSON-LD headline,
    meta titles, trafilatura, <title>) is cut down to its headline part and
    the headline most witnesses agree on wins, ties going to the one listed first.
    """
    witnesses: list[Found] = list(meta.titles)
    if extracted:
        witnesses.append(Found(extracted, "trafilatura"))
    if meta.html_title:
        witnesses.append(Found(meta.html_title, "html-title"))
    if heading := _visible_headline(meta.headings, [w.value for w in witnesses], sites):
        return heading, "h1"
    if not witnesses:
        return None, ""
    plain = [w.value for w in witnesses] + list(meta.headings)
    cut = [Found(_headline_part(w.value, plain, sites), w.where) for w in witnesses]
    support: dict[str, int] = {}
    for w in cut:
        support[_fold(w.value)] = support.get(_fold(w.value), 0) + 1
    best = max(range(len(cut)), key=lambda i: (support[_fold(cut[i].value)], -i))
    return cut[best].value, cut[best].where


def _visible_headline(headings: Sequence[str], others: Sequence[str],
                      sites: Sequence[str]) -> str | None:
    """Return the <h1> that is the page's headline, or None when none clearly is."""
    site_keys = {_key(s) for s in sites if s}
    distinct: dict[str, str] = {}
    for heading in headings:
        if len(heading) > 2 and not _is_site(heading, site_keys):
            distinct.setdefault(_fold(heading), heading)
    folded = [_fold(o) for o in others]
    repeated = [h for key, h in distinct.items() if any(key in o for o in folded)]
    if repeated:
        return repeated[0]
    if len(distinct) == 1:
        # An <h1> nothing else repeats is a headline if it reads like one, not a logo.
        only = next(iter(distinct.values()))
        return only if not others or len(only.split()) > 2 else None
    return None


_TYPOGRAPHY = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                             "’": "'", "‚": "'", "–": "-", "—": "-", "…": "...", "\u00a0": " "})


def _fold(text: str) -> str:
    """Return ``text`` reduced for comparison: case, quotes, dashes and spacing ignored."""
    return " ".join(text.translate(_TYPOGRAPHY).casefold().split())


def _headline_part(title: str, others: Sequence[str], sites: Sequence[str]) -> str:
    """Return ``title`` without the outlet or section name written before or after it."""
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    folded = {_fold(o) for o in others if o != title}
    site_keys = {_key(s) for s in sites if s}
    # Keep the stretch another witness has verbatim (an <h1>, og:title …).
    for i in range(len(parts)):
        for j in range(len(parts), i, -1):
            if (i, j) == (0, len(parts)):
                continue
            if _fold(_join(title, parts, i, j)) in folded:
                return _join(title, parts, i, j)
    # Else drop the ends that name the outlet.
    start, end = 0, len(parts)
    while end - start > 1 and _is_site(parts[end - 1], site_keys):
        end -= 1
    while end - start > 1 and _is_site(parts[start], site_keys):
        start += 1
    return _join(title, parts, start, end)


def _join(title: str, parts: list[str], i: int, j: int) -> str:
    """Return parts[i:j] as written in ``title`` (with their own separators)."""
    pieces = _SEPARATOR.split(title)
    seps = _SEPARATOR.findall(title)
    out = pieces[i]
    for k in range(i + 1, j):
        out += seps[k - 1] + pieces[k]
    return out.strip()


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold().removeprefix("www."))


def _is_site(part: str, site_keys: set[str]) -> bool:
    key = _key(part)
    if not key:
        return True
    return any(key == s or (len(s) >= 4 and (s in key or key in s)) for s in site_keys)


def _site_names(meta: PageMeta, document) -> list[str]:
    names = [s.value for s in meta.sites]
    if sitename := getattr(document, "sitename", None):
        names.append(sitename)
    if url := getattr(document, "url", None) or (meta.canonical.value if meta.canonical else None):
        host = (urlparse(url).hostname or "").removeprefix("www.")
        if host:
            names += [host, host.split(".")[0]]
    return names


# --- publication date -------------------------------------------------------

def choose_date(tree, url: str | None, meta: PageMeta,
                extracted: str | None = None) -> tuple[str | None, str, dict[str, str]]:
    """Return (ISO publication date, where it came from, every witness's date).

    htmldate's answer is taken when it has one (its provenance is the page
    source that states the same date, else "htmldate"), unless no source
    backs it and the page's JSON-LD and meta tags all state one other date;
    when htmldate finds nothing, the first of JSON-LD, meta tags, the URL path
    and trafilatura that has a date.
    """
    witnesses: list[tuple[str, str]] = []
    for found in meta.dates:
        if iso := _iso(found.value):
            where = found.where if found.where.startswith("json-ld") else f"html-meta {found.where}"
            witnesses.append((where, iso))
    if from_url := date_from_url(url):
        witnesses.append(("url-path", from_url))
    try:
        searched = find_date(copy.deepcopy(tree), url=url, **DATE_SEARCH)
    except (ValueError, TypeError):
        searched = None
    seen = {where: iso for where, iso in witnesses}
    if searched:
        seen["htmldate"] = searched
        agreeing = [where for where, iso in witnesses if iso == searched]
        if agreeing:
            return searched, agreeing[0], seen
        # htmldate's extensive search can settle on a date from the page's text or
        # furniture; when the publisher's own metadata states one other date and
        # nothing backs htmldate's choice, the publisher's statement is likelier right.
        # A day apart is no contradiction: UTC timestamps shift the local date.
        stated = {iso for where, iso in witnesses if where != "url-path"}
        if len(stated) == 1 and _days_apart(next(iter(stated)), searched) > 1:
            where = next(w for w, iso in witnesses if w != "url-path")
            return stated.pop(), where, seen
        return searched, "htmldate", seen
    if extracted and (iso := _iso(extracted)):
        witnesses.append(("trafilatura", iso))
        seen["trafilatura"] = iso
    if witnesses:
        return witnesses[0][1], witnesses[0][0], seen
    return None, "", seen


def _days_apart(first: str, second: str) -> int:
    """Return how many days lie between two ISO dates."""
    return abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days)


def _iso(value: str) -> str | None:
    """Return the calendar date of a machine-readable date string, else None."""
    value = value.strip()
    if m := re.match(r"((?:19|20)\d\d)-?(\d\d)-?(\d\d)", value):
        return _safe_parse(f"{m[1]}-{m[2]}-{m[3]}")
    if m := re.match(r"(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)\b", value):
        # Dotted numeric dates (10.12.2022) are written day first.
        return _safe_parse(f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}")
    # Only a string naming day, month and year is a date; dateutil would fill
    # a missing day or month from today.
    if not re.search(r"(?:19|20)\d\d", value) or re.fullmatch(r"\d{9,}", value):
        return None
    numbers = len(re.findall(r"\d+", value))
    if numbers >= 3 or (numbers == 2 and re.search(r"[A-Za-z]{3,}", value)):
        return _safe_parse(value)
    return None


def _safe_parse(value: str) -> str | None:
    with warnings.catch_warnings():  # dateutil warns about time-zone names it ignores
        warnings.simplefilter("ignore")
        return parse_date(value)


# --- authors and outlet -----------------------------------------------------

# Words that introduce a byline rather than belong to the name.
_BYLINE_LEAD = re.compile(r"^\s*(?:(?:view|see) all posts by|posted by|written by|published by|"
                          r"author:|by|von)\s+", re.I)
_NOT_A_PERSON = re.compile(r"^(?:by\s+)?(?:admin|administrator|staff|redaktion|editor|newsroom|"
                           r"guest|anonymous|unknown|no author|none|n/a)$", re.I)


def choose_authors(meta: PageMeta, extracted: str | None) -> tuple[tuple[str, ...], str]:
    """Return the article's authors and where they were named.

    People named as authors in JSON-LD come first (an outlet naming itself as
    author is no byline), then trafilatura's byline, then author meta tags.
    """
    outlets = {_fold(s.value) for s in meta.sites}
    found = [a for a in meta.authors if a.where == "json-ld author" and _fold(a.value) not in outlets]
    names = _names(a.value for a in found)
    if names:
        return names, "json-ld author"
    if extracted:
        names = _names(extracted.split(";"))
        if names:
            return names, "trafilatura"
    names = _names(a.value for a in meta.authors)
    if names:
        return names, meta.authors[0].where
    return (), ""


def _names(values) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        name = " ".join(_BYLINE_LEAD.sub("", value).split())
        if name and not _NOT_A_PERSON.match(name) and name not in out:
            out.append(name)
    return tuple(out)


def choose_outlet(meta: PageMeta, extracted: str | None, url: str | None) -> tuple[str | None, str]:
    """Return the outlet's name and where it was found (site metadata, else the URL's domain)."""
    for found in meta.sites:
        if found.value and not found.value.startswith(("http://", "https://")):
            return found.value, found.where
    host = (urlparse(url).hostname or "").removeprefix("www.") if url else ""
    # trafilatura falls back on the URL's host name; the outlet list names hosts better.
    if extracted and extracted.casefold().removeprefix("www.") != host:
        return extracted, "trafilatura sitename"
    if outlet := outlet_from_url(url):
        return outlet, "url-domain"
    return None, ""
