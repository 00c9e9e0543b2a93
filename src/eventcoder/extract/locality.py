"""Where and when a trigger sits: its sentence unit, quotes, places, dates and numbers.

Helpers shared by the grammar filter, the incident grouping and the link stage. A *unit* is the
token's sentence cut at paragraph breaks; the *local* tokens are the trigger's own phrase (and the
adjuncts of a light verb it is an argument of), where its own place and date are found.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from eventcoder.extract.aside_places import aside_tokens
from eventcoder.extract.lexicon import cues
from eventcoder.nlp.doc_cache import (
    children,
    doc_cache,
    entity_at,
    line_breaks,
    memo,
    sent_bounds,
    span_ents,
    span_tokens,
)
from eventcoder.text.words import WEEKDAY_WORD, word_list

_CUES = cues()
_SPECIFIC_DATE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\btoday\b|\btonight\b"
    r"|\blast\s+(?:night|week|month|year|weekend)\b|\bthis\s+(?:week|month|morning|year)\b"
    r"|\bago\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}\b|\b(?:morning|evening|night|afternoon)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(r"\b(?:years|decades|months|weeks|since|past|recent)\b", re.IGNORECASE)
# "Saturday, three months" (spaCy joins the day to the lapse after it): the day is specific
_DAY_THEN_LAPSE = re.compile(rf"^{WEEKDAY_WORD}\b\s*,", re.IGNORECASE)
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


def when_after(span: Span) -> bool:
    """"since March 2016, when gunmen killed ...": a 'when' clause follows the date and tells
    what happened then, so the date is a point in time, not the start of a period."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "," \
        and doc[span.end + 1].lower_ == "when"


def specific_dates(sent: Span) -> list[Span]:
    """DATE/TIME entities of the sentence that name a point in time, not a duration or era."""
    return list(memo(sent.doc, "specific_dates", (sent.start, sent.end),
                     lambda: _specific_dates(sent)))


def _specific_dates(sent: Span) -> list[Span]:
    out = []
    for ent in span_ents(sent):
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        prev = sent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if prev in {"since", "for", "over", "during", "throughout", "aged", "ages"} \
                and not (prev == "since" and when_after(ent)):
            continue  # a span of time, or people's ages ("two victims, aged 24 and 31")
        txt = ent.text
        if _DURATION.search(txt) and "ago" not in txt.lower() and not _DAY_THEN_LAPSE.match(txt):
            continue
        if _SPECIFIC_DATE.search(txt):
            out.append(ent)
    return out


def unit(token: Token) -> Span:
    """The token's sentence cut at paragraph breaks (the parser may run sentences across them)."""
    doc = token.doc
    cache = doc_cache(doc, "units")
    span = cache.get(token.i)
    if span is None:
        breaks = line_breaks(doc)
        sent_start, sent_end = sent_bounds(doc)[token.i]
        start, end = sent_start, sent_end
        for i in range(token.i, sent_start - 1, -1):
            if breaks[i]:
                start = i + 1
                break
        for i in range(token.i, sent_end):
            if breaks[i]:
                end = i
                break
        span = cache[token.i] = doc[start:end]
    return span


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
        not re.search(r"\b(?:19|20)\d\d\b|\blast\s+year\b", e.text, re.IGNORECASE)
        and e.label_ == "DATE"
        for e in specific_dates(sent)
    )


def explicit_years(sent: Span, pub_year: int | None = None) -> set[int]:
    """Years named as points in time in the sentence ("in 2013", "May 2014", "last year")."""
    years = set()
    for ent in specific_dates(sent):
        years.update(int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", ent.text))
        if pub_year and re.search(r"\blast\s+year\b", ent.text, re.IGNORECASE):
            years.add(pub_year - 1)
    return years


# Dependents that start another clause: their places and dates belong to another happening.
_OTHER_CLAUSES = {"conj", "cc", "advcl", "ccomp", "relcl", "parataxis", "punct", "csubj"}


def local_tokens(token: Token) -> list[Token]:
    """The trigger's own phrase, plus the adjuncts of a light verb it is an argument of."""
    return list(memo(token.doc, "local_tokens", token.i, lambda: _local_tokens(token)))


def _local_tokens(token: Token) -> list[Token]:
    toks = [token]
    for child in children(token):
        if child.dep_ not in _OTHER_CLAUSES:
            toks.extend(child.subtree)
    head = token.head
    if token.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} and head.pos_ in {"VERB", "AUX"}:
        for child in children(head):
            if child.dep_ in {"prep", "npadvmod", "advmod", "agent"} and child.i != token.i:
                toks.extend(child.subtree)
    return toks


def local_places(token: Token) -> set[str]:
    """Names of sub-national places (GPE/LOC/FAC) in the trigger's local phrase."""
    return set(memo(token.doc, "local_places", token.i, lambda: _local_places(token)))


def _local_places(token: Token) -> set[str]:
    places = set()
    para = unit(token)
    local = local_tokens(token)
    aside = aside_tokens(local, token)  # a newsroom's town, a bomber's home village
    for t in local:
        if not para.start <= t.i < para.end or t.i in aside:
            continue
        inner = t.dep_ == "compound" and t.head.ent_type_ == t.ent_type_  # "Burkina" of "Faso"
        if (t.ent_type_ in {"GPE", "LOC", "FAC"} or _unlabelled_place(t)) and not inner:
            name = _place_name(t)
            if not is_country(name):
                places.add(name.lower())
    return places


# 'the Sahel area' names a container as much as 'Borno State'
_ADMIN_NOUNS = word_list("admin_unit_nouns") | {"area"}


_SITE_NOUNS = word_list("site_nouns")


def area_places(token: Token) -> set[str]:
    """The places of ``local_places`` that a town of the same incident does not contradict:
    containers named as a province or region ("Sagaing region", "Borno State") and sites inside
    a town ("the Pearl Beach hotel", "Lido beach", a FAC entity)."""
    return set(memo(token.doc, "area_places", token.i, lambda: _area_places(token)))


def _area_places(token: Token) -> set[str]:
    out = set()
    local = local_tokens(token)
    aside = aside_tokens(local, token)
    for t in local:
        if t.ent_type_ not in {"GPE", "LOC", "FAC"} or t.i in aside:
            continue
        name = _place_name(t)
        ent = entity_at(t)
        end = ent.end if ent is not None else t.i + 1
        last = t.doc[end - 1].lower_
        after = t.doc[end].lower_ if end < len(t.doc) else ""
        if t.ent_type_ == "FAC" or last in _SITE_NOUNS or after in _SITE_NOUNS:
            out.add(name.lower())
            continue
        # "Gusau, Zamfara State" names the town, with its state for the reader
        if (last in _ADMIN_NOUNS or after in _ADMIN_NOUNS) and "," not in name:
            out.add(name.lower())
    return out


_PLACE_PREPS = frozenset({"in", "at", "near", "outside"})
_NOT_PLACE_LABELS = frozenset({"PERSON", "DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "MONEY",
                               "PERCENT", "QUANTITY", "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE"})


def _unlabelled_place(token: Token) -> bool:
    """A proper noun after 'in/at/near' that spaCy labelled as something else or nothing: local
    place names ('in Mellouleche') are often tagged ORG by a model trained on other regions."""
    return (
        token.tag_ == "NNP"
        and token.dep_ == "pobj"
        and token.head.lower_ in _PLACE_PREPS
        and token.ent_type_ not in _NOT_PLACE_LABELS
    )


def _place_name(token: Token) -> str:
    """The place name around a head token, with its compounds ("Burkina Faso", "Abu Kammash")."""
    ent = entity_at(token)
    parts = [c for c in children(token) if c.dep_ == "compound" and c.ent_type_ == token.ent_type_]
    start = min([token.i] + [c.left_edge.i for c in parts])
    if ent is not None:
        start = min(start, ent.start)
        end = max(token.i + 1, ent.end)
    else:
        end = token.i + 1
    return token.doc[start:end].text


def sentence_places(sent: Span) -> set[str]:
    """Sub-national place names anywhere in the sentence."""
    return set(memo(sent.doc, "sentence_places", (sent.start, sent.end),
                    lambda: _sentence_places(sent)))


def _sentence_places(sent: Span) -> set[str]:
    return {
        e.text.lower()
        for e in span_ents(sent)
        if e.label_ in {"GPE", "LOC", "FAC"} and not is_country(e.text)
    }


def doc_span(tokens: list[Token]) -> list[Token]:
    """Tokens sorted in text order (a phrase made of a subtree and some adjuncts)."""
    return sorted(set(tokens), key=lambda t: t.i)


def has_victim_count(sent: Span | list[Token]) -> bool:
    """True when a number qualifies a noun of the sentence ("killing 45 members", "16 dead")."""
    if not isinstance(sent, Span):
        return _has_victim_count(sent)
    return memo(sent.doc, "victim_count", (sent.start, sent.end), lambda: _has_victim_count(sent))


def _has_victim_count(sent: Span | list[Token]) -> bool:
    for t in span_tokens(sent):
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


# Single discharges of a weapon: "fired at least ten shots" counts shots, not incidents.
_FIRINGS = frozenset({"shot", "volley", "salvo", "burst", "gunshot"})


def joint_count(token: Token) -> int:
    """Number of incidents a plural trigger noun names ("two huge bombings" → 2), else 1."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return 1
    if token.lemma_.lower() in cues()["munitions"] | cues()["agent_nouns"] | _FIRINGS:
        return 1  # "dropped two bombs", "shot five protesters", "fired ten shots": one incident
    for child in children(token):
        if child.dep_ == "nummod":
            n = number_value(child)
            if n and 1 < n <= 50:
                return n
    return 1
