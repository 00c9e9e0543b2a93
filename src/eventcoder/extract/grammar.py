"""Grammatical cues that tell a reported incident from a generic, habitual or hypothetical mention.

A trigger gets a *generic score*: cues of a background statement add to it ("a rise in sectarian
attacks", "has been accused of carrying out attacks", "went to fight in Syria"), cues of one
concrete incident subtract (a stated day, a named town, a number of victims). Mentions scoring
``GENERIC_THRESHOLD`` or more are not incidents.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from eventcoder.extract.lexicon import cues

GENERIC_THRESHOLD = 1.0
DROP = 99.0

_CUES = cues()
_MODALS = _CUES["modals"]
_INTENT = _CUES["intent"]
_BACKGROUND = _CUES["background"]
_HABITUAL = _CUES["habitual"]
_QUANT_SUBJECTS = _CUES["quant_subjects"]
_PARTITIVE_HEADS = _CUES["partitive_heads"]
_SPECIFIC_DATE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\btoday\b|\btonight\b"
    r"|\blast\s+(?:night|week|month|year|weekend)\b|\bthis\s+(?:week|month|morning|year)\b"
    r"|\bago\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}\b|\b(?:morning|evening|night|afternoon)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(r"\b(?:years|decades|months|weeks|since|past|recent)\b", re.IGNORECASE)
_QUOTES = {"“": "”", '"': '"', "«": "»"}


@functools.cache
def _countries() -> frozenset[str]:
    names: set[str] = set(_CUES["regions"]) | set(_CUES["country_aliases"])
    try:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                val = getattr(c, attr, None)
                if val:
                    names.add(val.lower())
    except ImportError:  # the place filter then only knows the names in event_cues.yaml
        pass
    return frozenset(names)


def is_country(text: str) -> bool:
    """True for country and continent names (too coarse to tell incidents apart)."""
    return text.lower().strip() in _countries()


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans between paired quotation marks (a quote may run to the paragraph end)."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _QUOTES:
            close = _QUOTES[ch]
            j = text.find(close, i + 1)
            para = text.find("\n\n", i + 1)
            if j == -1 or (para != -1 and para < j):
                j = para if para != -1 else len(text)
            spans.append((i, j))
            i = j + 1
        else:
            i += 1
    return spans


def in_quote(token: Token, spans: list[tuple[int, int]]) -> bool:
    """True when the token lies inside a quotation."""
    return any(s < token.idx < e for s, e in spans)


def specific_dates(sent: Span) -> list[Span]:
    """DATE/TIME entities of the sentence that name a point in time, not a duration or era."""
    out = []
    for ent in sent.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        prev = sent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if prev in {"since", "for", "over", "during", "throughout"}:
            continue
        txt = ent.text
        if _DURATION.search(txt) and "ago" not in txt.lower():
            continue
        if _SPECIFIC_DATE.search(txt):
            out.append(ent)
    return out


def unit(token: Token) -> Span:
    """The token's sentence cut at paragraph breaks (the parser may run sentences across them)."""
    sent = token.sent
    doc = token.doc
    start, end = sent.start, sent.end
    for i in range(token.i, sent.start - 1, -1):
        if doc[i].is_space and "\n" in doc[i].text:
            start = i + 1
            break
    for i in range(token.i, sent.end):
        if doc[i].is_space and "\n" in doc[i].text:
            end = i
            break
    return doc[start:end]


def _clause_head(token: Token) -> Token:
    t = token
    while t.pos_ not in {"VERB", "AUX"} and t.head.i != t.i:
        t = t.head
    return t


def is_main_clause(token: Token, quotes: list[tuple[int, int]]) -> bool:
    """True unless the trigger sits in a relative, participial or infinitive clause or a quote."""
    if in_quote(token, quotes):
        return False
    if token.dep_ in {"acl", "relcl", "xcomp", "pcomp"}:
        return False
    return _clause_head(token).dep_ not in {"relcl", "acl", "xcomp", "pcomp", "csubj"}


def dates_in(tokens: list[Token]) -> list[Span]:
    """Specific DATE/TIME entities that start among these tokens."""
    if not tokens:
        return []
    ids = {t.i for t in tokens}
    doc = tokens[0].doc
    return [e for e in specific_dates(doc[:]) if e.start in ids]


def has_recent_date(sent: Span) -> bool:
    """True when the sentence dates something by a day or relative expression, with no year."""
    return any(
        not re.search(r"\b(?:19|20)\d\d\b", e.text) and e.label_ == "DATE"
        for e in specific_dates(sent)
    )


def explicit_years(sent: Span) -> set[int]:
    """Four-digit years named as points in time in the sentence ("in 2013", "May 2014")."""
    years = set()
    for ent in specific_dates(sent):
        years.update(int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", ent.text))
    return years


# Dependents that start another clause: their places and dates belong to another happening.
_OTHER_CLAUSES = {"conj", "cc", "advcl", "ccomp", "relcl", "parataxis", "punct", "csubj"}


def local_tokens(token: Token) -> list[Token]:
    """The trigger's own phrase, plus the adjuncts of a light verb it is an argument of."""
    toks = [token]
    for child in token.children:
        if child.dep_ not in _OTHER_CLAUSES:
            toks.extend(child.subtree)
    head = token.head
    if token.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} and head.pos_ in {"VERB", "AUX"}:
        for child in head.children:
            if child.dep_ in {"prep", "npadvmod", "advmod", "agent"} and child.i != token.i:
                toks.extend(child.subtree)
    return toks


def local_places(token: Token) -> set[str]:
    """Names of sub-national places (GPE/LOC/FAC) in the trigger's local phrase."""
    places = set()
    para = unit(token)
    for t in local_tokens(token):
        if not para.start <= t.i < para.end:
            continue
        if t.ent_type_ in {"GPE", "LOC", "FAC"} and t.ent_iob_ == "B":
            ent = next((e for e in t.doc.ents if e.start == t.i), None)
            if ent is not None and not is_country(ent.text):
                places.add(ent.text.lower())
    return places


def sentence_places(sent: Span) -> set[str]:
    """Sub-national place names anywhere in the sentence."""
    return {
        e.text.lower()
        for e in sent.ents
        if e.label_ in {"GPE", "LOC", "FAC"} and not is_country(e.text)
    }


def doc_span(tokens: list[Token]) -> list[Token]:
    """Tokens sorted in text order (a phrase made of a subtree and some adjuncts)."""
    return sorted(set(tokens), key=lambda t: t.i)


def has_victim_count(sent: Span | list[Token]) -> bool:
    """True when a number qualifies a noun of the sentence ("killing 45 members", "16 dead")."""
    for t in sent:
        if t.like_num and t.dep_ in {"nummod", "nsubj", "nsubjpass", "dobj", "appos", "pobj"}:
            if t.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}:
                continue
            return True
    return False


def number_value(token: Token) -> int | None:
    """Integer value of a number token ("two", "12"), else None."""
    text = token.text.replace(",", "")
    if text.isdigit():
        return int(text)
    try:
        from text_to_num import text2num

        return int(text2num(token.lower_, "en"))
    except (ValueError, ImportError):
        return None


def joint_count(token: Token) -> int:
    """Number of incidents a plural trigger noun names ("two huge bombings" → 2), else 1."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return 1
    for child in token.children:
        if child.dep_ == "nummod":
            n = number_value(child)
            if n and 1 < n <= 50:
                return n
    return 1


def is_definite_singular(token: Token) -> bool:
    """ "the attack", "this massacre", "the Karachi bus attack", "IS's attack"."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.tag_ == "NNS":
        return False
    return any(
        c.dep_ in {"det", "poss"}
        and c.lower_ in {"the", "this", "that", "its", "their", "his", "her"}
        or c.dep_ == "poss"
        for c in token.children
    )


def is_bare_plural(token: Token) -> bool:
    """A plural noun with no determiner or number: "attacks in Afghanistan", "sectarian attacks"."""
    if token.tag_ != "NNS":
        return False
    kids = list(token.children)
    if any(c.dep_ == "nummod" for c in kids):
        return False
    dets = [c for c in kids if c.dep_ in {"det", "poss"}]
    if not dets:
        return True
    superl = any(c.tag_ in {"JJS", "RBS"} for c in kids)
    return superl or all(d.lower_ in {"such", "these", "those", "some", "many"} for d in dets)


def _governors(token: Token, trigger_ids: set[int]) -> list[Token]:
    """Ancestors up to (not including) the next trigger or the sentence root's clause boundary."""
    out = []
    for anc in token.ancestors:
        if anc.i in trigger_ids:
            break
        out.append(anc)
        if anc.dep_ in {"ROOT", "ccomp", "parataxis"}:
            break
    return out


def _vague(token: Token) -> bool:
    """True when the trigger's own phrase names no participant, sub-national place or date."""
    local = local_tokens(token)
    if local_places(token) or dates_in(local):
        return False
    for t in local:
        if t.i == token.i:
            continue
        if t.dep_ in {"dobj", "nsubjpass", "pobj"} and (
            t.ent_type_ in {"ORG", "PERSON", "NORP", "FAC"}
            or (t.pos_ == "PROPN" and t.ent_type_ not in {"GPE", "LOC"})
            or any(c.dep_ in {"det", "nummod", "poss"} for c in t.children)
            or t.like_num
        ):
            return False
    return True


def generic_score(
    token: Token, trigger_ids: set[int], quotes: list[tuple[int, int]], family: str = ""
) -> float:
    """Sum of background cues minus concreteness cues for one trigger token."""
    # demonstrations, clashes and arrests are named in the plural even as one event
    plural_ok = family in {"protest", "riot", "battle", "arrest", "air", "shelling"}
    kids = list(token.children)
    if any(c.dep_ == "neg" for c in kids) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in kids
    ):
        return DROP
    score = 0.0
    definite = is_definite_singular(token)
    verb = token if token.pos_ in {"VERB", "AUX"} else None
    governing = verb
    if (
        verb is None
        and token.dep_ in {"nsubj", "nsubjpass", "dobj"}
        and token.head.pos_ in {"VERB", "AUX"}
    ):
        governing = token.head
    if token.dep_ == "amod" or (token.tag_ in {"VBN", "JJ"} and token.dep_ in {"amod", "compound"}):
        score += 2  # "the arrested suspects", "the wounded soldiers"
    if governing is not None:
        gkids = list(governing.children)
        if any(c.dep_ == "neg" for c in gkids) and not definite:
            return DROP
        aux = {c.lower_ for c in gkids if c.dep_ in {"aux", "auxpass"}}
        if aux & _MODALS and not definite:
            score += 2
        if "to" in aux and governing.dep_ in {"xcomp", "advcl", "acl", "ccomp", "relcl"}:
            score += 2  # infinitive: purpose, plan or attempt
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in gkids):
            score += 2
        if governing.tag_ == "VBN" and aux & {"has", "have", "'ve", "'s"}:
            score += 0.5  # present perfect: a record, not a dated incident
        if governing is verb and verb.tag_ in {"VBZ", "VBP"} and not aux:
            score += 0.5  # simple present: habitual (or headline style)
    if token.tag_ == "VBG" and token.dep_ in {"pcomp", "pobj", "acl", "xcomp"}:
        score += 1  # "involved in attacking", "militants fighting in Iraq"
    if (
        token.dep_ in {"acl", "relcl"}
        and family != "protest"
        and any(a.i in trigger_ids for a in token.ancestors)
    ):
        score += 1  # "colleagues arrested in connection with ...": a side remark on another event
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in kids):
        score += 1.5  # "mostly targeting Shias"
    for anc in _governors(token, trigger_ids):
        if (
            anc.tag_ == "VBN"
            and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in anc.children)
            and not definite
        ):
            score += 1  # inside a present-perfect record: "which has seen ..."
            break
    for anc in _governors(token, trigger_ids):
        lem = anc.lemma_.lower()
        if lem in _INTENT and not definite:
            score += 2
            break
        if lem in _BACKGROUND and not definite:
            score += 2
            break
    if is_bare_plural(token):
        score += 0.5 if plural_ok else 1
        head = token.head
        if head.dep_ == "prep" and head.head.lemma_.lower() in _PARTITIVE_HEADS:
            score += 1  # "some of the worst attacks"
    if verb is not None:
        for c in kids:
            if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _QUANT_SUBJECTS:
                score += 1
            if c.dep_ == "dobj" and is_bare_plural(c) and c.ent_type_ not in {"GPE", "LOC", "FAC"}:
                score += 0.5  # "targeting Christians", "attacking minorities"
    if _vague(token):
        score += 0.5  # no participant, place or time of its own: "LeJ cadres have fought"
    if in_quote(token, quotes) and not definite:
        score += 1
    # concreteness: cues in the trigger's own phrase count fully; cues elsewhere in the
    # sentence only for a trigger in its main clause (not "militants fighting in Iraq")
    sent = unit(token)
    main = is_main_clause(token, quotes)
    local = local_tokens(token)
    if dates_in(local):
        score -= 1
    elif main and specific_dates(sent):
        score -= 1
    if local_places(token):
        score -= 1
    elif main and sentence_places(sent):
        score -= 0.5
    if has_victim_count(doc_span(local)) or (main and has_victim_count(sent)):
        score -= 1
    if verb is not None and verb.tag_ == "VBD":
        score -= 0.5
    if definite:
        score -= 0.5
    return score
