"""The result types of a merge run (kept apart so every merge module can import them)."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventcoder.merge.records import MergeEvent


@dataclass
class Group:
    """One incident's reports (``main``) and the follow-ups (arrests, later claims) linked to it."""

    main: list[MergeEvent]
    followups: list[MergeEvent] = field(default_factory=list)

    @property
    def uids(self) -> list[str]:
        """Every event uid in the group, sorted."""
        return sorted(e.uid for e in self.main + self.followups)


@dataclass
class EngineStats:
    """How much work one merge did."""

    events: int = 0
    pairs: int = 0
    groups: int = 0
    seconds: float = 0.0
