"""Finding attributions in a parsed Doc: cue, speaker and content, as offsets.

One pass over the tokens looks for cues — speech, thought and stance verbs
here, and any verb in the tight shape of a quotation's tag (“…,” she
retaliated); "according to", "in a … poll", stance nouns ("his claim
that", "criticism of"), "Name:" tags, "reportedly" and stance adjectives
in :mod:`.forms` — and reads speaker and content off the dependency tree.
Signed quotations (“…” ― Name) and a title's attribution are read off the
text. :mod:`.passes` then drops cues inside another attribution's words,
adds follow-on quotes (a quotation standing alone after an attributed one)
and notes outlets passing words on. Everything is linear in the number of
tokens (the nested-cue check in the number of attributions); no second
model runs. A cue verb with no clause, quotation or object of its own may
still attribute the rest of its clause ("Clinton cast her rival as …",
"he complained to party leaders"), for the verbs measured to do so.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import hash_string
from spacy.symbols import ADJ, NOUN, VERB
from spacy.tokens import Doc, Token

from . import cues
from .forms import according_to, adjective_cue, headline, hearsay, in_poll, name_colon, noun_cue, signed_quotes
from .marks import Quotation, find_quotations, inside, quoted_tokens
from .passes import add_follow_ons, credit_citations, drop_nested, mark_reports
from .syntax import SUBJECTS, Draft, bare_report, indexes_of, left_edge, lemma_of, make_draft, same_paragraph, snap, subject_of, text_of

_TITLE_VERBS = cues.SPEECH_VERBS | cues.STANCE_VERBS  # verbs a title attributes with ("… Praises …")

CUE_VERBS = (cues.SPEECH_VERBS | cues.THOUGHT_VERBS | cues.STANCE_VERBS | cues.XCOMP_VERBS
             | frozenset(cues.PREP_CUES) | cues.QUOTE_ONLY_VERBS | cues.PREDICATE_VERBS)


def find_drafts(doc: Doc, quotations: list[Quotation] | None = None) -> list[Draft]:
    """Return the attributions of ``doc`` in text order, speakers unresolved."""
    if quotations is None:
        quotations = find_quotations(text_of(doc))
    quoted = quoted_tokens(doc, quotations)
    drafts: list[Draft] = []
    for i in _cue_candidates(doc, quoted):
        tok = doc[i]
        draft = None
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            draft = according_to(doc, tok)
        elif tok.pos_ == "VERB" and (lemma_of(tok) in CUE_VERBS or _reports_clause(tok, quoted)):
            draft = _verb_cue(doc, tok, quotations)
        elif tok.pos_ == "VERB" and lemma_of(tok) not in cues.NOT_CUES:
            draft = _quotation_tag(doc, tok, quotations)
        elif tok.pos_ == "ADJ" and tok.lemma_.lower() in cues.STANCE_ADJECTIVES:
            draft = adjective_cue(doc, tok, quotations)
        elif tok.pos_ == "NOUN" and (tok.lemma_.lower() in cues.CUE_NOUNS or tok.lemma_.lower() in cues.OWNERLESS_NOUNS):
            draft = noun_cue(doc, tok, quotations)
        elif tok.lower_ == "in" and tok.dep_ == "prep":
            draft = in_poll(doc, tok)
        elif tok.lower_ in cues.HEARSAY_ADVERBS:
            draft = hearsay(doc, tok, quotations)
        elif tok.text == ":":
            draft = name_colon(doc, tok, quotations, quoted=quoted[tok.i])
        if draft is not None and draft.content:  # trimming may leave a content of punctuation only
            drafts.append(snap(draft, quotations, text_of(doc)))
    taken = {r for d in drafts for r in d.content}
    signed = [d for d in signed_quotes(doc, quotations) if d.content[0] not in taken]
    if signed:
        drafts = sorted(drafts + signed, key=lambda d: d.content[0][0])
    title = headline(doc, drafts, _TITLE_VERBS)
    if title is not None:
        drafts.insert(0, title)
    drafts = drop_nested(doc, credit_citations(doc, mark_reports(doc, drafts)), quotations)
    return add_follow_ons(doc, drafts, quotations)


# the lower-case forms' hashes, as ``Doc.to_array([LOWER])`` gives them
_CUE_WORDS = frozenset(hash_string(w) for w in {"according", "in", ":"} | cues.HEARSAY_ADVERBS)
_COLON = hash_string(":")
_CUE_LEMMAS = cues.STANCE_ADJECTIVES | cues.CUE_NOUNS | cues.OWNERLESS_NOUNS


def _cue_candidates(doc: Doc, quoted: list[bool]) -> list[int]:
    """Return the indexes of the tokens that may carry a cue (verbs, stance adjectives,
    cue nouns, "according", "in", hearsay adverbs, colons), read from arrays: most words
    are none of these, and spaCy builds a Python object for every token it hands out.
    A cue inside a quotation belongs to the quoted speaker's words: only a colon there
    may still be one."""
    tags, lowers = doc.to_array([POS, LOWER]).T.tolist()
    nominal = set(indexes_of(doc, LEMMA, _CUE_LEMMAS))
    return [i for i, (tag, lower, inside) in enumerate(zip(tags, lowers, quoted))
            if (not inside or lower == _COLON) and (
                tag == VERB or lower in _CUE_WORDS or (tag in (ADJ, NOUN) and i in nominal))]


def _verb_cue(doc: Doc, verb: Token, quotations: list[Quotation]) -> Draft | None:
    """Return the attribution a speech, thought or stance verb makes, or None."""
    lemma = lemma_of(verb)
    children = list(verb.children)  # read once: spaCy builds each child anew per walk
    if lemma not in CUE_VERBS:  # a clause-reporting verb outside the lexicon: the clause only
        content = {t.i for c in children if c.dep_ == "ccomp" for t in c.subtree}
        return make_draft(doc, verb, content, quotations, "verb", None) if content else None
    if lemma in cues.QUOTE_ONLY_VERBS and lemma not in cues.SPEECH_VERBS:
        content = _adjacent_quotation(doc, verb, quotations) or _after_colon(doc, verb, quotations)
        return make_draft(doc, verb, content, quotations, "verb", None) if content else None
    if lemma in cues.NAMING_VERBS and verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in children):
        return None  # "a website called Real News", "the so-called “bracket”": a name, not words said
    speech = lemma in cues.SPEECH_VERBS
    if _embedded(verb, speech):
        return None
    own_subject = any(c.dep_ in SUBJECTS for c in children)
    if not own_subject and verb.dep_ == "ROOT" and verb.tag_ == "VB":
        return None  # an imperative or a headline's bare verb ("Read the updates below") attributes nothing
    if not own_subject and (lemma in cues.SUBJECT_ONLY_VERBS or (
            verb.dep_ == "pcomp" and not speech and lemma not in cues.THOUGHT_VERBS)):
        return None  # "supporting the bill", "known for attacking …": without its own subject rarely someone's stance
    inverted = _inverted_speaker(doc, verb, quotations) if speech else None
    if inverted is not None:
        speaker, quote = inverted
        draft = make_draft(doc, verb, quote, quotations, "verb", None, speaker=speaker)
        return _with_second_half(doc, draft, quotations) if draft is not None else None
    content: set[int] = set()
    # A clause after the verb, or a quoted one, is the content; an unquoted clause before it is then misparsed.
    later_clause = any(c.dep_ == "ccomp" and (c.i > verb.i or _in_quotation(c, quotations)) for c in children)
    for child in children:
        if child.dep_ == "ccomp" and bare_report(child):
            continue  # "…, Lukashevich said, the Foreign Ministry reported": an outlet, not content
        if child.dep_ == "ccomp" and later_clause and child.i < verb.i and not _in_quotation(child, quotations):
            continue  # "After the senator quit, Cruz said he …": a misparsed adverbial clause, not a second content
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX")
                                     and (speech or lemma in cues.XCOMP_VERBS)):
            content.update(t.i for t in child.subtree)
            content.difference_update(_second_statement(child))
            if child.dep_ == "ccomp" and not any(c.dep_.startswith("nsubj") for c in child.children):
                # "insisted the government that took power … had not taken steps": the
                # parser made the clause's subject the verb's object
                content.update(t.i for c in children if c.dep_ == "dobj" and verb.i < c.i < child.i
                               for t in c.subtree)
    if not content and verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") \
            and not bare_report(verb.head):
        # "The plan, he said, is dead": the cue hangs off the clause it attributes.
        own = {t.i for t in verb.subtree}
        content = {t.i for t in verb.head.subtree} - own
    if not content and speech:
        content = _statement_clause(verb)
    if not content and (speech or lemma in cues.STANCE_VERBS):
        content = _object_content(verb, quotations)
    if not content and speech:
        content = _passive_or_as_clause(verb)
    cue_end = None
    if not content and lemma in cues.PREP_CUES:
        content, cue_end = _prep_content(verb, cues.PREP_CUES[lemma])
    content = same_paragraph(doc, verb, content)
    form = "verb"
    if not content and speech:
        content = _inverted_content(doc, verb)
    if not content and speech:
        content = _after_colon(doc, verb, quotations)
        form = "colon" if content else form
    if not content and speech:
        content = _adjacent_quotation(doc, verb, quotations)
    weak = False  # a content read off the bare clause: kept, but never a reason to drop a cue inside it
    said = speech and lemma not in cues.LOOSE_SPEECH
    if not content and _unnamed_passive(verb):
        # "Clinton was booed on Monday": a reaction by no one named, the rest of the clause its matter.
        content, weak = same_paragraph(doc, verb, _predicate(verb)), True
    if not content and own_subject and (said or lemma in cues.PREDICATE_VERBS):
        # "Trump seemed unperturbed", "Cruz told the crowd", "voters cast Sanders as …": the rest of the clause.
        content, weak = same_paragraph(doc, verb, _predicate(verb)), True
    if not content and said and (own_subject or _speaker_elsewhere(verb)):
        # "Cook did not say when", "… and chided the press on Monday": whatever follows a speech verb.
        content, weak = same_paragraph(doc, verb, _rest_of_clause(verb)), True
    if not content:
        return None
    draft = make_draft(doc, verb, content, quotations, form, cue_end)
    if draft is None:
        return None
    if weak:
        draft = replace(draft, weak=True)
    if draft.speaker is None and verb.dep_ == "xcomp" and verb.tag_ == "VB":
        return None  # "not authorized to discuss …" with no one named: a plan or a permission, rarely words
    if lemma in cues.SOURCELESS_VERBS:
        # "Trump seemed to back down": the impression is the writer's, its subject no speaker.
        draft = replace(draft, speaker=None, speaker_head=None)
    return _with_second_half(doc, draft, quotations)


def _quotation_tag(doc: Doc, verb: Token, quotations: list[Quotation]) -> Draft | None:
    """Return the attribution of any verb tagging a quotation (“…,” Hollande retaliated. / He shot back: “…”), or None.

    Outside the lexicon a verb counts only in the tag's tight shape: a
    subject, no object or clause of its own, the quotation ending in a
    comma, question or exclamation mark right before the clause, or opening
    right after a colon that closes it.
    """
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "nsubjpass") and c.i > verb.i for c in verb.children):
        return None
    text = text_of(doc)
    content = _after_colon(doc, verb, quotations) if _colon_follows(doc, verb) else set()
    if not content:
        content = _adjacent_quotation(doc, verb, quotations)
        if not content:
            return None
        last = max(content)
        closing = text[doc[last].idx - 1] if doc[last].idx > 0 else ""
        inner = doc[last - 1].text if last > 0 else ""
        if max(content) > verb.i or inner not in (",", "?", "!") and closing not in ",?!":
            return None  # “….” He left. — a quotation closed by a full stop is not tagged by the next verb
        end = verb.sent.end
        tail = [t for t in doc[verb.i + 1:end] if not t.is_space]
        if any(t.pos_ in ("VERB", "AUX") for t in tail):
            return None
    return make_draft(doc, verb, content, quotations, "verb", None)


def _colon_follows(doc: Doc, verb: Token) -> bool:
    """Return whether a colon closes the verb's clause within a few words."""
    for tok in doc[verb.i + 1:verb.i + 7]:
        if tok.text == ":":
            return True
        if tok.is_sent_start or tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _inverted_content(doc: Doc, verb: Token) -> set[int]:
    """Return the words before "…, the Florida senator said." when the parse did not hang them on the verb.

    The speaker must follow a comma or a closing mark, and nothing but
    circumstances ("on Monday", "in a statement") may follow the verb in its
    sentence; otherwise an empty set.
    """
    subject = subject_of(verb)
    if subject is None or subject.head.i != verb.i or not subject.i < verb.i:
        return set()
    first = subject.left_edge.i
    if first == 0 or doc[first - 1].text not in (",", "”", '"', "''", "—"):
        return set()
    sent = verb.sent
    for tok in doc[verb.i + 1:sent.end]:
        if tok.dep_ in ("ccomp", "dobj", "xcomp", "conj", "nsubj") and tok.head.i == verb.i:
            return set()
    start = sent.start
    text = text_of(doc)
    para = text.rfind("\n", 0, verb.idx) + 1
    tokens = {t.i for t in doc[start:first] if t.idx >= para and not t.is_space}
    return tokens if len(tokens) >= 3 else set()


def _inverted_speaker(doc: Doc, verb: Token, quotations: list[Quotation]) -> tuple[Token, set[int]] | None:
    """Return the speaker and quotation of "“…,” said Ben Carson, asked …" when the parse hung the name elsewhere.

    Only when the verb has no subject of its own, a quotation closes right
    before it and a name follows it; otherwise None.
    """
    if any(c.dep_ in SUBJECTS for c in verb.children) or verb.i + 1 >= len(doc):
        return None
    text = text_of(doc)
    before = next((q for q in quotations if q.end <= verb.idx and text[q.end:verb.idx].strip(" ,") == ""), None)
    if before is None:
        return None
    for tok in doc[verb.i + 1:verb.i + 8]:
        if tok.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "VERB", "PUNCT") or tok.text in (",", ".", ":", ";"):
            return None
        if tok.pos_ in ("PROPN", "NOUN") and not verb.i < tok.head.i <= verb.i + 8 or (
                tok.pos_ in ("PROPN", "NOUN") and tok.head.pos_ not in ("PROPN", "NOUN")):
            span = doc.char_span(before.start, before.end, alignment_mode="expand")
            return (tok, {t.i for t in span}) if span is not None else None
    return None


def _in_quotation(tok: Token, quotations: list[Quotation]) -> bool:
    """Return whether the token lies inside a quotation."""
    return any(q.start <= tok.idx < q.end for q in quotations)


def _embedded(verb: Token, speech: bool) -> bool:
    """Return whether a cue verb sits where it rarely opens an attribution of its own.

    A stance inside reported words ("he said he wants …") is the speaker's
    content; so is an unfinished speech verb there ("said he would ask …").
    Infinitives hanging off a noun ("the right to say"), bare conjoined
    infinitives and -ing forms of non-speech verbs, and infinitive adverbial
    clauses of thought verbs are mostly descriptions of plans, not
    attributions (measured on PolNeAR's training texts).
    """
    dep, tag = verb.dep_, verb.tag_
    if dep == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):
        return not speech or tag in ("VB", "VBG", "VBN")
    if dep == "acl" and tag == "VB":
        return True
    if dep == "conj" and tag in ("VB", "VBG"):
        return not speech and lemma_of(verb) not in cues.THOUGHT_VERBS
    return dep == "advcl" and tag == "VB" and not speech and lemma_of(verb) in cues.THOUGHT_VERBS


def _adjacent_quotation(doc: Doc, verb: Token, quotations: list[Quotation]) -> set[int]:
    """Return the tokens of the quotation right before "…,” Mr. Kamp said", or an empty set."""
    subject = subject_of(verb)
    first = min(verb.i, left_edge(subject).i) if subject is not None and subject.i < verb.i else verb.i
    clause_start = doc[first].idx
    verb_end = verb.idx + len(verb.text)
    for q in quotations:
        if verb_end <= q.start <= verb_end + 3 and text_of(doc)[verb_end:q.start].strip(" ,:") == "":
            # "…, adding “to all the voters …”": the quotation right after the verb
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            return {t.i for t in span} if span is not None else set()
        if q.end > clause_start:
            continue
        if q.end <= clause_start - 4:
            continue
        if text_of(doc)[q.end:clause_start].strip(" ,\t") == "":
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
        between = text_of(doc)[clause_end:q.start]
        if len(between) <= 80 and between.rstrip().endswith(",") and not any(c in between for c in ".!?\n"):
            return replace(draft, content=draft.content + ((q.start, q.end),))
        break
    return draft


def _reports_clause(verb: Token, quoted: list[bool]) -> bool:
    """Return whether a verb outside the lexicon frames a that-clause or a quotation as someone's words."""
    if lemma_of(verb) in cues.NOT_CUES:
        return False
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            first = child.left_edge
            if first.dep_ == "mark" and first.lower_ == "that":
                return True
            if quoted[child.i] and not quoted[verb.i]:
                return True
    return False


def _second_statement(clause: Token) -> set[int]:
    """Return the tokens of "… and said that …" that the parse hung on the first statement's clause.

    "He said the plan works and said that …": the second "said" is a
    statement of its own, not part of the first one's content.
    """
    for conj in clause.children:
        if conj.dep_ == "conj" and lemma_of(conj) in cues.SPEECH_VERBS and \
                any(c.dep_ == "ccomp" for c in conj.children):
            cc = [c.i for c in clause.children if c.dep_ == "cc" and c.i < conj.i]
            return {t.i for t in conj.subtree} | set(cc)
    return set()


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
    for child in verb.children:
        # "called for the troops to leave": the parse makes "for" the mark of a clause.
        mark = child.left_edge
        if child.dep_ == "advcl" and mark.dep_ == "mark" and mark.lower_ in preps and mark.i == verb.i + 1:
            return {t.i for t in child.subtree if t.i != mark.i}, mark.idx + len(mark.text)
    return set(), None


def _object_content(verb: Token, quotations: list[Quotation]) -> set[int]:
    """Return the tokens of a direct object that is what was said, or an empty set."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        completed = any(c.i > child.i and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ in
                        cues.OBJECT_PREPS.get(lemma, ()))) for c in verb.children)
        if child.dep_ != "dobj" or (child.pos_ == "PRON" and not completed and not (
                lemma in cues.STANCE_VERBS and child.lower_ in cues.PERSON_OBJECTS)):
            continue  # "denied it" says nothing; "accused him of …", "attacked her" do
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


def _passive_or_as_clause(verb: Token) -> set[int]:
    """Return what "X's move was reported by MSNBC" or "as BuzzFeed reported, X …" attributes, or an empty set."""
    children = {c.dep_: c for c in verb.children}
    if "agent" in children and "nsubjpass" in children:
        return {t.i for t in children["nsubjpass"].subtree}
    mark = children.get("mark")
    if verb.dep_ == "advcl" and mark is not None and mark.lower_ == "as" and verb.head.pos_ in ("VERB", "AUX"):
        return {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree}
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
    while after < len(text_of(doc)) and text_of(doc)[after].isspace():
        after += 1
    for q in quotations:
        if q.start == after:
            end = q.end
            # Paragraphs that reopen the quotation continue it.
            for nxt in quotations:
                if nxt.start >= end and nxt.continued and text_of(doc)[end:nxt.start].strip() == "":
                    end = nxt.end
            return {t.i for t in doc.char_span(q.start, end, alignment_mode="expand")}
        if q.start > after:
            break
    if doc[i].text == ":" and text_of(doc)[doc[i].idx + 1:after].count("\n") >= 1:
        # "One activist tweeted:" and the tweet on the next line, without quotation marks.
        end = text_of(doc).find("\n", after)
        span = doc.char_span(after, len(text_of(doc)) if end < 0 else end, alignment_mode="contract")
        return {t.i for t in span} if span is not None and len(span) >= 3 else set()
    return set()


_PREDICATE_DEPS = ("dobj", "prep", "attr", "oprd", "acomp", "dative", "xcomp", "prt", "ccomp")


def _predicate(verb: Token) -> set[int]:
    """Return the tokens after a verb that complete its clause (objects, complements, prepositional phrases)."""
    out: set[int] = set()
    for child in verb.children:
        if child.i > verb.i and child.dep_ in _PREDICATE_DEPS and child.lower_ != "according":
            out.update(t.i for t in child.subtree)
    return out


def _unnamed_passive(verb: Token) -> bool:
    """Return whether a cue verb heads a passive sentence naming no agent ("She was booed Monday")."""
    deps = {c.dep_ for c in verb.children}
    return verb.dep_ == "ROOT" and verb.tag_ == "VBN" and "nsubjpass" in deps and "agent" not in deps



def _rest_of_clause(verb: Token) -> set[int]:
    """Return the tokens of every phrase after a verb in its clause, conjoined verbs left out."""
    return {t.i for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "cc", "conj") for t in c.subtree}


def _speaker_elsewhere(verb: Token) -> bool:
    """Return whether a subjectless speech verb takes its speaker from the clause it hangs on.

    A finite verb conjoined to one with a subject ("railed against X and
    chided Y") or an -ing clause of a speaking subject (", declaring …",
    "after reciting …").
    """
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
        return verb.head.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in verb.head.children)
    return verb.dep_ in ("advcl", "pcomp") and verb.tag_ == "VBG" and subject_of(verb) is not None
