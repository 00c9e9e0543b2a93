"""Factions of the Mai-Mai militias of the DR Congo, named the ACLED way.

ACLED names every Mai-Mai faction "Mayi Mayi Militia (<faction>)" ("Mayi Mayi Militia
(Nyatura)", "Mayi Mayi Militia (Raia Mutomboki)"; acled_train.jsonl holds six such factions), and
a Raia Mutomboki sub-faction after both ("Raia Mutomboki-Lukoba" → "Mayi Mayi Militia (Raia
Mutomboki-Lukoba)"). The faction is the name written after "Mai-Mai" ("the Mayi Mayi Hapa na
pale", "Mai-Mai Kifuafua fighters") or the hyphened name of a Raia Mutomboki group.
"""

from __future__ import annotations

import re

from eventcoder.document import EventActor

_BASE = "Mayi Mayi Militia"
# words that follow "Mai-Mai" without naming a faction
_NOT_FACTION = {"militia", "militias", "militiamen", "militiaman", "group", "groups", "fighters",
                "rebels", "combatants", "elements", "members", "leader", "commander", "faction",
                "factions", "coalition", "and", "or", "in", "on", "at", "of", "the"}
# "Hapa na pale", "Kifuafua", "Yakutumba": a capitalised name, perhaps with Swahili links
_AFTER = re.compile(r"^[ -](?P<f>[A-Z][\w'’]+(?:\s+(?:na|ya|wa)\s+[a-z][\w'’]+)?)")
_RAIA = re.compile(r"^(?:Ra[iï]y?a[ -])?Mutomboki(?P<sub>-[A-Z][\w'’]+)?\b")


def faction_label(text: str, ea: EventActor) -> str | None:
    """ACLED's "Mayi Mayi Militia (<faction>)" for a Mai-Mai faction, or None."""
    label = ea.acled_name or ""
    raia = _RAIA.match(ea.name or "") or _RAIA.match(ea.mention or "")
    if raia:
        return f"{_BASE} (Raia Mutomboki{raia.group('sub') or ''})"
    if label != _BASE or ea.end is None:
        return None
    m = _AFTER.match(text[ea.end:ea.end + 40])
    if m is None or m.group("f").split()[0].lower() in _NOT_FACTION:
        return None
    return f"{_BASE} ({m.group('f')})"
