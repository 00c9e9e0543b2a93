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

_FORMERLY = {"initially", "originally", "first"}
_HELD = {"suspected", "accused", "confirmed"}  # "had initially said X was behind it"


def _earlier_view(sentence: Any) -> bool:
    """'had initially said', 'at first suspected', 'first blamed': a view held before."""
    for t in sentence:
        if t.lower_ in _FORMERLY and t.dep_ in {"advmod", "npadvmod"} and t.head.pos_ in {
                "VERB", "AUX"}:
            return True
        if t.lower_ == "first" and t.head.lower_ == "at" and t.head.dep_ == "prep":
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
