"""A date written between a reported clause and the verb that reports it."""

from __future__ import annotations

from typing import Any

from eventcoder.datafiles import load_data


def _in_reported_clause(span: Any, verb: Any) -> bool:
    """"killed ... in Nukus, the capital of X, on Friday, officials said on Monday": a date between
    the reported clause and the reporting verb's subject closes the report, not the saying."""
    reported = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < span.start]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.end]
    return bool(reported and subjects)


def _publishes(gov: Any) -> bool:
    """'a statement released on Sunday', 'issued a communique on Monday': the verb puts out a
    statement (its noun is the verb's head or object), so its date is the statement's."""
    cues = load_data("date_rules.yaml")
    if gov.lemma_.lower() not in cues["publishing_verbs"]:
        return False
    nouns = set(cues["statement_nouns"])
    if gov.dep_ == "acl" and gov.head.lemma_.lower() in nouns:
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns for c in gov.children)


def announces(span: Any, gov: Any, triggers: list[Any], verbs: list[str]) -> bool:
    """True when the date hangs from a verb of saying (or of putting out a statement) that is
    not the incident's own trigger."""
    return ((gov.lemma_.lower() in verbs or _publishes(gov)) and not any(gov == t for t in triggers)
            and not _in_reported_clause(span, gov) and not _takes_lives(gov))


def _takes_lives(verb: Any) -> bool:
    """"the blast claimed the lives of nine" tells the deaths, not a claim about them."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children)


def existential_of(clause: Any, triggers: list[Any]) -> bool:
    """"there had been heavy fighting on Friday": the expletive 'be' only states the incident, so
    the date it carries is the incident's, past perfect or not (reported speech backshifts it)."""
    return (clause.lemma_ == "be" and any(c.dep_ == "expl" for c in clause.children)
            and any(c in triggers for c in clause.children))
