"""Turning articles into spaCy Docs ready for storyline's components."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Article
from .registry import register_extensions


def make_doc(nlp: Language, article: Article) -> Doc:
    """Return an unprocessed Doc of ``article.text`` carrying the article on ``doc._.article``."""
    register_extensions()
    doc = nlp.make_doc(article.text)
    doc._.article = article
    return doc


def analyse(nlp: Language, article: Article) -> Doc:
    """Return ``article`` run through the whole pipeline."""
    return nlp(make_doc(nlp, article))


def analyse_many(nlp: Language, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Doc]:
    """Yield analysed Docs for ``articles``, in order, batched through ``nlp.pipe``."""
    return nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=batch_size)


def article_from_text(text: str, published: str | None = None, **fields) -> Article:
    """Return an Article for a bare text (tests, evaluation sets): body-only, id from content."""
    from ..records import Section

    from ..ingest.identity import article_id

    return Article(id=article_id(text), text=text, published=published,
                   sections=(Section("body", 0, len(text)),), **fields)


def text_of(doc: Doc) -> str:
    """Return the Doc's text, built once per Doc.

    spaCy joins every token again on each ``doc.text``; components that read
    the text often call this instead. The article's own text is used when the
    Doc was made from it.
    """
    key = ("storyline", "text")
    text = doc.user_data.get(key)
    if text is None:
        article = doc._.article if Doc.has_extension("article") else None
        # the Doc was made from the article when their lengths agree (checked without doc.text)
        made_from = article is not None and len(doc) and \
            len(article.text) == doc[-1].idx + len(doc[-1].text_with_ws)
        text = article.text if made_from else doc.text
        doc.user_data[key] = text
    return text
