"""The parts of an incident a report names only as the topic of another event.

"Arrested in connection with the arson attack on a bus", "detained over the petrol bomb attack on
a minister's office": the attack is a reference (``incidents._reference_owner``), and the arson
and the bombing inside its noun phrase are parts of that same incident, not deeds of their own.
Read alone they opened an incident of their own that outranked the arrests.
"""

from __future__ import annotations

from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.nlp.doc_cache import ancestors


def nested_in_references(accepted: list[TriggerMention], by_token: dict[int, TriggerMention],
                          refs: dict[int, TriggerMention]) -> dict[int, int]:
    """Mentions inside a reference's own noun phrase, each to the reference it belongs to."""
    nested: dict[int, int] = {}
    for _ in range(3):  # a chain of parts: "the attack during the riots after the rally"
        for m in accepted:
            if m.token.i in refs or m.token.i in nested or m.token.pos_ not in _NOMINAL:
                continue
            owner = _noun_phrase_owner(m, by_token)
            if owner is not None and (owner.token.i in refs or owner.token.i in nested):
                nested[m.token.i] = nested.get(owner.token.i, owner.token.i)
    return nested


_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ"})


def _noun_phrase_owner(m: TriggerMention, by_token: dict[int, TriggerMention]
                       ) -> TriggerMention | None:
    """The nearest trigger above a mention within one noun phrase; a verb between them opens a
    clause of its own ("protesters who broke through barricades during a demonstration")."""
    for anc in ancestors(m.token):
        if anc.i in by_token:
            return by_token[anc.i]
        if anc.pos_ in {"VERB", "AUX"}:
            return None
    return None
