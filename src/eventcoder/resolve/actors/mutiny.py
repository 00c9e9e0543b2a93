"""Soldiers in mutiny: ACLED's "Mutiny of Military Forces of <country>".

"Rebel soldiers seized the state broadcaster", "mutinous troops fired on their officers": the
army's own men who rose against their command are coded by ACLED as a mutiny of the state's
military ("Mutiny of Military Forces of <country> (<period>)", ACLED Codebook, actor names:
mutinies). The soldiers' own modifier says so ("mutinous", "renegade"; "rebel" only where the
text tells of a mutiny or a coup); a named group's "rebel soldiers" are that group's.
"""

from __future__ import annotations

import re

from eventcoder.document import Event
from eventcoder.resolve.actors.generic import mutiny_modifiers

_MILITARY = re.compile(r"^Military Forces of ")


def label_mutiny(text: str, event: Event) -> None:
    """Name the state's soldiers a mutiny when their own modifier says they rebelled."""
    words = "|".join(sorted(mutiny_modifiers(text)))
    # the modifier just before the mention ("mutinous soldiers") or opening it
    before = re.compile(rf"\b(?:{words})\s+$", re.IGNORECASE)
    opening = re.compile(rf"^(?:{words})\s+", re.IGNORECASE)
    for ea in event.actors:
        label = ea.acled_name or ""
        if not _MILITARY.match(label) or ea.start is None or ea.end is None:
            continue
        if before.search(text[max(0, ea.start - 20):ea.start]) \
                or opening.match(text[ea.start:ea.end]):
            ea.acled_name = f"Mutiny of {label}"
            event.notes.setdefault("actors", "soldiers in mutiny: ACLED's mutiny label")
