"""A gathering an armed outsider attacks is the scene of an attack, not a demonstration.

"A gunman opened fire at a campaign rally, killing one spectator", "a bomb went off at an
election rally", "militants attacked a march": the demonstration words name where the people
were, the violent words what was done to them. The ACLED codebook codes a non-state armed
actor's attack on a gathering as violence against civilians (or an explosion), and force the
state uses on demonstrators as a protest event; so only a doer that is armed and not the
state's or the crowd's own turns the typing from the demonstration to the violence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from eventcoder.extract.roles import kind_of, sides

# Trigger families of a deed done to people from outside the crowd.
_OUTSIDE_DEEDS = frozenset({"violence", "explosion", "suicide", "grenade", "shelling", "air"})


def attacked_gathering(mentions: Iterable[Any]) -> bool:
    """True when a strong violent trigger's doer is an armed non-state party ('a gunman opened
    fire at a rally'), so the gathering is the attack's scene."""
    for m in mentions:
        if m.family not in _OUTSIDE_DEEDS or not m.entry.strong:
            continue
        kinds = {kind_of(p, True) for p in sides(m.token).perpetrators}
        if "armed" in kinds and not kinds & {"state", "protest", "civilian"}:
            return True
    return False
