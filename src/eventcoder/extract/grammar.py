"""Grammatical cues that tell a reported incident from a generic, habitual or hypothetical mention.

A trigger gets a *generic score*: cues of a background statement add to it ("a rise in sectarian
attacks", "has been accused of carrying out attacks", "went to fight in Syria"), cues of one
concrete incident subtract (a stated day, a named town, a number of victims). Mentions scoring
``GENERIC_THRESHOLD`` or more are not incidents.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicon import cues
from eventcoder.extract.locality import (
    dates_in,
    doc_span,
    explicit_years,
    has_recent_date,
    has_victim_count,
    in_quote,
    is_country,
    is_main_clause,
    joint_count,
    local_places,
    local_tokens,
    number_value,
    quote_spans,
    sentence_places,
    specific_dates,
    unit,
)
from eventcoder.nlp.doc_cache import ancestors, children
from eventcoder.text.words import MONTH_FULL_NAMES

__all__ = [
    "DROP",
    "GENERIC_THRESHOLD",
    "generic_score",
    "is_bare_plural",
    "is_definite_singular",
    "is_country",
    "quote_spans",
    "in_quote",
    "specific_dates",
    "unit",
    "is_main_clause",
    "dates_in",
    "has_recent_date",
    "explicit_years",
    "local_tokens",
    "local_places",
    "sentence_places",
    "doc_span",
    "has_victim_count",
    "number_value",
    "joint_count",
]

GENERIC_THRESHOLD = 1.0
DROP = 99.0

_CUES = cues()
_MODALS = _CUES["modals"]
_INTENT = _CUES["intent"]
_BACKGROUND = _CUES["background"]
_HABITUAL = _CUES["habitual"]
_QUANT_SUBJECTS = _CUES["quant_subjects"]
_PARTITIVE_HEADS = _CUES["partitive_heads"]
_SPAN_UNITS = _CUES["span_units"]
_SPAN_LEAD = _CUES["span_lead"]
_SPAN_ADJ = _CUES["span_adj"]
_MONTHS = MONTH_FULL_NAMES


def _perfect(verb: Token) -> bool:
    """ "has fought", "have been killed": the perfect aspect of a record."""
    return verb.tag_ == "VBN" and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"has", "have", "had", "'ve", "'s"}
        for c in children(verb)
    )


def is_span_statement(verb: Token) -> bool:
    """True when the clause spans a stretch of time: "for years", "since 2015", "in recent years".

    Such a clause sums up a conflict or a trend (ACLED codes only single dated events);
    "since <year or month>" counts only with the perfect aspect ("have been killed since 2015").
    """
    # the parser often hangs a final "for years" on the last of conjoined verbs
    clause = [verb, *(c for c in verb.conjuncts if c.pos_ in {"VERB", "AUX"})]
    for prep in (c for v in clause for c in children(v)):
        if prep.dep_ == "advcl" and _perfect(verb):
            # "have been killed since the fighting began": a toll of the whole conflict
            if any(m.dep_ == "mark" and m.lower_ == "since" for m in children(prep)):
                return True
        if prep.dep_ != "prep":
            continue
        lead = prep.lower_
        for obj in (c for c in children(prep) if c.dep_ == "pobj"):
            low = obj.lower_
            if (
                lead == "since"
                and _perfect(verb)
                and ((obj.like_num and len(low) == 4 and low.isdigit()) or low in _MONTHS)
            ):
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


def is_definite_singular(token: Token) -> bool:
    """ "the attack", "this massacre", "the Karachi bus attack", "IS's attack"."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.tag_ == "NNS":
        return False
    return any(
        c.dep_ in {"det", "poss"}
        and c.lower_ in {"the", "this", "that", "its", "their", "his", "her"}
        or c.dep_ == "poss"
        for c in children(token)
    )


def is_bare_plural(token: Token) -> bool:
    """A plural noun with no determiner or number: "attacks in Afghanistan", "sectarian attacks"."""
    if token.tag_ != "NNS":
        return False
    kids = list(children(token))
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
    for anc in ancestors(token):
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
            or any(c.dep_ in {"det", "nummod", "poss"} for c in children(t))
            or t.like_num
        ):
            return False
    return True


# Verbs whose subject is an incident that has just started or is going on ('clashes have erupted').
_ONSET_VERBS = frozenset({"break", "erupt", "occur", "happen", "flare", "spread", "resume",
                          "escalate", "intensify", "rage", "continue", "take"})


def generic_score(
    token: Token, trigger_ids: set[int], quotes: list[tuple[int, int]], family: str = ""
) -> float:
    """Sum of background cues minus concreteness cues for one trigger token."""
    # demonstrations, clashes and arrests are named in the plural even as one event
    plural_ok = family in {"protest", "riot", "battle", "arrest", "air", "shelling"}
    kids = list(children(token))
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
        gkids = list(children(governing))
        if any(c.dep_ == "neg" for c in gkids) and not definite:
            return DROP
        aux = {c.lower_ for c in gkids if c.dep_ in {"aux", "auxpass"}}
        if aux & _MODALS and not definite:
            score += 2
        if (
            "to" in aux
            and governing is verb
            and governing.dep_ in {"xcomp", "advcl", "acl", "ccomp", "relcl"}
        ):
            score += 2  # infinitive: purpose, plan or attempt
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in gkids):
            score += 2
        if governing.tag_ == "VBN" and aux & {"has", "have", "'ve", "'s"}:
            score += 0.5  # present perfect: a record, not a dated incident
        if governing is verb and verb.tag_ in {"VBZ", "VBP"} and not aux:
            score += 0.5  # simple present: habitual (or headline style)
        if is_span_statement(governing):
            score += 2  # "has fought the army for years", "killed ... since 2015": a record
    if token.tag_ == "VBG" and token.dep_ in {"pcomp", "pobj", "acl", "xcomp"}:
        score += 1  # "involved in attacking", "militants fighting in Iraq"
    if (
        token.dep_ in {"acl", "relcl"}
        and family != "protest"
        and any(a.i in trigger_ids for a in ancestors(token))
    ):
        score += 1  # "colleagues arrested in connection with ...": a side remark on another event
    if any(c.dep_ == "amod" and c.lower_ in _CUES["habitual_adj"] for c in kids):
        score += 2  # "sporadic attacks", "frequent raids": a pattern
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in kids):
        score += 1.5  # "mostly targeting Shias"
    for anc in _governors(token, trigger_ids):
        if governing is not None and anc.i == governing.i and token.dep_ == "nsubj" \
                and governing.lemma_.lower() in _ONSET_VERBS:
            continue  # 'Riots have broken out in X': news of an onset, not a record
        if (
            anc.tag_ == "VBN"
            and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in children(anc))
            and not definite
        ):
            score += 1  # inside a present-perfect record: "which has seen ..."
            break
    for anc in [token, *ancestors(token)]:
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in children(anc)):
            score += 2  # "since the fighting began": a time anchor, not a reported incident
            break
        if anc.dep_ in {"ROOT", "ccomp", "parataxis"}:
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
