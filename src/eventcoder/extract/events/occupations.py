"""An occupation told with its demand is a demonstration; one by troops or an armed group is not.

"Families of the landless movement occupied a plantation, calling on the government to speed up
land reform", "students occupied the rectorate to demand free tuition": people who take over a
farm, an office or a square and say what they want of those in power are demonstrating (ACLED
codes land and building occupations as protests). "Rebels occupied the town, calling it
liberated" and "soldiers occupied the town hall to press the governor" are forces taking ground
or a seat of power: the occupier's kind decides, and a 'call' must be a call on or for someone.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.roles import kind_of, sides
from eventcoder.nlp.doc_cache import children

_DEMANDS = frozenset({"demand", "press", "protest", "denounce", "demonstrate", "claim"})


def _demand(clause: Token) -> bool:
    """A clause saying what the occupiers want ("to demand ...", "calling on the government")."""
    if clause.dep_ not in {"advcl", "xcomp", "conj"}:
        return False
    if clause.lemma_.lower() == "call":
        return any(c.dep_ == "prep" and c.lower_ in {"on", "for"} for c in children(clause))
    return clause.lemma_.lower() in _DEMANDS


def occupied_in_protest(token: Token) -> bool:
    """True when 'occupy' has a demand clause and no state or armed occupier."""
    if not any(_demand(c) for c in children(token)):
        return False
    return not {kind_of(p, True) for p in sides(token).perpetrators} & {"state", "armed"}
