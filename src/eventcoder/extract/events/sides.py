"""Who did what to whom over an incident's trigger mentions, for the rule cascade and the
typer's cues alike."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.extract.roles import is_crowd, kind_of, sides, victims
from eventcoder.nlp.doc_cache import children


def incident_sides(mentions: list[TriggerMention], *, whole_death_clause: bool = False
                   ) -> tuple[list[Token], list[Token], list[Token]]:
    """(perpetrators, targets, parties) over the incident's mentions; no target is a perpetrator.

    A death word's subject is a victim, never an attacker ("a villager died"). The rule cascade
    takes only that subject as a target; the typer's cues (``whole_death_clause``) take all the
    death word's targets and parties and let the model weigh them."""
    perps: list[Token] = []
    targets: list[Token] = []
    parties: list[Token] = []
    for m in mentions:
        targets += victims(m.token)
        sd = sides(m.token)
        if m.family == "death" and whole_death_clause:
            targets += sd.targets
            parties += sd.parties
            continue
        if m.family == "death":
            # "one officer wounded": who was hit still decides the type (the subject only)
            targets += [
                x
                for x in sd.targets
                if (x.head.i == m.token.i and x.dep_ in {"nsubj", "nsubjpass"})
                or m.token.head.i == x.i
            ]
            continue
        perps += sd.perpetrators
        targets += sd.targets
        parties += sd.parties
    perp_ids = {p.i for p in perps}
    targets = [x for x in targets if x.i not in perp_ids]  # a bad parse can't make both
    return perps, targets, parties


def named_side(side: Token) -> bool:
    """A side named as a people or after a group ("Dinka youths", "Imbonerakure youth")."""
    return side.ent_type_ == "NORP" or any(
        c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN" for c in children(side))


def crowd_side(side: Token) -> bool:
    """An anonymous crowd or group of civilians ("looters", "people protesting"), not a named
    people or group, whose fighters ACLED codes as a communal or group militia."""
    return (is_crowd(side) or kind_of(side, False) in {"civilian", "protest"}) \
        and side.pos_ != "PROPN" and not named_side(side)
