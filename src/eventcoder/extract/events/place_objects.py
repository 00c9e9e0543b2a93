"""A verb of taking or retaking whose object is a place's name ("captured Zwedru", "retook
Palma", "drove the Islamists out of Jowhar"): the trigger lists name the kinds of place such
verbs take ("the town", "the base"), and a named place is one of them. A name only counts where
the tagger reads a place or the report writes it as ACLED notes do, with its province in brackets
("seized Toulepleu (Montagnes)"); "captured Kony" or "seized Reuters" name no place.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicon import TriggerEntry
from eventcoder.nlp.doc_cache import children

_RETAKING = frozenset({"recapture", "retake", "retook", "retaken", "liberate", "regain", "reclaim"})
_TAKING = frozenset({"capture", "seize", "overrun", "overran", "occupy"})
# "drove the Islamists out of Jowhar", "chased the rebels from Bunia"
_DRIVING = frozenset({"drive", "push", "chase", "flush", "expel", "dislodge", "oust"})
_PLACE = frozenset({"GPE", "LOC", "FAC"})
_NOT_PLACE = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})


def _bracketed(token: Token) -> bool:
    """A proper name followed by its province in brackets, as ACLED notes write places."""
    doc, nxt = token.doc, token.i + 1
    return token.pos_ == "PROPN" and nxt + 1 < len(doc) and doc[nxt].text == "(" \
        and doc[nxt + 1].pos_ == "PROPN"  # "Toulepleu (Montagnes)", not "Ahmed (25)"


def _is_place(token: Token, loose: bool) -> bool:
    if token.ent_type_ in _PLACE or _bracketed(token):
        return True
    return loose and token.pos_ == "PROPN" and token.ent_type_ not in _NOT_PLACE


def _places_from(token: Token) -> list[Token]:
    """The objects of "out of X" / "from X" below a verb of driving out."""
    out = []
    for child in children(token):
        if child.lower_ == "out":
            preps = [g for g in children(child) if g.dep_ == "prep"]
        else:
            preps = [child] if child.dep_ == "prep" else []
        for prep in preps:
            if prep.lower_ in ("of", "from"):
                out.extend(g for g in children(prep) if g.dep_ == "pobj")
    return out


def named_place_object(entry: TriggerEntry, token: Token) -> bool:
    """Whether a verb of (re)taking has a named place as its object."""
    lemma = token.lemma_.lower()
    objects = [c for c in children(token) if c.dep_ == "dobj"]
    if entry.family == "territory_regained" and lemma in _RETAKING:
        return any(_is_place(c, loose=True) for c in objects)
    if entry.family != "territory_lost":
        return False
    if lemma in _TAKING:
        return any(_is_place(c, loose=False) for c in objects)
    if lemma in _DRIVING:
        return any(_is_place(c, loose=False) for c in _places_from(token))
    return False


def takes_named_place(token: Token) -> bool:
    """Whether a verb's direct object is a place named as ACLED notes write places ("seized
    Toulepleu (Montagnes)"): a town taken, not a person carried off."""
    return any(c.dep_ == "dobj" and _is_place(c, loose=False) for c in children(token))
