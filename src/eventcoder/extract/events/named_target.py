"""Whether a deed's own phrase names whom or what it hit: a named person, organisation or
building is a cue of one incident, as a day, a place or a number of victims is.

"the murder of Judge Ortiz", "the attack against the offices of the electoral commission",
"gunmen shot Mayor Diallo", "the bombing of the Serena Hotel" name one act on one target; "the
murder of activists" or "attacks on power lines" name a kind of act (a bare plural target),
and a country ("the invasion of Panama") is too coarse to tell one incident from another.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.nlp.doc_cache import children

# Entity labels of a named target: people, organisations (a ministry, a party, a company) and
# buildings or sites; a country or region (GPE/LOC) is where it happened, not what was hit.
NAMED_TARGET_LABELS = frozenset({"PERSON", "ORG", "FAC"})
# Prepositions that attach the target to a deed noun: "the murder of", "an attack on/against".
_TARGET_PREPS = frozenset({"of", "on", "against", "upon"})
# Deeper than "the installations of the DAS" a name no longer says what the deed hit.
_MAX_DEPTH = 2


def _named(noun: Token, depth: int) -> bool:
    """True when a noun (or its list partner or apposition) is a named target or, within depth,
    the noun names the owner of the target ("the offices of the electoral commission")."""
    for item in (noun, *noun.conjuncts):
        if item.ent_type_ in NAMED_TARGET_LABELS:
            return True
        if any(c.dep_ == "appos" and c.ent_type_ in NAMED_TARGET_LABELS for c in children(item)):
            return True
        if depth > 1 and any(
            prep.dep_ == "prep" and prep.lower_ == "of" and _named(obj, depth - 1)
            for prep in children(item) for obj in children(prep) if obj.dep_ == "pobj"
        ):
            return True
    return False


def names_its_target(token: Token) -> bool:
    """True when the trigger's own phrase names its target: the object of a deed verb, or the
    'of/on/against' complement of a deed noun, is a named person, organisation or building."""
    if token.pos_ in {"VERB", "AUX"}:
        objects = [c for c in children(token) if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        objects = [
            obj for prep in children(token)
            if prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPS
            for obj in children(prep) if obj.dep_ == "pobj"
        ]
    return any(_named(obj, _MAX_DEPTH) for obj in objects)
