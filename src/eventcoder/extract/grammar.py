"""Grammatical cues that tell a reported incident from a generic, habitual or hypothetical mention.

A trigger gets a *generic score*: cues of a background statement add to it ("a rise in sectarian
attacks", "has been accused of carrying out attacks", "went to fight in Syria"), cues of one
concrete incident subtract (a stated day, a named town, a number of victims). Mentions scoring
``GENERIC_THRESHOLD`` or more are not incidents.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.assertion import denied, vague_record
from eventcoder.extract.bare_plural import is_bare_plural
from eventcoder.extract.habitual import on_many_occasions
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
from eventcoder.extract.modality import (
    bare_kind,
    called_for,
    characterizes,
    class_of_events,
    free_choice,
    in_conditional,
    people_by_deed,
    planned,
    prevented,
    shared_auxiliaries,
    supposed_consequence,
)
from eventcoder.extract.not_a_deed import not_a_deed
from eventcoder.extract.participles import adjectival_state
from eventcoder.extract.time_spans import (
    PERFECT_AUXILIARIES,
    has_perfect_auxiliary,
    is_perfect,
    is_span_statement,
)
from eventcoder.nlp.doc_cache import ancestors, children
from eventcoder.weights import weights

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
    "has_perfect_auxiliary",
    "is_perfect",
    "is_span_statement",
]

GENERIC_THRESHOLD = weights("generic")["threshold"]
DROP = 99.0

_CUES = cues()
_MODALS = _CUES["modals"]
_INTENT = _CUES["intent"]
_BACKGROUND = _CUES["background"]
_HABITUAL = _CUES["habitual"]
_QUANT_SUBJECTS = _CUES["quant_subjects"]
_PARTITIVE_HEADS = _CUES["partitive_heads"]


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


def _governing_verb(token: Token, verb: Token | None) -> Token | None:
    """The verb whose mood and tense speak for the trigger: itself, or the verb it is an argument of."""
    # "there will be an explosion", "there have been four murders since ...": the verb 'be'
    if (
        verb is None
        and token.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}
        and token.head.pos_ in {"VERB", "AUX"}
    ):
        return token.head
    return verb


def _marked_if(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in children(verb))


def _verb_cues(governing: Token, verb: Token | None, definite: bool, w: dict[str, float]) -> float:
    """Mood, tense and aspect of the governing verb: modal, infinitive, conditional, perfect ..."""
    score = 0.0
    gkids = list(children(governing))
    if any(c.dep_ == "neg" for c in gkids) and not definite:
        return DROP
    aux, role = shared_auxiliaries(governing)
    if governing is verb and aux & _MODALS and not aux & PERFECT_AUXILIARIES:
        # "the hostages should be killed", "the army will attack": the trigger's own
        # verb is supposed, wished or foreseen ("could have been killed" supposes a past deed)
        return DROP
    if aux & _MODALS and not definite:
        score += w["modal"]
    if "to" in aux and governing is verb and role in {"xcomp", "advcl", "acl", "ccomp", "relcl"}:
        score += w["infinitive"]  # purpose, plan or attempt
    if _marked_if(governing):
        score += w["conditional"]
    if governing.tag_ == "VBN" and aux & {"has", "have", "'ve", "'s"}:
        score += w["present_perfect"]  # a record, not a dated incident
    if governing is verb and verb.tag_ in {"VBZ", "VBP"} and not aux:
        score += w["simple_present"]  # habitual (or headline style)
    if is_span_statement(governing):
        score += w["span_statement"]  # "has fought the army for years": a record
    return score


def _record_cues(token: Token, trigger_ids: set[int], governing: Token | None, definite: bool,
                 w: dict[str, float]) -> float:
    """Cues in the trigger's governors: a perfect record, a 'since' anchor, intent or background."""
    score = 0.0
    for anc in _governors(token, trigger_ids):
        if governing is not None and anc.i == governing.i and token.dep_ == "nsubj" \
                and governing.lemma_.lower() in _ONSET_VERBS:
            continue  # 'Riots have broken out in X': news of an onset, not a record
        if (
            anc.tag_ == "VBN"
            and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in children(anc))
            and not definite
        ):
            score += w["inside_perfect_record"]  # inside a present-perfect record: "which has seen"
            break
    for anc in [token, *ancestors(token)]:
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in children(anc)):
            score += w["since_clause"]  # "since the fighting began": a time anchor
            break
        if anc.dep_ in {"ROOT", "ccomp", "parataxis"}:
            break
    for anc in _governors(token, trigger_ids):
        lem = anc.lemma_.lower()
        if (lem in _INTENT or lem in _BACKGROUND) and not definite:
            score += w["intent_or_background"]
            break
    return score


def _phrase_cues(token: Token, trigger_ids: set[int], verb: Token | None, plural_ok: bool,
                 w: dict[str, float]) -> float:
    """Cues in the trigger's own phrase: gerund argument, side remark, habitual words, plurals."""
    score = 0.0
    kids = list(children(token))
    if token.tag_ == "VBG" and token.dep_ in {"pcomp", "pobj", "acl", "xcomp"}:
        score += w["gerund_argument"]  # "involved in attacking", "militants fighting in Iraq"
    if any(c.dep_ == "amod" and c.lower_ in _CUES["habitual_adj"] for c in kids):
        score += w["habitual_adjective"]  # "sporadic attacks", "frequent raids": a pattern
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in kids):
        score += w["habitual_adverb"]  # "mostly targeting Shias"
    if on_many_occasions(verb if verb is not None else token.head):
        # "on several occasions, troops have raided villages": a habit outweighs a place or tense
        score += w["habitual_adverb"] + w["intent_or_background"]
    if is_bare_plural(token):
        score += w["bare_plural_plural_ok"] if plural_ok else w["bare_plural"]
        head = token.head
        if head.dep_ == "prep" and head.head.lemma_.lower() in _PARTITIVE_HEADS:
            score += w["partitive"]  # "some of the worst attacks"
    if verb is not None:
        for c in kids:
            if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _QUANT_SUBJECTS:
                score += w["quantified_subject"]
            if c.dep_ == "dobj" and is_bare_plural(c) and c.ent_type_ not in {"GPE", "LOC", "FAC"}:
                score += w["generic_object"]  # "targeting Christians", "attacking minorities"
    return score


def _concreteness(token: Token, quotes: list[tuple[int, int]], verb: Token | None,
                  definite: bool, w: dict[str, float]) -> float:
    """Cues of one concrete incident (weights are negative): a date, a place, a toll, past tense.

    Cues in the trigger's own phrase count fully; cues elsewhere in the sentence only for a
    trigger in its main clause (not "militants fighting in Iraq").
    """
    score = 0.0
    sent = unit(token)
    main = is_main_clause(token, quotes)
    local = local_tokens(token)
    if dates_in(local):
        score += w["own_date"]
    elif main and specific_dates(sent):
        score += w["sentence_date"]
    if local_places(token):
        score += w["own_place"]
    elif main and sentence_places(sent):
        score += w["sentence_place"]
    if has_victim_count(doc_span(local)) or (main and has_victim_count(sent)):
        score += w["victim_count"]
    if verb is not None and verb.tag_ == "VBD":
        score += w["past_tense"]
    if definite:
        score += w["definite"]
    return score


def generic_score(
    token: Token, trigger_ids: set[int], quotes: list[tuple[int, int]], family: str = ""
) -> float:
    """Sum of background cues minus concreteness cues for one trigger token."""
    w = weights("generic")
    # demonstrations, clashes and arrests are named in the plural even as one event
    plural_ok = family in {"protest", "riot", "battle", "arrest", "air", "shelling"}
    kids = list(children(token))
    if any(c.dep_ == "neg" for c in kids) or free_choice(token) or denied(token) or not_a_deed(token, trigger_ids, family) or supposed_consequence(token):
        return DROP
    score = 0.0
    definite = is_definite_singular(token)
    if definite and family not in {"protest", "riot", "arrest"} and class_of_events(token):
        # "the murder of activists": 'the' names a kind of act, so its definite bonus is undone;
        # it still counts as definite for the cues of background verbs ("condemned the ...")
        score += w["bare_plural"] - w["definite"]
    verb = token if token.pos_ in {"VERB", "AUX"} else None
    governing = _governing_verb(token, verb)
    if adjectival_state(token, family):
        score += w["adjectival_trigger"]  # "the arrested suspects", "the wounded soldiers"
    if governing is not None:
        cue = _verb_cues(governing, verb, definite, w)
        if cue == DROP:
            return DROP
        score += cue
        if vague_record(token, is_perfect(governing)):
            score += w["quantified_subject"]  # "countless herders have been killed"
    if (
        token.dep_ in {"acl", "relcl"}
        and family != "protest"
        and any(a.i in trigger_ids for a in ancestors(token))
    ):
        score += w["side_remark"]  # "comrades detained over ...": another event
    score += _phrase_cues(token, trigger_ids, verb, plural_ok, w)
    score += _record_cues(token, trigger_ids, governing, definite, w)
    if in_conditional(token) and not (governing is not None and _marked_if(governing)):
        score += w["conditional"]  # "unless the army withdraws, we will keep firing"
    if characterizes(token):
        score += w["side_remark"]  # "the gangs that rob travellers"
    if people_by_deed(token):
        score += w["intent_or_background"]  # "those who murdered the archbishop"
    if bare_kind(token, family):
        score += w["bare_plural"]  # "practices like kidnapping": a kind of crime
    # police "deployed to prevent ongoing protests" act on a gathering that takes place
    if planned(token):
        return DROP  # "arrested as they were preparing a protest": the act is still to come
    if called_for(token) and family not in {"protest", "riot"}:
        return DROP  # "publicly calling for the assassination of X": asked for, not done
    if (prevented(token) and family not in {"protest", "riot"}) or called_for(token):
        score += w["intent_or_background"]  # "to prevent judges from being murdered"
    if _vague(token):
        score += w["vague"]  # no participant, place or time of its own: "LeJ cadres have fought"
    if in_quote(token, quotes) and not definite:
        score += w["quoted"]
    return score + _concreteness(token, quotes, verb, definite, w)
