"""Finding attributions in a parsed Doc: cue, speaker and content, as offsets.

One pass over the tokens looks for cues (speech and thought verbs, "according
to") and reads speaker and content off the dependency tree; a second pass over
the quotations gives quotes the parse missed a speaker (colon cues, follow-on
quotes that carry the previous speaker over). Everything is linear in the
number of tokens; no second model runs.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from . import cues
from .marks import Quotation, find_quotations, inside

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


_CUE_VERBS = (cues.SPEECH_VERBS | cues.THOUGHT_VERBS | cues.STANCE_VERBS | cues.XCOMP_VERBS
              | frozenset(cues.PREP_CUES) | cues.QUOTE_ONLY_VERBS)
_CUE_LEFT = ("aux", "auxpass", "neg", "advmod")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_EDGE_PUNCT = set(",;:—–-()[]") | {"--"}
_MIN_FOLLOW_ON_WORDS = 4


def find_drafts(doc: Doc, quotations: list[Quotation] | None = None) -> list[Draft]:
    """Return the attributions of ``doc`` in text order, speakers unresolved."""
    if quotations is None:
        quotations = find_quotations(_text(doc))
    quoted = _quoted_tokens(doc, quotations)
    drafts: list[Draft] = []
    for tok in doc:
        if quoted[tok.i]:
            continue  # a cue inside a quotation belongs to the quoted speaker's words
        draft = None
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            draft = _according_to(doc, tok)
        elif tok.pos_ == "VERB" and (_lemma(tok) in _CUE_VERBS or _reports_clause(tok, quoted)):
            draft = _verb_cue(doc, tok, quotations)
        elif tok.pos_ == "ADJ" and tok.lemma_.lower() in cues.STANCE_ADJECTIVES:
            draft = _adjective_cue(doc, tok, quotations)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in cues.CUE_NOUNS:
            draft = _noun_cue(doc, tok, quotations)
        elif tok.text == ":":
            draft = _name_colon(doc, tok)
        if draft is not None:
            drafts.append(_snap(draft, quotations, _text(doc)))
    drafts = _follow_ons(doc, drafts, quotations)
    return _mark_reports(doc, drafts)


def _lemma(tok: Token) -> str:
    """Return the token's lemma, lower case, with the model's known slips mended ("hoping" → "hop")."""
    return cues.LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())


def _text(doc: Doc) -> str:
    """Return the Doc's text, built once per Doc (spaCy joins the tokens on every ``doc.text``)."""
    key = ("storyline.quotes", "text")
    if key not in doc.user_data:
        doc.user_data[key] = doc.text
    return doc.user_data[key]


def _quoted_tokens(doc: Doc, quotations: list[Quotation]) -> list[bool]:
    """Return, per token, whether it lies strictly inside a quotation."""
    flags = [False] * len(doc)
    qi = 0
    for tok in doc:
        while qi < len(quotations) and quotations[qi].end <= tok.idx:
            qi += 1
        if qi < len(quotations):
            q = quotations[qi]
            flags[tok.i] = q.inner_start <= tok.idx < q.inner_end and not tok.is_space
    return flags


def _verb_cue(doc: Doc, verb: Token, quotations: list[Quotation]) -> Draft | None:
    """Return the attribution a speech, thought or stance verb makes, or None."""
    lemma = _lemma(verb)
    if lemma not in _CUE_VERBS:  # a clause-reporting verb outside the lexicon: the clause only
        content = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
        return _draft(doc, verb, content, quotations, "verb", None) if content else None
    if lemma in cues.QUOTE_ONLY_VERBS and lemma not in cues.SPEECH_VERBS:
        content = _adjacent_quotation(doc, verb, quotations) or _after_colon(doc, verb, quotations)
        return _draft(doc, verb, content, quotations, "verb", None) if content else None
    speech = lemma in cues.SPEECH_VERBS
    content: set[int] = set()
    for child in verb.children:
        if child.dep_ == "ccomp" and _bare_report(child):
            continue  # "…, Lukashevich said, the Foreign Ministry reported": an outlet, not content
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX")
                                     and (speech or lemma in cues.XCOMP_VERBS)):
            content.update(t.i for t in child.subtree)
    if not content and verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") \
            and not _bare_report(verb.head):
        # "The plan, he said, is dead": the cue hangs off the clause it attributes.
        own = {t.i for t in verb.subtree}
        content = {t.i for t in verb.head.subtree} - own
    if not content and speech:
        content = _statement_clause(verb)
    if not content and (speech or lemma in cues.STANCE_VERBS):
        content = _object_content(verb, quotations)
    cue_end = None
    if not content and lemma in cues.PREP_CUES:
        content, cue_end = _prep_content(verb, cues.PREP_CUES[lemma])
    form = "verb"
    if not content and speech:
        content = _after_colon(doc, verb, quotations)
        form = "colon" if content else form
    if not content and speech:
        content = _adjacent_quotation(doc, verb, quotations)
    if not content:
        return None
    draft = _draft(doc, verb, content, quotations, form, cue_end)
    return _with_second_half(doc, draft, quotations) if draft is not None else None


def _adjacent_quotation(doc: Doc, verb: Token, quotations: list[Quotation]) -> set[int]:
    """Return the tokens of the quotation right before "…,” Mr. Kamp said", or an empty set."""
    subject = _subject(verb)
    first = min(verb.i, subject.left_edge.i) if subject is not None and subject.i < verb.i else verb.i
    clause_start = doc[first].idx
    for q in quotations:
        if q.end > clause_start:
            break
        if q.end <= clause_start - 4:
            continue
        if _text(doc)[q.end:clause_start].strip(" ,\t") == "":
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            return {t.i for t in span} if span is not None else set()
    return set()


def _with_second_half(doc: Doc, draft: Draft, quotations: list[Quotation]) -> Draft:
    """Return ``draft`` with the rest of a quote split around its cue (“…,” he said, “…”)."""
    if draft.cue is None or not draft.content:
        return draft
    first_end = max(b for _, b in draft.content)
    clause_end = max(r[1] for r in (draft.cue, draft.speaker, draft.channel) if r is not None)
    if first_end > draft.cue[0]:
        return draft  # the content does not come before the cue
    for q in quotations:
        if q.start < clause_end:
            continue
        between = _text(doc)[clause_end:q.start]
        if len(between) <= 80 and between.rstrip().endswith(",") and not any(c in between for c in ".!?\n"):
            return replace(draft, content=draft.content + ((q.start, q.end),))
        break
    return draft


def _noun_cue(doc: Doc, noun: Token, quotations: list[Quotation]) -> Draft | None:
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
    return Draft(content=_fragments(doc, content, quotations), cue=(noun.idx, noun.idx + len(noun.text)),
                 speaker=(doc[min(speaker)].idx, doc[max(speaker)].idx + len(doc[max(speaker)].text)),
                 speaker_head=owner.i, channel=None, form="noun")


def _name_colon(doc: Doc, colon: Token) -> Draft | None:
    """Return the attribution of "Marco Rubio: I'm not interested" (a line opening with a name), or None."""
    text = _text(doc)
    line_start = text.rfind("\n", 0, colon.idx) + 1
    words = [t for t in doc[max(0, colon.i - 5):colon.i] if t.idx >= line_start]
    if not words or len(words) > 4 or words[0].idx != line_start:
        return None
    if not all(t.pos_ == "PROPN" or t.lower_ in cues.REPORT_NOUNS or t.text in "-." for t in words):
        return None
    line_end = text.find("\n", colon.idx)
    line_end = len(text) if line_end < 0 else line_end
    body = doc.char_span(colon.idx + 1, line_end, alignment_mode="contract")
    if body is None or len(body) < 3:
        return None
    content = {t.i for t in body}
    head = max(words, key=lambda t: t.i if t.pos_ == "PROPN" or t.lower_ in cues.REPORT_NOUNS else -1)
    return Draft(content=_fragments(doc, content, []), cue=(colon.idx, colon.idx + 1),
                 speaker=(words[0].idx, words[-1].idx + len(words[-1].text)), speaker_head=head.i,
                 channel=None, form="colon")


def _reports_clause(verb: Token, quoted: list[bool]) -> bool:
    """Return whether a verb outside the lexicon frames a that-clause or a quotation as someone's words."""
    if _lemma(verb) in cues.NOT_CUES:
        return False
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            first = child.left_edge
            if first.dep_ == "mark" and first.lower_ == "that":
                return True
            if quoted[child.i] and not quoted[verb.i]:
                return True
    return False


def _adjective_cue(doc: Doc, adj: Token, quotations: list[Quotation]) -> Draft | None:
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
    return _draft(doc, adj, content, quotations, "verb", cue_end, subject_of=adj.head)


def _draft(doc: Doc, cue: Token, content: set[int], quotations: list[Quotation], form: str,
           cue_end: int | None, subject_of: Token | None = None) -> Draft | None:
    """Return the Draft for ``cue`` and its content tokens, with speaker and channel."""
    subject = _subject(subject_of if subject_of is not None else cue)
    if subject is not None and "\n" in doc[min(subject.i, cue.i):max(subject.i, cue.i)].text:
        subject = _nearest_noun(doc, cue)
    if subject is not None and subject.i in content:
        return None  # the parse folded the cue into its own content
    speaker = _phrase(doc, subject, content, whole=True) if subject is not None else None
    start, end = _cue_range(doc, cue)
    return Draft(
        content=_fragments(doc, content, quotations),
        cue=(start, max(end, cue_end or end)),
        speaker=speaker,
        speaker_head=subject.i if subject is not None else None,
        channel=_channel(doc, cue, content),
        form=form,
        reported_by=_carried_by(doc, cue),
    )


def _statement_clause(verb: Token) -> set[int]:
    """Return the clause of "said in a statement that …" (parsed onto the noun), or an empty set."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in cues.STATEMENT_NOUNS:
                for clause in noun.children:
                    if clause.dep_ in ("acl", "ccomp", "relcl") and clause.left_edge.lower_ == "that" \
                            and clause.left_edge.dep_ == "mark":
                        return {t.i for t in clause.subtree}
    return set()


def _prep_content(verb: Token, preps: set[str]) -> tuple[set[int], int | None]:
    """Return the object tokens of "focused on X" and where the cue ends, or (empty, None)."""
    for child in verb.children:
        if child.dep_ in ("prep", "prt") and child.lower_ in preps and child.i > verb.i:
            if any(t.ent_type_ in ("DATE", "TIME") for t in child.children if t.dep_ == "pobj"):
                continue  # "spoke on Friday": when, not what
            tokens = {t.i for t in child.subtree if t.i != child.i}
            if tokens:
                end = child.idx + len(child.text) if child.i <= verb.i + 2 else None
                return tokens, end
    return set(), None


def _nearest_noun(doc: Doc, verb: Token) -> Token | None:
    """Return the last noun between the line break before ``verb`` and ``verb``, or None."""
    best = None
    for i in range(verb.i - 1, -1, -1):
        tok = doc[i]
        if "\n" in tok.text or "\n" in tok.whitespace_:
            break
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and best is None:
            best = tok
    return best


def _bare_report(verb: Token) -> bool:
    """Return whether ``verb`` is an object-less reporting tag ("the ministry reported")."""
    if verb.lemma_.lower() not in cues.REPORTING_VERBS:
        return False
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and not deps & {"ccomp", "dobj", "xcomp"}


def _subject(verb: Token) -> Token | None:
    """Return the word naming who speaks through ``verb`` (following conjuncts and -ing clauses)."""
    seen = 0
    while verb is not None and seen < 4:
        seen += 1
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                agent = next((c for c in child.head.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                return pobj
            if child.dep_ in _SUBJECTS and child.lower_ not in ("there",):
                return child
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "…, calling it X", "went after Trump to demand …": the main clause's subject
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "hinted at Trump by mentioning …"
            continue
        return None
    return None


def _phrase(doc: Doc, head: Token, exclude: set[int], whole: bool = False) -> Range:
    """Return the character range of the noun phrase headed by ``head``.

    ``whole`` keeps relative clauses, conjuncts and a closing comma (a
    speaker as PolNeAR marks it: "The candidate, who won Iowa,"); otherwise
    they are cut (a channel or an outlet).
    """
    keep = [head.i]
    for child in head.children:
        if not whole and child.dep_ in ("relcl", "acl", "punct", "cc", "conj") and child.i > head.i:
            continue
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


def _cue_range(doc: Doc, verb: Token) -> Range:
    """Return the cue's characters: the verb with its auxiliaries, negation and adverbs
    right before it ("has also said"), a particle ("pointed out") and a medium right
    after it ("said in a statement", "wrote on Twitter")."""
    first = verb.i
    while first > 0 and doc[first - 1].head.i == verb.i and doc[first - 1].dep_ in _CUE_LEFT:
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


def _object_content(verb: Token, quotations: list[Quotation]) -> set[int]:
    """Return the tokens of a direct object that is what was said, or an empty set."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ != "dobj" or child.pos_ == "PRON":
            continue
        span = verb.doc[child.left_edge.i:child.right_edge.i + 1]
        quoted = inside(quotations, span.start_char, span.end_char) > 0.5
        if lemma in cues.OBJECT_VERBS or lemma in cues.STANCE_VERBS or quoted:
            tokens = {t.i for t in child.subtree}
            for other in verb.children:
                # "called him “a liar”", "described it as a hoax": the predicate belongs to the content
                if other.i > child.i and (other.dep_ == "oprd" or (
                        other.dep_ == "prep" and other.lower_ in cues.OBJECT_PREPS.get(lemma, {"as"}))):
                    tokens.update(t.i for t in other.subtree)
            return tokens
    if lemma == "call":
        for child in verb.children:
            if child.dep_ == "oprd":  # "called him “a liar”"
                obj = [t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
                return set(obj) | {t.i for t in child.subtree}
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "for":
                return {t.i for t in child.subtree if t.i != child.i}
    return set()


def _after_colon(doc: Doc, verb: Token, quotations: list[Quotation]) -> set[int]:
    """Return the tokens of a quotation opened right after "X said:", or an empty set."""
    i = verb.i + 1
    while i < len(doc) and i <= verb.i + 6 and doc[i].text not in (":", ","):
        if doc[i].is_sent_start:
            return set()
        i += 1
    if i >= len(doc) or doc[i].text not in (":", ","):
        return set()
    after = doc[i].idx + 1
    while after < len(_text(doc)) and _text(doc)[after].isspace():
        after += 1
    for q in quotations:
        if q.start == after:
            end = q.end
            # Paragraphs that reopen the quotation continue it.
            for nxt in quotations:
                if nxt.start >= end and nxt.continued and _text(doc)[end:nxt.start].strip() == "":
                    end = nxt.end
            return {t.i for t in doc.char_span(q.start, end, alignment_mode="expand")}
    return set()


def _channel(doc: Doc, verb: Token, content: set[int]) -> Range | None:
    """Return whom the speaker addressed ("CBS" in "told CBS"), or None."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.i in content:
            continue
        if lemma in cues.ADDRESS_VERBS and child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN"):
            return _phrase(doc, child, content)
        if child.dep_ == "prep" and child.lower_ in ("to", "with") and lemma in ("say", "speak", "talk"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                return _phrase(doc, pobj, content)
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "during"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in cues.STATEMENT_NOUNS:
                for grand in pobj.children:
                    if grand.dep_ == "prep" and grand.lower_ in ("with", "on", "to"):
                        target = next((c for c in grand.children if c.dep_ == "pobj"), None)
                        if target is not None:
                            return _phrase(doc, target, content)
    return None


def _carried_by(doc: Doc, verb: Token) -> Range | None:
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
                                return _phrase(doc, target, set())
    return None


def _according_to(doc: Doc, according: Token) -> Draft | None:
    """Return the attribution of "according to X", or None when it has no clause to attribute."""
    to = doc[according.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    own = {t.i for t in according.subtree} | {to.i} | {t.i for t in to.subtree}
    head = according.head
    if head.i in own:
        return None
    content = {t.i for t in head.subtree} - own
    if not content:
        return None
    return Draft(
        content=_fragments(doc, content, []),
        cue=(according.idx, to.idx + len(to.text)),
        speaker=_phrase(doc, source, set()),
        speaker_head=source.i,
        channel=None,
        form="according-to",
    )


def _fragments(doc: Doc, tokens: set[int], quotations: list[Quotation]) -> tuple[Range, ...]:
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
        while lo <= hi and (doc[lo].text in _EDGE_PUNCT or doc[lo].is_space or doc[lo].text == "."):
            lo += 1
        while hi >= lo and (doc[hi].text in _EDGE_PUNCT or doc[hi].is_space or doc[hi].text in ".?!"
                            or doc[hi].dep_ == "cc"):
            hi -= 1
        if lo <= hi:
            ranges.append((doc[lo].idx, doc[hi].idx + len(doc[hi].text)))
    return tuple(ranges)


def _snap(draft: Draft, quotations: list[Quotation], text: str) -> Draft:
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
    return replace(draft, content=tuple(_merge(grown)))


def _merge(ranges: list[Range]) -> list[Range]:
    """Return ``ranges`` sorted with overlapping ones merged."""
    out: list[Range] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _follow_ons(doc: Doc, drafts: list[Draft], quotations: list[Quotation]) -> list[Draft]:
    """Return ``drafts`` plus whole-sentence quotations without a cue, speaker carried over."""
    covered = [r for d in drafts for r in d.content]
    extra: list[Draft] = []
    for q in quotations:
        if any(lo < q.end and q.start < hi for lo, hi in covered):
            continue
        words = _text(doc)[q.inner_start:q.inner_end].split()
        if len(words) < _MIN_FOLLOW_ON_WORDS or not _stands_alone(doc, q):
            continue  # scare quotes, titles and nicknames have no speaker of their own
        previous = _previous_speaker(doc, drafts + extra, q)
        if previous is None:
            continue
        extra.append(Draft(content=((q.start, q.end),), cue=None, speaker=None, speaker_head=None,
                           channel=None, form="follow-on", carried_from=previous))
        covered.append((q.start, q.end))
    merged = drafts + extra
    order = sorted(range(len(merged)), key=lambda i: merged[i].content[0][0])
    new_index = {old: new for new, old in enumerate(order)}
    out = []
    for old in order:
        d = merged[old]
        if d.carried_from is not None:
            d = replace(d, carried_from=new_index[d.carried_from])
        out.append(d)
    return out


def _stands_alone(doc: Doc, q: Quotation) -> bool:
    """Return whether a quotation is a sentence of its own rather than words inside one."""
    text = _text(doc)
    before = text[max(0, q.start - 200):q.start].rstrip(" \t")
    if not before or before[-1] in ".!?\n:" or before.endswith(("”", '"')):
        after = text[q.end:q.end + 200].lstrip(" \t")
        return not after or after[0] in "\n“\"" or after[0].isupper() or q.continued
    return False


def _previous_speaker(doc: Doc, drafts: list[Draft], q: Quotation) -> int | None:
    """Return the index of the draft a follow-on quotation continues, or None."""
    best = None
    for i, d in enumerate(drafts):
        end = max(h for _, h in d.content)
        if end <= q.start and (d.speaker is not None or d.carried_from is not None):
            if best is None or end > max(h for _, h in drafts[best].content):
                best = i
    if best is None:
        return None
    gap = _text(doc)[max(h for _, h in drafts[best].content):q.start]
    # Only the same or the next paragraph, and not across another sentence of narration.
    if gap.count("\n\n") + (gap.count("\n") if "\n\n" not in gap else 0) > 1:
        return None
    if len(gap) > 400:
        return None
    return best


def _mark_reports(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Return ``drafts`` where an outlet's "reported" wrapping another attribution is noted on it."""
    out = list(drafts)
    tags = [t for t in doc if _bare_report(t) and t.dep_ in ("ccomp", "parataxis", "conj")
            and (t.lemma_.lower() != "say" or _outlet(next(c for c in t.children if c.dep_ == "nsubj")))]
    for tag in tags:
        subject = next(c for c in tag.children if c.dep_ == "nsubj")
        sent = tag.sent
        for j, inner in enumerate(out):
            if inner.cue is not None and inner.reported_by is None and \
                    sent.start_char <= inner.cue[0] < sent.end_char:
                out[j] = replace(inner, reported_by=_phrase(doc, subject, set()))
    for i, outer in enumerate(drafts):
        if outer.cue is None or outer.speaker is None or outer.speaker_head is None:
            continue
        verb = doc.char_span(*outer.cue, alignment_mode="expand")
        if verb is None or verb.root.lemma_.lower() not in cues.REPORTING_VERBS or not _outlet(doc[outer.speaker_head]):
            continue
        sent = verb.root.sent
        for j, inner in enumerate(drafts):
            if j == i or inner.cue is None or not sent.start_char <= inner.cue[0] < sent.end_char:
                continue
            lo, hi = inner.cue
            wrapped = any(a <= lo and hi <= b for a, b in outer.content) or any(
                a < d and c < b for a, b in outer.content for c, d in inner.content)
            if wrapped:
                out[j] = replace(out[j], reported_by=outer.speaker)
                out[i] = replace(out[i], wrapper=True)
    return out


def _outlet(head: Token) -> bool:
    """Return whether a subject may be an outlet or institution passing words on."""
    return head.ent_type_ in ("ORG", "WORK_OF_ART", "NORP") or head.lemma_.lower() in cues.OUTLET_NOUNS


def wrappers(drafts: list[Draft]) -> set[int]:
    """Return the indexes of drafts that only pass on another draft's words (an outlet reporting)."""
    return {i for i, d in enumerate(drafts) if d.wrapper}
