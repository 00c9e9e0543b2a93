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
_AFTER = re.compile(r"^[ -](?P<f>[A-Z][\w'’]+(?:\s+(?:na|ya|wa)\s+[a-z][\w'’]+)?"
                    r"|[a-z][\w'’]+\s+(?:na|ya|wa)\s+[a-z][\w'’]+)")
# another mention of the militia in the text ("the rebels" is the event's mention, "the Mayi Mayi
# Hapa na pale" the one that names the faction)
_MAI_MAI = re.compile(r"\bMa(?:yi|i)[- ]Ma(?:yi|i)\b", re.IGNORECASE)
_RAIA = re.compile(r"^(?:Ra[iï]y?a[ -])?Mutomboki(?P<sub>-[A-Z][\w'’]+)?\b")


def faction_label(text: str, ea: EventActor) -> str | None:
    """ACLED's "Mayi Mayi Militia (<faction>)" for a Mai-Mai faction, or None."""
    label = ea.acled_name or ""
    raia = _RAIA.match(ea.name or "") or _RAIA.match(ea.mention or "")
    if raia:
        return f"{_BASE} (Raia Mutomboki{raia.group('sub') or ''})"
    if label != _BASE:
        return None
    factions = {f for f in (_faction_after(text, m.end()) for m in _MAI_MAI.finditer(text)) if f}
    own = _faction_after(text, ea.end) if ea.end is not None else None
    faction = own or (factions.pop() if len(factions) == 1 else None)
    return f"{_BASE} ({faction})" if faction else None


def _faction_after(text: str, end: int) -> str | None:
    """The faction name written right after a "Mai-Mai" mention ending at ``end``, or None."""
    m = _AFTER.match(text[end:end + 40])
    if m is None or m.group("f").split()[0].lower() in _NOT_FACTION:
        return None
    name = m.group("f")
    return name[0].upper() + name[1:]  # ACLED writes "Hapa na pale" where a note has "hapa na pale"
