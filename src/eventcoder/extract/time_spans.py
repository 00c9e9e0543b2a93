"""Clauses that span a stretch of time rather than tell one incident ("for years", "since 2015",
"in recent years", "have been killed since the fighting began"), and the perfect aspect that such
records take. Split from grammar.py, whose generic score counts them as background."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicon import cues
from eventcoder.nlp.doc_cache import children
from eventcoder.text.words import MONTH_FULL_NAMES

_CUES = cues()
_SPAN_UNITS = _CUES["span_units"]
_SPAN_LEAD = _CUES["span_lead"]
_SPAN_ADJ = _CUES["span_adj"]
_SINCE_PERIOD = frozenset(_CUES["since_period"])
_MONTHS = MONTH_FULL_NAMES

PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'ve", "'s"})


def has_perfect_auxiliary(verb: Token) -> bool:
    """The verb has a 'have' auxiliary ("have been", "has left")."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in PERFECT_AUXILIARIES
               for c in children(verb))


def is_perfect(verb: Token) -> bool:
    """ "has fought", "have been killed": the perfect aspect of a record."""
    return verb.tag_ == "VBN" and has_perfect_auxiliary(verb)


def _since_bound(obj: Token) -> bool:
    """The object of 'since' opens a stretch: a year, a month, or a period's start ("since the
    start of the year", "since the outbreak of the war", "since last year"), not a day."""
    low = obj.lower_
    if obj.like_num and len(low) == 4 and low.isdigit():
        return True
    return low in _MONTHS or obj.lemma_.lower() in _SINCE_PERIOD


def _since_anchor(verb: Token) -> bool:
    """ "there have been seven killings, twelve abductions ... since the new governor took office": a
    'since' clause or year anywhere in the clause of a perfect verb (the parser may hang it on
    the last object of a list)."""
    for t in verb.subtree:
        if t.lower_ != "since" or t.head.i == verb.i and t.dep_ == "prep":
            continue  # a 'since' on the verb itself is read by is_span_statement
        if t.dep_ == "mark" and t.head.dep_ == "advcl":
            return True
        if t.dep_ == "prep" and any(o.dep_ == "pobj" and _since_bound(o) for o in children(t)):
            return True
    return False


def is_span_statement(verb: Token) -> bool:
    """True when the clause spans a stretch of time: "for years", "since 2015", "in recent years".

    Such a clause sums up a conflict or a trend (ACLED codes only single dated events);
    "since <year or month>" counts only with the perfect aspect ("have been killed since 2015").
    """
    # the parser often hangs a final "for years" on the last of conjoined verbs
    clause = [verb, *(c for c in verb.conjuncts if c.pos_ in {"VERB", "AUX"})]
    if is_perfect(verb) and _since_anchor(verb):
        return True
    for prep in (c for v in clause for c in children(v)):
        if prep.dep_ == "advcl" and is_perfect(verb):
            # "have been killed since the fighting began": a toll of the whole conflict
            if any(m.dep_ == "mark" and m.lower_ == "since" for m in children(prep)):
                return True
        if prep.dep_ != "prep":
            continue
        lead = prep.lower_
        for obj in (c for c in children(prep) if c.dep_ == "pobj"):
            low = obj.lower_
            if lead == "since" and is_perfect(verb) and _since_bound(obj):
                return True
            if lead in _SPAN_LEAD and low in _SPAN_UNITS:
                kids = list(children(obj))
                if obj.tag_ == "NNS" and not any(
                    c.dep_ in {"det", "poss"} and c.lower_ in {"the", "these", "those"}
                    for c in kids
                ):
                    if not any(c.like_num for c in obj.subtree if c.i != obj.i) or lead == "for":
                        return True
                if any(c.lower_ in _SPAN_ADJ for c in kids):
                    return True
                if lead == "for" and any(
                    c.like_num or c.lower_ in {"more", "than"} for c in obj.subtree
                ):
                    return True
    return False
