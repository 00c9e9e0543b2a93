"""The geoparser's result types, shared by exact and fuzzy resolution."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from eventcoder.geoparser.gazetteer import ALTERNATE, Candidate, Place
from eventcoder.geoparser.names import norm
from eventcoder.geoparser.recognize import Mention


@dataclass
class Scored:
    """A candidate with its score and the reasons for it."""

    place: Place
    flag: int
    score: float
    reasons: list[str] = field(default_factory=list)


@dataclass
class Resolved:
    """A mention and the place chosen for it (None when no candidate is credible)."""

    mention: Mention
    place: Place | None
    ranked: list[Scored] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        """Margin between the best and second-best candidate, squashed to 0..1."""
        if not self.ranked:
            return 0.0
        if len(self.ranked) == 1:
            return 1.0
        return 1 / (1 + math.exp(-(self.ranked[0].score - self.ranked[1].score) * 2))


def near_spelling(span: tuple[int, int, int], surface: str, place: Place, score: float,
                  reason: str, *, text: str | None = None, admin_word: bool = False) -> Resolved:
    """A name read as ``place`` though the gazetteer does not list it so (a near spelling, a
    variant, a name glued to the next word): a FUZZY mention (``span`` is start, end, sentence)
    with the place as its one candidate, scored ``score`` for ``reason``."""
    start, end, sent = span
    mention = Mention(start, end, surface, norm(surface), "FUZZY", [Candidate(place, ALTERNATE)],
                      admin_word, sent, text)
    return Resolved(mention, place, [Scored(place, ALTERNATE, score, [reason])])
