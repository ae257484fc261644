"""Attributions without a speech verb: "according to X", "X's claim that …", "Name: words", "critical of …",
"“…” ― Name"."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import cues
from .marks import Quotation
from .syntax import Draft, fragments, lemma_of, make_draft, phrase, same_paragraph, text_of

def noun_cue(doc: Doc, noun: Token, quotations: list[Quotation]) -> Draft | None:
    """Return the attribution of "Trump's criticism of X", "his claim that …", "questions about X", or None.

    Without an owner only a noun of :data:`cues.OWNERLESS_NOUNS` followed
    right away by its preposition attributes ("criticism of the plan"), to
    no one named.
    """
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                break
    lemma = noun.lemma_.lower()
    if owner is None and (lemma not in cues.OWNERLESS_NOUNS or not any(
            c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in _OWNERLESS_PREPS for c in noun.children)):
        return None  # without its owner a noun like "attack" is rarely an attribution
    if owner is not None and lemma not in cues.CUE_NOUNS:
        return None
    content: set[int] = set()
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "relcl") and child.left_edge.lower_ == "that" and child.left_edge.dep_ == "mark":
            content = {t.i for t in child.subtree}
            break
        if child.dep_ == "acl" and child.i > noun.i and child.left_edge.lower_ == "to" and child.left_edge.dep_ == "aux":
            content = {t.i for t in child.subtree}  # "his promise to cut taxes"
            break
        if child.dep_ == "prep" and child.i > noun.i and child.lower_ in ("of", "for", "on", "against", "about", "to"):
            content = {t.i for t in child.subtree if t.i != child.i}
            break
    if not content:
        return None
    cue = (noun.idx, noun.idx + len(noun.text))
    if owner is None:
        return Draft(content=fragments(doc, content, quotations), cue=cue, speaker=None, speaker_head=None,
                     channel=None, form="noun")
    speaker = [t.i for t in owner.subtree if t.dep_ != "case"]
    return Draft(content=fragments(doc, content, quotations), cue=cue,
                 speaker=(doc[min(speaker)].idx, doc[max(speaker)].idx + len(doc[max(speaker)].text)),
                 speaker_head=owner.i, channel=None, form="noun")


_OWNERLESS_PREPS = {"of", "about", "to", "for", "over", "on", "against"}


def name_colon(doc: Doc, colon: Token, quotations: list[Quotation] | None = None,
               quoted: bool = False) -> Draft | None:
    """Return the attribution of "Marco Rubio: I'm not interested" or "… - More from Jones: “…”", or None.

    The speaker is a short run of words opening its line (a headline, a
    transcript's "KATE BOULDUAN:" or "Q:") or a sentence, or following a dash,
    and ending in a name; the content runs to the line's end, or is the
    quotation opened right after the colon. A ``quoted`` colon (inside a
    quotation) counts only when an opening mark alone precedes the tag.
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
    if before in _LINE_MARKS:
        before = ""  # a transcript quoted line by line: "“WALLACE: Let's start …"
    elif quoted:
        return None  # inside a quotation only a line's opening tag names a speaker
    if before and before[-1] not in ".?!”\"-–—:":
        return None  # the words are the end of a longer sentence, not a speaker tag
    last = words[-1]
    # The title's capitalised name is often tagged a common noun ("Reid: 'Never underestimate Trump'").
    named = last.pos_ == "PROPN" or (last.pos_ == "NOUN" and last.text[:1].isupper() and line_start == 0)
    speaker_like = (named and last.ent_type_ not in _NOT_SPEAKERS) or \
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


_LINE_MARKS = {"\"", "“", "''"}  # an opening mark alone before a transcript's speaker tag
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


_SIGN_OFF = re.compile(r"[ \t]*(?:―|—|–|--)[ \t]*([^\n]{2,80}?)[ \t.]*(?=\n|$)")


def signed_quotes(doc: Doc, quotations: list[Quotation]) -> list[Draft]:
    """Return the attributions of paragraphs signed after a dash (“…” ― Jane Doe, a nurse).

    The quotation must open its line and the dash follow its closing mark;
    the signature runs to the line's end and must open with a name (words
    the model tags as proper nouns), so a dash before an afterthought
    (“…” — and then he left) is not taken for a speaker.
    """
    text = text_of(doc)
    drafts = []
    for q in quotations:
        if not q.closed or text[text.rfind("\n", 0, q.start) + 1:q.start].strip():
            continue
        match = _SIGN_OFF.match(text, q.end)
        if match is None:
            continue
        sign = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if sign is None or len(sign) > _SIGN_WORDS:
            continue
        lead = [t for t in sign if not t.is_punct]
        if not lead or lead[0].pos_ != "PROPN" or not lead[0].text[:1].isupper():
            continue
        head = lead[0]
        while head.i + 1 < sign.end and doc[head.i + 1].pos_ == "PROPN":
            head = doc[head.i + 1]  # the name's last word: what the speaker is looked up by
        dash = match.group(0).lstrip(" \t")
        at = q.end + (len(match.group(0)) - len(dash))
        width = 2 if dash.startswith("--") else 1
        drafts.append(Draft(content=((q.start, q.end),), cue=(at, at + width),
                            speaker=(match.start(1), match.end(1)), speaker_head=head.i,
                            channel=None, form="signature"))
    return drafts


_SIGN_WORDS = 12  # longest signature: a name and a short description ("Jane Doe, a nurse in Ohio")


def hearsay(doc: Doc, adverb: Token, quotations: list[Quotation]) -> Draft | None:
    """Return the attribution of "reportedly" / "allegedly" to no one named: the clause it hedges, or None.

    A speech verb it modifies ("reportedly said") makes its own attribution,
    the adverb joining that cue.
    """
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) in cues.SPEECH_VERBS:
        return None
    content = same_paragraph(doc, adverb, {t.i for t in verb.subtree} - {adverb.i})
    if len(content) < 3:
        return None
    return Draft(content=fragments(doc, content, quotations), cue=(adverb.idx, adverb.idx + len(adverb.text)),
                 speaker=None, speaker_head=None, channel=None, form="verb")


def headline(doc: Doc, drafts: list[Draft], verbs: frozenset[str]) -> Draft | None:
    """Return the attribution a title makes ("Jeb Bush Super PAC Chief Praises Marco Rubio"), or None.

    Title case leads the tagger to read the verb as a name, so the title's
    words are matched against the cue verbs by their inflected forms instead
    of the parse: the first such word after the opening words is the cue,
    the words before it the speaker and the rest of the line the content.
    Only when no attribution was found in the title already.
    """
    text = text_of(doc)
    end = text.find("\n")
    end = len(text) if end < 0 else end
    if any(d.cue is not None and d.cue[0] < end for d in drafts):
        return None
    words = []
    for t in doc:
        if t.idx >= end:
            break
        if not t.is_space:
            words.append(t)
    for k, tok in enumerate(words[1:-1], start=1):
        if not tok.is_alpha or tok.pos_ not in ("PROPN", "NOUN", "VERB") or _verb_form(tok.lower_, verbs) is None:
            continue
        before = [t for t in words[:k] if not t.is_punct]
        if not before or not before[-1].text[:1].isupper() or before[-1].pos_ not in ("PROPN", "NOUN"):
            return None
        after = [t for t in words[k + 1:] if not (t.is_punct and t.i == words[-1].i)]
        if len(after) < 2:
            return None
        first = before[0]
        for t in words[:k]:
            if t.text == ":":
                first = next(w for w in words if w.i > t.i)  # "The Latest: Sanders declares …"
        return Draft(content=((after[0].idx, after[-1].idx + len(after[-1].text)),),
                     cue=(tok.idx, tok.idx + len(tok.text)),
                     speaker=(first.idx, before[-1].idx + len(before[-1].text)), speaker_head=before[-1].i,
                     channel=None, form="verb")
    return None


def _verb_form(word: str, verbs: frozenset[str]) -> str | None:
    """Return the lemma among ``verbs`` that ``word`` inflects ("praises" → "praise"), or None."""
    for cut, add in ((0, ""), (1, ""), (2, ""), (1, "e"), (3, "y"), (2, "e")):
        if len(word) - cut < 3:
            continue
        stem = (word[:-cut] if cut else word) + add
        if stem in verbs and (cut == 0 or word.endswith(("s", "d"))):
            return stem
    return None
