"""The lead of an incident: its first sentence with a strong mention says what happened."""

from __future__ import annotations

from eventcoder.extract.events.triggers import TriggerMention


def lead_mentions(mentions: list[TriggerMention]) -> list[TriggerMention]:
    """Mentions of the first sentence with a strong mention: the lead says what happened."""
    strong = [m for m in mentions if m.entry.strong]
    if not strong:
        return list(mentions)
    lead = min(strong, key=lambda m: m.token.i).sent
    return [m for m in mentions if m.sent == lead]
