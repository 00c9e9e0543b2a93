"""'The missile hit the parade ground as new recruits marched past': marching in a parade, a
drill or a ceremony is no demonstration. A march word whose sentence names a parade, a drill or
a passing-out ceremony (or whose sentence follows one naming it) tells the ceremony, so it joins no incident as a protest ("protesters
marched on parliament" names none of them and stays one). So is a gathering whose aim is to
commemorate ("relatives gathered on Sunday to mark eleven years since the factory collapse",
"veterans assembled to honour the fallen"), unless its sentence names a grievance ("gathered to
mark the anniversary and demand justice" is a protest)."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.nlp.doc_cache import children

_MARCH = frozenset({"march", "parade"})
_CEREMONIES = frozenset({"parade", "drill", "ceremony", "graduation", "passing-out", "review"})


# Verbs of commemorating, and objects that make "mark" one ("to mark the anniversary").
_COMMEMORATE = frozenset({"commemorate", "remember", "honour", "honor", "celebrate"})
_MARKED = frozenset({"anniversary", "year", "decade", "day", "centenary", "jubilee"})
_GATHER = frozenset({"gather", "assemble", "march", "walk", "converge", "meet"})
# Words of a grievance that make a commemoration a protest too.
_GRIEVANCE = frozenset({"demand", "protest", "denounce", "condemn", "justice", "chant", "slogan",
                        "placard", "against", "call", "accountability", "compensation"})


def _commemorates(verb: Token) -> bool:
    """ "to mark eleven years since ...", "to commemorate the genocide", "to honour the dead"."""
    lemma = verb.lemma_.lower()
    if lemma in _COMMEMORATE:
        return True
    return lemma == "mark" and any(c.dep_ == "dobj" and c.lemma_.lower() in _MARKED
                                   for c in children(verb))


def commemorative_gathering(m: TriggerMention) -> bool:
    """The mention is a gathering whose purpose clause commemorates, with no grievance named."""
    tok = m.token
    if tok.lemma_.lower() not in _GATHER or tok.pos_ != "VERB":
        return False
    aims = [c for c in children(tok) if c.dep_ in {"advcl", "xcomp"}
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))]
    if not any(_commemorates(a) for a in aims):
        return False
    return not any(t.lemma_.lower() in _GRIEVANCE for t in tok.sent)


def ceremonial_march(m: TriggerMention) -> bool:
    """The mention is a march in a parade or ceremony the sentence names, or a commemoration."""
    tok = m.token
    if commemorative_gathering(m):
        return True
    if tok.lemma_.lower() not in _MARCH or tok.pos_ != "VERB":
        return False
    sent = tok.sent
    # the parade may be named in the sentence before ("struck a military parade. ... as cadets
    # marched past the stand")
    start = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.lemma_.lower() in _CEREMONIES and t.i != tok.i for t in sent.doc[start:sent.end])
