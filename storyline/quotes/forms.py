"""Attributions without a speech verb: "according to X", "X's claim that …", "Name: words", "critical of …"."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from . import cues
from .marks import Quotation
from .syntax import Draft, fragments, make_draft, phrase, same_paragraph, text_of

def noun_cue(doc: Doc, noun: Token, quotations: list[Quotation]) -> Draft | None:
    """Return the attribution of "Trump's criticism of X", "his claim that …", or None."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                break
    if owner is None:
        return None  # without its owner a noun like "support" is rarely an attribution
    content: set[int] = set()
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "relcl") and child.left_edge.lower_ == "that" and child.left_edge.dep_ == "mark":
            content = {t.i for t in child.subtree}
            break
        if child.dep_ == "prep" and child.i > noun.i and child.lower_ in ("of", "for", "on", "against", "about", "to"):
            content = {t.i for t in child.subtree if t.i != child.i}
            break
    if not content:
        return None
    speaker = [t.i for t in owner.subtree if t.dep_ != "case"]
    return Draft(content=fragments(doc, content, quotations), cue=(noun.idx, noun.idx + len(noun.text)),
                 speaker=(doc[min(speaker)].idx, doc[max(speaker)].idx + len(doc[max(speaker)].text)),
                 speaker_head=owner.i, channel=None, form="noun")


def name_colon(doc: Doc, colon: Token, quotations: list[Quotation] | None = None) -> Draft | None:
    """Return the attribution of "Marco Rubio: I'm not interested" or "… - More from Jones: “…”", or None.

    The speaker is a short run of words opening its line (a headline, a
    transcript's "KATE BOULDUAN:" or "Q:") or a sentence, or following a dash,
    and ending in a name; the content runs to the line's end, or is the
    quotation opened right after the colon.
    """
    text = text_of(doc)
    line_start = text.rfind("\n", 0, colon.idx) + 1
    words: list[Token] = []
    for tok in reversed(doc[max(0, colon.i - _COLON_WORDS - 1):colon.i]):
        if tok.idx < line_start or tok.text in _COLON_OPENERS or (words and tok.text in ".?!”\""):
            break
        words.insert(0, tok)
    if not words or len(words) > _COLON_WORDS:
        return None
    before = text[line_start:words[0].idx].rstrip()
    if before and before[-1] not in ".?!”\"-–—:":
        return None  # the words are the end of a longer sentence, not a speaker tag
    last = words[-1]
    speaker_like = (last.pos_ == "PROPN" and last.ent_type_ not in _NOT_SPEAKERS) or \
        last.lower_ in cues.REPORT_NOUNS or (last.is_upper and last.ent_type_ in ("PERSON", "ORG"))
    if not speaker_like or any(t.pos_ in ("VERB", "AUX", "PRON") or "\n" in t.text for t in words):
        return None
    line_end = text.find("\n", colon.idx)
    line_end = len(text) if line_end < 0 else line_end
    after = colon.idx + 1
    while after < line_end and text[after] in " \t":
        after += 1
    opened = next((q for q in quotations or () if q.start == after), None)
    if opened is not None:
        body = doc.char_span(opened.start, opened.end, alignment_mode="expand")
    else:
        if before and before[-1] not in "-–—":
            return None  # mid-line, only a quotation tells a speaker's words from a list or a title
        body = doc.char_span(after, line_end, alignment_mode="contract")
    if body is None or len(body) < 3:
        return None
    head = max(words, key=lambda t: t.i if t.pos_ == "PROPN" or t.lower_ in cues.REPORT_NOUNS else -1)
    return Draft(content=fragments(doc, {t.i for t in body}, []), cue=(colon.idx, colon.idx + 1),
                 speaker=(words[0].idx, last.idx + len(last.text)), speaker_head=head.i,
                 channel=None, form="colon")


_COLON_WORDS = 5  # longest speaker tag before a colon ("Former AG Mukasey at RNC")
_COLON_OPENERS = {"-", "–", "—", "--", "(", "[", "|"}  # a tag may follow these inside a line
_NOT_SPEAKERS = {"GPE", "LOC", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW"}  # "Iowa: …" is a dateline or a label


def adjective_cue(doc: Doc, adj: Token, quotations: list[Quotation]) -> Draft | None:
    """Return the attribution of a stance adjective ("critical of …", "confident that …"), or None."""
    if adj.dep_ not in ("acomp", "oprd"):
        return None
    content: set[int] = set()
    cue_end = None
    for child in adj.children:
        if child.dep_ in ("ccomp", "xcomp"):
            content.update(t.i for t in child.subtree)
        elif child.dep_ == "prep" and child.i == adj.i + 1 and child.lower_ in ("of", "about", "that", "with", "on"):
            content.update(t.i for t in child.subtree if t.i != child.i)
            cue_end = child.idx + len(child.text)
    if not content:
        return None
    return make_draft(doc, adj, content, quotations, "verb", cue_end, clause=adj.head)


def according_to(doc: Doc, according: Token) -> Draft | None:
    """Return the attribution of "according to X", or None when it has no clause to attribute."""
    to = doc[according.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    own = {t.i for t in according.subtree} | {to.i} | {t.i for t in to.subtree}
    head = according.head
    if head.i in own:
        return None
    content = same_paragraph(doc, according, {t.i for t in head.subtree} - own)
    if not content:
        return None
    return Draft(
        content=fragments(doc, content, []),
        cue=(according.idx, to.idx + len(to.text)),
        speaker=phrase(doc, source, set()),
        speaker_head=source.i,
        channel=None,
        form="according-to",
    )


def in_poll(doc: Doc, prep: Token) -> Draft | None:
    """Return the attribution of "in a Des Moines Register poll, Cruz had 10 percent", or None.

    A poll or survey framing its clause is the source of the finding, the
    preposition its cue (the way "according to" is).
    """
    source = next((c for c in prep.children if c.dep_ == "pobj"), None)
    head = prep.head
    if source is None or source.lemma_.lower() not in cues.FINDING_NOUNS or head.pos_ not in ("VERB", "AUX"):
        return None
    own = {t.i for t in prep.subtree}
    content = same_paragraph(doc, prep, {t.i for t in head.subtree} - own)
    if len(content) < 3:
        return None
    return Draft(content=fragments(doc, content, []), cue=(prep.idx, prep.idx + len(prep.text)),
                 speaker=phrase(doc, source, set()), speaker_head=source.i, channel=None, form="according-to")
