"""The building blocks of attributions: the Draft record and the syntax helpers shared by the finders.

Speaker phrases, cue spans and content fragments are read off the
dependency tree here; every helper is a bounded walk over a token's
neighbours or subtree.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from . import cues
from ..pipeline.documents import text_of  # noqa: F401  (used here and by the other quote modules)
from .marks import Quotation

Range = tuple[int, int]  # character offsets [start, end)


@dataclass(frozen=True)
class Draft:
    """An attribution before its speaker is resolved to an entity."""

    content: tuple[Range, ...]
    cue: Range | None
    speaker: Range | None
    speaker_head: int | None  # token index of the speaker's head word
    channel: Range | None
    form: str
    reported_by: Range | None = None
    carried_from: int | None = None  # index of the draft whose speaker a follow-on quote takes
    wrapper: bool = False  # an outlet's "reported" around another attribution of the same sentence
    weak: bool = False  # content read off a bare predicate: too loose to swallow other cues as nested


CUE_LEFT = ("aux", "auxpass", "neg", "advmod")


SUBJECTS = ("nsubj", "nsubjpass", "csubj")


EDGE_PUNCT = set(",;:—–-()[]") | {"--"}


def left_edge(head: Token) -> Token:
    """Return the first word of the phrase headed by ``head``, without a clause the parse hung on a name."""
    first = head
    for child in head.children:
        if child.dep_ in ("ccomp", "punct") and head.pos_ in ("PROPN", "NOUN"):
            continue
        if child.left_edge.i < first.i:
            first = child.left_edge
    return first


def lemma_of(tok: Token) -> str:
    """Return the token's lemma, lower case, with the model's known slips mended ("hoping" → "hop")."""
    return cues.LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())


def same_paragraph(doc: Doc, cue: Token, tokens: set[int]) -> set[int]:
    """Return ``tokens`` without those in other paragraphs than the cue.

    The parser sometimes runs a sentence across a paragraph break, hanging the
    previous paragraph's clause on the next paragraph's "said".
    """
    if not tokens:
        return tokens
    text = text_of(doc)
    lo = text.rfind("\n", 0, cue.idx) + 1
    hi = text.find("\n", cue.idx)
    hi = len(text) if hi < 0 else hi
    return {i for i in tokens if lo <= doc[i].idx < hi and not doc[i].is_space}


def nearest_noun(doc: Doc, verb: Token) -> Token | None:
    """Return the last noun between the line break before ``verb`` and ``verb``, or None."""
    best = None
    for i in range(verb.i - 1, -1, -1):
        tok = doc[i]
        if "\n" in tok.text or "\n" in tok.whitespace_:
            break
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and best is None:
            best = tok
    return best


def _finite_root(verb: Token) -> bool:
    """Return whether ``verb`` is a sentence's finite main verb without a subject or passive subject of its own."""
    return verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ", "VBP") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def _word_before(doc: Doc, verb: Token, content: set[int]) -> Token | None:
    """Return the last noun or pronoun before a subjectless main verb in its sentence, or None.

    The parse loses a subject behind a long title or a parenthesis ("Sen.
    Lindsey Graham (R-SC) called out …"); the words right before the verb
    still name who acts.
    """
    for tok in reversed(doc[verb.sent.start:verb.i]):
        if tok.i in content or "\n" in tok.text:
            return None
        if tok.pos_ in ("PROPN", "NOUN", "PRON"):
            return tok
    return None


def indexes_of(doc: Doc, attr: int, words: frozenset[str]) -> list[int]:
    """Return the indexes of the tokens whose ``attr`` (LOWER, LEMMA …), lower-cased, is in ``words``.

    Read from ``Doc.to_array``: each distinct value is looked up once, and
    spaCy builds no Python object for the tokens that do not match.
    """
    values = doc.to_array([attr]).reshape(-1).tolist()
    strings = doc.vocab.strings
    keep = {h for h in set(values) if strings[h].lower() in words}
    return [i for i, h in enumerate(values) if h in keep]


def bare_report(verb: Token) -> bool:
    """Return whether ``verb`` is an object-less reporting tag ("the ministry reported")."""
    if verb.lemma_.lower() not in cues.REPORTING_VERBS:
        return False
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and not deps & {"ccomp", "dobj", "xcomp"}


def subject_of(verb: Token) -> Token | None:
    """Return the word naming who speaks through ``verb`` (following conjuncts and -ing clauses)."""
    seen = 0
    while verb is not None and seen < 4:
        seen += 1
        # Of two subjects ("Nothing he said helps, the senator said"), the nearest before the verb speaks.
        ordered = sorted(verb.children, key=lambda c: (c.dep_ in SUBJECTS and c.i < verb.i, c.i), reverse=True)
        for child in ordered:
            if child.dep_ == "nsubjpass":
                agent = next((c for c in child.head.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                return pobj
            if child.dep_ in SUBJECTS and child.lower_ not in ("there",):
                return child
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
            noun = verb.head
            if noun.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos"):
                return noun  # "a new poll showing …", "protesters chanting …": the noun it describes
            # "issued a statement saying …", "made a pitch to voters saying …": the clause's subject speaks
            verb = noun.head if noun.dep_ != "pobj" else noun.head.head
            continue
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and lemma_of(verb) in cues.SPEECH_VERBS \
                and lemma_of(verb.head.head) in cues.SPEECH_VERBS:
            verb = verb.head.head  # "He said the plan works and said that …": the first statement's speaker
            continue
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "…, calling it X", "went after Trump to demand …": the main clause's subject
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "hinted at Trump by mentioning …"
            continue
        if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "voters were more likely to say …"
            continue
        return None
    return None


def phrase(doc: Doc, head: Token, exclude: set[int], whole: bool = False) -> Range:
    """Return the character range of the noun phrase headed by ``head``.

    ``whole`` keeps relative clauses, conjuncts and a closing comma (a
    speaker as PolNeAR marks it: "The candidate, who won Iowa,"); otherwise
    they are cut (a channel or an outlet).
    """
    keep = [head.i]
    for child in head.children:
        if not whole and child.dep_ in ("relcl", "acl", "punct", "cc", "conj") and child.i > head.i:
            continue
        if child.dep_ == "ccomp" and head.pos_ in ("PROPN", "NOUN"):
            continue  # “…,” Sarandon told: the parse hangs the quotation on the name, never part of it
        keep.extend(t.i for t in child.subtree if t.i not in exclude)
    lo, hi = min(keep), max(keep)
    # A phrase never crosses a line break (captions run into the body when parsed).
    for i in range(head.i - 1, lo - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            lo = i + 1
            break
    for i in range(head.i, hi + 1):
        if "\n" in doc[i].whitespace_ or (i > head.i and "\n" in doc[i].text):
            hi = i if "\n" in doc[i].whitespace_ else i - 1
            break
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi].is_space or (doc[hi].is_punct and not (whole and doc[hi].text == ","))):
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def cue_range(doc: Doc, verb: Token) -> Range:
    """Return the cue's characters: the verb with its auxiliaries, negation and adverbs
    right before it ("has also said"), a particle ("pointed out") and a medium right
    after it ("said in a statement", "wrote on Twitter")."""
    first = verb.i
    while first > 0 and doc[first - 1].head.i == verb.i and doc[first - 1].dep_ in CUE_LEFT:
        first -= 1
    last = verb.i
    for child in verb.children:
        if child.dep_ == "prt" and child.lower_ in cues.CUE_PARTICLES and child.i == last + 1:
            last = child.i
    nxt = last + 1
    if nxt < len(doc) and doc[nxt].dep_ == "prep" and doc[nxt].head.i == verb.i and doc[nxt].lower_ in ("in", "on"):
        pobj = next((c for c in doc[nxt].children if c.dep_ == "pobj"), None)
        if pobj is not None and (pobj.lemma_.lower() in cues.STATEMENT_NOUNS or pobj.lower_ in cues.MEDIA) \
                and pobj.right_edge.i == pobj.i:
            last = pobj.i
    if last + 1 < len(doc) and doc[last + 1].text == ":":
        last += 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def make_draft(doc: Doc, cue: Token, content: set[int], quotations: list[Quotation], form: str,
              cue_end: int | None, clause: Token | None = None, speaker: Token | None = None) -> Draft | None:
    """Return the Draft for ``cue`` and its content tokens, with speaker and channel.

    ``speaker`` names the speaker's head word when the parse does not (an inverted "…,” said X").
    """
    subject = speaker if speaker is not None else subject_of(clause if clause is not None else cue)
    if subject is not None and "\n" in doc[min(subject.i, cue.i):max(subject.i, cue.i)].text:
        subject = nearest_noun(doc, cue)
    if subject is None and clause is None and _finite_root(cue):
        subject = _word_before(doc, cue, content)
    if subject is not None and subject.i in content:
        return None  # the parse folded the cue into its own content
    # "a new poll showing …": the noun the cue describes speaks, without the cue's own clause.
    own = {t.i for t in cue.subtree} if subject is not None and cue.head.i == subject.i and cue.dep_ == "acl" else set()
    speaker = phrase(doc, subject, content | own, whole=True) if subject is not None else None
    start, end = cue_range(doc, cue)
    return Draft(
        content=fragments(doc, content, quotations),
        cue=(start, max(end, cue_end or end)),
        speaker=speaker,
        speaker_head=subject.i if subject is not None else None,
        channel=channel_of(doc, cue, content),
        form=form,
        reported_by=carried_by(doc, cue),
    )


def channel_of(doc: Doc, verb: Token, content: set[int]) -> Range | None:
    """Return whom the speaker addressed ("CBS" in "told CBS"), or None."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.i in content:
            continue
        if lemma in cues.ADDRESS_VERBS and child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN"):
            return phrase(doc, child, content)
        if child.dep_ == "prep" and child.lower_ in ("to", "with") and lemma in ("say", "speak", "talk"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                return phrase(doc, pobj, content)
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "during"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in cues.STATEMENT_NOUNS:
                for grand in pobj.children:
                    if grand.dep_ == "prep" and grand.lower_ in ("with", "on", "to"):
                        target = next((c for c in grand.children if c.dep_ == "pobj"), None)
                        if target is not None:
                            return phrase(doc, target, content)
    return None


def carried_by(doc: Doc, verb: Token) -> Range | None:
    """Return the outlet in "in comments carried by Reuters", or None."""
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        for pobj in child.children:
            for acl in pobj.children:
                if acl.dep_ == "acl" and acl.lemma_.lower() in ("carry", "publish", "report", "air", "broadcast"):
                    for agent in acl.children:
                        if agent.dep_ == "agent":
                            target = next((c for c in agent.children if c.dep_ == "pobj"), None)
                            if target is not None:
                                return phrase(doc, target, set())
    return None


def fragments(doc: Doc, tokens: set[int], quotations: list[Quotation]) -> tuple[Range, ...]:
    """Return ``tokens`` as contiguous character ranges, edge punctuation trimmed."""
    runs: list[list[int]] = []
    for i in sorted(tokens):
        if runs and (i == runs[-1][-1] + 1 or all(doc[j].is_punct or doc[j].is_space
                                                   for j in range(runs[-1][-1] + 1, i))):
            runs[-1].append(i)
        else:
            runs.append([i])
    ranges = []
    for run in runs:
        lo, hi = run[0], run[-1]
        while lo <= hi and (doc[lo].text in EDGE_PUNCT or doc[lo].is_space or doc[lo].text == "."):
            lo += 1
        while hi >= lo and (doc[hi].text in EDGE_PUNCT or doc[hi].is_space or doc[hi].text in ".?!"
                            or doc[hi].dep_ == "cc"):
            hi -= 1
        if lo <= hi:
            ranges.append((doc[lo].idx, doc[hi].idx + len(doc[hi].text)))
    return tuple(ranges)


def snap(draft: Draft, quotations: list[Quotation], text: str) -> Draft:
    """Return ``draft`` with content fragments grown to the whole quotations they touch."""
    taken = [r for r in (draft.cue, draft.speaker) if r is not None]
    grown = []
    for lo, hi in draft.content:
        for q in quotations:
            if q.end <= lo:
                continue
            if q.start >= hi:
                break
            if any(q.start <= a < q.end for a, _ in taken):
                continue  # never swallow the cue or speaker
            lo, hi = min(lo, q.start), max(hi, q.end)
            if hi == q.end and lo < q.start and text[lo:q.start].rstrip().endswith(":"):
                lo = q.start  # "…, but with a caveat: “…,” the source said": the quote alone is said
        grown.append((lo, hi))
    return replace(draft, content=tuple(merge_ranges(grown)))


def merge_ranges(ranges: list[Range]) -> list[Range]:
    """Return ``ranges`` sorted with overlapping ones merged."""
    out: list[Range] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def is_outlet(head: Token) -> bool:
    """Return whether a subject may be an outlet or institution passing words on."""
    return head.ent_type_ in ("ORG", "WORK_OF_ART", "NORP") or head.lemma_.lower() in cues.OUTLET_NOUNS
