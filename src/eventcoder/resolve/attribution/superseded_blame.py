"""A first suspicion the report says a claim overtook: "The army had initially said guerrillas of
the FARC were behind the attack. But ... the ELN said its fighters had carried out the ambush".

Reports tell how the blame moved: officials "at first suspected" or "initially blamed" one group,
then another claimed the deed. The words "initially", "at first" and "first" on the suspicion
mark it as the view that was held before, not the report's account now; when the event has a
group claiming the deed, the group so suspected is no longer its doer. Without a claim the first
suspicion is all the report has, and it stays.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Event
from eventcoder.resolve.attribution.verb_sets import ACCUSE, SUSPECT

_FORMERLY = {"initially", "originally", "first"}
# Verbs that hold a view of who did it ("initially said", "at first suspected").
_VIEW_VERBS = (SUSPECT | ACCUSE) - {"hold"} | {"name", "identify", "attribute"}
_HELD = {"suspected", "accused", "confirmed"}  # "had initially said X was behind it"


def _earlier_view(sentence: Any) -> bool:
    """'had initially said', 'at first suspected', 'first blamed': a view held before (not
    'opened fire first', a deed told in its order)."""
    for t in sentence:
        if t.lower_ in _FORMERLY and t.dep_ in {"advmod", "npadvmod"} \
                and t.head.lemma_.lower() in _VIEW_VERBS:
            return True
        if t.lower_ == "first" and t.head.lower_ == "at" and t.head.dep_ == "prep" \
                and t.head.head.lemma_.lower() in _VIEW_VERBS:
            return True
    return False


def _sentence_at(sents: list[Any], start: int | None) -> Any | None:
    if start is None:
        return None
    return next((s for s in sents if s.start_char <= start < s.end_char), None)


def superseded_suspicions(event: Event, sents: list[Any]) -> None:
    """Make groups suspected 'at first' other parties once another group claims the deed."""
    claimed = {a.actor_id for a in event.actors if a.role == "perpetrator"
               and a.attribution == "claimed"}
    if not claimed:
        return
    for actor in event.actors:
        if actor.role != "perpetrator" or actor.attribution not in _HELD \
                or actor.actor_id in claimed:
            continue
        sentence = _sentence_at(sents, actor.start)
        if sentence is not None and _earlier_view(sentence):
            actor.role = "other"
