"""Soldiers in mutiny: ACLED's "Mutiny of Military Forces of <country>".

"Rebel soldiers seized the state broadcaster", "mutinous troops fired on their officers": the
army's own men who rose against their command are coded by ACLED as a mutiny of the state's
military ("Mutiny of Military Forces of <country> (<period>)", ACLED Codebook, actor names:
mutinies). The soldiers' own modifier says so; a named group's "rebel soldiers" are that group's
(they never resolve to the state's forces).
"""

from __future__ import annotations

import re

from eventcoder.document import Event
from eventcoder.resolve.actors.generic import MUTINY_WORDS

_MILITARY = re.compile(r"^Military Forces of ")
_WORDS = "|".join(sorted(MUTINY_WORDS))
# the modifier just before the mention ("rebel soldiers") or opening it ("mutinous troops")
_BEFORE = re.compile(rf"\b(?:{_WORDS})\s+$", re.IGNORECASE)
_OPENING = re.compile(rf"^(?:{_WORDS})\s+", re.IGNORECASE)


def label_mutiny(text: str, event: Event) -> None:
    """Name the state's soldiers a mutiny when their own modifier says they rebelled."""
    for ea in event.actors:
        label = ea.acled_name or ""
        if not _MILITARY.match(label) or ea.start is None or ea.end is None:
            continue
        if _BEFORE.search(text[max(0, ea.start - 20):ea.start]) \
                or _OPENING.match(text[ea.start:ea.end]):
            ea.acled_name = f"Mutiny of {label}"
            event.notes.setdefault("actors", "soldiers in mutiny: ACLED's mutiny label")
