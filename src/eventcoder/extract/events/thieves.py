"""The doers of a deed are only thieves: a theft, whatever building they broke into.

"Thieves broke into the ruling party's office" names no crowd: a riot is a crowd's deed (ACLED
Codebook, 2023, "Riots": violent events where demonstrators or mobs engage in disruptive acts).
The typer learnt "thieves" from notes of mobs punishing them, so the word alone pulls a break-in
towards a riot; the doer's own noun tells the deed is a theft. (One person's deed is left to the
typer: acled_train.jsonl codes "a man, upset over police performance, attacks a station" as mob
violence by rioters, ACLED's spontaneous violence of individuals.)
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.events.sides import incident_sides
from eventcoder.extract.lexicon import roles


def only_thieves(mentions: list[Any]) -> bool:
    """True if the incident's doers are named and every one is a thief, burglar or robber."""
    perps, _, _ = incident_sides(mentions, whole_death_clause=True)
    suspects = roles()["suspects"]
    return bool(perps) and all(p.lemma_.lower() in suspects for p in perps)
