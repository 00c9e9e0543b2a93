"""People arrested while they protest are a protest with intervention, not an arrest; a named
person arrested amid or after protests is an arrest.

ACLED's codebook types the arrest of demonstrators during their demonstration as a protest with
intervention (the intervention is the arrest); an arrest is its own Strategic development only
when no protest is told with it. A clause that describes the arrested by their protest tells
it: "arrested 45 young people who tried to march to parliament", "arrested dozens of students who
had occupied the building", "detained activists staging a sit-in". An attempt counts, for the
march was begun and stopped. A clause that names a protest its people did not make ("arrested
two journalists covering a rally", "arrested a man who had called for protests") is no protest
of theirs: only a verb of protesting, or a verb of taking part whose object is a protest, counts.
An arrest of "them" or "45 of them" takes people the sentence described before it: police who
"stopped young people marching to parliament ... and arrested 45 of them" or "dispersed people who
had answered a call to protest ..., arresting 15 of them" arrested protesters at their protest.

The other way round, a named person arrested "amid protests over the election" or "a day after
he launched a national strike" is arrested in a protest's setting, not at one: the protest words
sit in a phrase of time or cause ('amid', 'after', 'following', 'over') or a clause opened by
'after', 'before' or 'since'. ACLED codes the arrest of an opposition figure so as an arrest; one
arrested "during a protest" or "at a rally" stays a protest with intervention.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Event
from eventcoder.nlp.doc_cache import children
from eventcoder.typer.crowd_types import INTERVENTION

ARRESTS = ("Strategic developments", "Arrests")
# Verbs of protesting (ordinary English).
_PROTEST_VERBS = frozenset({"protest", "march", "demonstrate", "rally", "picket", "strike"})
# Nouns of a protest, and the verbs of taking part that make them the arrested's own.
_PROTEST_NOUNS = frozenset({"protest", "march", "demonstration", "rally", "sit-in", "vigil",
                            "picket", "strike", "blockade"})
# A banner or placard shown is a protest's sign ("as they held a banner calling for ...").
_SIGNS = frozenset({"banner", "placard"})
_SHOW = frozenset({"hold", "carry", "unfurl", "wave", "display", "raise"})
_TAKE_PART = frozenset({"join", "stage", "hold", "lead", "attend", "organise", "organize",
                        "mount", "take"})
# Places whose occupation is a protest ("occupied the building", "occupied the campus").
_OCCUPIED = frozenset({"building", "campus", "hall", "office", "square", "road", "street",
                       "highway", "university", "ministry", "parliament", "factory", "embassy"})
_ARREST_LEMMAS = frozenset({"arrest", "detain", "round", "apprehend", "nab", "hold"})


def _protesting(clause: Any) -> bool:
    """True when the clause's own verbs make its subject protest (module doc)."""
    for tok in clause.subtree:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in _PROTEST_VERBS:
            return True
        if tok.pos_ == "NOUN" and lemma in _PROTEST_NOUNS and tok.dep_ == "dobj" \
                and tok.head.lemma_.lower() in _TAKE_PART:
            return True
        if lemma in _SIGNS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _SHOW:
            return True
        if tok.pos_ == "VERB" and lemma == "occupy" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _OCCUPIED for c in children(tok)):
            return True
    return False


def arrested_protesting(event: Event) -> bool:
    """True for an arrest whose arrested are described by a clause of their own protest."""
    incident = getattr(event, "_incident", None)
    if (event.event_type, event.sub_event_type) != ARRESTS or incident is None:
        return False
    for mention in incident.mentions:
        verb = mention.token
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ARREST_LEMMAS:
            continue
        for held in children(verb):
            if held.dep_ not in {"dobj", "nsubjpass"}:
                continue
            if any(_described_protesting(people) for people in _people(held)):
                return True
            if any(_back_reference(people) for people in _people(held)) and any(
                    _described_protesting(t) for t in verb.sent if t.i < verb.i):
                return True
        if any(_while_protesting(c) for c in children(verb)):
            return True
    return False


# Conjunctions that set a clause at the arrest's own moment ("arrested them as they marched").
_SAME_TIME_MARKS = frozenset({"as", "while", "when"})


def _while_protesting(clause: Any) -> bool:
    """'detained 12 students while they were marching to parliament': a clause of the arrest's
    moment whose pronoun subject (the arrested) protests."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SAME_TIME_MARKS for c in children(clause)) and any(
        c.dep_ == "nsubj" and c.lower_ == "they" for c in children(clause)) and _protesting(clause)


def _described_protesting(people: Any) -> bool:
    """True when a clause of the noun's own makes its people protest ("people marching")."""
    return any(c.dep_ in {"relcl", "acl"} and _protesting(c) for c in children(people))


def _back_reference(people: Any) -> bool:
    """'them' in "arrested 45 of them": the arrested are people the sentence told of before."""
    return people.pos_ == "PRON" and people.lower_ in {"them", "they"}


# Words that set the protest as the arrest's setting or cause, not its scene.
_SETTING_PREPS = frozenset({"amid", "amidst", "after", "following", "over", "before"})
_SETTING_MARKS = frozenset({"after", "before", "since"})


def _in_setting(token: Any) -> bool:
    """True when a phrase of time or cause, or a clause opened by 'after', holds the token."""
    t = token
    while t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in _SETTING_PREPS:
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SETTING_MARKS
                                     for c in children(t)):
            return True
        t = t.head
    return False


def named_arrest_in_setting(event: Event) -> bool:
    """True for a protest with intervention whose arrest takes a named person and whose every
    protest word sits in the arrest's setting ("arrested X amid protests over the election")."""
    incident = getattr(event, "_incident", None)
    if (event.event_type, event.sub_event_type) != INTERVENTION or incident is None:
        return False
    named = [m for m in incident.mentions if m.family == "arrest" and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
        for c in children(m.token))]
    others = [m for m in incident.mentions if m.family in {"protest", "riot"}]
    return bool(named) and all(_in_setting(m.token) for m in others)


def _people(held: Any) -> list[Any]:
    """The arrested noun and, for a count ("dozens of students"), the people it counts."""
    return [held] + [g for c in children(held) if c.dep_ == "prep" and c.lower_ == "of"
                     for g in children(c) if g.dep_ == "pobj"]
