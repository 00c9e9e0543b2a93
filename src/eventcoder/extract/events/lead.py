"""The lead of an incident: its first sentence with a strong mention says what happened, and
what kind of attack it was unless it names no means (then a later sentence's means do)."""

from __future__ import annotations

from eventcoder.extract.events.triggers import TriggerMention


def lead_mentions(mentions: list[TriggerMention]) -> list[TriggerMention]:
    """Mentions of the first sentence with a strong mention: the lead says what happened."""
    strong = [m for m in mentions if m.entry.strong]
    if not strong:
        return list(mentions)
    lead = min(strong, key=lambda m: m.token.i).sent
    return [m for m in mentions if m.sent == lead]


# Families that name how an attack was carried out from afar.
_MEANS = frozenset({"explosion", "suicide", "air", "shelling", "grenade"})
# Words of an attack or its toll that say nothing of how it was done ("shot dead" does).
_UNTOLD_MEANS = frozenset({"attack", "kill", "killing", "die", "dead", "death", "wound", "injure",
                           "hit", "target", "strike", "assault"})


def lead_families(mentions: list[TriggerMention]) -> set[str]:
    """The lead's families; when the lead tells only of an attack or deaths ("seven guards were
    killed in an attack"), a later sentence that names its means ("the bus was hit by a car
    bomb") says what kind of attack it was."""
    told = lead_mentions(mentions)
    lead = {m.family for m in told}
    if all(m.token.lemma_.lower() in _UNTOLD_MEANS for m in told):
        lead |= {m.family for m in mentions if m.entry.strong and m.family in _MEANS}
    return lead
