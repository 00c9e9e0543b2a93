"""A dateline's place yields to a place the event's sentences name.

"TEMUCO - Hooded men set fire to trucks ... in Ercilla": the dateline tells where the report was
filed. When the parse hangs the dateline's word on the sentence's verb it may outscore the
place the sentence names; a positive score of any other place in the event's sentences wins.
"""

from __future__ import annotations

from typing import Any


def beats(score: float, place: Any, best: tuple[float, Any, str], dateline: Any) -> bool:
    """Whether a toponym with this score replaces the best so far (the dateline never wins over
    a place scored above zero, and any such place replaces it)."""
    if place is dateline and best[0] > 0:
        return False
    return score > best[0] or (best[1] is dateline and score > 0)
