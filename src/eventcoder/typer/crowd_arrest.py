"""Officials or officers held by a crowd are mob violence, not an arrest.

ACLED's 'Arrests' is the detention of people by state forces or by an authority that holds
territory; villagers or residents who seize police officers or officials and hold them ("villagers
detained 2 police officers and held them in the municipal hall", "residents held a mayor for
hours") act as a crowd against people: Riots / Mob violence. The test is on the arrest verb's
own doers: every one an anonymous crowd or civilians (``extract.events.sides.crowd_side``), none
a state or armed side, none a named people or group (whose men ACLED codes as a militia).
"""

from __future__ import annotations

from eventcoder.document import Event
from eventcoder.extract.events.sides import crowd_side
from eventcoder.extract.roles import kind_of, sides

ARRESTS = ("Strategic developments", "Arrests")


def crowd_held_people(event: Event) -> bool:
    """True for an arrest whose arresting verbs' doers are all an anonymous crowd."""
    incident = getattr(event, "_incident", None)
    if (event.event_type, event.sub_event_type) != ARRESTS or incident is None:
        return False
    doers = [p for m in incident.mentions if m.family == "arrest"
             for p in sides(m.token).perpetrators]
    return bool(doers) and all(crowd_side(p) and kind_of(p, True) not in {"state", "armed"}
                               for p in doers)
