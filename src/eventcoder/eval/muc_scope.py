"""What MUC-4 counts as an incident, beyond our event types: combat against armed forces is not.

MUC-4 records terrorist acts; fighting between the guerrillas and the state's armed forces is
war, not terrorism, whichever side opened fire ("an FMLN unit ambushed a military vehicle", "a bus
carrying 27 army soldiers was bombed", "guerrillas attacked several military installations").
ACLED and GTD code such an act as an attack all the same, so the scorer reads who was hit: an
event whose every known target is the military or the police (the GTD target types, and actors
named as a state's military or police forces) is combat. One civilian, official, building or
other target among them makes it an incident again ("two people were killed in an attack on the
military command post"), and an event with no known target is left as it is.
"""

from __future__ import annotations

from eventcoder.document import Event, EventActor

# GTD target types of armed forces (data/targets.yaml).
ARMED_TARGET_TYPES = frozenset({"Military", "Police"})
# ACLED's names of a state's armed forces ("Military Forces of Peru (1985-1990)").
_ARMED_NAME_PREFIXES = ("military forces of", "police forces of")
_ARMED_NAME_WORDS = ("armed forces",)


def is_armed_forces(actor: EventActor) -> bool:
    """True for an actor named as a state's military or police forces."""
    for name in (actor.acled_name, actor.name):
        low = (name or "").lower()
        if low.startswith(_ARMED_NAME_PREFIXES) or any(w in low for w in _ARMED_NAME_WORDS):
            return True
    return False


def combat_only(event: Event) -> bool:
    """True when an event has known targets and every one of them is the military or police."""
    target_actors = [a for a in event.actors if a.role == "target"]
    if not event.targets and not target_actors:
        return False
    return all(t.category in ARMED_TARGET_TYPES for t in event.targets) \
        and all(is_armed_forces(a) for a in target_actors)
