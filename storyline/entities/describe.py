"""What an article says a person is: titles before the name, appositions, copular sentences.

"Russian Foreign Minister Sergey Lavrov", "Sergei Lavrov, Russian foreign
minister," and "Akhmetov is the Donetsk-based billionaire" each yield a
:class:`~storyline.records.Description` with the role ("foreign minister",
"billionaire"), the country it ties the person to, and any organisation named.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..records import Description, Mention
from . import knowledge

# Nouns that name an office, a rank or a station in life.
ROLE_NOUNS = {
    "minister", "president", "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor",
    "premier", "ambassador", "envoy", "diplomat", "general", "commander", "chief", "leader", "head",
    "director", "chairman", "chairwoman", "chair", "governor", "mayor", "senator", "congressman",
    "congresswoman", "lawmaker", "legislator", "representative", "official", "officer", "king",
    "queen", "prince", "emperor", "billionaire", "businessman", "businesswoman", "tycoon",
    "oligarch", "executive", "ceo", "founder", "owner", "banker", "investor", "journalist",
    "reporter", "editor", "correspondent", "analyst", "expert", "professor", "researcher", "judge",
    "prosecutor", "lawyer", "attorney", "activist", "rebel", "commander-in-chief", "colonel",
    "admiral", "captain", "sergeant", "soldier", "police", "policeman", "candidate", "nominee",
    "deputy", "vice-president", "adviser", "advisor", "aide", "negotiator", "counterpart",
    "monitor", "inspector", "observer", "witness", "cleric", "imam", "bishop", "pope", "patriarch",
    "priest", "rabbi", "mufti", "ayatollah", "opposition", "dissident", "protester", "militant",
    "separatist", "insurgent", "economist", "scientist", "doctor", "actor", "singer", "athlete",
    "coach", "player", "manager", "president-elect", "secretary-general", "chairperson", "speaker",
    "whip", "mp", "mep", "ombudsman", "commissioner", "regulator", "strategist", "pollster",
}
# Role nouns that only a person can have (an ORG described by one is a misread name).
PERSON_NOUNS = ROLE_NOUNS - {"police", "opposition", "executive", "monitor", "observer", "leader",
                             "head", "chair", "representative", "official"}
# Words that belong inside a title ("foreign minister", "secretary of state").
TITLE_WORDS = ROLE_NOUNS | {
    "foreign", "prime", "vice", "general", "interior", "defence", "defense", "finance", "economy",
    "senior", "first", "acting", "state", "attorney", "ministry", "affairs", "security", "national",
    "supreme", "deputy", "junior", "trade", "energy", "justice", "health", "education", "of",
    "council", "executive", "military", "intelligence", "press", "communications", "former",
}
_STOP_LEFT = {"the", "a", "an", "and", "or", "but", "that", "who", "which", "said", "says", "told",
              "with", "by", "to", "from", "for", "on", "at", "in", "as", "between"}


def describe(doc: Doc, mention: Mention, mentions: list[Mention]) -> list[Description]:
    """Return the descriptions the article attaches to a PERSON or ORG mention."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    if (d := _pre_name_title(doc, span, mentions)) is not None:
        out.append(d)
    out += _appositions(doc, span, mentions)
    if (d := _copula(doc, span, mentions)) is not None:
        out.append(d)
    return out


def _pre_name_title(doc: Doc, span: Span, mentions: list[Mention]) -> Description | None:
    """Return the title written right before a name ("Russian Foreign Minister")."""
    i = span.start - 1
    start = span.start
    while i >= 0 and span.start - i <= 8:
        token = doc[i]
        if _inner_hyphen(token):
            start, i = i, i - 1
            continue
        if token.is_punct or token.lower_ in _STOP_LEFT or token.pos_ == "AUX" or (
                token.pos_ == "VERB" and token.tag_ != "VBN"):
            break
        if token.text in ("'s", "’s") or token.is_title or token.is_upper or \
                token.lower_ in TITLE_WORDS or token.pos_ in ("ADJ", "PROPN", "NOUN"):
            start = i
            i -= 1
            continue
        break
    if start == span.start:
        return None
    phrase = doc[start:span.start]
    return _description(phrase, mentions, "pre-name title")


def _inner_hyphen(token: Token) -> bool:
    """Return whether ``token`` is a hyphen inside a word ("secretary-general", "pro-Kremlin")."""
    return token.text in ("-", "–") and token.i > 0 and not token.doc[token.i - 1].whitespace_ \
        and not token.whitespace_


def _appositions(doc: Doc, span: Span, mentions: list[Mention]) -> list[Description]:
    out = []
    for child in span.root.children:
        if child.dep_ != "appos" or child.i < span.end:
            continue
        tokens = [t for t in child.subtree if not _in_clause(t, child)]
        if not tokens:
            continue
        phrase = doc[tokens[0].i: tokens[-1].i + 1]
        if d := _description(phrase, mentions, "apposition"):
            out.append(d)
    return out


def _copula(doc: Doc, span: Span, mentions: list[Mention]) -> Description | None:
    head = span.root.head
    if span.root.dep_ != "nsubj" or head.lemma_ != "be":
        return None
    for child in head.children:
        if child.dep_ == "attr" and child.i > span.end:
            tokens = [t for t in child.subtree if not _in_clause(t, child)]
            phrase = doc[tokens[0].i: tokens[-1].i + 1]
            return _description(phrase, mentions, "copula")
    return None


def _in_clause(token: Token, top: Token) -> bool:
    """Return whether ``token`` sits in a relative clause or a prepositional tail below ``top``."""
    while token.i != top.i:
        if token.dep_ in ("relcl", "acl", "punct", "cc", "conj"):
            return True
        if token.head.i == token.i:  # reached the sentence root without meeting ``top``
            return False
        token = token.head
    return False


def _description(phrase: Span, mentions: list[Mention], how: str) -> Description | None:
    """Return a Description of ``phrase`` when it holds a role noun, else None."""
    words = [t for t in phrase if not t.is_punct or _inner_hyphen(t)]
    role_start = None
    for k, token in enumerate(words):
        if token.lower_ in TITLE_WORDS and token.lower_ != "of":
            role_start = k
            break
    if role_start is None or not any(t.lower_ in ROLE_NOUNS or t.lemma_.lower() in ROLE_NOUNS
                                     for t in words[role_start:]):
        return None
    role_tokens = [t for t in words[role_start:] if not _is_country_word(t)]
    role = "".join(t.lower_ + t.whitespace_ for t in role_tokens).strip() or None
    country, organisation = None, None
    for token in words:
        if _is_country_word(token):
            found = knowledge.country_of(token.text)
            country = country or (found.iso3 if found else None)
    for m in mentions:
        if phrase.start_char <= m.start and m.end <= phrase.end_char and m.label == "ORG":
            organisation = organisation or m.text
        if phrase.start_char <= m.start and m.end <= phrase.end_char and m.label in ("GPE", "NORP"):
            found = knowledge.country_of(m.text)
            country = country or (found.iso3 if found else None)
    text = phrase.text
    if words and words[0].lower_ in ("the", "a", "an", "his", "her", "its", "their"):
        text = phrase.doc[words[1].i: phrase.end].text if len(words) > 1 else text
    return Description(text, role, country, phrase.start_char, phrase.end_char, how, organisation)


def _is_country_word(token: Token) -> bool:
    if token.text in ("'s", "’s") or not token.text[:1].isupper():
        return False
    return knowledge.country_of(token.text) is not None
