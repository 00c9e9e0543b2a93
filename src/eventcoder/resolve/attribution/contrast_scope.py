"""Which part of a sentence an event's actors are read from, when the sentence tells two
happenings set against each other: "A car bomb killed 12 people in Homs, and the Nusra Front
said it was behind the attack, while government helicopters dropped barrel bombs on Aleppo".

The events stage splits such a sentence at the contrasting clause (``while``/``whereas`` with its
own subject; ``extract/events/incident_clusters.py``). The claim in the main clause is the car
bomb's, the helicopters are the barrel bombs': each event reads only its own side. A contrasting
clause that only blames, claims, suspects or denies ("The Islamic State claimed the attack, while
officials blamed the Okba Ibn Nafaa Brigade") tells another view of the same deed, and is read.
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.events.incident_clusters import contrast_clauses

# Verbs of a view of who did a deed: a clause of them set against the main one tells who is
# blamed for the same deed ("IS claimed the attack, while officials blamed X"), no other deed
_VIEWS = frozenset({"blame", "accuse", "allege", "claim", "deny", "suspect"})


def in_scope(event: Any, sent: Any, tokens: list[tuple[Any, Any, int, int]]
             ) -> list[tuple[Any, Any, int, int]]:
    """The (actor, token, start, end) readings of ``sent`` on the event's side of a contrast."""
    mentions = [s for s, _ in event._mentions if sent.start_char <= s < sent.end_char]
    if not mentions:
        return tokens
    for clause in contrast_clauses(sent):
        if clause.root.lemma_.lower() in _VIEWS:
            continue  # "..., while officials blamed X": a view of the same deed, no other one
        lo, hi = clause[0].idx, clause[-1].idx + len(clause[-1])
        inside = [lo <= s < hi for s in mentions]
        if all(inside):
            return [t for t in tokens if lo <= t[2] < hi]
        if not any(inside):
            return [t for t in tokens if not lo <= t[2] < hi]
    return tokens
