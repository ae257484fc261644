"""What a web page says about itself: JSON-LD, meta tags, headings and captions.

Publishers describe their articles for search engines and social networks in
three places: schema.org JSON-LD (``NewsArticle`` with ``headline``,
``datePublished``, ``author``, ``publisher``), Open Graph and similar
``<meta>`` tags, and the visible page (``<title>``, ``<h1>``, ``<figcaption>``).
:func:`page_metadata` reads them all from a parsed lxml tree into one
:class:`PageMeta`, keeping for every value the place it came from, so that
the HTML reader can choose among them and say why.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

# schema.org types whose JSON-LD object describes the page's main text.
_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting",
    "liveblogposting", "scholarlyarticle", "techarticle", "report", "webpage", "itempage",
    "creativework", "posting", "discussionforumposting", "review", "recipe", "event",
}
_PAGE_TYPES = {"webpage", "itempage", "creativework", "event", "recipe", "review"}

# <meta> names and properties that carry a publication date, most specific first.
DATE_META = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "article.published", "published_time", "publish-date", "publishdate",
    "publish_date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.date", "dcterms.created", "dc.date", "date", "citation_publication_date",
    "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
)
_AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                "byl", "citation_author")
_SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher",
              "twitter:app:name:iphone")
_TITLE_META = ("og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title")


@dataclass(frozen=True)
class Found:
    """A value read from the page and where it was written (``"json-ld headline"``, ``"og:title"``)."""

    value: str
    where: str


@dataclass(frozen=True)
class PageMeta:
    """Everything the page declares about itself, each value with its origin."""

    titles: tuple[Found, ...] = ()  # JSON-LD headline, meta titles, in that order
    html_title: str | None = None  # the <title> element
    headings: tuple[str, ...] = ()  # <h1> texts, in page order
    dates: tuple[Found, ...] = ()  # raw date strings (JSON-LD first, then meta tags)
    authors: tuple[Found, ...] = ()  # one Found per person named
    sites: tuple[Found, ...] = ()  # outlet names
    canonical: Found | None = None  # canonical or og:url
    language: str | None = None  # <html lang>, first subtag, lower case
    description: str | None = None
    captions: tuple[str, ...] = ()  # <figcaption> texts outside navigation and footers


def page_metadata(tree: HtmlElement) -> PageMeta:
    """Return what ``tree`` declares about its article, in JSON-LD, meta tags and headings."""
    ld_objects = list(_json_ld_objects(tree))
    main = _main_object(ld_objects)
    metas = _meta_tags(tree)
    titles, dates, authors, sites = [], [], [], []
    if main is not None:
        kind = _types(main)
        label = "json-ld " + (sorted(kind)[0] if kind else "object")
        if headline := _text(main.get("headline")) or _text(main.get("name")):
            titles.append(Found(headline, f"{label} headline"))
        for key in ("datePublished", "dateCreated", "uploadDate"):
            if value := _text(main.get(key)):
                dates.append(Found(value, f"json-ld {key}"))
                break
        authors += [Found(name, "json-ld author")
                    for name in _person_names(main.get("author"), people_only=True)]
        if name := _first_name(main.get("publisher")):
            sites.append(Found(name, "json-ld publisher"))
    for obj in ld_objects:  # a WebSite or Organization object names the outlet too
        if _types(obj) & {"website", "newsmediaorganization", "organization"}:
            if name := _text(obj.get("name")):
                sites.append(Found(name, "json-ld " + sorted(_types(obj))[0]))
    titles += [Found(v, k) for k in _TITLE_META for v in metas.get(k, ())[:1]]
    dates += [Found(v, k) for k in DATE_META for v in metas.get(k, ())[:1]]
    for key in _AUTHOR_META:
        for value in metas.get(key, ()):
            # Facebook profile URLs in article:author say nothing readable about the writer.
            if not value.startswith(("http://", "https://", "www.")):
                authors.append(Found(value, f"meta {key}"))
    sites += [Found(v, k) for k in _SITE_META for v in metas.get(k, ())[:1]]
    return PageMeta(
        titles=tuple(titles),
        html_title=_html_title(tree),
        headings=tuple(h for h in (_clean(e.text_content()) for e in tree.iter("h1")) if h),
        dates=tuple(dates),
        authors=tuple(authors),
        sites=tuple(sites),
        canonical=_canonical(tree, metas),
        language=_language(tree, metas),
        description=next(iter(metas.get("og:description", ()) or metas.get("description", ())), None),
        captions=tuple(_captions(tree)),
    )


def _clean(text: str) -> str:
    return " ".join(text.split())


def _html_title(tree: HtmlElement) -> str | None:
    for element in tree.iter("title"):
        if text := _clean(element.text_content()):
            return text
    return None


def _meta_tags(tree: HtmlElement) -> dict[str, list[str]]:
    """Return the page's <meta> values by lower-cased name, property or itemprop."""
    out: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        content = _clean(meta.get("content") or "")
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            if key := (meta.get(attr) or "").strip().lower():
                out.setdefault(key, []).append(content)
    # <time itemprop="datePublished" datetime=…> is microdata for the same fact.
    for element in tree.xpath('//*[@itemprop="datePublished"][@datetime or @content]'):
        if value := (element.get("datetime") or element.get("content") or "").strip():
            out.setdefault("datepublished", []).append(value)
    return out


def _json_ld_objects(tree: HtmlElement) -> Iterator[dict]:
    """Yield every JSON-LD object of the page, ``@graph`` members included."""
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            # Pages often end JSON-LD with a stray comma or hold raw newlines in strings.
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw).replace("\n", " "))
            except ValueError:
                continue
        yield from _flatten(data)


def _flatten(data) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _flatten(data["@graph"])
        if "@type" in data:
            yield data


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _main_object(objects: list[dict]) -> dict | None:
    """Return the JSON-LD object describing the article (an article type before a mere page)."""
    articles = [o for o in objects if _types(o) & (_ARTICLE_TYPES - _PAGE_TYPES)]
    pages = [o for o in objects if _types(o) & _PAGE_TYPES and (o.get("datePublished") or o.get("headline"))]
    candidates = articles or pages
    if not candidates:
        return None
    # The article object with a headline and a date is the page's own; others are teasers.
    return max(candidates, key=lambda o: (bool(o.get("datePublished")), bool(o.get("headline"))))


def _text(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = _clean(str(value))
        return text or None
    return None


def _first_name(value) -> str | None:
    names = list(_person_names(value))
    return names[0] if names else None


def _person_names(value, people_only: bool = False) -> Iterator[str]:
    """Yield the names in a schema.org author or publisher value (object, list or string).

    With ``people_only``, organisations are skipped: outlets name themselves
    as the author of unsigned pieces.
    """
    items = value if isinstance(value, list) else [value]
    for item in items:
        if people_only and isinstance(item, dict) and _types(item) & {
                "organization", "newsmediaorganization", "corporation", "website"}:
            continue
        if isinstance(item, dict):
            name = _text(item.get("name"))
            if not name and (given := _text(item.get("givenName"))):
                name = " ".join(filter(None, (given, _text(item.get("familyName")))))
        else:
            name = _text(item)
        if name and not name.startswith(("http://", "https://")):
            yield name


def _canonical(tree: HtmlElement, metas: dict[str, list[str]]) -> Found | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and (href := (link.get("href") or "").strip()):
            if href.startswith(("http://", "https://")):
                return Found(href, "link canonical")
    for value in metas.get("og:url", ()):
        if value.startswith(("http://", "https://")):
            return Found(value, "og:url")
    return None


def _language(tree: HtmlElement, metas: dict[str, list[str]]) -> str | None:
    raw = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not raw:
        raw = next(iter(metas.get("content-language", ()) or metas.get("og:locale", ())), None)
    if not raw:
        return None
    first = re.split(r"[-_,;\s]", raw.strip().lower())[0]
    return first if re.fullmatch(r"[a-z]{2,3}", first) else None


_NOT_CONTENT = ("nav", "footer", "header", "aside")


def _captions(tree: HtmlElement) -> Iterator[str]:
    """Yield the page's photo captions, once each, skipping navigation and footers.

    When the page marks its story with <article> and captions sit inside it,
    captions elsewhere (teasers for other stories) are left out.
    """
    seen = set()
    captions = [e for e in tree.iter("figcaption")
                if not any(a.tag in _NOT_CONTENT for a in e.iterancestors())]
    inside = [e for e in captions if any(a.tag == "article" for a in e.iterancestors())]
    for element in inside or captions:
        text = _clean(element.text_content())
        if len(text) >= 3 and text not in seen:
            seen.add(text)
            yield text
